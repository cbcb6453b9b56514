"""Loading the demo ideas (``anker.demo.data.ideas``) in bulk.

Every idea's steps are walked through the transition table (``models.TRANSITIONS``), so
the demo cannot hold a history the workflow would refuse; a broken one stops the load
(the demo data are reviewed code, not free input). Anonymous votes get made-up voter keys:
the demo holds no network addresses, not even hashed ones. No e-mail is sent."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from typing import Any

from django.db.models import Count
from django.utils import timezone

from anker.accounts.models import User
from anker.citizenservices.models import CitizenService
from anker.cocreation.models import (
    TARGET_FIELDS,
    TRANSITIONS,
    Idea,
    IdeaComment,
    IdeaFollower,
    IdeaStatus,
    IdeaStatusChange,
    IdeaVote,
    Moderation,
)
from anker.core.models import SourceFormat
from anker.portfolio.models import Initiative


def wipe_ideas() -> None:
    """Every idea (and with them votes, comments, followers and status changes)."""
    Idea.objects.all().delete()


def _moment(day: str, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(day).replace(hour=hour))


def _walk(item: dict[str, Any]) -> list[tuple[str, str, dt.datetime, str]]:
    """(from, to, when, text) per step, checked against the table and in date order."""
    status, when, walked = IdeaStatus.NEW, _moment(item["submitted"]), []
    for action, day, text in item["steps"]:
        transition = TRANSITIONS[action]
        moment = _moment(day, 14)
        if status not in transition.sources or moment < when:
            raise ValueError(f"demo idea {item['key']}: {action} from {status} on {day}")
        walked.append((status, transition.target, moment, text))
        status, when = transition.target, moment
    return walked


def _targets(organisations: dict[str, Any], blocks: dict[str, Any]) -> dict[str, dict]:
    return {
        "service": {s.slug: s for s in CitizenService.objects.all()},
        "block": blocks,
        "initiative": {i.slug: i for i in Initiative.objects.all()},
        "organisation": organisations,
    }


def _idea(item: dict[str, Any], targets: dict[str, dict], users: dict[str, Any]) -> Idea:
    walked = _walk(item)
    initiatives = targets["initiative"]
    idea = Idea(
        title=item["title"],
        body=item["body"],
        language=item["language"],
        submitter=users.get(item["by"]),
        submitter_name=item["name"],
        submitter_email=item["email"],
        status=walked[-1][1] if walked else IdeaStatus.NEW,
        status_changed_at=walked[-1][2] if walked else _moment(item["submitted"]),
        moderation=Moderation.MERGED if item["merged_into"] else item["moderation"],
        vote_count=item["votes"],
        source_format=SourceFormat.DEMO,
        external_id=item["key"],
        **{TARGET_FIELDS[item["kind"]]: targets[item["kind"]][item["target"]]},
    )
    for _source, target, _when, text in walked:
        if target == IdeaStatus.ACCEPTED:
            idea.initiative = initiatives[text]
        if target == IdeaStatus.DECLINED:
            idea.decline_reason = text
    idea.created = idea.modified = _moment(item["submitted"])
    return idea


def load_ideas(organisations: dict[str, Any], blocks: dict[str, Any]) -> None:
    from anker.demo.data.ideas import IDEAS

    targets = _targets(organisations, blocks)
    users = {u.username: u for u in User.objects.filter(username__in={i["by"] for i in IDEAS})}
    prepared = [_idea(item, targets, users) for item in IDEAS]
    ideas = {idea.external_id: idea for idea in Idea.objects.bulk_create(prepared)}
    for item in IDEAS:
        idea = ideas[item["key"]]
        idea.created = idea.modified = _moment(item["submitted"])
        if item["merged_into"]:
            idea.merged_into = ideas[item["merged_into"]]
    Idea.objects.bulk_update(ideas.values(), ["created", "modified", "merged_into"])
    _history(IDEAS, ideas, targets["initiative"])
    _participation(IDEAS, ideas, users)


def _history(data: list[dict[str, Any]], ideas: dict[str, Idea], initiatives: dict) -> None:
    IdeaStatusChange.objects.bulk_create(
        [
            IdeaStatusChange(
                idea=ideas[item["key"]],
                from_status=source,
                to_status=target,
                changed_at=when,
                note="" if target == IdeaStatus.ACCEPTED else text,
                initiative=initiatives[text] if target == IdeaStatus.ACCEPTED else None,
            )
            for item in data
            for source, target, when, text in _walk(item)
        ]
    )


def _voter(key: str, number: int) -> str:
    return hashlib.sha256(f"anker-demo-voter:{key}:{number}".encode()).hexdigest()


def _participation(data: list[dict[str, Any]], ideas: dict[str, Idea], users: dict) -> None:
    IdeaVote.objects.bulk_create(
        [
            IdeaVote(idea=ideas[item["key"]], voter_key=_voter(item["key"], number))
            for item in data
            for number in range(item["votes"])
        ],
        batch_size=1000,
    )
    IdeaFollower.objects.bulk_create(
        [
            IdeaFollower(
                idea=ideas[item["key"]],
                user=users.get(item["by"]),
                email=None if item["by"] else item["email"],
            )
            for item in data
            if not item["merged_into"] and item["moderation"] == Moderation.PUBLISHED
        ]
    )
    comments = IdeaComment.objects.bulk_create(
        [
            IdeaComment(idea=ideas[item["key"]], author_name=name, body=text)
            for item in data
            for name, text in item["comments"]
        ]
    )
    seen: Counter[int] = Counter()
    for comment in comments:
        seen[comment.idea_id] += 1
        comment.created = comment.idea.created + dt.timedelta(days=2 * seen[comment.idea_id])
    IdeaComment.objects.bulk_update(comments, ["created"])


def idea_counts() -> dict[str, int]:
    by_status = dict(
        Idea.objects.filter(moderation=Moderation.PUBLISHED)
        .values("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return {
        "ideas": Idea.objects.count(),
        **{f"ideas {status}": by_status.get(status, 0) for status in IdeaStatus.values},
        "ideas linked to initiatives": Idea.objects.filter(initiative__isnull=False).count(),
        "idea votes": IdeaVote.objects.count(),
        "idea comments": IdeaComment.objects.count(),
    }
