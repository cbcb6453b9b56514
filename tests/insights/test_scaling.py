"""Scaling readiness and stalled initiatives on small portfolios whose answers are known
by hand; the weights and the stalled limit; the API and the CLI."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import Client
from django.utils import timezone
from typer.testing import CliRunner

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import BlockLink, Openness
from anker.cli.main import app
from anker.insights.scaling import (
    DEFAULT_WEIGHTS,
    adopters_on,
    initiative_readiness,
    is_open_licence,
    readiness_weights,
    scaling,
    stalled_limit,
)
from anker.portfolio.models import STALLED_AFTER_DAYS, InitiativeBlock, StageDecision
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    InitiativeFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db
API = "/api/v1/insights"
TODAY = timezone.localdate()
LIMIT = 100


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def initiative(slug: str, stage: str, days_in_stage: int, owner=None, produces=()):
    made = InitiativeFactory(
        slug=slug,
        name=slug.replace("-", " ").capitalize(),
        stage=stage,
        owner=owner or OrganisationFactory(),
        started_on=ago(days_in_stage + 30),
        stage_since=ago(days_in_stage),
    )
    for block in produces:
        InitiativeBlock.objects.create(initiative=made, block=block, role="produces")
    return made


def decide(made, from_stage, to_stage, level, days_ago, decision="go"):
    StageDecision.objects.create(
        initiative=made, from_stage=from_stage, to_stage=to_stage, decision=decision,
        decided_on=ago(days_ago), rationale="Because.", evidence_level=level,
    )  # fmt: skip


def reuse(block, organisation, status="in-use", since=None, until=None):
    return ReuseFactory(
        block=block, organisation=organisation, status=status, since=since, until=until,
        stop_reason="Replaced" if status == "stopped" else "",
    )  # fmt: skip


@pytest.fixture
def world():
    """*Ready* by hand (stalled limit 100 days, weights 3/2/1/1/1):

    adoption: R1 and R2 pilot or use x or y (the initiative's owner, y's owner, an
    evaluation and a stopped reuse do not count) = 2 of 5 = 0.4 → 3/8 × 0.4 = 15.0 points;
    evidence: latest decision level 3 = 0.6 → 15.0; documentation: x documented and open,
    y documented (a link) but proprietary = 3 of 4 = 0.75 → 9.4; capabilities: x realises
    a child of *root*, y realises *third*; *other* is not realised = 2 of 3 → 8.3; time:
    40 of 100 days at pilot = 0.6 → 7.5. Readiness 55.2."""
    owner = OrganisationFactory(slug="owner", name="Owner")
    p, r1, r2, r3, r4 = (OrganisationFactory() for _ in range(5))
    root, other, third = CapabilityFactory(slug="root"), CapabilityFactory(), CapabilityFactory()
    child = CapabilityFactory(slug="child", parent=root)
    x = BlockFactory(slug="x", name="X", owner=owner, docs_url="https://x.example/docs")
    y = BlockFactory(slug="y", name="Y", owner=p, licence="LicenseRef-proprietary")
    BlockLink.objects.create(block=y, kind="documentation", url="https://y.example/manual")
    x.capabilities.set([child])
    y.capabilities.set([third])
    ready = initiative("ready", "pilot", 40, owner=owner, produces=[x, y])
    ready.capabilities.set([root, other, third])
    decide(ready, "idea", "experiment", 2, 300)
    decide(ready, "experiment", "pilot", 3, 40)
    reuse(x, r1, since=ago(200))
    reuse(y, r1, since=ago(150))  # the same organisation counts once
    reuse(x, r2, "piloting", since=ago(10))
    reuse(x, owner)  # the initiative's owner
    reuse(y, p)  # the block's owner
    reuse(x, r3, "evaluating")
    reuse(x, r4, "stopped", since=ago(300), until=ago(5))
    # stalled: a pilot 150 days in stage whose adopters all began before the window
    z = BlockFactory(slug="z", owner=owner, licence="")
    initiative("stalled-pilot", "pilot", 150, produces=[z])
    reuse(z, r1, since=ago(120))
    reuse(z, r2)  # undated: counted as begun before the window
    reuse(z, r3, since=ago(LIMIT))  # on the window's first day: not new
    # growing: a new adopter 30 days ago
    w = BlockFactory(slug="w", owner=p)
    initiative("growing-pilot", "pilot", 150, produces=[w])
    reuse(w, r1, since=ago(30))
    initiative("old-experiment", "experiment", 400)
    initiative("old-idea", "idea", 400)
    initiative("at-the-limit", "pilot", LIMIT)
    initiative("scaling", "scaling", 400)
    initiative("stopped", "stopped", 10)
    return {"ready": ready, "x": x, "y": y, "w": w}


def factors(item) -> dict[str, tuple]:
    return {f.factor: (f.value, f.weight, f.share, f.contribution) for f in item.factors}


def test_empty_portfolio():
    result = scaling(OPERATOR)
    assert result.initiatives == result.stalled == []
    assert (result.initiative_count, result.stalled_count, result.stopped) == (0, 0, 0)
    assert result.median_score is None and result.stalled_days == STALLED_AFTER_DAYS


def test_an_initiative_scored_by_hand(world):
    item = initiative_readiness(OPERATOR, world["ready"].id, stalled_days=LIMIT)
    assert item.score == 55.2 and item.rank is None and item.stalled is False
    assert factors(item) == {
        "adoption": (0.4, 3.0, 0.375, 15.0),
        "evidence": (0.6, 2.0, 0.25, 15.0),
        "documentation": (0.75, 1.0, 0.125, 9.4),
        "capabilities": (0.667, 1.0, 0.125, 8.3),
        "time": (0.6, 1.0, 0.125, 7.5),
    }
    assert [block.slug for block in item.produced] == ["x", "y"]
    text = {f.factor: f.explanation for f in item.factors}
    assert text["adoption"].startswith("2 other organisations pilot or use what it produced")
    assert text["evidence"] == (
        f"Its latest stage decision (Go, {ago(40).isoformat()}) records evidence level 3 of 5."
    )
    assert text["documentation"] == (
        "Of the 2 blocks it produced, 2 are documented and 1 have an open licence."
    )
    assert text["capabilities"] == "Its blocks realise 2 of the 3 capabilities it works on."
    assert text["time"] == "40 days at Pilot; no marks from 100 days on."


def test_without_blocks_decisions_or_capabilities(world):
    old = scaling(OPERATOR, stalled_days=LIMIT)
    experiment = next(i for i in old.initiatives if i.initiative.slug == "old-experiment")
    # nothing produced, no decision, no capability (left out), 400 of 100 days: all 0
    assert experiment.score == 0.0
    assert factors(experiment)["capabilities"] == (None, 1.0, 0.0, 0.0)
    assert factors(experiment)["adoption"][2] == 0.4286  # 3 of the 7 that count
    scaled = next(i for i in old.initiatives if i.initiative.slug == "scaling")
    assert factors(scaled)["time"] == (None, 1.0, 0.0, 0.0)  # left out from scaling on


def test_stalled_pilots_and_experiments(world):
    result = scaling(OPERATOR, stalled_days=LIMIT)
    stalled = [
        (i.initiative.slug, i.initiative.stage, i.initiative.days_in_stage) for i in result.stalled
    ]
    # longest in stage first; the growing pilot had a new adopter, the idea and the
    # scaling initiative are not in experiment or pilot, at-the-limit is not beyond it
    assert stalled == [("old-experiment", "experiment", 400), ("stalled-pilot", "pilot", 150)]
    assert result.stalled_count == 2 and result.stopped == 1 and result.initiative_count == 7
    pilot = result.stalled[1].adoption
    assert (pilot.since, pilot.then, pilot.now, pilot.new) == (ago(LIMIT), 3, 3, 0)
    growing = next(i for i in result.initiatives if i.initiative.slug == "growing-pilot")
    assert growing.stalled is False
    assert (growing.adoption.then, growing.adoption.now, growing.adoption.new) == (0, 1, 1)


def test_a_longer_limit_stalls_fewer(world):
    result = scaling(OPERATOR, stalled_days=200)
    assert [i.initiative.slug for i in result.stalled] == ["old-experiment"]
    # with a 20-day window the growing pilot's adopter is no longer new, and it stalls
    assert [i.initiative.slug for i in scaling(OPERATOR, stalled_days=20).stalled] == [
        "old-experiment", "growing-pilot", "stalled-pilot", "at-the-limit",
    ]  # fmt: skip


def test_the_default_limit_is_the_portfolio_year(monkeypatch):
    assert stalled_limit() == STALLED_AFTER_DAYS == 365
    monkeypatch.setenv("ANKER_STALLED_DAYS", "30")
    assert stalled_limit() == 30 and stalled_limit(7) == 7
    with pytest.raises(ValidationError, match="at least 1 day"):
        stalled_limit(0)
    monkeypatch.setenv("ANKER_STALLED_DAYS", "a year")
    with pytest.raises(ImproperlyConfigured, match="ANKER_STALLED_DAYS must be a whole number"):
        stalled_limit()


def test_the_portfolio_boards_stalled_filter_is_unchanged(world):
    from anker.portfolio.selectors import stalled_initiatives

    initiative("year-old-pilot", "pilot", 400)
    # the board: pilots over a year, reuse not considered
    assert [i.slug for i in stalled_initiatives()] == ["year-old-pilot"]
    assert "year-old-pilot" in {i.initiative.slug for i in scaling(OPERATOR).stalled}


def test_ranking_and_ties(world):
    result = scaling(OPERATOR, stalled_days=LIMIT, weights="adoption=0,evidence=0,documentation=0")
    # only capabilities and time weigh: the ready pilot ((⅔ + 0.6) / 2) leads; the others
    # name no capability and are past the limit (time 0): a tie at 0, by name; the scaling
    # initiative has neither factor, so no score, and comes last
    ranked = [(i.rank, i.initiative.slug, i.score) for i in result.initiatives]
    assert ranked[0] == (1, "ready", 63.3)
    assert ranked[1:] == [
        (2, "at-the-limit", 0.0), (2, "growing-pilot", 0.0), (2, "old-experiment", 0.0),
        (2, "old-idea", 0.0), (2, "stalled-pilot", 0.0), (7, "scaling", None),
    ]  # fmt: skip
    assert result.median_score == 0.0


def test_weights_change_the_score_and_bad_ones_are_refused(world, monkeypatch):
    ready = world["ready"].id
    # adoption alone: 0.4 → 40
    alone = {"evidence": 0, "documentation": 0, "capabilities": 0, "time": 0}
    assert initiative_readiness(OPERATOR, ready, weights=alone, stalled_days=LIMIT).score == 40.0
    monkeypatch.setenv("ANKER_READINESS_WEIGHTS", "adoption=1")
    assert readiness_weights() == {**DEFAULT_WEIGHTS, "adoption": 1.0}
    # (0.4 + 2 × 0.6 + 0.75 + ⅔ + 0.6) / 6 = 60.3
    assert initiative_readiness(OPERATOR, ready, stalled_days=LIMIT).score == 60.3
    with pytest.raises(ValidationError) as raised:
        scaling(OPERATOR, weights="adoption=-1,speed=2")
    assert raised.value.message_dict == {
        "weights.adoption": ["The weight of adoption must be 0 or more, not -1."],
        "weights.speed": [
            "There is no factor 'speed'; the factors are adoption, evidence, documentation, "
            "capabilities, time."
        ],
    }
    monkeypatch.setenv("ANKER_READINESS_WEIGHTS", "time=soon")
    with pytest.raises(ImproperlyConfigured, match="ANKER_READINESS_WEIGHTS.time"):
        scaling(OPERATOR)


@pytest.mark.parametrize(
    ("licence", "open_"),
    [
        ("EUPL-1.2", True), ("MIT", True), ("CC0-1.0", True), ("CC-BY-4.0", True),
        ("MIT OR LicenseRef-proprietary", True), ("(Apache-2.0 AND MIT)", True),
        ("MIT AND LicenseRef-proprietary", False), ("CC-BY-NC-4.0", False),
        ("CC-BY-ND-4.0", False), ("LicenseRef-proprietary", False), ("", False),
    ],
)  # fmt: skip
def test_open_licences(licence, open_):
    assert is_open_licence(licence) is open_


def test_adopters_on_a_day():
    day = dt.date(2026, 1, 1)
    edges = [
        (1, "in-use", dt.date(2025, 1, 1), None),
        (2, "piloting", dt.date(2026, 1, 2), None),  # begins later
        (3, "stopped", dt.date(2025, 1, 1), dt.date(2026, 1, 1)),  # stopped that day
        (4, "stopped", dt.date(2025, 1, 1), dt.date(2026, 1, 2)),  # still on
        (5, "stopped", dt.date(2025, 1, 1), None),  # end unknown: never counted
        (6, "in-use", None, None),  # undated: always
    ]
    assert adopters_on(edges, day) == {1, 4, 6}


def test_a_fixed_number_of_queries(world, django_assert_num_queries):
    with django_assert_num_queries(8):  # however many initiatives
        scaling(AnonymousUser())


# --- visibility, API and CLI ------------------------------------------------------------


def test_a_restricted_block_is_not_counted_for_anonymous_readers(world):
    world["w"].openness = Openness.RESTRICTED
    world["w"].save()
    for reader, produced, now in ((OPERATOR, ["w"], 1), (AnonymousUser(), [], 0)):
        result = scaling(reader, stalled_days=LIMIT)
        growing = next(i for i in result.initiatives if i.initiative.slug == "growing-pilot")
        assert [block.slug for block in growing.produced] == produced
        assert growing.adoption.now == now


def test_api_scaling_with_weights_and_limit(world):
    body = Client().get(f"{API}/scaling", {"stalled_days": LIMIT, "weights": "adoption:1"}).json()
    assert body["stalled_days"] == LIMIT and body["initiative_count"] == 7
    assert [item["initiative"]["slug"] for item in body["stalled"]] == [
        "old-experiment", "stalled-pilot",
    ]  # fmt: skip
    assert body["stalled"][1]["adoption"] == {
        "since": ago(LIMIT).isoformat(), "then": 3, "now": 3, "new": 0,
    }  # fmt: skip
    first = body["initiatives"][0]
    assert first["initiative"]["slug"] == "ready" and first["score"] == 60.3
    assert first["factors"][0]["weight"] == 1.0 and first["initiative"]["days_in_stage"] == 40


def test_api_refuses_bad_weights_and_limits(world):
    response = Client().get(f"{API}/scaling", {"weights": "adoption:lots"})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    [invalid] = response.json()["invalidParams"]
    assert invalid == {
        "name": "weights.adoption",
        "reason": "The weight of adoption must be a number, not 'lots'.",
        "code": "invalid",
    }
    response = Client().get(f"{API}/scaling", {"stalled_days": 0})
    assert response.status_code == 422
    assert response.json()["invalidParams"][0]["name"] == "stalled_days"


def test_api_one_initiative(world):
    body = Client().get(f"{API}/scaling/ready", {"stalled_days": LIMIT}).json()
    assert body["score"] == 55.2 and body["stalled"] is False
    assert [block["slug"] for block in body["produced"]] == ["x", "y"]
    stalled = Client().get(f"{API}/scaling/stalled-pilot", {"stalled_days": LIMIT}).json()
    assert stalled["stalled"] is True
    assert Client().get(f"{API}/scaling/nothing").status_code == 404


def run(*arguments: str):
    return CliRunner().invoke(app, ["insights", *arguments], terminal_width=200)


def test_cli_tables(world):
    result = run("scaling", "--stalled-days", str(LIMIT), "--weight", "time=2")
    assert result.exit_code == 0, result.output
    assert "Readiness to scale" in result.output and "time 2)" in result.output
    assert "Stalled: in experiment or pilot over 100 days" in result.output
    assert "Median readiness:" in result.output and "(1 stopped left out)" in result.output


def test_cli_one_initiative(world):
    result = run("scaling", "ready", "--stalled-days", str(LIMIT))
    assert result.exit_code == 0, result.output
    assert "Readiness to scale of Ready: 55.2" in result.output and "25%" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["scaling", "--weight", "time=-1"], "The weight of time must be 0 or more, not -1."),
        (["scaling", "--stalled-days", "0"], "Invalid value"),
        (["scaling", "nothing"], "There is no initiative 'nothing'."),
    ],
)
def test_cli_mistakes_are_one_clear_line(world, arguments, message):
    result = run(*arguments)
    assert result.exit_code in (1, 2)
    assert message in result.output and "Traceback" not in result.output


# --- the demo ---------------------------------------------------------------------------
