"""The stage gate's state machine: every (from stage, decision, to stage) triple, allowed
or forbidden, through the service that records decisions; and the table in code is the
one docs/portfolio.md documents."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from anker.portfolio.models import StageDecision
from anker.portfolio.services import stage_decide
from anker.portfolio.stages import TRANSITIONS, DecisionKind, Stage, allowed_targets, moves_from
from tests.factories import InitiativeFactory

# The specification, written out independently of the code.
SPEC = {
    ("idea", "go"): {"experiment", "pilot"},
    ("idea", "hold"): {"idea"},
    ("idea", "stop"): {"stopped"},
    ("experiment", "go"): {"pilot"},
    ("experiment", "hold"): {"experiment"},
    ("experiment", "recycle"): {"idea"},
    ("experiment", "stop"): {"stopped"},
    ("pilot", "go"): {"scaling"},
    ("pilot", "hold"): {"pilot"},
    ("pilot", "recycle"): {"experiment"},
    ("pilot", "stop"): {"stopped"},
    ("scaling", "go"): {"anchored"},
    ("scaling", "hold"): {"scaling"},
    ("scaling", "recycle"): {"pilot"},
    ("scaling", "stop"): {"stopped"},
    ("anchored", "hold"): {"anchored"},
    ("anchored", "recycle"): {"scaling"},
    ("anchored", "stop"): {"stopped"},
}
TRIPLES = list(itertools.product(Stage.values, DecisionKind.values, Stage.values))
ALLOWED = {(f, d, t) for (f, d), targets in SPEC.items() for t in targets}
START = dt.date(2025, 1, 6)
DECIDED = dt.date(2025, 9, 1)


def test_the_table_is_the_specification():
    assert {key: set(targets) for key, targets in TRANSITIONS.items()} == SPEC


def test_every_triple_is_either_allowed_or_forbidden():
    assert len(TRIPLES) == 6 * 4 * 6
    assert len(ALLOWED) == 19
    assert {t for t in TRIPLES if t[2] in allowed_targets(t[0], t[1])} == ALLOWED


def test_the_documented_table_is_the_one_in_code():
    """docs/portfolio.md's transition table lists exactly the allowed moves."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "portfolio.md").read_text()
    table = doc.split("<!-- transitions -->")[1].split("<!-- /transitions -->")[0]
    documented = set()
    for row in table.strip().splitlines()[2:]:
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        for decision, cell in zip(DecisionKind.values, cells[1:], strict=True):
            for target in re.findall(r"[a-z]+", cell):
                documented.add((cells[0], decision, target))
    assert documented == ALLOWED


def test_the_gate_offers_exactly_the_allowed_moves():
    for stage in Stage.values:
        offered = {(stage, d, t) for d, t in moves_from(stage)}
        assert offered == {t for t in ALLOWED if t[0] == stage}, stage
    assert moves_from("stopped") == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("from_stage", "decision", "to_stage"), TRIPLES, ids=lambda value: str(value)
)
def test_transition(actors, from_stage, decision, to_stage):
    initiative = InitiativeFactory(owner=actors.owner, stage=from_stage, started_on=START)
    record = lambda: stage_decide(  # noqa: E731
        actor=actors.coordinator,
        initiative=initiative,
        decision=decision,
        to_stage=to_stage,
        decided_on=DECIDED,
        evidence_level=4,
        rationale="Because.",
        evidence="Reused by three organisations.",
        acknowledge_warnings=True,
    )
    if (from_stage, decision, to_stage) in ALLOWED:
        made = record()
        initiative.refresh_from_db()
        assert initiative.stage == to_stage
        assert (made.from_stage, made.decision, made.to_stage) == (from_stage, decision, to_stage)
        # hold is a review, not a move: the time in stage keeps running
        assert initiative.stage_since == (START if decision == "hold" else DECIDED)
    else:
        with pytest.raises(ValidationError):
            record()
        initiative.refresh_from_db()
        assert initiative.stage == from_stage and initiative.stage_since == START
        assert not StageDecision.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("from_stage", "decision", "expected"),
    [
        ("experiment", "go", "pilot"),
        ("pilot", "recycle", "experiment"),
        ("anchored", "recycle", "scaling"),
        ("scaling", "stop", "stopped"),
        ("pilot", "hold", "pilot"),
    ],
)
def test_a_decision_with_one_target_needs_no_to_stage(actors, from_stage, decision, expected):
    initiative = InitiativeFactory(owner=actors.owner, stage=from_stage)
    made = stage_decide(
        actor=actors.coordinator,
        initiative=initiative,
        decision=decision,
        evidence_level=2,
        rationale="Reviewed.",
    )
    assert made.to_stage == expected


@pytest.mark.django_db
def test_go_from_idea_asks_where_to(actors):
    initiative = InitiativeFactory(owner=actors.owner, stage="idea")
    with pytest.raises(ValidationError) as refused:
        stage_decide(
            actor=actors.coordinator,
            initiative=initiative,
            decision="go",
            evidence_level=1,
            rationale="Try it.",
        )
    assert "to_stage" in refused.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("decision", DecisionKind.values)
def test_stopped_is_final(actors, decision):
    initiative = InitiativeFactory(owner=actors.owner, stage="stopped")
    with pytest.raises(ValidationError):
        stage_decide(
            actor=actors.coordinator,
            initiative=initiative,
            decision=decision,
            evidence_level=1,
            rationale="Revive it.",
        )
