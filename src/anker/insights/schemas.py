"""API schemas of the insights: the analytics' dataclasses as the API answers them."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from anker.api.schemas import OrganisationRef
from anker.catalogue.models import BlockKind, Lifecycle
from anker.citizenservices.models import ChannelKind
from anker.insights.duplication import DEFAULT_THRESHOLD
from anker.insights.health import MAX_DAYS
from anker.insights.inclusion import DEFAULT_DECLINE, DEFAULT_MONTHS, MAX_MONTHS
from anker.portfolio.stages import Stage

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


# --- inclusion --------------------------------------------------------------------------


class InsightLifeEvent(Schema):
    """A life event behind a figure."""

    slug: str = Field(..., description="The life event's slug.")
    name: str = Field(..., description="Its name in English.")
    name_nl: str = Field(..., description="Its name in Dutch.")


class DigitalOnlyServiceOut(Schema):
    """A service a citizen can only use by going digital."""

    service: InsightService = Field(..., description="The service.")
    organisations: list[OrganisationRef] = Field(..., description="Responsible organisations.")
    channels: list[ChannelKind] = Field(..., description="Its channels, all digital.")
    life_events: list[InsightLifeEvent] = Field(..., description="The life events it is in.")
    requests: int | None = Field(
        None, description="Its requests in the window; null without figures there."
    )


class DigitalOnlyLifeEventOut(Schema):
    """A life event in which a citizen meets at least one digital-only service."""

    life_event: InsightLifeEvent = Field(..., description="The life event.")
    services: int = Field(..., description="Services of the life event in all.")
    digital_only: list[InsightService] = Field(..., description="Its digital-only services.")
    share: float = Field(..., description="Their share of its services, in per cent.")


class ChannelShareOut(Schema):
    """A channel kind's requests in the window and its share of all of them."""

    kind: ChannelKind = Field(..., description="The channel kind.")
    requests: int = Field(..., description="Requests through it in the window.")
    share: float = Field(..., description="Its share of the requests, in per cent.")


class ServiceMixOut(Schema):
    """One service's channel mix in the window."""

    service: InsightService = Field(..., description="The service.")
    requests: int = Field(..., description="Its requests in the window.")
    channels: list[ChannelShareOut] = Field(..., description="Per channel kind.")
    digital_share: float = Field(..., description="The digital channels' share, in per cent.")


class ShrinkingServiceOut(Schema):
    """A service whose non-digital channels receive fewer requests per month."""

    service: InsightService = Field(..., description="The service.")
    organisations: list[OrganisationRef] = Field(..., description="Responsible organisations.")
    channels: list[ChannelKind] = Field(..., description="Its non-digital channels.")
    previous: int = Field(..., description="Non-digital requests in the window before.")
    recent: int = Field(..., description="Non-digital requests in the window.")
    previous_months: int = Field(..., description="Months with figures in the window before.")
    recent_months: int = Field(..., description="Months with figures in the window.")
    change: float = Field(
        ..., description="Change of the requests per month with figures, in per cent."
    )
    previous_share: float = Field(
        ..., description="The non-digital share of its requests in the window before (%)."
    )
    recent_share: float = Field(
        ..., description="The non-digital share of its requests in the window (%)."
    )


