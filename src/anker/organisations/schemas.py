"""API schemas of organisations: what the API shows and what it accepts."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema
from pydantic import field_validator

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import SLUG_PATTERN, Input, unset
from anker.organisations.models import IdentifierScheme, Organisation, OrganisationKind
from anker.organisations.selectors import ORDERINGS

COUNTRY = r"^[A-Za-z]{2}$"
OrganisationOrdering = Literal[tuple(ORDERINGS)]  # type: ignore[valid-type]


class Identifier(Schema):
    """An official identifier (OIN, TOOI, KvK, KBO, IPA…)."""

    scheme: IdentifierScheme = Field(..., description="The identifier scheme.")
    value: str = Field(..., description="The identifier itself.")


class IdentifierIn(Input):
    """An official identifier (OIN, TOOI, KvK, KBO, IPA…), as sent."""

    scheme: IdentifierScheme = Field(..., description="The identifier scheme.")
    value: str = Field(..., min_length=1, max_length=100, description="The identifier itself.")


class OrganisationOut(Schema):
    """A public body or a partner organisation."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The organisation's address in anker.")
    name: str = Field(..., description="The organisation's name.")
    kind: OrganisationKind = Field(..., description="What kind of organisation it is.")
    is_public_sector: bool = Field(
        ...,
        description="Members see blocks shared with the public sector.",
    )
    parent: str | None = Field(None, description="The parent organisation's slug.")
    country: str = Field(..., description="ISO 3166-1 alpha-2 country code.")
    website: str = Field(..., description="The organisation's website.")
    description: str = Field(..., description="A short description.")
    identifiers: list[Identifier] = Field(..., description="Official identifiers.")
    block_count: int = Field(..., description="Building blocks the organisation provides.")
    reuse_count: int = Field(..., description="Building blocks it reuses (stopped reuse left out).")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_parent(obj: Organisation) -> str | None:
        return obj.parent.slug if obj.parent_id else None

    @staticmethod
    def resolve_identifiers(obj: Organisation) -> list[Any]:
        return list(obj.identifiers.all())

    @staticmethod
    def resolve_block_count(obj: Organisation) -> int:
        return getattr(obj, "block_count", None) or 0

    @staticmethod
    def resolve_reuse_count(obj: Organisation) -> int:
        return getattr(obj, "reuse_count", None) or 0


OrganisationPage = page_schema(OrganisationOut, "OrganisationPage")


class OrganisationFilters(PageQuery):
    """Filters and ordering of the organisation list."""

    q: str | None = Field(
        None, max_length=200, description="Part of the name, or an exact identifier."
    )
    kind: OrganisationKind | None = Field(None, description="Only organisations of this kind.")
    country: str | None = Field(
        None, pattern=COUNTRY, description="Only organisations in this country."
    )
    ordering: OrganisationOrdering = Field("name", description="Sort order; `-` reverses.")


def _upper(value: str | None) -> str | None:
    return value.upper() if isinstance(value, str) else value


class OrganisationCreate(Input):
    """A new organisation (coordinators only)."""

    name: str = Field(..., min_length=1, max_length=300, description="The organisation's name.")
    kind: OrganisationKind = Field(..., description="What kind of organisation it is.")
    slug: str | None = Field(
        None,
        max_length=120,
        pattern=SLUG_PATTERN,
        description="Default: made from the name.",
    )
    is_public_sector: bool | None = Field(None, description="Default: follows from the kind.")
    parent: str | None = Field(None, description="The parent organisation's slug.")
    country: str = Field("NL", pattern=COUNTRY, description="ISO 3166-1 alpha-2 country code.")
    website: str = Field("", max_length=500, description="The organisation's website.")
    description: str = Field("", description="A short description.")
    identifiers: list[IdentifierIn] = Field([], max_length=50, description="Official identifiers.")

    _country = field_validator("country")(_upper)


class OrganisationUpdate(Input):
    """Changes to an organisation; leave a field out to keep it."""

    name: str = unset("The organisation's name.", min_length=1, max_length=300)
    kind: OrganisationKind = unset("What kind of organisation it is.")
    is_public_sector: bool = unset("Members see blocks shared with the public sector.")
    parent: str | None = unset("The parent organisation's slug; null for none.")
    country: str = unset("ISO 3166-1 alpha-2 country code.", pattern=COUNTRY)
    website: str = unset("The organisation's website.", max_length=500)
    description: str = unset("A short description.")
    identifiers: list[IdentifierIn] = unset(
        "Official identifiers; replaces the list.", max_length=50
    )

    _country = field_validator("country")(_upper)


class OrganisationMerge(Input):
    """Fold this organisation into another one."""

    target: str = Field(..., description="The slug of the organisation that remains.")
