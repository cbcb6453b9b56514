"""Telling an idea's submitter and followers what happened to it: in the app for people
with an account, by e-mail (after commit, with a signed unsubscribe link) for people who
follow with an e-mail address. Calls the notifications app; nothing here is audited."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from anker.cocreation.models import Idea, IdeaFollower, IdeaStatus

UNSUBSCRIBE_SALT = "anker.cocreation.unsubscribe"

STATUS_MESSAGES = {
    IdeaStatus.UNDER_REVIEW: gettext_noop("The idea “%(title)s” is being reviewed."),
    IdeaStatus.ACCEPTED: gettext_noop(
        "The idea “%(title)s” was accepted: it became the initiative %(initiative)s."
    ),
    IdeaStatus.DECLINED: gettext_noop("The idea “%(title)s” was declined: %(reason)s"),
    IdeaStatus.IMPLEMENTED: gettext_noop("The idea “%(title)s” was implemented."),
}
MERGED_MESSAGE = gettext_noop(
    "The idea “%(title)s” was merged into “%(other)s”; you now follow that idea."
)
EMAIL_SUBJECT = gettext_noop("News about an idea you follow")
EMAIL_TEXT = gettext_noop(
    "%(message)s\n\nYou receive this e-mail because you follow this idea on anker. "
    "To stop, open: %(unsubscribe)s"
)


def absolute(path: str) -> str:
    """A link that leaves the site (e-mail): ``settings.SITE_URL`` + path."""
    return settings.SITE_URL.rstrip("/") + path


def unsubscribe_token(follower: IdeaFollower) -> str:
    return signing.dumps(str(follower.uuid), salt=UNSUBSCRIBE_SALT, compress=True)


def follower_uuid_from_token(token: str) -> str | None:
    """The follower a token names, or None for a forged or damaged token."""
    try:
        return str(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except signing.BadSignature:
        return None


def unsubscribe_url(follower: IdeaFollower) -> str:
    return absolute(
        reverse("cocreation:unsubscribe", kwargs={"token": unsubscribe_token(follower)})
    )


def tell_followers(
    idea: Idea, *, text: str, params: dict[str, Any], kind: str, actor: Any = None
) -> None:
    """Every follower of ``idea`` (and a signed-in submitter, always) hears ``text``;
    the person who caused it does not."""
    from anker.notifications import services as notifications

    followers = list(idea.followers.select_related("user"))
    users = [idea.submitter, *(f.user for f in followers if f.user_id)]
    notifications.notify_users(
        users=users,
        text=text,
        params=params,
        url=idea.get_absolute_url(),
        kind=kind,
        exclude=[actor] if actor is not None else [],
    )
    for follower in followers:
        if follower.email:
            _email(idea, follower, text=text, params=params)


def _email(idea: Idea, follower: IdeaFollower, *, text: str, params: dict[str, Any]) -> None:
    from anker.notifications import services as notifications

    with translation.override(idea.language or settings.LANGUAGE_CODE):
        message = _(text) % {key: str(value) for key, value in params.items()}
    notifications.notify_email(
        addresses=[follower.email],
        subject=EMAIL_SUBJECT,
        text=EMAIL_TEXT,
        params={"message": message, "unsubscribe": unsubscribe_url(follower)},
        url=absolute(idea.get_absolute_url()),
        language=idea.language,
    )


def status_params(idea: Idea) -> dict[str, str]:
    return {
        "title": idea.title,
        "initiative": idea.initiative.name if idea.initiative_id else "",
        "reason": idea.decline_reason,
    }
