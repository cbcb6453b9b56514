"""The demo ecosystem makes every analytic show something true (PRODUCT.md §7), and the
dashboard shows the same figures as the API. The demo loads once for the whole module
(the ``demo_ecosystem`` fixture): every test here reads it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import BuildingBlock, Openness
from anker.insights.anchoring import DEFAULT_WEIGHTS, anchoring
from anker.insights.consistency import consistency
from anker.insights.duplication import duplication
from anker.insights.health import health
from anker.insights.impact import block_impact, organisation_impact
from anker.insights.inclusion import inclusion
from anker.insights.reuse import reuse_insights
from anker.insights.scaling import scaling
from anker.insights.sections import SECTIONS, section
from anker.organisations.models import Organisation
from anker.portfolio.selectors import stalled_initiatives
from tests.insights.test_anchoring import factors
from tests.insights.test_dashboard import _headline

pytestmark = pytest.mark.django_db
DEMO_DAY = dt.date(2026, 11, 30)  # the demo's figures run to October 2026


def test_every_analytic_lights_up_on_the_demo(demo_ecosystem):
    for reader in (OPERATOR, AnonymousUser()):
        result = reuse_insights(reader)
        assert result.totals.active and result.totals.confirmed and result.totals.claimed
        assert result.most_reused and result.never_reused and result.curves
        assert result.organisations and result.capabilities and result.ecosystem_curve
        assert result.median_days_to_second is not None
        assert result.median_days_to_tenth is not None
        assert all(curve.points for curve in result.curves)

    found = duplication(OPERATOR)
    assert found.candidates and found.near_duplicates
    pairs = {(pair.first.slug, pair.second.slug) for pair in found.near_duplicates}
    assert ("afvalkalender-api", "afvalwijzer-api") in pairs  # a duplicate the demo tells

    hit = block_impact(OPERATOR, BuildingBlock.objects.get(slug="kaartplatform").id)
    assert hit.blocks and hit.services and hit.channels and hit.organisations
    owner = organisation_impact(OPERATOR, Organisation.objects.get(slug="dienst-toegang"))
    assert owner.blocks and owner.services and owner.channels and owner.organisations


def test_every_dashboard_section_shows_something_on_the_demo(demo_ecosystem):
    for name in SECTIONS:
        shown = section(name, AnonymousUser(), limit=5)
        if name == "maturity":  # no maturity assessments yet: the slot says so
            assert not shown.available and shown.headline.value == "–"
            continue
        assert shown.headline.value not in ("0", "–"), name
        assert shown.charts and any(table.rows for table in shown.tables), name


def test_every_figure_leads_to_a_table_of_its_section(demo_ecosystem):
    for name in SECTIONS:
        shown = section(name, AnonymousUser())
        html = Client().get(reverse("insights:section", args=[name])).content.decode()
        for figure in [shown.headline, *shown.figures]:
            if "#" in figure.url:
                page, anchor = figure.url.split("#")
                assert page == reverse("insights:section", args=[name]), figure.url
                assert f'id="{anchor}"' in html, figure.url


def test_the_dashboard_shows_the_figures_of_the_api(demo_ecosystem):
    html = Client().get(reverse("insights:dashboard")).content.decode()
    api = "/api/v1/insights"

    def get(path: str) -> dict:
        return Client().get(f"{api}/{path}").json()

    def decimal(value: float) -> str:
        return f"{value:.1f}"

    reuse = get("reuse")
    assert _headline(html, "reuse") == str(reuse["totals"]["active"])
    assert _headline(html, "anchoring") == decimal(get("anchoring/blocks")["median_score"])
    pairs = get("duplication")["near_duplicates"]
    assert _headline(html, "duplication") == str(len(pairs))
    scaling_api = get("scaling")
    assert _headline(html, "scaling") == str(scaling_api["stalled_count"])
    assert _headline(html, "inclusion") == str(get("inclusion")["digital_only_count"])
    assert _headline(html, "consistency") == str(get("consistency")["inconsistent"])
    suppliers = get("health")["suppliers"]
    assert _headline(html, "health") == f"{decimal(suppliers[0]['share'])} %"
    top = section("impact", AnonymousUser()).tables[0].rows[0][0]
    slug = top.url.rstrip("/").rsplit("/", 1)[1]
    assert _headline(html, "impact") == str(len(get(f"impact/blocks/{slug}")["services"]))


def test_the_demo_has_anchored_and_unanchored_blocks(demo_ecosystem):
    today = dt.date(2026, 11, 30)
    result = anchoring(OPERATOR, today=today)
    assert result.block_count > 100 and result.organisation_count > 30
    assert 50 < result.median_score < 90
    by_slug = {item.block.slug: item for item in result.blocks}
    # the single sign-on gateway nearly every municipality uses has full marks for reuse
    assert factors(by_slug["toegangspoort"])["reuse"][0] == 1.0
    # every factor has a value somewhere, and is left out somewhere
    for index, name in enumerate(DEFAULT_WEIGHTS):
        values = [item.factors[index].value for item in result.blocks]
        assert any(v is not None and v > 0 for v in values), name
        if name not in ("reuse", "freshness"):
            assert None in values, name
    assert result.blocks[0].score == 100.0 and result.blocks[-1].score < 20
    # anonymous readers see fewer blocks, never a restricted one
    anonymous = anchoring(AnonymousUser(), today=today)
    assert 0 < anonymous.block_count < result.block_count
    restricted = set(
        BuildingBlock.objects.filter(openness=Openness.RESTRICTED).values_list("slug", flat=True)
    )
    assert restricted and not restricted & {item.block.slug for item in anonymous.blocks}


def test_the_demo_parking_permit_differs_between_five_municipalities(demo_ecosystem):
    result = consistency(OPERATOR)
    types = {item.service_type.slug: item for item in result.types}
    parking = types["parking-permit"]
    assert len(parking.services) == 5
    assert {o.slug for o in parking.organisations} == {
        "gemeente-waterveen",
        "gemeente-dijkhoven",
        "gemeente-brugstede",
        "gemeente-lindenwaard",
        "gemeente-heemsloot",
    }
    assert parking.common_channels == ["online"]
    assert parking.reasons == ["channels", "targets"]
    online = parking.spreads[0]
    # online within 1 working day in Waterveen, 2 weeks in Heemsloot
    assert (online.kind, online.min_days, online.max_days) == ("online", 1.4, 14.0)
    assert parking.spread == 10.0 and result.types[0] is parking  # the widest spread
    # death registration: the same targets, but not the same channels
    assert types["death-registration"].reasons == ["channels"]
    assert result.compared == 10


def test_the_demo_lights_up(demo_ecosystem):
    result = health(OPERATOR)
    isolated = {row.organisation.slug for row in result.isolated}
    assert "min-werk" in isolated  # a ministry that neither provides nor reuses
    suppliers = {row.supplier.slug: row for row in result.suppliers}
    bank = suppliers["kustbank"]
    # most municipalities rely on the bank's payment-request API through the shared
    # payment platform, not by reusing it themselves
    assert bank.through_dependencies > bank.direct > 0
    assert any(d.path[-2:] == ["betaalvoorziening", "kustbank-betaalverzoek-api"]
               for d in bank.dependants)  # fmt: skip
    assert result.largest_share > 50
    pending = {(p.block.slug, p.requester.slug) for p in result.pending}
    assert ("brp-api", "kustbank") in pending  # the bank asking for the person register
    anonymous = health(AnonymousUser())
    assert anonymous.pending == [] and anonymous.pending_hidden == result.pending_count > 0
    titles = [idea.title for idea in result.unanswered]
    assert titles[0] == "Geboorteaangifte doen vanuit het ziekenhuis"


def test_the_demo_has_digital_only_services_on_purpose(demo_ecosystem):
    result = inclusion(OPERATOR, today=DEMO_DAY)
    assert {item.service.slug for item in result.digital_only} == {
        "afvalcontainer-brugstede",
        "btw-nummer",
        "eigendomsinformatie",
        "parkeervergunning-waterveen",
        "omgevingsvergunning-beekwolde",
        "verhuizing-kraaiendal",
        "watervergunning",
        "zorgtoeslag",
    }
    events = {event.life_event.slug: event for event in result.life_events}
    assert "parkeervergunning-waterveen" in {s.slug for s in events["moving-house"].digital_only}
    assert [s.slug for s in events["turning-18"].digital_only] == ["zorgtoeslag"]
    # two years of figures, shifting to digital: the window and the year before are full
    assert result.requests > 0 and result.digital_share > 50
    assert result.non_digital_change is not None and result.non_digital_change < 0
    shrinking = {row.service.slug: row for row in result.shrinking}
    assert "verhuizing-waterveen" in shrinking  # its counter and post lose requests
    assert shrinking["verhuizing-waterveen"].channels == ["counter", "post"]
    assert shrinking["verhuizing-waterveen"].recent_months == 12
    assert "polikliniek-afspraak" not in {row.service.slug for row in result.service_mix}


def test_the_demo_has_ready_and_stalled_initiatives(demo_ecosystem):
    result = scaling(OPERATOR)
    assert result.initiatives and result.stalled and result.median_score is not None
    assert "exit-uit-de-cloud" in {i.initiative.slug for i in result.stalled}
    # on the day the demo was written
    today = dt.date(2026, 11, 30)
    result = scaling(OPERATOR, today=today)
    stalled = {i.initiative.slug: i for i in result.stalled}
    # three pilots nobody adopted, and an experiment over a year old
    assert set(stalled) == {
        "exit-uit-de-cloud", "pseudoniemen-landelijk", "chatassistent-polderzijl",
        "regionale-datawerkplaats",
    }  # fmt: skip
    assert stalled["regionale-datawerkplaats"].initiative.stage == "experiment"
    # the board calls the synthetic test set stalled; its reuse grows, so it is not
    board = {initiative.slug for initiative in stalled_initiatives(today=today)}
    assert "synthetische-testpersonen" in board - set(stalled)
    by_slug = {i.initiative.slug: i for i in result.initiatives}
    testset = by_slug["synthetische-testpersonen"]
    assert testset.adoption.new >= 1 and testset.adoption.now > testset.adoption.then
    # anchored initiatives whose blocks are widely reused lead
    assert result.initiatives[0].initiative.stage in ("anchored", "scaling")
    assert result.initiatives[0].score > 90 and result.stopped > 0
