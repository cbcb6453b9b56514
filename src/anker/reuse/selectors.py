"""Reads of the reuse edge and of exchange requests, shared by views, API and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from anker.accounts import permissions
from anker.accounts.permissions import visible_blocks_q
from anker.reuse.models import TRANSITIONS, ExchangeRequest, ExchangeStatus, Reuse, Transition


def reuse_list(*, user: Any) -> QuerySet[Reuse]:
    """Reuse of the blocks the reader may see."""
    return Reuse.objects.filter(visible_blocks_q(user, prefix="block__")).select_related(
        "block", "organisation"
    )


# --- exchange requests ----------------------------------------------------------------------

EXCHANGE_ORDERINGS: dict[str, list[str]] = {
    "requested": ["requested_at", "id"],
    "-requested": ["-requested_at", "-id"],
}
EXCHANGE_DIRECTIONS = ("incoming", "outgoing")


def exchange_requests(*, user: Any) -> QuerySet[ExchangeRequest]:
    """The requests the reader is party to (any role), every request for a coordinator."""
    return (
        ExchangeRequest.objects.filter(permissions.visible_exchanges_q(user))
        .select_related("block__owner", "requester")
        .order_by(*EXCHANGE_ORDERINGS["-requested"])
    )


def _to_decide_q(user: Any) -> Q:
    if permissions.is_coordinator(user):
        return Q(status=ExchangeStatus.REQUESTED)
    member_of = permissions.member_organisation_ids(user)
    return Q(status=ExchangeStatus.REQUESTED, block__owner_id__in=member_of)


def _to_start_q(user: Any) -> Q:
    if permissions.is_coordinator(user):
        return Q(status=ExchangeStatus.APPROVED)
    member_of = permissions.member_organisation_ids(user)
    return Q(status=ExchangeStatus.APPROVED, requester_id__in=member_of)


def exchange_request_list(
    *,
    user: Any,
    statuses: list[str] | None = None,
    direction: str = "",
    block: str = "",
    requester: str = "",
    owner: str = "",
    waiting: bool = False,
    ordering: str = "-requested",
) -> QuerySet[ExchangeRequest]:
    """The reader's requests, filtered. ``incoming``: for blocks of the reader's
    organisations; ``outgoing``: made by them; ``waiting``: those that wait for one of
    them (see ``exchange_waiting``)."""
    requests = exchange_requests(user=user)
    member_of = permissions.member_organisation_ids(user)
    if direction == "incoming":
        requests = requests.filter(block__owner_id__in=member_of)
    elif direction == "outgoing":
        requests = requests.filter(requester_id__in=member_of)
    if statuses:
        requests = requests.filter(status__in=statuses)
    if block:
        requests = requests.filter(block__slug=block)
    if requester:
        requests = requests.filter(requester__slug=requester)
    if owner:
        requests = requests.filter(block__owner__slug=owner)
    if waiting:
        requests = requests.filter(_to_decide_q(user) | _to_start_q(user))
    ordering = ordering if ordering in EXCHANGE_ORDERINGS else "-requested"
    return requests.order_by(*EXCHANGE_ORDERINGS[ordering])


@dataclass
class WaitingRequests:
    """What waits for the reader's organisations, oldest first: requests for their blocks
    to decide on, and approved requests of their own to start using."""

    to_decide: QuerySet[ExchangeRequest]
    to_start: QuerySet[ExchangeRequest]


def exchange_waiting(*, user: Any) -> WaitingRequests:
    """For a coordinator: everything that waits in the ecosystem."""
    requests = exchange_requests(user=user)
    return WaitingRequests(
        to_decide=requests.filter(_to_decide_q(user)).order_by("requested_at", "id"),
        to_start=requests.filter(_to_start_q(user)).order_by("decided_at", "id"),
    )


def exchange_request_for_reader(*, user: Any, uuid: Any) -> ExchangeRequest:
    """One request the reader is party to; raises ExchangeRequest.DoesNotExist otherwise."""
    return (
        exchange_requests(user=user)
        .select_related(
            "reuse",
            "requested_by",
            "decided_by",
            "activated_by",
            "ended_by",
            "withdrawn_by",
        )
        .get(uuid=uuid)
    )


def exchange_steps(*, user: Any, exchange: ExchangeRequest) -> list[Transition]:
    """The workflow steps ``user`` may take on ``exchange`` now, in the table's order."""
    return [
        transition
        for transition in TRANSITIONS.values()
        if exchange.status in transition.sources
        and permissions.can_take_exchange_step(user, exchange, transition.action)
    ]
