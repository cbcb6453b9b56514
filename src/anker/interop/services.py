"""Writes of the interop app: harvest sources (add, change, remove), an upload or a
harvest turned into stored import runs, and the queueing of scheduled harvests."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.core.services import reject_unknown_fields
from anker.interop import registry, sources
from anker.interop.models import ImportRun, Schedule, Source
from anker.interop.registry import ImportContext

SOURCE_FIELDS = ("name", "url", "format", "organisation", "schedule", "enabled")
INTERVALS = {
    Schedule.DAILY: timedelta(days=1),
    Schedule.WEEKLY: timedelta(days=7),
    Schedule.MONTHLY: timedelta(days=30),
}


def importable_formats() -> list[registry.Format]:
    """Every registered format that can import, by label."""
    registry.load()
    return sorted(
        (fmt for fmt in registry.FORMATS.values() if fmt.importer is not None),
        key=lambda fmt: fmt.label.lower(),
    )


def _names() -> set[str]:
    return {fmt.name for fmt in importable_formats()}


def _validate_source(source: Source) -> None:
    errors: dict[str, list[str]] = {}
    if source.format not in _names():
        errors["format"] = [
            _("Unknown format %(format)s; anker imports: %(known)s.")
            % {"format": source.format, "known": ", ".join(sorted(_names()))}
        ]
    try:
        URLValidator(schemes=["http", "https"])(source.url)
    except ValidationError:
        errors["url"] = [_("Give a web address that starts with http:// or https://.")]
    if errors:
        raise ValidationError(errors)
    source.full_clean()


@transaction.atomic
def source_create(*, actor: Any, via: str = "web", **fields: Any) -> Source:
    permissions.require(
        permissions.can_manage_sources(actor), _("Only coordinators configure harvest sources.")
    )
    reject_unknown_fields(fields, SOURCE_FIELDS)
    source = Source(**fields)
    _validate_source(source)
    source.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=source,
        before=None,
        after=snapshot(source),
        via=via,
    )
    return source


@transaction.atomic
def source_update(*, actor: Any, source: Source, via: str = "web", **fields: Any) -> Source:
    permissions.require(
        permissions.can_manage_sources(actor), _("Only coordinators configure harvest sources.")
    )
    reject_unknown_fields(fields, SOURCE_FIELDS)
    before = snapshot(source)
    for name, value in fields.items():
        setattr(source, name, value)
    _validate_source(source)
    source.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=source,
        before=before,
        after=snapshot(source),
        via=via,
    )
    return source


@transaction.atomic
def source_delete(*, actor: Any, source: Source, via: str = "web") -> None:
    """Remove a source; its import runs stay (they are the record of what happened)."""
    permissions.require(
        permissions.can_manage_sources(actor), _("Only coordinators configure harvest sources.")
    )
    audited_delete(actor=actor, instance=source, via=via)


def import_upload(
    *,
    actor: Any,
    format_name: str,
    filename: str,
    upload: Any,
    owner: Any = None,
    via: str = "web",
) -> ImportRun:
    """Import one uploaded file (anything with ``size`` and ``read()``), exactly as
    `anker import` would, and keep its report. The size is checked before reading."""
    permissions.require(permissions.can_import(actor), _("Only coordinators import."))
    fmt = registry.FORMATS.get(format_name) if format_name in _names() else None
    if fmt is None or fmt.importer is None:
        raise ValidationError(
            {
                "format": [
                    _("Unknown format %(format)s; anker imports: %(known)s.")
                    % {"format": format_name, "known": ", ".join(sorted(_names()))}
                ]
            }
        )
    if upload.size > sources.limit(fmt):
        raise ValidationError(
            {
                "file": [
                    _("The file is larger than %(size)d MiB.")
                    % {"size": sources.limit(fmt) // (1024 * 1024)}
                ]
            }
        )
    context = ImportContext(actor=actor, owner=owner, via=via)
    return sources.import_source(fmt, filename or "upload", upload.read(), context)


def harvest(source: Source, *, actor: Any = None, via: str = "harvest", progress=None) -> list:
    """Fetch the source and import what it holds; the runs are linked to the source. A
    source that cannot be fetched gives one run with that reason, so it shows up in the
    reports like any other failure. ``progress(done, total)`` is called per file."""
    fmt = registry.get(source.format)
    context = ImportContext(actor=actor, owner=source.organisation, via=via)
    runs: list[ImportRun] = []
    try:
        items = list(sources.read_sources(source.url, fmt))
    except sources.SourceError as error:
        runs.append(sources.failed_run(fmt, source.url, str(error), context))
        items = []
    for done, (name, data) in enumerate(items, start=1):
        runs.append(sources.import_source(fmt, name, data, context))
        if progress:
            progress(done, len(items))
    ImportRun.objects.filter(pk__in=[run.pk for run in runs]).update(harvest_source=source)
    for run in runs:
        run.harvest_source = source
    Source.objects.filter(pk=source.pk).update(last_harvested=timezone.now(), queued_at=None)
    source.refresh_from_db()
    return runs


def due_sources(now=None) -> list[Source]:
    """Enabled scheduled sources whose interval has passed and that are not queued."""
    now = now or timezone.now()
    due = []
    for source in Source.objects.filter(enabled=True, queued_at__isnull=True).exclude(
        schedule=Schedule.MANUAL
    ):
        interval = INTERVALS[source.schedule]
        if source.last_harvested is None or now - source.last_harvested >= interval:
            due.append(source)
    return due


def queue_harvest(source: Source) -> bool:
    """Queue one harvest of ``source`` for the worker; False when one already waits."""
    from anker.interop.tasks import harvest_source

    with transaction.atomic():
        claimed = Source.objects.filter(pk=source.pk, queued_at__isnull=True).update(
            queued_at=timezone.now()
        )
        if claimed:
            transaction.on_commit(lambda: harvest_source.enqueue(source.pk))
    return bool(claimed)


def queue_due_harvests(now=None) -> int:
    """Queue every due source; returns how many were queued."""
    return sum(queue_harvest(source) for source in due_sources(now))
