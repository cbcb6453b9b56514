"""Taking part in an idea: voting (once per person), commenting and following, and
leaving through the unsubscribe link. Open to everyone who sees a published idea.

Votes and follows are participation rather than changes to the ecosystem: they are not
audited (that would also renew every cached count at each vote). Comments are not
audited either; hiding one is (moderation, see ``moderation``)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.cocreation.models import Idea, IdeaComment, IdeaFollower, IdeaVote
from anker.cocreation.services.notify import follower_uuid_from_token
from anker.cocreation.text import one_line, plain_text


def _signed_in(actor: Any) -> Any:
    return actor if permissions.is_signed_in(actor) else None


def _open(actor: Any, idea: Idea) -> None:
    if not permissions.can_view_idea(actor, idea):
        raise Idea.DoesNotExist
    if not permissions.can_participate_in_idea(actor, idea):
        raise ValidationError(
            {"idea": [_("This idea takes no votes, comments or followers at the moment.")]}
        )


def vote_counts_refresh(*, idea_ids: list[int]) -> None:
    """``Idea.vote_count`` from the votes themselves (never by adding one: two votes at
    once, or a merge, would make an increment drift)."""
    counts = dict(
        IdeaVote.objects.filter(idea_id__in=idea_ids)
        .values("idea_id")
        .annotate(n=Count("id"))
        .values_list("idea_id", "n")
    )
    for idea_id in idea_ids:
        Idea.objects.filter(pk=idea_id).update(vote_count=counts.get(idea_id, 0))


def idea_vote(*, actor: Any, idea: Idea, voter_key: str = "", via: str = "web") -> bool:
    """One vote for ``idea``: a signed-in user's by account, an anonymous visitor's by
    their ``voter_key`` (ratelimit.voter_key). Returns False when this person already
    voted (the database's unique constraints decide, also for two votes at once)."""
    _open(actor, idea)
    user = _signed_in(actor)
    if user is None and not voter_key:
        raise ValidationError({"idea": [_("Your vote cannot be counted without a client.")]})
    vote = IdeaVote(idea=idea, user=user, voter_key=None if user else voter_key)
    try:
        with transaction.atomic():
            vote.save()
    except IntegrityError:
        return False
    vote_counts_refresh(idea_ids=[idea.pk])
    return True


def has_voted(*, actor: Any, idea: Idea, voter_key: str = "") -> bool:
    user = _signed_in(actor)
    if user is not None:
        return idea.votes.filter(user=user).exists()
    return bool(voter_key) and idea.votes.filter(voter_key=voter_key).exists()


@transaction.atomic
def idea_comment(
    *, actor: Any, idea: Idea, body: str, name: str = "", via: str = "web"
) -> IdeaComment:
    """A comment, stored as plain text."""
    _open(actor, idea)
    user = _signed_in(actor)
    text = plain_text(body)
    if not text:
        raise ValidationError({"body": [_("Write a comment.")]})
    comment = IdeaComment(
        idea=idea, author=user, author_name="" if user else one_line(name), body=text
    )
    comment.full_clean()
    comment.save()
    return comment


@transaction.atomic
def idea_follow(*, actor: Any, idea: Idea, email: str = "", via: str = "web") -> IdeaFollower:
    """Follow ``idea``: a signed-in user in the app, anyone else with an e-mail address.
    Following twice is following once."""
    _open(actor, idea)
    user = _signed_in(actor)
    if user is not None:
        return IdeaFollower.objects.get_or_create(idea=idea, user=user)[0]
    email = (email or "").strip().lower()
    if not email:
        raise ValidationError({"email": [_("Give the e-mail address to send news to.")]})
    follower = IdeaFollower(idea=idea, email=email)
    follower.full_clean(validate_constraints=False)  # the address itself is valid
    return IdeaFollower.objects.get_or_create(idea=idea, email=email)[0]


@transaction.atomic
def idea_unfollow(*, actor: Any, idea: Idea, via: str = "web") -> bool:
    """A signed-in user stops following; anonymous followers use their e-mail's link."""
    permissions.require(permissions.is_signed_in(actor), _("Sign in to stop following."))
    deleted, _rows = IdeaFollower.objects.filter(idea=idea, user=actor).delete()
    return bool(deleted)


def follower_for_token(token: str) -> IdeaFollower | None:
    """The e-mail follower a signed unsubscribe token names (None: forged, or gone)."""
    uuid = follower_uuid_from_token(token)
    if uuid is None:
        return None
    return (
        IdeaFollower.objects.select_related("idea").filter(uuid=uuid, email__isnull=False).first()
    )


@transaction.atomic
def follower_unsubscribe(*, token: str) -> bool:
    """Whoever holds the link from the e-mail stops receiving news of that idea."""
    follower = follower_for_token(token)
    if follower is None:
        return False
    follower.delete()
    return True