class InclusionOut(Schema):
    """Digital-only services and life events, the channel mix from volumes, and services
    whose non-digital channels shrink."""

    months: int = Field(..., description="Length of the window in complete months.")
    decline: float = Field(..., description="The fall (per cent) that counts as shrinking.")
    window_start: dt.date = Field(..., description="First month of the window.")
    window_end: dt.date = Field(..., description="Last month of the window.")
    previous_start: dt.date = Field(..., description="First month of the window before.")
    services: int = Field(..., description="Services with at least one channel.")
    digital_only: list[DigitalOnlyServiceOut] = Field(..., description="By name.")
    digital_only_count: int = Field(..., description="Digital-only services.")
    digital_only_share: float = Field(
        ..., description="Their share of the services with a channel, in per cent."
    )
    life_events: list[DigitalOnlyLifeEventOut] = Field(
        ..., description="Life events with a digital-only service, most such services first."
    )
    life_event_count: int = Field(..., description="Life events with a digital-only service.")
    life_events_with_services: int = Field(..., description="Life events with any service.")
    requests: int = Field(..., description="All requests in the window.")
    mix: list[ChannelShareOut] = Field(..., description="The ecosystem's channel mix.")
    digital_share: float = Field(..., description="The digital channels' share, in per cent.")
    non_digital_change: float | None = Field(
        None, description="Change of the non-digital requests per month, in per cent."
    )
    service_mix: list[ServiceMixOut] = Field(..., description="Per service, most digital first.")
    shrinking: list[ShrinkingServiceOut] = Field(..., description="Steepest fall first.")
    shrinking_count: int = Field(..., description="Services whose non-digital channels shrink.")
    services_compared: int = Field(
        ..., description="Services with non-digital figures in both windows."
    )


class InclusionQuery(Schema):
    """Parameters of the inclusion insights."""

    months: int = Field(
        DEFAULT_MONTHS,
        ge=1,
        le=MAX_MONTHS,
        description="Length of the window in complete months; shrinking compares it with "
        "the same number of months before.",
    )
    decline: float = Field(
        DEFAULT_DECLINE,
        ge=0,
        le=100,
        description="The fall of the non-digital requests per month, in per cent, from "
        "which a service counts as shrinking.",
    )


# --- consistency ------------------------------------------------------------------------


class InsightServiceType(Schema):
    """A service type behind a figure."""

    slug: str = Field(..., description="The service type's slug.")
    name: str = Field(..., description="Its name in English.")
    name_nl: str = Field(..., description="Its name in Dutch.")


class ChannelTargetOut(Schema):
    """A channel of a service with its service-level target."""

    kind: ChannelKind = Field(..., description="The channel kind.")
    value: int | None = Field(None, description="The target's number; null without one.")
    unit: str = Field(..., description="The target's unit (e.g. `working-days`); empty without.")


class TypeServiceOut(Schema):
    """One service of the type."""

    service: InsightService = Field(..., description="The service.")
    organisations: list[OrganisationRef] = Field(..., description="Responsible organisations.")
    channels: list[ChannelTargetOut] = Field(..., description="Its channels and targets.")


class ChannelPresenceOut(Schema):
    """A channel kind some of the type's services offer and others do not."""

    kind: ChannelKind = Field(..., description="The channel kind.")
    services: int = Field(..., description="Services offering it.")
    offered_by: list[OrganisationRef] = Field(..., description="Organisations offering it.")
    not_offered_by: list[OrganisationRef] = Field(
        ..., description="Organisations of the services without it."
    )


class UnitSpreadOut(Schema):
    """The targets of one channel kind given in one unit."""

    unit: str = Field(..., description="The unit, e.g. `working-days`.")
    services: int = Field(..., description="Services with a target in this unit.")
    minimum: int = Field(..., description="The lowest target.")
    maximum: int = Field(..., description="The highest target.")
    median: float = Field(..., description="The median target.")


class ChannelSpreadOut(Schema):
    """The service-level targets of one channel kind across the type's services."""

    kind: ChannelKind = Field(..., description="The channel kind.")
    services: int = Field(..., description="Services with a target for it.")
    without_target: int = Field(..., description="Services offering it without a target.")
    units: list[UnitSpreadOut] = Field(..., description="Per unit.")
    min_days: float = Field(..., description="The lowest target in approximate calendar days.")
    max_days: float = Field(..., description="The highest, in approximate calendar days.")
    median_days: float = Field(..., description="The median, in approximate calendar days.")
    ratio: float | None = Field(
        None, description="Highest / lowest (1: all alike; null when the lowest is 0)."
    )


