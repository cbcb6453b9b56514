"""The portfolio API: the permission matrix (every role × every write, exact status,
nothing changed when refused) and what the endpoints answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from anker.accounts.models import AuditEvent
from anker.portfolio.models import Initiative, StageDecision
from tests.api.conftest import ApiClient
from tests.factories import BlockFactory, InitiativeFactory, OrganisationFactory, ReuseFactory
from tests.portfolio.conftest import Portfolio, fingerprint

pytestmark = pytest.mark.django_db
Write = Callable[[ApiClient, Portfolio], Any]
EDITORS = {"editor", "org_admin", "coordinator"}

WRITES: dict[str, tuple[Write, int, set[str]]] = {
    "create initiative": (
        lambda c, p: c.post(
            "/initiatives",
            {"name": "Nieuw idee", "owner": p.actors.owner.slug, "produces": [p.block.slug]},
        ),
        201,
        EDITORS,
    ),
    "update initiative": (
        lambda c, p: c.patch(f"/initiatives/{p.initiative.slug}", {"summary": "Anders"}),
        200,
        EDITORS,
    ),
    "delete initiative": (
        lambda c, p: c.delete(f"/initiatives/{p.initiative.slug}"),
        204,
        {"org_admin", "coordinator"},
    ),
    "record stage decision": (
        lambda c, p: c.post(
            "/stage-decisions",
            {
                "initiative": p.initiative.slug,
                "decision": "go",
                "evidence_level": 2,
                "rationale": "Werkt.",
                "decided_on": "2025-09-01",
            },
        ),
        201,
        EDITORS,
    ),
    "create KPI": (
        lambda c, p: c.post(
            "/kpis", {"initiative": p.initiative.slug, "name": "Doorlooptijd", "target": 5}
        ),
        201,
        EDITORS,
    ),
    "update KPI": (lambda c, p: c.patch(f"/kpis/{p.kpi.uuid}", {"target": 80}), 200, EDITORS),
    "delete KPI": (lambda c, p: c.delete(f"/kpis/{p.kpi.uuid}"), 204, EDITORS),
    "record measurement": (
        lambda c, p: c.post(
            "/kpi-measurements",
            {"kpi": str(p.kpi.uuid), "measured_on": "2025-07-01", "value": 44.5},
        ),
        201,
        EDITORS | {"other_editor"},  # the partner's editor too
    ),
    "delete measurement": (
        lambda c, p: c.delete(f"/kpi-measurements/{p.measurement.uuid}"),
        204,
        EDITORS,
    ),
}


def expected_status(role: str, allowed_status: int, allowed: set[str]) -> int:
    if role in allowed:
        return allowed_status
    return 401 if role == "anonymous" else 403


@pytest.mark.parametrize(
    "role", ["anonymous", "viewer", "editor", "other_editor", "org_admin", "coordinator"]
)
@pytest.mark.parametrize("write", list(WRITES))
def test_permission_matrix(api_as, portfolio, role, write):
    request, allowed_status, allowed = WRITES[write]
    expected = expected_status(role, allowed_status, allowed)
    before = fingerprint()

    response = request(api_as(role), portfolio)

    assert response.status_code == expected, response.content
    assert response["API-Version"] == "1.0.0"
    if expected >= 400:
        assert response["Content-Type"] == "application/problem+json"
        assert fingerprint() == before, "a refused write changed something"
    else:
        assert fingerprint() != before
        assert AuditEvent.objects.filter(via="api").exists(), "the write was not audited"


def test_reads_are_open_and_hide_blocks_the_reader_may_not_see(api_as, portfolio):
    secret = BlockFactory(slug="geheim", owner=portfolio.actors.owner, openness="restricted")
    portfolio.initiative.block_links.create(block=secret, role="produces")
    anonymous, viewer = api_as("anonymous"), api_as("viewer")
    listed = anonymous.get("/initiatives").json()
    assert listed["count"] == 1
    assert [b["slug"] for b in listed["results"][0]["produces"]] == ["meldingenmodule"]
    mine = viewer.get(f"/initiatives/{portfolio.initiative.slug}").json()
    assert {b["slug"] for b in mine["produces"]} == {"meldingenmodule", "geheim"}
    assert mine["partners"] == [{"slug": "gemeente-ander", "name": "Gemeente Ander"}]
    assert mine["stage"] == "experiment" and mine["is_stalled"] is False
    for path in ("/kpis", "/kpi-measurements", "/stage-decisions", "/skills"):
        assert anonymous.get(path).status_code == 200, path


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"stage": ["experiment"]}, {"slimme-meldingen"}),
        ({"stage": ["pilot", "idea"]}, {"oud-pilot", "ander-idee"}),
        ({"organisation": "gemeente-ander"}, {"slimme-meldingen", "ander-idee"}),
        ({"stalled": "true"}, {"oud-pilot"}),
        ({"q": "melding"}, {"slimme-meldingen"}),
        ({"skill": "gis"}, {"ander-idee"}),
    ],
)
def test_list_filters(api_as, portfolio, query, expected):
    InitiativeFactory(slug="oud-pilot", stage="pilot", stage_since=dt.date(2024, 1, 1))
    other = InitiativeFactory(slug="ander-idee", owner=portfolio.actors.other)
    other.skills.create(name="GIS")
    found = api_as("anonymous").get("/initiatives", query).json()["results"]
    assert {item["slug"] for item in found} == expected


def test_capability_filter_includes_the_capabilities_below(api_as, portfolio):
    from tests.factories import CapabilityFactory

    parent = CapabilityFactory(slug="zaken")
    child = CapabilityFactory(slug="zaakregistratie", parent=parent)
    portfolio.initiative.capabilities.add(child)
    for slug, count in (("zaken", 1), ("zaakregistratie", 1), ("niets", 0)):
        body = api_as("anonymous").get("/initiatives", {"capability": slug}).json()
        assert body["count"] == count, slug


def test_create_sets_location_and_refuses_unknown_references(api_as, portfolio):
    client = api_as("editor")
    response = client.post(
        "/initiatives",
        {"name": "Nieuw", "owner": portfolio.actors.owner.slug, "stage": "pilot"},
    )
    assert response.status_code == 201
    assert response["Location"].endswith("/api/v1/initiatives/nieuw")
    assert response.json()["stage"] == "pilot"
    refused = client.post(
        "/initiatives", {"name": "X", "owner": portfolio.actors.owner.slug, "uses": ["niets"]}
    )
    assert refused.status_code == 422
    assert refused.json()["invalidParams"][0]["name"] == "uses"
    stage = client.patch(f"/initiatives/{portfolio.initiative.slug}", {"stage": "anchored"})
    assert stage.status_code == 422, "the stage changes only through a decision"


def test_a_forbidden_transition_answers_422(api_as, portfolio):
    response = api_as("editor").post(
        "/stage-decisions",
        {
            "initiative": portfolio.initiative.slug,
            "decision": "go",
            "to_stage": "anchored",
            "evidence_level": 5,
            "rationale": "Jump.",
            "evidence": "None.",
        },
    )
    assert response.status_code == 422
    assert response.json()["invalidParams"][0]["name"] == "to_stage"


def test_the_gate_warns_until_acknowledged(api_as, portfolio):
    portfolio.initiative.stage = "pilot"
    portfolio.initiative.save()
    body = {
        "initiative": portfolio.initiative.slug,
        "decision": "go",
        "evidence_level": 4,
        "rationale": "The board is convinced.",
        "evidence": "External evaluation.",
        "decided_on": "2025-10-01",
    }
    client = api_as("editor")
    warned = client.post("/stage-decisions", body)
    assert warned.status_code == 422
    params = warned.json()["invalidParams"]
    assert {p["name"] for p in params} == {"acknowledge_warnings"}
    assert "no-reuse" in {p["code"] for p in params}

    made = client.post("/stage-decisions", {**body, "acknowledge_warnings": True})
    assert made.status_code == 201, made.content
    decision = made.json()
    assert decision["to_stage"] == "scaling" and decision["recorded_by"] == "editor"
    assert "no-reuse" in {w["code"] for w in decision["warnings"]}
    assert decision["facts"]["produced_blocks"] == 1
    assert made["Location"].endswith(f"/api/v1/stage-decisions/{decision['uuid']}")
    again = api_as("anonymous").get(f"/stage-decisions/{decision['uuid']}").json()
    assert again["warnings"] == decision["warnings"]


def test_evidence_check_endpoint(api_as, portfolio):
    for _ in range(3):
        ReuseFactory(
            block=portfolio.block,
            organisation=OrganisationFactory(),
            confirmed_at=timezone.now(),
        )
    body = (
        api_as("anonymous")
        .get(
            f"/initiatives/{portfolio.initiative.slug}/evidence-check",
            {"to_stage": "anchored", "evidence_level": 4},
        )
        .json()
    )
    assert len(body["facts"]["reusers"]) == 3
    assert [w["code"] for w in body["warnings"]] == ["no-kpi-data"]  # one measurement only
    assert body["warnings"][0]["message"].startswith("Claims evidence level 4")
    bad = api_as("anonymous").get(
        f"/initiatives/{portfolio.initiative.slug}/evidence-check",
        {"to_stage": "pilot", "evidence_level": 9},
    )
    assert bad.status_code == 422


def test_transitions_are_published(api_as):
    rows = api_as("anonymous").get("/stage-decisions/transitions").json()
    assert {"from_stage": "idea", "decision": "go", "to_stages": ["experiment", "pilot"]} in rows
    assert not any(row["from_stage"] == "stopped" for row in rows)


def test_decision_history_filters(api_as, portfolio):
    from anker.portfolio.services import stage_decide

    for decided_on, decision in ((dt.date(2025, 6, 1), "go"), (dt.date(2025, 9, 1), "hold")):
        stage_decide(
            actor=portfolio.actors.editor,
            initiative=Initiative.objects.get(pk=portfolio.initiative.pk),
            decision=decision,
            evidence_level=2,
            rationale="x",
            decided_on=decided_on,
        )
    client = api_as("anonymous")
    assert client.get("/stage-decisions", {"decision": "hold"}).json()["count"] == 1
    assert client.get("/stage-decisions", {"decided_from": "2025-07-01"}).json()["count"] == 1
    newest = client.get("/stage-decisions", {"ordering": "-decided_on"}).json()["results"]
    assert [d["decision"] for d in newest] == ["hold", "go"]
    assert StageDecision.objects.count() == 2


def test_kpis_come_with_their_measurements(api_as, portfolio):
    kpi = api_as("anonymous").get(f"/kpis/{portfolio.kpi.uuid}").json()
    assert kpi["measurements"] == [
        {
            "uuid": str(portfolio.measurement.uuid),
            "measured_on": "2025-06-01",
            "value": 40.0,
            "note": "",
        }
    ]
    nan = api_as("editor").post(
        "/kpi-measurements",
        {"kpi": str(portfolio.kpi.uuid), "measured_on": "2025-07-01", "value": "NaN"},
    )
    assert nan.status_code == 422


def test_citizen_services_by_slug(api_as, portfolio):
    from tests.factories import CitizenServiceFactory

    CitizenServiceFactory(slug="verhuizing")
    client = api_as("editor")
    path = f"/initiatives/{portfolio.initiative.slug}"
    assert client.patch(path, {"citizen_services": ["verhuizing"]}).json()["citizen_services"] == [
        "verhuizing"
    ]
    found = api_as("anonymous").get("/initiatives", {"citizen_service": "verhuizing"}).json()
    assert [item["slug"] for item in found["results"]] == [portfolio.initiative.slug]
    unknown = client.patch(path, {"citizen_services": ["niets"]})
    assert unknown.status_code == 422
    assert unknown.json()["invalidParams"][0]["name"] == "citizen_services"
