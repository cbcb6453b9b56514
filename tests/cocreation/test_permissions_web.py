"""The permission matrix of the ideas board's pages: every role × every write.

Anyone submits, votes, comments and follows; the idea's moderators (coordinators, the
editors and org-admins of the owner of the block it is about) take the workflow steps
and moderate. A refused write changes nothing and answers with the sign-in page
(anonymous), 403, or 404 for a hidden idea; never a 500."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from anker.cocreation import services
from anker.cocreation.models import Idea, IdeaComment, IdeaFollower, IdeaVote
from tests.cocreation.conftest import Board, fingerprint
from tests.conftest import Actors
from tests.factories import IdeaCommentFactory

EVERYONE = set(Actors.ROLES)
MODERATORS = {"editor", "org_admin", "coordinator"}


@dataclass
class Write:
    name: str
    allowed: set[str]
    request: Callable[[Board], tuple[str, dict]]
    happened: Callable[[Board], bool]
    prepare: Callable[[Board], None] = lambda board: None


def _to(status: str) -> Callable[[Board], None]:
    def prepare(board: Board) -> None:
        coordinator = board.actors.coordinator
        if status in ("under-review", "accepted"):
            services.idea_review(actor=coordinator, idea=board.idea)
        if status == "accepted":
            services.idea_accept(actor=coordinator, idea=board.idea, initiative=board.initiative)
        if status == "declined":
            services.idea_decline(actor=coordinator, idea=board.idea, reason="Nee.")

    return prepare


def _status(board: Board) -> str:
    return Idea.objects.get(pk=board.idea.pk).status


def _hidden(board: Board) -> None:
    services.idea_hide(actor=board.actors.coordinator, idea=board.idea)


def _comment(board: Board) -> None:
    IdeaCommentFactory(idea=board.idea, body="Onzin")


WRITES = [
    Write(
        "submit an idea",
        EVERYONE,
        lambda b: (
            "/ideas/new/",
            {
                "target": "block:meldingenmodule",
                "title": "Nieuw idee",
                "body": "Tekst.",
                "email": "x@mail.example",
                "submit": "1",
            },
        ),
        lambda b: Idea.objects.filter(title="Nieuw idee").exists(),
    ),
    Write(
        "vote",
        EVERYONE,
        lambda b: (f"/ideas/{b.idea.uuid}/vote/", {}),
        lambda b: IdeaVote.objects.filter(idea=b.idea).exists(),
    ),
    Write(
        "comment",
        EVERYONE,
        lambda b: (f"/ideas/{b.idea.uuid}/comment/", {"comment-body": "Mee eens."}),
        lambda b: IdeaComment.objects.filter(body="Mee eens.").exists(),
    ),
    Write(
        "follow",
        EVERYONE,
        lambda b: (f"/ideas/{b.idea.uuid}/follow/", {"follow-email": "f@mail.example"}),
        lambda b: IdeaFollower.objects.filter(idea=b.idea).count() == 2,
    ),
    Write(
        "review",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/status/review/", {}),
        lambda b: _status(b) == "under-review",
    ),
    Write(
        "accept",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/status/accept/", {"accept-initiative": "fotos"}),
        lambda b: _status(b) == "accepted",
        _to("under-review"),
    ),
    Write(
        "decline",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/status/decline/", {"decline-text": "Bestaat al."}),
        lambda b: _status(b) == "declined",
    ),
    Write(
        "implement",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/status/implement/", {}),
        lambda b: _status(b) == "implemented",
        _to("accepted"),
    ),
    Write(
        "reopen",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/status/reopen/", {}),
        lambda b: _status(b) == "under-review",
        _to("declined"),
    ),
    Write(
        "hide",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/moderate/hide/", {"hide-note": "Spam"}),
        lambda b: Idea.objects.get(pk=b.idea.pk).moderation == "hidden",
    ),
    Write(
        "publish",
        MODERATORS,
        lambda b: (f"/ideas/{b.idea.uuid}/moderate/publish/", {}),
        lambda b: Idea.objects.get(pk=b.idea.pk).moderation == "published",
        _hidden,
    ),
    Write(
        "merge",
        MODERATORS,
        lambda b: (
            f"/ideas/{b.idea.uuid}/merge/",
            {"merge-into": f"https://anker.example/ideas/{b.other_idea.uuid}/"},
        ),
        lambda b: Idea.objects.get(pk=b.idea.pk).merged_into_id == b.other_idea.pk,
    ),
    Write(
        "hide a comment",
        MODERATORS,
        lambda b: (f"/ideas/comments/{b.idea.comments.get().uuid}/hide/", {}),
        lambda b: b.idea.comments.get().is_hidden,
        _comment,
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_web_write(board: Board, role: str, write: Write) -> None:
    write.prepare(board)
    client = Client()
    user = board.actors.user(role)
    if user:
        client.force_login(user)
    before = fingerprint()
    url, data = write.request(board)
    response = client.post(url, data)
    assert response.status_code != 500
    if role in write.allowed:
        assert response.status_code == 302, response.content.decode()[:3000]
        assert write.happened(board)
    else:
        assert not write.happened(board)
        assert fingerprint() == before, "a refused write changed something"
        if role == "anonymous":
            assert response.status_code == 302 and "/account/login/" in response["Location"]
        else:  # a hidden idea is not even found by those who may not moderate it
            assert response.status_code in (403, 404)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "moderates"),
    [
        ("anonymous", False),
        ("viewer", False),
        ("other_editor", False),
        ("editor", True),
        ("org_admin", True),
        ("coordinator", True),
    ],
)
def test_the_idea_page_offers_moderation_to_moderators_only(board, role, moderates):
    client = Client()
    if user := board.actors.user(role):
        client.force_login(user)
    page = client.get(board.idea.get_absolute_url()).content.decode()
    assert ("Start the review" in page) == moderates
    assert ("Hide from the board" in page) == moderates


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "viewer", "other_editor"])
def test_a_hidden_idea_is_not_found_for_others(board, role):
    _hidden(board)
    client = Client()
    if user := board.actors.user(role):
        client.force_login(user)
    assert client.get(board.idea.get_absolute_url()).status_code == 404
    assert client.post(f"/ideas/{board.idea.uuid}/vote/").status_code == 404
