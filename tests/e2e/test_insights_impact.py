"""The impact page in a real browser: from a building block's page a reader follows "Impact
if this fails", the graph draws every node of its data under anker's Content-Security-
Policy, selecting a node highlights it and links to its page, and a path entry leads on.
Without JavaScript the lists tell the same. A large impact draws the nearest 250 nodes
and says so. The pages pass axe-core's WCAG 2.1 AA checks, at desktop width and at
320 px."""

from __future__ import annotations

import json

import pytest

from anker.catalogue.models import Dependency
from tests.e2e.axe import violations
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    OrganisationFactory,
    ReuseFactory,
    ServiceChannelFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CANVAS = "#impact-graph-canvas"
RENDERED = "#impact-graph-canvas[data-rendered-nodes]"


@pytest.fixture
def ecosystem():
    """loket depends on kaart, check on loket, and kaart on check (a cycle); a service
    on loket with two channels; an organisation reusing check."""
    owner = OrganisationFactory(name="Kaartdienst", slug="kaartdienst")
    kaart = BlockFactory(name="Kaartplatform", slug="kaart", owner=owner)
    loket = BlockFactory(name="Omgevingsloket", slug="loket")
    check = BlockFactory(name="Vergunningcheck", slug="check")
    for dependent, dependency in ((loket, kaart), (check, loket), (kaart, check)):
        Dependency.objects.create(dependent=dependent, dependency=dependency)
    service = CitizenServiceFactory(
        name="Aanvraag omgevingsvergunning", slug="aanvraag", blocks=[loket]
    )
    ServiceChannelFactory(service=service, kind="online")
    ServiceChannelFactory(service=service, kind="counter")
    ReuseFactory(block=check, organisation=OrganisationFactory(name="Gemeente B", slug="b"))
    return kaart


def graph_data(page) -> dict:
    return json.loads(page.locator("#impact-graph").text_content())


def click_node(page, node_id: str) -> None:
    """Click where Cytoscape drew the node. Its instance hangs on the container as
    ``_cyreg.cy`` (an internal of the vendored version, pinned in static/anker/vendor)."""
    page.locator(CANVAS).scroll_into_view_if_needed()
    position = page.evaluate(
        "(id) => document.getElementById('impact-graph-canvas')._cyreg.cy"
        ".getElementById(id).renderedPosition()",
        node_id,
    )
    box = page.locator(CANVAS).bounding_box()
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])


def test_follow_the_impact_link_and_explore_the_graph(page, ecosystem):
    problems = []
    page.on("console", lambda message: problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto("/blocks/kaart/")
    page.get_by_role("link", name="Impact if this fails").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Impact if Kaartplatform fails"

    page.wait_for_selector(RENDERED)
    data = graph_data(page)
    assert len(data["nodes"]) == 7  # kaart, loket, check, the service, 2 channels, B
    assert page.get_attribute(CANVAS, "data-rendered-nodes") == str(len(data["nodes"]))
    assert page.get_attribute(CANVAS, "data-rendered-edges") == str(len(data["edges"])) == "6"
    assert page.get_by_role("img", name="Graph of 7 nodes").is_visible()
    assert problems == []  # no script error, nothing blocked by the Content-Security-Policy

    selection = page.locator("#impact-selection")
    assert selection.is_hidden()
    click_node(page, "block:check")
    assert selection.is_visible()
    link = selection.get_by_role("link")
    assert (link.inner_text(), link.get_attribute("href")) == ("Vergunningcheck", "/blocks/check/")

    organisations = page.locator("section", has=page.locator("#organisations-heading"))
    entry = organisations.get_by_role("listitem")
    assert " ".join(entry.inner_text().split()) == (
        "Gemeente B reuses 1 of these blocks "
        "Path: Kaartplatform → Omgevingsloket → Vergunningcheck → Gemeente B"
    )
    entry.get_by_role("link", name="Gemeente B").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Gemeente B"


def test_without_javascript_the_lists_tell_the_same(browser, live_server, ecosystem):
    context = browser.new_context(
        base_url=live_server.url, locale="en-GB", java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/insights/impact/blocks/kaart/")
    assert page.locator("#impact-graph-section").is_hidden()
    channels = page.locator("section", has=page.locator("#channels-heading"))
    assert [
        " ".join(text.split()) for text in channels.get_by_role("listitem").all_inner_texts()
    ] == [
        "Counter: Aanvraag omgevingsvergunning "
        "Path: Kaartplatform → Omgevingsloket → Aanvraag omgevingsvergunning → Counter",
        "Online: Aanvraag omgevingsvergunning "
        "Path: Kaartplatform → Omgevingsloket → Aanvraag omgevingsvergunning → Online",
    ]
    context.close()


def test_a_large_impact_draws_the_nearest_250_nodes(page, ecosystem):
    for n in range(260):
        ReuseFactory(block=ecosystem, organisation=OrganisationFactory(name=f"Reuser {n:03}"))
    page.goto("/insights/impact/blocks/kaart/")
    page.wait_for_selector(RENDERED)
    assert page.get_attribute(CANVAS, "data-rendered-nodes") == "250"
    assert page.get_by_text(
        "The graph draws at most 250 nodes: the 250 nearest of 267. The lists below are complete."
    ).is_visible()
    organisations = page.locator("section", has=page.locator("#organisations-heading"))
    assert (
        organisations.get_by_role("heading").inner_text()
        == "261 organisations reuse one of these blocks"
    )
    # The lists page at 100 entries: the first page of organisations, then a link on.
    assert organisations.get_by_role("listitem").count() == 100
    assert organisations.get_by_role("link", name="Next").is_visible()


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_impact_pages_have_no_wcag_violations(axe_page, ecosystem, width):
    page = axe_page
    page.set_viewport_size({"width": width, "height": 800})
    found = {}
    for url in ["/insights/impact/blocks/kaart/", "/insights/impact/organisations/kaartdienst/"]:
        page.goto(url)
        page.wait_for_selector(RENDERED)
        if problems := violations(page):
            found[url] = problems
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    click_node(page, "block:loket")
    assert page.locator("#impact-selection").is_visible()
    if problems := violations(page):
        found["selected"] = problems
    assert not found, found
