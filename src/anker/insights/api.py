"""REST API of the insights: every analytic under /api/v1/insights, with the same figures
as the dashboard. Readable without an account; each reader's figures cover the blocks
they may see (a block they may not see answers 404, like everywhere else)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router

from anker.api.auth import OPTIONAL_SECURITY, READ
from anker.api.errors import Problem
from anker.catalogue.selectors import visible_block_id
from anker.insights import duplication, impact, reuse
from anker.insights.schemas import (
    AnchoringBlocksOut,
    AnchoringOrganisationsOut,
    AnchoringQuery,
    BlockAnchoringOut,
    BlockReuseDetailOut,
    ConsistencyOut,
    DuplicationOut,
    DuplicationQuery,
    HealthOut,
    HealthQuery,
    ImpactOut,
    InclusionOut,
    InclusionQuery,
    InitiativeReadinessOut,
    ReadinessQuery,
    ReuseInsightsOut,
    ReuseQuery,
    ScalingOut,
    ScalingQuery,
    WeightsQuery,
)
from anker.organisations.models import Organisation

router = Router(tags=["insights"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}


def _visible_block_id(request: HttpRequest, slug: str) -> int:
    block_id = visible_block_id(request.auth, slug)
    if block_id is None:
        raise Http404
    return block_id


@router.get(
    "/reuse",
    response={200: ReuseInsightsOut, 422: Problem},
    operation_id="getReuseInsights",
    summary="Reuse insights",
    **READ_OPTIONS,
)
def get_reuse_insights(request: HttpRequest, query: Query[ReuseQuery]) -> Any:
    """Distinct reusing organisations (the owner excluded) per block, organisation and
    capability, by status and by who declared it; the most reused blocks with their
    adoption curves; the ecosystem's adoption curve; the median days to the second and
    the tenth adopter; the blocks never reused. See docs/insights.md for each definition."""
    return reuse.reuse_insights(request.auth, top=query.top, limit=query.limit)


@router.get(
    "/reuse/blocks/{slug:slug}",
    response={200: BlockReuseDetailOut, 404: Problem},
    operation_id="getBlockReuseInsights",
    summary="Reuse insights of one block",
    **READ_OPTIONS,
)
def get_block_reuse_insights(request: HttpRequest, slug: str) -> Any:
    """One block's reusers by status and declaration, its adoption curve and the days
    to its second and tenth adopter."""
    detail = reuse.block_reuse(request.auth, _visible_block_id(request, slug))
    if detail is None:  # pragma: no cover - the block was visible a moment ago
        raise Http404
    return detail


@router.get(
    "/duplication",
    response={200: DuplicationOut, 422: Problem},
    operation_id="getDuplicationInsights",
    summary="Duplication insights",
    **READ_OPTIONS,
)
def get_duplication_insights(request: HttpRequest, query: Query[DuplicationQuery]) -> Any:
    """Convergence candidates (one capability realised by unrelated blocks of one kind
    and different owners) and near-duplicate blocks of different owners whose text
    similarity (TF-IDF over character n-grams) reaches `threshold`."""
    return duplication.duplication(request.auth, threshold=query.threshold)


@router.get(
    "/impact/blocks/{slug:slug}",
    response={200: ImpactOut, 404: Problem},
    operation_id="getBlockImpact",
    summary="Impact of a block failing",
    **READ_OPTIONS,
)
def get_block_impact(request: HttpRequest, slug: str) -> Any:
    """Every block that depends on this one, directly or transitively; every citizen
    service and channel running on those; every organisation reusing any of them. Each
    with the shortest path of block slugs that explains it."""
    result = impact.block_impact(request.auth, _visible_block_id(request, slug))
    if result is None:  # pragma: no cover - the block was visible a moment ago
        raise Http404
    return result


@router.get(
    "/impact/organisations/{slug:slug}",
    response={200: ImpactOut, 404: Problem},
    operation_id="getOrganisationImpact",
    summary="Impact of an organisation's blocks failing",
    **READ_OPTIONS,
)
def get_organisation_impact(request: HttpRequest, slug: str) -> Any:
    """As the impact of a block, for every block the organisation owns at once."""
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        raise Http404
    return impact.organisation_impact(request.auth, organisation)


@router.get(
    "/inclusion",
    response={200: InclusionOut, 422: Problem},
    operation_id="getInclusionInsights",
    summary="Inclusion insights",
    **READ_OPTIONS,
)
def get_inclusion_insights(request: HttpRequest, query: Query[InclusionQuery]) -> Any:
    """Digital-only services (no channel that works without going digital) and the life
    events in which a citizen meets one; the channel mix of the last `months` complete
    months, ecosystem-wide and per service; the services whose non-digital requests per
    month fell by `decline` per cent or more against the `months` before."""
    from anker.insights.inclusion import inclusion

    return inclusion(request.auth, months=query.months, decline=query.decline)


@router.get(
    "/consistency",
    response={200: ConsistencyOut},
    operation_id="getConsistencyInsights",
    summary="Consistency insights",
    **READ_OPTIONS,
)
def get_consistency_insights(request: HttpRequest) -> Any:
    """Every service type offered by two or more organisations: their channel sets, the
    channels some offer and others do not, and the spread of the service-level targets
    per channel kind; inconsistent types first, widest spread first."""
    from anker.insights.consistency import consistency

    return consistency(request.auth)


@router.get(
    "/health",
    response={200: HealthOut, 422: Problem},
    operation_id="getHealthInsights",
    summary="Ecosystem health insights",
    **READ_OPTIONS,
)
def get_health_insights(request: HttpRequest, query: Query[HealthQuery]) -> Any:
    """Organisations that neither provide nor reuse; partners outside the public sector
    whose blocks public organisations rely on (directly or through dependencies); exchange
    requests waiting longer than `pending_days` days (listed to their parties, counted for
    others); published ideas no moderator answered within `idea_days` days."""
    from anker.insights.health import health

    return health(request.auth, pending_days=query.pending_days, idea_days=query.idea_days)


@router.get(
    "/anchoring/blocks",
    response={200: AnchoringBlocksOut, 422: Problem},
    operation_id="getBlockAnchoringInsights",
    summary="Anchoring score of every building block",
    **READ_OPTIONS,
)
def get_block_anchoring_insights(request: HttpRequest, query: Query[AnchoringQuery]) -> Any:
    """Every block that is not retired, best anchored first: its score from 0 to 100 and
    each factor (reuse, standards compliance, freshness, channel coverage, stage progress)
    with its value, weight, contribution and the figures behind it. `weights` overrides
    the configured weights for this request; a bad weight answers 422 naming it."""
    from anker.insights.anchoring import anchoring

    return anchoring(request.auth, weights=query.weights, limit=query.limit)


@router.get(
    "/anchoring/blocks/{slug:slug}",
    response={200: BlockAnchoringOut, 404: Problem, 422: Problem},
    operation_id="getOneBlockAnchoring",
    summary="Anchoring score of one building block",
    **READ_OPTIONS,
)
def get_one_block_anchoring(request: HttpRequest, slug: str, query: Query[WeightsQuery]) -> Any:
    """One block's anchoring score and its factors (a retired block too)."""
    from anker.insights.anchoring import block_anchoring

    result = block_anchoring(request.auth, _visible_block_id(request, slug), weights=query.weights)
    if result is None:  # pragma: no cover - the block was visible a moment ago
        raise Http404
    return result


