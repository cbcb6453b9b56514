"""API schemas of citizen services, their channels and monthly figures, life events and
service types: what the API shows and what it accepts. Amounts and percentages are
numbers; a month is written ``YYYY-MM``."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema

from anker.accounts import permissions
from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import SLUG_PATTERN, BlockRef, Input, OrganisationRef, unset
from anker.citizenservices.models import (
    AccessibilityStatus,
    ChannelFigures,
    ChannelKind,
    CitizenService,
    ServiceChannel,
    ServiceLevelUnit,
)
from anker.citizenservices.selectors import ORDERINGS

LANGUAGE = r"^[a-z]{2,3}$"
MONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
CURRENCY = r"^[A-Z]{3}$"
ServiceOrdering = Literal[tuple(ORDERINGS)]  # type: ignore[valid-type]


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


class Ref(Schema):
    """An entry named by its slug, with its name for display."""

    slug: str = Field(..., description="The slug.")
    name: str = Field(..., description="The name (in English for the shared vocabulary).")


# --- vocabulary -----------------------------------------------------------------------


class LifeEventOut(Schema):
    """A life event: a moment in which citizens meet government."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The life event's address in anker.")
    name: str = Field(..., description="Name in English.")
    name_nl: str = Field(..., description="Name in Dutch.")
    name_fr: str = Field(..., description="Name in French.")
    description: str = Field(..., description="What the life event covers.")
    position: int = Field(..., description="Life events are listed by this number.")
    is_standard: bool = Field(..., description="Part of the list anker ships (not deletable).")
    service_count: int = Field(..., description="Services a citizen meets in it.")
    digital_only_count: int = Field(..., description="Of those, the digital-only services.")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_service_count(obj: Any) -> int:
        return getattr(obj, "service_count", 0) or 0

    @staticmethod
    def resolve_digital_only_count(obj: Any) -> int:
        return getattr(obj, "digital_only_count", 0) or 0


LifeEventPage = page_schema(LifeEventOut, "LifeEventPage")


class LifeEventCreate(Input):
    """A new life event (coordinators only)."""

    name: str = Field(..., min_length=1, max_length=200, description="Name in English.")
    name_nl: str = Field("", max_length=200, description="Name in Dutch.")
    name_fr: str = Field("", max_length=200, description="Name in French.")
    description: str = Field("", description="What the life event covers.")
    position: int = Field(100, ge=0, le=100000, description="Life events are listed by this.")
    slug: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Default: made from the name."
    )


class LifeEventUpdate(Input):
    """Changes to a life event; leave a field out to keep it."""

    name: str = unset("Name in English.", min_length=1, max_length=200)
    name_nl: str = unset("Name in Dutch.", max_length=200)
    name_fr: str = unset("Name in French.", max_length=200)
    description: str = unset("What the life event covers.")
    position: int = unset("Life events are listed by this number.", ge=0, le=100000)


