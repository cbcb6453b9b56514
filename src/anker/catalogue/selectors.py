"""Reads of the catalogue shared by views, API and CLI: faceted search and block detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, QuerySet
from django.utils.translation import get_language

from anker.accounts import permissions
from anker.architecture.models import Capability
from anker.catalogue import search
from anker.catalogue.models import (
    ApiDesignScore,
    ApiSpecification,
    BlockDescription,
    BlockKind,
    BuildingBlock,
    Dependency,
    Lifecycle,
    Openness,
)
from anker.core.cache import cached
from anker.organisations.models import Organisation

# facet name → the lookup it filters on
FACETS: dict[str, str] = {
    "kind": "kind",
    "lifecycle": "lifecycle",
    "openness": "openness",
    "owner": "owner__slug",
    "capability": "capabilities__slug",
    "licence": "licence",
    "country": "owner__country",
}
ORDERINGS: dict[str, list[str]] = {
    "name": ["name", "id"],
    "-name": ["-name", "-id"],
    "updated": ["-modified", "-id"],
    "reuse": ["-reuse_count", "name", "id"],
}
FACET_LIMIT = 30


class CountingPaginator(Paginator):
    """Counts on the bare filtered queryset, not on the one with joins and ranks."""

    def __init__(self, object_list: Any, per_page: int, *, count_queryset: QuerySet) -> None:
        super().__init__(object_list, per_page)
        self.count_queryset = count_queryset

    @property
    def count(self) -> int:
        if not hasattr(self, "_count"):
            self._count = self.count_queryset.count()
        return self._count


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResult:
    page: Page
    total: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    query: str = ""
    ordering: str = "name"


def visible_blocks(user: Any) -> QuerySet[BuildingBlock]:
    return permissions.visible_blocks(user, BuildingBlock.objects.all())


def visible_block_id(user: Any, slug: str) -> int | None:
    """The id of the block ``slug`` if ``user`` may see it, else None (one query)."""
    return visible_blocks(user).filter(slug=slug).values_list("id", flat=True).first()


def _filtered(base: QuerySet, filters: dict[str, list[str]], skip: str | None = None) -> QuerySet:
    for name, lookup in FACETS.items():
        values = [v for v in filters.get(name, []) if v]
        if values and name != skip:
            base = base.filter(**{f"{lookup}__in": values})
    return base


def _facet_labels(name: str, values: list[str]) -> dict[str, str]:
    choices = {"kind": BlockKind, "lifecycle": Lifecycle, "openness": Openness}
    if name in choices:
        return {str(v): str(label) for v, label in choices[name].choices}
    if name == "owner":
        return dict(Organisation.objects.filter(slug__in=values).values_list("slug", "name"))
    if name == "capability":
        return {c.slug: c.label for c in Capability.objects.filter(slug__in=values)}
    return {}


def _count_values(blocks: QuerySet, name: str, lookup: str) -> list[tuple[str, int]]:
    if name == "capability":
        # Count on the link table itself: no DISTINCT over a join of every block.
        through = BuildingBlock.capabilities.through
        rows = (
            through.objects.filter(buildingblock_id__in=blocks.values("id"))
            .values(lookup := "capability__slug")
            .annotate(n=Count("buildingblock_id"))
            .order_by("-n", lookup)[:FACET_LIMIT]
        )
    else:
        rows = (
            blocks.exclude(**{f"{lookup}__isnull": True})
            .values(lookup)
            .annotate(n=Count("id"))
            .order_by("-n", lookup)[:FACET_LIMIT]
        )
    return [(str(row[lookup]), row["n"]) for row in rows if row[lookup] != ""]


def facet_counts(base: QuerySet, filters: dict[str, list[str]]) -> dict[str, list[FacetValue]]:
    """Per facet, the number of matching blocks for each value, counted with every
    other facet's filter applied but not its own (so alternatives stay visible)."""
    facets: dict[str, list[FacetValue]] = {}
    for name, lookup in FACETS.items():
        counted = _count_values(_filtered(base, filters, skip=name), name, lookup)
        labels = _facet_labels(name, [value for value, _n in counted])
        selected = set(filters.get(name, []))
        facets[name] = [
            FacetValue(value=v, label=labels.get(v, v), count=n, selected=v in selected)
            for v, n in counted
        ]
    return facets


