"""Moderation of the ideas board: hiding an idea (or a comment) and publishing it again,
and merging a duplicate into the idea that survives. Coordinators and the editors of the
organisation an idea is about moderate it (accounts/permissions.py); every step is
audited."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from anker.accounts import permissions
from anker.accounts.audit import audit_record, snapshot
from anker.accounts.models import AuditAction
from anker.cocreation.models import Idea, IdeaComment, IdeaFollower, IdeaVote, Moderation
from anker.cocreation.services.ideas import _public_snapshot, locked
from anker.cocreation.services.notify import MERGED_MESSAGE, tell_followers
from anker.cocreation.services.participation import vote_counts_refresh
from anker.cocreation.text import one_line

MODERATION_REFUSED = gettext_noop(
    "Only coordinators and the organisation the idea is about moderate it."
)


def _require_moderator(actor: Any, idea: Idea) -> None:
    permissions.require(permissions.can_moderate_idea(actor, idea), _(MODERATION_REFUSED))


def _set_moderation(
    *, actor: Any, idea: Idea, moderation: str, note: str, via: str, allowed_from: set[str]
) -> Idea:
    idea = locked(idea)
    _require_moderator(actor, idea)
    if idea.moderation not in allowed_from:
        raise ValidationError(
            {"moderation": [_("A merged idea stays merged; moderate the one it joined.")]}
        )
    before = _public_snapshot(idea)
    idea.moderation, idea.moderation_note = moderation, one_line(note)[:500]
    idea.full_clean()
    idea.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=idea,
        before=before,
        after=_public_snapshot(idea),
        via=via,
        related=idea.target,
    )
    return idea


@transaction.atomic
def idea_hide(*, actor: Any, idea: Idea, note: str = "", via: str = "web") -> Idea:
    """Take an idea off the board (abuse, personal data, off topic); its moderators
    still see it, and can publish it again."""
    return _set_moderation(
        actor=actor,
        idea=idea,
        moderation=Moderation.HIDDEN,
        note=note,
        via=via,
        allowed_from={Moderation.PUBLISHED, Moderation.HIDDEN},
    )


@transaction.atomic
def idea_publish(*, actor: Any, idea: Idea, note: str = "", via: str = "web") -> Idea:
    """Put a hidden idea back on the board."""
    return _set_moderation(
        actor=actor,
        idea=idea,
        moderation=Moderation.PUBLISHED,
        note=note,
        via=via,
        allowed_from={Moderation.PUBLISHED, Moderation.HIDDEN},
    )


def _move_votes(source: Idea, target: Idea) -> None:
    """Votes move to ``target`` unless the same person already voted there: then the
    duplicate goes, so nobody counts twice."""
    users = set(target.votes.filter(user__isnull=False).values_list("user_id", flat=True))
    keys = set(target.votes.filter(voter_key__isnull=False).values_list("voter_key", flat=True))
    source_votes = IdeaVote.objects.filter(idea=source)
    source_votes.filter(user_id__in=users).delete()
    source_votes.filter(voter_key__in=keys).delete()
    source_votes.update(idea=target)


def _move_followers(source: Idea, target: Idea) -> None:
    users = set(target.followers.filter(user__isnull=False).values_list("user_id", flat=True))
    emails = set(target.followers.filter(email__isnull=False).values_list("email", flat=True))
    followers = IdeaFollower.objects.filter(idea=source)
    followers.filter(user_id__in=users).delete()
    followers.filter(email__in=emails).delete()
    followers.update(idea=target)


@transaction.atomic
def idea_merge(*, actor: Any, idea: Idea, into: Idea, via: str = "web") -> Idea:
    """``idea`` is a duplicate of ``into``: its votes (without counting anyone twice),
    followers and comments move there, ideas merged into it earlier now point at
    ``into`` too, and ``idea`` points at the survivor. Returns the survivor."""
    idea = locked(idea)
    _require_moderator(actor, idea)
    into = locked(into)
    if into.pk == idea.pk:
        raise ValidationError({"into": [_("An idea cannot be merged into itself.")]})
    if not permissions.can_view_idea(actor, into) or into.moderation != Moderation.PUBLISHED:
        raise ValidationError({"into": [_("Merge into a published idea.")]})
    if idea.moderation == Moderation.MERGED:
        raise ValidationError({"moderation": [_("This idea was already merged.")]})
    before = _public_snapshot(idea)
    _move_votes(idea, into)
    _move_followers(idea, into)
    IdeaComment.objects.filter(idea=idea).update(idea=into)
    Idea.objects.filter(merged_into=idea).update(merged_into=into)
    idea.moderation, idea.merged_into = Moderation.MERGED, into
    idea.full_clean()
    idea.save()
    vote_counts_refresh(idea_ids=[idea.pk, into.pk])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=idea,
        before=before,
        after=_public_snapshot(idea),
        via=via,
        related=into,
    )
    tell_followers(
        into,
        text=MERGED_MESSAGE,
        params={"title": idea.title, "other": into.title},
        kind="idea-merged",
        actor=actor,
    )
    into.refresh_from_db()
    return into


def _set_comment_hidden(*, actor: Any, comment: IdeaComment, hidden: bool, via: str) -> Any:
    comment = IdeaComment.objects.select_related(
        "idea__about_block", "idea__about_initiative", "idea__about_service"
    ).get(pk=comment.pk)
    permissions.require(permissions.can_hide_idea_comment(actor, comment), _(MODERATION_REFUSED))
    before = snapshot(comment)
    comment.is_hidden = hidden
    comment.save(update_fields=["is_hidden", "modified"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=comment,
        before=before,
        after=snapshot(comment),
        via=via,
        related=comment.idea,
    )
    return comment


@transaction.atomic
def idea_comment_hide(*, actor: Any, comment: IdeaComment, via: str = "web") -> IdeaComment:
    return _set_comment_hidden(actor=actor, comment=comment, hidden=True, via=via)


@transaction.atomic
def idea_comment_show(*, actor: Any, comment: IdeaComment, via: str = "web") -> IdeaComment:
    return _set_comment_hidden(actor=actor, comment=comment, hidden=False, via=via)
