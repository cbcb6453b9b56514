"""The permission matrix of the portfolio's web pages: every role × every write.

Roles (tests/conftest.py ``actors``): the owner's viewer, editor and org-admin; the
editor of the other organisation, which is a *partner* of the initiative here; a
coordinator; anonymous. An allowed write changes the database and redirects; a refused
one changes nothing and answers with the sign-in page (anonymous), a 403 page, or the
form with an error, never a 500."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from anker.portfolio.models import Initiative, Kpi, KpiMeasurement, StageDecision
from tests.conftest import Actors
from tests.portfolio.conftest import Portfolio, fingerprint

EDITORS = {"editor", "org_admin", "coordinator"}


@dataclass
class Write:
    name: str
    allowed: set[str]
    request: Callable[[Portfolio], tuple[str, dict]]
    happened: Callable[[Portfolio], bool]


def initiative_form(p: Portfolio, **overrides) -> dict:
    data = {
        "owner": p.actors.owner.pk,
        "name": "Slimme meldingen",
        "summary": "",
        "description": "",
        "started_on": "2025-03-03",
        "homepage_url": "",
        "goals_text": "Sneller melden",
        "partners_text": p.actors.other.slug,
        "produces_text": p.block.slug,
        "uses_text": "",
        "skills_text": "",
    }
    data.update(overrides)
    return data


WRITES = [
    Write(
        "create initiative",
        EDITORS,
        lambda p: ("/portfolio/new/", initiative_form(p, name="Nieuw idee", stage="idea")),
        lambda p: Initiative.objects.filter(name="Nieuw idee").exists(),
    ),
    Write(
        "edit initiative",
        EDITORS,
        lambda p: (f"/portfolio/{p.initiative.slug}/edit/", initiative_form(p, summary="Anders")),
        lambda p: Initiative.objects.get(pk=p.initiative.pk).summary == "Anders",
    ),
    Write(
        "delete initiative",
        {"org_admin", "coordinator"},
        lambda p: (f"/portfolio/{p.initiative.slug}/delete/", {}),
        lambda p: not Initiative.objects.filter(pk=p.initiative.pk).exists(),
    ),
    Write(
        "record a stage decision",
        EDITORS,
        lambda p: (
            f"/portfolio/{p.initiative.slug}/decide/",
            {
                "move": "go:pilot",
                "evidence_level": "2",
                "rationale": "Werkt.",
                "decided_on": "2025-09-01",
            },
        ),
        lambda p: StageDecision.objects.filter(initiative=p.initiative).exists(),
    ),
    Write(
        "add a KPI",
        EDITORS,
        lambda p: (
            f"/portfolio/{p.initiative.slug}/kpis/new/",
            {"name": "Doorlooptijd", "unit": "dagen", "direction": "lower", "position": "1"},
        ),
        lambda p: Kpi.objects.filter(name="Doorlooptijd").exists(),
    ),
    Write(
        "edit a KPI",
        EDITORS,
        lambda p: (
            f"/portfolio/kpis/{p.kpi.uuid}/edit/",
            {"name": "Meldingen", "unit": "", "direction": "higher", "position": "0"},
        ),
        lambda p: Kpi.objects.get(pk=p.kpi.pk).name == "Meldingen",
    ),
    Write(
        "delete a KPI",
        EDITORS,
        lambda p: (f"/portfolio/kpis/{p.kpi.uuid}/delete/", {}),
        lambda p: not Kpi.objects.filter(pk=p.kpi.pk).exists(),
    ),
    Write(
        "record a measurement",
        EDITORS | {"other_editor"},  # the partner's editor too
        lambda p: (
            f"/portfolio/kpis/{p.kpi.uuid}/measurements/new/",
            {"measured_on": "2025-07-01", "value": "44.5", "note": ""},
        ),
        lambda p: p.kpi.measurements.filter(measured_on="2025-07-01").exists(),
    ),
    Write(
        "remove a measurement",
        EDITORS,
        lambda p: (f"/portfolio/measurements/{p.measurement.uuid}/delete/", {}),
        lambda p: not KpiMeasurement.objects.filter(pk=p.measurement.pk).exists(),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_web_write(portfolio: Portfolio, role: str, write: Write) -> None:
    client = Client()
    user = portfolio.actors.user(role)
    if user:
        client.force_login(user)
    before = fingerprint()
    url, data = write.request(portfolio)
    response = client.post(url, data)
    assert response.status_code != 500
    if role in write.allowed:
        assert response.status_code == 302, response.content.decode()[:3000]
        assert write.happened(portfolio)
    else:
        assert not write.happened(portfolio)
        assert fingerprint() == before, "a refused write changed something"
        if role == "anonymous":
            assert response.status_code == 302 and "/account/login/" in response["Location"]
        else:
            assert response.status_code in (200, 403)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("anonymous", set()),
        ("viewer", set()),
        ("other_editor", {"Add a measurement"}),
        ("editor", {"Record a stage decision", "Edit", "Add a KPI", "Add a measurement"}),
        (
            "org_admin",
            {"Record a stage decision", "Edit", "Add a KPI", "Add a measurement", "Delete"},
        ),
    ],
)
def test_the_initiative_page_offers_what_the_role_may_do(portfolio, role, sees):
    client = Client()
    if user := portfolio.actors.user(role):
        client.force_login(user)
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    offered = {
        label
        for label in ("Record a stage decision", "Add a KPI", "Add a measurement", ">Delete<")
        if label in page
    }
    offered = {label.strip("<>") for label in offered}
    if f'href="/portfolio/{portfolio.initiative.slug}/edit/"' in page:
        offered.add("Edit")
    assert offered == sees
