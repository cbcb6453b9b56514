"""The stage gate as a state machine: the stages, the four decisions, the evidence scale
and the one table that says which decision may move an initiative from which stage to
which.

``TRANSITIONS`` lists every allowed (from stage, decision) with the stages it may lead to;
everything not listed is forbidden. docs/portfolio.md shows the same table.

============  =================  ==========  ==========  =======
from          go                 hold        recycle     stop
============  =================  ==========  ==========  =======
idea          experiment, pilot  idea        —           stopped
experiment    pilot              experiment  idea        stopped
pilot         scaling            pilot       experiment  stopped
scaling       anchored           scaling     pilot       stopped
anchored      —                  anchored    scaling     stopped
stopped       —                  —           —           —
============  =================  ==========  ==========  =======

- *go* moves forward one stage. An idea may go straight to a pilot: an organisation that
  adopts something already proven elsewhere needs no experiment of its own.
- *hold* keeps the stage, but the review is recorded (and the clock of "time in stage"
  keeps running: a hold is no stage change).
- *recycle* sends the initiative back one stage to redo that stage's work; an idea has
  nothing before it (hold it, or stop it).
- *stop* ends it from any active stage. Stopped is final: the history of what was
  tried stays readable, and a revival starts as a new initiative.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    EXPERIMENT = "experiment", _("Experiment")
    PILOT = "pilot", _("Pilot")
    SCALING = "scaling", _("Scaling")
    ANCHORED = "anchored", _("Anchored")
    STOPPED = "stopped", _("Stopped")


class DecisionKind(models.TextChoices):
    GO = "go", _("Go")
    HOLD = "hold", _("Hold")
    RECYCLE = "recycle", _("Recycle")
    STOP = "stop", _("Stop")


class EvidenceLevel(models.IntegerChoices):
    """How strong the evidence behind a decision is, from a story to an impact that was
    repeated elsewhere (after the standards of evidence used for public innovation)."""

    ANECDOTE = 1, _("1 · Anecdote: stories, opinions, a demonstration")
    MEASURED = 2, _("2 · Measured: data show a change where it was tried")
    COMPARED = 3, _("3 · Compared: the change holds against a baseline or control group")
    EVALUATED = 4, _("4 · Evaluated: an independent impact evaluation confirms it")
    REPLICATED = 5, _("5 · Replicated: the impact was repeated in other organisations")


S, D = Stage, DecisionKind
TRANSITIONS: dict[tuple[str, str], tuple[str, ...]] = {
    (S.IDEA, D.GO): (S.EXPERIMENT, S.PILOT),
    (S.IDEA, D.HOLD): (S.IDEA,),
    (S.IDEA, D.STOP): (S.STOPPED,),
    (S.EXPERIMENT, D.GO): (S.PILOT,),
    (S.EXPERIMENT, D.HOLD): (S.EXPERIMENT,),
    (S.EXPERIMENT, D.RECYCLE): (S.IDEA,),
    (S.EXPERIMENT, D.STOP): (S.STOPPED,),
    (S.PILOT, D.GO): (S.SCALING,),
    (S.PILOT, D.HOLD): (S.PILOT,),
    (S.PILOT, D.RECYCLE): (S.EXPERIMENT,),
    (S.PILOT, D.STOP): (S.STOPPED,),
    (S.SCALING, D.GO): (S.ANCHORED,),
    (S.SCALING, D.HOLD): (S.SCALING,),
    (S.SCALING, D.RECYCLE): (S.PILOT,),
    (S.SCALING, D.STOP): (S.STOPPED,),
    (S.ANCHORED, D.HOLD): (S.ANCHORED,),
    (S.ANCHORED, D.RECYCLE): (S.SCALING,),
    (S.ANCHORED, D.STOP): (S.STOPPED,),
}
del S, D

# Stages an initiative is "in the portfolio" at; a new one may be registered at any of them.
ACTIVE_STAGES: tuple[str, ...] = tuple(s for s in Stage.values if s != Stage.STOPPED)
# The gate asks for evidence, and checks it against the data, for a move into these.
EVIDENCE_GATED_STAGES = frozenset({Stage.SCALING.value, Stage.ANCHORED.value})
# The evidence level a move into a gated stage usually needs; less is allowed, with a warning.
USUAL_EVIDENCE_LEVEL = {Stage.SCALING.value: 3, Stage.ANCHORED.value: 4}


def allowed_targets(from_stage: str, decision: str) -> tuple[str, ...]:
    """The stages ``decision`` may lead to from ``from_stage``; empty when it is forbidden."""
    return TRANSITIONS.get((str(from_stage), str(decision)), ())


def is_allowed(from_stage: str, decision: str, to_stage: str) -> bool:
    return str(to_stage) in allowed_targets(from_stage, decision)


def changes_stage(decision: str) -> bool:
    """Every decision but hold moves the initiative (and restarts its time in stage)."""
    return str(decision) != DecisionKind.HOLD


def moves_from(from_stage: str) -> list[tuple[str, str]]:
    """Every (decision, to stage) open to an initiative at ``from_stage``, in the table's
    order: the options a gate form offers."""
    return [
        (decision, to_stage)
        for decision in DecisionKind.values
        for to_stage in allowed_targets(from_stage, decision)
    ]


def is_evidence_gated(decision: str, to_stage: str) -> bool:
    return str(decision) == DecisionKind.GO and str(to_stage) in EVIDENCE_GATED_STAGES