class TypeConsistencyOut(Schema):
    """A service type several organisations offer, compared."""

    service_type: InsightServiceType = Field(..., description="The service type.")
    organisations: list[OrganisationRef] = Field(..., description="Organisations offering it.")
    services: list[TypeServiceOut] = Field(..., description="Its services, by name.")
    common_channels: list[ChannelKind] = Field(..., description="Channels every service has.")
    differing_channels: list[ChannelPresenceOut] = Field(
        ..., description="Channels some services have and others do not."
    )
    spreads: list[ChannelSpreadOut] = Field(..., description="Targets per channel kind.")
    spread: float | None = Field(
        None, description="The widest ratio of its channel kinds (null: infinite)."
    )
    reasons: list[str] = Field(
        ..., description="Where the services differ: `channels` and/or `targets`."
    )
    consistent: bool = Field(..., description="Whether they differ in neither.")


class ConsistencyOut(Schema):
    """Service types offered by several organisations: inconsistent ones first, widest
    spread first."""

    types: list[TypeConsistencyOut] = Field(..., description="The types compared.")
    compared: int = Field(..., description="Types offered by two or more organisations.")
    inconsistent: int = Field(..., description="Of those, types whose services differ.")


# --- ecosystem health -------------------------------------------------------------------


class IsolatedOrganisationOut(Schema):
    """An organisation that neither provides nor reuses a building block."""

    organisation: OrganisationRef = Field(..., description="The organisation.")
    kind: str = Field(..., description="Its kind, e.g. `local` or `private`.")
    public_sector: bool = Field(..., description="Whether it is a public-sector body.")
    services: int = Field(..., description="Citizen services it is responsible for.")
    retired_blocks: int = Field(..., description="Retired blocks it owns.")
    stopped_reuse: int = Field(..., description="Reuse of blocks it has stopped.")


class DependantOut(Schema):
    """A public organisation relying on a supplier's block."""

    organisation: OrganisationRef = Field(..., description="The public organisation.")
    direct: bool = Field(..., description="It reuses one of the supplier's blocks itself.")
    owns: bool = Field(..., description="It owns `block` (otherwise it reuses it).")
    block: InsightBlock = Field(..., description="The block through which it relies on it.")
    path: list[str] = Field(
        ..., description="Block slugs from `block` down to the supplier's block."
    )


class SupplierConcentrationOut(Schema):
    """A partner outside the public sector and the public organisations relying on it."""

    supplier: OrganisationRef = Field(..., description="The supplier.")
    kind: str = Field(..., description="Its kind, e.g. `private`.")
    blocks: list[InsightBlock] = Field(..., description="Its blocks they rely on.")
    direct: int = Field(..., description="Public organisations reusing its blocks.")
    through_dependencies: int = Field(
        ..., description="Others, owning or reusing a block that depends on its blocks."
    )
    organisations: int = Field(..., description="Public organisations relying on it.")
    share: float = Field(..., description="Their share of all public organisations (%).")
    dependants: list[DependantOut] = Field(..., description="Direct first, nearest first.")


class PendingRequestOut(Schema):
    """An exchange request waiting for a decision for longer than the limit."""

    uuid: str = Field(..., description="The exchange request's identifier.")
    block: InsightBlock = Field(..., description="The block asked for.")
    requester: OrganisationRef = Field(..., description="The requesting organisation.")
    requested_at: dt.datetime = Field(..., description="When it was made.")
    age_days: int = Field(..., description="Whole days since then.")


class IdeaTargetOut(Schema):
    """What an idea is about."""

    kind: str = Field(..., description="`service`, `block`, `initiative` or `organisation`.")
    slug: str = Field(..., description="Its slug.")
    name: str = Field(..., description="Its name.")


class UnansweredIdeaOut(Schema):
    """A published idea that none of its moderators answered."""

    uuid: str = Field(..., description="The idea's identifier.")
    title: str = Field(..., description="Its title.")
    about: IdeaTargetOut = Field(..., description="What it is about.")
    submitted_at: dt.datetime = Field(..., description="When it was submitted.")
    age_days: int = Field(..., description="Whole days since then.")
    votes: int = Field(..., description="Its votes.")
    comments: int = Field(..., description="Its comments (not hidden).")


