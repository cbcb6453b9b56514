"""The portfolio pages: the board and its filters, an initiative with its timeline and
KPI charts, the gate form; and what they must not show."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client

from anker.portfolio.services import stage_decide
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    InitiativeFactory,
    KpiMeasurementFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(portfolio):
    InitiativeFactory(
        name="Oude pilot", slug="oude-pilot", stage="pilot", stage_since=dt.date(2024, 2, 1)
    )
    InitiativeFactory(name="Verankerd", slug="verankerd", stage="anchored")
    return portfolio


def test_the_board_has_a_column_per_stage(client: Client, board):
    page = client.get("/portfolio/").content.decode()
    headings = re.findall(r'<h2 id="column-([a-z]+)">', page)
    assert headings == ["idea", "experiment", "pilot", "scaling", "anchored", "stopped"]
    assert "Slimme meldingen" in page and "Oude pilot" in page
    assert page.count("badge-stalled") == 1


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("?organisation=gemeente-ander", "Slimme meldingen", "Oude pilot"),
        ("?stalled=1", "Oude pilot", "Slimme meldingen"),
        ("?q=verank", "Verankerd", "Oude pilot"),
        ("?stage=pilot", "Oude pilot", "Verankerd"),
    ],
)
def test_board_filters(client: Client, board, query, shown, hidden):
    page = client.get(f"/portfolio/{query}").content.decode()
    assert shown in page and hidden not in page


def test_board_filters_by_capability_and_its_subtree(client: Client, board):
    parent = CapabilityFactory(slug="melden", name="Reporting")
    board.initiative.capabilities.add(CapabilityFactory(slug="openbare-ruimte", parent=parent))
    page = client.get("/portfolio/?capability=melden").content.decode()
    assert "Slimme meldingen" in page and "Oude pilot" not in page
    assert 'value="melden"' in page, "a parent is offered as a filter"


def test_a_full_column_links_to_the_whole_stage(client: Client, board):
    for n in range(26):
        InitiativeFactory(stage="idea", name=f"Idee {n:02}")
    page = client.get("/portfolio/").content.decode()
    assert "Show all 26 initiatives" in page and "stage=idea" in page
    listing = client.get("/portfolio/?stage=idea").content.decode()
    assert "26 initiatives at Idea" in listing


def test_htmx_gets_only_the_board(client: Client, board):
    response = client.get("/portfolio/?stalled=1", headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="board-body">') and "<html" not in body


def test_the_initiative_page_shows_timeline_and_kpi_chart(client: Client, portfolio):
    KpiMeasurementFactory(kpi=portfolio.kpi, measured_on=dt.date(2025, 9, 1), value=52.5)
    portfolio.kpi.target = 60
    portfolio.kpi.save()
    stage_decide(
        actor=portfolio.actors.editor,
        initiative=portfolio.initiative,
        decision="go",
        evidence_level=2,
        rationale="Forty reports a month.",
        decided_on=dt.date(2025, 9, 1),
        decision_maker="Portfolioraad",
    )
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    assert "Started at Experiment" in page
    assert "Go: Experiment → Pilot" in page and "after 6 months at Experiment" in page
    assert "Portfolioraad" in page and "Forty reports a month." in page
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<circle") == 2
    assert "stroke-dasharray" in svg, "the target line"
    assert "Measurements of Meldingen per maand" in page, "the data table"
    assert "52.5" in page


def test_chart_coordinates_are_never_localised(client: Client, portfolio):
    KpiMeasurementFactory(kpi=portfolio.kpi, measured_on=dt.date(2025, 9, 1), value=52.5)
    client.cookies["django_language"] = "nl"
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    for number in re.findall(r'(?:cx|cy|x1|x2|y1|y2)="([^"]*)"', svg):
        assert re.fullmatch(r"-?\d+(\.\d+)?", number), number
    path = re.search(r'<path d="([^"]*)"', svg).group(1)
    assert path.count(",") == svg.count("<circle"), "one comma per point: x,y"
    assert "52,5" in page, "the table speaks Dutch"


def test_warnings_of_a_decision_show_on_the_timeline(client: Client, portfolio):
    portfolio.initiative.stage = "pilot"
    portfolio.initiative.save()
    stage_decide(
        actor=portfolio.actors.coordinator,
        initiative=portfolio.initiative,
        decision="go",
        evidence_level=4,
        rationale="Board decision.",
        evidence="An evaluation.",
        decided_on=dt.date(2025, 9, 1),
        acknowledge_warnings=True,
    )
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    assert "The evidence check warned" in page
    assert "none of the blocks it produced is reused by another organisation" in page


def test_the_page_hides_blocks_the_reader_may_not_see(client: Client, portfolio):
    secret = BlockFactory(name="Geheim blok", owner=portfolio.actors.owner, openness="restricted")
    portfolio.initiative.block_links.create(block=secret, role="uses")
    assert (
        "Geheim blok" not in client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    )
    client.force_login(portfolio.actors.viewer)
    assert "Geheim blok" in client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()


def test_the_gate_offers_only_allowed_moves_and_shows_the_evidence(client: Client, portfolio):
    portfolio.initiative.stage = "pilot"
    portfolio.initiative.save()
    client.force_login(portfolio.actors.editor)
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/decide/").content.decode()
    moves = re.findall(r'name="move" value="([a-z:]+)"', page)
    assert moves == ["go:scaling", "hold:pilot", "recycle:experiment", "stop:stopped"]
    assert "What the evidence check looks at" in page
    assert 'name="acknowledge_warnings"' in page


def test_the_gate_shows_the_warnings_before_going_ahead(client: Client, portfolio):
    portfolio.initiative.stage = "pilot"
    portfolio.initiative.save()
    client.force_login(portfolio.actors.editor)
    url = f"/portfolio/{portfolio.initiative.slug}/decide/"
    form = {
        "move": "go:scaling",
        "evidence_level": "4",
        "evidence": "Evaluation",
        "rationale": "Go",
        "decided_on": "2025-09-01",
    }
    refused = client.post(url, form)
    assert refused.status_code == 200
    assert "none of the blocks it produced is reused" in refused.content.decode()
    accepted = client.post(url, {**form, "acknowledge_warnings": "on"})
    assert accepted.status_code == 302
    portfolio.initiative.refresh_from_db()
    assert portfolio.initiative.stage == "scaling"


def test_a_stopped_initiative_has_no_gate(client: Client, portfolio):
    portfolio.initiative.stage = "stopped"
    portfolio.initiative.save()
    client.force_login(portfolio.actors.editor)
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/decide/").content.decode()
    assert "final" in page and 'name="move"' not in page
    detail = client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    assert "Record a stage decision" not in detail


def test_unknown_initiative_is_404(client: Client, db):
    assert client.get("/portfolio/niets/").status_code == 404


def test_the_edit_form_round_trips(client: Client, portfolio):
    portfolio.initiative.skills.create(name="GIS")
    client.force_login(portfolio.actors.editor)
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/edit/").content.decode()
    assert "meldingenmodule" in page and "gemeente-ander" in page and "GIS" in page
    assert 'name="stage"' not in page, "the stage changes only at the gate"


def test_the_page_links_the_citizen_services_it_improves(client: Client, portfolio):
    from tests.factories import CitizenServiceFactory

    portfolio.initiative.citizen_services.add(
        CitizenServiceFactory(slug="verhuizing", name="Verhuizing doorgeven")
    )
    page = client.get(f"/portfolio/{portfolio.initiative.slug}/").content.decode()
    assert "Citizen services" in page and "Verhuizing doorgeven" in page
