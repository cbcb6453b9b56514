"""API schemas of the capability map."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import SLUG_PATTERN, Input, unset
from anker.architecture.models import Capability

# Every ordering ends on the id, so pages are stable. "position" is the map's own order.
ORDERINGS: dict[str, list[str]] = {
    "position": ["position", "name", "id"],
    "name": ["name", "id"],
    "-name": ["-name", "-id"],
}
CapabilityOrdering = Literal[tuple(ORDERINGS)]  # type: ignore[valid-type]


class CapabilityOut(Schema):
    """A node of the capability map: something government must be able to do."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The capability's address in anker.")
    name: str = Field(..., description="Name in English.")
    name_nl: str = Field(..., description="Name in Dutch.")
    description: str = Field(..., description="What the capability covers.")
    parent: str | None = Field(None, description="Slug of the parent capability; null for a root.")
    position: int = Field(..., description="Order among its siblings.")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_parent(obj: Capability) -> str | None:
        return obj.parent.slug if obj.parent_id else None


CapabilityPage = page_schema(CapabilityOut, "CapabilityPage")


class CapabilityFilters(PageQuery):
    """Filters and ordering of the capability list."""

    parent: str | None = Field(None, description="Only the children of this capability (slug).")
    root: bool | None = Field(None, description="true: only the roots of the map.")
    q: str | None = Field(None, max_length=200, description="Part of the English or Dutch name.")
    ordering: CapabilityOrdering = Field("position", description="Sort order; `-` reverses.")


class CapabilityCreate(Input):
    """A new capability (coordinators only)."""

    name: str = Field(..., min_length=1, max_length=200, description="Name in English.")
    name_nl: str = Field("", max_length=200, description="Name in Dutch.")
    slug: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Default: made from the name."
    )
    description: str = Field("", description="What the capability covers.")
    parent: str | None = Field(None, description="Slug of the parent capability.")
    position: int = Field(0, ge=0, le=2147483647, description="Order among its siblings.")


class CapabilityUpdate(Input):
    """Changes to a capability; leave a field out to keep it."""

    name: str = unset("Name in English.", min_length=1, max_length=200)
    name_nl: str = unset("Name in Dutch.", max_length=200)
    description: str = unset("What the capability covers.")
    parent: str | None = unset("Slug of the parent capability; null to make it a root.")
    position: int = unset("Order among its siblings.", ge=0, le=2147483647)
