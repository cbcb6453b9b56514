"""Every write to citizen services, their channels and monthly figures, and to the
shared vocabulary (life events, service types). Each function checks permissions,
validates, writes in one transaction and records an audit event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.catalogue.models import BuildingBlock
from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.citizenservices.standard import STANDARD_LIFE_EVENTS
from anker.core.services import reject_unknown_fields
from anker.organisations.models import Organisation

SERVICE_FIELDS = ("name", "language", "description", "service_type", "homepage_url")
CHANNEL_FIELDS = (
    "always_available",
    "availability",
    "service_level_value",
    "service_level_unit",
    "languages",
    "accessibility_status",
    "accessibility_statement_url",
    "cost",
    "currency",
    "description",
)
FIGURE_FIELDS = ("requests", "completion_rate", "satisfaction", "cost_per_transaction")
LIFE_EVENT_FIELDS = ("name", "name_nl", "name_fr", "description", "position")
SERVICE_TYPE_FIELDS = ("name", "name_nl", "description")
# Page addresses next to the slugs (/services/new/): a slug may not take them.
RESERVED_SLUGS = frozenset({"new"})
VOCABULARY_ONLY = gettext_lazy("Only coordinators change life events and service types.")


def unique_slug(model: Any, text: str, *, exclude_id: int | None = None) -> str:
    """A free slug for ``text`` that no page address uses."""
    from anker.catalogue.services import unique_slug as free_slug

    slug = free_slug(model, text, exclude_id=exclude_id)
    if slug in RESERVED_SLUGS:
        slug = free_slug(model, f"{slug}-2", exclude_id=exclude_id)
    return slug


# --- vocabulary -----------------------------------------------------------------------


def life_events_ensure_standard(*, using: str = "default") -> int:
    """Create the standard life events a database lacks (found by slug); never changes
    one that exists, so a coordinator's rewording stays. Returns how many it made."""
    existing = set(LifeEvent.objects.using(using).values_list("slug", flat=True))
    missing = [
        LifeEvent(
            slug=event.slug,
            name=event.name,
            name_nl=event.name_nl,
            name_fr=event.name_fr,
            description=event.description,
            position=(index + 1) * 10,
            is_standard=True,
        )
        for index, event in enumerate(STANDARD_LIFE_EVENTS)
        if event.slug not in existing
    ]
    LifeEvent.objects.using(using).bulk_create(missing)
    return len(missing)


def _vocabulary_write(actor: Any, instance: Any, fields: dict[str, Any], allowed: tuple) -> None:
    permissions.require(permissions.can_edit_service_vocabulary(actor), VOCABULARY_ONLY)
    reject_unknown_fields(fields, allowed)
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.full_clean()
    instance.save()


@transaction.atomic
def life_event_create(*, actor: Any, slug: str = "", via: str = "web", **fields: Any) -> LifeEvent:
    event = LifeEvent(slug=slug or unique_slug(LifeEvent, fields.get("name", "")))
    _vocabulary_write(actor, event, fields, LIFE_EVENT_FIELDS)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=event,
        before=None,
        after=snapshot(event),
        via=via,
    )
    return event


@transaction.atomic
def life_event_update(
    *, actor: Any, life_event: LifeEvent, via: str = "web", **fields: Any
) -> LifeEvent:
    before = snapshot(life_event)
    _vocabulary_write(actor, life_event, fields, LIFE_EVENT_FIELDS)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=life_event,
        before=before,
        after=snapshot(life_event),
        via=via,
    )
    return life_event


@transaction.atomic
def life_event_delete(*, actor: Any, life_event: LifeEvent, via: str = "web") -> None:
    """Services lose the life event; the standard ones anker ships stay."""
    permissions.require(permissions.can_edit_service_vocabulary(actor), VOCABULARY_ONLY)
    if life_event.is_standard:
        raise ValidationError(
            {"life_event": [_("%(name)s is a standard life event.") % {"name": life_event}]}
        )
    audited_delete(actor=actor, instance=life_event, via=via)


@transaction.atomic
def service_type_create(
    *, actor: Any, slug: str = "", via: str = "web", **fields: Any
) -> ServiceType:
    service_type = ServiceType(slug=slug or unique_slug(ServiceType, fields.get("name", "")))
    _vocabulary_write(actor, service_type, fields, SERVICE_TYPE_FIELDS)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=service_type,
        before=None,
        after=snapshot(service_type),
        via=via,
    )
    return service_type


