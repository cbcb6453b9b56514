"""The ideas API: reads with the pages' visibility, and the permission matrix of every
write for every role (anonymous callers need a token: 401), with 429 over the limit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import override_settings

from anker.cocreation import services
from anker.cocreation.models import Idea, IdeaComment, IdeaFollower, IdeaVote
from tests.cocreation.conftest import Board, fingerprint
from tests.conftest import Actors
from tests.factories import BlockFactory, IdeaCommentFactory

pytestmark = pytest.mark.django_db
SIGNED_IN = set(Actors.ROLES) - {"anonymous"}
MODERATORS = {"editor", "org_admin", "coordinator"}


@dataclass
class Write:
    name: str
    allowed: set[str]
    method: str
    request: Callable[[Board], tuple[str, dict]]
    happened: Callable[[Board], bool]
    prepare: Callable[[Board], None] = lambda board: None


def _status(board: Board) -> str:
    return Idea.objects.get(pk=board.idea.pk).status


def _review(board: Board) -> None:
    services.idea_review(actor=board.actors.coordinator, idea=board.idea)


def _accept(board: Board) -> None:
    _review(board)
    services.idea_accept(
        actor=board.actors.coordinator, idea=board.idea, initiative=board.initiative
    )


WRITES = [
    Write(
        "createIdea",
        SIGNED_IN,
        "post",
        lambda b: (
            "/ideas",
            {"kind": "service", "target": b.service.slug, "title": "Via API", "body": "Tekst."},
        ),
        lambda b: Idea.objects.filter(title="Via API", about_service=b.service).exists(),
    ),
    Write(
        "voteForIdea",
        SIGNED_IN,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/votes", {}),
        lambda b: IdeaVote.objects.filter(idea=b.idea).exists(),
    ),
    Write(
        "createIdeaComment",
        SIGNED_IN,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/comments", {"body": "Eens."}),
        lambda b: IdeaComment.objects.filter(body="Eens.").exists(),
    ),
    Write(
        "followIdea",
        SIGNED_IN,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/follow", {}),
        lambda b: IdeaFollower.objects.filter(idea=b.idea, user__isnull=False).exists(),
    ),
    Write(
        "reviewIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/review", {}),
        lambda b: _status(b) == "under-review",
    ),
    Write(
        "acceptIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/accept", {"initiative": "fotos"}),
        lambda b: _status(b) == "accepted",
        _review,
    ),
    Write(
        "declineIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/decline", {"reason": "Bestaat al."}),
        lambda b: _status(b) == "declined",
    ),
    Write(
        "implementIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/implement", {}),
        lambda b: _status(b) == "implemented",
        _accept,
    ),
    Write(
        "reopenIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/reopen", {}),
        lambda b: _status(b) == "under-review",
        lambda b: services.idea_decline(actor=b.actors.coordinator, idea=b.idea, reason="Nee."),
    ),
    Write(
        "hideIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/hide", {"note": "Spam"}),
        lambda b: Idea.objects.get(pk=b.idea.pk).moderation == "hidden",
    ),
    Write(
        "publishIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/publish", {}),
        lambda b: Idea.objects.get(pk=b.idea.pk).moderation == "published",
        lambda b: services.idea_hide(actor=b.actors.coordinator, idea=b.idea),
    ),
    Write(
        "mergeIdea",
        MODERATORS,
        "post",
        lambda b: (f"/ideas/{b.idea.uuid}/merge", {"into": str(b.other_idea.uuid)}),
        lambda b: Idea.objects.get(pk=b.idea.pk).merged_into_id == b.other_idea.pk,
    ),
    Write(
        "hideIdeaComment",
        MODERATORS,
        "post",
        lambda b: (f"/idea-comments/{b.idea.comments.get().uuid}/hide", {}),
        lambda b: b.idea.comments.get().is_hidden,
        lambda b: IdeaCommentFactory(idea=b.idea),
    ),
]


@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_api_write(board, api_as, role, write):
    write.prepare(board)
    client = api_as(role)
    before = fingerprint()
    url, body = write.request(board)
    response = getattr(client, write.method)(url, body)
    assert response.status_code != 500
    if role in write.allowed:
        assert response.status_code in (200, 201), response.content.decode()[:2000]
        assert write.happened(board)
    else:
        assert not write.happened(board)
        assert fingerprint() == before
        expected = {401} if role == "anonymous" else {403, 404}
        assert response.status_code in expected
        assert response["Content-Type"] == "application/problem+json"


def test_reads_follow_the_visibility_rule(board, api_as):
    services.idea_hide(actor=board.actors.coordinator, idea=board.other_idea)
    secret = BlockFactory(slug="geheim", openness="restricted", owner=board.actors.owner)
    hidden_about = services.idea_submit(
        actor=board.actors.editor, target=secret, title="Geheim", body="Sst."
    )
    anonymous = api_as("anonymous").get("/ideas").json()
    assert [i["title"] for i in anonymous["results"]] == ["Meldingen met foto"]
    assert api_as("anonymous").get(f"/ideas/{hidden_about.uuid}").status_code == 404
    assert api_as("other_editor").get(f"/ideas/{board.other_idea.uuid}").status_code == 200
    assert api_as("viewer").get(f"/ideas/{hidden_about.uuid}").status_code == 200
    hidden = api_as("other_editor").get("/ideas", {"moderation": "hidden"}).json()
    assert [i["title"] for i in hidden["results"]] == ["Afvalwijzer in het Engels"]


def test_an_idea_never_shows_e_mail_addresses(board, api_as):
    text = api_as("coordinator").get(f"/ideas/{board.idea.uuid}").content.decode()
    assert "anna@mail.example" not in text and "Anna" in text


def test_voting_twice_counts_once(board, api_as):
    client = api_as("viewer")
    first = client.post(f"/ideas/{board.idea.uuid}/votes").json()
    second = client.post(f"/ideas/{board.idea.uuid}/votes").json()
    assert first == {"counted": True, "vote_count": 1}
    assert second == {"counted": False, "vote_count": 1}


def test_status_changes_and_accept_validation(board, api_as):
    client = api_as("editor")
    client.post(f"/ideas/{board.idea.uuid}/review", {"note": "We kijken."})
    refused = client.post(f"/ideas/{board.idea.uuid}/accept", {"initiative": "bestaat-niet"})
    assert refused.status_code == 422
    assert refused.json()["invalidParams"][0]["name"] == "initiative"
    out_of_order = client.post(f"/ideas/{board.idea.uuid}/implement", {})
    assert out_of_order.status_code == 422
    assert out_of_order.json()["invalidParams"][0]["code"] == "invalid-transition"
    history = api_as("anonymous").get(f"/ideas/{board.idea.uuid}/status-changes").json()
    assert [(h["from_status"], h["to_status"], h["note"]) for h in history] == [
        ("new", "under-review", "We kijken.")
    ]


@override_settings(RATE_LIMITS={"idea-submit": "2/hour", "idea-vote": "1/hour"})
def test_over_the_limit_the_api_answers_429(board, api_as):
    client = api_as("viewer")
    body = {"kind": "block", "target": "meldingenmodule", "title": "Idee", "body": "Tekst."}
    assert [client.post("/ideas", body).status_code for _ in range(3)] == [201, 201, 429]
    limited = client.post("/ideas", body)
    assert limited["Content-Type"] == "application/problem+json"
    assert limited.json()["status"] == 429 and int(limited["Retry-After"]) > 0
    assert Idea.objects.filter(title="Idee").count() == 2
    client.post(f"/ideas/{board.idea.uuid}/votes")
    assert client.post(f"/ideas/{board.other_idea.uuid}/votes").status_code == 429
    # Another client has its own count.
    assert api_as("editor").post("/ideas", body).status_code == 201
