from django.contrib import admin

from anker.cocreation.models import Idea, IdeaComment, IdeaFollower, IdeaStatusChange, IdeaVote
from anker.core.admin import ReadOnlyAdmin


@admin.register(Idea)
class IdeaAdmin(ReadOnlyAdmin):
    list_display = ("title", "status", "moderation", "vote_count", "created")
    list_filter = ("status", "moderation")
    search_fields = ("title",)
    # The submitter's e-mail address is personal data the admin does not need to show.
    exclude = ("submitter_email",)
    raw_id_fields = (
        "about_service",
        "about_block",
        "about_initiative",
        "about_organisation",
        "submitter",
        "initiative",
        "merged_into",
    )


@admin.register(IdeaStatusChange)
class IdeaStatusChangeAdmin(ReadOnlyAdmin):
    list_display = ("idea", "from_status", "to_status", "changed_at")
    list_filter = ("to_status",)
    raw_id_fields = ("idea", "changed_by", "initiative")


@admin.register(IdeaComment)
class IdeaCommentAdmin(ReadOnlyAdmin):
    list_display = ("idea", "author_label", "is_hidden", "created")
    list_filter = ("is_hidden",)
    raw_id_fields = ("idea", "author")


@admin.register(IdeaVote)
class IdeaVoteAdmin(ReadOnlyAdmin):
    list_display = ("idea", "user", "created")
    raw_id_fields = ("idea", "user")
    exclude = ("voter_key",)


@admin.register(IdeaFollower)
class IdeaFollowerAdmin(ReadOnlyAdmin):
    list_display = ("idea", "user", "created")
    raw_id_fields = ("idea", "user")
    exclude = ("email",)
