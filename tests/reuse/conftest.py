"""Fixtures for the exchange tests: a request brought to any status the way users do
it (through the services), and API clients per role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from anker.accounts.models import MemberRole
from anker.reuse import services
from anker.reuse.models import ExchangeRequest
from tests.factories import BlockFactory, MembershipFactory

# The service calls that lead from a new request to each status, as a coordinator.
PATHS: dict[str, list[tuple[str, dict]]] = {
    "requested": [],
    "approved": [("approve", {})],
    "rejected": [("reject", {"reason": "Not for partners outside the region."})],
    "withdrawn": [("withdraw", {})],
    "active": [("approve", {}), ("activate", {})],
    "ended": [("approve", {}), ("activate", {}), ("end", {"reason": "Contract ended."})],
}
STATUSES = tuple(PATHS)


@pytest.fixture
def exchange_at(actors) -> Callable[..., ExchangeRequest]:
    """``exchange_at("active")``: the other organisation's request for a block of the
    owner, brought to that status; ``block`` and ``requester`` may be given."""

    def make(status: str, *, block=None, requester=None) -> ExchangeRequest:
        block = block or BlockFactory(owner=actors.owner)
        exchange = services.exchange_request_create(
            actor=actors.coordinator,
            block=block,
            requester=requester or actors.other,
            purpose="For the permit service.",
        )
        for action, arguments in PATHS[status]:
            exchange = services.EXCHANGE_STEPS[action](
                actor=actors.coordinator, exchange=exchange, **arguments
            )
        return ExchangeRequest.objects.get(pk=exchange.pk)

    return make


@pytest.fixture
def other_admin(actors):
    """An org-admin of the requesting (other) organisation."""
    return MembershipFactory(
        organisation=actors.other, role=MemberRole.ORG_ADMIN, user__username="other_admin"
    ).user
