"""Reuse analytics on small ecosystems whose right answers are known by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import Openness
from anker.insights.reuse import (
    ReuseEdge,
    adoption_curve,
    adoption_points,
    block_reuse,
    reuse_counts,
    reuse_insights,
)
from tests.factories import BlockFactory, CapabilityFactory, OrganisationFactory, ReuseFactory

pytestmark = pytest.mark.django_db
D = dt.date


def reuse(block, organisation, status="in-use", *, confirmed=True, since=None, until=None):
    return ReuseFactory(
        block=block,
        organisation=organisation,
        status=status,
        stop_reason="Replaced" if status == "stopped" else "",
        confirmed_at=timezone.now() if confirmed else None,
        declared_by="reuser" if confirmed else "provider",
        since=since,
        until=until,
    )


def test_empty_ecosystem():
    result = reuse_insights(OPERATOR)
    assert result.totals.reusers == 0
    assert result.blocks == result.most_reused == result.never_reused == []
    assert result.organisations == result.capabilities == result.curves == []
    assert result.ecosystem_curve == []
    assert result.median_days_to_second is None and result.median_days_to_tenth is None


def test_counts_distinct_organisations_by_status_and_declaration_without_the_owner():
    owner, x, y, z = (OrganisationFactory() for _ in range(4))
    block = BlockFactory(owner=owner)
    reuse(block, x, "in-use")
    reuse(block, y, "piloting", confirmed=False)
    reuse(block, z, "stopped")
    reuse(block, owner, "in-use")  # bad data: the owner never counts
    [item] = reuse_insights(OPERATOR).blocks
    counts = item.counts
    assert (counts.reusers, counts.active, counts.in_use, counts.piloting, counts.stopped) == (
        3, 2, 1, 1, 1,
    )  # fmt: skip
    assert (counts.confirmed, counts.claimed, counts.evaluating) == (2, 1, 0)


def test_ranks_share_ties_and_most_reused_keeps_ties_at_the_cut():
    orgs = [OrganisationFactory() for _ in range(4)]
    a, b, c = (BlockFactory(name=name) for name in ("A", "B", "C"))
    for org in orgs[:3]:
        reuse(a, org)
    for org in orgs[:2]:
        reuse(b, org)
        reuse(c, org)
    result = reuse_insights(OPERATOR, top=2)
    assert [(item.block.name, item.rank) for item in result.blocks] == [
        ("A", 1), ("B", 2), ("C", 2),
    ]  # fmt: skip
    assert [item.block.name for item in result.most_reused] == ["A", "B", "C"]
    assert [item.block.name for item in reuse_insights(OPERATOR, top=1).most_reused] == ["A"]


def test_never_reused_means_no_edge_at_all():
    org = OrganisationFactory()
    BlockFactory(name="Idle")
    stopped = BlockFactory(name="Once")
    reuse(stopped, org, "stopped")
    result = reuse_insights(OPERATOR)
    assert [block.name for block in result.never_reused] == ["Idle"]
    assert result.most_reused == []  # a stopped reuse is not an active reuser


def test_organisation_and_capability_figures():
    provider, x, y = OrganisationFactory(name="P"), OrganisationFactory(), OrganisationFactory()
    capability = CapabilityFactory()
    first, second = BlockFactory(owner=provider), BlockFactory(owner=provider)
    first.capabilities.add(capability)
    second.capabilities.add(capability)
    reuse(first, x)
    reuse(second, x, "evaluating")
    reuse(first, y, "stopped")
    result = reuse_insights(OPERATOR)
    mine = next(row for row in result.organisations if row.organisation.name == "P")
    assert (mine.blocks, mine.reused_blocks, mine.reusers.reusers, mine.reusers.active) == (
        2, 2, 2, 1,
    )  # fmt: skip
    reusing = next(row for row in result.organisations if row.organisation.slug == x.slug)
    assert reusing.reusing == 2 and reusing.blocks == 0
    [row] = result.capabilities
    assert (row.blocks, row.counts.reusers, row.counts.active) == (2, 2, 1)
    assert (row.counts.in_use, row.counts.evaluating, row.counts.stopped) == (1, 1, 1)


def test_adoption_curve_steps_and_milestones():
    edges = [
        ReuseEdge(1, n, "in-use", True, D(2020, 1, 1) + dt.timedelta(days=10 * n))
        for n in range(10)
    ]
    edges += [
        ReuseEdge(1, 20, "evaluating", True, D(2019, 1, 1)),  # looking is not adopting
        ReuseEdge(1, 21, "in-use", True, None),  # undated
        ReuseEdge(1, 22, "stopped", True, D(2020, 1, 5), D(2020, 1, 21)),
        ReuseEdge(1, 23, "stopped", True, D(2020, 1, 6), None),  # end unknown: never active
    ]
    block = None
    curve = adoption_curve(block, edges)
    assert curve.undated == 1
    assert curve.first_adopted == D(2020, 1, 1)
    # starts: 1/1, 1/5, 1/6, 1/11, 1/21, 1/31, 2/10, 2/20, 3/1, 3/11 (the tenth: day 70)
    assert curve.days_to_second == 4 and curve.days_to_tenth == 70
    points = {point.date: (point.adopters, point.active) for point in curve.points}
    assert points[D(2020, 1, 1)] == (1, 1)
    assert points[D(2020, 1, 6)] == (3, 2)
    assert points[D(2020, 1, 21)] == (5, 3)  # a third in-use adopter came, the stopped one left
    assert curve.points[-1].adopters == 12 and curve.points[-1].active == 10


def test_adoption_without_a_second_adopter_has_no_milestone():
    curve = adoption_curve(None, [ReuseEdge(1, 1, "in-use", True, D(2021, 5, 1))])
    assert curve.days_to_second is None and curve.days_to_tenth is None
    assert adoption_points([]) == []


def test_reuse_counts_of_nothing_are_zero():
    assert reuse_counts([]).reusers == 0


def test_reader_sees_figures_of_visible_blocks_only():
    org = OrganisationFactory()
    hidden = BlockFactory(openness=Openness.RESTRICTED)
    reuse(hidden, org)
    anonymous = reuse_insights(AnonymousUser())
    assert anonymous.blocks == [] and anonymous.never_reused == [] and anonymous.totals.reusers == 0
    assert block_reuse(AnonymousUser(), hidden.id) is None
    assert block_reuse(OPERATOR, hidden.id).counts.active == 1


def test_limit_cuts_lists_but_counts_stay_whole():
    for _ in range(3):
        BlockFactory()
    result = reuse_insights(OPERATOR, limit=2)
    assert len(result.never_reused) == 2 and result.never_reused_count == 3
