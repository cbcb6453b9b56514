"""Impact analysis (PRODUCT.md §4, Architecture): if a block fails or is retired, or an
organisation stops providing its blocks, which blocks, citizen services, channels and
organisations are hit, each with the path that explains it.

The walk is breadth-first over the dependency edges in the direction "is depended on by",
expanded from the database one level at a time (``Dependency`` has an index on
``(dependency, dependent)``). It keeps only the reached part of the graph in memory, never
the whole graph, and a visited set makes it terminate on cycles. Breadth-first order gives
every reached block a *shortest* path back to a source; of equally short paths, the one
through the lowest ids is taken, so results are deterministic.

Why not a recursive SQL CTE: a CTE that only collects the reachable ids (UNION
de-duplicates, so it terminates on cycles) cannot tell the path; one that carries the path
as text must drop the de-duplication and then enumerates every simple path, which grows
exponentially in a graph with many diamonds. The level-by-level walk costs one query per
level (per 10,000 ids of a level) and O(reached blocks + their edges) time.

Visibility: the walk only passes through blocks the reader may see, so no hidden block
shows in a result or a path. ``hidden_blocks`` says how many more blocks the full walk
reaches (the count, as citizen services show their hidden blocks, never which)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from anker.accounts.permissions import is_coordinator, visible_blocks_q
from anker.insights.refs import BlockRef, OrganisationRef, block_refs, organisation_refs

# Ids per IN (…) list: well under every database's limit on query parameters.
CHUNK = 10_000
# level → the (dependency, dependent) edges leading out of it
Expand = Callable[[list[int]], Iterable[tuple[int, int]]]


def batched(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    """``ids`` in lists of at most ``size`` (itertools.batched arrives with Python 3.12)."""
    iterator = iter(ids)
    while chunk := list(islice(iterator, size)):
        yield chunk


def walk(sources: Iterable[int], expand: Expand) -> dict[int, int | None]:
    """Breadth-first from ``sources`` along ``expand`` (dependency → dependents). Returns
    every reached block mapped to the block it was first reached from (None for a source).
    Each block is visited once, so cycles terminate."""
    parent: dict[int, int | None] = {source: None for source in sources}
    frontier = sorted(parent)
    while frontier:
        reached: dict[int, int] = {}
        for dependency, dependent in expand(frontier):
            if dependent not in parent and dependency < reached.get(dependent, dependency + 1):
                reached[dependent] = dependency
        parent.update(reached)
        frontier = sorted(reached)
    return parent


def path_to_source(block: int, parent: dict[int, int | None]) -> list[int]:
    """``block``, the block it depends on, … down to the source it was reached from."""
    path = [block]
    while (previous := parent[path[-1]]) is not None:
        path.append(previous)
    return path


def database_expand(user: Any) -> Expand:
    """Expand a level from the dependency table, through blocks ``user`` may see only
    (``None``: every block). Visibility is checked by primary key on the reached blocks
    only: joining the condition into the level query lets the database scan every visible
    block instead."""
    from anker.catalogue.models import BuildingBlock, Dependency

    condition = None if user is None or is_coordinator(user) else visible_blocks_q(user)
    shown: dict[int, bool] = {}

    def check(blocks: set[int]) -> None:
        for chunk in batched(sorted(blocks - shown.keys()), CHUNK):
            visible = set(
                BuildingBlock.objects.filter(condition, id__in=chunk).values_list("id", flat=True)
            )
            shown.update((pk, pk in visible) for pk in chunk)

    def expand(frontier: list[int]) -> list[tuple[int, int]]:
        edges = [
            edge
            for chunk in batched(frontier, CHUNK)
            for edge in Dependency.objects.filter(dependency_id__in=chunk).values_list(
                "dependency_id", "dependent_id"
            )
        ]
        if condition is None:
            return edges
        check({dependent for _dependency, dependent in edges})
        return [edge for edge in edges if shown[edge[1]]]

    return expand


@dataclass(frozen=True)
class ServiceRef:
    slug: str
    name: str


@dataclass(frozen=True)
class ImpactedBlock:
    """A block that depends on a source, directly (``depth`` 1) or through others.
    ``path``: block slugs from this block back to the source."""

    block: BlockRef
    depth: int
    path: list[str]


@dataclass(frozen=True)
class ImpactedService:
    """A citizen service running on a hit block (or on a source itself). ``path`` starts
    at the nearest such block; ``organisations`` are those responsible for it."""

    service: ServiceRef
    organisations: list[OrganisationRef]
    path: list[str]


@dataclass(frozen=True)
class ImpactedChannel:
    """A channel of a hit service; ``path`` is the service's."""

    service: ServiceRef
    kind: str
    path: list[str]