class ServiceTypeOut(Schema):
    """A type of service that several organisations may offer (e.g. a parking permit)."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The service type's address in anker.")
    name: str = Field(..., description="Name in English.")
    name_nl: str = Field(..., description="Name in Dutch.")
    description: str = Field(..., description="What services of this type do.")
    service_count: int = Field(..., description="Services of this type.")
    organisation_count: int = Field(..., description="Organisations offering one.")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_service_count(obj: Any) -> int:
        return getattr(obj, "service_count", 0) or 0

    @staticmethod
    def resolve_organisation_count(obj: Any) -> int:
        return getattr(obj, "organisation_count", 0) or 0


ServiceTypePage = page_schema(ServiceTypeOut, "ServiceTypePage")


class ServiceTypeCreate(Input):
    """A new service type (coordinators only)."""

    name: str = Field(..., min_length=1, max_length=200, description="Name in English.")
    name_nl: str = Field("", max_length=200, description="Name in Dutch.")
    description: str = Field("", description="What services of this type do.")
    slug: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Default: made from the name."
    )


class ServiceTypeUpdate(Input):
    """Changes to a service type; leave a field out to keep it."""

    name: str = unset("Name in English.", min_length=1, max_length=200)
    name_nl: str = unset("Name in Dutch.", max_length=200)
    description: str = unset("What services of this type do.")


# --- channels -------------------------------------------------------------------------


class ChannelFields(Schema):
    """What a channel promises, as the API shows it."""

    kind: ChannelKind = Field(..., description="The channel.")
    always_available: bool = Field(..., description="Open day and night, every day.")
    availability: str = Field(..., description="Opening hours in words.")
    service_level_value: int | None = Field(None, description="The service-level target.")
    service_level_unit: ServiceLevelUnit | Literal[""] = Field(
        ..., description="The unit of the target; empty without a target."
    )
    languages: list[str] = Field(..., description="ISO 639-1 codes of the languages served.")
    accessibility_status: AccessibilityStatus | Literal[""] = Field(
        ..., description="Status of the accessibility statement (A–E); empty if not stated."
    )
    accessibility_statement_url: str = Field(..., description="The accessibility statement.")
    cost: float | None = Field(None, description="Cost to the citizen; 0 is free, null unknown.")
    currency: str = Field(..., description="ISO 4217 currency of the cost.")
    description: str = Field(..., description="Notes on the channel.")

    @staticmethod
    def resolve_cost(obj: ServiceChannel) -> float | None:
        return _number(obj.cost)


class ChannelInService(ChannelFields):
    """A channel of the service."""

    uuid: UUID = Field(..., description="Stable identifier of the channel.")


class ChannelOut(ChannelFields):
    """One way a citizen reaches a service, with what they may expect of it."""

    uuid: UUID = Field(..., description="Stable identifier.")
    service: Ref = Field(..., description="The citizen service.")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")


ChannelPage = page_schema(ChannelOut, "ChannelPage")


class ChannelFilters(PageQuery):
    """Filters of the channel list."""

    service: str | None = Field(None, description="Only channels of this service (slug).")
    kind: ChannelKind | None = Field(None, description="Only channels of this kind.")


class ChannelWrite(Input):
    """The fields of a channel that a request may set."""

    always_available: bool = Field(False, description="Open day and night, every day.")
    availability: str = Field("", max_length=300, description="Opening hours in words.")
    service_level_value: int | None = Field(
        None, ge=0, le=100000, description="The service-level target, e.g. 5."
    )
    service_level_unit: ServiceLevelUnit | Literal[""] = Field(
        "", description="The unit of the target, e.g. `working-days`."
    )
    languages: list[str] = Field(
        [], max_length=30, description="ISO 639-1 codes of the languages served."
    )
    accessibility_status: AccessibilityStatus | Literal[""] = Field(
        "", description="Status of the accessibility statement (A–E)."
    )
    accessibility_statement_url: str = Field(
        "", max_length=500, description="The accessibility statement."
    )
    cost: Decimal | None = Field(
        None, ge=0, max_digits=10, decimal_places=2, description="Cost to the citizen."
    )
    currency: str = Field("EUR", pattern=CURRENCY, description="ISO 4217 currency of the cost.")
    description: str = Field("", description="Notes on the channel.")


class ChannelCreate(ChannelWrite):
    """A new channel of a service; one per kind."""

    service: str = Field(..., description="Slug of the citizen service.")
    kind: ChannelKind = Field(..., description="The channel.")


class ChannelUpdate(Input):
    """Changes to a channel; leave a field out to keep it."""

    always_available: bool = unset("Open day and night, every day.")
    availability: str = unset("Opening hours in words.", max_length=300)
    service_level_value: int | None = unset("The service-level target; null for none.", ge=0)
    service_level_unit: ServiceLevelUnit | Literal[""] = unset("The unit of the target.")
    languages: list[str] = unset("ISO 639-1 codes of the languages served.", max_length=30)
    accessibility_status: AccessibilityStatus | Literal[""] = unset(
        "Status of the accessibility statement (A–E)."
    )
    accessibility_statement_url: str = unset("The accessibility statement.", max_length=500)
    cost: Decimal | None = unset(
        "Cost to the citizen; null when unknown.", ge=0, max_digits=10, decimal_places=2
    )
    currency: str = unset("ISO 4217 currency of the cost.", pattern=CURRENCY)
    description: str = unset("Notes on the channel.")


# --- services -------------------------------------------------------------------------


class ServiceOut(Schema):
    """A citizen service with its channels, organisations, life events and blocks."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The service's address in anker.")
    name: str = Field(..., description="The service's name.")
    language: str = Field(..., description="The language of name and description.")
    description: str = Field(..., description="What the service does for the citizen.")
    service_type: Ref | None = Field(None, description="The type of service, if set.")
    homepage_url: str = Field(..., description="The service's web page.")
    organisations: list[OrganisationRef] = Field(..., description="Responsible organisations.")
    life_events: list[Ref] = Field(..., description="Life events in which citizens meet it.")
    blocks: list[BlockRef] = Field(
        ..., description="Building blocks it runs on (those the reader may see)."
    )
    channels: list[ChannelInService] = Field(..., description="Its channels.")
    is_digital_only: bool = Field(
        ..., description="Offered only online, by app, e-mail or chat: no other way in."
    )
    source_format: str = Field(..., description="Where the record came from: manual, or a format.")
    external_id: str = Field(..., description="The record's own identifier in its source.")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_organisations(obj: CitizenService) -> list[Any]:
        return list(obj.organisations.all())

    @staticmethod
    def resolve_life_events(obj: CitizenService) -> list[Any]:
        return list(obj.life_events.all())

    @staticmethod
    def resolve_blocks(obj: CitizenService, context: Any) -> list[Any]:
        reader = context["request"].auth
        return [b for b in obj.blocks.all() if permissions.can_view_block(reader, b)]

    @staticmethod
    def resolve_channels(obj: CitizenService) -> list[Any]:
        from anker.citizenservices.models import CHANNEL_ORDER

        return sorted(obj.channels.all(), key=lambda channel: CHANNEL_ORDER.index(channel.kind))