def with_list_data(queryset: QuerySet[BuildingBlock]) -> QuerySet[BuildingBlock]:
    """What a result row shows: the owner and the descriptions (the reuse count is a
    column kept current by the reuse services, so lists need no join on reuse)."""
    # Owners are prefetched, not joined, so the planner can walk the index of the ordering.
    return queryset.prefetch_related(
        "owner",
        Prefetch(
            "descriptions",
            queryset=BlockDescription.objects.order_by("language"),
            to_attr="all_descriptions",
        ),
    )


def block_search(
    *,
    user: Any,
    query: str = "",
    filters: dict[str, list[str]] | None = None,
    ordering: str = "",
    page: int | str = 1,
    page_size: int | None = None,
    with_facets: bool = True,
) -> SearchResult:
    filters = filters or {}
    base = visible_blocks(user)
    if query.strip():
        base = search.match(base, query)
    results = _filtered(base, filters)
    if filters.get("capability"):
        results = results.distinct()
    ordering = ordering if ordering in ORDERINGS or ordering == "relevance" else ""
    if not ordering:
        ordering = "relevance" if search.terms(query) else "name"
    listed = with_list_data(results)
    if ordering == "relevance":
        listed = search.with_rank(listed, query).order_by("-search_rank", "name", "id")
    else:
        listed = listed.order_by(*ORDERINGS[ordering])
    paginator = CountingPaginator(listed, page_size or settings.PAGE_SIZE, count_queryset=results)
    result_page = paginator.get_page(page)
    facets = {}
    if with_facets:
        # Exact cache: the key holds the ecosystem's version, the reader's visibility,
        # the query and the filters (see anker.core.cache).
        parts = (
            permissions.visibility_key(user),
            get_language(),
            query.strip(),
            sorted((name, sorted(values)) for name, values in filters.items()),
        )
        facets = cached("facets", parts, lambda: facet_counts(base, filters))
    return SearchResult(
        page=result_page, total=paginator.count, facets=facets, query=query, ordering=ordering
    )


def description_for(block: BuildingBlock, language: str | None = None) -> BlockDescription | None:
    """The description in the reader's language, else the block's default language, else any."""
    language = (language or get_language() or "en")[:2]
    descriptions = getattr(block, "all_descriptions", None)
    if descriptions is None:
        descriptions = list(block.descriptions.all())
    by_language = {d.language[:2]: d for d in descriptions}
    return (
        by_language.get(language)
        or by_language.get(block.default_language[:2])
        or (descriptions[0] if descriptions else None)
    )


def block_for_reader(*, user: Any, slug: str) -> BuildingBlock:
    """The block, if the reader may see it; raises BuildingBlock.DoesNotExist otherwise
    (restricted blocks are not revealed to exist)."""
    block = BuildingBlock.objects.select_related("owner", "last_verified_by").get(slug=slug)
    if not permissions.can_view_block(user, block):
        raise BuildingBlock.DoesNotExist
    return block


RELATION_PAGE_SIZE = 50


@dataclass
class BlockRelations:
    reuses: Page
    dependencies: list[Any]
    dependents: Page
    hidden_dependents: int
    capabilities: list[Capability]
    compliance: list[Any]
    evidence: list[Any]
    descriptions: list[BlockDescription]
    tags: list[str]
    api_specification: ApiSpecification | None = None


