"""Reuse analytics (PRODUCT.md §4, Insights): how far each block, organisation and
capability is reused, how adoption grew over time, the time to the second and the tenth
reuser, the most reused blocks and the blocks nobody reuses.

Every figure counts *distinct reusing organisations*, never rows, and never the block's
owner. Only blocks the reader may see take part (``permissions.visible_blocks_q``), so a
reader's figures are those of the part of the ecosystem they can see.

Cost: three queries (reuse edges, visible blocks, capability links) and one pass over the
edges in Python: O(R + B + L) for R reuse edges, B blocks and L capability links."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import F

from anker.accounts.permissions import visible_blocks_q
from anker.insights.refs import (
    BlockRef,
    CapabilityRef,
    OrganisationRef,
    block_refs,
    organisation_refs,
)
from anker.reuse.models import Reuse, ReuseStatus

STOPPED = str(ReuseStatus.STOPPED)
# Evaluating is looking, not yet adopting: the adoption curves and the time to the n-th
# reuser count only reuse that was piloted or put to use (and perhaps stopped since).
ADOPTED = frozenset({str(ReuseStatus.PILOTING), str(ReuseStatus.IN_USE), STOPPED})


@dataclass(frozen=True)
class ReuseEdge:
    """One reuse edge as the analytics read it: ids, status and dates."""

    block: int
    organisation: int
    status: str
    confirmed: bool
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class ReuseCounts:
    """Distinct reusing organisations behind one figure (the owner never counts).

    ``reusers``: with a reuse edge of any status; ``active``: with one that has not
    stopped; ``evaluating``, ``piloting``, ``in_use``, ``stopped``: with one of that
    status; ``confirmed``: with one the reuser declared or confirmed (``confirmed_at``
    set); ``claimed``: with a provider's claim the reuser has not confirmed yet. Over
    several blocks (an organisation's, a capability's) one reuser may count under two
    statuses, so the statuses can add up to more than ``reusers``."""

    reusers: int = 0
    active: int = 0
    evaluating: int = 0
    piloting: int = 0
    in_use: int = 0
    stopped: int = 0
    confirmed: int = 0
    claimed: int = 0


def reuse_counts(edges: Iterable[ReuseEdge]) -> ReuseCounts:
    """The distinct reusing organisations of ``edges``, by status and by who declared."""
    groups: dict[str, set[int]] = defaultdict(set)
    for edge in edges:
        groups["reusers"].add(edge.organisation)
        if edge.status != STOPPED:
            groups["active"].add(edge.organisation)
        groups[edge.status.replace("-", "_")].add(edge.organisation)
        groups["confirmed" if edge.confirmed else "claimed"].add(edge.organisation)
    return ReuseCounts(**{name: len(organisations) for name, organisations in groups.items()})


@dataclass(frozen=True)
class CurvePoint:
    """On ``date``: ``adopters`` started so far (cumulative) and ``active`` still in use."""

    date: dt.date
    adopters: int
    active: int


@dataclass(frozen=True)
class AdoptionCurve:
    """A block's adoption over time and its milestones.

    An adopter is an organisation whose reuse was piloted or put to use (stopped since or
    not), dated by ``since``; evaluations and undated reuse (counted in ``undated``) stay
    off the curve. ``active`` leaves the curve on ``until``; a stopped reuse without an end
    date never counts as active, since its end is unknown. anker does not know when the
    owner started using its own block, so the clock starts with the first adopter:
    ``days_to_second`` and ``days_to_tenth`` are the days from the first adopter's start to
    the second's and the tenth's (None until there is one)."""

    block: BlockRef
    points: list[CurvePoint]
    undated: int
    first_adopted: dt.date | None
    days_to_second: int | None
    days_to_tenth: int | None


def adoption_points(edges: Iterable[ReuseEdge]) -> list[CurvePoint]:
    """The step curve of ``edges`` (adopted and dated only): one point per date on which
    something changed."""
    adopters: dict[dt.date, int] = defaultdict(int)
    active: dict[dt.date, int] = defaultdict(int)
    for edge in edges:
        if edge.status not in ADOPTED or edge.since is None:
            continue
        adopters[edge.since] += 1
        if edge.status != STOPPED:
            active[edge.since] += 1
        elif edge.until is not None:
            active[edge.since] += 1
            active[edge.until] -= 1
    points, total, running = [], 0, 0
    for date in sorted(set(adopters) | set(active)):
        total += adopters[date]
        running += active[date]
        points.append(CurvePoint(date=date, adopters=total, active=running))
    return points


def adoption_curve(block: BlockRef, edges: Iterable[ReuseEdge]) -> AdoptionCurve:
    """The adoption curve and milestones of ``block`` from its reuse ``edges``."""
    adopted = [edge for edge in edges if edge.status in ADOPTED]
    starts = sorted(edge.since for edge in adopted if edge.since is not None)

    def days_to(nth: int) -> int | None:
        return (starts[nth - 1] - starts[0]).days if len(starts) >= nth else None

    return AdoptionCurve(
        block=block,
        points=adoption_points(adopted),
        undated=len(adopted) - len(starts),
        first_adopted=starts[0] if starts else None,
        days_to_second=days_to(2),
        days_to_tenth=days_to(10),
    )


@dataclass(frozen=True)
class BlockReuse:
    """A block's reusers. ``rank`` orders blocks by active reusers (1 is the most reused;
    blocks with equal numbers share a rank, the next rank skips: 1, 2, 2, 4)."""

    block: BlockRef
    counts: ReuseCounts
    rank: int


@dataclass(frozen=True)
class OrganisationReuse:
    """An organisation as provider and as reuser: ``blocks`` it owns (that the reader
    sees), how many of them have an active reuser (``reused_blocks``), the distinct other
    organisations reusing any of them (``reusers``), and the blocks of others it reuses
    without having stopped (``reusing``)."""

    organisation: OrganisationRef
    blocks: int
    reused_blocks: int
    reusers: ReuseCounts
    reusing: int


@dataclass(frozen=True)
class CapabilityReuse:
    """A capability: the blocks realising it and the distinct organisations reusing any
    of them (the owner of a block does not count for that block)."""

    capability: CapabilityRef
    blocks: int
    counts: ReuseCounts


@dataclass
class ReuseInsights:
    """Everything the reuse part of the dashboard shows. Lists are cut at ``limit``; the
    ``*_count`` fields give their full length."""

    totals: ReuseCounts
    blocks: list[BlockReuse]
    block_count: int
    most_reused: list[BlockReuse]
    never_reused: list[BlockRef]
    never_reused_count: int
    organisations: list[OrganisationReuse]
    capabilities: list[CapabilityReuse]
    curves: list[AdoptionCurve]
    ecosystem_curve: list[CurvePoint]
    median_days_to_second: float | None
    median_days_to_tenth: float | None
    blocks_with_second: int = 0
    blocks_with_tenth: int = 0
    top: int = 10
    limit: int | None = field(default=None)


def reuse_edges(user: Any, *, block_ids: Iterable[int] | None = None) -> list[ReuseEdge]:
    """Every reuse edge of a block ``user`` may see, the owner's own excluded."""
    reuse = Reuse.objects.filter(visible_blocks_q(user, prefix="block__")).exclude(
        organisation_id=F("block__owner_id")
    )
    if block_ids is not None:
        reuse = reuse.filter(block_id__in=list(block_ids))
    rows = reuse.values_list(
        "block_id", "organisation_id", "status", "confirmed_at", "since", "until"
    )
    return [
        ReuseEdge(block, organisation, status, confirmed_at is not None, since, until)
        for block, organisation, status, confirmed_at, since, until in rows
    ]