@dataclass(frozen=True)
class ImpactedOrganisation:
    """An organisation with a reuse that has not stopped of a hit block or a source:
    ``reused_blocks`` counts them, ``path`` starts at the nearest."""

    organisation: OrganisationRef
    reused_blocks: int
    path: list[str]


@dataclass
class Impact:
    """What is hit when the ``sources`` fail: the block itself, or every block of an
    organisation (``subject_type`` says which, ``subject`` names it)."""

    subject_type: str
    subject: OrganisationRef | BlockRef
    sources: list[BlockRef]
    blocks: list[ImpactedBlock]
    services: list[ImpactedService]
    channels: list[ImpactedChannel]
    organisations: list[ImpactedOrganisation]
    hidden_blocks: int


def _in_chunks(rows: Any, field: str, ids: Iterable[int], *columns: str) -> Iterator[tuple]:
    """``columns`` of the rows of ``rows`` (a model or queryset) whose ``field`` is in ``ids``."""
    queryset = rows.objects.all() if hasattr(rows, "objects") else rows
    for chunk in batched(sorted(ids), CHUNK):
        yield from queryset.filter(**{f"{field}__in": chunk}).values_list(*columns)


def _nearest(candidates: dict[Any, list[int]], depth: dict[int, int], slug: Callable) -> dict:
    """For each key, its blocks ordered nearest first (then by slug)."""
    return {
        key: sorted(set(blocks), key=lambda block: (depth[block], slug(block)))
        for key, blocks in candidates.items()
    }


def _services(hit: dict[int, int], paths: Callable[[int], list[str]], slug: Callable) -> tuple:
    from anker.citizenservices.models import CitizenService, ServiceChannel

    runs_on: dict[int, list[int]] = defaultdict(list)
    through = CitizenService.blocks.through
    for service, block in _in_chunks(
        through, "buildingblock_id", hit, "citizenservice_id", "buildingblock_id"
    ):
        runs_on[service].append(block)
    nearest = _nearest(runs_on, hit, slug)
    refs = {
        pk: ServiceRef(s, n)
        for pk, s, n in _in_chunks(CitizenService, "id", nearest, "id", "slug", "name")
    }
    organisations = organisation_refs()
    responsible: dict[int, list[OrganisationRef]] = defaultdict(list)
    rows = _in_chunks(
        CitizenService.organisations.through,
        "citizenservice_id",
        nearest,
        "citizenservice_id",
        "organisation_id",
    )
    for service, organisation in rows:
        responsible[service].append(organisations[organisation])
    services = sorted(
        (
            ImpactedService(
                refs[pk], sorted(responsible[pk], key=lambda o: o.name), paths(blocks[0])
            )
            for pk, blocks in nearest.items()
        ),
        key=lambda item: (len(item.path), item.service.name, item.service.slug),
    )
    by_service = {item.service: item for item in services}
    channels = sorted(
        (
            ImpactedChannel(refs[service], kind, by_service[refs[service]].path)
            for service, kind in _in_chunks(
                ServiceChannel, "service_id", nearest, "service_id", "kind"
            )
        ),
        key=lambda item: (len(item.path), item.service.name, item.kind),
    )
    return services, channels


def _organisations(depth: dict[int, int], paths: Callable, exclude: set[str]) -> list:
    """Reusers (not stopped) of the hit blocks and sources, in one pass over their reuse
    rows: each organisation's path starts at its nearest reused block (the lowest id of
    the nearest level). (Counting per level in SQL was slower on SQLite: a temporary
    B-tree per chunk.)"""
    from anker.reuse.models import Reuse, ReuseStatus

    active = Reuse.objects.exclude(status=ReuseStatus.STOPPED)
    nearest: dict[int, tuple[int, int]] = {}
    counts: dict[int, int] = defaultdict(int)
    for organisation, block in _in_chunks(active, "block_id", depth, "organisation_id", "block_id"):
        counts[organisation] += 1
        key = (depth[block], block)
        if organisation not in nearest or key < nearest[organisation]:
            nearest[organisation] = key
    refs = organisation_refs()
    items = [
        ImpactedOrganisation(refs[pk], counts[pk], paths(block))
        for pk, (_level, block) in nearest.items()
        if refs[pk].slug not in exclude
    ]
    return sorted(
        items, key=lambda item: (len(item.path), item.organisation.name, item.organisation.slug)
    )


