from django.contrib import admin

from anker.core.admin import ReadOnlyAdmin, ReadOnlyInlineMixin
from anker.organisations.models import Organisation, OrganisationIdentifier


class IdentifierInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = OrganisationIdentifier
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(ReadOnlyAdmin):
    list_display = ("name", "kind", "country", "is_public_sector", "merged_into")
    list_filter = ("kind", "country", "is_public_sector")
    search_fields = ("name", "slug", "identifiers__value")
    raw_id_fields = ("parent", "merged_into")
    inlines = [IdentifierInline]
