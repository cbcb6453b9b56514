"""Fixtures of the co-creation tests: ideas about the actors' owner organisation's block,
an initiative to accept them into, and a way to put an idea in any status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import caches

from anker.accounts.models import AuditEvent
from anker.cocreation import services
from anker.cocreation.models import (
    Idea,
    IdeaComment,
    IdeaFollower,
    IdeaStatus,
    IdeaStatusChange,
    IdeaVote,
)
from tests.api.conftest import api_as  # noqa: F401 - the API client fixture, per role
from tests.factories import BlockFactory, CitizenServiceFactory, IdeaFactory, InitiativeFactory

STATUSES = list(IdeaStatus.values)
# How to reach each status from new, through the table, as a coordinator.
PATHS = {
    "new": [],
    "under-review": ["review"],
    "accepted": ["review", "accept"],
    "declined": ["decline"],
    "implemented": ["review", "accept", "implement"],
}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@dataclass
class Board:
    actors: Any
    block: Any  # the owner's open block
    initiative: Any  # the owner's initiative
    service: Any  # a citizen service the owner is responsible for
    idea: Idea  # a new idea about ``block``, followed by its anonymous submitter
    other_idea: Idea  # a new idea about the other organisation's block


@pytest.fixture
def board(actors) -> Board:
    block = BlockFactory(name="Meldingenmodule", slug="meldingenmodule", owner=actors.owner)
    other_block = BlockFactory(name="Afvalwijzer", slug="afvalwijzer", owner=actors.other)
    idea = services.idea_submit(
        actor=None,
        target=block,
        title="Meldingen met foto",
        body="Laat mensen een foto bij een melding voegen.",
        email="anna@mail.example",
        name="Anna",
    )
    other = services.idea_submit(
        actor=None,
        target=other_block,
        title="Afvalwijzer in het Engels",
        body="Ook in het Engels, graag.",
        email="bert@mail.example",
    )
    return Board(
        actors=actors,
        block=block,
        initiative=InitiativeFactory(name="Foto's bij meldingen", slug="fotos", owner=actors.owner),
        service=CitizenServiceFactory(name="Melding openbare ruimte", organisations=[actors.owner]),
        idea=idea,
        other_idea=other,
    )


ARGUMENTS: dict[str, Callable[[Board], dict[str, Any]]] = {
    "accept": lambda b: {"initiative": b.initiative},
    "decline": lambda b: {"reason": "Dat kan al."},
}


def arguments(board: Board, action: str) -> dict[str, Any]:
    return ARGUMENTS.get(action, lambda b: {})(board)


@pytest.fixture
def idea_at(board) -> Callable[[str], Idea]:
    """A fresh idea about the owner's block, moved to ``status`` through the table."""

    def make(status: str) -> Idea:
        idea = IdeaFactory(about_block=board.block)
        for action in PATHS[status]:
            idea = services.IDEA_STEPS[action](
                actor=board.actors.coordinator, idea=idea, **arguments(board, action)
            )
        assert idea.status == status
        return idea

    return make


def fingerprint() -> dict[str, Any]:
    """Every co-creation row with its last change, and the audit count."""
    state: dict[str, Any] = {}
    for model in (Idea, IdeaComment, IdeaFollower, IdeaStatusChange, IdeaVote):
        state[model.__name__] = sorted(model.objects.values_list("id", "modified"))
    state["ideas"] = sorted(
        Idea.objects.values_list("id", "status", "moderation", "merged_into", "vote_count")
    )
    state["votes"] = sorted(IdeaVote.objects.values_list("id", "idea_id"))
    state["comments"] = sorted(IdeaComment.objects.values_list("id", "idea_id", "is_hidden"))
    state["audit"] = AuditEvent.objects.count()
    return state