def impact_of(user: Any, *, sources: list[int], subject_type: str, subject: Any) -> Impact:
    """Everything hit when the blocks ``sources`` fail, as ``user`` sees it.

    ``blocks``: every visible block that depends on a source, directly or transitively
    (sources themselves excluded, even on a cycle back to them); ``services``: every
    citizen service running on a hit block or a source, and ``channels`` their channels;
    ``organisations``: every organisation reusing (status not stopped) a hit block or a
    source, the subject organisation itself excluded. Each item has the shortest path of
    block slugs from the block that explains it back to a source."""
    refs = block_refs(user, ids=sources)
    visible_sources = sorted(refs)
    parent = walk(visible_sources, database_expand(user))
    refs.update(block_refs(user, ids=[pk for pk in parent if pk not in refs]))
    depth = {pk: len(path_to_source(pk, parent)) - 1 for pk in parent}

    def slug(block: int) -> str:
        return refs[block].slug

    def paths(block: int) -> list[str]:
        return [slug(step) for step in path_to_source(block, parent)]

    blocks = sorted(
        (ImpactedBlock(refs[pk], depth[pk], paths(pk)) for pk in parent if parent[pk] is not None),
        key=lambda item: (item.depth, item.block.name, item.block.slug),
    )
    services, channels = _services(depth, paths, slug)
    exclude = {subject.slug} if subject_type == "organisation" else set()
    hidden = 0
    if not is_coordinator(user):
        hidden = len(walk(sources, database_expand(None))) - len(parent)
    return Impact(
        subject_type=subject_type,
        subject=subject,
        sources=[refs[pk] for pk in visible_sources],
        blocks=blocks,
        services=services,
        channels=channels,
        organisations=_organisations(depth, paths, exclude),
        hidden_blocks=hidden,
    )


def block_impact(user: Any, block_id: int) -> Impact | None:
    """What is hit if block ``block_id`` fails or is retired; None if ``user`` may not
    see it."""
    refs = block_refs(user, ids=[block_id])
    if block_id not in refs:
        return None
    return impact_of(user, sources=[block_id], subject_type="block", subject=refs[block_id])


def organisation_impact(user: Any, organisation: Any) -> Impact:
    """What is hit if ``organisation`` stops providing every block it owns (the ones
    ``user`` sees are the sources; the others count in ``hidden_blocks``)."""
    from anker.catalogue.models import BuildingBlock

    owned = list(BuildingBlock.objects.filter(owner=organisation).values_list("id", flat=True))
    subject = OrganisationRef(organisation.slug, organisation.name)
    return impact_of(user, sources=owned, subject_type="organisation", subject=subject)


@dataclass(frozen=True)
class CriticalBlock:
    """A block ranked by what its failure would hit: ``dependants`` (blocks depending on
    it, directly or transitively), ``services`` (citizen services running on it or on
    any of those) and ``reusers`` (organisations with a reuse, not stopped, of it or of
    any of those), as ``block_impact`` counts them."""

    block: BlockRef
    dependants: int
    services: int
    reusers: int


def critical_blocks(user: Any, *, top: int | None = 10) -> list[CriticalBlock]:
    """The visible blocks whose failure hits the most citizen services, then the most
    dependent blocks, then the most reusing organisations (then by name); blocks that
    hit nothing are left out. Cut at ``top``.

    The same reach as ``block_impact``, for every block at once: the visible dependency
    graph is read in one query and walked in memory from each block, so the cost is
    O(B × (B + E)) for B visible blocks and E edges: milliseconds at the demo's size,
    and the reason this ranking is not offered for the 100,000-block graph that the
    single-block walk handles (see benchmarks/)."""
    from anker.catalogue.models import Dependency
    from anker.citizenservices.models import CitizenService
    from anker.reuse.models import Reuse, ReuseStatus

    refs = block_refs(user)
    dependants: dict[int, list[int]] = defaultdict(list)
    for dependency, dependent in Dependency.objects.values_list("dependency_id", "dependent_id"):
        if dependency in refs and dependent in refs:
            dependants[dependency].append(dependent)
    services: dict[int, set[int]] = defaultdict(set)
    for service, block in CitizenService.blocks.through.objects.values_list(
        "citizenservice_id", "buildingblock_id"
    ):
        services[block].add(service)
    organisations = organisation_refs()
    reusers: dict[int, set[OrganisationRef]] = defaultdict(set)
    for block, organisation in Reuse.objects.exclude(status=ReuseStatus.STOPPED).values_list(
        "block_id", "organisation_id"
    ):
        reusers[block].add(organisations[organisation])
    ranked = []
    for pk, ref in refs.items():
        reached = walk([pk], lambda level: ((b, d) for b in level for d in dependants.get(b, ())))
        hit_services = set().union(*(services.get(b, set()) for b in reached))
        hit_reusers = set().union(*(reusers.get(b, set()) for b in reached))
        if len(reached) > 1 or hit_services or hit_reusers:
            ranked.append(CriticalBlock(ref, len(reached) - 1, len(hit_services), len(hit_reusers)))
    ranked.sort(key=lambda c: (-c.services, -c.dependants, -c.reusers, c.block.name, c.block.slug))
    return ranked[:top]
