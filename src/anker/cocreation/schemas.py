"""API schemas of the ideas board. Submitters' and followers' e-mail addresses and the
anonymous voter keys never appear in any of them."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import Input
from anker.cocreation.models import (
    BODY_MAX,
    COMMENT_MAX,
    REASON_MAX,
    TITLE_MAX,
    IdeaStatus,
    Moderation,
    TargetKind,
)
from anker.cocreation.selectors import IDEA_ORDERINGS

IdeaOrdering = Literal[tuple(IDEA_ORDERINGS)]  # type: ignore[valid-type]


class TargetRef(Schema):
    """What an idea is about."""

    kind: TargetKind = Field(..., description="The kind of thing.")
    slug: str = Field(..., description="Its slug.")
    name: str = Field(..., description="Its name.")


class InitiativeLink(Schema):
    """An initiative named by its slug."""

    slug: str = Field(..., description="The initiative's slug.")
    name: str = Field(..., description="The initiative's name.")


class IdeaOut(Schema):
    """An idea on the board."""

    uuid: UUID = Field(..., description="Stable identifier.")
    title: str = Field(..., description="The idea in one line (plain text).")
    body: str = Field(..., description="The idea (plain text).")
    language: str = Field(..., description="The language it was submitted in.")
    target: TargetRef = Field(..., description="What it is about.")
    submitted_by: str = Field(..., description="The public name of the submitter.")
    status: IdeaStatus = Field(..., description="Where it stands.")
    status_changed_at: dt.datetime = Field(..., description="When the status last changed.")
    decline_reason: str = Field(..., description="Why it was declined (public).")
    initiative: InitiativeLink | None = Field(None, description="The initiative it became.")
    moderation: Moderation = Field(..., description="Whether it is on the board.")
    merged_into: UUID | None = Field(None, description="The idea it was merged into.")
    vote_count: int = Field(..., description="Votes, each person once.")
    comment_count: int = Field(..., description="Visible comments.")
    created: dt.datetime = Field(..., description="When it was submitted.")

    @staticmethod
    def resolve_target(idea: Any) -> dict[str, Any]:
        target = idea.target
        return {"kind": idea.target_kind, "slug": target.slug, "name": target.name}

    @staticmethod
    def resolve_submitted_by(idea: Any) -> str:
        return idea.submitter_label

    @staticmethod
    def resolve_merged_into(idea: Any) -> UUID | None:
        return idea.merged_into.uuid if idea.merged_into_id else None

    @staticmethod
    def resolve_comment_count(idea: Any) -> int:
        return getattr(idea, "comment_count", 0)


IdeaPage = page_schema(IdeaOut, "IdeaPage")


class IdeaFilters(PageQuery):
    """Filters and ordering of the ideas board."""

    status: list[IdeaStatus] = Field([], description="Only ideas with this status (repeatable).")
    kind: TargetKind | None = Field(None, description="Only ideas about this kind of thing.")
    target: str | None = Field(None, description="With `kind`: only ideas about this slug.")
    q: str | None = Field(None, max_length=200, description="Words in the title or text.")
    moderation: Moderation = Field(
        Moderation.PUBLISHED, description="`hidden` and `merged` ideas (moderators see hidden)."
    )
    ordering: IdeaOrdering = Field("-votes", description="Sort order; `-` is descending.")


class IdeaCreate(Input):
    """A new idea about exactly one thing."""

    kind: TargetKind = Field(..., description="What kind of thing it is about.")
    target: str = Field(..., max_length=120, description="The slug of that thing.")
    title: str = Field(..., min_length=1, max_length=TITLE_MAX, description="In one line.")
    body: str = Field(..., min_length=1, max_length=BODY_MAX, description="The idea; plain text.")


class StatusChangeOut(Schema):
    """One step of an idea's workflow."""

    from_status: IdeaStatus = Field(..., description="The status before.")
    to_status: IdeaStatus = Field(..., description="The status after.")
    changed_at: dt.datetime = Field(..., description="When.")
    note: str = Field(..., description="The public reason or note.")
    initiative: InitiativeLink | None = Field(None, description="The initiative it became.")


class StepInput(Input):
    """A note for the step (optional)."""

    note: str = Field("", max_length=REASON_MAX, description="A public note.")


class AcceptInput(Input):
    """Accepting links the initiative the idea became."""

    initiative: str = Field(..., description="The slug of the initiative.")
    note: str = Field("", max_length=REASON_MAX, description="A public note.")


class DeclineInput(Input):
    """Declining needs a public reason."""

    reason: str = Field(..., min_length=1, max_length=REASON_MAX, description="Why (public).")


class ModerationInput(Input):
    """A note for the moderators."""

    note: str = Field("", max_length=500, description="Why (for the moderators).")


class MergeInput(Input):
    """The idea that stays."""

    into: UUID = Field(..., description="The UUID of the idea this one duplicates.")


class VoteOut(Schema):
    """The result of a vote."""

    counted: bool = Field(..., description="False when this person had voted already.")
    vote_count: int = Field(..., description="The idea's votes now.")


class FollowOut(Schema):
    """Whether the caller follows the idea."""

    following: bool = Field(..., description="True while the caller follows the idea.")


class CommentOut(Schema):
    """A comment on an idea."""

    uuid: UUID = Field(..., description="Stable identifier.")
    author: str = Field(..., description="The public name of the author.")
    body: str = Field(..., description="The comment (plain text).")
    is_hidden: bool = Field(..., description="Hidden by a moderator (moderators only see these).")
    created: dt.datetime = Field(..., description="When it was written.")

    @staticmethod
    def resolve_author(comment: Any) -> str:
        return comment.author_label


CommentPage = page_schema(CommentOut, "IdeaCommentPage")


class CommentCreate(Input):
    """A new comment."""

    body: str = Field(..., min_length=1, max_length=COMMENT_MAX, description="Plain text.")


class CommentFilters(PageQuery):
    """Paging of an idea's comments."""