def rank_blocks(
    blocks: dict[int, BlockRef], by_block: dict[int, list[ReuseEdge]]
) -> list[BlockReuse]:
    """Blocks with at least one reuser, most active reusers first (then confirmed
    reusers, name and slug), with competition ranks on active reusers."""
    counted = [
        (block, reuse_counts(by_block[block_id]))
        for block_id, block in blocks.items()
        if by_block.get(block_id)
    ]
    counted.sort(key=lambda item: (-item[1].active, -item[1].confirmed, item[0].name, item[0].slug))
    ranked, rank = [], 0
    for position, (block, counts) in enumerate(counted, start=1):
        if position == 1 or counts.active != ranked[-1].counts.active:
            rank = position
        ranked.append(BlockReuse(block=block, counts=counts, rank=rank))
    return ranked


def most_reused(ranked: list[BlockReuse], top: int) -> list[BlockReuse]:
    """The blocks ranked ``top`` or better with at least one active reuser; blocks tied
    at the cut all stay in, so the list can be longer than ``top``."""
    return [item for item in ranked if item.counts.active and item.rank <= top]


def never_reused(
    blocks: dict[int, BlockRef], by_block: dict[int, list[ReuseEdge]]
) -> list[BlockRef]:
    """Blocks without any reuse edge, ever (not even an evaluation or a stopped one), by
    name."""
    return sorted(
        (block for block_id, block in blocks.items() if not by_block.get(block_id)),
        key=lambda block: (block.name, block.slug),
    )


