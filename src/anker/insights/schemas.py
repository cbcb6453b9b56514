"""API schemas of the insights: the analytics' dataclasses as the API answers them."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from anker.api.schemas import OrganisationRef
from anker.catalogue.models import BlockKind, Lifecycle
from anker.citizenservices.models import ChannelKind
from anker.insights.duplication import DEFAULT_THRESHOLD

MAX_LIMIT = 1000


class InsightBlock(Schema):
    """A building block behind a figure."""

    slug: str = Field(..., description="The block's slug.")
    name: str = Field(..., description="The block's name.")
    kind: BlockKind = Field(..., description="What kind of block it is.")
    lifecycle: Lifecycle = Field(..., description="Its lifecycle stage.")
    owner: OrganisationRef = Field(..., description="The organisation that owns it.")


class InsightCapability(Schema):
    """A capability behind a figure."""

    slug: str = Field(..., description="The capability's slug.")
    name: str = Field(..., description="Its name in English.")
    name_nl: str = Field(..., description="Its name in Dutch.")


class ReuseCountsOut(Schema):
    """Distinct reusing organisations behind one figure; the block's owner never counts.
    Over several blocks one organisation may count under two statuses."""

    reusers: int = Field(..., description="Organisations with a reuse of any status.")
    active: int = Field(..., description="Organisations with a reuse that has not stopped.")
    evaluating: int = Field(..., description="Organisations evaluating.")
    piloting: int = Field(..., description="Organisations piloting.")
    in_use: int = Field(..., description="Organisations using it.")
    stopped: int = Field(..., description="Organisations that stopped.")
    confirmed: int = Field(
        ..., description="Organisations whose reuse the reuser declared or confirmed."
    )
    claimed: int = Field(
        ..., description="Organisations the provider claims, not confirmed by them yet."
    )


class CurvePointOut(Schema):
    """One step of an adoption curve."""

    date: dt.date = Field(..., description="The day something changed.")
    adopters: int = Field(..., description="Adoptions started up to this day (cumulative).")
    active: int = Field(..., description="Of those, the ones not stopped on this day.")


class AdoptionCurveOut(Schema):
    """A block's adoption over time: reuse piloted or put to use, dated by its start."""

    block: InsightBlock = Field(..., description="The block.")
    points: list[CurvePointOut] = Field(..., description="The curve, by date.")
    undated: int = Field(..., description="Adoptions without a start date (not on the curve).")
    first_adopted: dt.date | None = Field(None, description="When the first adopter started.")
    days_to_second: int | None = Field(
        None, description="Days from the first adopter's start to the second's."
    )
    days_to_tenth: int | None = Field(
        None, description="Days from the first adopter's start to the tenth's."
    )


class BlockReuseOut(Schema):
    """A block's reusers and its rank by active reusers."""

    block: InsightBlock = Field(..., description="The block.")
    counts: ReuseCountsOut = Field(..., description="Its reusers.")
    rank: int = Field(..., description="1 is the most reused; equal numbers share a rank.")


class OrganisationReuseOut(Schema):
    """An organisation as provider and as reuser."""

    organisation: OrganisationRef = Field(..., description="The organisation.")
    blocks: int = Field(..., description="Blocks it owns.")
    reused_blocks: int = Field(..., description="Of those, blocks with an active reuser.")
    reusers: ReuseCountsOut = Field(..., description="Other organisations reusing its blocks.")
    reusing: int = Field(..., description="Blocks of others it reuses (not stopped).")


class CapabilityReuseOut(Schema):
    """A capability: the blocks realising it and the organisations reusing them."""

    capability: InsightCapability = Field(..., description="The capability.")
    blocks: int = Field(..., description="Blocks realising it.")
    counts: ReuseCountsOut = Field(..., description="Organisations reusing any of them.")


class ReuseInsightsOut(Schema):
    """The reuse insights of the ecosystem as the reader sees it. Lists are cut at
    ``limit``; the ``*_count`` fields give their full length."""

    totals: ReuseCountsOut = Field(..., description="Organisations reusing anything.")
    blocks: list[BlockReuseOut] = Field(..., description="Blocks with reusers, most first.")
    block_count: int = Field(..., description="Blocks with at least one reuser.")
    most_reused: list[BlockReuseOut] = Field(
        ..., description="The `top` most reused blocks; ties at the cut included."
    )
    never_reused: list[InsightBlock] = Field(..., description="Blocks never reused, by name.")
    never_reused_count: int = Field(..., description="Blocks never reused.")
    organisations: list[OrganisationReuseOut] = Field(..., description="Per organisation.")
    capabilities: list[CapabilityReuseOut] = Field(..., description="Per capability.")
    curves: list[AdoptionCurveOut] = Field(
        ..., description="Adoption curves of the most reused blocks."
    )
    ecosystem_curve: list[CurvePointOut] = Field(
        ..., description="All adoptions (block and organisation pairs) over time."
    )
    median_days_to_second: float | None = Field(
        None, description="Median days to the second adopter, over blocks that have one."
    )
    median_days_to_tenth: float | None = Field(
        None, description="Median days to the tenth adopter, over blocks that have one."
    )
    blocks_with_second: int = Field(..., description="Blocks with a second adopter.")
    blocks_with_tenth: int = Field(..., description="Blocks with a tenth adopter.")
    top: int = Field(..., description="The length asked of the most-reused list.")
    limit: int | None = Field(None, description="Where the lists were cut.")


