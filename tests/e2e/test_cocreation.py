"""The ideas board in a real browser: an anonymous visitor chooses what their idea is
about, writes it, sees a similar idea suggested, submits anyway, and votes once for
another idea. The board, the submission steps and the idea page (also as a moderator)
pass axe-core's WCAG 2.1 AA checks, at desktop width and at 320 px."""

from __future__ import annotations

import pytest
from django.core.cache import caches

from anker.cocreation import services
from anker.cocreation.models import Idea, IdeaFollower, IdeaVote
from tests.e2e.axe import violations
from tests.factories import BlockFactory, MembershipFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def page(axe_page):
    """The conftest's page that lets axe-core be injected (tests/e2e/axe.py)."""
    return axe_page


@pytest.fixture
def ideas():
    caches["ratelimit"].clear()
    owner = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    MembershipFactory(organisation=owner, role="editor", user__username="redacteur")
    block = BlockFactory(name="Meldingenmodule", slug="meldingenmodule", owner=owner)
    existing = services.idea_submit(
        actor=None,
        target=block,
        title="Foto bij een melding",
        body="Laat mensen een foto bij hun melding voegen.",
        email="anna@mail.example",
        name="Anna",
    )
    services.idea_comment(actor=None, idea=existing, body="Goed plan!", name="Bert")
    return existing


def test_an_anonymous_visitor_submits_and_votes(page, ideas):
    page.goto("/ideas/")
    page.get_by_role("link", name="Submit an idea").first.click()
    page.get_by_label("My idea is about a").select_option("block")
    page.get_by_label("Name", exact=True).fill("meldingen")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Meldingenmodule").click()
    page.get_by_label("Title").fill("Een foto meesturen met mijn melding")
    page.get_by_label("Your idea").fill("Met een foto ziet de gemeente meteen wat er mis is.")
    page.get_by_label("Your e-mail address").fill("carla@mail.example")
    page.get_by_role("button", name="Continue").click()
    suggestions = page.get_by_role("region", name="Before you submit: is it already here?")
    assert suggestions.get_by_role("link", name="Foto bij een melding").is_visible()
    page.get_by_role("button", name="Submit my idea").click()
    page.get_by_role("heading", name="Een foto meesturen met mijn melding").wait_for()
    assert page.get_by_text("we will e-mail you about every change").is_visible()
    idea = Idea.objects.get(title="Een foto meesturen met mijn melding")
    assert IdeaFollower.objects.filter(idea=idea, email="carla@mail.example").exists()

    page.goto(ideas.get_absolute_url())
    page.get_by_role("button", name="Vote for this idea").click()
    page.get_by_text("Thank you, your vote is counted.").wait_for()
    assert page.get_by_role("heading", name="1 vote").is_visible()
    assert page.get_by_text("You voted for this idea.").is_visible()
    assert page.get_by_role("button", name="Vote for this idea").count() == 0
    assert IdeaVote.objects.filter(idea=ideas).count() == 1


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.engine_agnostic  # accessibility of the pages: the same on every engine
def test_the_ideas_pages_have_no_wcag_violations(page, live_server, ideas, width):
    page.set_viewport_size({"width": width, "height": 800})
    urls = [
        "/ideas/",
        "/ideas/new/",
        "/ideas/new/?kind=block&q=meldingen",
        "/ideas/new/?target=block:meldingenmodule",
        ideas.get_absolute_url(),
    ]
    found = {}
    for url in urls:
        page.goto(url)
        if problems := violations(page):
            found[url] = problems
    # The preview step with suggestions, and the moderator's view of an idea.
    page.goto("/ideas/new/?target=block:meldingenmodule")
    page.get_by_label("Title").fill("Foto bij melding")
    page.get_by_label("Your idea").fill("Een foto bij de melding.")
    page.get_by_label("Your e-mail address").fill("d@mail.example")
    page.get_by_role("button", name="Continue").click()
    if problems := violations(page):
        found["preview"] = problems
    page.goto("/account/login/")
    page.get_by_label("Username").fill("redacteur")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    for url in (ideas.get_absolute_url(), "/ideas/moderation/"):
        page.goto(url)
        if problems := violations(page):
            found[f"moderator {url}"] = problems
    assert not found, found
