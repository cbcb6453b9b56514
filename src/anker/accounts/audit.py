"""Writing and reading the audit log: who changed what, when, before and after."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

from django.db import models

from anker.accounts.models import AuditAction, AuditEvent


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, list | tuple | set):
        return sorted(_plain(item) for item in value)
    return value


def snapshot(instance: models.Model, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The instance's concrete fields as JSON-ready values (foreign keys by their string
    form, so the log stays readable after the target is gone)."""
    data: dict[str, Any] = {}
    for field in instance._meta.concrete_fields:
        if field.name in {"id", "created", "modified", "search_document"}:
            continue
        if isinstance(field, models.ForeignKey):
            target = getattr(instance, field.name)
            data[field.name] = str(target) if target is not None else None
        else:
            data[field.name] = _plain(getattr(instance, field.attname))
    for key, value in (extra or {}).items():
        data[key] = _plain(value)
    return data


def audit_record(
    *,
    actor: Any,
    action: str,
    instance: models.Model,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    via: str = "web",
    related: models.Model | None = None,
) -> AuditEvent | None:
    """Write one audit event. An update that changed nothing writes nothing."""
    if action == AuditAction.UPDATE and before == after:
        return None
    signed_in = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEvent.objects.create(
        actor=actor if signed_in else None,
        actor_label=actor.get_username() if signed_in else "system",
        action=action,
        entity_type=instance._meta.label_lower,
        entity_uuid=instance.uuid,
        entity_label=str(instance)[:300],
        before=before,
        after=after,
        via=via,
        related_uuid=getattr(related, "uuid", None),
    )


def history_of(entity_uuid: uuid.UUID, *, limit: int = 50) -> list[AuditEvent]:
    """Events about the entity itself and about edges that point at it."""
    return list(
        AuditEvent.objects.filter(
            models.Q(entity_uuid=entity_uuid) | models.Q(related_uuid=entity_uuid)
        ).select_related("actor")[:limit]
    )


def audited_delete(
    *,
    actor: Any,
    instance: models.Model,
    before: dict[str, Any] | None = None,
    via: str = "web",
    related: models.Model | None = None,
) -> None:
    """Record the deletion (with the state before it) and delete."""
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        instance=instance,
        before=before if before is not None else snapshot(instance),
        after=None,
        via=via,
        related=related,
    )
    instance.delete()
