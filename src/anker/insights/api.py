"""REST API of the insights: every analytic under /api/v1/insights, with the same figures
as the dashboard. Readable without an account; each reader's figures cover the blocks
they may see (a block they may not see answers 404, like everywhere else)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router

from anker.api.auth import OPTIONAL_SECURITY, READ
from anker.api.errors import Problem
from anker.catalogue.selectors import visible_blocks
from anker.insights import duplication, impact, reuse
from anker.insights.schemas import (
    BlockReuseDetailOut,
    DuplicationOut,
    DuplicationQuery,
    ImpactOut,
    ReuseInsightsOut,
    ReuseQuery,
)
from anker.organisations.models import Organisation

router = Router(tags=["insights"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}


def _visible_block_id(request: HttpRequest, slug: str) -> int:
    block_id = visible_blocks(request.auth).filter(slug=slug).values_list("id", flat=True).first()
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
