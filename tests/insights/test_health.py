"""Ecosystem health: isolated organisations, single-supplier concentration, overdue
exchange requests and ideas without an answer; crafted data with answers known by hand,
limits from the environment and per request (422 on bad ones), visibility, the API, the
CLI, and the demo."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import Client
from django.utils import timezone
from typer.testing import CliRunner

from anker.accounts.models import MemberRole, PlatformRole
from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import Dependency, Lifecycle, Openness
from anker.cli.main import app
from anker.cocreation.models import Idea, IdeaStatus, Moderation
from anker.insights.health import health
from anker.organisations.models import OrganisationKind
from anker.reuse.models import ExchangeStatus, ReuseStatus
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    ExchangeRequestFactory,
    IdeaCommentFactory,
    IdeaFactory,
    MembershipFactory,
    OrganisationFactory,
    ReuseFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
ANONYMOUS = AnonymousUser()


def org(slug: str, **kwargs):
    return OrganisationFactory(slug=slug, name=slug.title(), **kwargs)


def partner(slug: str, kind: str = OrganisationKind.PRIVATE):
    return org(slug, kind=kind, is_public_sector=False)


def block(slug: str, owner, **kwargs):
    return BlockFactory(slug=slug, name=slug.title(), owner=owner, **kwargs)


def depends(dependent, dependency) -> None:
    Dependency.objects.create(dependent=dependent, dependency=dependency)


def test_an_empty_ecosystem():
    result = health(OPERATOR, now=NOW)
    assert (result.organisations, result.isolated, result.public_organisations) == (0, [], 0)
    assert (result.suppliers, result.largest_share) == ([], 0.0)
    assert (result.pending, result.pending_count, result.pending_hidden) == ([], 0, 0)
    assert (result.unanswered, result.unanswered_count) == ([], 0)
    assert (result.pending_days, result.idea_days) == (30, 30)  # the declared defaults


def test_isolated_organisations():
    provider = org("provider")
    used = block("used", provider)
    ReuseFactory(block=used, organisation=org("reuser"))
    stopper = org("stopper")
    ReuseFactory(block=used, organisation=stopper, status=ReuseStatus.STOPPED, stop_reason="x")
    block("old", org("retiree"), lifecycle=Lifecycle.RETIRED)
    CitizenServiceFactory(organisations=[org("server")])
    org("merged", merged_into=provider)
    block("secret", org("secretive"), openness=Openness.RESTRICTED)

    result = health(OPERATOR, now=NOW)
    rows = [
        (r.organisation.slug, r.services, r.retired_blocks, r.stopped_reuse)
        for r in result.isolated
    ]
    assert rows == [("retiree", 0, 1, 0), ("server", 1, 0, 0), ("stopper", 0, 0, 1)]
    assert (result.isolated_count, result.organisations) == (3, 6)  # the merged one is gone
    assert result.isolated[0].kind == "local" and result.isolated[0].public_sector
    # anonymous readers do not see the restricted block, so its owner provides nothing
    seen = health(ANONYMOUS, now=NOW)
    assert [r.organisation.slug for r in seen.isolated] == [
        "retiree",
        "secretive",
        "server",
        "stopper",
    ]


@pytest.fixture
def suppliers():
    """A private supplier whose block ``y`` public organisations g1–g7 rely on in every
    way; a non-profit relied on directly by one, an academic one through a dependency."""
    g = {n: org(f"g{n}") for n in range(1, 8)}
    supplier = partner("supplier")
    y = block("y", supplier)
    ReuseFactory(block=y, organisation=g[1])  # direct
    x = block("x", g[2])
    depends(x, y)  # g2 owns a block that depends on y
    z = block("z", g[2])
    depends(z, x)
    ReuseFactory(block=z, organisation=g[3])  # g3 reuses z → x → y
    ReuseFactory(block=y, organisation=g[4], status=ReuseStatus.STOPPED, stop_reason="x")
    ReuseFactory(block=y, organisation=g[5])  # direct, and through its own block:
    depends(block("x2", g[5]), y)
    ReuseFactory(block=y, organisation=partner("other-partner"))  # not public
    hidden = block("h", g[6], openness=Openness.RESTRICTED)
    depends(hidden, y)
    ReuseFactory(block=hidden, organisation=g[7])
    small = partner("small", OrganisationKind.NON_PROFIT)
    ReuseFactory(block=block("y2", small), organisation=g[1])
    depends(block("w", g[2]), block("y3", partner("another", OrganisationKind.ACADEMIC)))
    return g


def test_single_supplier_concentration(suppliers):
    result = health(OPERATOR, now=NOW)
    assert result.public_organisations == 7
    assert [(s.supplier.slug, s.direct, s.through_dependencies, s.organisations, s.share)
            for s in result.suppliers] == [
        ("supplier", 2, 4, 6, 85.7),
        ("small", 1, 0, 1, 14.3),  # one each: the direct one first
        ("another", 0, 1, 1, 14.3),
    ]  # fmt: skip
    assert result.largest_share == 85.7
    first = result.suppliers[0]
    assert first.kind == "private" and [b.slug for b in first.blocks] == ["y"]
    rows = [(d.organisation.slug, d.direct, d.owns, d.block.slug, d.path) for d in first.dependants]
    assert rows == [
        ("g1", True, False, "y", ["y"]),
        ("g5", True, False, "y", ["y"]),
        ("g2", False, True, "x", ["x", "y"]),
        ("g6", False, True, "h", ["h", "y"]),
        ("g7", False, False, "h", ["h", "y"]),
        ("g3", False, False, "z", ["z", "x", "y"]),
    ]


def test_supplier_concentration_passes_through_visible_blocks_only(suppliers):
    result = health(ANONYMOUS, now=NOW)
    first = result.suppliers[0]
    assert {d.organisation.slug for d in first.dependants} == {"g1", "g2", "g3", "g5"}
    assert (first.organisations, first.share) == (4, 57.1)


@pytest.fixture
def requests_():
    owner = org("owner")
    first, second = block("first", owner), block("second", owner)
    made = {}
    for slug, target, age, status in (
        ("r1", first, dt.timedelta(days=30, minutes=1), ExchangeStatus.REQUESTED),
        ("r2", second, dt.timedelta(days=100), ExchangeStatus.REQUESTED),
        ("r3", second, dt.timedelta(days=30, minutes=-1), ExchangeStatus.REQUESTED),
        ("r4", first, dt.timedelta(days=200), ExchangeStatus.APPROVED),
    ):
        requester = org(slug)
        made[slug] = ExchangeRequestFactory(
            block=target, requester=requester, requested_at=NOW - age, status=status
        )
    return {"owner": owner, **made}


def test_requests_pending_longer_than_the_limit(requests_):
    result = health(OPERATOR, now=NOW)
    assert [(p.requester.slug, p.block.slug, p.age_days) for p in result.pending] == [
        ("r2", "second", 100),
        ("r1", "first", 30),  # 30 days and a minute: more than 30 days
    ]
    assert result.pending[0].uuid == str(requests_["r2"].uuid)
    assert result.pending[0].block.owner.slug == "owner"
    assert (result.pending_count, result.pending_hidden) == (2, 0)
    assert health(OPERATOR, now=NOW, pending_days=0).pending_count == 3
    assert health(OPERATOR, now=NOW, pending_days=100).pending_count == 0


@pytest.mark.parametrize(
    ("reader", "listed", "hidden"),
    [("anonymous", [], 2), ("requester", ["r1"], 1), ("owner", ["r2", "r1"], 0)],
)
def test_only_the_parties_see_pending_requests(requests_, reader, listed, hidden):
    user = ANONYMOUS
    if reader != "anonymous":
        member_of = requests_["owner"] if reader == "owner" else requests_["r1"].requester
        user = MembershipFactory(organisation=member_of, role=MemberRole.VIEWER).user
    result = health(user, now=NOW)
    assert [p.requester.slug for p in result.pending] == listed
    assert (result.pending_hidden, result.pending_count) == (hidden, 2)


def test_limits_from_the_environment(requests_, monkeypatch):
    monkeypatch.setenv("ANKER_PENDING_REQUEST_DAYS", "99")
    result = health(OPERATOR, now=NOW)
    assert result.pending_days == 99 and [p.requester.slug for p in result.pending] == ["r2"]
    monkeypatch.setenv("ANKER_UNANSWERED_IDEA_DAYS", "abc")
    with pytest.raises(ImproperlyConfigured, match="ANKER_UNANSWERED_IDEA_DAYS must be a whole"):
        health(OPERATOR, now=NOW)
    assert health(OPERATOR, now=NOW, idea_days=7).idea_days == 7  # asked for: env not read
    monkeypatch.setenv("ANKER_UNANSWERED_IDEA_DAYS", "3651")
    with pytest.raises(ImproperlyConfigured):
        health(OPERATOR, now=NOW)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [({"pending_days": -1}, "pending_days"), ({"idea_days": 3651}, "idea_days")],
)
def test_bad_limits_are_refused(arguments, field):
    with pytest.raises(ValidationError) as refused:
        health(OPERATOR, now=NOW, **arguments)
    assert list(refused.value.message_dict) == [field]


def make_idea(title: str, days: float, **kwargs) -> Idea:
    idea = IdeaFactory(title=title, **kwargs)
    Idea.objects.filter(pk=idea.pk).update(created=NOW - dt.timedelta(days=days))
    return idea


def test_ideas_without_an_answer():
    owner, town = org("owner"), org("town")
    editor = MembershipFactory(organisation=owner, role=MemberRole.EDITOR).user
    viewer = MembershipFactory(organisation=owner, role=MemberRole.VIEWER).user
    town_editor = MembershipFactory(organisation=town, role=MemberRole.EDITOR).user
    coordinator = UserFactory(platform_role=PlatformRole.COORDINATOR)
    about = {"about_block": block("open", owner)}
    first = make_idea("waiting", 31, **about)
    make_idea("young", 30 - 1 / 1440, **about)  # a minute short of 30 days
    make_idea("reviewed", 90, status=IdeaStatus.UNDER_REVIEW, **about)
    make_idea("hidden", 90, moderation=Moderation.HIDDEN, **about)
    make_idea("merged", 90, moderation=Moderation.MERGED, merged_into=first, **about)
    make_idea("secret", 32, about_block=block("closed", owner, openness=Openness.RESTRICTED))
    IdeaCommentFactory(idea=make_idea("editor answered", 90, **about), author=editor)
    IdeaCommentFactory(idea=make_idea("viewer said", 33, **about), author=viewer)
    hidden = make_idea("hidden answer", 34, **about)
    IdeaCommentFactory(idea=hidden, author=editor, is_hidden=True)
    IdeaCommentFactory(idea=make_idea("coordinator answered", 90, **about), author=coordinator)
    service = CitizenServiceFactory(organisations=[town])
    answered = make_idea("town answered", 90, about_block=None, about_service=service)
    IdeaCommentFactory(idea=answered, author=town_editor)
    wrong = make_idea("wrong moderator", 35, about_block=None, about_organisation=town)
    IdeaCommentFactory(idea=wrong, author=editor)

    result = health(OPERATOR, now=NOW)
    rows = [(i.title, i.age_days, i.comments) for i in result.unanswered]
    assert rows == [
        ("wrong moderator", 35, 1),
        ("hidden answer", 34, 0),  # a hidden comment answers nobody
        ("viewer said", 33, 1),  # a viewer does not moderate
        ("secret", 32, 0),
        ("waiting", 31, 0),
    ]
    assert result.unanswered_count == 5
    assert (result.unanswered[0].about.kind, result.unanswered[0].about.slug) == (
        "organisation",
        "town",
    )
    assert result.unanswered[-1].uuid == str(first.uuid)
    seen = health(ANONYMOUS, now=NOW)  # the idea about a restricted block is not theirs
    assert "secret" not in [i.title for i in seen.unanswered] and seen.unanswered_count == 4
    assert health(OPERATOR, now=NOW, idea_days=34).unanswered_count == 1


def test_the_api_follows_the_rules(requests_):
    body = Client().get("/api/v1/insights/health", {"pending_days": 10}).json()
    assert body["pending_days"] == 10 and body["idea_days"] == 30
    assert body["pending"] == [] and body["pending_hidden"] == body["pending_count"] == 3
    for params, name in (
        ({"pending_days": 5000}, "pending_days"),
        ({"pending_days": -1}, "pending_days"),
        ({"idea_days": "soon"}, "idea_days"),
    ):
        response = Client().get("/api/v1/insights/health", params)
        assert response.status_code == 422
        assert response["Content-Type"] == "application/problem+json"
        assert [item["name"] for item in response.json()["invalidParams"]] == [name]


def run(*arguments: str):
    return CliRunner().invoke(app, ["insights", "health", *arguments], terminal_width=200)


def test_the_cli(monkeypatch):
    owner, now = org("owner"), timezone.now()
    for slug, days in (("late", 100), ("early", 10)):
        ExchangeRequestFactory(
            block=block(f"for-{slug}", owner),
            requester=org(slug),
            requested_at=now - dt.timedelta(days=days),
        )
    result = run("--pending-days", "99", "--idea-days", "5")
    assert result.exit_code == 0, result.output
    words = " ".join(result.output.split())  # rich wraps titles to the table's width
    assert "Exchange requests pending more than 99 days (1)" in words
    assert "For-Late" in words and "For-Early" not in words
    assert "Ideas without an answer after more than 5 days (0)" in words
    monkeypatch.setenv("ANKER_PENDING_REQUEST_DAYS", "soon")
    result = run()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "ANKER_PENDING_REQUEST_DAYS must be a whole number" in " ".join(result.output.split())


def test_a_fixed_number_of_queries_however_large(suppliers, requests_):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            health(OPERATOR, now=NOW)
        return len(captured)

    owner = org("more-owner")
    IdeaCommentFactory(idea=make_idea("first", 40, about_block=block("first-idea", owner)))
    few = queries()
    for number in range(5):
        made = block(f"more-{number}", owner)
        ExchangeRequestFactory(
            block=made, requester=suppliers[1], requested_at=NOW - dt.timedelta(days=90)
        )
        IdeaCommentFactory(idea=make_idea(f"more {number}", 40, about_block=made))
    assert queries() == few
    assert health(OPERATOR, now=NOW).unanswered_count == 6
