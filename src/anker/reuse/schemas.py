"""API schemas of the reuse edge and of exchange requests."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import BlockRef, Input, OrganisationRef, unset
from anker.reuse.models import DeclaredBy, ExchangeAction, ExchangeStatus, ReuseMode, ReuseStatus
from anker.reuse.selectors import EXCHANGE_ORDERINGS, exchange_steps

# Every ordering ends on the id, so pages are stable.
ORDERINGS: dict[str, list[str]] = {
    "created": ["created", "id"],
    "-created": ["-created", "-id"],
    "since": ["since", "id"],
    "-since": ["-since", "-id"],
}
ReuseOrdering = Literal[tuple(ORDERINGS)]  # type: ignore[valid-type]


class ReuseOut(Schema):
    """Organisation ``organisation`` reuses ``block``."""

    uuid: UUID = Field(..., description="Stable identifier.")
    block: BlockRef = Field(..., description="The block that is reused.")
    organisation: OrganisationRef = Field(..., description="The organisation that reuses it.")
    mode: ReuseMode = Field(..., description="How it is reused.")
    status: ReuseStatus = Field(..., description="Where the reuse stands.")
    since: dt.date | None = Field(None, description="Start date.")
    until: dt.date | None = Field(None, description="End date (stopped reuse only).")
    stop_reason: str = Field(..., description="Why the reuse stopped.")
    evidence_url: str = Field(..., description="A link that shows the reuse.")
    evidence_note: str = Field(..., description="Evidence in words.")
    declared_by: DeclaredBy = Field(..., description="Which side recorded it.")
    confirmed_at: dt.datetime | None = Field(
        None,
        description="When the reuser confirmed it; empty while a provider's claim waits.",
    )
    created: dt.datetime = Field(..., description="When it was recorded.")
    modified: dt.datetime = Field(..., description="When it last changed.")


ReusePage = page_schema(ReuseOut, "ReusePage")


class ReuseFilters(PageQuery):
    """Filters and ordering of the reuse list."""

    block: str | None = Field(None, description="Only reuse of this block (slug).")
    organisation: str | None = Field(None, description="Only reuse by this organisation (slug).")
    status: list[ReuseStatus] = Field([], description="Only reuse with this status (repeatable).")
    ordering: ReuseOrdering = Field("created", description="Sort order; `-` reverses.")


class ReuseCreate(Input):
    """A new reuse. Recorded by the reuser it counts as confirmed; by the provider it is
    a claim that waits for the reuser's confirmation."""

    block: str = Field(..., description="Slug of the reused block.")
    organisation: str = Field(..., description="Slug of the reusing organisation.")
    mode: ReuseMode = Field(ReuseMode.AS_IS, description="How it is reused.")
    status: ReuseStatus = Field(ReuseStatus.IN_USE, description="Where the reuse stands.")
    since: dt.date | None = Field(None, description="Start date.")
    until: dt.date | None = Field(None, description="End date (stopped reuse only).")
    stop_reason: str = Field("", description="Why the reuse stopped; needed with status `stopped`.")
    evidence_url: str = Field("", max_length=500, description="A link that shows the reuse.")
    evidence_note: str = Field("", max_length=500, description="Evidence in words.")


class ReuseUpdate(Input):
    """Changes to a reuse; leave a field out to keep it."""

    mode: ReuseMode = unset("How it is reused.")
    status: ReuseStatus = unset("Where the reuse stands; `stopped` needs `stop_reason`.")
    since: dt.date | None = unset("Start date; null to clear.")
    until: dt.date | None = unset("End date; null to clear.")
    stop_reason: str = unset("Why the reuse stopped.")
    evidence_url: str = unset("A link that shows the reuse.", max_length=500)
    evidence_note: str = unset("Evidence in words.", max_length=500)


# --- exchange requests ----------------------------------------------------------------------

ExchangeOrdering = Literal[tuple(EXCHANGE_ORDERINGS)]  # type: ignore[valid-type]
ExchangeDirection = Literal["incoming", "outgoing"]


