"""Impact analysis on crafted graphs (chains, cycles, diamonds, hidden blocks) and,
property-based, on random graphs: everything returned is reachable, everything reachable
is returned, and every path is a shortest chain of real dependency edges."""

from __future__ import annotations

from collections import deque

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import Dependency, Openness
from anker.insights.impact import block_impact, organisation_impact, path_to_source, walk
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    OrganisationFactory,
    ReuseFactory,
    ServiceChannelFactory,
)

pytestmark = pytest.mark.django_db


def depends(dependent, dependency):
    Dependency.objects.create(dependent=dependent, dependency=dependency)


def test_a_chain_gives_depth_and_path():
    a, b, c = (BlockFactory(slug=slug) for slug in "abc")
    depends(b, a)
    depends(c, b)
    result = block_impact(OPERATOR, a.id)
    assert [(item.block.slug, item.depth, item.path) for item in result.blocks] == [
        ("b", 1, ["b", "a"]),
        ("c", 2, ["c", "b", "a"]),
    ]
    assert block_impact(OPERATOR, c.id).blocks == []  # nothing depends on c


def test_a_cycle_terminates_and_leaves_the_source_out():
    a, b, c = (BlockFactory(slug=slug) for slug in "abc")
    depends(b, a)
    depends(c, b)
    depends(a, c)
    result = block_impact(OPERATOR, a.id)
    assert [item.block.slug for item in result.blocks] == ["b", "c"]


def test_a_diamond_takes_one_shortest_path_deterministically():
    a, b, c, d = (BlockFactory(slug=slug) for slug in "abcd")
    depends(b, a)
    depends(c, a)
    depends(d, c)
    depends(d, b)
    [*_, last] = block_impact(OPERATOR, a.id).blocks
    assert last.block.slug == "d" and last.path == ["d", "b", "a"]  # b has the lower id


def test_services_channels_and_organisations_with_their_paths():
    a, b = BlockFactory(slug="a"), BlockFactory(slug="b")
    depends(b, a)
    on_b = CitizenServiceFactory(slug="on-b", blocks=[b])
    on_a = CitizenServiceFactory(slug="on-a", blocks=[a, b])
    ServiceChannelFactory(service=on_b, kind="online")
    ServiceChannelFactory(service=on_b, kind="phone")
    user_of_a, user_of_b, former = (OrganisationFactory(slug=s) for s in ("x", "y", "z"))
    ReuseFactory(block=a, organisation=user_of_a)
    ReuseFactory(block=b, organisation=user_of_a)
    ReuseFactory(block=b, organisation=user_of_b)
    ReuseFactory(block=b, organisation=former, status="stopped", stop_reason="Replaced")
    result = block_impact(OPERATOR, a.id)
    assert {item.service.slug: item.path for item in result.services} == {
        "on-a": ["a"],
        "on-b": ["b", "a"],
    }
    assert {(item.service.slug, item.kind, tuple(item.path)) for item in result.channels} == {
        ("on-b", "online", ("b", "a")),
        ("on-b", "phone", ("b", "a")),
    }
    assert {
        item.organisation.slug: (item.reused_blocks, item.path) for item in result.organisations
    } == {"x": (2, ["a"]), "y": (1, ["b", "a"])}
    assert on_a.organisations.first().slug in {
        org.slug for item in result.services for org in item.organisations
    }


def test_organisation_impact_starts_from_all_its_blocks_and_leaves_itself_out():
    owner = OrganisationFactory(slug="owner")
    a, b = BlockFactory(slug="a", owner=owner), BlockFactory(slug="b", owner=owner)
    c = BlockFactory(slug="c")
    depends(c, b)
    depends(b, a)
    ReuseFactory(block=c, organisation=owner)
    result = organisation_impact(OPERATOR, owner)
    assert [block.slug for block in result.sources] == ["a", "b"]
    assert [(item.block.slug, item.path) for item in result.blocks] == [("c", ["c", "b"])]
    assert result.organisations == []


def test_empty_ecosystem_organisation():
    result = organisation_impact(OPERATOR, OrganisationFactory())
    assert result.sources == result.blocks == result.services == result.organisations == []


def test_hidden_blocks_are_never_shown_only_counted():
    a = BlockFactory(slug="a")
    hidden = BlockFactory(slug="hidden", openness=Openness.RESTRICTED)
    behind = BlockFactory(slug="behind")
    depends(hidden, a)
    depends(behind, hidden)
    anonymous = block_impact(AnonymousUser(), a.id)
    assert anonymous.blocks == [] and anonymous.hidden_blocks == 2
    assert [item.block.slug for item in block_impact(OPERATOR, a.id).blocks] == [
        "hidden",
        "behind",
    ]
    assert block_impact(AnonymousUser(), hidden.id) is None


# --- properties ---------------------------------------------------------------------------

graphs = st.integers(min_value=1, max_value=12).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.sets(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda e: e[0] != e[1]),
            max_size=30,
        ),
        st.sets(st.integers(0, n - 1), min_size=1, max_size=3),
    )
)


def distances(edges: set[tuple[int, int]], sources: set[int]) -> dict[int, int]:
    """Reference: breadth-first distances along dependency → dependent."""
    found = {source: 0 for source in sources}
    queue = deque(sources)
    while queue:
        node = queue.popleft()
        for dependent, dependency in edges:
            if dependency == node and dependent not in found:
                found[dependent] = found[node] + 1
                queue.append(dependent)
    return found


def memory_expand(edges: set[tuple[int, int]]):
    def expand(frontier: list[int]):
        level = set(frontier)
        return [(dependency, dependent) for dependent, dependency in edges if dependency in level]

    return expand


@settings(max_examples=300, deadline=None)
@given(graphs)
def test_walk_returns_exactly_what_is_reachable_with_shortest_paths(graph):
    _n, edges, sources = graph
    parent = walk(sources, memory_expand(edges))
    expected = distances(edges, sources)
    assert set(parent) == set(expected)
    for node in parent:
        path = path_to_source(node, parent)
        assert path[-1] in sources and len(path) - 1 == expected[node]
        assert all((step, nxt) in edges for step, nxt in zip(path, path[1:], strict=False))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(graphs)
def test_block_impact_on_the_database_matches_reachability(db, graph):
    n, edges, sources = graph
    source = min(sources)
    with transaction.atomic():
        blocks = [BlockFactory(slug=f"n{i}") for i in range(n)]
        Dependency.objects.bulk_create(
            Dependency(dependent=blocks[a], dependency=blocks[b]) for a, b in edges
        )
        result = block_impact(OPERATOR, blocks[source].id)
        transaction.set_rollback(True)
    expected = distances(edges, {source})
    assert {item.block.slug: item.depth for item in result.blocks} == {
        f"n{node}": depth for node, depth in expected.items() if node != source
    }
    for item in result.blocks:
        steps = [int(slug[1:]) for slug in item.path]
        assert steps[0] == int(item.block.slug[1:]) and steps[-1] == source
        assert all((a, b) in edges for a, b in zip(steps, steps[1:], strict=False))
