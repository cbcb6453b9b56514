"""API schemas of the portfolio: initiatives, stage decisions, KPIs, measurements, skills."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import SLUG_PATTERN, BlockRef, Input, OrganisationRef, unset
from anker.portfolio.models import BlockRole, KpiDirection
from anker.portfolio.selectors import ORDERINGS
from anker.portfolio.stages import DecisionKind, Stage

InitiativeOrdering = Literal[tuple(ORDERINGS)]  # type: ignore[valid-type]
DecisionOrdering = Literal["decided_on", "-decided_on"]
LEVEL = "Evidence level: 1 anecdote, 2 measured, 3 compared with a baseline or control "
LEVEL += "group, 4 independently evaluated, 5 replicated in other organisations."


class InitiativeRef(Schema):
    """An initiative named by its slug, with its name for display."""

    slug: str = Field(..., description="The initiative's slug.")
    name: str = Field(..., description="The initiative's name.")


def _visible_blocks(obj: Any, role: str) -> list[Any]:
    """The linked blocks the reader may see (the API prefetches them as ``visible_links``)."""
    return [link.block for link in getattr(obj, "visible_links", []) if link.role == role]


class InitiativeOut(Schema):
    """A portfolio item: who owns it, where it stands, what it aims for and produces."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The initiative's address in anker.")
    name: str = Field(..., description="The initiative's name.")
    summary: str = Field(..., description="One sentence: what it changes.")
    description: str = Field(..., description="A longer description.")
    owner: OrganisationRef = Field(..., description="The organisation that owns it.")
    partners: list[OrganisationRef] = Field(..., description="Partner organisations.")
    stage: Stage = Field(..., description="Where it stands; changed only by stage decisions.")
    stage_since: dt.date = Field(..., description="Date of the last stage change (or the start).")
    days_in_stage: int = Field(..., description="Days since the last stage change.")
    is_stalled: bool = Field(..., description="A pilot that has not moved for over a year.")
    started_on: dt.date = Field(..., description="When it started.")
    goals: list[str] = Field(..., description="What it aims for.")
    skills: list[str] = Field(..., description="Skills it needs.")
    capabilities: list[str] = Field(..., description="Slugs of the capabilities it works on.")
    citizen_services: list[str] = Field(
        ..., description="Slugs of the citizen services it improves."
    )
    produces: list[BlockRef] = Field(
        ..., description="Building blocks it produced (those the reader may see)."
    )
    uses: list[BlockRef] = Field(
        ..., description="Building blocks it uses (those the reader may see)."
    )
    homepage_url: str = Field(..., description="Its home page.")
    created: dt.datetime = Field(..., description="When the record was made.")
    modified: dt.datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_partners(obj: Any) -> list[Any]:
        return list(obj.partners.all())

    @staticmethod
    def resolve_days_in_stage(obj: Any) -> int:
        return obj.days_in_stage()

    @staticmethod
    def resolve_skills(obj: Any) -> list[str]:
        return [skill.name for skill in obj.skills.all()]

    @staticmethod
    def resolve_capabilities(obj: Any) -> list[str]:
        return [capability.slug for capability in obj.capabilities.all()]

    @staticmethod
    def resolve_citizen_services(obj: Any) -> list[str]:
        return [service.slug for service in obj.citizen_services.all()]

    @staticmethod
    def resolve_produces(obj: Any) -> list[Any]:
        return _visible_blocks(obj, BlockRole.PRODUCES)

    @staticmethod
    def resolve_uses(obj: Any) -> list[Any]:
        return _visible_blocks(obj, BlockRole.USES)


InitiativePage = page_schema(InitiativeOut, "InitiativePage")


class InitiativeFilters(PageQuery):
    """Filters and ordering of the initiative list."""

    q: str | None = Field(None, max_length=200, description="Part of the name or summary.")
    stage: list[Stage] = Field([], description="Only initiatives at this stage (repeatable).")
    organisation: str | None = Field(
        None, max_length=120, description="Only initiatives this organisation owns or partners in."
    )
    capability: str | None = Field(
        None, max_length=120, description="Only initiatives on this capability or one below it."
    )
    skill: str | None = Field(
        None, max_length=100, description="Only initiatives needing this skill."
    )
    citizen_service: str | None = Field(
        None, max_length=120, description="Only initiatives improving this citizen service (slug)."
    )
    stalled: bool = Field(False, description="Only pilots that have not moved for over a year.")
    ordering: InitiativeOrdering = Field("name", description="Sort order; `-` reverses.")