ServicePage = page_schema(ServiceOut, "CitizenServicePage")


class ServiceFilters(PageQuery):
    """Filters and ordering of the service list."""

    q: str | None = Field(None, max_length=200, description="Part of the name.")
    life_event: str | None = Field(None, description="Only services of this life event (slug).")
    organisation: str | None = Field(None, description="Only services of this organisation.")
    service_type: str | None = Field(None, description="Only services of this type (slug).")
    channel: ChannelKind | None = Field(None, description="Only services offering this channel.")
    digital_only: bool | None = Field(
        None, description="true: only digital-only services; false: only the others."
    )
    ordering: ServiceOrdering = Field("name", description="Sort order; `-` reverses.")


class ServiceCreate(Input):
    """A new citizen service. The caller must edit for every responsible organisation."""

    name: str = Field(..., min_length=1, max_length=300, description="The service's name.")
    organisations: list[str] = Field(
        ..., min_length=1, max_length=50, description="Slugs of the responsible organisations."
    )
    slug: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Default: made from the name."
    )
    language: str = Field(
        "nl", pattern=LANGUAGE, description="The language of name and description."
    )
    description: str = Field("", description="What the service does for the citizen.")
    service_type: str | None = Field(None, description="Slug of the service type.")
    homepage_url: str = Field("", max_length=500, description="The service's web page.")
    life_events: list[str] = Field([], max_length=50, description="Slugs of its life events.")
    blocks: list[str] = Field(
        [], max_length=100, description="Slugs of the building blocks it runs on."
    )


class ServiceUpdate(Input):
    """Changes to a service; leave a field out to keep it. Lists replace; responsible
    organisations the caller does not edit for cannot be added or removed."""

    name: str = unset("The service's name.", min_length=1, max_length=300)
    organisations: list[str] = unset(
        "Slugs of the responsible organisations.", min_length=1, max_length=50
    )
    language: str = unset("The language of name and description.", pattern=LANGUAGE)
    description: str = unset("What the service does for the citizen.")
    service_type: str | None = unset("Slug of the service type; null for none.")
    homepage_url: str = unset("The service's web page.", max_length=500)
    life_events: list[str] = unset("Slugs of its life events.", max_length=50)
    blocks: list[str] = unset(
        "Slugs of the blocks it runs on (blocks hidden from you stay).", max_length=100
    )


