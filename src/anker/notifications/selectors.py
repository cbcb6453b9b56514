"""Reads of a person's notifications, shared by the page, the header and the API."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from anker.accounts import permissions
from anker.notifications.models import Notification


def notifications_for(*, user: Any, unread_only: bool = False) -> QuerySet[Notification]:
    """The reader's own notifications, newest first; nobody else's, not even for a
    coordinator (they are personal)."""
    if not permissions.is_signed_in(user):
        return Notification.objects.none()
    notifications = Notification.objects.filter(recipient=user)
    if unread_only:
        notifications = notifications.filter(read_at__isnull=True)
    return notifications.select_related("organisation").order_by("-created", "-id")


def unread_count(*, user: Any) -> int:
    """One COUNT on the (recipient, read_at) index; nothing for anonymous readers."""
    if not permissions.is_signed_in(user):
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notification_for_reader(*, user: Any, uuid: Any) -> Notification:
    """The reader's notification; raises Notification.DoesNotExist for anyone else's."""
    return notifications_for(user=user).get(uuid=uuid)
