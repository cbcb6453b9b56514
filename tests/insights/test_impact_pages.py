"""The impact pages on a crafted graph with a cycle: the headline counts, the explanation
paths as lists, the graph data handed to impact.js, visibility (404 for a block the
reader may not see), the graph's node limit, pagination and the query budget."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import html as lxml_html

from anker.catalogue.models import BuildingBlock, Dependency
from anker.insights.views import impact as impact_views
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    OrganisationFactory,
    ReuseFactory,
    ServiceChannelFactory,
)

pytestmark = pytest.mark.django_db

BLOCK_URL = "/insights/impact/blocks/kaart/"
ORGANISATION_URL = "/insights/impact/organisations/gemeente-eigenaar/"


def depends(dependent, dependency):
    Dependency.objects.create(dependent=dependent, dependency=dependency)


@pytest.fixture
def graph(actors):
    """loket and viewer depend on kaart, check on loket, and kaart on check (a cycle back
    to the root); a restricted block of the owner depends on loket; services, channels
    and reusers along the way (one reuse stopped, so it does not count)."""
    third = OrganisationFactory(name="Gemeente Derde", slug="derde")
    kaart = BlockFactory(name="Kaartplatform", slug="kaart", owner=actors.owner)
    loket = BlockFactory(name="Omgevingsloket", slug="loket", owner=third)
    check = BlockFactory(name="Vergunningcheck", slug="check", owner=third)
    viewer = BlockFactory(name="Kaartviewer", slug="viewer", owner=actors.other)
    secret = BlockFactory(
        name="Geheim register", slug="geheim", owner=actors.owner, openness="restricted"
    )
    depends(loket, kaart)
    depends(check, loket)
    depends(kaart, check)
    depends(viewer, kaart)
    depends(secret, loket)
    inzage = CitizenServiceFactory(
        name="Kaart inzien", slug="inzage", blocks=[kaart], organisations=[actors.owner]
    )
    aanvraag = CitizenServiceFactory(
        name="Aanvraag omgevingsvergunning",
        slug="aanvraag",
        blocks=[loket, check],
        organisations=[third, actors.other],
    )
    ServiceChannelFactory(service=inzage, kind="phone")
    ServiceChannelFactory(service=aanvraag, kind="online")
    ServiceChannelFactory(service=aanvraag, kind="counter")
    ReuseFactory(block=kaart, organisation=OrganisationFactory(name="Gemeente A", slug="a"))
    ReuseFactory(block=check, organisation=OrganisationFactory(name="Gemeente B", slug="b"))
    ReuseFactory(
        block=loket,
        organisation=OrganisationFactory(name="Gemeente C", slug="c"),
        status="stopped",
        stop_reason="Replaced",
    )
    return kaart


def parse(response):
    assert response.status_code == 200
    return lxml_html.fromstring(response.content.decode())


def texts(doc, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in doc.xpath(xpath)]


def entries(doc, heading: str) -> list[str]:
    return texts(doc, f'//section[@aria-labelledby="{heading}"]/ul/li')


def graph_data(doc) -> dict:
    [script] = doc.xpath('//script[@id="impact-graph"]')
    return json.loads(script.text)


def test_block_page_counts_and_lists_every_path(client: Client, graph):
    doc = parse(client.get(BLOCK_URL))
    assert texts(doc, "//h1") == ["Impact if Kaartplatform fails"]
    assert texts(doc, "//section/h2") == [
        "Affected",
        "Graph",
        "3 building blocks depend on it",
        "2 citizen services are hit",
        "3 channels of those services",
        "2 organisations reuse one of these blocks",
    ]
    assert texts(doc, '//ul[contains(@class, "impact-summary")]/li') == [
        "3 building blocks",
        "2 citizen services",
        "3 channels",
        "2 organisations",
    ]
    assert texts(doc, '//section[@aria-labelledby="summary-heading"]/p') == [
        "And 1 further building block not shared with you."
    ]
    assert entries(doc, "blocks-heading") == [
        "Kaartviewer Gemeente Ander · 1 step away Path: Kaartplatform → Kaartviewer",
        "Omgevingsloket Gemeente Derde · 1 step away Path: Kaartplatform → Omgevingsloket",
        "Vergunningcheck Gemeente Derde · 2 steps away "
        "Path: Kaartplatform → Omgevingsloket → Vergunningcheck",
        "and 1 block not shared with you",
    ]
    assert entries(doc, "services-heading") == [
        "Kaart inzien Gemeente Eigenaar Path: Kaartplatform → Kaart inzien",
        "Aanvraag omgevingsvergunning Gemeente Ander, Gemeente Derde "
        "Path: Kaartplatform → Omgevingsloket → Aanvraag omgevingsvergunning",
    ]
    assert entries(doc, "channels-heading") == [
        "Phone: Kaart inzien Path: Kaartplatform → Kaart inzien → Phone",
        "Counter: Aanvraag omgevingsvergunning "
        "Path: Kaartplatform → Omgevingsloket → Aanvraag omgevingsvergunning → Counter",
        "Online: Aanvraag omgevingsvergunning "
        "Path: Kaartplatform → Omgevingsloket → Aanvraag omgevingsvergunning → Online",
    ]
    assert entries(doc, "organisations-heading") == [
        "Gemeente A reuses 1 of these blocks Path: Kaartplatform → Gemeente A",
        "Gemeente B reuses 1 of these blocks "
        "Path: Kaartplatform → Omgevingsloket → Vergunningcheck → Gemeente B",
    ]
    links = {a.text_content(): a.get("href") for a in doc.xpath("//ul/li/a")}
    assert links["Vergunningcheck"] == "/blocks/check/"
    assert links["Aanvraag omgevingsvergunning"].startswith("/services/aanvraag/")
    assert links["Gemeente B"] == "/organisations/b/"


def test_graph_data_follows_the_explanation_paths(client: Client, graph):
    data = graph_data(parse(client.get(BLOCK_URL)))
    assert data["root"] == "block:kaart"
    # Nearest first; at one distance blocks, then services, organisations, channels.
    assert [(node["id"], node["type"]) for node in data["nodes"]] == [
        ("block:kaart", "root"),
        ("block:viewer", "block"),
        ("block:loket", "block"),
        ("service:inzage", "service"),
        ("organisation:a", "organisation"),
        ("block:check", "block"),
        ("service:aanvraag", "service"),
        ("channel:inzage:phone", "channel"),
        ("organisation:b", "organisation"),
        ("channel:aanvraag:counter", "channel"),
        ("channel:aanvraag:online", "channel"),
    ]
    # One edge into every node but the root, along its path; the cycle's way back to the
    # root (kaart depends on check) explains nothing and is not drawn.
    assert sorted((edge["source"], edge["target"]) for edge in data["edges"]) == [
        ("block:check", "organisation:b"),
        ("block:kaart", "block:loket"),
        ("block:kaart", "block:viewer"),
        ("block:kaart", "organisation:a"),
        ("block:kaart", "service:inzage"),
        ("block:loket", "block:check"),
        ("block:loket", "service:aanvraag"),
        ("service:aanvraag", "channel:aanvraag:counter"),
        ("service:aanvraag", "channel:aanvraag:online"),
        ("service:inzage", "channel:inzage:phone"),
    ]
    labels = {node["id"]: (node["label"], node["url"]) for node in data["nodes"]}
    assert labels["block:check"] == ("Vergunningcheck", "/blocks/check/")
    assert labels["channel:aanvraag:online"] == ("Online", "/services/aanvraag/#channels-heading")
    assert labels["organisation:a"] == ("Gemeente A", "/organisations/a/")
    assert (data["total"], data["limit"]) == (11, impact_views.MAX_GRAPH_NODES)
    assert "geheim" not in json.dumps(data)


def test_a_restricted_block_is_404_to_outsiders_and_shown_to_members(client, actors, graph):
    assert client.get("/insights/impact/blocks/geheim/").status_code == 404
    client.force_login(actors.other_editor)  # a member of another organisation
    assert client.get("/insights/impact/blocks/geheim/").status_code == 404
    client.force_login(actors.viewer)  # a member of the owner
    assert client.get("/insights/impact/blocks/geheim/").status_code == 200
    doc = parse(client.get(BLOCK_URL))
    assert texts(doc, '//ul[contains(@class, "impact-summary")]/li')[0] == "4 building blocks"
    assert [entry.split(" ·")[0] for entry in entries(doc, "blocks-heading")] == [
        "Kaartviewer Gemeente Ander",
        "Omgevingsloket Gemeente Derde",
        "Geheim register Gemeente Eigenaar",
        "Vergunningcheck Gemeente Derde",
    ]
    assert not texts(doc, '//section[@aria-labelledby="summary-heading"]/p')
    assert "block:geheim" in {node["id"] for node in graph_data(doc)["nodes"]}


def test_unknown_subjects_are_404(client: Client, graph):
    assert client.get("/insights/impact/blocks/nope/").status_code == 404
    assert client.get("/insights/impact/organisations/nope/").status_code == 404


def test_organisation_page_starts_from_its_blocks(client: Client, actors, graph):
    doc = parse(client.get(ORGANISATION_URL))
    assert texts(doc, "//h1") == ["What depends on Gemeente Eigenaar"]
    assert entries(doc, "sources-heading") == ["Kaartplatform"]
    assert texts(doc, '//ul[contains(@class, "impact-summary")]/li') == [
        "3 building blocks",
        "2 citizen services",
        "3 channels",
        "2 organisations",
    ]
    # The owner's restricted block is a hidden source: it and nothing behind it shows.
    assert texts(doc, '//section[@aria-labelledby="summary-heading"]/p') == [
        "And 1 further building block not shared with you."
    ]
    assert entries(doc, "blocks-heading")[2] == (
        "Vergunningcheck Gemeente Derde · 2 steps away "
        "Path: Gemeente Eigenaar → Kaartplatform → Omgevingsloket → Vergunningcheck"
    )
    data = graph_data(doc)
    assert data["root"] == "organisation:gemeente-eigenaar"
    assert [(node["id"], node["type"]) for node in data["nodes"][:3]] == [
        ("organisation:gemeente-eigenaar", "root"),
        ("block:kaart", "source"),
        ("block:viewer", "block"),
    ]
    assert {"source": "organisation:gemeente-eigenaar", "target": "block:kaart"} in data["edges"]
    assert len(data["nodes"]) == data["total"] == 12


def test_a_merged_organisation_redirects_to_the_record_it_lives_on_in(client, actors, graph):
    OrganisationFactory(slug="oud", merged_into=actors.owner)
    response = client.get("/insights/impact/organisations/oud/")
    assert (response.status_code, response["Location"]) == (302, ORGANISATION_URL)


def test_the_graph_draws_the_nearest_nodes_and_says_so(client, graph, monkeypatch):
    monkeypatch.setattr(impact_views, "MAX_GRAPH_NODES", 4)
    doc = parse(client.get(BLOCK_URL))
    data = graph_data(doc)
    assert [node["id"] for node in data["nodes"]] == [
        "block:kaart",
        "block:viewer",
        "block:loket",
        "service:inzage",
    ]
    assert len(data["edges"]) == 3 and (data["total"], data["limit"]) == (11, 4)
    assert texts(doc, '//section[@id="impact-graph-section"]/p[@class="notice"]') == [
        "The graph draws at most 4 nodes: the 4 nearest of 11. The lists below are complete."
    ]
    assert len(entries(doc, "channels-heading")) == 3  # the lists are not cut


def test_no_notice_when_the_whole_graph_is_drawn(client: Client, graph):
    doc = parse(client.get(BLOCK_URL))
    assert not doc.xpath('//section[@id="impact-graph-section"]//p[@class="notice"]')


def test_each_list_pages_on_its_own(client: Client, graph, monkeypatch):
    monkeypatch.setattr(impact_views, "PAGE_SIZE", 2)
    first = parse(client.get(BLOCK_URL, {"channels": 2}))
    assert [entry.split(" Path")[0] for entry in entries(first, "blocks-heading")] == [
        "Kaartviewer Gemeente Ander · 1 step away",
        "Omgevingsloket Gemeente Derde · 1 step away",
        "and 1 block not shared with you",
    ]
    assert [entry.split(" Path")[0] for entry in entries(first, "channels-heading")] == [
        "Online: Aanvraag omgevingsvergunning"
    ]
    [next_blocks] = first.xpath(
        '//section[@aria-labelledby="blocks-heading"]//nav[@class="pagination"]/a'
    )
    assert next_blocks.get("href") == "?channels=2&blocks=2"
    second = parse(client.get(BLOCK_URL, {"blocks": 2}))
    assert entries(second, "blocks-heading")[0].startswith("Vergunningcheck")
    # The headline counts everything, whatever page a list is on.
    assert texts(second, '//ul[contains(@class, "impact-summary")]/li')[0] == "3 building blocks"


def test_block_and_organisation_pages_link_to_their_impact(client: Client, actors, graph):
    block_page = parse(client.get("/blocks/kaart/"))
    [link] = block_page.xpath('//a[text()="Impact if this fails"]')
    assert link.get("href") == BLOCK_URL
    organisation_page = parse(client.get("/organisations/gemeente-eigenaar/"))
    [link] = organisation_page.xpath('//a[text()="What depends on this organisation"]')
    assert link.get("href") == ORGANISATION_URL


def test_the_page_loads_its_script_and_style_from_static_only(client: Client, graph):
    doc = parse(client.get(BLOCK_URL))
    scripts = [s.get("src") for s in doc.xpath("//script[@src]")]
    assert [s for s in scripts if "cytoscape" in s or "impact" in s] == [
        "/static/anker/vendor/cytoscape.min.js",
        "/static/insights/impact.js",
    ]
    # No inline script but the JSON data, and no style attribute (script-src/style-src 'self').
    assert [s.get("type") for s in doc.xpath("//script[not(@src)]")] == ["application/json"]
    assert not doc.xpath("//*[@style]") and not doc.xpath("//style")


# Queries of an anonymous reader on the crafted graph (20 on either page): the view's
# own look-up, then the analysis: one query per level of the walk, twice (the visible walk
# and the full one that counts hidden blocks), a visibility check per level, and one each
# for services, their organisations, channels and reuse. Nothing while rendering.
BUDGET = 20


@pytest.mark.parametrize("url", [BLOCK_URL, ORGANISATION_URL])
def test_query_budget(client: Client, graph, django_assert_max_num_queries, url):
    with django_assert_max_num_queries(BUDGET):
        assert client.get(url).status_code == 200


def test_queries_do_not_grow_with_what_is_hit(client: Client, graph):
    """Forty more blocks at the same depths, each with a service, a channel and a reuser,
    cost no query more."""

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(BLOCK_URL).status_code == 200
        return len(captured)

    few = queries()
    loket = BuildingBlock.objects.get(slug="loket")
    for n in range(40):
        block = BlockFactory()
        depends(block, graph if n % 2 else loket)
        ServiceChannelFactory(service=CitizenServiceFactory(blocks=[block]))
        ReuseFactory(block=block)
    assert queries() == few