@transaction.atomic
def service_type_update(
    *, actor: Any, service_type: ServiceType, via: str = "web", **fields: Any
) -> ServiceType:
    before = snapshot(service_type)
    _vocabulary_write(actor, service_type, fields, SERVICE_TYPE_FIELDS)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=service_type,
        before=before,
        after=snapshot(service_type),
        via=via,
    )
    return service_type


@transaction.atomic
def service_type_delete(*, actor: Any, service_type: ServiceType, via: str = "web") -> None:
    """The services of the type stay, without a type."""
    permissions.require(permissions.can_edit_service_vocabulary(actor), VOCABULARY_ONLY)
    audited_delete(actor=actor, instance=service_type, via=via)


# --- services -------------------------------------------------------------------------


def service_snapshot(service: CitizenService) -> dict[str, Any]:
    return snapshot(
        service,
        extra={
            "organisations": [o.slug for o in service.organisations.all()],
            "life_events": [e.slug for e in service.life_events.all()],
            "blocks": [b.slug for b in service.blocks.all()],
        },
    )


def _check_organisations(actor: Any, before: set[int], wanted: list[Organisation]) -> None:
    if not wanted:
        raise ValidationError({"organisations": [_("Name at least one responsible organisation.")]})
    if any(organisation.merged_into_id for organisation in wanted):
        raise ValidationError(
            {"organisations": [_("An organisation that was merged away cannot be responsible.")]}
        )
    permissions.require(
        permissions.can_change_responsible_organisations(actor, before, {o.id for o in wanted}),
        _("You may only add or remove organisations you edit for."),
    )


def _blocks_to_keep(actor: Any, service: CitizenService, chosen: Iterable[BuildingBlock]) -> list:
    """The chosen blocks, which the actor must be able to see, plus the blocks already
    linked that the actor cannot see (and so could not have chosen to keep)."""
    chosen = list(chosen)
    for block in chosen:
        if not permissions.can_view_block(actor, block):
            raise ValidationError({"blocks": [_("There is no such building block.")]})
    hidden = []
    if service.pk:
        hidden = [b for b in service.blocks.all() if not permissions.can_view_block(actor, b)]
    return list({block.id: block for block in [*chosen, *hidden]}.values())


def _set_relations(
    service: CitizenService,
    *,
    organisations: list[Organisation] | None,
    life_events: Iterable[LifeEvent] | None,
    blocks: list[BuildingBlock] | None,
) -> None:
    if organisations is not None:
        service.organisations.set(organisations)
    if life_events is not None:
        service.life_events.set(list(life_events))
    if blocks is not None:
        service.blocks.set(blocks)


@transaction.atomic
def service_create(
    *,
    actor: Any,
    organisations: Iterable[Organisation],
    life_events: Iterable[LifeEvent] = (),
    blocks: Iterable[BuildingBlock] = (),
    slug: str = "",
    via: str = "web",
    **fields: Any,
) -> CitizenService:
    """A new service; the actor must edit for every organisation they make responsible."""
    organisations = list(organisations)
    _check_organisations(actor, set(), organisations)
    reject_unknown_fields(fields, SERVICE_FIELDS)
    service = CitizenService(**fields)
    service.slug = slug or unique_slug(CitizenService, fields.get("name", ""))
    service.full_clean()
    service.save()
    _set_relations(
        service,
        organisations=organisations,
        life_events=life_events,
        blocks=_blocks_to_keep(actor, service, blocks),
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=service,
        before=None,
        after=service_snapshot(service),
        via=via,
    )
    return service


@transaction.atomic
def service_update(
    *,
    actor: Any,
    service: CitizenService,
    organisations: Iterable[Organisation] | None = None,
    life_events: Iterable[LifeEvent] | None = None,
    blocks: Iterable[BuildingBlock] | None = None,
    via: str = "web",
    **fields: Any,
) -> CitizenService:
    """Service owners change the service; only the relations given are replaced."""
    permissions.require(permissions.can_edit_citizen_service(actor, service))
    reject_unknown_fields(fields, SERVICE_FIELDS)
    before = service_snapshot(service)
    if organisations is not None:
        organisations = list(organisations)
        current = set(service.organisations.values_list("id", flat=True))
        _check_organisations(actor, current, organisations)
    for name, value in fields.items():
        setattr(service, name, value)
    service.full_clean()
    service.save()
    _set_relations(
        service,
        organisations=organisations,
        life_events=life_events,
        blocks=None if blocks is None else _blocks_to_keep(actor, service, blocks),
    )
    service = CitizenService.objects.prefetch_related("organisations", "life_events", "blocks").get(
        pk=service.pk
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=service,
        before=before,
        after=service_snapshot(service),
        via=via,
    )
    return service


