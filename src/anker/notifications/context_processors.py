"""The unread count in the page header."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from anker.notifications.selectors import unread_count


def notifications(request: HttpRequest) -> dict:
    """Lazy, so that the count is asked once per page, and only when the header shows it
    (pages for anonymous visitors never ask)."""
    user = getattr(request, "user", None)
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(user=user))}