class HealthOut(Schema):
    """Isolated organisations, single-supplier concentration, overdue exchange requests
    and ideas without an answer."""

    pending_days: int = Field(..., description="Days after which a request is overdue.")
    idea_days: int = Field(..., description="Days after which an idea waits too long.")
    organisations: int = Field(..., description="Active organisations.")
    isolated: list[IsolatedOrganisationOut] = Field(..., description="By name.")
    isolated_count: int = Field(..., description="Organisations that neither provide nor reuse.")
    public_organisations: int = Field(..., description="Active public-sector organisations.")
    suppliers: list[SupplierConcentrationOut] = Field(..., description="Most relied on first.")
    largest_share: float = Field(
        ..., description="The most relied-on supplier's share of public organisations (%)."
    )
    pending: list[PendingRequestOut] = Field(
        ..., description="Overdue requests the reader is party to (all for coordinators)."
    )
    pending_count: int = Field(..., description="All overdue requests, hidden ones included.")
    pending_hidden: int = Field(
        ..., description="Overdue requests the reader may not see (a count only)."
    )
    unanswered: list[UnansweredIdeaOut] = Field(..., description="Oldest first.")
    unanswered_count: int = Field(..., description="Ideas without an answer.")


class HealthQuery(Schema):
    """Parameters of the ecosystem-health insights; left out: the configured limits."""

    pending_days: int | None = Field(
        None,
        ge=0,
        le=MAX_DAYS,
        description="A request still waiting after more than this many days is overdue "
        "(default: ANKER_PENDING_REQUEST_DAYS).",
    )
    idea_days: int | None = Field(
        None,
        ge=0,
        le=MAX_DAYS,
        description="An idea without an answer after more than this many days waits too "
        "long (default: ANKER_UNANSWERED_IDEA_DAYS).",
    )


# --- anchoring score and scaling readiness ----------------------------------------------

WEIGHTS_HELP = (
    "Weights of this request as factor:number (or factor=number) items separated by "
    "commas, e.g. `reuse:3,standards:1`; factors not named keep their configured weight, "
    "0 leaves a factor out."
)


class WeightOut(Schema):
    """A factor's weight as this answer used it."""

    factor: str = Field(..., description="The factor's key, as the `weights` parameter names it.")
    label: str = Field(..., description="The factor's name.")
    weight: float = Field(..., description="Its weight.")


class FactorScoreOut(Schema):
    """One factor of a score, with the figures behind it."""

    factor: str = Field(..., description="The factor's key.")
    label: str = Field(..., description="The factor's name.")
    value: float | None = Field(
        None, description="From 0 to 1; null: nothing to measure, the factor is left out."
    )
    weight: float = Field(..., description="Its weight.")
    share: float = Field(
        ..., description="Its weight over the weights of the factors with a value (0 to 1)."
    )
    contribution: float = Field(
        ..., description="Its points of the score (100 × share × value); they add up to it."
    )
    explanation: str = Field(..., description="The figures behind the value, in words.")


class BlockAnchoringOut(Schema):
    """A block's anchoring score and its factors."""

    block: InsightBlock = Field(..., description="The block.")
    score: float | None = Field(
        None, description="0 to 100; null when no factor with a value has a weight."
    )
    rank: int | None = Field(
        None, description="1 is the best anchored; equal scores share a rank (lists only)."
    )
    factors: list[FactorScoreOut] = Field(..., description="Reuse, standards, freshness, …")


class AnchoringBlocksOut(Schema):
    """The anchoring score of every block the reader sees that is not retired."""

    weights: list[WeightOut] = Field(..., description="The weights used.")
    median_score: float | None = Field(None, description="The median score of the blocks.")
    block_count: int = Field(..., description="Blocks scored.")
    blocks: list[BlockAnchoringOut] = Field(..., description="Best anchored first.")
    limit: int | None = Field(None, description="Where the list was cut.")


class OrganisationAnchoringOut(Schema):
    """An organisation's anchoring: the mean over its blocks."""

    organisation: OrganisationRef = Field(..., description="The organisation.")
    score: float | None = Field(None, description="The mean score of its blocks, 0 to 100.")
    rank: int = Field(..., description="1 is the best anchored; equal scores share a rank.")
    blocks: int = Field(..., description="Its blocks (not retired) the reader sees.")
    scored: int = Field(..., description="Of those, blocks with a score.")
    best: InsightBlock | None = Field(None, description="Its best anchored block.")
    factors: list[FactorScoreOut] = Field(
        ..., description="Per factor: mean value and mean contribution over its blocks."
    )


