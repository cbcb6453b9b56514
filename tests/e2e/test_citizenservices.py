"""Citizen services in a real browser: a citizen opens a life event and sees which
service is digital-only; a service owner adds a channel; and every page of the app has no
WCAG 2.1 A/AA violations (axe-core), at desktop width and at 320 px, in English and
Dutch."""

from __future__ import annotations

import re

import pytest

from anker.citizenservices.models import LifeEvent
from tests.e2e.axe import violations
from tests.factories import (
    ChannelFiguresFactory,
    CitizenServiceFactory,
    MembershipFactory,
    OrganisationFactory,
    ServiceChannelFactory,
    ServiceTypeFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def services():
    waterveen = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    dijkhoven = OrganisationFactory(name="Gemeente Dijkhoven", slug="dijkhoven")
    parking = ServiceTypeFactory(name="Parking permit", name_nl="Parkeervergunning", slug="parking")
    moving = LifeEvent.objects.get(slug="moving-house")
    app_first = CitizenServiceFactory(
        name="Parkeervergunning Waterveen",
        slug="parkeren-waterveen",
        organisations=[waterveen],
        service_type=parking,
        life_events=[moving],
    )
    ServiceChannelFactory(service=app_first, kind="online", accessibility_status="B")
    ServiceChannelFactory(service=app_first, kind="app", service_level_value=1)
    counter_too = CitizenServiceFactory(
        name="Parkeervergunning Dijkhoven",
        slug="parkeren-dijkhoven",
        organisations=[dijkhoven],
        service_type=parking,
        life_events=[moving],
    )
    online = ServiceChannelFactory(service=counter_too, kind="online", service_level_value=10)
    ServiceChannelFactory(service=counter_too, kind="counter", languages=["nl"])
    ChannelFiguresFactory(channel=online)
    MembershipFactory(organisation=waterveen, role="editor", user__username="redacteur")
    return app_first


def sign_in(page, username: str) -> None:
    page.goto("/account/login/")
    page.get_by_label(re.compile("Username|Gebruikersnaam")).fill(username)
    page.get_by_label(re.compile("Password|Wachtwoord")).fill("correct-horse-battery")
    page.get_by_role("button", name=re.compile("Sign in|Inloggen")).click()


def test_a_life_event_marks_the_digital_only_service(page, services):
    page.goto("/services/")
    page.get_by_role("link", name=re.compile("Moving house")).first.click()
    page.wait_for_url("**/life-events/moving-house/")
    assert page.get_by_role("heading", level=1).inner_text() == "Moving house"
    matrix = page.get_by_role("table", name=re.compile("Services in the life event"))
    app_first = matrix.get_by_role("row").filter(has_text="Parkeervergunning Waterveen")
    counter_too = matrix.get_by_role("row").filter(has_text="Parkeervergunning Dijkhoven")
    assert app_first.get_by_text("Digital only").is_visible()
    assert counter_too.get_by_text("Digital only").count() == 0
    assert page.get_by_role("alert").count() == 0
    assert "offered only through digital channels" in page.locator("main").inner_text()
    # The service page says so too, and shows every channel.
    app_first.get_by_role("link", name="Parkeervergunning Waterveen").click()
    page.wait_for_url("**/services/parkeren-waterveen/")
    assert page.get_by_text("Digital only").first.is_visible()


def test_a_service_owner_adds_a_channel(page, services):
    sign_in(page, "redacteur")
    page.goto("/services/parkeren-waterveen/")
    page.get_by_role("link", name="Add a channel").click()
    page.get_by_label("Channel").select_option("counter")
    page.get_by_label(re.compile(r"^Service-level target")).fill("5")
    page.get_by_label("Service-level unit").select_option("working-days")
    page.get_by_label("Languages").fill("nl, en")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/services/parkeren-waterveen/")
    assert page.get_by_text("The channel was added.").is_visible()
    # With a counter, the service is no longer digital-only.
    assert page.locator("main").get_by_text("Digital only").count() == 0


PUBLIC_PAGES = [
    "/services/",
    "/services/?digital_only=yes",
    "/services/parkeren-waterveen/",
    "/services/parkeren-dijkhoven/",
    "/life-events/",
    "/life-events/moving-house/",
    "/service-types/",
    "/service-types/parking/",
]


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_the_pages_have_no_wcag_violations(axe_page, services, width):
    axe_page.set_viewport_size({"width": width, "height": 800})
    found = {}
    for url in PUBLIC_PAGES:
        axe_page.goto(url)
        if problems := violations(axe_page):
            found[url] = problems
        # 320 px wide must not scroll sideways (WCAG 1.4.10 reflow).
        assert axe_page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
    assert not found, found


@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_the_forms_have_no_wcag_violations_in_dutch(axe_page, services, live_server):
    axe_page.context.add_cookies(
        [{"name": "django_language", "value": "nl", "url": live_server.url}]
    )
    sign_in(axe_page, "redacteur")
    channel = services.channels.get(kind="online")
    found = {}
    for url in [
        "/services/new/",
        "/services/parkeren-waterveen/edit/",
        "/services/parkeren-waterveen/channels/add/",
        f"/services/parkeren-waterveen/channels/{channel.uuid}/edit/",
        f"/services/parkeren-waterveen/channels/{channel.uuid}/figures/",
        "/life-events/moving-house/",
    ]:
        axe_page.goto(url)
        assert axe_page.locator("html").get_attribute("lang") == "nl"
        if problems := violations(axe_page):
            found[url] = problems
    axe_page.goto("/services/new/")
    axe_page.get_by_role("button", name="Opslaan").click()
    assert axe_page.get_by_role("alert").is_visible()
    if problems := violations(axe_page):
        found["/services/new/ (errors)"] = problems
    assert not found, found
