"""Consistency analytics (PRODUCT.md §1 and §4): a citizen expects the same level of
service from every agency. For each service type that several organisations offer, this
shows where they differ:

* **channels**: the channels some of the services offer and others do not;
* **service-level targets**: per channel kind, the spread of the targets the services
  set: per unit the lowest, highest and median number, and over all units together, in
  approximate calendar days, the lowest, highest, median and their ratio.

A type is *inconsistent* when its services differ in either. Types are ordered by their
widest spread, so the largest differences come first.

Citizen services are public content: every reader sees the same figures. Cost: five
queries (types, services, channels, organisations and their links) and one pass."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from anker.citizenservices.models import (
    CHANNEL_ORDER,
    CitizenService,
    ServiceChannel,
    ServiceLevelUnit,
    ServiceType,
)
from anker.insights.impact import ServiceRef
from anker.insights.refs import OrganisationRef, organisation_refs

# Approximate calendar days per unit, to compare targets given in different units: a
# working day is 7/5 of a day (five working days make a week), a month 365.25/12 days.
DAYS_PER_UNIT: dict[str, float] = {
    ServiceLevelUnit.MINUTES: 1 / 1440,
    ServiceLevelUnit.HOURS: 1 / 24,
    ServiceLevelUnit.DAYS: 1.0,
    ServiceLevelUnit.WORKING_DAYS: 7 / 5,
    ServiceLevelUnit.WEEKS: 7.0,
    ServiceLevelUnit.MONTHS: 365.25 / 12,
}
UNIT_ORDER: tuple[str, ...] = tuple(ServiceLevelUnit.values)
CHANNELS, TARGETS = "channels", "targets"


@dataclass(frozen=True)
class ServiceTypeRef:
    slug: str
    name: str
    name_nl: str


@dataclass(frozen=True)
class ChannelTarget:
    """A channel of a service with its service-level target (``value`` and ``unit``, or
    None and "" without one)."""

    kind: str
    value: int | None
    unit: str


@dataclass(frozen=True)
class TypeService:
    """One service of the type: who offers it, its channel kinds and their targets."""

    service: ServiceRef
    organisations: list[OrganisationRef]
    channels: list[ChannelTarget]


@dataclass(frozen=True)
class ChannelPresence:
    """A channel kind some of the type's services offer and others do not, with the
    organisations responsible for each side."""

    kind: str
    services: int
    offered_by: list[OrganisationRef]
    not_offered_by: list[OrganisationRef]


@dataclass(frozen=True)
class UnitSpread:
    """The targets of one channel kind given in one ``unit``: how many services set one,
    the lowest, the highest and the median number."""

    unit: str
    services: int
    minimum: int
    maximum: int
    median: float


@dataclass(frozen=True)
class ChannelSpread:
    """The targets of one channel kind across the type's services: per unit, and over
    all units in approximate calendar days (``min_days``, ``max_days``, ``median_days``).
    ``ratio``: ``max_days`` / ``min_days`` (1: every target alike; None when the lowest
    target is 0, i.e. immediately, and another is not). ``without_target``: services
    offering the channel without a target."""

    kind: str
    services: int
    without_target: int
    units: list[UnitSpread]
    min_days: float
    max_days: float
    median_days: float
    ratio: float | None

    @property
    def differs(self) -> bool:
        return self.max_days > self.min_days


@dataclass(frozen=True)
class TypeConsistency:
    """A service type offered by two or more organisations through two or more
    services. ``reasons``: ``channels`` and/or ``targets`` where they differ; ``spread``:
    the widest ``ratio`` of its channel kinds (1 when all alike, None when infinite)."""

    service_type: ServiceTypeRef
    organisations: list[OrganisationRef]
    services: list[TypeService]
    common_channels: list[str]
    differing_channels: list[ChannelPresence]
    spreads: list[ChannelSpread]
    spread: float | None
    reasons: list[str]

    @property
    def consistent(self) -> bool:
        return not self.reasons


@dataclass
class Consistency:
    """The consistency part of the dashboard: ``types`` compared, inconsistent ones
    first, widest spread first. Headline: ``inconsistent`` of ``compared`` types."""

    types: list[TypeConsistency]
    compared: int
    inconsistent: int


def days(value: int, unit: str) -> float:
    """A target in approximate calendar days."""
    return value * DAYS_PER_UNIT[unit]


def _median(values: list[float]) -> float:
    return round(float(statistics.median(values)), 2)


def channel_spread(kind: str, targets: list[ChannelTarget]) -> ChannelSpread | None:
    """The spread of the targets of the channels ``targets`` (all of kind ``kind``);
    None when none of them has a target."""
    set_ = [t for t in targets if t.value is not None and t.unit in DAYS_PER_UNIT]
    if not set_:
        return None
    by_unit: dict[str, list[int]] = defaultdict(list)
    for target in set_:
        by_unit[target.unit].append(target.value)  # type: ignore[arg-type]
    in_days = [days(t.value, t.unit) for t in set_]  # type: ignore[arg-type]
    low, high = min(in_days), max(in_days)
    if low > 0:
        ratio: float | None = round(high / low, 2)
    else:
        ratio = 1.0 if high == 0 else None
    return ChannelSpread(
        kind=kind,
        services=len(set_),
        without_target=len(targets) - len(set_),
        units=[
            UnitSpread(unit, len(values), min(values), max(values), _median(values))
            for unit in UNIT_ORDER
            if (values := by_unit.get(unit))
        ],
        min_days=round(low, 4),
        max_days=round(high, 4),
        median_days=_median(in_days),
        ratio=ratio,
    )


def _presence(services: list[TypeService]) -> tuple[list[str], list[ChannelPresence]]:
    """The channel kinds every service offers, and those only some offer."""
    offering: dict[str, list[TypeService]] = defaultdict(list)
    for item in services:
        for channel in item.channels:
            offering[channel.kind].append(item)
    common, differing = [], []
    for kind in CHANNEL_ORDER:
        if kind not in offering:
            continue
        if len(offering[kind]) == len(services):
            common.append(kind)
            continue
        others = [item for item in services if item not in offering[kind]]
        differing.append(
            ChannelPresence(
                kind=kind,
                services=len(offering[kind]),
                offered_by=_organisations(offering[kind]),
                not_offered_by=_organisations(others),
            )
        )
    return common, differing


def _organisations(services: list[TypeService]) -> list[OrganisationRef]:
    found = {organisation for item in services for organisation in item.organisations}
    return sorted(found, key=lambda o: (o.name, o.slug))


def _spread_key(spread: float | None) -> float:
    return float("inf") if spread is None else spread


def type_consistency(
    service_type: ServiceTypeRef, services: list[TypeService]
) -> TypeConsistency | None:
    """The comparison of ``services`` of one type; None unless two or more services of
    two or more organisations offer it."""
    organisations = _organisations(services)
    if len(services) < 2 or len(organisations) < 2:
        return None
    common, differing = _presence(services)
    by_kind: dict[str, list[ChannelTarget]] = defaultdict(list)
    for item in services:
        for channel in item.channels:
            by_kind[channel.kind].append(channel)
    spreads = [
        spread
        for kind in CHANNEL_ORDER
        if kind in by_kind and (spread := channel_spread(kind, by_kind[kind])) is not None
    ]
    widest: float | None = 1.0
    if spreads:
        widest = max((s.ratio for s in spreads), key=_spread_key)
    reasons = ([CHANNELS] if differing else []) + (
        [TARGETS] if any(s.differs for s in spreads) else []
    )
    return TypeConsistency(
        service_type=service_type,
        organisations=organisations,
        services=services,
        common_channels=common,
        differing_channels=differing,
        spreads=spreads,
        spread=widest,
        reasons=reasons,
    )


def _read() -> tuple[dict[int, ServiceTypeRef], dict[int, list[TypeService]]]:
    """Every type, and the services of each with their organisations and channels."""
    types = {
        pk: ServiceTypeRef(slug, name, name_nl)
        for pk, slug, name, name_nl in ServiceType.objects.values_list(
            "id", "slug", "name", "name_nl"
        )
    }
    rows = CitizenService.objects.filter(service_type__isnull=False).values_list(
        "id", "slug", "name", "service_type_id"
    )
    of_type = {pk: (ServiceRef(slug, name), type_id) for pk, slug, name, type_id in rows}
    refs = organisation_refs()
    responsible: dict[int, list[OrganisationRef]] = defaultdict(list)
    through = CitizenService.organisations.through
    links = through.objects.filter(citizenservice_id__in=list(of_type)).values_list(
        "citizenservice_id", "organisation_id"
    )
    for service, organisation in links:
        responsible[service].append(refs[organisation])
    channels: dict[int, list[ChannelTarget]] = defaultdict(list)
    channel_rows = ServiceChannel.objects.filter(service_id__in=list(of_type)).values_list(
        "service_id", "kind", "service_level_value", "service_level_unit"
    )
    for service, kind, value, unit in channel_rows:
        channels[service].append(ChannelTarget(kind, value, unit))
    grouped: dict[int, list[TypeService]] = defaultdict(list)
    for pk, (ref, type_id) in of_type.items():
        grouped[type_id].append(
            TypeService(
                service=ref,
                organisations=sorted(responsible[pk], key=lambda o: (o.name, o.slug)),
                channels=sorted(channels[pk], key=lambda c: CHANNEL_ORDER.index(c.kind)),
            )
        )
    for services in grouped.values():
        services.sort(key=lambda s: (s.service.name, s.service.slug))
    return types, grouped


def consistency(user: Any = None) -> Consistency:
    """Every service type offered by two or more organisations (through two or more
    services), compared: inconsistent types first, then by the widest spread of a
    channel's service-level targets (an infinite one first), then by how many channels
    differ, then by name. Citizen services are public: ``user`` changes nothing."""
    types, grouped = _read()
    compared = [
        result
        for type_id, services in grouped.items()
        if (result := type_consistency(types[type_id], services)) is not None
    ]
    compared.sort(
        key=lambda t: (
            t.consistent,
            -_spread_key(t.spread),
            -len(t.differing_channels),
            t.service_type.name,
            t.service_type.slug,
        )
    )
    return Consistency(
        types=compared,
        compared=len(compared),
        inconsistent=sum(1 for t in compared if not t.consistent),
    )
