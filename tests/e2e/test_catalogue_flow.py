"""A newcomer's path through the catalogue in a real browser: home, search, block,
Dutch, sign in, edit, and the audit entry that the edit left."""

from __future__ import annotations

import pytest

from anker.accounts.models import AuditEvent
from anker.catalogue import services
from tests.factories import BlockFactory, DescriptionFactory, MembershipFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ecosystem():
    owner = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    block = BlockFactory(
        name="Notificatieservice", slug="notificatieservice", owner=owner, lifecycle="pilot"
    )
    DescriptionFactory(block=block, language="en", short_description="Sends notices to citizens.")
    DescriptionFactory(
        block=block, language="nl", short_description="Stuurt berichten aan burgers."
    )
    services.refresh_search_document(block)
    BlockFactory(name="Betaalplatform", slug="betaalplatform", owner=owner, kind="platform")
    MembershipFactory(organisation=owner, role="editor", user__username="redacteur")
    return block


def test_search_open_switch_language_sign_in_edit_and_see_audit(page, ecosystem):
    page.goto("/")
    assert "invented" in page.content()
    page.get_by_label("Search building blocks").fill("notif")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Notificatieservice").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Notificatieservice"
    assert page.get_by_text("Sends notices to citizens.").is_visible()

    page.get_by_label("Language").select_option("nl")
    page.get_by_role("button", name="Switch").click()
    assert page.get_by_text("Stuurt berichten aan burgers.").is_visible()
    assert page.locator("html").get_attribute("lang") == "nl"

    page.get_by_role("link", name="Inloggen").click()
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Notificatieservice"

    page.get_by_role("link", name="Bewerken").click()
    page.get_by_label("Levensfase").select_option("production")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("Uw wijzigingen zijn opgeslagen.").is_visible()

    history = page.locator("section", has=page.get_by_role("heading", name="Geschiedenis"))
    history.locator("summary").first.click()
    assert "redacteur" in history.inner_text()
    assert "lifecycle" in history.inner_text() and "production" in history.inner_text()
    assert AuditEvent.objects.filter(entity_uuid=ecosystem.uuid, action="update").count() == 1


def test_facets_filter_the_results_without_a_page_load(page, ecosystem):
    page.goto("/blocks/")
    assert page.get_by_role("heading", name="2 building blocks").is_visible()
    page.get_by_label("Platform (shared service) (1)").check()
    page.get_by_role("heading", name="1 building block").wait_for()
    assert "kind=platform" in page.url
    assert page.get_by_label("Platform (shared service) (1)").is_checked()
    # The checkbox survives the swap, so keyboard users keep their place.
    assert page.evaluate("document.activeElement.name") == "kind"
