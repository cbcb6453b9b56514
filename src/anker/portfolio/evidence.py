"""The stage gate's evidence check: what the data say about a move to scaling or anchored.

A decider claims an evidence level; anker looks at what it can see for itself, as it
stood on the decision's date:

- **reuse** of the blocks the initiative *produced* by organisations other than its
  owner (reuse that is piloting or in use; evaluating is not yet reuse), how many of
  those are outside the initiative's own partners, how many reusers confirmed it, and
  how many stopped;
- **KPIs**: whether each moved towards or away from its target between its first and
  last measurement.

Where the data contradict the claim, the check returns warnings. The gate still lets
the owner or a coordinator go on, with a rationale, but the warnings and the facts are
stored with the decision. Warnings are kept as a code with parameters and put into words
when shown, so that each reader reads them in their own language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from anker.portfolio.models import BlockRole, Initiative, KpiDirection, KpiMeasurement
from anker.portfolio.stages import USUAL_EVIDENCE_LEVEL, EvidenceLevel, Stage

# Anchoring as the recommended standard asks for reuse by at least this many others.
ANCHORING_REUSERS = 3

MESSAGES = {
    "no-produced-blocks": gettext_lazy(
        "It records no building block that it produced, so no reuse can back this move."
    ),
    "no-reuse": gettext_lazy(
        "Claims evidence level %(level)d but none of the blocks it produced is reused by "
        "another organisation."
    ),
    "partners-only": gettext_lazy(
        "The blocks it produced are reused only by its own partners, not yet beyond the initiative."
    ),
    "unconfirmed-reuse": gettext_lazy(
        "None of the organisations said to reuse its blocks has confirmed it: the reuse is "
        "only the provider's claim."
    ),
    "few-reusers": gettext_lazy(
        "Anchoring as a standard usually asks for reuse by at least %(needed)d other "
        "organisations; its blocks are reused by %(count)d."
    ),
    "not-replicated": gettext_lazy(
        "Claims evidence level 5 (replicated) but fewer than two other organisations reuse "
        "its blocks."
    ),
    "more-stopped": gettext_lazy(
        "More organisations stopped reusing its blocks (%(stopped)d) than use them now "
        "(%(active)d)."
    ),
    "kpi-worsening": gettext_lazy(
        "These KPIs moved away from their target since the first measurement: %(names)s."
    ),
    "no-kpi-data": gettext_lazy(
        "Claims evidence level %(level)d but no KPI has two measurements to show a change."
    ),
    "low-level": gettext_lazy(
        "A move to %(stage)s usually needs evidence level %(usual)d or higher; this decision "
        "records level %(level)d."
    ),
}


@dataclass
class KpiTrend:
    name: str
    unit: str
    direction: str
    first: float | None
    last: float | None
    measurements: int
    trend: str  # improving, worsening, flat or unknown (fewer than two measurements)


@dataclass
class EvidenceFacts:
    produced_blocks: int
    reusers: list[str] = field(default_factory=list)  # names, active reuse, owner left out
    reusers_outside_partners: int = 0
    confirmed_reusers: int = 0
    stopped_reusers: int = 0
    kpis: list[KpiTrend] = field(default_factory=list)


@dataclass
class EvidenceWarning:
    code: str
    params: dict[str, Any]

    @property
    def message(self) -> str:
        return warning_message(self.code, self.params)


@dataclass
class EvidenceCheck:
    to_stage: str
    evidence_level: int
    as_of: dt.date
    facts: EvidenceFacts
    warnings: list[EvidenceWarning]

    def stored_facts(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), **asdict(self.facts)}

    def stored_warnings(self) -> list[dict[str, Any]]:
        return [{"code": w.code, "params": w.params} for w in self.warnings]


def warning_message(code: str, params: dict[str, Any]) -> str:
    """A stored warning in the reader's language."""
    template = MESSAGES.get(code)
    if template is None:
        return code
    values = dict(params)
    if "stage" in values and values["stage"] in Stage.values:
        values["stage"] = Stage(values["stage"]).label
    try:
        return str(template) % values
    except (KeyError, TypeError, ValueError):
        return str(template)