@transaction.atomic
def service_delete(*, actor: Any, service: CitizenService, via: str = "web") -> None:
    permissions.require(
        permissions.can_delete_citizen_service(actor, service),
        _("Only someone who edits for every responsible organisation deletes a service."),
    )
    audited_delete(actor=actor, instance=service, before=service_snapshot(service), via=via)


def responsibilities_merge(*, source: Organisation, target: Organisation) -> int:
    """For an organisation merge (called inside it, which checked the permission): the
    services ``source`` is responsible for become ``target``'s. Returns how many."""
    moved = 0
    for service in CitizenService.objects.filter(organisations=source):
        service.organisations.remove(source)
        service.organisations.add(target)
        moved += 1
    return moved


# --- channels -------------------------------------------------------------------------


def _channel_write(actor: Any, channel: ServiceChannel, fields: dict[str, Any]) -> None:
    permissions.require(permissions.can_edit_citizen_service(actor, channel.service))
    reject_unknown_fields(fields, CHANNEL_FIELDS)
    for name, value in fields.items():
        setattr(channel, name, value)
    if isinstance(channel.languages, list):
        channel.languages = sorted({str(code).strip().lower() for code in channel.languages})
    channel.full_clean(validate_constraints=False)
    channel.save()


@transaction.atomic
def channel_add(
    *, actor: Any, service: CitizenService, kind: str, via: str = "web", **fields: Any
) -> ServiceChannel:
    if service.channels.filter(kind=kind).exists():
        raise ValidationError(
            {"kind": [_("The service already has this channel; change it instead.")]}
        )
    channel = ServiceChannel(service=service, kind=kind)
    _channel_write(actor, channel, fields)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=channel,
        before=None,
        after=snapshot(channel),
        via=via,
        related=service,
    )
    return channel


@transaction.atomic
def channel_update(
    *, actor: Any, channel: ServiceChannel, via: str = "web", **fields: Any
) -> ServiceChannel:
    before = snapshot(channel)
    _channel_write(actor, channel, fields)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=channel,
        before=before,
        after=snapshot(channel),
        via=via,
        related=channel.service,
    )
    return channel


@transaction.atomic
def channel_remove(*, actor: Any, channel: ServiceChannel, via: str = "web") -> None:
    """The channel and its monthly figures."""
    permissions.require(permissions.can_edit_citizen_service(actor, channel.service))
    audited_delete(actor=actor, instance=channel, via=via, related=channel.service)


# --- monthly figures ------------------------------------------------------------------


def first_of_month(value: dt.date) -> dt.date:
    return value.replace(day=1)


def _check_month(month: dt.date) -> None:
    if month > first_of_month(timezone.localdate()):
        raise ValidationError({"month": [_("Figures are recorded for past months only.")]})


@transaction.atomic
def figures_record(
    *, actor: Any, channel: ServiceChannel, month: dt.date, via: str = "web", **fields: Any
) -> tuple[ChannelFigures, bool]:
    """Set a channel's figures for a month: create them, or change the month's figures
    that are there. Returns (figures, created)."""
    permissions.require(permissions.can_edit_citizen_service(actor, channel.service))
    reject_unknown_fields(fields, FIGURE_FIELDS)
    month = first_of_month(month)
    _check_month(month)
    figures = ChannelFigures.objects.filter(channel=channel, month=month).first()
    created = figures is None
    figures = figures or ChannelFigures(channel=channel, month=month)
    before = None if created else snapshot(figures)
    for name, value in fields.items():
        setattr(figures, name, value)
    figures.full_clean(validate_constraints=False)
    figures.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        instance=figures,
        before=before,
        after=snapshot(figures),
        via=via,
        related=channel.service,
    )
    return figures, created


@transaction.atomic
def figures_update(
    *, actor: Any, figures: ChannelFigures, via: str = "web", **fields: Any
) -> ChannelFigures:
    """Change a month's figures; only the fields given change."""
    figures, _created = figures_record(
        actor=actor, channel=figures.channel, month=figures.month, via=via, **fields
    )
    return figures


@transaction.atomic
def figures_delete(*, actor: Any, figures: ChannelFigures, via: str = "web") -> None:
    permissions.require(permissions.can_edit_citizen_service(actor, figures.channel.service))
    audited_delete(actor=actor, instance=figures, via=via, related=figures.channel.service)
