"""The reads of the ideas board that pages, API and demo share, with the visibility rule
applied (accounts.permissions.visible_ideas_q): the board, one idea, its comments, its
trail from submission to the blocks and services it changed, and the moderation queue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from anker.accounts import permissions
from anker.cocreation.models import (
    TARGET_FIELDS,
    Idea,
    IdeaComment,
    IdeaStatus,
    IdeaStatusChange,
    Moderation,
)

# Every ordering ends on the id, so pages are stable.
IDEA_ORDERINGS: dict[str, list[str]] = {
    "-votes": ["-vote_count", "-id"],
    "-created": ["-created", "-id"],
    "created": ["created", "id"],
    "-status_changed": ["-status_changed_at", "-id"],
}


def _with_list_data(ideas: QuerySet[Idea]) -> QuerySet[Idea]:
    return ideas.select_related(
        "about_service", "about_block", "about_initiative", "about_organisation", "submitter"
    ).annotate(comment_count=Count("comments", filter=Q(comments__is_hidden=False)))


def idea_list(
    *,
    user: Any,
    statuses: list[str] | None = None,
    kind: str = "",
    target: str = "",
    query: str = "",
    moderation: str = Moderation.PUBLISHED,
    ordering: str = "-votes",
) -> QuerySet[Idea]:
    """Ideas the user may see. ``kind`` and ``target`` (a slug) narrow to what they are
    about; ``moderation`` is published by default (hidden ones only reach moderators)."""
    ideas = Idea.objects.filter(permissions.visible_ideas_q(user))
    if moderation:
        ideas = ideas.filter(moderation=moderation)
    if statuses:
        ideas = ideas.filter(status__in=statuses)
    if kind in TARGET_FIELDS:
        ideas = ideas.filter(**{f"{TARGET_FIELDS[kind]}__isnull": False})
        if target:
            ideas = ideas.filter(**{f"{TARGET_FIELDS[kind]}__slug": target})
    if query:
        for word in query.split()[:8]:
            ideas = ideas.filter(Q(title__icontains=word) | Q(body__icontains=word))
    return _with_list_data(ideas).order_by(*IDEA_ORDERINGS.get(ordering, IDEA_ORDERINGS["-votes"]))


def idea_for_reader(*, user: Any, uuid: Any) -> Idea:
    """One idea the user may see (hidden or unknown ones raise DoesNotExist)."""
    return (
        _with_list_data(Idea.objects.filter(permissions.visible_ideas_q(user)))
        .select_related("initiative", "merged_into")
        .get(uuid=uuid)
    )


def moderation_queue(*, user: Any) -> QuerySet[Idea]:
    """What waits for the user's moderation: new ideas and hidden ones, oldest first."""
    waiting = Q(status=IdeaStatus.NEW, moderation=Moderation.PUBLISHED) | Q(
        moderation=Moderation.HIDDEN
    )
    ideas = Idea.objects.filter(permissions.moderated_ideas_q(user)).filter(waiting)
    return _with_list_data(ideas).order_by("created", "id")


def comments_for(*, user: Any, idea: Idea, moderator: bool) -> QuerySet[IdeaComment]:
    """An idea's comments, oldest first; hidden ones only for its moderators."""
    comments = idea.comments.select_related("author").order_by("created", "id")
    return comments if moderator else comments.filter(is_hidden=False)


# --- the trail: submitted → reviewed → initiative → its decisions → what it changed -------


@dataclass
class TrailEntry:
    """One step of an idea's trail. ``kind``: submitted, status, initiative, decision,
    merged or changed."""

    kind: str
    date: dt.datetime | dt.date | None
    change: IdeaStatusChange | None = None
    decision: Any = None
    initiative: Any = None
    blocks: dict[str, list[Any]] = field(default_factory=dict)
    services: list[Any] = field(default_factory=list)


def trail(*, user: Any, idea: Idea) -> list[TrailEntry]:
    """The idea's whole story in order. The initiative's decisions follow the step that
    linked it; the blocks it changed are those the reader may see."""
    entries = [TrailEntry("submitted", idea.created)]
    changes = list(idea.status_changes.select_related("initiative").order_by("changed_at", "id"))
    initiative = idea.initiative
    for change in changes:
        entries.append(TrailEntry("status", change.changed_at, change=change))
        if change.to_status == IdeaStatus.ACCEPTED and initiative is not None:
            entries += _initiative_entries(user, initiative)
            initiative = None  # shown once, after the acceptance that linked it
    if idea.moderation == Moderation.MERGED and idea.merged_into_id:
        entries.append(TrailEntry("merged", idea.modified))
    return entries


def _initiative_entries(user: Any, initiative: Any) -> list[TrailEntry]:
    from anker.portfolio.selectors import initiative_blocks

    entries = [TrailEntry("initiative", initiative.started_on, initiative=initiative)]
    for decision in initiative.decisions.order_by("decided_on", "id"):
        entries.append(TrailEntry("decision", decision.decided_on, decision=decision))
    blocks = initiative_blocks(user=user, initiative=initiative)
    services = list(initiative.citizen_services.order_by("name", "id"))
    if any(blocks.values()) or services:
        entries.append(
            TrailEntry("changed", None, initiative=initiative, blocks=blocks, services=services)
        )
    return entries


def ideas_about(*, user: Any, target: Any, limit: int = 10) -> list[Idea]:
    """Published ideas about one target, most votes first (for the target's pages)."""
    kind = {
        "citizenservice": "service",
        "buildingblock": "block",
        "initiative": "initiative",
        "organisation": "organisation",
    }.get(target._meta.model_name, "")
    if not kind:
        return []
    return list(idea_list(user=user, kind=kind).filter(**{TARGET_FIELDS[kind]: target})[:limit])


def board_counts(*, user: Any) -> dict[str, int]:
    """Published ideas by status, for the board's filter."""
    rows = (
        Idea.objects.filter(permissions.visible_ideas_q(user), moderation=Moderation.PUBLISHED)
        .values("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return dict(rows)


# --- what an idea can be about ---------------------------------------------------------------

TARGET_CHOICES = 20


def _targets(user: Any, kind: str) -> QuerySet | None:
    from anker.catalogue.models import BuildingBlock
    from anker.citizenservices.models import CitizenService
    from anker.organisations.models import Organisation
    from anker.portfolio.models import Initiative

    if kind == "service":
        return CitizenService.objects.all()
    if kind == "block":
        return permissions.visible_blocks(user, BuildingBlock.objects.select_related("owner"))
    if kind == "initiative":
        return Initiative.objects.select_related("owner")
    if kind == "organisation":
        return Organisation.objects.filter(merged_into__isnull=True)
    return None


def target_for(*, user: Any, kind: str, slug: str) -> Any | None:
    """The service, block, initiative or organisation ``slug`` of ``kind`` that the user
    may see, or None."""
    targets = _targets(user, kind)
    return None if targets is None else targets.filter(slug=slug).first()


def target_choices(*, user: Any, kind: str, query: str) -> list[Any]:
    """Up to 20 targets of ``kind`` whose name contains every word of ``query``."""
    targets = _targets(user, kind)
    if targets is None:
        return []
    for word in query.split()[:6]:
        targets = targets.filter(name__icontains=word)
    return list(targets.order_by("name", "id")[:TARGET_CHOICES])