def reuse_facts(initiative: Initiative, as_of: dt.date) -> EvidenceFacts:
    from anker.reuse.models import Reuse

    produced = list(
        initiative.block_links.filter(role=BlockRole.PRODUCES).values_list("block_id", flat=True)
    )
    facts = EvidenceFacts(produced_blocks=len(produced))
    if not produced:
        return facts
    edges = (
        Reuse.objects.filter(block_id__in=produced)
        .exclude(organisation_id=initiative.owner_id)
        .values_list(
            "organisation_id", "organisation__name", "status", "since", "until", "confirmed_at"
        )
    )
    active: dict[int, str] = {}
    stopped: set[int] = set()
    confirmed_ids: set[int] = set()
    for organisation_id, name, status, since, until, confirmed_at in edges:
        if since is not None and since > as_of:
            continue  # not yet started on the decision's date
        if status == "stopped" and (until is None or until <= as_of):
            stopped.add(organisation_id)
        elif status in ("piloting", "in-use", "stopped"):  # stopped only after as_of
            active[organisation_id] = name
            if confirmed_at is not None:
                confirmed_ids.add(organisation_id)
    partners = set(initiative.partners.values_list("id", flat=True))
    facts.reusers = sorted(active.values())
    facts.reusers_outside_partners = len(set(active) - partners)
    facts.confirmed_reusers = len(confirmed_ids & set(active))
    facts.stopped_reusers = len(stopped - set(active))
    return facts


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def kpi_trends(initiative: Initiative, as_of: dt.date) -> list[KpiTrend]:
    values: dict[int, list[Decimal]] = {}
    for kpi_id, value in KpiMeasurement.objects.filter(
        kpi__initiative=initiative, measured_on__lte=as_of
    ).values_list("kpi_id", "value"):
        values.setdefault(kpi_id, []).append(value)
    trends = []
    for kpi in initiative.kpis.all():
        series = values.get(kpi.id, [])
        first, last = (series[0], series[-1]) if series else (None, None)
        trend = "unknown"
        if len(series) >= 2:
            change = (last - first) * (1 if kpi.direction == KpiDirection.HIGHER else -1)
            trend = "improving" if change > 0 else "worsening" if change < 0 else "flat"
        trends.append(
            KpiTrend(
                name=kpi.name,
                unit=kpi.unit,
                direction=kpi.direction,
                first=_number(first),
                last=_number(last),
                measurements=len(series),
                trend=trend,
            )
        )
    return trends


def _reuse_warnings(facts: EvidenceFacts, to_stage: str, level: int) -> list[EvidenceWarning]:
    found: list[EvidenceWarning] = []
    active = len(facts.reusers)
    if not facts.produced_blocks:
        return [EvidenceWarning("no-produced-blocks", {})]
    if not active:
        found.append(EvidenceWarning("no-reuse", {"level": level}))
    elif not facts.reusers_outside_partners:
        found.append(EvidenceWarning("partners-only", {}))
    if active and not facts.confirmed_reusers:
        found.append(EvidenceWarning("unconfirmed-reuse", {}))
    if to_stage == Stage.ANCHORED and active and active < ANCHORING_REUSERS:
        found.append(EvidenceWarning("few-reusers", {"needed": ANCHORING_REUSERS, "count": active}))
    if level == EvidenceLevel.REPLICATED and 0 < active < 2:
        found.append(EvidenceWarning("not-replicated", {}))
    if facts.stopped_reusers > active:
        found.append(
            EvidenceWarning("more-stopped", {"stopped": facts.stopped_reusers, "active": active})
        )
    return found


def _kpi_warnings(facts: EvidenceFacts, level: int) -> list[EvidenceWarning]:
    worse = [trend.name for trend in facts.kpis if trend.trend == "worsening"]
    found = []
    if worse:
        found.append(EvidenceWarning("kpi-worsening", {"names": ", ".join(worse)}))
    if level >= EvidenceLevel.MEASURED and not any(t.measurements >= 2 for t in facts.kpis):
        found.append(EvidenceWarning("no-kpi-data", {"level": level}))
    return found


def evidence_check(
    initiative: Initiative, *, to_stage: str, evidence_level: int, as_of: dt.date
) -> EvidenceCheck:
    """What the data say about moving ``initiative`` to ``to_stage`` with the claimed
    ``evidence_level``, as the data stood on ``as_of``."""
    facts = reuse_facts(initiative, as_of)
    facts.kpis = kpi_trends(initiative, as_of)
    warnings: list[EvidenceWarning] = []
    usual = USUAL_EVIDENCE_LEVEL.get(str(to_stage))
    if usual and evidence_level < usual:
        warnings.append(
            EvidenceWarning(
                "low-level", {"stage": str(to_stage), "usual": usual, "level": evidence_level}
            )
        )
    warnings += _reuse_warnings(facts, str(to_stage), evidence_level)
    warnings += _kpi_warnings(facts, evidence_level)
    return EvidenceCheck(
        to_stage=str(to_stage),
        evidence_level=evidence_level,
        as_of=as_of,
        facts=facts,
        warnings=warnings,
    )


def describe_warnings(warnings: list[dict[str, Any]]) -> list[str]:
    """Stored warnings (code and parameters) as sentences in the reader's language."""
    return [warning_message(w.get("code", ""), w.get("params", {})) for w in warnings or []]


def trend_label(trend: str) -> str:
    return {
        "improving": _("improving"),
        "worsening": _("worsening"),
        "flat": _("unchanged"),
        "unknown": _("not enough measurements"),
    }.get(trend, trend)
