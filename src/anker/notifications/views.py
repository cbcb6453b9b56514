"""The notifications page: the reader's messages, newest first, and marking them read."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anker.notifications import selectors, services
from anker.notifications.models import Notification

PAGE_SIZE = 50


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    unread_only = request.GET.get("show") == "unread"
    notifications = selectors.notifications_for(user=request.user, unread_only=unread_only)
    page = Paginator(notifications, PAGE_SIZE).get_page(request.GET.get("page", 1))
    return render(
        request,
        "notifications/pages/list.html",
        {
            "page": page,
            "unread_only": unread_only,
            "querystring": "show=unread" if unread_only else "",
        },
    )


@login_required
@require_POST
def mark_read(request: HttpRequest, uuid: str) -> HttpResponse:
    """Mark one as read; with ``open`` the reader goes on to what it is about."""
    try:
        notification = selectors.notification_for_reader(user=request.user, uuid=uuid)
    except Notification.DoesNotExist as missing:
        raise Http404 from missing
    services.notification_mark_read(actor=request.user, notification=notification)
    if request.POST.get("open") and url_has_allowed_host_and_scheme(
        notification.url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(notification.url)
    return redirect("notifications:list")


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = services.notifications_mark_all_read(actor=request.user)
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")