class InitiativeCreate(Input):
    """A new initiative, for an organisation the caller edits for."""

    name: str = Field(..., min_length=1, max_length=300, description="The initiative's name.")
    owner: str = Field(..., description="The owner organisation's slug.")
    slug: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Default: made from the name."
    )
    stage: Stage = Field(
        Stage.IDEA,
        description="The stage it enters the portfolio at (not `stopped`); later moves are "
        "stage decisions.",
    )
    started_on: dt.date | None = Field(None, description="When it started; default today.")
    summary: str = Field("", max_length=300, description="One sentence: what it changes.")
    description: str = Field("", description="A longer description.")
    goals: list[str] = Field([], max_length=20, description="What it aims for.")
    skills: list[str] = Field([], max_length=30, description="Skills it needs.")
    partners: list[str] = Field([], max_length=100, description="Slugs of partner organisations.")
    capabilities: list[str] = Field([], max_length=100, description="Slugs of capabilities.")
    citizen_services: list[str] = Field(
        [], max_length=100, description="Slugs of the citizen services it improves."
    )
    produces: list[str] = Field(
        [], max_length=100, description="Slugs of blocks it produced (the owner's or a partner's)."
    )
    uses: list[str] = Field([], max_length=100, description="Slugs of blocks it uses.")
    homepage_url: str = Field("", max_length=500, description="Its home page.")


class InitiativeUpdate(Input):
    """Changes to an initiative; leave a field out to keep it. The stage is not here:
    record a stage decision instead."""

    name: str = unset("The initiative's name.", min_length=1, max_length=300)
    owner: str = unset("The owner organisation's slug (you must edit for it).")
    started_on: dt.date = unset("When it started.")
    summary: str = unset("One sentence: what it changes.", max_length=300)
    description: str = unset("A longer description.")
    goals: list[str] = unset("What it aims for; replaces the list.", max_length=20)
    skills: list[str] = unset("Skills it needs; replaces the list.", max_length=30)
    partners: list[str] = unset(
        "Slugs of partner organisations; replaces the list.", max_length=100
    )
    capabilities: list[str] = unset("Slugs of capabilities; replaces the list.", max_length=100)
    citizen_services: list[str] = unset(
        "Slugs of the citizen services it improves; replaces the list.", max_length=100
    )
    produces: list[str] = unset("Slugs of blocks it produced; replaces the list.", max_length=100)
    uses: list[str] = unset("Slugs of blocks it uses; replaces the list.", max_length=100)
    homepage_url: str = unset("Its home page.", max_length=500)


# --- evidence and stage decisions ------------------------------------------------------


class KpiTrendOut(Schema):
    """How one KPI moved between its first and last measurement."""

    name: str = Field(..., description="The KPI.")
    unit: str = Field(..., description="Its unit.")
    direction: KpiDirection = Field(..., description="Which way is better.")
    first: float | None = Field(None, description="The first value, if any.")
    last: float | None = Field(None, description="The last value, if any.")
    measurements: int = Field(..., description="How many values were measured.")
    trend: Literal["improving", "worsening", "flat", "unknown"] = Field(
        ..., description="Towards the target, away from it, unchanged, or too few values."
    )


class EvidenceFactsOut(Schema):
    """What the evidence check saw in the data."""

    as_of: dt.date | None = Field(None, description="The date the data were taken as of.")
    produced_blocks: int = Field(..., description="Building blocks the initiative produced.")
    reusers: list[str] = Field(
        ..., description="Organisations (other than the owner) reusing them, piloting or in use."
    )
    reusers_outside_partners: int = Field(..., description="Of those, how many are not partners.")
    confirmed_reusers: int = Field(..., description="Of those, how many confirmed the reuse.")
    stopped_reusers: int = Field(..., description="Organisations that stopped reusing them.")
    kpis: list[KpiTrendOut] = Field(..., description="Each KPI's movement.")


class EvidenceWarningOut(Schema):
    """Where the data contradict the evidence claimed."""

    code: str = Field(..., description="A stable code, e.g. `no-reuse` or `kpi-worsening`.")
    message: str = Field(..., description="The warning in the reader's language.")


class EvidenceCheckOut(Schema):
    """The evidence check of a move to scaling or anchored, on today's data."""

    to_stage: Stage = Field(..., description="The stage the move would go to.")
    evidence_level: int = Field(..., description=LEVEL)
    facts: EvidenceFactsOut = Field(..., description="What the check saw.")
    warnings: list[EvidenceWarningOut] = Field(..., description="Contradictions found.")


