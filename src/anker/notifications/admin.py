from django.contrib import admin

from anker.core.admin import ReadOnlyAdmin
from anker.notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ("recipient", "kind", "organisation", "created", "read_at")
    list_filter = ("kind",)
    raw_id_fields = ("recipient", "organisation")
