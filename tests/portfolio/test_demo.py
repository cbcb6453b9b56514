"""The demo portfolio: consistent data (no database needed) and, loaded, what the issue
promises: 40+ initiatives in every stage, two years of history, stalled pilots, KPIs."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.test import Client

from anker.demo.data.blocks import BLOCKS
from anker.demo.data.capabilities import CAPABILITIES
from anker.demo.data.citizen_services import SERVICES
from anker.demo.data.initiatives import INITIATIVES, measurement_dates
from anker.demo.data.organisations import ORGANISATIONS
from anker.portfolio.stages import EvidenceLevel, Stage, is_allowed

ORGS = {o["slug"] for o in ORGANISATIONS}
BLOCK_OWNERS = {b["slug"]: b["owner"] for b in BLOCKS}
CAPS = {c["slug"] for c in CAPABILITIES}
FIRST, LAST = dt.date(2024, 9, 1), dt.date(2026, 10, 31)
KEYS = {
    "slug", "name", "owner", "partners", "summary", "started_on", "entered", "goals",
    "skills", "capabilities", "produces", "uses", "citizen_services", "history", "kpis",
}  # fmt: skip


def final_stage(item: dict) -> str:
    return item["history"][-1][2] if item["history"] else item["entered"]


@pytest.mark.parametrize("item", INITIATIVES, ids=lambda item: item["slug"])
def test_each_initiative_is_consistent(item):
    assert set(item) == KEYS
    assert item["owner"] in ORGS and set(item["partners"]) <= ORGS - {item["owner"]}
    assert set(item["capabilities"]) <= CAPS
    assert set(item["citizen_services"]) <= {service["slug"] for service in SERVICES}
    for slug in item["produces"]:
        assert BLOCK_OWNERS[slug] in {item["owner"], *item["partners"]}, slug
    assert set(item["uses"]) <= set(BLOCK_OWNERS) and not set(item["uses"]) & set(item["produces"])
    assert item["entered"] != "stopped"
    stage, date = item["entered"], dt.date.fromisoformat(item["started_on"])
    assert FIRST <= date <= LAST
    for decided_on, decision, to_stage, level, maker, rationale, _evidence in item["history"]:
        assert is_allowed(stage, decision, to_stage), (stage, decision, to_stage)
        assert date <= dt.date.fromisoformat(decided_on) <= LAST
        assert level in EvidenceLevel.values and maker and rationale
        stage, date = to_stage, dt.date.fromisoformat(decided_on)
    for kpi in item["kpis"]:
        dates = measurement_dates(kpi["first"], kpi["every"], len(kpi["values"]))
        assert dates[-1] <= LAST and kpi["direction"] in ("higher", "lower")


def test_the_portfolio_tells_its_stories():
    assert len(INITIATIVES) >= 40
    assert len({item["slug"] for item in INITIATIVES}) == len(INITIATIVES)
    stages = Counter(final_stage(item) for item in INITIATIVES)
    assert set(stages) == set(Stage.values) and min(stages.values()) >= 5
    decisions = Counter(d[1] for item in INITIATIVES for d in item["history"])
    assert set(decisions) == {"go", "hold", "recycle", "stop"}
    dates = [dt.date.fromisoformat(d[0]) for item in INITIATIVES for d in item["history"]]
    dates += [dt.date.fromisoformat(item["started_on"]) for item in INITIATIVES]
    assert (max(dates) - min(dates)).days >= 730, "two years of history"


@pytest.mark.django_db
def test_the_loaded_demo(client: Client):
    from anker.demo.load import load_demo
    from anker.portfolio.models import Initiative, KpiMeasurement, StageDecision
    from anker.portfolio.selectors import stalled_initiatives

    counts = load_demo(reset=True)
    assert counts["initiatives"] == len(INITIATIVES)
    assert counts["stage decisions"] == sum(len(item["history"]) for item in INITIATIVES)
    assert counts["KPI measurements"] >= 150
    assert stalled_initiatives().count() >= 3
    expected = {item["slug"]: final_stage(item) for item in INITIATIVES}
    assert dict(Initiative.objects.values_list("slug", "stage")) == expected
    for model in (Initiative, StageDecision, KpiMeasurement):
        for instance in model.objects.all():
            instance.full_clean()
    warned = StageDecision.objects.exclude(warnings=[]).values_list("initiative__slug", flat=True)
    assert {"evenementenloket-regionaal", "hergebruik-als-gewoonte"} <= set(warned)
    assert Initiative.objects.filter(citizen_services__isnull=False).distinct().count() >= 10
    passed = StageDecision.objects.get(initiative__slug="een-ontwerpsysteem", to_stage="anchored")
    assert passed.warnings == [] and len(passed.facts["reusers"]) >= 10
    # Every initiative's page renders, with its timeline.
    for slug in expected:
        assert "Stage history" in client.get(f"/portfolio/{slug}/").content.decode(), slug