class EvidenceCheckQuery(Schema):
    """The move to check."""

    to_stage: Literal["scaling", "anchored"] = Field(..., description="The stage to move to.")
    evidence_level: int = Field(..., ge=1, le=5, description=LEVEL)


def _warnings(stored: list[dict[str, Any]]) -> list[dict[str, str]]:
    from anker.portfolio.evidence import warning_message

    return [
        {
            "code": w.get("code", ""),
            "message": warning_message(w.get("code", ""), w.get("params", {})),
        }
        for w in stored or []
    ]


class StageDecisionOut(Schema):
    """A recorded stage gate: from, to, the decision, when, who, why, on what evidence."""

    uuid: UUID = Field(..., description="Stable identifier.")
    initiative: InitiativeRef = Field(..., description="The initiative decided on.")
    from_stage: Stage = Field(..., description="The stage before.")
    to_stage: Stage = Field(..., description="The stage after.")
    decision: DecisionKind = Field(..., description="Go, hold, recycle or stop.")
    decided_on: dt.date = Field(..., description="The date of the decision.")
    recorded_by: str | None = Field(None, description="Who recorded it (user name).")
    decision_maker: str = Field(..., description="Who took it, e.g. a portfolio board.")
    rationale: str = Field(..., description="Why.")
    evidence_level: int = Field(..., description=LEVEL)
    evidence: str = Field(..., description="The evidence in words.")
    links: list[str] = Field(..., description="Minutes, reports, evaluations.")
    warnings: list[EvidenceWarningOut] = Field(
        ..., description="What the evidence check warned about when the decision was taken."
    )
    facts: EvidenceFactsOut | None = Field(
        None, description="What the evidence check saw (moves to scaling or anchored only)."
    )
    created: dt.datetime = Field(..., description="When it was recorded.")

    @staticmethod
    def resolve_recorded_by(obj: Any) -> str | None:
        return obj.decided_by_name or None

    @staticmethod
    def resolve_warnings(obj: Any) -> list[dict[str, str]]:
        return _warnings(obj.warnings)


StageDecisionPage = page_schema(StageDecisionOut, "StageDecisionPage")


class StageDecisionFilters(PageQuery):
    """Filters of the stage history."""

    initiative: str | None = Field(None, max_length=120, description="Only this initiative (slug).")
    decision: list[DecisionKind] = Field([], description="Only these decisions (repeatable).")
    to_stage: list[Stage] = Field([], description="Only moves into these stages (repeatable).")
    decided_from: dt.date | None = Field(None, description="Only decisions on or after this date.")
    decided_until: dt.date | None = Field(
        None, description="Only decisions on or before this date."
    )
    ordering: DecisionOrdering = Field("decided_on", description="Sort order; `-` reverses.")


class StageDecisionCreate(Input):
    """A gate decision. A move to scaling or anchored needs `evidence` and is checked
    against the data; if the check warns, send `acknowledge_warnings: true` to go ahead
    (the warnings are stored with the decision)."""

    initiative: str = Field(..., description="The initiative's slug.")
    decision: DecisionKind = Field(..., description="Go, hold, recycle or stop.")
    to_stage: Stage | None = Field(
        None,
        description="Needed only where the decision has a choice (an idea may go to "
        "experiment or pilot); see `listStageTransitions`.",
    )
    decided_on: dt.date | None = Field(None, description="The date of the decision; default today.")
    rationale: str = Field(..., min_length=1, description="Why.")
    evidence_level: int = Field(..., ge=1, le=5, description=LEVEL)
    evidence: str = Field("", description="The evidence in words.")
    decision_maker: str = Field(
        "", max_length=200, description="Who took it, e.g. a portfolio board."
    )
    links: list[str] = Field([], max_length=10, description="Addresses of minutes or reports.")
    acknowledge_warnings: bool = Field(
        False, description="Go ahead although the evidence check warns."
    )


class StageTransitionOut(Schema):
    """One row of the transition table: where a decision may lead from a stage."""

    from_stage: Stage = Field(..., description="The stage now.")
    decision: DecisionKind = Field(..., description="The decision.")
    to_stages: list[Stage] = Field(..., description="The stages it may lead to.")


# --- KPIs and measurements ---------------------------------------------------------------


