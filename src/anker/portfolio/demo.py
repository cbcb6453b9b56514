"""Loading the demo portfolio (``anker.demo.data.initiatives``) in bulk.

The loader walks every initiative's history through the transition table and runs the
evidence check on each move to scaling or anchored as the data stood that day, so the
demo's decisions carry exactly the warnings the gate would have given. A history that
breaks the table stops the load: the demo data are reviewed code, not free input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from anker.core.models import SourceFormat
from anker.portfolio.evidence import evidence_check
from anker.portfolio.models import (
    Initiative,
    InitiativeBlock,
    Kpi,
    KpiMeasurement,
    Skill,
    StageDecision,
)
from anker.portfolio.stages import changes_stage, is_allowed, is_evidence_gated


def wipe_portfolio() -> None:
    """Remove every initiative (and with them decisions, KPIs and links) and the skills."""
    Initiative.objects.all().delete()
    Skill.objects.all().delete()


def _initiatives(data: list[dict[str, Any]], organisations: dict[str, Any]) -> dict[str, Any]:
    created = Initiative.objects.bulk_create(
        [
            Initiative(
                slug=item["slug"],
                name=item["name"],
                owner=organisations[item["owner"]],
                summary=item["summary"],
                started_on=dt.date.fromisoformat(item["started_on"]),
                stage=item["entered"],
                stage_since=dt.date.fromisoformat(item["started_on"]),
                goals=item["goals"],
                source_format=SourceFormat.DEMO,
                external_id=item["slug"],
            )
            for item in data
        ]
    )
    return {initiative.slug: initiative for initiative in created}


def _relations(
    data: list[dict[str, Any]],
    initiatives: dict[str, Initiative],
    organisations: dict[str, Any],
    blocks: dict[str, Any],
    capabilities: dict[str, Any],
) -> None:
    skills = {
        name: Skill.objects.create(name=name)
        for name in sorted({skill for item in data for skill in item["skills"]})
    }
    Initiative.partners.through.objects.bulk_create(
        Initiative.partners.through(
            initiative=initiatives[item["slug"]], organisation=organisations[slug]
        )
        for item in data
        for slug in item["partners"]
    )
    Initiative.skills.through.objects.bulk_create(
        Initiative.skills.through(initiative=initiatives[item["slug"]], skill=skills[name])
        for item in data
        for name in item["skills"]
    )
    Initiative.capabilities.through.objects.bulk_create(
        Initiative.capabilities.through(
            initiative=initiatives[item["slug"]], capability=capabilities[slug]
        )
        for item in data
        for slug in item["capabilities"]
    )
    _citizen_services(data, initiatives)
    InitiativeBlock.objects.bulk_create(
        InitiativeBlock(initiative=initiatives[item["slug"]], block=blocks[slug], role=role)
        for item in data
        for role in ("produces", "uses")
        for slug in item[role]
    )


def _citizen_services(data: list[dict[str, Any]], initiatives: dict[str, Initiative]) -> None:
    """Links to the demo's citizen services, which ``load.py`` loads before the portfolio."""
    from anker.citizenservices.models import CitizenService

    wanted = {slug for item in data for slug in item["citizen_services"]}
    services = {s.slug: s for s in CitizenService.objects.filter(slug__in=wanted)}
    Initiative.citizen_services.through.objects.bulk_create(
        Initiative.citizen_services.through(
            initiative=initiatives[item["slug"]], citizenservice=services[slug]
        )
        for item in data
        for slug in item["citizen_services"]
    )


def _kpis(data: list[dict[str, Any]], initiatives: dict[str, Initiative]) -> int:
    from anker.demo.data.initiatives import measurement_dates

    kpis, values = [], []
    for item in data:
        for position, spec in enumerate(item["kpis"]):
            kpi = Kpi(
                initiative=initiatives[item["slug"]],
                name=spec["name"],
                unit=spec["unit"],
                direction=spec["direction"],
                baseline=Decimal(str(spec["baseline"])) if spec["baseline"] is not None else None,
                target=Decimal(str(spec["target"])) if spec["target"] is not None else None,
                position=position,
            )
            kpis.append(kpi)
            dates = measurement_dates(spec["first"], spec["every"], len(spec["values"]))
            values.append(list(zip(dates, spec["values"], strict=True)))
    Kpi.objects.bulk_create(kpis)
    measurements = [
        KpiMeasurement(kpi=kpi, measured_on=date, value=Decimal(str(value)))
        for kpi, series in zip(kpis, values, strict=True)
        for date, value in series
    ]
    KpiMeasurement.objects.bulk_create(measurements, batch_size=1000)
    return len(measurements)


def _decisions(data: list[dict[str, Any]], initiatives: dict[str, Initiative]) -> int:
    records = []
    for item in data:
        initiative = initiatives[item["slug"]]
        for date, decision, to_stage, level, maker, rationale, evidence in item["history"]:
            if not is_allowed(initiative.stage, decision, to_stage):
                raise ValueError(f"{item['slug']}: {decision} {initiative.stage} → {to_stage}")
            record = StageDecision(
                initiative=initiative,
                from_stage=initiative.stage,
                to_stage=to_stage,
                decision=decision,
                decided_on=dt.date.fromisoformat(date),
                decision_maker=maker,
                rationale=rationale,
                evidence_level=level,
                evidence=evidence,
                source_format=SourceFormat.DEMO,
            )
            if is_evidence_gated(decision, to_stage):
                check = evidence_check(
                    initiative, to_stage=to_stage, evidence_level=level, as_of=record.decided_on
                )
                record.facts, record.warnings = check.stored_facts(), check.stored_warnings()
            records.append(record)
            initiative.stage = to_stage
            if changes_stage(decision):
                initiative.stage_since = record.decided_on
    StageDecision.objects.bulk_create(records)
    Initiative.objects.bulk_update(list(initiatives.values()), ["stage", "stage_since"])
    return len(records)


def load_portfolio(
    data: list[dict[str, Any]],
    *,
    organisations: dict[str, Any],
    blocks: dict[str, Any],
    capabilities: dict[str, Any],
) -> dict[str, int]:
    """Load the initiatives after organisations, blocks, capabilities and reuse (the
    evidence check reads reuse). Returns what was made, by kind."""
    initiatives = _initiatives(data, organisations)
    _relations(data, initiatives, organisations, blocks, capabilities)
    measurements = _kpis(data, initiatives)
    decisions = _decisions(data, initiatives)
    return {
        "initiatives": len(initiatives),
        "stage decisions": decisions,
        "KPI measurements": measurements,
    }
