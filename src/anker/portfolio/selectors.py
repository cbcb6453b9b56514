"""Reads of the portfolio shared by the pages, the API and (later) the insights: the board,
filtered lists, an initiative with what it produced, its KPIs and its stage history.

Initiatives are public; the building blocks linked to them follow the block visibility
rule, so a reader only ever sees the blocks they may see."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from anker.accounts.permissions import visible_blocks_q
from anker.architecture.models import Capability
from anker.organisations.models import Organisation
from anker.portfolio.models import (
    STALLED_AFTER_DAYS,
    BlockRole,
    Initiative,
    InitiativeBlock,
    Kpi,
    KpiMeasurement,
    Skill,
    StageDecision,
    duration_label,
)
from anker.portfolio.stages import DecisionKind, Stage

# Every ordering ends on the id, so pages are stable.
ORDERINGS: dict[str, list[str]] = {
    "name": ["name", "id"],
    "-name": ["-name", "-id"],
    "stage_since": ["stage_since", "id"],
    "-stage_since": ["-stage_since", "-id"],
    "-modified": ["-modified", "-id"],
}
BOARD_LIMIT = 25


def _capability_subtree(slug: str) -> list[int]:
    """The capability and every capability below it (one query over the map)."""
    children: dict[int | None, list[int]] = {}
    root = None
    for capability_id, parent_id, capability_slug in Capability.objects.values_list(
        "id", "parent_id", "slug"
    ):
        children.setdefault(parent_id, []).append(capability_id)
        if capability_slug == slug:
            root = capability_id
    if root is None:
        return []
    found, todo = [], [root]
    while todo:
        node = todo.pop()
        if node not in found:
            found.append(node)
            todo.extend(children.get(node, []))
    return found


def stalled_since(today: dt.date | None = None) -> dt.date:
    """A pilot that has been in its stage since before this date is stalled."""
    return (today or timezone.localdate()) - dt.timedelta(days=STALLED_AFTER_DAYS)


def initiative_list(
    *,
    query: str = "",
    stages: Iterable[str] = (),
    organisation: str = "",
    capability: str = "",
    skill: str = "",
    citizen_service: str = "",
    stalled: bool = False,
    ordering: str = "name",
) -> QuerySet[Initiative]:
    """Initiatives with their owner, filtered. ``organisation`` (a slug) matches the owner
    and the partners; ``capability`` (a slug) matches it and every capability below it."""
    initiatives = Initiative.objects.select_related("owner")
    if query.strip():
        words = query.strip()
        initiatives = initiatives.filter(Q(name__icontains=words) | Q(summary__icontains=words))
    if stages := [str(stage) for stage in stages if stage]:
        initiatives = initiatives.filter(stage__in=stages)
    if organisation:
        partnered = Initiative.partners.through.objects.filter(organisation__slug=organisation)
        initiatives = initiatives.filter(
            Q(owner__slug=organisation) | Q(id__in=partnered.values("initiative_id"))
        )
    if capability:
        linked = Initiative.capabilities.through.objects.filter(
            capability_id__in=_capability_subtree(capability)
        )
        initiatives = initiatives.filter(id__in=linked.values("initiative_id"))
    if skill:
        needing = Initiative.skills.through.objects.filter(skill__name__iexact=skill)
        initiatives = initiatives.filter(id__in=needing.values("initiative_id"))
    if citizen_service:
        improving = Initiative.citizen_services.through.objects.filter(
            citizenservice__slug=citizen_service
        )
        initiatives = initiatives.filter(id__in=improving.values("initiative_id"))
    if stalled:
        initiatives = initiatives.filter(stage=Stage.PILOT, stage_since__lt=stalled_since())
    return initiatives.order_by(*ORDERINGS.get(ordering, ORDERINGS["name"]))


@dataclass
class BoardColumn:
    stage: str
    label: str
    count: int
    initiatives: list[Initiative] = field(default_factory=list)

    @property
    def more(self) -> int:
        return self.count - len(self.initiatives)


def board(*, filtered: QuerySet[Initiative], limit: int = BOARD_LIMIT) -> list[BoardColumn]:
    """One column per stage; in each, the initiatives waiting longest come first. One
    count query plus one query per stage that holds initiatives."""
    counts = dict(filtered.order_by().values_list("stage").annotate(n=Count("id")))
    columns = []
    for stage in Stage:
        column = BoardColumn(stage=stage.value, label=stage.label, count=counts.get(stage, 0))
        if column.count:
            rows = filtered.filter(stage=stage).order_by("stage_since", "id")[:limit]
            column.initiatives = list(rows)
        columns.append(column)
    return columns


def filter_organisations() -> QuerySet[Organisation]:
    """Organisations that own or partner in an initiative: the board's filter options."""
    partners = Initiative.partners.through.objects.values("organisation_id")
    return Organisation.objects.filter(
        Q(id__in=Initiative.objects.values("owner_id")) | Q(id__in=partners)
    ).order_by("name", "id")


