from django.contrib import admin

from anker.core.admin import ReadOnlyAdmin, ReadOnlyInlineMixin
from anker.portfolio.models import (
    Initiative,
    InitiativeBlock,
    Kpi,
    KpiMeasurement,
    Skill,
    StageDecision,
)


class BlockInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = InitiativeBlock
    extra = 0
    raw_id_fields = ("block",)


class DecisionInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = StageDecision
    extra = 0
    fields = ("decided_on", "decision", "from_stage", "to_stage", "evidence_level")


@admin.register(Initiative)
class InitiativeAdmin(ReadOnlyAdmin):
    list_display = ("name", "owner", "stage", "stage_since", "started_on")
    list_filter = ("stage",)
    search_fields = ("name", "slug", "owner__name")
    raw_id_fields = ("owner", "partners", "capabilities", "skills")
    inlines = [BlockInline, DecisionInline]


@admin.register(StageDecision)
class StageDecisionAdmin(ReadOnlyAdmin):
    list_display = ("initiative", "decided_on", "decision", "from_stage", "to_stage")
    list_filter = ("decision", "to_stage", "evidence_level")
    raw_id_fields = ("initiative", "decided_by")


@admin.register(Kpi)
class KpiAdmin(ReadOnlyAdmin):
    list_display = ("name", "initiative", "unit", "direction", "target")
    raw_id_fields = ("initiative",)


@admin.register(KpiMeasurement)
class KpiMeasurementAdmin(ReadOnlyAdmin):
    list_display = ("kpi", "measured_on", "value")
    raw_id_fields = ("kpi", "recorded_by")


@admin.register(Skill)
class SkillAdmin(ReadOnlyAdmin):
    list_display = ("name",)
    search_fields = ("name",)