class ReuseQuery(Schema):
    """Parameters of the reuse insights."""

    top: int = Field(10, ge=1, le=100, description="How many most reused blocks to show.")
    limit: int = Field(
        50,
        ge=1,
        le=MAX_LIMIT,
        description="Cut the per-block, -organisation and "
        "-capability lists and the never-reused list at this length.",
    )


class BlockReuseDetailOut(Schema):
    """One block's reusers and adoption curve."""

    counts: ReuseCountsOut = Field(..., description="Its reusers.")
    curve: AdoptionCurveOut = Field(..., description="Its adoption over time.")


# --- duplication ------------------------------------------------------------------------


class SimilarPairOut(Schema):
    """Two blocks of different owners whose name and descriptions read alike."""

    first: InsightBlock = Field(..., description="One block.")
    second: InsightBlock = Field(..., description="The other block.")
    score: float = Field(..., description="Text similarity from 0 (nothing alike) to 1.")


class ConvergenceCandidateOut(Schema):
    """Unrelated blocks of one kind and different owners realising one capability."""

    capability: InsightCapability = Field(..., description="The capability.")
    kind: BlockKind = Field(..., description="The kind the blocks share.")
    blocks: list[InsightBlock] = Field(..., description="The blocks, by name.")
    owners: int = Field(..., description="Their distinct owners.")
    pairs: int = Field(..., description="Unrelated pairs of different owners among them.")
    best_score: float = Field(..., description="The highest text similarity among the pairs.")


class DuplicationOut(Schema):
    """Convergence candidates and near-duplicate blocks."""

    threshold: float = Field(..., description="The lowest similarity a near-duplicate has.")
    candidates: list[ConvergenceCandidateOut] = Field(
        ..., description="Convergence candidates, most similar first."
    )
    near_duplicates: list[SimilarPairOut] = Field(..., description="Pairs, best score first.")
    blocks_compared: int = Field(..., description="Blocks that took part.")


class DuplicationQuery(Schema):
    """Parameters of the duplication insights."""

    threshold: float = Field(
        DEFAULT_THRESHOLD,
        ge=0,
        le=1,
        description="The lowest text similarity (0 to 1) that counts as a near-duplicate.",
    )


# --- impact -----------------------------------------------------------------------------

PATH = "Block slugs from the block that explains it back to the failing block."


class InsightService(Schema):
    """A citizen service behind a figure."""

    slug: str = Field(..., description="The service's slug.")
    name: str = Field(..., description="The service's name.")


class ImpactedBlockOut(Schema):
    """A block that depends on the failing block, directly or through others."""

    block: InsightBlock = Field(..., description="The block.")
    depth: int = Field(..., description="Dependency steps away (1: directly).")
    path: list[str] = Field(..., description=PATH)


class ImpactedServiceOut(Schema):
    """A citizen service running on a hit block."""

    service: InsightService = Field(..., description="The service.")
    organisations: list[OrganisationRef] = Field(..., description="Responsible organisations.")
    path: list[str] = Field(..., description=PATH)


class ImpactedChannelOut(Schema):
    """A channel of a hit service."""

    service: InsightService = Field(..., description="The service.")
    kind: ChannelKind = Field(..., description="The channel.")
    path: list[str] = Field(..., description=PATH)


class ImpactedOrganisationOut(Schema):
    """An organisation reusing (not stopped) a hit block."""

    organisation: OrganisationRef = Field(..., description="The organisation.")
    reused_blocks: int = Field(..., description="How many hit or failing blocks it reuses.")
    path: list[str] = Field(..., description=PATH)


class InsightSubject(Schema):
    """The block or organisation whose failure is analysed."""

    slug: str = Field(..., description="Its slug.")
    name: str = Field(..., description="Its name.")


class ImpactOut(Schema):
    """What is hit if a block, or every block of an organisation, fails."""

    subject_type: str = Field(..., description="`block` or `organisation`.")
    subject: InsightSubject = Field(..., description="The failing block or organisation.")
    sources: list[InsightBlock] = Field(..., description="The failing blocks.")
    blocks: list[ImpactedBlockOut] = Field(..., description="Hit blocks, nearest first.")
    services: list[ImpactedServiceOut] = Field(..., description="Hit citizen services.")
    channels: list[ImpactedChannelOut] = Field(..., description="Their channels.")
    organisations: list[ImpactedOrganisationOut] = Field(
        ..., description="Organisations reusing a hit or failing block."
    )
    hidden_blocks: int = Field(
        ..., description="Further blocks hit that the reader may not see (a count only)."
    )
