from django.contrib import admin

from anker.architecture.models import Capability


@admin.register(Capability)
class CapabilityAdmin(admin.ModelAdmin):
    list_display = ("name", "name_nl", "parent", "position")
    search_fields = ("name", "name_nl", "slug")
    raw_id_fields = ("parent",)