class AnchoringOrganisationsOut(Schema):
    """The anchoring of every organisation owning a block the reader sees."""

    weights: list[WeightOut] = Field(..., description="The weights used.")
    median_score: float | None = Field(None, description="The median organisation score.")
    organisation_count: int = Field(..., description="Organisations scored.")
    organisations: list[OrganisationAnchoringOut] = Field(..., description="Best first.")
    limit: int | None = Field(None, description="Where the list was cut.")


class WeightsQuery(Schema):
    """The weights of one request."""

    weights: str = Field("", max_length=500, description=WEIGHTS_HELP)


class AnchoringQuery(WeightsQuery):
    """Parameters of the anchoring lists."""

    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Cut the list at this length.")


class InsightInitiative(Schema):
    """A portfolio initiative behind a figure."""

    slug: str = Field(..., description="The initiative's slug.")
    name: str = Field(..., description="Its name.")
    stage: Stage = Field(..., description="Its stage.")
    stage_since: dt.date = Field(..., description="In this stage since.")
    days_in_stage: int = Field(..., description="Days in this stage.")
    owner: OrganisationRef = Field(..., description="The organisation that owns it.")


class AdoptionChangeOut(Schema):
    """Adopters of an initiative's blocks at the stalled limit's start and today."""

    since: dt.date = Field(..., description="The start: today minus the stalled limit.")
    then: int = Field(..., description="Organisations piloting or using them on that day.")
    now: int = Field(..., description="Organisations piloting or using them today.")
    new: int = Field(..., description="Organisations that began since.")


class InitiativeReadinessOut(Schema):
    """An initiative's readiness to scale and its factors."""

    initiative: InsightInitiative = Field(..., description="The initiative.")
    score: float | None = Field(
        None, description="0 to 100; null when no factor with a value has a weight."
    )
    rank: int | None = Field(None, description="1 is the readiest (lists only).")
    factors: list[FactorScoreOut] = Field(..., description="Adoption, evidence, …")
    produced: list[InsightBlock] = Field(..., description="The blocks it produced.")
    adoption: AdoptionChangeOut = Field(..., description="Adoption then and now.")
    stalled: bool = Field(..., description="Whether it is stalled.")


class StalledInitiativeOut(Schema):
    """An initiative in experiment or pilot beyond the limit without a new adopter."""

    initiative: InsightInitiative = Field(..., description="The initiative.")
    adoption: AdoptionChangeOut = Field(..., description="Adoption then and now.")
    produced: list[InsightBlock] = Field(..., description="The blocks it produced.")


class ScalingOut(Schema):
    """Readiness to scale of every initiative that is not stopped, and the stalled ones."""

    weights: list[WeightOut] = Field(..., description="The weights used.")
    stalled_days: int = Field(..., description="The stalled limit used, in days.")
    median_score: float | None = Field(None, description="The median readiness.")
    initiative_count: int = Field(..., description="Initiatives scored.")
    initiatives: list[InitiativeReadinessOut] = Field(..., description="Readiest first.")
    stalled_count: int = Field(..., description="Stalled initiatives.")
    stalled: list[StalledInitiativeOut] = Field(..., description="Longest in stage first.")
    stopped: int = Field(..., description="Stopped initiatives, left out.")
    limit: int | None = Field(None, description="Where the lists were cut.")


class ReadinessQuery(WeightsQuery):
    """Parameters of one initiative's readiness."""

    stalled_days: int | None = Field(
        None,
        ge=1,
        le=3650,
        description="Days in experiment or pilot after which an initiative without a new "
        "adopter is stalled (default: ANKER_STALLED_DAYS).",
    )


class ScalingQuery(ReadinessQuery):
    """Parameters of the scaling insights."""

    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Cut the lists at this length.")