def block_relations(
    *, user: Any, block: BuildingBlock, reuse_page: int | str = 1, dependents_page: int | str = 1
) -> BlockRelations:
    """Everything that hangs on a block, with blocks the reader may not see left out.
    Reusers and dependents come a page at a time: a shared platform may have thousands."""
    # Visibility is joined per edge: an IN over every visible block would materialise
    # tens of thousands of ids for a handful of edges.
    dependencies = list(
        block.dependencies.filter(permissions.visible_blocks_q(user, prefix="dependency__"))
        .select_related("dependency__owner")
        .order_by("dependency__name", "id")
    )
    all_dependents = block.dependents.select_related("dependent__owner").order_by(
        "dependent__name", "id"
    )
    dependents = Paginator(
        all_dependents.filter(permissions.visible_blocks_q(user, prefix="dependent__")),
        RELATION_PAGE_SIZE,
    )
    reuses = block.reuses.select_related("organisation").order_by("organisation__name", "id")
    return BlockRelations(
        reuses=Paginator(reuses, RELATION_PAGE_SIZE).get_page(reuse_page),
        dependencies=dependencies,
        dependents=dependents.get_page(dependents_page),
        hidden_dependents=all_dependents.count() - dependents.count,
        capabilities=list(block.capabilities.order_by("name")),
        compliance=list(
            block.compliance.filter(
                permissions.visible_blocks_q(user, prefix="standard__")
            ).select_related("standard")
        ),
        evidence=list(block.evidence.all()),
        descriptions=list(block.descriptions.all()),
        tags=[t.name for t in block.tags.all()],
        api_specification=ApiSpecification.objects.filter(block=block).first(),
    )


DESIGN_HISTORY = 20


@dataclass
class DesignScores:
    """An API block's latest API Design Rules score, its findings split into failed
    rules (errors) and advice (warnings), and the history of scores by the same ruleset
    (newest first, the latest included)."""

    latest: ApiDesignScore
    failed: list[dict[str, Any]]
    advice: list[dict[str, Any]]
    history: list[ApiDesignScore]

    @property
    def rules_passed(self) -> int:
        return max(self.latest.rules_checked - self.latest.rules_failed, 0)


def latest_design_score(*, block: BuildingBlock) -> ApiDesignScore | None:
    """The newest API Design Rules score of an ``api`` block (one query, none for others)."""
    if block.kind != BlockKind.API:
        return None
    return ApiDesignScore.objects.filter(block=block).order_by("-created", "-id").first()


def api_design_scores(*, block: BuildingBlock) -> DesignScores | None:
    """The design scores of an ``api`` block, or None when it has none (two queries)."""
    latest = latest_design_score(block=block)
    if latest is None:
        return None
    scores = ApiDesignScore.objects.filter(block=block, ruleset=latest.ruleset)
    history = list(scores.order_by("-created", "-id").defer("findings")[:DESIGN_HISTORY])
    groups = [_finding_group(group) for group in latest.findings if isinstance(group, dict)]
    return DesignScores(
        latest=latest,
        failed=[group for group in groups if group["severity"] == "error"],
        advice=[group for group in groups if group["severity"] != "error"],
        history=history,
    )


def _finding_group(group: dict[str, Any]) -> dict[str, Any]:
    """One rule's stored findings, with how many more there were than are kept, and
    their ``message`` when they all say the same (most rules have a fixed message)."""
    items = [item for item in group.get("items", []) if isinstance(item, dict)]
    count = group.get("count", len(items))
    messages = {item.get("message", "") for item in items}
    return {
        "rule": str(group.get("rule", "")),
        "severity": str(group.get("severity", "")),
        "count": count,
        "items": items,
        "message": messages.pop() if len(messages) == 1 else "",
        "more": max(count - len(items), 0) if isinstance(count, int) else 0,
    }


def is_stale(block: BuildingBlock) -> bool:
    from datetime import timedelta

    from django.utils import timezone

    if block.last_verified_at is None:
        return True
    return timezone.now() - block.last_verified_at > timedelta(days=settings.FRESHNESS_DAYS)


def dependency_list(*, user: Any) -> QuerySet[Dependency]:
    """Edges whose two ends the reader may both see."""
    return Dependency.objects.filter(
        permissions.visible_blocks_q(user, prefix="dependent__"),
        permissions.visible_blocks_q(user, prefix="dependency__"),
    ).select_related("dependent", "dependency")


@dataclass
class BlockUsage:
    """Where a block is at work: the citizen services running on it and the initiatives
    that produce or use it (two queries)."""

    services: list[Any]
    initiative_links: list[Any]


def block_usage(*, block: BuildingBlock) -> BlockUsage:
    return BlockUsage(
        services=list(block.citizen_services.order_by("name")),
        initiative_links=list(
            block.initiative_links.select_related("initiative").order_by("role", "initiative__name")
        ),
    )
