"""Telling people that something happened: in the app, and by e-mail for people without
an account.

Any app may call these; the caller decides who should know and says what happened in
one sentence marked for translation (``gettext_noop``) with ``%(name)s`` placeholders,
so that each reader sees it in their own language (see docs/notifications.md).

Notifications are not audited: the change that caused one is, and marking a message as
read is the reader's own business (auditing it would also renew every cached count)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.models import MemberRole, PlatformRole, User
from anker.notifications.models import Notification

ALL_MEMBER_ROLES = (MemberRole.VIEWER, MemberRole.EDITOR, MemberRole.ORG_ADMIN)


def _source(text: str) -> str:
    """The untranslated message: a lazy translation turns into its msgid, so that it is
    translated again for each reader when shown."""
    with translation.override(None):
        return str(text)


def _prepared(text: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The parameters as text; a message whose placeholders do not fit fails here, at
    the caller, rather than on someone's page."""
    plain = {key: str(value) for key, value in (params or {}).items()}
    if plain:
        text % plain
    return plain


def notify_users(
    *,
    users: Iterable[Any],
    text: str,
    url: str = "",
    kind: str = "",
    organisation: Any = None,
    params: Mapping[str, Any] | None = None,
    exclude: Iterable[Any] = (),
) -> list[Notification]:
    """One notification per active user in ``users`` (each once), except ``exclude``
    (typically the person who caused it: they know)."""
    text = _source(text)
    plain = _prepared(text, params)
    skipped = {getattr(user, "pk", None) for user in exclude}
    seen: set[int] = set()
    notifications = []
    for user in users:
        if user is None or not user.is_active or user.pk in skipped or user.pk in seen:
            continue
        seen.add(user.pk)
        notification = Notification(
            recipient=user,
            organisation=organisation,
            kind=kind,
            text=text,
            params=plain,
            url=url,
        )
        notification.full_clean(exclude=["recipient", "organisation"])
        notifications.append(notification)
    return Notification.objects.bulk_create(notifications)


def organisation_members(organisation: Any, roles: Iterable[str] = ALL_MEMBER_ROLES) -> QuerySet:
    """Active members of ``organisation`` with one of ``roles``."""
    return User.objects.filter(
        is_active=True,
        memberships__organisation=organisation,
        memberships__role__in=list(roles),
    ).order_by("id")


def coordinators() -> QuerySet:
    """Everyone with a platform role: the regisseur's people."""
    roles = [PlatformRole.COORDINATOR, PlatformRole.ADMIN]
    return User.objects.filter(
        Q(platform_role__in=roles) | Q(is_superuser=True), is_active=True
    ).order_by("id")


def notify_organisation(
    *,
    organisation: Any,
    text: str,
    roles: Iterable[str] = (MemberRole.EDITOR, MemberRole.ORG_ADMIN),
    url: str = "",
    kind: str = "",
    params: Mapping[str, Any] | None = None,
    exclude: Iterable[Any] = (),
    also: Iterable[Any] = (),
) -> list[Notification]:
    """Notify the members of ``organisation`` who have one of ``roles`` (by default those
    who can act on it: editors and org-admins), plus the users in ``also``."""
    users = [*organisation_members(organisation, roles), *also]
    return notify_users(
        users=users,
        text=text,
        url=url,
        kind=kind,
        organisation=organisation,
        params=params,
        exclude=exclude,
    )


def notify_email(
    *,
    addresses: Iterable[str],
    subject: str,
    text: str,
    url: str = "",
    params: Mapping[str, Any] | None = None,
    language: str | None = None,
) -> int:
    """E-mail people who have no account (an anonymous idea submitter, say) through
    Django's e-mail backend, once the current transaction has committed, so that a change
    rolled back never sends mail. ``url`` should be absolute. Returns the number of
    addresses the mail will go to."""
    recipients = sorted({address.strip() for address in addresses if address and address.strip()})
    if not recipients:
        return 0
    text = _source(text)
    message = Notification(text=text, params=_prepared(text, params))
    with translation.override(language or translation.get_language()):
        body = message.message + (f"\n\n{url}" if url else "")
        title = _(_source(subject)) if subject else ""

    def send() -> None:
        send_mail(title, body, settings.DEFAULT_FROM_EMAIL, recipients)

    transaction.on_commit(send)
    return len(recipients)


def notification_mark_read(*, actor: Any, notification: Notification) -> Notification:
    """The recipient has seen it."""
    permissions.require(
        permissions.can_read_notification(actor, notification),
        _("Only its recipient marks a notification as read."),
    )
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at", "modified"])
    return notification


def notifications_mark_all_read(*, actor: Any) -> int:
    """Every unread notification of ``actor`` is read now; returns how many were unread."""
    permissions.require(permissions.is_signed_in(actor), _("Sign in to read notifications."))
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(
        read_at=timezone.now(), modified=timezone.now()
    )
