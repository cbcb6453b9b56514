"""Every write of the co-creation app: ideas and their workflow (``ideas``), votes,
comments and follows (``participation``) and moderation (``moderation``). Callers
import from here."""

from anker.cocreation.services.ideas import (
    IDEA_STEPS,
    idea_accept,
    idea_decline,
    idea_implement,
    idea_reopen,
    idea_review,
    idea_submit,
)
from anker.cocreation.services.moderation import (
    idea_comment_hide,
    idea_comment_show,
    idea_hide,
    idea_merge,
    idea_publish,
)
from anker.cocreation.services.participation import (
    follower_for_token,
    follower_unsubscribe,
    has_voted,
    idea_comment,
    idea_follow,
    idea_unfollow,
    idea_vote,
    vote_counts_refresh,
)

__all__ = [
    "IDEA_STEPS",
    "follower_for_token",
    "follower_unsubscribe",
    "has_voted",
    "idea_accept",
    "idea_comment",
    "idea_comment_hide",
    "idea_comment_show",
    "idea_decline",
    "idea_follow",
    "idea_hide",
    "idea_implement",
    "idea_merge",
    "idea_publish",
    "idea_reopen",
    "idea_review",
    "idea_submit",
    "idea_unfollow",
    "idea_vote",
    "vote_counts_refresh",
]
