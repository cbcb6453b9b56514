"""The anchoring score on small ecosystems whose scores are computed by hand, its weights
(environment, request, command line) and their validation, the API and the CLI."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import Client
from django.utils import timezone
from typer.testing import CliRunner

from anker.accounts.permissions import OPERATOR
from anker.accounts.services import token_create
from anker.catalogue.models import (
    BlockKind,
    Lifecycle,
    Openness,
    StandardCompliance,
)
from anker.cli.main import app
from anker.insights.anchoring import (
    DEFAULT_WEIGHTS,
    anchoring,
    anchoring_weights,
    block_anchoring,
    freshness_measure,
)
from anker.insights.scores import competition_ranks, parse_weights
from anker.portfolio.models import InitiativeBlock
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    InitiativeFactory,
    MembershipFactory,
    OrganisationFactory,
    ReuseFactory,
    ServiceChannelFactory,
)

pytestmark = pytest.mark.django_db
API = "/api/v1/insights"
TODAY = timezone.localdate()


def verified(days_ago: int) -> dt.datetime:
    moment = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12))
    return timezone.make_aware(moment)


def reusers(block, count: int, status: str = "in-use") -> None:
    for _ in range(count):
        ReuseFactory(block=block, organisation=OrganisationFactory(), status=status)


@pytest.fixture
def world(settings):
    """Block *Alpha* by hand, with FRESHNESS_DAYS = 100 and the default weights 3/2/1/1/1:

    reuse 4 of 5 = 0.8 → 3/8 × 0.8 = 30.0 points; standards (1 + ½ + 0) / 3 = 0.5 → 12.5;
    freshness verified 120 days ago, 20 past the 100 of 100 more = 0.8 → 10.0; channels 2
    of the 3 services with channels = ⅔ → 8.3; stages: anchored is the furthest = 1 → 12.5.
    Score 73.3. *Charlie* and *Delta* (5+ reusers, fresh, nothing else known) score 100
    and tie; *Bravo* (nothing) scores 0, as do the three standards."""
    settings.FRESHNESS_DAYS = 100
    owner = OrganisationFactory(slug="owner", name="Owner")
    other = OrganisationFactory(slug="other", name="Other")
    body = OrganisationFactory(slug="body", name="Standards Body")
    alpha = BlockFactory(slug="alpha", name="Alpha", owner=owner, last_verified_at=verified(120))
    reusers(alpha, 4)
    reusers(alpha, 1, "evaluating")  # looking, not reusing
    ReuseFactory(block=alpha, organisation=owner)  # the owner never counts
    for name, status in (("S1", "complies"), ("S2", "partially"), ("S3", "explained")):
        standard = BlockFactory(slug=name.lower(), name=name, owner=body, kind=BlockKind.STANDARD)
        StandardCompliance.objects.create(block=alpha, standard=standard, status=status)
    for kinds in (("online", "phone"), ("app", "assisted-digital"), ("online", "email"), ()):
        service = CitizenServiceFactory(blocks=[alpha])
        for kind in kinds:
            ServiceChannelFactory(service=service, kind=kind)
    for stage in ("experiment", "anchored", "stopped"):
        initiative = InitiativeFactory(stage=stage)
        InitiativeBlock.objects.create(initiative=initiative, block=alpha, role="produces")
    bravo = BlockFactory(slug="bravo", name="Bravo", owner=other)
    for slug, name, owner_of in (("charlie", "Charlie", owner), ("delta", "Delta", other)):
        block = BlockFactory(slug=slug, name=name, owner=owner_of, last_verified_at=verified(3))
        reusers(block, 6)
    retired = BlockFactory(slug="retired", owner=owner, lifecycle=Lifecycle.RETIRED)
    secret = BlockFactory(
        slug="secret", owner=owner, openness=Openness.RESTRICTED, last_verified_at=verified(1)
    )
    return {"owner": owner, "alpha": alpha, "bravo": bravo, "retired": retired, "secret": secret}


def factors(item) -> dict[str, tuple]:
    return {f.factor: (f.value, f.weight, f.share, f.contribution) for f in item.factors}


def test_empty_ecosystem():
    result = anchoring(OPERATOR)
    assert result.blocks == result.organisations == []
    assert result.block_count == result.organisation_count == 0
    assert result.median_score is None and result.median_organisation_score is None
    assert [(w.factor, w.weight) for w in result.weights] == list(DEFAULT_WEIGHTS.items())


def test_a_block_scored_by_hand(world):
    item = block_anchoring(OPERATOR, world["alpha"].id)
    assert item.score == 73.3 and item.rank is None
    assert factors(item) == {
        "reuse": (0.8, 3.0, 0.375, 30.0),
        "standards": (0.5, 2.0, 0.25, 12.5),
        "freshness": (0.8, 1.0, 0.125, 10.0),
        "channels": (0.667, 1.0, 0.125, 8.3),
        "stages": (1.0, 1.0, 0.125, 12.5),
    }
    explanations = {f.factor: f.explanation for f in item.factors}
    assert explanations["reuse"].startswith("4 other organisations pilot or use it, of 5 needed")
    assert "Complies with 1 of the 3 standards" in explanations["standards"]
    assert "partially with 1" in explanations["standards"]
    assert explanations["freshness"] == (
        "Verified 120 days ago: stale after 100 days, no marks after 200."
    )
    assert explanations["channels"].startswith("2 of the 3 citizen services on it offer both")
    assert "the furthest" in explanations["stages"] and "Anchored" in explanations["stages"]


def test_a_factor_without_data_is_left_out_and_the_others_count_for_more(world):
    item = block_anchoring(OPERATOR, world["bravo"].id)
    assert item.score == 0.0
    assert factors(item) == {
        "reuse": (0.0, 3.0, 0.75, 0.0),
        "standards": (None, 2.0, 0.0, 0.0),
        "freshness": (0.0, 1.0, 0.25, 0.0),
        "channels": (None, 1.0, 0.0, 0.0),
        "stages": (None, 1.0, 0.0, 0.0),
    }
    assert [f.explanation for f in item.factors][1:4] == [
        "It declares no standard: left out.",
        "Never verified.",
        "No citizen service with known channels runs on it: left out.",
    ]


def test_ranking_ties_and_the_retired_block(world):
    result = anchoring(OPERATOR)
    ranked = [(item.rank, item.block.slug, item.score) for item in result.blocks]
    assert ranked == [
        (1, "charlie", 100.0), (1, "delta", 100.0), (3, "alpha", 73.3), (4, "secret", 25.0),
        (5, "bravo", 0.0), (5, "s1", 0.0), (5, "s2", 0.0), (5, "s3", 0.0),
    ]  # fmt: skip
    assert result.block_count == 8 and result.median_score == 12.5
    # the retired block takes no part in the lists, but is scored on its own
    assert block_anchoring(OPERATOR, world["retired"].id).score == 0.0


def test_organisations_are_the_mean_of_their_blocks(world):
    result = anchoring(OPERATOR)
    rows = [(r.rank, r.organisation.slug, r.score, r.blocks) for r in result.organisations]
    # owner: (73.3 + 100 + 25) / 3; other: (0 + 100) / 2; the standards body: 0
    assert rows == [(1, "owner", 66.1, 3), (2, "other", 50.0, 2), (3, "body", 0.0, 3)]
    owner = result.organisations[0]
    assert owner.best.slug == "charlie"
    reuse = owner.factors[0]
    # mean value over its blocks (0.8, 1, 0) and mean contribution (30, 75, 0)
    assert (reuse.value, reuse.contribution) == (0.6, 35.0)
    assert owner.factors[1].value == 0.5  # standards: only alpha has a value
    assert owner.factors[1].explanation == "Mean over the 1 of its 3 blocks that have a value."
    assert result.median_organisation_score == 50.0


def test_weights_change_the_score(world):
    # reuse weighs nothing: alpha = (2 × 0.5 + 0.8 + ⅔ + 1) / 5 = 69.3
    item = block_anchoring(OPERATOR, world["alpha"].id, weights="reuse:0")
    assert item.score == 69.3
    assert factors(item)["reuse"] == (0.8, 0.0, 0.0, 0.0)
    # reuse alone: alpha = 0.8 → 80
    alone = {"standards": 0, "freshness": 0, "channels": 0, "stages": 0}
    assert block_anchoring(OPERATOR, world["alpha"].id, weights=alone).score == 80.0
    # bravo has values only for reuse and freshness: with both at 0 there is no score
    result = anchoring(OPERATOR, weights=["reuse=0", "freshness=0"])
    bravo = next(item for item in result.blocks if item.block.slug == "bravo")
    assert bravo.score is None and result.blocks[-1].score is None
    weights = [(w.factor, w.weight) for w in result.weights]
    assert weights[:2] == [("reuse", 0.0), ("standards", 2.0)]


def test_weights_from_the_environment_and_then_the_request(world, monkeypatch):
    monkeypatch.setenv("ANKER_ANCHORING_WEIGHTS", "reuse=1, standards=0")
    assert anchoring_weights() == {**DEFAULT_WEIGHTS, "reuse": 1.0, "standards": 0.0}
    assert anchoring_weights("standards:4")["standards"] == 4.0
    # alpha with reuse=1 and standards=0: (0.8 + 0.8 + ⅔ + 1) / 4 = 81.7
    assert block_anchoring(OPERATOR, world["alpha"].id).score == 81.7
    monkeypatch.setenv("ANKER_ANCHORING_WEIGHTS", "reuse=much")
    with pytest.raises(ImproperlyConfigured, match="ANKER_ANCHORING_WEIGHTS.reuse: The weight"):
        anchoring(OPERATOR)


@pytest.mark.parametrize(
    ("text", "field", "code", "message"),
    [
        ("popularity=2", "weights.popularity", "unknown",
         "There is no factor 'popularity'; the factors are reuse, standards, freshness, "
         "channels, stages."),
        ("reuse=-1", "weights.reuse", "negative", "The weight of reuse must be 0 or more, not -1."),
        ("reuse=abc", "weights.reuse", "invalid",
         "The weight of reuse must be a number, not 'abc'."),
        ("reuse=nan", "weights.reuse", "invalid",
         "The weight of reuse must be a number, not 'nan'."),
        ("reuse=inf", "weights.reuse", "invalid",
         "The weight of reuse must be a number, not 'inf'."),
        ("reuse", "weights", "invalid", "Give each weight as factor=number, not 'reuse'."),
        ("reuse=1,reuse:2", "weights.reuse", "duplicate", "The weight of reuse is given twice."),
        ("reuse=0,standards=0,freshness=0,channels=0,stages=0", "weights", "zero",
         "At least one weight must be above 0."),
    ],
)  # fmt: skip
def test_bad_weights_are_refused_saying_which_and_why(text, field, code, message):
    with pytest.raises(ValidationError) as raised:
        parse_weights(text, DEFAULT_WEIGHTS)
    assert raised.value.message_dict == {field: [message]}
    assert raised.value.error_dict[field][0].code == code


def test_every_bad_weight_is_named_at_once_and_good_ones_are_kept():
    with pytest.raises(ValidationError) as raised:
        parse_weights("reuse=-2, stages=x, fame=1", DEFAULT_WEIGHTS)
    assert set(raised.value.message_dict) == {"weights.reuse", "weights.stages", "weights.fame"}
    assert parse_weights(" reuse : 2.5 ,, stages=0 ", DEFAULT_WEIGHTS) == {
        **DEFAULT_WEIGHTS, "reuse": 2.5, "stages": 0.0,
    }  # fmt: skip


def test_freshness_decays_linearly_after_the_fresh_period():
    today = dt.date(2026, 6, 1)
    values = [freshness_measure(today - dt.timedelta(days=d), today, 365).value for d in
              (0, 365, 366 + 364 // 2, 730, 1000)]  # fmt: skip
    assert values[0] == values[1] == 1.0
    assert values[2] == pytest.approx(1 - 183 / 365)
    assert values[3] == values[4] == 0.0


def test_a_fixed_number_of_queries(world, django_assert_num_queries):
    BlockFactory.create_batch(5)
    with django_assert_num_queries(6):  # however many blocks
        anchoring(AnonymousUser())


def test_competition_ranks():
    assert competition_ranks([90.0, 80.0, 80.0, 70.0, None, None]) == [1, 2, 2, 4, 5, 5]
    assert competition_ranks([]) == []


# --- visibility, API and CLI ------------------------------------------------------------


def test_a_restricted_block_is_not_shown_to_anonymous_readers(world):
    result = anchoring(AnonymousUser())
    assert "secret" not in {item.block.slug for item in result.blocks}
    owner = next(row for row in result.organisations if row.organisation.slug == "owner")
    assert (owner.blocks, owner.score) == (2, 86.7)  # (73.3 + 100) / 2, without secret
    assert block_anchoring(AnonymousUser(), world["secret"].id) is None


def test_api_lists_blocks_with_request_weights(world):
    body = Client().get(f"{API}/anchoring/blocks", {"weights": "reuse:0", "limit": 3}).json()
    assert body["block_count"] == 7 and len(body["blocks"]) == 3 and body["limit"] == 3
    alpha = next(item for item in body["blocks"] if item["block"]["slug"] == "alpha")
    assert alpha["score"] == 69.3 and alpha["rank"] == 3  # after charlie and delta at 100
    assert body["weights"][0] == {"factor": "reuse", "label": "Reuse", "weight": 0.0}
    reuse = alpha["factors"][0]
    assert (reuse["value"], reuse["weight"], reuse["contribution"]) == (0.8, 0.0, 0.0)


def test_api_refuses_bad_weights_with_a_problem(world):
    response = Client().get(f"{API}/anchoring/blocks", {"weights": "reuse:-1,fame:2"})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    invalid = {item["name"]: (item["code"], item["reason"]) for item in problem["invalidParams"]}
    assert invalid == {
        "weights.reuse": ("negative", "The weight of reuse must be 0 or more, not -1."),
        "weights.fame": (
            "unknown",
            "There is no factor 'fame'; the factors are reuse, standards, freshness, "
            "channels, stages.",
        ),
    }
    assert "weights.reuse: The weight of reuse must be 0 or more" in problem["detail"]


def test_api_one_block_and_the_organisations(world):
    body = Client().get(f"{API}/anchoring/blocks/alpha").json()
    assert body["score"] == 73.3 and body["rank"] is None
    assert body["factors"][3]["explanation"].startswith("2 of the 3 citizen services")
    assert Client().get(f"{API}/anchoring/blocks/secret").status_code == 404
    assert Client().get(f"{API}/anchoring/blocks/alpha", {"weights": "x"}).status_code == 422
    organisations = Client().get(f"{API}/anchoring/organisations").json()
    assert organisations["organisation_count"] == 3 and organisations["median_score"] == 50.0
    first = organisations["organisations"][0]
    assert (first["organisation"]["slug"], first["score"], first["best"]["slug"]) == (
        "owner", 86.7, "charlie",
    )  # fmt: skip


def test_api_a_member_of_the_owner_sees_its_restricted_block(world):
    user = MembershipFactory(organisation=world["owner"]).user
    _token, key = token_create(user=user, name="test")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    assert client.get(f"{API}/anchoring/blocks/secret").json()["score"] == 25.0
    assert client.get(f"{API}/anchoring/blocks").json()["block_count"] == 8


def run(*arguments: str):
    return CliRunner().invoke(app, ["insights", *arguments], terminal_width=200)


def test_cli_tables_with_weights(world):
    result = run("anchoring", "--weight", "reuse=0", "--weight", "stages=2")
    assert result.exit_code == 0, result.output
    assert "Anchoring score of building blocks" in result.output
    # rich wraps at the test console's 80 columns: look for short pieces
    assert "(weights: reuse 0, standards 2," in result.output and "stages 2)" in result.output
    assert "Anchoring score of organisations" in result.output and "Owner" in result.output
    assert "Median score:" in result.output


def test_cli_one_block_shows_each_factor(world):
    result = run("anchoring", "alpha")
    assert result.exit_code == 0, result.output
    assert "Anchoring score of Alpha: 73.3" in result.output
    assert "Reuse" in result.output and "30.0" in result.output and "25%" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["anchoring", "--weight", "reuse=x"], "The weight of reuse must be a number, not 'x'."),
        (["anchoring", "--weight", "fame=1"], "There is no factor 'fame'"),
        (["anchoring", "nothing"], "There is no building block 'nothing'."),
    ],
)
def test_cli_mistakes_are_one_clear_line(world, arguments, message):
    result = run(*arguments)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


# --- the demo ---------------------------------------------------------------------------
