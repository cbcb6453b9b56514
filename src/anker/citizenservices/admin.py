from django.contrib import admin

from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.core.admin import ReadOnlyAdmin, ReadOnlyInlineMixin


class ChannelInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = ServiceChannel
    extra = 0
    fields = ("kind", "always_available", "service_level_value", "service_level_unit", "cost")


@admin.register(CitizenService)
class CitizenServiceAdmin(ReadOnlyAdmin):
    list_display = ("name", "service_type", "language", "source_format", "modified")
    list_filter = ("service_type", "source_format")
    search_fields = ("name", "slug", "organisations__name")
    inlines = [ChannelInline]


@admin.register(ServiceChannel)
class ServiceChannelAdmin(ReadOnlyAdmin):
    list_display = ("service", "kind", "service_level_value", "service_level_unit")
    list_filter = ("kind", "accessibility_status")
    list_select_related = ("service",)
    search_fields = ("service__name",)


@admin.register(ChannelFigures)
class ChannelFiguresAdmin(ReadOnlyAdmin):
    list_display = ("channel", "month", "requests", "completion_rate", "satisfaction")
    list_filter = ("channel__kind",)
    list_select_related = ("channel__service",)
    date_hierarchy = "month"


@admin.register(LifeEvent)
class LifeEventAdmin(ReadOnlyAdmin):
    list_display = ("name", "name_nl", "position", "is_standard")


@admin.register(ServiceType)
class ServiceTypeAdmin(ReadOnlyAdmin):
    list_display = ("name", "name_nl")
    search_fields = ("name", "name_nl", "slug")
