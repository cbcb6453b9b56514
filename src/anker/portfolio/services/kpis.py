"""Writes to KPIs and their dated measurements. Partners' editors may record
measurements too (``permissions.can_record_measurement``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.core.services import reject_unknown_fields
from anker.portfolio.models import Initiative, Kpi, KpiMeasurement

KPI_FIELDS = ("name", "unit", "direction", "baseline", "target", "position")


@transaction.atomic
def kpi_create(*, actor: Any, initiative: Initiative, via: str = "web", **fields: Any) -> Kpi:
    permissions.require(permissions.can_edit_initiative(actor, initiative))
    reject_unknown_fields(fields, KPI_FIELDS)
    if "position" not in fields or fields["position"] is None:
        fields["position"] = initiative.kpis.count()
    kpi = Kpi(initiative=initiative, **fields)
    _validate_kpi(kpi)
    kpi.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=kpi,
        before=None,
        after=snapshot(kpi),
        via=via,
        related=initiative,
    )
    return kpi


def _validate_kpi(kpi: Kpi) -> None:
    kpi.name = (kpi.name or "").strip()
    duplicate = Kpi.objects.filter(initiative_id=kpi.initiative_id, name__iexact=kpi.name)
    if duplicate.exclude(pk=kpi.pk).exists():
        raise ValidationError({"name": [_("The initiative already has a KPI of this name.")]})
    kpi.full_clean(validate_unique=False)


@transaction.atomic
def kpi_update(*, actor: Any, kpi: Kpi, via: str = "web", **fields: Any) -> Kpi:
    permissions.require(permissions.can_edit_initiative(actor, kpi.initiative))
    reject_unknown_fields(fields, KPI_FIELDS)
    before = snapshot(kpi)
    for name, value in fields.items():
        setattr(kpi, name, value)
    _validate_kpi(kpi)
    kpi.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=kpi,
        before=before,
        after=snapshot(kpi),
        via=via,
        related=kpi.initiative,
    )
    return kpi


@transaction.atomic
def kpi_delete(*, actor: Any, kpi: Kpi, via: str = "web") -> None:
    """Remove a KPI with its measurements."""
    permissions.require(permissions.can_edit_initiative(actor, kpi.initiative))
    before = snapshot(kpi, extra={"measurements": kpi.measurements.count()})
    audited_delete(actor=actor, instance=kpi, before=before, via=via, related=kpi.initiative)


@transaction.atomic
def measurement_record(
    *,
    actor: Any,
    kpi: Kpi,
    measured_on: dt.date,
    value: Decimal | float | int,
    note: str = "",
    via: str = "web",
) -> KpiMeasurement:
    """Add a dated value. The owner's editors, coordinators and the partners' editors
    may: partners often run the pilot and hold the figures."""
    permissions.require(
        permissions.can_record_measurement(actor, kpi.initiative),
        _("Only editors of the owner or of a partner organisation record measurements."),
    )
    if KpiMeasurement.objects.filter(kpi=kpi, measured_on=measured_on).exists():
        raise ValidationError(
            {"measured_on": [_("This KPI has a value for that date; remove it first.")]}
        )
    measurement = KpiMeasurement(
        kpi=kpi,
        measured_on=measured_on,
        value=Decimal(str(value)) if value is not None else None,
        note=(note or "").strip(),
        recorded_by=actor if permissions.is_signed_in(actor) else None,
    )
    measurement.full_clean()
    measurement.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=measurement,
        before=None,
        after=snapshot(measurement, extra={"kpi": kpi.name}),
        via=via,
        related=kpi.initiative,
    )
    return measurement


@transaction.atomic
def measurement_delete(*, actor: Any, measurement: KpiMeasurement, via: str = "web") -> None:
    initiative = measurement.kpi.initiative
    permissions.require(permissions.can_remove_measurement(actor, measurement))
    audited_delete(
        actor=actor,
        instance=measurement,
        before=snapshot(measurement, extra={"kpi": measurement.kpi.name}),
        via=via,
        related=initiative,
    )
