"""The pages of the ideas board: the board, submitting in two steps with the preview of
similar ideas and blocks, an idea's page and trail, voting once, following and leaving,
commenting, and the honeypot."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.test import Client

from anker.cocreation import services
from anker.cocreation.models import Idea, IdeaFollower, IdeaVote
from anker.cocreation.services.notify import unsubscribe_token
from anker.portfolio.models import InitiativeBlock, StageDecision

pytestmark = pytest.mark.django_db


def test_the_board_lists_published_ideas_with_filters(board):
    services.idea_hide(actor=board.actors.coordinator, idea=board.other_idea)
    page = Client().get("/ideas/").content.decode()
    assert "Meldingen met foto" in page and "Afvalwijzer in het Engels" not in page
    assert "Meldingen met foto" not in Client().get("/ideas/?status=declined").content.decode()
    assert "Meldingen met foto" in Client().get("/ideas/?q=foto&kind=block").content.decode()


def test_choosing_a_target_then_writing_the_idea(board):
    client = Client()
    page = client.get("/ideas/new/?kind=block&q=meldingen").content.decode()
    assert "/ideas/new/?target=block:meldingenmodule" in page
    form = client.get("/ideas/new/?target=block:meldingenmodule").content.decode()
    assert 'name="title"' in form and 'name="email"' in form


def test_submitting_shows_similar_ideas_and_blocks_first(board):
    client = Client()
    data = {
        "target": "block:meldingenmodule",
        "title": "Foto toevoegen aan een melding",
        "body": "Een foto bij de melding helpt.",
        "email": "carla@mail.example",
        "preview": "1",
    }
    preview = client.post("/ideas/new/", data).content.decode()
    assert "Meldingen met foto" in preview and "Submit my idea" in preview
    assert Idea.objects.count() == 2
    data.pop("preview")
    response = client.post("/ideas/new/", {**data, "submit": "1"})
    idea = Idea.objects.get(title="Foto toevoegen aan een melding")
    assert response.status_code == 302 and response["Location"] == idea.get_absolute_url()
    assert idea.submitter is None and idea.submitter_email == "carla@mail.example"
    assert IdeaFollower.objects.filter(idea=idea, email="carla@mail.example").exists()


def test_a_signed_in_submitter_follows_in_the_app(board):
    client = Client()
    client.force_login(board.actors.viewer)
    client.post(
        "/ideas/new/",
        {"target": "block:meldingenmodule", "title": "Kaart", "body": "Een kaart.", "submit": "1"},
    )
    idea = Idea.objects.get(title="Kaart")
    assert idea.submitter == board.actors.viewer
    assert IdeaFollower.objects.filter(idea=idea, user=board.actors.viewer).exists()


def test_the_honeypot_saves_nothing(board):
    response = Client().post(
        "/ideas/new/",
        {
            "target": "block:meldingenmodule",
            "title": "Spam",
            "body": "Buy now",
            "email": "bot@spam.example",
            "website": "https://spam.example",
            "submit": "1",
        },
    )
    assert response.status_code == 200 and "looks automated" in response.content.decode()
    assert not Idea.objects.filter(title="Spam").exists()


def test_a_restricted_block_cannot_be_chosen_by_who_cannot_see_it(board):
    from tests.factories import BlockFactory

    BlockFactory(slug="geheim", name="Geheim blok", openness="restricted", owner=board.actors.other)
    assert "Geheim" not in Client().get("/ideas/new/?kind=block&q=geheim").content.decode()
    response = Client().get("/ideas/new/?target=block:geheim")
    assert 'name="title"' not in response.content.decode()


def test_each_person_votes_once(board):
    url = f"/ideas/{board.idea.uuid}/vote/"
    anonymous = Client(HTTP_USER_AGENT="Firefox")
    anonymous.post(url)
    anonymous.post(url)
    Client(HTTP_USER_AGENT="Chromium").post(url)  # another browser on the same address
    signed_in = Client()
    signed_in.force_login(board.actors.viewer)
    signed_in.post(url)
    signed_in.post(url)
    board.idea.refresh_from_db()
    assert board.idea.vote_count == IdeaVote.objects.filter(idea=board.idea).count() == 3
    page = anonymous.get(board.idea.get_absolute_url()).content.decode()
    assert "You voted for this idea." in page


def test_comments_and_following_by_email(board):
    client = Client()
    client.post(f"/ideas/{board.idea.uuid}/comment/", {"comment-body": "Goed plan!"})
    client.post(f"/ideas/{board.idea.uuid}/follow/", {"follow-email": "dirk@mail.example"})
    page = client.get(board.idea.get_absolute_url()).content.decode()
    assert "Goed plan!" in page
    assert IdeaFollower.objects.filter(idea=board.idea, email="dirk@mail.example").exists()


def test_unsubscribing_asks_first_then_stops(board):
    follower = IdeaFollower.objects.get(idea=board.idea, email="anna@mail.example")
    url = f"/ideas/unsubscribe/{unsubscribe_token(follower)}/"
    assert "Stop the e-mails" in Client().get(url).content.decode()
    assert IdeaFollower.objects.filter(pk=follower.pk).exists()
    Client().post(url)
    assert not IdeaFollower.objects.filter(pk=follower.pk).exists()
    assert Client().get("/ideas/unsubscribe/forged-token/").status_code == 404


def test_the_trail_shows_the_initiative_its_decisions_and_what_it_changed(board):
    coordinator = board.actors.coordinator
    StageDecision.objects.create(
        initiative=board.initiative,
        from_stage="idea",
        to_stage="experiment",
        decision="go",
        decided_on=dt.date(2025, 2, 1),
        rationale="Veelbelovend.",
        evidence_level=1,
    )
    InitiativeBlock.objects.create(initiative=board.initiative, block=board.block, role="produces")
    board.initiative.citizen_services.add(board.service)
    services.idea_review(actor=coordinator, idea=board.idea)
    services.idea_accept(actor=coordinator, idea=board.idea, initiative=board.initiative)
    services.idea_implement(actor=coordinator, idea=board.idea)
    page = Client().get(board.idea.get_absolute_url()).content.decode()
    order = [
        "Submitted",
        "Reviewed",
        "It became the initiative",
        "Stage gate: Go, Idea → Experiment",
        "What it changed",
        "Melding openbare ruimte",
        "Implemented",
    ]
    positions = [page.index(text, page.index("What became of it")) for text in order]
    assert positions == sorted(positions)


def test_status_changes_reach_followers_by_email_after_commit(
    board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.idea_decline(actor=board.actors.editor, idea=board.idea, reason="Bestaat al.")
    assert [m.to for m in mail.outbox] == [["anna@mail.example"]]
    body = mail.outbox[0].body
    assert "Bestaat al." in body and "/ideas/unsubscribe/" in body
    assert board.idea.get_absolute_url() in body


def test_the_moderation_queue(board):
    client = Client()
    client.force_login(board.actors.editor)
    page = client.get("/ideas/moderation/").content.decode()
    assert "Meldingen met foto" in page and "Afvalwijzer" not in page
    client.force_login(board.actors.coordinator)
    page = client.get("/ideas/moderation/").content.decode()
    assert "Meldingen met foto" in page and "Afvalwijzer" in page


@pytest.mark.parametrize("kind", ["block", "service", "initiative", "organisation"])
def test_every_target_page_links_to_an_idea_about_it(kind):
    """Each page a citizen may have an idea about offers to write one, pre-filled."""
    from django.test import Client

    from tests.factories import (
        BlockFactory,
        CitizenServiceFactory,
        InitiativeFactory,
        OrganisationFactory,
    )

    target = {
        "block": BlockFactory,
        "service": CitizenServiceFactory,
        "initiative": InitiativeFactory,
        "organisation": OrganisationFactory,
    }[kind]()
    page = Client().get(target.get_absolute_url()).content.decode()
    link = f'href="/ideas/new/?{kind}={target.slug}"'
    assert link in page
    form = Client().get(f"/ideas/new/?{kind}={target.slug}")
    assert form.status_code == 200 and target.name in form.content.decode()
