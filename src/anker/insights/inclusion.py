"""Inclusion analytics (PRODUCT.md §1 and §4, "Inclusive services"): government stays open
to people who cannot or will not go digital. Where it does not:

* **Digital-only services**: services with at least one channel and none that works
  without going digital (``citizenservices.selectors.digital_only_q``, the definition the
  service pages use; assisted digital counts as *not* digital-only, since someone helps).
* **Life events with a digital-only service**: the moments in a citizen's life in which
  they meet at least one digital-only service, with those services.
* **Channel mix from volumes**: each channel kind's share of the requests in the last
  ``months`` complete months, over the whole ecosystem and per service.
* **Shrinking non-digital channels**: services whose non-digital channels received
  ``decline`` per cent fewer requests per month in the last ``months`` complete months than
  in the ``months`` before.

Citizen services, their channels and their monthly figures are public content, so every
reader sees the same figures. Cost: eight queries (services, channels, organisations and
their links, life events and their links, the digital-only condition, the figures of the two
windows) and one pass over each in Python."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.citizenservices.models import (
    CHANNEL_ORDER,
    DIGITAL_CHANNELS,
    NON_DIGITAL_CHANNELS,
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
)
from anker.citizenservices.selectors import digital_only_q, month_start
from anker.insights.impact import ServiceRef
from anker.insights.refs import OrganisationRef, organisation_refs

DEFAULT_MONTHS = 12
MAX_MONTHS = 60
DEFAULT_DECLINE = 10.0


@dataclass(frozen=True)
class LifeEventRef:
    slug: str
    name: str
    name_nl: str


@dataclass(frozen=True)
class DigitalOnlyService:
    """A service a citizen can only use by going digital: its ``channels`` (all digital),
    the ``organisations`` responsible, the ``life_events`` it belongs to and its
    ``requests`` in the window (None when it reported no figures there)."""

    service: ServiceRef
    organisations: list[OrganisationRef]
    channels: list[str]
    life_events: list[LifeEventRef]
    requests: int | None


@dataclass(frozen=True)
class DigitalOnlyLifeEvent:
    """A life event in which a citizen meets at least one digital-only service:
    ``services`` of the event in all, the ``digital_only`` ones, and their ``share`` of
    the event's services (per cent)."""

    life_event: LifeEventRef
    services: int
    digital_only: list[ServiceRef]
    share: float


@dataclass(frozen=True)
class ChannelShare:
    """A channel kind's ``requests`` in the window and its ``share`` of all requests
    (per cent, one decimal)."""

    kind: str
    requests: int
    share: float


@dataclass(frozen=True)
class ServiceMix:
    """One service's channel mix in the window: its ``requests``, each channel's share,
    and the share of the digital channels together."""

    service: ServiceRef
    requests: int
    channels: list[ChannelShare]
    digital_share: float


@dataclass(frozen=True)
class ShrinkingService:
    """A service whose non-digital channels shrink. ``previous`` and ``recent``: their
    requests in the window before and in the window; ``previous_months`` and
    ``recent_months``: the months of each window with figures; ``change``: the change of
    the requests per month with figures, in per cent (negative: fewer); ``previous_share``
    and ``recent_share``: the non-digital channels' share of all the service's requests."""

    service: ServiceRef
    organisations: list[OrganisationRef]
    channels: list[str]
    previous: int
    recent: int
    previous_months: int
    recent_months: int
    change: float
    previous_share: float
    recent_share: float


@dataclass
class Inclusion:
    """The inclusion part of the dashboard. The window is the ``months`` complete months
    from ``window_start`` to ``window_end`` (the first day of the last month); the window
    before it starts at ``previous_start``. Headline figures: ``digital_only_count`` of
    ``services`` (``digital_only_share`` per cent), ``life_event_count``, the ecosystem's
    ``digital_share`` of requests and ``shrinking_count``."""

    months: int
    decline: float
    window_start: dt.date
    window_end: dt.date
    previous_start: dt.date
    services: int
    digital_only: list[DigitalOnlyService]
    digital_only_count: int
    digital_only_share: float
    life_events: list[DigitalOnlyLifeEvent]
    life_event_count: int
    life_events_with_services: int
    requests: int
    mix: list[ChannelShare]
    digital_share: float
    non_digital_change: float | None
    service_mix: list[ServiceMix]
    shrinking: list[ShrinkingService]
    shrinking_count: int
    services_compared: int


