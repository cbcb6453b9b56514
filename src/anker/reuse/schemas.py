"""API schemas of the reuse edge."""

from __future__ import annotations

import datetime as dt
from typing import Literal
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import BlockRef, Input, OrganisationRef, unset
from anker.reuse.models import DeclaredBy, ReuseMode, ReuseStatus

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