def organisation_reuse(
    blocks: dict[int, BlockRef], edges: list[ReuseEdge]
) -> list[OrganisationReuse]:
    """Each organisation that provides or reuses something, most active reusers first."""
    organisations = organisation_refs()
    owned: dict[OrganisationRef, int] = defaultdict(int)
    for block in blocks.values():
        owned[block.owner] += 1
    provided: dict[OrganisationRef, list[ReuseEdge]] = defaultdict(list)
    reusing: dict[OrganisationRef, set[int]] = defaultdict(set)
    for edge in edges:
        provided[blocks[edge.block].owner].append(edge)
        if edge.status != STOPPED:
            reusing[organisations[edge.organisation]].add(edge.block)
    rows = []
    for organisation in set(owned) | set(reusing):
        mine = provided.get(organisation, [])
        rows.append(
            OrganisationReuse(
                organisation=organisation,
                blocks=owned.get(organisation, 0),
                reused_blocks=len({edge.block for edge in mine if edge.status != STOPPED}),
                reusers=reuse_counts(mine),
                reusing=len(reusing.get(organisation, ())),
            )
        )
    rows.sort(
        key=lambda r: (-r.reusers.active, -r.reusing, r.organisation.name, r.organisation.slug)
    )
    return rows


def capability_reuse(
    blocks: dict[int, BlockRef], by_block: dict[int, list[ReuseEdge]]
) -> list[CapabilityReuse]:
    """Each capability realised by a visible block, most active reusers first."""
    from anker.architecture.models import Capability
    from anker.catalogue.models import BuildingBlock

    capabilities = {
        pk: CapabilityRef(slug, name, name_nl)
        for pk, slug, name, name_nl in Capability.objects.values_list(
            "id", "slug", "name", "name_nl"
        )
    }
    realised: dict[int, list[int]] = defaultdict(list)
    links = BuildingBlock.capabilities.through.objects.values_list(
        "capability_id", "buildingblock_id"
    )
    for capability, block in links:
        if block in blocks:
            realised[capability].append(block)
    rows = [
        CapabilityReuse(
            capability=capabilities[pk],
            blocks=len(block_ids),
            counts=reuse_counts(edge for block in block_ids for edge in by_block.get(block, ())),
        )
        for pk, block_ids in realised.items()
    ]
    rows.sort(key=lambda r: (-r.counts.active, -r.blocks, r.capability.name, r.capability.slug))
    return rows


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def reuse_insights(user: Any, *, top: int = 10, limit: int | None = None) -> ReuseInsights:
    """The reuse figures of the ecosystem as ``user`` sees it: per block, organisation
    and capability; the ``top`` most reused blocks (ties at the cut included) with their
    adoption curves; the blocks never reused; the ecosystem's adoption curve (adoptions,
    i.e. block–organisation pairs, over time) and the median days to the second and the
    tenth adopter over the blocks that reached them. Lists are cut at ``limit``."""
    blocks = block_refs(user)
    edges = reuse_edges(user)
    by_block: dict[int, list[ReuseEdge]] = defaultdict(list)
    for edge in edges:
        by_block[edge.block].append(edge)
    ranked = rank_blocks(blocks, by_block)
    slug_to_id = {block.slug: pk for pk, block in blocks.items()}
    leaders = most_reused(ranked, top)
    curves = [adoption_curve(item.block, by_block[slug_to_id[item.block.slug]]) for item in leaders]
    milestones = [adoption_curve(blocks[pk], block_edges) for pk, block_edges in by_block.items()]
    seconds = [c.days_to_second for c in milestones if c.days_to_second is not None]
    tenths = [c.days_to_tenth for c in milestones if c.days_to_tenth is not None]
    idle = never_reused(blocks, by_block)
    return ReuseInsights(
        totals=reuse_counts(edges),
        blocks=ranked[:limit],
        block_count=len(ranked),
        most_reused=leaders,
        never_reused=idle[:limit],
        never_reused_count=len(idle),
        organisations=organisation_reuse(blocks, edges)[:limit],
        capabilities=capability_reuse(blocks, by_block)[:limit],
        curves=curves,
        ecosystem_curve=adoption_points(edges),
        median_days_to_second=_median(seconds),
        median_days_to_tenth=_median(tenths),
        blocks_with_second=len(seconds),
        blocks_with_tenth=len(tenths),
        top=top,
        limit=limit,
    )


@dataclass
class BlockReuseDetail:
    """One block's reuse: its counts and its adoption curve."""

    counts: ReuseCounts
    curve: AdoptionCurve


def block_reuse(user: Any, block_id: int) -> BlockReuseDetail | None:
    """The reuse figures of one block, or None when ``user`` may not see it."""
    refs = block_refs(user, ids=[block_id])
    if block_id not in refs:
        return None
    edges = reuse_edges(user, block_ids=[block_id])
    return BlockReuseDetail(counts=reuse_counts(edges), curve=adoption_curve(refs[block_id], edges))