def filter_capabilities() -> list[Capability]:
    """Capabilities initiatives work on, with their ancestors (a parent filters its whole
    subtree), in the reader's language order."""
    capabilities = {c.id: c for c in Capability.objects.only("id", "parent_id", "slug", "name")}
    used = set(Initiative.capabilities.through.objects.values_list("capability_id", flat=True))
    wanted: set[int] = set()
    for capability_id in used:
        node = capabilities.get(capability_id)
        while node is not None and node.id not in wanted:
            wanted.add(node.id)
            node = capabilities.get(node.parent_id)
    return sorted((capabilities[i] for i in wanted), key=lambda c: (c.label.casefold(), c.id))


def initiative_by_slug(slug: str) -> Initiative:
    return (
        Initiative.objects.select_related("owner")
        .prefetch_related("partners", "skills", "capabilities", "citizen_services")
        .get(slug=slug)
    )


def initiative_blocks(*, user: Any, initiative: Initiative) -> dict[str, list[Any]]:
    """The blocks it produces and uses that the reader may see, by role."""
    links = (
        InitiativeBlock.objects.filter(visible_blocks_q(user, prefix="block__"))
        .filter(initiative=initiative)
        .select_related("block__owner")
        .order_by("block__name", "id")
    )
    found: dict[str, list[Any]] = {BlockRole.PRODUCES: [], BlockRole.USES: []}
    for link in links:
        found[link.role].append(link.block)
    return found


def kpi_list(*, initiative: Initiative | None = None) -> QuerySet[Kpi]:
    kpis = Kpi.objects.select_related("initiative").prefetch_related("measurements")
    return kpis.filter(initiative=initiative) if initiative is not None else kpis


def measurement_list() -> QuerySet[KpiMeasurement]:
    return KpiMeasurement.objects.select_related("kpi__initiative", "recorded_by")


def decision_list() -> QuerySet[StageDecision]:
    """Every stage decision, oldest first: the portfolio's queryable stage history."""
    return StageDecision.objects.select_related("initiative", "decided_by").order_by(
        "decided_on", "id"
    )


def stage_changes() -> QuerySet[StageDecision]:
    """Decisions that moved an initiative (a hold is a review, not a move)."""
    return decision_list().exclude(decision=DecisionKind.HOLD)


def stalled_initiatives(*, today: dt.date | None = None) -> QuerySet[Initiative]:
    """Pilots in their stage for more than a year, the longest waiting first."""
    return (
        Initiative.objects.select_related("owner")
        .filter(stage=Stage.PILOT, stage_since__lt=stalled_since(today))
        .order_by("stage_since", "id")
    )


@dataclass
class TimelineEntry:
    """One step of an initiative's history: its start, or a gate decision."""

    date: dt.date
    decision: StageDecision | None
    stage: str
    days_before: int | None = None  # days in the previous stage, for a move

    @property
    def stage_label(self) -> str:
        return Stage(self.stage).label

    @property
    def duration_before(self) -> str:
        return duration_label(self.days_before or 0)


def timeline(initiative: Initiative) -> list[TimelineEntry]:
    """The start and every decision in order, each move with the days spent before it."""
    decisions = list(initiative.decisions.select_related("decided_by").order_by("decided_on", "id"))
    start = decisions[0].from_stage if decisions else initiative.stage
    entries = [TimelineEntry(date=initiative.started_on, decision=None, stage=start)]
    entered = initiative.started_on
    for decision in decisions:
        entry = TimelineEntry(date=decision.decided_on, decision=decision, stage=decision.to_stage)
        if decision.decision != DecisionKind.HOLD:
            entry.days_before = (decision.decided_on - entered).days
            entered = decision.decided_on
        entries.append(entry)
    return entries


def skill_list() -> QuerySet[Skill]:
    """Skills with the number of initiatives that need them, most needed first."""
    return Skill.objects.annotate(initiative_count=Count("initiatives")).order_by(
        "-initiative_count", "name", "id"
    )