@router.get(
    "/anchoring/organisations",
    response={200: AnchoringOrganisationsOut, 422: Problem},
    operation_id="getOrganisationAnchoringInsights",
    summary="Anchoring score of every organisation",
    **READ_OPTIONS,
)
def get_organisation_anchoring_insights(request: HttpRequest, query: Query[AnchoringQuery]) -> Any:
    """Every organisation owning a block the reader sees: the mean anchoring score of its
    blocks that are not retired, each factor's mean value and contribution, its best block."""
    from anker.insights.anchoring import anchoring

    result = anchoring(request.auth, weights=query.weights, limit=query.limit)
    return {
        "weights": result.weights,
        "median_score": result.median_organisation_score,
        "organisation_count": result.organisation_count,
        "organisations": result.organisations,
        "limit": result.limit,
    }


@router.get(
    "/scaling",
    response={200: ScalingOut, 422: Problem},
    operation_id="getScalingInsights",
    summary="Scaling readiness and stalled initiatives",
    **READ_OPTIONS,
)
def get_scaling_insights(request: HttpRequest, query: Query[ScalingQuery]) -> Any:
    """Every initiative that is not stopped, readiest first: its readiness from 0 to 100
    and each factor (adoption, evidence at the gates, documentation and open licence,
    capability fit, time in stage) with its value, weight, contribution and figures; and
    the stalled ones: in experiment or pilot beyond `stalled_days` without a new adopter."""
    from anker.insights.scaling import scaling

    return scaling(
        request.auth, weights=query.weights, stalled_days=query.stalled_days, limit=query.limit
    )


@router.get(
    "/scaling/{slug:slug}",
    response={200: InitiativeReadinessOut, 404: Problem, 422: Problem},
    operation_id="getInitiativeReadiness",
    summary="Scaling readiness of one initiative",
    **READ_OPTIONS,
)
def get_initiative_readiness(request: HttpRequest, slug: str, query: Query[ReadinessQuery]) -> Any:
    """One initiative's readiness to scale, its factors, adoption then and now, and
    whether it is stalled."""
    from anker.insights.scaling import initiative_readiness
    from anker.portfolio.models import Initiative

    initiative_id = Initiative.objects.filter(slug=slug).values_list("id", flat=True).first()
    if initiative_id is None:
        raise Http404
    return initiative_readiness(
        request.auth, initiative_id, weights=query.weights, stalled_days=query.stalled_days
    )
