"""The insights dashboard, its section pages, the critical-blocks ranking behind the impact
card, and the charts: figures equal to the API's, cells linking to the entities behind
them, what a reader may not see left out."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import BuildingBlock, Dependency, Openness
from anker.insights.charts import bar_chart, line_chart
from anker.insights.impact import block_impact, critical_blocks
from anker.insights.sections import SECTIONS, Cell, Table, num
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    MembershipFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """base ← middle ← top ← base (a cycle), plus a restricted block depending on base.
    Services run on top (two) and on middle (one); two organisations reuse base, one
    reuses top."""
    owner = OrganisationFactory(slug="owner", name="Owner")
    base = BlockFactory(slug="base", name="Base registry", owner=owner)
    middle = BlockFactory(slug="middle", name="Middle layer")
    top = BlockFactory(slug="top", name="Top portal")
    secret = BlockFactory(
        slug="secret", name="Secret tool", owner=owner, openness=Openness.RESTRICTED
    )
    lonely = BlockFactory(slug="lonely", name="Lonely library")
    Dependency.objects.create(dependent=middle, dependency=base)
    Dependency.objects.create(dependent=top, dependency=middle)
    Dependency.objects.create(dependent=base, dependency=top)
    Dependency.objects.create(dependent=secret, dependency=base)
    CitizenServiceFactory(slug="permit", blocks=[top])
    CitizenServiceFactory(slug="benefit", blocks=[top])
    CitizenServiceFactory(slug="tax", blocks=[middle])
    first, second = OrganisationFactory(slug="first"), OrganisationFactory(slug="second")
    ReuseFactory(block=base, organisation=first)
    ReuseFactory(block=base, organisation=second)
    ReuseFactory(block=top, organisation=first)
    return {"owner": owner, "base": base, "top": top, "secret": secret, "lonely": lonely}


def test_critical_blocks_counts_by_hand_with_a_cycle(world):
    ranked = critical_blocks(AnonymousUser(), top=None)
    rows = {row.block.slug: (row.dependants, row.services, row.reusers) for row in ranked}
    # base, middle and top reach each other round the cycle: two dependants each, three
    # services, two reusing organisations (first, second). secret is invisible.
    assert rows == {"base": (2, 3, 2), "middle": (2, 3, 2), "top": (2, 3, 2)}
    assert [row.block.slug for row in ranked] == ["base", "middle", "top"]  # ties by name
    operator = {row.block.slug: row.dependants for row in critical_blocks(OPERATOR, top=None)}
    assert operator == {"base": 3, "middle": 3, "top": 3}  # secret hits nothing itself
    assert critical_blocks(AnonymousUser(), top=1)[0].block.slug == "base"


def test_critical_blocks_agree_with_the_impact_of_each_block(world):
    for reader in (OPERATOR, AnonymousUser()):
        for row in critical_blocks(reader, top=None):
            pk = BuildingBlock.objects.get(slug=row.block.slug).pk
            hit = block_impact(reader, pk)
            assert (len(hit.blocks), len(hit.services), len(hit.organisations)) == (
                row.dependants,
                row.services,
                row.reusers,
            ), row.block.slug


def test_critical_blocks_of_an_empty_ecosystem():
    assert critical_blocks(OPERATOR) == []


def _headline(html: str, name: str) -> str:
    card = html.split(f'id="card-{name}"', 1)[1]
    return re.search(r'class="value">([^<]+)<', card).group(1)


def test_dashboard_headlines_equal_the_api(world):
    html = Client().get(reverse("insights:dashboard")).content.decode()
    api = Client().get("/api/v1/insights/reuse").json()
    assert _headline(html, "reuse") == str(api["totals"]["active"]) == "2"
    duplication = Client().get("/api/v1/insights/duplication").json()
    assert _headline(html, "duplication") == str(len(duplication["near_duplicates"]))
    impact = Client().get("/api/v1/insights/impact/blocks/base").json()
    assert _headline(html, "impact") == str(len(impact["services"])) == "3"
    assert _headline(html, "maturity") == "–"
    for name in SECTIONS:
        assert f'href="{reverse("insights:section", args=[name])}"' in html or name == "maturity"
    assert "Secret tool" not in html


def test_dashboard_for_a_member_shows_the_restricted_block(world):
    member = MembershipFactory(organisation=world["owner"]).user
    client = Client()
    client.force_login(member)
    page = reverse("insights:section", args=["reuse"])
    assert "Secret tool" in client.get(page).content.decode()  # never reused
    assert "Secret tool" not in Client().get(page).content.decode()
    impact = client.get(reverse("insights:section", args=["impact"])).content.decode()
    table = impact.split('id="impact-critical"', 1)[1]
    row = table.split("Base registry</a>", 1)[1]
    # services hit 3, dependent blocks 3: the member's walk passes through secret
    counts = r'</td><td><a [^>]+>Owner</a></td><td class="num">3</td><td class="num">3<'
    assert re.match(counts, row)


def test_section_pages_link_figures_to_entities(world):
    html = Client().get(reverse("insights:section", args=["reuse"])).content.decode()
    assert 'id="reuse-never-reused"' in html
    never = html.split('id="reuse-never-reused"', 1)[1].split("</section>", 1)[0]
    assert f'href="{reverse("catalogue:block", args=["lonely"])}"' in never
    assert "Middle layer" in never and "Base registry" not in never
    most = html.split('id="reuse-most-reused"', 1)[1].split("</section>", 1)[0]
    assert most.index("Base registry") < most.index("Top portal")
    impact = Client().get(reverse("insights:section", args=["impact"])).content.decode()
    assert f'href="{reverse("insights:block-impact", args=["base"])}"' in impact


def test_unknown_section_is_404_and_only_get_is_allowed(world):
    assert Client().get("/insights/nothing/").status_code == 404
    assert Client().post(reverse("insights:dashboard")).status_code == 405


def test_the_dashboard_chart_has_a_data_table(world):
    html = Client().get(reverse("insights:dashboard")).content.decode()
    card = html.split('id="card-reuse"', 1)[1].split("</section>", 1)[0]
    assert '<svg viewBox="0 0 560' in card and 'role="img"' in card
    assert card.count("<rect ") == 2  # base (2 reusers) and top (1)
    table = card.split("<table>", 1)[1]
    assert re.search(r"Base registry</a></th><td class=\"num\">2<", table)


def test_dashboard_query_budget(world, django_assert_max_num_queries):
    client = Client()
    client.get(reverse("insights:dashboard"))  # warm the session and caches
    with django_assert_max_num_queries(40):
        assert client.get(reverse("insights:dashboard")).status_code == 200


def test_bar_chart_geometry():
    assert bar_chart("t", "d", "v", []) is None
    assert bar_chart("t", "d", "v", [("a", 0, "0", "")]) is None
    chart = bar_chart("t", "d", "v", [("a", 8, "8", "/a"), ("b", 2, "2", "/b")])
    first, second = chart.bars
    assert first.width == 4 * second.width  # proportional
    assert [shown for _position, shown in chart.ticks] == ["0", "2", "4", "6", "8"]
    assert first.y < second.y and chart.height > second.y
    long = bar_chart("t", "d", "v", [("x" * 40, 1, "1", "")]).bars[0]
    assert long.short_label.endswith("…") and len(long.short_label) == 27
    assert line_chart("t", "d", "v", []) is None


def test_tables_know_their_numeric_columns_and_cut():
    table = Table("k", "c", ["Name", "Count"], [[Cell("a"), Cell("1", numeric=True)]], total=3)
    assert table.headers == [("Name", False), ("Count", True)] and table.cut == 2
    assert num(1234) == "1,234" and num(None) == "–" and num(2.5) == "2.5"


def test_an_empty_ecosystem_shows_every_card_with_nothing_to_count():
    html = Client().get(reverse("insights:dashboard")).content.decode()
    for name in SECTIONS:
        assert f'id="card-{name}"' in html
    assert _headline(html, "reuse") == "0" and _headline(html, "inclusion") == "0"
    assert "<svg" not in html  # no chart without figures
    for name in SECTIONS:
        page = Client().get(reverse("insights:section", args=[name]))
        assert page.status_code == 200, name
    empty = Client().get(reverse("insights:section", args=["reuse"])).content.decode()
    assert "No block has an active reuser yet." in empty