class KpiValueOut(Schema):
    """One dated value of a KPI."""

    uuid: UUID = Field(..., description="Stable identifier of the measurement.")
    measured_on: dt.date = Field(..., description="When it was measured.")
    value: float = Field(..., description="The value.")
    note: str = Field(..., description="A note on the value.")


class KpiOut(Schema):
    """A key performance indicator with its measurements, oldest first."""

    uuid: UUID = Field(..., description="Stable identifier.")
    initiative: InitiativeRef = Field(..., description="The initiative it measures.")
    name: str = Field(..., description="What is measured.")
    unit: str = Field(..., description="The unit, e.g. % or days.")
    direction: KpiDirection = Field(..., description="Which way is better.")
    baseline: float | None = Field(None, description="The value before the initiative.")
    target: float | None = Field(None, description="The value aimed for.")
    position: int = Field(..., description="Order among the initiative's KPIs.")
    measurements: list[KpiValueOut] = Field(..., description="The measured values.")

    @staticmethod
    def resolve_measurements(obj: Any) -> list[Any]:
        return list(obj.measurements.all())


KpiPage = page_schema(KpiOut, "KpiPage")


class KpiFilters(PageQuery):
    """Filters of the KPI list."""

    initiative: str | None = Field(None, max_length=120, description="Only this initiative's KPIs.")


class KpiCreate(Input):
    """A new KPI of an initiative."""

    initiative: str = Field(..., description="The initiative's slug.")
    name: str = Field(..., min_length=1, max_length=200, description="What is measured.")
    unit: str = Field("", max_length=50, description="The unit, e.g. % or days.")
    direction: KpiDirection = Field(KpiDirection.HIGHER, description="Which way is better.")
    baseline: float | None = Field(None, allow_inf_nan=False, description="The value before.")
    target: float | None = Field(None, allow_inf_nan=False, description="The value aimed for.")
    position: int | None = Field(None, ge=0, description="Order; default: last.")


class KpiUpdate(Input):
    """Changes to a KPI; leave a field out to keep it."""

    name: str = unset("What is measured.", min_length=1, max_length=200)
    unit: str = unset("The unit.", max_length=50)
    direction: KpiDirection = unset("Which way is better.")
    baseline: float | None = unset("The value before; null to clear.", allow_inf_nan=False)
    target: float | None = unset("The value aimed for; null to clear.", allow_inf_nan=False)
    position: int = unset("Order among the initiative's KPIs.", ge=0)


class MeasurementOut(Schema):
    """One dated value of a KPI."""

    uuid: UUID = Field(..., description="Stable identifier.")
    kpi: UUID = Field(..., description="The KPI's UUID.")
    initiative: InitiativeRef = Field(..., description="The initiative.")
    measured_on: dt.date = Field(..., description="When it was measured.")
    value: float = Field(..., description="The value.")
    note: str = Field(..., description="A note on the value.")
    recorded_by: str | None = Field(None, description="Who recorded it (user name).")
    created: dt.datetime = Field(..., description="When it was recorded.")

    @staticmethod
    def resolve_kpi(obj: Any) -> UUID:
        return obj.kpi.uuid

    @staticmethod
    def resolve_initiative(obj: Any) -> Any:
        return obj.kpi.initiative

    @staticmethod
    def resolve_recorded_by(obj: Any) -> str | None:
        return obj.recorded_by.get_username() if obj.recorded_by_id else None


MeasurementPage = page_schema(MeasurementOut, "MeasurementPage")


class MeasurementFilters(PageQuery):
    """Filters of the measurement list."""

    kpi: UUID | None = Field(None, description="Only this KPI's values.")
    initiative: str | None = Field(
        None, max_length=120, description="Only this initiative's values."
    )


class MeasurementCreate(Input):
    """A dated value of a KPI; one per KPI and date."""

    kpi: UUID = Field(..., description="The KPI's UUID.")
    measured_on: dt.date = Field(..., description="When it was measured (not in the future).")
    value: float = Field(..., allow_inf_nan=False, description="The value.")
    note: str = Field("", max_length=500, description="A note on the value.")


class SkillOut(Schema):
    """A skill initiatives need."""

    name: str = Field(..., description="The skill.")
    initiative_count: int = Field(..., description="How many initiatives need it.")


SkillPage = page_schema(SkillOut, "SkillPage")


class SkillFilters(PageQuery):
    """Filters of the skill list."""

    q: str | None = Field(None, max_length=100, description="Part of the skill's name.")
