"""API schemas of imports and harvest sources."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import SLUG_PATTERN, Input, unset
from anker.interop.models import Schedule

OutcomeStatus = Literal["accepted", "updated", "unchanged", "rejected"]


class OutcomeOut(Schema):
    """What became of one record of the source."""

    record: str = Field(..., description="What the source calls the record.")
    status: OutcomeStatus = Field(..., description="What became of it.")
    entity: str = Field("", description="What it became in anker.")
    field: str = Field("", description="For a rejection: the key path, property or column.")
    reason: str = Field("", description="For a rejection: why.")
    line: int | None = Field(None, description="The line in the source, where known.")


class ImportRunOut(Schema):
    """The report of one import of one source."""

    uuid: UUID = Field(..., description="Stable identifier.")
    format: str = Field(..., description="The standard the source was read as.")
    source: str = Field(..., description="The file name or address.")
    via: str = Field(..., description="cli, web, api, harvest or schedule.")
    harvest_source: str | None = Field(None, description="The configured source's name.")
    created: datetime = Field(..., description="When the import started.")
    finished: datetime | None = Field(None, description="When it finished.")
    accepted: int = Field(..., description="Records created.")
    updated: int = Field(..., description="Records changed in place.")
    unchanged: int = Field(..., description="Records found unchanged: nothing written.")
    rejected: int = Field(..., description="Records refused, each with its reason.")

    @staticmethod
    def resolve_harvest_source(run: Any) -> str | None:
        return run.harvest_source.name if run.harvest_source_id else None


class ImportRunDetail(ImportRunOut):
    """The report of one import with every record's outcome and the warnings."""

    outcomes: list[OutcomeOut] = Field(..., description="Every record, in source order.")
    warnings: list[str] = Field(..., description="What was read but not used, and why.")


ImportRunPage = page_schema(ImportRunOut, "ImportRunPage")


class ImportFilters(PageQuery):
    """Which import reports to list."""

    format: str | None = Field(None, max_length=20, description="Only imports of this format.")


class SourceOut(Schema):
    """A source anker harvests."""

    uuid: UUID = Field(..., description="Stable identifier.")
    name: str = Field(..., description="The source's name, unique.")
    url: str = Field(..., description="The http(s) address fetched.")
    format: str = Field(..., description="The standard the source is in.")
    organisation: str | None = Field(None, description="Slug of the default owner.")
    schedule: Schedule = Field(..., description="How often the worker harvests it.")
    enabled: bool = Field(..., description="Whether the schedule is on.")
    last_harvested: datetime | None = Field(None, description="The last harvest.")

    @staticmethod
    def resolve_organisation(source: Any) -> str | None:
        return source.organisation.slug if source.organisation_id else None


class SourceCreate(Input):
    """A new source."""

    name: str = Field(..., min_length=1, max_length=200, description="A unique name.")
    url: str = Field(..., min_length=1, max_length=1000, description="The http(s) address.")
    format: str = Field(..., min_length=1, max_length=20, description="The standard.")
    organisation: str | None = Field(
        None, pattern=SLUG_PATTERN, description="Slug of the default owner."
    )
    schedule: Schedule = Field(Schedule.MANUAL, description="How often to harvest.")
    enabled: bool = Field(True, description="Whether the schedule is on.")


class SourceUpdate(Input):
    """Changes to a source: only the fields sent change."""

    name: str = unset("A unique name.", min_length=1, max_length=200)
    url: str = unset("The http(s) address.", min_length=1, max_length=1000)
    format: str = unset("The standard.", min_length=1, max_length=20)
    organisation: str | None = unset("Slug of the default owner; null for none.")
    schedule: Schedule = unset("How often to harvest.")
    enabled: bool = unset("Whether the schedule is on.")


SourcePage = page_schema(SourceOut, "SourcePage")
