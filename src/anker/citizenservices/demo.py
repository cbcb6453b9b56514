"""Loading the demo's citizen services (``anker.demo.data.citizen_services``) in bulk,
and removing them again; called by ``anker.demo.load``. Like the rest of the demo, every
entity is marked with source format ``demo`` and nothing is audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone

from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.citizenservices.services import life_events_ensure_standard
from anker.core.models import SourceFormat

DEMO = SourceFormat.DEMO


def wipe_citizen_services() -> None:
    """Every service, channel, figure and service type, and the life events that are not
    standard (the standard ones belong to anker, not to the demo)."""
    ChannelFigures.objects.all().delete()
    ServiceChannel.objects.all().delete()
    CitizenService.objects.all().delete()
    ServiceType.objects.all().delete()
    LifeEvent.objects.filter(is_standard=False).delete()


def load_citizen_services(
    organisations: dict[str, Any], blocks: dict[str, Any], *, today: dt.date | None = None
) -> None:
    from anker.demo.data.citizen_services import LIFE_EVENTS, SERVICE_TYPES, SERVICES

    life_events_ensure_standard()
    LifeEvent.objects.bulk_create(
        [LifeEvent(source_format=DEMO, external_id=item["slug"], **item) for item in LIFE_EVENTS]
    )
    events = {event.slug: event for event in LifeEvent.objects.all()}
    types = {
        service_type.slug: service_type
        for service_type in ServiceType.objects.bulk_create(
            [
                ServiceType(source_format=DEMO, external_id=item["slug"], **item)
                for item in SERVICE_TYPES
            ]
        )
    }
    services = _load_services(SERVICES, types)
    through = CitizenService.organisations.through
    through.objects.bulk_create(
        through(citizenservice=services[item["slug"]], organisation=organisations[slug])
        for item in SERVICES
        for slug in item["organisations"]
    )
    through = CitizenService.life_events.through
    through.objects.bulk_create(
        through(citizenservice=services[item["slug"]], lifeevent=events[slug])
        for item in SERVICES
        for slug in item["life_events"]
    )
    through = CitizenService.blocks.through
    through.objects.bulk_create(
        through(citizenservice=services[item["slug"]], buildingblock=blocks[slug])
        for item in SERVICES
        for slug in item["blocks"]
    )
    channels = _load_channels(SERVICES, services, organisations)
    _load_figures(channels, today or timezone.localdate())


def _load_services(data: list[dict[str, Any]], types: dict[str, Any]) -> dict[str, Any]:
    created = CitizenService.objects.bulk_create(
        [
            CitizenService(
                slug=item["slug"],
                name=item["name"],
                description=item["description"],
                language=item.get("language", "nl"),
                service_type=types.get(item.get("type", "")),
                source_format=DEMO,
                external_id=item["slug"],
            )
            for item in data
        ]
    )
    return {service.slug: service for service in created}


def _load_channels(
    data: list[dict[str, Any]], services: dict[str, Any], organisations: dict[str, Any]
) -> dict[tuple[str, str], ServiceChannel]:
    rows = []
    for item in data:
        website = organisations[item["organisations"][0]].website
        for channel in item["channels"]:
            value, unit = channel["sla"] or (None, "")
            rows.append(
                ServiceChannel(
                    service=services[item["slug"]],
                    kind=channel["kind"],
                    always_available=channel["always_available"],
                    availability=channel["availability"],
                    service_level_value=value,
                    service_level_unit=unit,
                    languages=channel["languages"],
                    accessibility_status=channel["a11y"],
                    accessibility_statement_url=(
                        f"{website}/toegankelijkheid" if channel["a11y"] and website else ""
                    ),
                    cost=None if channel["cost"] is None else Decimal(channel["cost"]),
                    description=channel["description"],
                    source_format=DEMO,
                )
            )
    created = ServiceChannel.objects.bulk_create(rows)
    return {(channel.service.slug, channel.kind): channel for channel in created}


def _load_figures(channels: dict[tuple[str, str], ServiceChannel], today: dt.date) -> None:
    from anker.demo.data.citizen_services import channel_figures

    ChannelFigures.objects.bulk_create(
        (
            ChannelFigures(
                channel=channels[(slug, kind)],
                month=month,
                requests=figures["requests"],
                completion_rate=Decimal(str(figures["completion_rate"])),
                satisfaction=Decimal(str(figures["satisfaction"])),
                cost_per_transaction=Decimal(str(figures["cost_per_transaction"])),
                source_format=DEMO,
            )
            for slug, kind, month, figures in channel_figures(today)
        ),
        batch_size=1000,
    )


def citizen_service_counts() -> dict[str, int]:
    return {
        "citizen services": CitizenService.objects.count(),
        "service channels": ServiceChannel.objects.count(),
        "channel figures": ChannelFigures.objects.count(),
    }