class ExchangeRequestOut(Schema):
    """An organisation asks a block's owner for access: purpose, terms and where the
    workflow stands (requested → approved → active → ended; or rejected, withdrawn)."""

    uuid: UUID = Field(..., description="Stable identifier.")
    block: BlockRef = Field(..., description="The block asked for.")
    owner: OrganisationRef = Field(..., description="The block's owner, who decides.")
    requester: OrganisationRef = Field(..., description="The organisation that asks.")
    purpose: str = Field(..., description="What the requester wants to use the block for.")
    terms: str = Field(..., description="The terms the requester proposes.")
    mode: ReuseMode = Field(..., description="How the requester intends to reuse the block.")
    status: ExchangeStatus = Field(..., description="Where the request stands.")
    requested_at: dt.datetime = Field(..., description="When it was asked.")
    age_days: int = Field(..., description="Whole days since it was asked.")
    requested_by: str | None = Field(None, description="Username of who asked, if known.")
    decided_at: dt.datetime | None = Field(None, description="When the owner decided.")
    decided_by: str | None = Field(None, description="Username of who decided.")
    decision_note: str = Field(
        ..., description="The reason for a rejection, or a note with an approval."
    )
    activated_at: dt.datetime | None = Field(
        None, description="When the requester started using it."
    )
    ended_at: dt.datetime | None = Field(None, description="When the exchange ended.")
    end_reason: str = Field(..., description="Why the exchange ended.")
    withdrawn_at: dt.datetime | None = Field(None, description="When the requester withdrew it.")
    reuse: UUID | None = Field(None, description="The reuse edge the approval recorded.")
    actions: list[ExchangeAction] = Field(
        ..., description="The workflow steps the caller may take now."
    )
    created: dt.datetime = Field(..., description="When it was recorded.")
    modified: dt.datetime = Field(..., description="When it last changed.")

    @staticmethod
    def resolve_owner(exchange) -> Any:  # noqa: ANN001 - ninja's resolver signature
        return exchange.block.owner

    @staticmethod
    def resolve_reuse(exchange) -> UUID | None:  # noqa: ANN001
        return exchange.reuse.uuid if exchange.reuse_id else None

    @staticmethod
    def resolve_requested_by(exchange) -> str | None:  # noqa: ANN001
        return _username(exchange.requested_by)

    @staticmethod
    def resolve_decided_by(exchange) -> str | None:  # noqa: ANN001
        return _username(exchange.decided_by)

    @staticmethod
    def resolve_actions(exchange, context) -> list[str]:  # noqa: ANN001
        user = context["request"].auth
        return [step.action for step in exchange_steps(user=user, exchange=exchange)]


def _username(user: Any) -> str | None:
    return user.get_username() if user is not None else None


ExchangeRequestPage = page_schema(ExchangeRequestOut, "ExchangeRequestPage")


class ExchangeRequestFilters(PageQuery):
    """Filters and ordering of the caller's exchange requests."""

    status: list[ExchangeStatus] = Field([], description="Only with this status (repeatable).")
    direction: ExchangeDirection | None = Field(
        None,
        description="`incoming`: for blocks of your organisations; `outgoing`: made by them.",
    )
    waiting: bool = Field(
        False,
        description="Only requests waiting for your organisations: pending ones for your "
        "blocks (to decide) and approved ones you made (to start using). For coordinators: "
        "every pending and approved request.",
    )
    block: str | None = Field(None, description="Only for this block (slug).")
    requester: str | None = Field(None, description="Only made by this organisation (slug).")
    owner: str | None = Field(None, description="Only for blocks of this organisation (slug).")
    ordering: ExchangeOrdering = Field(
        "-requested", description="Sort order by request date; `-` puts the newest first."
    )


class ExchangeRequestCreate(Input):
    """A new request for access to a block."""

    block: str = Field(..., description="Slug of the block asked for.")
    requester: str = Field(..., description="Slug of the organisation that asks.")
    purpose: str = Field(..., min_length=1, description="What the block is needed for.")
    terms: str = Field("", description="Proposed terms: licence, costs, support, duration…")
    mode: ReuseMode = Field(ReuseMode.AS_IS, description="How the block is to be reused.")


class ExchangeRequestUpdate(Input):
    """Changes to a pending request; leave a field out to keep it."""

    purpose: str = unset("What the block is needed for.", min_length=1)
    terms: str = unset("Proposed terms.")
    mode: ReuseMode = unset("How the block is to be reused.")


class ExchangeApproval(Input):
    """Approving a request, optionally with a note (e.g. conditions)."""

    note: str = Field("", description="A note with the approval.")


class ExchangeReason(Input):
    """A step that needs a reason: rejecting a request, ending an exchange."""

    reason: str = Field(..., min_length=1, description="Why; the other party sees it.")
