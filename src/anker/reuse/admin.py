from django.contrib import admin

from anker.core.admin import ReadOnlyAdmin
from anker.reuse.models import Reuse


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
