from django.contrib import admin

from anker.catalogue.models import (
    BlockDescription,
    BuildingBlock,
    Dependency,
    SecurityEvidence,
    StandardCompliance,
    Tag,
)
from anker.core.admin import ReadOnlyAdmin, ReadOnlyInlineMixin


class DescriptionInline(ReadOnlyInlineMixin, admin.StackedInline):
    model = BlockDescription
    extra = 0


class EvidenceInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = SecurityEvidence
    extra = 0


class ComplianceInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = StandardCompliance
    fk_name = "block"
    raw_id_fields = ("standard",)
    extra = 0


@admin.register(BuildingBlock)
class BuildingBlockAdmin(ReadOnlyAdmin):
    list_display = ("name", "kind", "owner", "lifecycle", "openness", "licence", "last_verified_at")
    list_filter = ("kind", "lifecycle", "openness", "source_format")
    search_fields = ("name", "slug")
    raw_id_fields = ("owner", "last_verified_by")
    filter_horizontal = ("capabilities",)
    inlines = [DescriptionInline, ComplianceInline, EvidenceInline]


@admin.register(Dependency)
class DependencyAdmin(ReadOnlyAdmin):
    list_display = ("dependent", "dependency", "note")
    raw_id_fields = ("dependent", "dependency")


admin.site.register(Tag, ReadOnlyAdmin)
