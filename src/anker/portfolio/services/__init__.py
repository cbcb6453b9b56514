"""Every write to the portfolio: initiatives with their partners, skills, capabilities,
citizen services and blocks; stage decisions through the gate; KPIs and measurements.
Each function checks permissions, validates, writes in one transaction and records an
audit event. Split by entity; callers import from here."""

from anker.portfolio.services.decisions import decision_snapshot, stage_decide
from anker.portfolio.services.initiatives import (
    EDITABLE_FIELDS,
    RESERVED_SLUGS,
    initiative_create,
    initiative_delete,
    initiative_snapshot,
    initiative_update,
    skills_by_name,
)
from anker.portfolio.services.kpis import (
    KPI_FIELDS,
    kpi_create,
    kpi_delete,
    kpi_update,
    measurement_delete,
    measurement_record,
)

__all__ = [
    "EDITABLE_FIELDS",
    "KPI_FIELDS",
    "RESERVED_SLUGS",
    "decision_snapshot",
    "initiative_create",
    "initiative_delete",
    "initiative_snapshot",
    "initiative_update",
    "kpi_create",
    "kpi_delete",
    "kpi_update",
    "measurement_delete",
    "measurement_record",
    "skills_by_name",
    "stage_decide",
]
