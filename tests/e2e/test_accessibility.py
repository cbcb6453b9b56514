"""WCAG 2.1 A and AA checks with axe-core on every kind of page, in English and Dutch,
at desktop width and at 320 px."""

from __future__ import annotations

import pytest

from anker.catalogue import services
from tests.e2e.axe import violations
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DependencyFactory,
    DescriptionFactory,
    MembershipFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(axe_page):
    """The conftest's page that lets axe-core be injected (tests/e2e/axe.py)."""
    return axe_page


@pytest.fixture
def ecosystem():
    owner = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    capability = CapabilityFactory(name="Notify", slug="notify")
    block = BlockFactory(name="Notificatieservice", slug="notificatieservice", owner=owner)
    block.capabilities.add(capability)
    DescriptionFactory(block=block, language="en", short_description="Sends notices to citizens.")
    DependencyFactory(dependent=block, dependency=BlockFactory(name="Berichtenbox"))
    ReuseFactory(block=block, organisation=OrganisationFactory(name="Gemeente Brugstede"))
    services.refresh_search_document(block)
    MembershipFactory(organisation=owner, role="editor", user__username="redacteur")
    return block


PUBLIC_PAGES = [
    "/",
    "/blocks/",
    "/blocks/?q=notif&kind=software",
    "/blocks/notificatieservice/",
    "/organisations/",
    "/organisations/waterveen/",
    "/capabilities/",
    "/capabilities/notify/",
    "/account/login/",
    "/this-page-does-not-exist/",
]


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_public_pages_have_no_wcag_violations(page, ecosystem, width):
    page.set_viewport_size({"width": width, "height": 800})
    found = {}
    for url in PUBLIC_PAGES:
        page.goto(url)
        if problems := violations(page):
            found[url] = problems
        # 320 px wide must not scroll sideways (WCAG 1.4.10 reflow).
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    assert not found, found


@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_forms_have_no_wcag_violations_in_dutch(page, ecosystem, live_server):
    page.context.add_cookies([{"name": "django_language", "value": "nl", "url": live_server.url}])
    page.goto("/account/login/")
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()
    found = {}
    for url in [
        "/blocks/new/",
        "/blocks/notificatieservice/edit/",
        "/blocks/notificatieservice/dependencies/add/",
        "/account/",
    ]:
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == "nl"
        if problems := violations(page):
            found[url] = problems
    # A form with errors: the error summary and the messages on the fields.
    page.goto("/blocks/new/")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_role("alert").is_visible()
    if problems := violations(page):
        found["/blocks/new/ (errors)"] = problems
    assert not found, found
