"""Reads of citizen services shared by pages, API, CLI and (later) insights: lists with
their channel matrix, digital-only services, life events with their counts, the services
of one type side by side, and a service's monthly figures.

Citizen services are public content: everyone reads them. The building blocks under a
service follow the catalogue's visibility rule."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.translation import get_language_info

from anker.accounts import permissions
from anker.catalogue.models import BuildingBlock
from anker.citizenservices.models import (
    CHANNEL_ORDER,
    NON_DIGITAL_CHANNELS,
    ChannelFigures,
    ChannelKind,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.organisations.models import Organisation

ORDERINGS: dict[str, list[str]] = {
    "name": ["name", "id"],
    "-name": ["-name", "-id"],
    "modified": ["modified", "id"],
    "-modified": ["-modified", "-id"],
}
FIGURE_MONTHS = 24


def digital_only_q(prefix: str = "") -> Q:
    """Services with at least one channel and none that works without going digital."""
    channels = ServiceChannel.objects.filter(service=OuterRef(f"{prefix}pk"))
    return Q(Exists(channels)) & ~Q(Exists(channels.filter(kind__in=NON_DIGITAL_CHANNELS)))


def with_list_data(services: QuerySet[CitizenService]) -> QuerySet[CitizenService]:
    """What a list row shows: type, organisations, channels, life events, in a fixed
    number of queries however many rows there are."""
    return services.select_related("service_type").prefetch_related(
        "organisations", "channels", "life_events"
    )


def service_list(
    *,
    query: str = "",
    life_event: str = "",
    organisation: str = "",
    service_type: str = "",
    channel: str = "",
    digital_only: bool | None = None,
    ordering: str = "name",
) -> QuerySet[CitizenService]:
    """Services filtered by words in the name, a life event, an organisation, a service
    type (each by slug), a channel kind offered, and being digital-only or not."""
    services = CitizenService.objects.all()
    if query.strip():
        services = services.filter(name__icontains=query.strip())
    if life_event:
        services = services.filter(life_events__slug=life_event)
    if organisation:
        services = services.filter(organisations__slug=organisation)
    if service_type:
        services = services.filter(service_type__slug=service_type)
    if channel:
        services = services.filter(channels__kind=channel)
    if digital_only is not None:
        services = services.filter(digital_only_q() if digital_only else ~digital_only_q())
    if life_event or organisation or channel:
        # Each filter joins a to-many relation once, so a row cannot repeat; the
        # subquery keeps the row count honest anyway without a DISTINCT over the joins.
        services = CitizenService.objects.filter(pk__in=services.values("pk"))
    return services.order_by(*ORDERINGS.get(ordering, ORDERINGS["name"]))


@dataclass(frozen=True)
class MatrixCell:
    kind: str
    label: str
    channel: ServiceChannel | None  # None where the service is not offered that way


@dataclass(frozen=True)
class MatrixRow:
    """A service with one cell per channel kind, in the standard order."""

    service: CitizenService
    cells: list[MatrixCell]

    @property
    def is_digital_only(self) -> bool:
        return self.service.is_digital_only


def channel_matrix(services: list[CitizenService]) -> list[MatrixRow]:
    """Rows of the channel matrix; the services must have their channels prefetched."""
    rows = []
    for service in services:
        by_kind = {channel.kind: channel for channel in service.channels.all()}
        cells = [MatrixCell(k, str(label), by_kind.get(k)) for k, label in ChannelKind.choices]
        rows.append(MatrixRow(service, cells))
    return rows


def channel_columns() -> list[tuple[str, str]]:
    return list(ChannelKind.choices)


def service_by_slug(slug: str) -> CitizenService:
    return (
        CitizenService.objects.select_related("service_type")
        .prefetch_related("organisations", "life_events", "channels")
        .get(slug=slug)
    )


def service_blocks(*, user: Any, service: CitizenService) -> QuerySet[BuildingBlock]:
    """The building blocks the service runs on that ``user`` may see."""
    return (
        permissions.visible_blocks(user, service.blocks.all())
        .select_related("owner")
        .order_by("name", "id")
    )


def organisations_with_services() -> QuerySet[Organisation]:
    """The organisations a service list can be filtered by."""
    return (
        Organisation.objects.filter(citizen_services__isnull=False, merged_into__isnull=True)
        .distinct()
        .order_by("name", "id")
    )


def hidden_block_count(*, user: Any, service: CitizenService) -> int:
    return service.blocks.count() - service_blocks(user=user, service=service).count()


# --- life events ----------------------------------------------------------------------


def life_event_list() -> QuerySet[LifeEvent]:
    """Every life event with its number of services and of digital-only services."""
    digital_only = CitizenService.objects.filter(digital_only_q()).values("pk")
    return LifeEvent.objects.annotate(
        service_count=Count("services", distinct=True),
        digital_only_count=Count("services", filter=Q(services__in=digital_only), distinct=True),
    ).order_by("position", "name", "id")


def life_event_by_slug(slug: str) -> LifeEvent:
    return LifeEvent.objects.get(slug=slug)


@dataclass(frozen=True)
class LifeEventSummary:
    services: int
    digital_only: int
    channels: dict[str, int]  # services offering each channel kind


def life_event_summary(life_event: LifeEvent) -> LifeEventSummary:
    """Counts over every service of the event (not only the page being shown)."""
    services = CitizenService.objects.filter(life_events=life_event)
    per_kind = dict(
        ServiceChannel.objects.filter(service__in=services.values("pk"))
        .values("kind")
        .annotate(n=Count("service", distinct=True))
        .values_list("kind", "n")
    )
    return LifeEventSummary(
        services=services.count(),
        digital_only=services.filter(digital_only_q()).count(),
        channels={kind: per_kind.get(kind, 0) for kind in CHANNEL_ORDER},
    )


# --- service types --------------------------------------------------------------------


def service_type_list() -> QuerySet[ServiceType]:
    """Every type with the number of services and of organisations offering it."""
    return ServiceType.objects.annotate(
        service_count=Count("services", distinct=True),
        organisation_count=Count("services__organisations", distinct=True),
    ).order_by("name", "id")


def service_type_by_slug(slug: str) -> ServiceType:
    return ServiceType.objects.get(slug=slug)


def services_of_type(service_type: ServiceType) -> QuerySet[CitizenService]:
    """The services of one type, to be compared across the organisations that offer them."""
    return with_list_data(service_type.services.all()).order_by("name", "id")


@dataclass(frozen=True)
class LevelSpread:
    """The service-level targets the services of one type set for one channel kind."""

    kind: str
    label: str
    targets: list[str]

    @property
    def is_consistent(self) -> bool:
        return len(set(self.targets)) <= 1


def service_level_spread(services: list[CitizenService]) -> list[LevelSpread]:
    """Per channel kind: the distinct targets of the services (channels prefetched)."""
    targets: dict[str, list[str]] = defaultdict(list)
    for service in services:
        for channel in service.channels.all():
            if channel.service_level:
                targets[channel.kind].append(channel.service_level)
    return [
        LevelSpread(kind, label, sorted(set(targets[kind])))
        for kind, label in ChannelKind.choices
        if targets.get(kind)
    ]


# --- monthly figures ------------------------------------------------------------------


def month_start(today: dt.date, months_back: int) -> dt.date:
    index = today.year * 12 + today.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass
class ChannelSeries:
    channel: ServiceChannel
    figures: list[ChannelFigures] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(f.requests or 0 for f in self.figures)

    @property
    def latest(self) -> ChannelFigures | None:
        return self.figures[-1] if self.figures else None


@dataclass
class ServiceFigures:
    """A service's monthly figures of the last ``months`` complete months (and of the
    current one, if any), by channel, and the channel mix: each channel's share of the
    requests in the last twelve months."""

    series: list[ChannelSeries]
    mix: list[tuple[ServiceChannel, int, Decimal]]
    months: int

    @property
    def has_figures(self) -> bool:
        return any(series.figures for series in self.series)


def service_figures(
    service: CitizenService, *, today: dt.date, months: int = FIGURE_MONTHS
) -> ServiceFigures:
    channels = sorted(service.channels.all(), key=lambda c: CHANNEL_ORDER.index(c.kind))
    by_channel: dict[int, list[ChannelFigures]] = defaultdict(list)
    rows = ChannelFigures.objects.filter(
        channel__service=service, month__gte=month_start(today, months)
    ).order_by("month", "id")
    for row in rows:
        by_channel[row.channel_id].append(row)
    series = [ChannelSeries(channel, by_channel.get(channel.id, [])) for channel in channels]
    recent = month_start(today, 12)
    last_year = {
        s.channel.id: sum(f.requests or 0 for f in s.figures if f.month >= recent) for s in series
    }
    total = sum(last_year.values())
    mix = [
        (s.channel, last_year[s.channel.id], _share(last_year[s.channel.id], total)) for s in series
    ]
    return ServiceFigures(series=series, mix=mix, months=months)


def _share(part: int, total: int) -> Decimal:
    if not total:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(total)).quantize(Decimal("0.1"))


def figures_list() -> QuerySet[ChannelFigures]:
    return ChannelFigures.objects.select_related("channel__service")


def channel_list() -> QuerySet[ServiceChannel]:
    return ServiceChannel.objects.select_related("service")


def language_names(codes: list[str]) -> list[str]:
    """Language codes as names in the reader's language; an unknown code as itself."""
    names = []
    for code in codes:
        try:
            names.append(str(get_language_info(code)["name_translated"]))
        except KeyError:
            names.append(code)
    return names
