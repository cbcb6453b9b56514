"""The insights dashboard in a real browser: a reader opens it, follows a figure to the
entities behind it and on to one of them, and opens the impact graph of the block whose
failure hits the most services. The dashboard and a section page pass axe-core's WCAG
2.1 AA checks at desktop width and at 320 px, without sideways scrolling."""

from __future__ import annotations

import pytest

# The live server runs in this process: import scikit-learn (duplication) now, not in
# the first request, as a server process does once at its start.
import sklearn.feature_extraction.text  # noqa: F401

from anker.catalogue.models import Dependency
from tests.e2e.axe import violations
from tests.factories import BlockFactory, CitizenServiceFactory, OrganisationFactory, ReuseFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ecosystem():
    agency = OrganisationFactory(name="Digitale Dienst", slug="digitale-dienst")
    city = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    login = BlockFactory(name="Inlogpoort", slug="inlogpoort", owner=agency)
    portal = BlockFactory(name="Loket Waterveen", slug="loket", owner=city)
    BlockFactory(name="Vergeten bibliotheek", slug="vergeten", owner=city)
    Dependency.objects.create(dependent=portal, dependency=login)
    CitizenServiceFactory(name="Parkeervergunning", slug="parkeervergunning", blocks=[portal])
    CitizenServiceFactory(name="Afvalpas", slug="afvalpas", blocks=[login])
    ReuseFactory(block=login, organisation=city)


def test_follow_a_figure_to_its_entities_and_open_an_impact_graph(axe_page, ecosystem):
    page = axe_page
    page.set_default_navigation_timeout(60000)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights").click()
    page.wait_for_url("**/insights/")
    reuse = page.get_by_role("region", name="Reuse", exact=True)
    # one block nobody reuses besides the portal... the figure says how many, and leads there
    never = reuse.get_by_role("link", name="blocks never reused")
    assert never.inner_text().startswith("2")
    never.click()
    page.wait_for_url("**/insights/reuse/#reuse-never-reused")
    table = page.get_by_role("region", name="Never reused (2)")
    assert table.get_by_role("link", name="Vergeten bibliotheek").is_visible()
    table.get_by_role("link", name="Vergeten bibliotheek").click()
    page.wait_for_url("**/blocks/vergeten/")
    assert page.get_by_role("heading", level=1).inner_text() == "Vergeten bibliotheek"

    page.goto("/insights/")
    impact = page.get_by_role("region", name="Impact", exact=True)
    headline = impact.get_by_role("link", name="citizen services hit if Inlogpoort fails")
    assert headline.inner_text().startswith("2")
    headline.click()
    page.wait_for_url("**/insights/impact/blocks/inlogpoort/")
    graph = page.locator("[data-rendered-nodes]")
    graph.wait_for(state="attached")
    # Inlogpoort, Loket Waterveen, two services, their channels, Waterveen as reuser
    assert int(graph.get_attribute("data-rendered-nodes")) >= 5


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_dashboard_pages_have_no_wcag_violations(axe_page, ecosystem, width):
    page = axe_page
    page.set_viewport_size({"width": width, "height": 800})
    found = {}
    for url in ["/insights/", "/insights/reuse/", "/insights/impact/", "/insights/maturity/"]:
        page.goto(url)
        if problems := violations(page):
            found[url] = problems
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    assert not found, found