# --- monthly figures ------------------------------------------------------------------


class FiguresOut(Schema):
    """A channel's figures for one month."""

    uuid: UUID = Field(..., description="Stable identifier.")
    channel: UUID = Field(..., description="The channel's UUID.")
    service: str = Field(..., description="Slug of the citizen service.")
    kind: ChannelKind = Field(..., description="The channel.")
    month: str = Field(..., description="The month, as YYYY-MM.")
    requests: int | None = Field(None, description="Requests in the month.")
    completion_rate: float | None = Field(
        None, description="Per cent of started requests completed."
    )
    satisfaction: float | None = Field(None, description="Per cent of users satisfied.")
    cost_per_transaction: float | None = Field(
        None, description="What one completed request costs, in euro."
    )
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_channel(obj: ChannelFigures) -> UUID:
        return obj.channel.uuid

    @staticmethod
    def resolve_service(obj: ChannelFigures) -> str:
        return obj.channel.service.slug

    @staticmethod
    def resolve_kind(obj: ChannelFigures) -> str:
        return obj.channel.kind

    @staticmethod
    def resolve_month(obj: ChannelFigures) -> str:
        return obj.month.strftime("%Y-%m")

    @staticmethod
    def resolve_completion_rate(obj: ChannelFigures) -> float | None:
        return _number(obj.completion_rate)

    @staticmethod
    def resolve_satisfaction(obj: ChannelFigures) -> float | None:
        return _number(obj.satisfaction)

    @staticmethod
    def resolve_cost_per_transaction(obj: ChannelFigures) -> float | None:
        return _number(obj.cost_per_transaction)


FiguresPage = page_schema(FiguresOut, "ChannelFiguresPage")


class FiguresFilters(PageQuery):
    """Filters of the monthly figures, oldest month first."""

    service: str | None = Field(None, description="Only figures of this service (slug).")
    channel: UUID | None = Field(None, description="Only figures of this channel.")
    kind: ChannelKind | None = Field(None, description="Only figures of channels of this kind.")
    since: str | None = Field(None, pattern=MONTH, description="From this month (YYYY-MM).")
    until: str | None = Field(None, pattern=MONTH, description="Up to this month (YYYY-MM).")


class FiguresValues(Input):
    """The figures of a month; each may be left out when it is not known."""

    requests: int | None = Field(None, ge=0, le=2_000_000_000, description="Requests.")
    completion_rate: Decimal | None = Field(
        None, ge=0, le=100, max_digits=4, decimal_places=1, description="Per cent completed."
    )
    satisfaction: Decimal | None = Field(
        None, ge=0, le=100, max_digits=4, decimal_places=1, description="Per cent satisfied."
    )
    cost_per_transaction: Decimal | None = Field(
        None, ge=0, max_digits=10, decimal_places=2, description="Euro per completed request."
    )


class FiguresCreate(FiguresValues):
    """A month's figures of a channel; figures already recorded for it are replaced."""

    channel: UUID = Field(..., description="The channel's UUID.")
    month: str = Field(..., pattern=MONTH, description="The month, as YYYY-MM.")


class FiguresUpdate(Input):
    """Changes to a month's figures; leave a field out to keep it."""

    requests: int | None = unset("Requests; null when not known.", ge=0, le=2_000_000_000)
    completion_rate: Decimal | None = unset(
        "Per cent completed.", ge=0, le=100, max_digits=4, decimal_places=1
    )
    satisfaction: Decimal | None = unset(
        "Per cent satisfied.", ge=0, le=100, max_digits=4, decimal_places=1
    )
    cost_per_transaction: Decimal | None = unset(
        "Euro per completed request.", ge=0, max_digits=10, decimal_places=2
    )