def percent(part: float, total: float) -> float:
    """``part`` of ``total`` in per cent, one decimal rounded half up (0 without a total)."""
    if not total:
        return 0.0
    share = Decimal(part) * 100 / Decimal(total)
    return float(share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def change_percent(before: float, after: float) -> float:
    """The change from ``before`` to ``after`` in per cent, one decimal."""
    return percent(after - before, before)


def validate_inclusion(months: int, decline: float) -> None:
    """Refuse a window outside 1..MAX_MONTHS months or a decline outside 0..100 per cent."""
    errors: dict[str, list[str]] = {}
    if not 1 <= months <= MAX_MONTHS:
        errors["months"] = [
            _("Give the window as a whole number of months from 1 to %(max)d.")
            % {"max": MAX_MONTHS}
        ]
    if not 0 <= decline <= 100:
        errors["decline"] = [_("Give the decline as a percentage from 0 to 100.")]
    if errors:
        raise ValidationError(errors)


@dataclass
class _Services:
    """What the analytics need of every service, read in a fixed number of queries."""

    refs: dict[int, ServiceRef]
    channels: dict[int, list[str]]
    organisations: dict[int, list[OrganisationRef]]
    life_events: dict[int, list[int]]
    events: dict[int, LifeEventRef]
    digital_only: set[int]


def _read_services() -> _Services:
    refs = {
        pk: ServiceRef(slug, name)
        for pk, slug, name in CitizenService.objects.values_list("id", "slug", "name")
    }
    channels: dict[int, list[str]] = defaultdict(list)
    for service, kind in ServiceChannel.objects.values_list("service_id", "kind"):
        channels[service].append(kind)
    for kinds in channels.values():
        kinds.sort(key=CHANNEL_ORDER.index)
    organisations = organisation_refs()
    responsible: dict[int, list[OrganisationRef]] = defaultdict(list)
    through = CitizenService.organisations.through
    for service, organisation in through.objects.values_list(
        "citizenservice_id", "organisation_id"
    ):
        responsible[service].append(organisations[organisation])
    for names in responsible.values():
        names.sort(key=lambda o: (o.name, o.slug))
    events = {
        pk: LifeEventRef(slug, name, name_nl)
        for pk, slug, name, name_nl in LifeEvent.objects.order_by(
            "position", "name", "id"
        ).values_list("id", "slug", "name", "name_nl")
    }
    in_events: dict[int, list[int]] = defaultdict(list)
    through = CitizenService.life_events.through
    for service, event in through.objects.values_list("citizenservice_id", "lifeevent_id"):
        in_events[service].append(event)
    digital_only = set(CitizenService.objects.filter(digital_only_q()).values_list("id", flat=True))
    return _Services(refs, channels, responsible, in_events, events, digital_only)


def _digital_only(
    data: _Services, requests: dict[int, int]
) -> tuple[list[DigitalOnlyService], list[DigitalOnlyLifeEvent], int]:
    """The digital-only services by name; the life events with at least one of them (most
    digital-only services first, then in the events' own order); and how many life events
    have any service at all."""
    position = {pk: index for index, pk in enumerate(data.events)}
    services = sorted(
        (
            DigitalOnlyService(
                service=data.refs[pk],
                organisations=data.organisations.get(pk, []),
                channels=data.channels[pk],
                life_events=[
                    data.events[e] for e in sorted(data.life_events.get(pk, []), key=position.get)
                ],
                requests=requests.get(pk),
            )
            for pk in data.digital_only
        ),
        key=lambda item: (item.service.name, item.service.slug),
    )
    members: dict[int, list[int]] = defaultdict(list)
    for service, events in data.life_events.items():
        for event in events:
            members[event].append(service)
    flagged_events = []
    for event in sorted(members, key=position.get):
        flagged = sorted(
            (data.refs[pk] for pk in members[event] if pk in data.digital_only),
            key=lambda s: (s.name, s.slug),
        )
        if flagged:
            share = percent(len(flagged), len(members[event]))
            flagged_events.append(
                DigitalOnlyLifeEvent(data.events[event], len(members[event]), flagged, share)
            )
    flagged_events.sort(key=lambda item: -len(item.digital_only))  # stable: events' order
    return services, flagged_events, len(members)


@dataclass
class _Volumes:
    """Requests of the two windows: per service and channel kind in the window; per
    service the non-digital requests and the months with non-digital figures of each."""

    recent: dict[int, dict[str, int]]
    previous_total: dict[int, int]
    non_digital: dict[str, dict[int, int]]
    months: dict[str, dict[int, set[dt.date]]]


def _read_volumes(previous_start: dt.date, window_start: dt.date, end: dt.date) -> _Volumes:
    recent: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    previous_total: dict[int, int] = defaultdict(int)
    non_digital: dict[str, dict[int, int]] = {
        "previous": defaultdict(int),
        "recent": defaultdict(int),
    }
    months: dict[str, dict[int, set[dt.date]]] = {
        "previous": defaultdict(set),
        "recent": defaultdict(set),
    }
    rows = ChannelFigures.objects.filter(
        month__gte=previous_start, month__lt=end, requests__isnull=False
    ).values_list("channel__service_id", "channel__kind", "month", "requests")
    for service, kind, month, requests in rows:
        window = "recent" if month >= window_start else "previous"
        if window == "recent":
            recent[service][kind] += requests
        else:
            previous_total[service] += requests
        if kind in NON_DIGITAL_CHANNELS:
            non_digital[window][service] += requests
            months[window][service].add(month)
    return _Volumes(recent, previous_total, non_digital, months)


def _shares(requests: dict[str, int]) -> tuple[list[ChannelShare], float]:
    """Each channel kind's share (in the standard order) and the digital channels' share."""
    total = sum(requests.values())
    shares = [
        ChannelShare(kind, requests[kind], percent(requests[kind], total))
        for kind in CHANNEL_ORDER
        if kind in requests
    ]
    digital = sum(count for kind, count in requests.items() if kind in DIGITAL_CHANNELS)
    return shares, percent(digital, total)


def _service_mix(data: _Services, volumes: _Volumes) -> list[ServiceMix]:
    """Services with requests in the window, the most digital first (then the busiest)."""
    rows = []
    for service, requests in volumes.recent.items():
        if sum(requests.values()):
            shares, digital = _shares(requests)
            rows.append(ServiceMix(data.refs[service], sum(requests.values()), shares, digital))
    rows.sort(key=lambda r: (-r.digital_share, -r.requests, r.service.name, r.service.slug))
    return rows


def _falls(
    previous: int, previous_months: int, recent: int, recent_months: int, decline: float
) -> bool:
    """Whether the requests per month fell, by ``decline`` per cent or more (exactly)."""
    before = Decimal(previous) * recent_months
    after = Decimal(recent) * previous_months
    return after < before and after <= before * (100 - Decimal(str(decline))) / 100


def _shrinking(
    data: _Services, volumes: _Volumes, decline: float
) -> tuple[list[ShrinkingService], int]:
    """Services with non-digital figures in both windows whose non-digital requests per
    month with figures fell by ``decline`` per cent or more, the steepest fall first; and
    how many services could be compared."""
    previous, recent = volumes.non_digital["previous"], volumes.non_digital["recent"]
    months = volumes.months
    compared = [pk for pk in months["previous"] if months["recent"].get(pk) and previous[pk] > 0]
    rows = []
    for pk in compared:
        before_months, after_months = len(months["previous"][pk]), len(months["recent"][pk])
        if not _falls(previous[pk], before_months, recent[pk], after_months, decline):
            continue
        rows.append(
            ShrinkingService(
                service=data.refs[pk],
                organisations=data.organisations.get(pk, []),
                channels=[k for k in data.channels.get(pk, []) if k in NON_DIGITAL_CHANNELS],
                previous=previous[pk],
                recent=recent[pk],
                previous_months=before_months,
                recent_months=after_months,
                change=change_percent(previous[pk] / before_months, recent[pk] / after_months),
                previous_share=percent(previous[pk], volumes.previous_total[pk]),
                recent_share=percent(recent[pk], sum(volumes.recent[pk].values())),
            )
        )
    rows.sort(key=lambda r: (r.change, r.service.name, r.service.slug))
    return rows, len(compared)


def _ecosystem_change(volumes: _Volumes) -> float | None:
    """The change of the ecosystem's non-digital requests per month with figures (None
    when the window before holds none)."""
    changes = []
    for window in ("previous", "recent"):
        requests = sum(volumes.non_digital[window].values())
        months = set().union(*volumes.months[window].values())
        changes.append((requests, len(months)))
    (before, before_months), (after, after_months) = changes
    if not before or not after_months:
        return None
    return change_percent(before / before_months, after / after_months)


def inclusion(
    user: Any = None,
    *,
    months: int = DEFAULT_MONTHS,
    decline: float = DEFAULT_DECLINE,
    today: dt.date | None = None,
) -> Inclusion:
    """Digital-only services and life events, the channel mix of the last ``months``
    complete months (before ``today``'s month), and the services whose non-digital
    requests per month fell by ``decline`` per cent or more against the ``months`` before.
    Citizen services are public: ``user`` changes nothing, it is taken for symmetry with
    the other analytics."""
    validate_inclusion(months, decline)
    today = today or timezone.localdate()
    end, window_start = month_start(today, 0), month_start(today, months)
    previous_start = month_start(today, 2 * months)
    data = _read_services()
    volumes = _read_volumes(previous_start, window_start, end)
    requests = {pk: sum(kinds.values()) for pk, kinds in volumes.recent.items()}
    digital_only, events, with_services = _digital_only(data, requests)
    totals: dict[str, int] = defaultdict(int)
    for kinds in volumes.recent.values():
        for kind, count in kinds.items():
            totals[kind] += count
    mix, digital_share = _shares(totals)
    shrinking, compared = _shrinking(data, volumes, decline)
    offered = len(data.channels)
    return Inclusion(
        months=months,
        decline=decline,
        window_start=window_start,
        window_end=month_start(today, 1),
        previous_start=previous_start,
        services=offered,
        digital_only=digital_only,
        digital_only_count=len(digital_only),
        digital_only_share=percent(len(digital_only), offered),
        life_events=events,
        life_event_count=len(events),
        life_events_with_services=with_services,
        requests=sum(totals.values()),
        mix=mix,
        digital_share=digital_share,
        non_digital_change=_ecosystem_change(volumes),
        service_mix=_service_mix(data, volumes),
        shrinking=shrinking,
        shrinking_count=len(shrinking),
        services_compared=compared,
    )
