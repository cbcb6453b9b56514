from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from anker.accounts.models import ApiToken, AuditEvent, Membership, User


class MembershipInline(admin.TabularInline):
    model = Membership
    raw_id_fields = ("organisation",)
    extra = 0


@admin.register(User)
class AnkerUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("anker", {"fields": ("platform_role",)}))
    list_display = ("username", "email", "platform_role", "is_staff", "is_superuser")
    inlines = [MembershipInline]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor_label", "action", "entity_type", "entity_label", "via")
    list_filter = ("action", "entity_type", "via")
    search_fields = ("entity_label", "actor_label")

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


admin.site.register(ApiToken)
