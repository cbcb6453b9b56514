"""Exchange in a real browser: the owner's org-admin sees a request waiting for months,
approves it, and finds the reuse on the block's page; the requester starts using it and
the restricted block becomes visible to them. Every exchange page passes axe-core's
WCAG 2.1 AA checks, at desktop width and at 320 px."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from anker.reuse import services
from anker.reuse.models import ExchangeRequest, Reuse
from tests.e2e.axe import violations
from tests.factories import BlockFactory, MembershipFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def page(axe_page):
    """The conftest's page that lets axe-core be injected (tests/e2e/axe.py)."""
    return axe_page


@pytest.fixture
def exchange():
    owner = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    requester = OrganisationFactory(name="Gemeente Brugstede", slug="brugstede")
    MembershipFactory(organisation=owner, role="org-admin", user__username="beheerder")
    asker = MembershipFactory(organisation=requester, role="editor", user__username="aanvrager")
    block = BlockFactory(
        name="Parkeerrechten API", slug="parkeerrechten-api", owner=owner, openness="restricted"
    )
    BlockFactory(name="Afvalkalender", slug="afvalkalender", owner=owner)
    coordinator = MembershipFactory(organisation=OrganisationFactory()).user
    coordinator.platform_role = "coordinator"
    coordinator.save()
    request = services.exchange_request_create(
        actor=coordinator,
        block=block,
        requester=requester,
        purpose="Check parking permits in the shared border zone.",
        terms="Read-only; one year.",
    )
    ExchangeRequest.objects.filter(pk=request.pk).update(
        requested_at=timezone.now() - dt.timedelta(days=100), requested_by=asker.user
    )
    return request


def sign_in(page, username: str) -> None:
    page.goto("/account/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()


def test_approve_a_request_and_see_the_reuse_appear(page, exchange):
    sign_in(page, "beheerder")
    assert page.get_by_role("link", name="Notifications 1 unread").is_visible()

    page.get_by_role("link", name="Exchange").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Requests waiting for us"
    waiting = page.locator(
        "section", has=page.get_by_role("heading", name="1 request to decide on")
    )
    row = waiting.get_by_role("row", name="Parkeerrechten API")
    assert "Gemeente Brugstede" in row.inner_text() and "3\xa0months" in row.inner_text()
    assert not violations(page)

    row.get_by_role("link", name="Parkeerrechten API").click()
    assert "Check parking permits" in page.content()
    page.get_by_label("Note with the approval").fill("Welcome; one year to start with.")
    page.get_by_role("button", name="Approve the request").click()
    assert page.get_by_text("You approved the request; the reuse is recorded.").is_visible()
    assert page.locator(".status-approved").first.is_visible()

    page.get_by_role("link", name="see the block's reusers").click()
    reuse = page.locator(
        "section", has=page.get_by_role("heading", name="Reused by 1 organisation")
    )
    assert "Gemeente Brugstede" in reuse.inner_text() and "Evaluating" in reuse.inner_text()
    assert Reuse.objects.get().organisation.slug == "brugstede"

    # The requester hears of it, starts using the block, and now sees it.
    sign_out(page)
    sign_in(page, "aanvrager")
    page.goto("/notifications/")
    assert not violations(page)
    page.get_by_role("button", name=re.compile("^Open.*Gemeente Waterveen approved")).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Gemeente Brugstede asks")
    assert "visible to you once the exchange is active" in page.content()
    page.get_by_role("button", name="Start using: confirm the reuse").click()
    assert page.get_by_text("The exchange is active").is_visible()
    page.get_by_role("link", name="Parkeerrechten API").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Parkeerrechten API"
    assert Reuse.objects.get().status == "in-use"


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_exchange_pages_have_no_wcag_violations(page, exchange, width):
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, "aanvrager")
    found = {}
    for url in [
        "/reuse/exchange/",
        "/reuse/exchange/?status=requested&direction=outgoing",
        "/reuse/exchange/waiting/",
        exchange.get_absolute_url(),
        "/reuse/exchange/request/afvalkalender/",
        f"/reuse/exchange/{exchange.uuid}/edit/",
        "/notifications/",
    ]:
        page.goto(url)
        if problems := violations(page):
            found[url] = problems
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    # A form with errors: the summary and the messages on the fields.
    page.goto("/reuse/exchange/request/afvalkalender/")
    page.get_by_role("button", name="Send the request").click()
    assert page.get_by_role("alert").is_visible()
    if problems := violations(page):
        found["request form (errors)"] = problems
    assert not found, found
