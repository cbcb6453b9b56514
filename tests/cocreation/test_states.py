"""The idea state machine: every pair of statuses is either one allowed step of the
documented table (docs/cocreation.md) or refused, and the steps that need something
(an initiative, a public reason) refuse without it."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from anker.accounts.models import AuditEvent
from anker.cocreation import services
from anker.cocreation.models import ALLOWED_STATUS_CHANGES, TRANSITIONS, Idea, IdeaStatusChange
from tests.cocreation.conftest import STATUSES, arguments

pytestmark = pytest.mark.django_db

# The table of docs/cocreation.md, written out independently of the code's table.
EXPECTED = {
    ("new", "under-review"): "review",
    ("new", "declined"): "decline",
    ("under-review", "accepted"): "accept",
    ("under-review", "declined"): "decline",
    ("accepted", "implemented"): "implement",
    ("declined", "under-review"): "reopen",
}


def test_the_code_has_the_documented_table():
    assert set(ALLOWED_STATUS_CHANGES) == set(EXPECTED)
    for (source, target), action in EXPECTED.items():
        assert source in TRANSITIONS[action].sources and TRANSITIONS[action].target == target
    assert TRANSITIONS["accept"].needs_initiative and TRANSITIONS["decline"].needs_reason


def test_the_documentation_shows_the_same_table():
    text = (Path(__file__).parents[2] / "docs" / "cocreation.md").read_text()
    table = text.split("<!-- transitions -->")[1].split("<!-- /transitions -->")[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| `([\w-]+)` \|", table, re.M)
    documented = {
        (source.strip("` "), target): action
        for action, sources, target in rows
        for source in sources.split(",")
    }
    assert documented == EXPECTED


@pytest.mark.parametrize(("source", "target"), list(itertools.product(STATUSES, STATUSES)))
def test_every_pair_of_statuses(board, idea_at, source, target):
    """An allowed pair is reached by its step; for a forbidden pair every step that leads
    to ``target`` is refused from ``source`` and leaves the idea as it was."""
    idea = idea_at(source)
    coordinator = board.actors.coordinator
    if (source, target) in EXPECTED:
        action = EXPECTED[(source, target)]
        done = services.IDEA_STEPS[action](actor=coordinator, idea=idea, **arguments(board, action))
        assert done.status == target == Idea.objects.get(pk=idea.pk).status
        change = IdeaStatusChange.objects.filter(idea=idea).last()
        assert (change.from_status, change.to_status) == (source, target)
        return
    for action in [a for a, t in TRANSITIONS.items() if t.target == target]:
        events = AuditEvent.objects.count()
        with pytest.raises(ValidationError) as refused:
            services.IDEA_STEPS[action](actor=coordinator, idea=idea, **arguments(board, action))
        assert refused.value.error_dict["status"][0].code == "invalid-transition"
        assert Idea.objects.get(pk=idea.pk).status == source
        assert AuditEvent.objects.count() == events


@pytest.mark.parametrize(("source", "action"), list(itertools.product(STATUSES, TRANSITIONS)))
def test_every_step_from_every_status(board, idea_at, source, action):
    idea = idea_at(source)
    step = services.IDEA_STEPS[action]
    allowed = source in TRANSITIONS[action].sources
    if allowed:
        assert step(actor=board.actors.coordinator, idea=idea, **arguments(board, action))
    else:
        with pytest.raises(ValidationError):
            step(actor=board.actors.coordinator, idea=idea, **arguments(board, action))
    expected = TRANSITIONS[action].target if allowed else source
    assert Idea.objects.get(pk=idea.pk).status == expected


def test_implemented_is_final():
    assert not any("implemented" in t.sources for t in TRANSITIONS.values())


def test_accepting_needs_an_initiative(board, idea_at):
    idea = idea_at("under-review")
    with pytest.raises(ValidationError) as refused:
        services.idea_accept(actor=board.actors.coordinator, idea=idea, initiative=None)
    assert "initiative" in refused.value.error_dict
    assert Idea.objects.get(pk=idea.pk).status == "under-review"


@pytest.mark.parametrize("reason", ["", "   ", "<script>alert(1)</script>"])
def test_declining_needs_a_public_reason(board, idea_at, reason):
    idea = idea_at("new")
    with pytest.raises(ValidationError) as refused:
        services.idea_decline(actor=board.actors.coordinator, idea=idea, reason=reason)
    assert "reason" in refused.value.error_dict
    assert Idea.objects.get(pk=idea.pk).status == "new"


def test_the_accepted_idea_keeps_its_initiative_and_the_declined_its_reason(board, idea_at):
    assert idea_at("accepted").initiative == board.initiative
    assert idea_at("implemented").initiative == board.initiative
    assert idea_at("declined").decline_reason == "Dat kan al."


@pytest.mark.parametrize("role", ["anonymous", "viewer", "other_editor"])
def test_only_moderators_take_steps(board, role):
    with pytest.raises(PermissionDenied):
        services.idea_review(actor=board.actors.user(role), idea=board.idea)
    assert Idea.objects.get(pk=board.idea.pk).status == "new"
