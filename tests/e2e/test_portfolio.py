"""The portfolio in a real browser: an editor moves an initiative from experiment to
pilot through the stage gate, with evidence, and finds the decision on the timeline;
a move to scaling on weak evidence is warned about first. The board, the initiative page
and the gate pass axe-core's WCAG 2.1 AA checks, at desktop width and at 320 px."""

from __future__ import annotations

import datetime as dt

import pytest

from anker.accounts.models import AuditEvent
from anker.portfolio.models import Initiative, InitiativeBlock, StageDecision
from tests.e2e.axe import violations
from tests.factories import (
    BlockFactory,
    InitiativeFactory,
    KpiFactory,
    KpiMeasurementFactory,
    MembershipFactory,
    OrganisationFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def page(axe_page):
    """The conftest's page that lets axe-core be injected (tests/e2e/axe.py)."""
    return axe_page


@pytest.fixture
def portfolio():
    owner = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    partner = OrganisationFactory(name="Gemeente Brugstede", slug="brugstede")
    MembershipFactory(organisation=owner, role="editor", user__username="redacteur")
    initiative = InitiativeFactory(
        name="Slimme meldingen",
        slug="slimme-meldingen",
        owner=owner,
        stage="experiment",
        started_on=dt.date(2025, 3, 3),
        summary="Residents report problems in the street with a photo.",
        goals=["Every report answered within a week."],
    )
    initiative.partners.add(partner)
    block = BlockFactory(name="Meldingenmodule", slug="meldingenmodule", owner=owner)
    InitiativeBlock.objects.create(initiative=initiative, block=block, role="produces")
    kpi = KpiFactory(initiative=initiative, name="Reports answered within a week", target=90)
    for month, value in ((4, 55), (6, 63), (8, 71), (10, 78)):
        KpiMeasurementFactory(kpi=kpi, measured_on=dt.date(2025, month, 1), value=value)
    for n in range(4):
        InitiativeFactory(name=f"Pilot {n}", owner=owner, stage="pilot")
    InitiativeFactory(
        name="Oude pilot", owner=partner, stage="pilot", stage_since=dt.date(2024, 1, 8)
    )
    return initiative


def sign_in(page, username="redacteur"):
    page.goto("/account/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_move_an_initiative_to_pilot_with_evidence(page, portfolio):
    sign_in(page)
    page.goto("/portfolio/")
    experiment = page.get_by_role("region", name="Experiment (1)")
    experiment.get_by_role("link", name="Slimme meldingen").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Slimme meldingen"
    # The KPI chart is an image with a name, and its figures are a table.
    assert page.get_by_role("img", name="Reports answered within a week").is_visible()

    page.get_by_role("link", name="Record a stage decision").click()
    page.get_by_label("Go: move to Pilot").check()
    page.get_by_label("2 · Measured: data show a change where it was tried").check()
    page.get_by_label("Evidence:", exact=True).fill(
        "Reports answered within a week rose from 55% to 78% in the experiment district."
    )
    page.get_by_label("Rationale").fill("Ready to run in three districts with Brugstede.")
    page.get_by_label("Decided on").fill("2025-11-03")
    page.get_by_label("Decided by").fill("Portfolioraad Waterveen")
    page.get_by_label("Links").fill("https://waterveen.example/raad/2025-11-03")
    page.get_by_role("button", name="Record the decision").click()

    assert page.get_by_text(
        "The decision was recorded: Slimme meldingen is now at Pilot."
    ).is_visible()
    history = page.locator("section", has=page.get_by_role("heading", name="Stage history"))
    assert history.get_by_role("heading", name="Go: Experiment → Pilot").is_visible()
    assert "rose from 55% to 78%" in history.inner_text()
    assert "Portfolioraad Waterveen" in history.inner_text()
    initiative = Initiative.objects.get(slug="slimme-meldingen")
    assert (initiative.stage, initiative.stage_since) == ("pilot", dt.date(2025, 11, 3))
    decision = StageDecision.objects.get(initiative=initiative)
    assert decision.decided_by.username == "redacteur" and decision.evidence_level == 2
    assert AuditEvent.objects.filter(entity_uuid=decision.uuid, via="web").exists()


def test_a_weak_move_to_scaling_is_warned_about_first(page, portfolio):
    Initiative.objects.filter(pk=portfolio.pk).update(stage="pilot")
    sign_in(page)
    page.goto("/portfolio/slimme-meldingen/decide/")
    page.get_by_label("Go: move to Scaling").check()
    page.get_by_label("4 · Evaluated: an independent impact evaluation confirms it").check()
    page.get_by_label("Evidence:", exact=True).fill("An evaluation by an adviser.")
    page.get_by_label("Rationale").fill("The alderman wants it everywhere.")
    page.get_by_role("button", name="Record the decision").click()
    alert = page.get_by_role("alert")
    assert "none of the blocks it produced is reused by another organisation" in alert.inner_text()
    assert violations(page) == []
    page.get_by_label("If the evidence check warns").check()
    page.get_by_role("button", name="Record the decision").click()
    assert page.get_by_text("The evidence check warned, and the decision went ahead").is_visible()
    assert Initiative.objects.get(pk=portfolio.pk).stage == "scaling"


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_portfolio_pages_have_no_wcag_violations(page, portfolio, width):
    page.set_viewport_size({"width": width, "height": 800})
    found = {}
    for url in ["/portfolio/", "/portfolio/?stage=pilot", "/portfolio/slimme-meldingen/"]:
        page.goto(url)
        if problems := violations(page):
            found[url] = problems
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    sign_in(page)
    for url in [
        "/portfolio/slimme-meldingen/",
        "/portfolio/slimme-meldingen/decide/",
        "/portfolio/slimme-meldingen/edit/",
        f"/portfolio/kpis/{portfolio.kpis.get().uuid}/measurements/new/",
        "/portfolio/new/",
    ]:
        page.goto(url)
        if problems := violations(page):
            found[url] = problems
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    assert not found, found
