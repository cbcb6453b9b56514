"""REST API of the caller's own notifications: list, mark one read, mark all read.

Notifications are personal: every operation needs a token or a session, and answers only
about the caller's own messages (someone else's is not found)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Query, Router

from anker.api.auth import WRITE
from anker.api.errors import Problem
from anker.api.pagination import page_body, paginate
from anker.notifications import selectors, services
from anker.notifications.models import Notification
from anker.notifications.schemas import (
    MarkedRead,
    NotificationFilters,
    NotificationOut,
    NotificationPage,
)

router = Router(tags=["notifications"])
ERRORS = {401: Problem, 404: Problem, 422: Problem}


@router.get(
    "",
    response={200: NotificationPage, **ERRORS},
    auth=WRITE,
    operation_id="listNotifications",
    summary="List your notifications",
)
def list_notifications(request: HttpRequest, filters: Query[NotificationFilters]) -> dict[str, Any]:
    """The caller's notifications, newest first, with the number still unread."""
    notifications = selectors.notifications_for(user=request.auth, unread_only=filters.unread)
    body = page_body(request, paginate(notifications, filters))
    body["unread"] = selectors.unread_count(user=request.auth)
    return body


@router.post(
    "/read-all",
    response={200: MarkedRead, **ERRORS},
    auth=WRITE,
    operation_id="markAllNotificationsRead",
    summary="Mark all your notifications as read",
)
def mark_all_read(request: HttpRequest) -> dict[str, int]:
    """Every unread notification of the caller is read from now on."""
    return {"marked": services.notifications_mark_all_read(actor=request.auth)}


@router.post(
    "/{uuid:uuid}/read",
    response={200: NotificationOut, **ERRORS},
    auth=WRITE,
    operation_id="markNotificationRead",
    summary="Mark a notification as read",
)
def mark_read(request: HttpRequest, uuid: UUID) -> Notification:
    """One of the caller's notifications is read; reading it again changes nothing."""
    notification = selectors.notification_for_reader(user=request.auth, uuid=uuid)
    return services.notification_mark_read(actor=request.auth, notification=notification)
