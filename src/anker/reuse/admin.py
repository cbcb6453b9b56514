from django.contrib import admin

from anker.core.admin import ReadOnlyAdmin
from anker.reuse.models import ExchangeRequest, Reuse


@admin.register(Reuse)
class ReuseAdmin(ReadOnlyAdmin):
    list_display = (
        "block",
        "organisation",
        "status",
        "mode",
        "since",
        "until",
        "declared_by",
        "confirmed_at",
    )
    list_filter = ("status", "mode", "declared_by")
    raw_id_fields = ("block", "organisation")


@admin.register(ExchangeRequest)
class ExchangeRequestAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "status", "requested_at", "decided_at", "activated_at", "ended_at")
    list_filter = ("status", "mode")
    list_select_related = ("block", "requester")
    raw_id_fields = (
        "block",
        "requester",
        "reuse",
        "requested_by",
        "decided_by",
        "activated_by",
        "ended_by",
        "withdrawn_by",
    )
