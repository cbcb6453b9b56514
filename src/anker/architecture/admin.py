from django.contrib import admin

from anker.architecture.models import Capability
from anker.core.admin import ReadOnlyAdmin


@admin.register(Capability)
class CapabilityAdmin(ReadOnlyAdmin):
    list_display = ("name", "name_nl", "parent", "position")
    search_fields = ("name", "name_nl", "slug")
    raw_id_fields = ("parent",)
