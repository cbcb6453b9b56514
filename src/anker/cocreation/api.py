"""REST API of the ideas board: read ideas, their comments and status history; submit,
vote, comment and follow; and the moderators' steps (review, accept, decline, implement,
reopen, hide, publish, merge, hide a comment).

Reads are open to everyone, with the same visibility as the pages. Writes need a token
or a session (with CSRF), like every write of the API: anonymous citizens take part
through the web form, which has the honeypot and the CSRF check an API cannot have.
Submissions, votes and comments are rate-limited per client: over the limit the answer
is 429 (problem+json) with Retry-After."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from anker.accounts import permissions
from anker.api import errors
from anker.api.auth import OPTIONAL_SECURITY, READ, WRITE
from anker.api.errors import Problem
from anker.api.links import set_location
from anker.api.pagination import page_body, paginate
from anker.cocreation import ratelimit, selectors, services
from anker.cocreation.models import Idea, IdeaComment
from anker.cocreation.schemas import (
    AcceptInput,
    CommentCreate,
    CommentFilters,
    CommentOut,
    CommentPage,
    DeclineInput,
    FollowOut,
    IdeaCreate,
    IdeaFilters,
    IdeaOut,
    IdeaPage,
    MergeInput,
    ModerationInput,
    StatusChangeOut,
    StepInput,
    VoteOut,
)
from anker.portfolio.models import Initiative

router = Router(tags=["ideas"])
READ_OPTIONS: dict[str, Any] = {"auth": READ, "openapi_extra": OPTIONAL_SECURITY}
WRITE_ERRORS = {401: Problem, 403: Problem, 404: Problem, 422: Problem}
LIMITED_ERRORS = {**WRITE_ERRORS, 429: Problem}


def _idea(request: HttpRequest, uuid: UUID) -> Idea:
    return selectors.idea_for_reader(user=request.auth, uuid=uuid)


def _unknown(field: str, message: str) -> ValidationError:
    return ValidationError({field: [ValidationError(message, code="unknown")]})


def _too_many(limited: ratelimit.RateLimited) -> HttpResponse:
    response = errors.problem(429, errors.TITLES[429])
    response["Retry-After"] = str(limited.retry_after)
    return response


def _limit(request: HttpRequest, action: str) -> HttpResponse | None:
    try:
        ratelimit.hit(action, ratelimit.client_key(request, request.auth))
    except ratelimit.RateLimited as limited:
        return _too_many(limited)
    return None


@router.get(
    "",
    response={200: IdeaPage, 404: Problem, 422: Problem},
    operation_id="listIdeas",
    summary="List ideas",
    **READ_OPTIONS,
)
def list_ideas(request: HttpRequest, filters: Query[IdeaFilters]) -> dict[str, Any]:
    """The ideas board, filtered by status, by what the ideas are about and by words."""
    ideas = selectors.idea_list(
        user=request.auth,
        statuses=[str(status) for status in filters.status],
        kind=str(filters.kind or ""),
        target=filters.target or "",
        query=filters.q or "",
        moderation=str(filters.moderation),
        ordering=filters.ordering,
    ).select_related("initiative", "merged_into")
    return page_body(request, paginate(ideas, filters))


@router.get(
    "/{uuid:uuid}",
    response={200: IdeaOut, 404: Problem},
    operation_id="getIdea",
    summary="Read an idea",
    **READ_OPTIONS,
)
def get_idea(request: HttpRequest, uuid: UUID) -> Idea:
    """One idea, if the reader may see it."""
    return _idea(request, uuid)


@router.get(
    "/{uuid:uuid}/status-changes",
    response={200: list[StatusChangeOut], 404: Problem},
    operation_id="listIdeaStatusChanges",
    summary="List an idea's status changes",
    **READ_OPTIONS,
)
def list_status_changes(request: HttpRequest, uuid: UUID) -> Any:
    """The idea's workflow history, oldest first."""
    idea = _idea(request, uuid)
    return idea.status_changes.select_related("initiative").order_by("changed_at", "id")


@router.post(
    "",
    response={201: IdeaOut, **LIMITED_ERRORS},
    auth=WRITE,
    operation_id="createIdea",
    summary="Submit an idea",
)
def create_idea(request: HttpRequest, payload: IdeaCreate, response: HttpResponse) -> Any:
    """Submit an idea about a citizen service, building block, initiative or
    organisation; you follow it. Rate-limited per client."""
    target = selectors.target_for(user=request.auth, kind=payload.kind, slug=payload.target)
    if target is None:
        raise _unknown("target", _("There is no such %(kind)s.") % {"kind": payload.kind})
    if limited := _limit(request, "idea-submit"):
        return limited
    idea = services.idea_submit(
        actor=request.auth, target=target, title=payload.title, body=payload.body, via="api"
    )
    set_location(request, response, "get_idea", uuid=idea.uuid)
    return Status(201, _idea(request, idea.uuid))


@router.post(
    "/{uuid:uuid}/votes",
    response={200: VoteOut, **LIMITED_ERRORS},
    auth=WRITE,
    operation_id="voteForIdea",
    summary="Vote for an idea",
)
def vote(request: HttpRequest, uuid: UUID) -> Any:
    """One vote per person; voting again changes nothing (`counted: false`)."""
    idea = _idea(request, uuid)
    if limited := _limit(request, "idea-vote"):
        return limited
    counted = services.idea_vote(actor=request.auth, idea=idea, via="api")
    idea.refresh_from_db(fields=["vote_count"])
    return {"counted": counted, "vote_count": idea.vote_count}


@router.get(
    "/{uuid:uuid}/comments",
    response={200: CommentPage, 404: Problem, 422: Problem},
    operation_id="listIdeaComments",
    summary="List an idea's comments",
    **READ_OPTIONS,
)
def list_comments(request: HttpRequest, uuid: UUID, filters: Query[CommentFilters]) -> Any:
    """Oldest first; hidden comments only for the idea's moderators."""
    idea = _idea(request, uuid)
    moderator = permissions.can_moderate_idea(request.auth, idea)
    comments = selectors.comments_for(user=request.auth, idea=idea, moderator=moderator)
    return page_body(request, paginate(comments, filters))


@router.post(
    "/{uuid:uuid}/comments",
    response={201: CommentOut, **LIMITED_ERRORS},
    auth=WRITE,
    operation_id="createIdeaComment",
    summary="Comment on an idea",
)
def create_comment(request: HttpRequest, uuid: UUID, payload: CommentCreate) -> Any:
    """A comment in plain text. Rate-limited per client."""
    idea = _idea(request, uuid)
    if limited := _limit(request, "idea-comment"):
        return limited
    comment = services.idea_comment(actor=request.auth, idea=idea, body=payload.body, via="api")
    return Status(201, comment)


@router.post(
    "/{uuid:uuid}/follow",
    response={200: FollowOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="followIdea",
    summary="Follow an idea",
)
def follow(request: HttpRequest, uuid: UUID) -> dict[str, bool]:
    """Hear of every status change in your notifications."""
    services.idea_follow(actor=request.auth, idea=_idea(request, uuid), via="api")
    return {"following": True}


@router.delete(
    "/{uuid:uuid}/follow",
    response={200: FollowOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="unfollowIdea",
    summary="Stop following an idea",
)
def unfollow(request: HttpRequest, uuid: UUID) -> dict[str, bool]:
    """No more notifications about this idea."""
    services.idea_unfollow(actor=request.auth, idea=_idea(request, uuid), via="api")
    return {"following": False}


# --- the moderators' steps --------------------------------------------------------------------


def _step(request: HttpRequest, uuid: UUID, action: str, **arguments: Any) -> Idea:
    services.IDEA_STEPS[action](
        actor=request.auth, idea=_idea(request, uuid), via="api", **arguments
    )
    return _idea(request, uuid)


@router.post(
    "/{uuid:uuid}/review",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="reviewIdea",
    summary="Start reviewing an idea",
)
def review(request: HttpRequest, uuid: UUID, payload: StepInput) -> Idea:
    """Moderators (coordinators; editors of the organisation it is about): new → under review."""
    return _step(request, uuid, "review", note=payload.note)


def _initiative(slug: str) -> Initiative:
    initiative = Initiative.objects.filter(slug=slug).first()
    if initiative is None:
        raise _unknown("initiative", _("There is no such initiative."))
    return initiative


@router.post(
    "/{uuid:uuid}/accept",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="acceptIdea",
    summary="Accept an idea",
)
def accept(request: HttpRequest, uuid: UUID, payload: AcceptInput) -> Idea:
    """Moderators: under review → accepted, linked to the initiative it became."""
    initiative = _initiative(payload.initiative)
    return _step(request, uuid, "accept", initiative=initiative, note=payload.note)


@router.post(
    "/{uuid:uuid}/decline",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="declineIdea",
    summary="Decline an idea",
)
def decline(request: HttpRequest, uuid: UUID, payload: DeclineInput) -> Idea:
    """Moderators: new or under review → declined, with a public reason."""
    return _step(request, uuid, "decline", reason=payload.reason)


@router.post(
    "/{uuid:uuid}/implement",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="implementIdea",
    summary="Mark an idea as implemented",
)
def implement(request: HttpRequest, uuid: UUID, payload: StepInput) -> Idea:
    """Moderators: accepted → implemented."""
    return _step(request, uuid, "implement", note=payload.note)


@router.post(
    "/{uuid:uuid}/reopen",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="reopenIdea",
    summary="Review a declined idea again",
)
def reopen(request: HttpRequest, uuid: UUID, payload: StepInput) -> Idea:
    """Moderators: declined → under review."""
    return _step(request, uuid, "reopen", note=payload.note)


@router.post(
    "/{uuid:uuid}/hide",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="hideIdea",
    summary="Hide an idea from the board",
)
def hide(request: HttpRequest, uuid: UUID, payload: ModerationInput) -> Idea:
    """Moderators take an idea off the board; they still see it."""
    services.idea_hide(actor=request.auth, idea=_idea(request, uuid), note=payload.note, via="api")
    return _idea(request, uuid)


@router.post(
    "/{uuid:uuid}/publish",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="publishIdea",
    summary="Publish a hidden idea again",
)
def publish(request: HttpRequest, uuid: UUID, payload: ModerationInput) -> Idea:
    """Moderators put a hidden idea back on the board."""
    services.idea_publish(
        actor=request.auth, idea=_idea(request, uuid), note=payload.note, via="api"
    )
    return _idea(request, uuid)


@router.post(
    "/{uuid:uuid}/merge",
    response={200: IdeaOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="mergeIdea",
    summary="Merge a duplicate idea into another",
)
def merge(request: HttpRequest, uuid: UUID, payload: MergeInput) -> Idea:
    """Moderators of this idea: its votes (each person once), followers and comments
    move to `into`; answers the idea that stays."""
    idea = _idea(request, uuid)
    into = Idea.objects.filter(uuid=payload.into).first()
    if into is None:
        raise _unknown("into", _("There is no such idea."))
    survivor = services.idea_merge(actor=request.auth, idea=idea, into=into, via="api")
    return _idea(request, survivor.uuid)


comments_router = Router(tags=["ideas"])


@comments_router.post(
    "/{uuid:uuid}/hide",
    response={200: CommentOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="hideIdeaComment",
    summary="Hide a comment",
)
def hide_comment(request: HttpRequest, uuid: UUID) -> IdeaComment:
    """The idea's moderators hide a comment (it stays visible to them)."""
    return services.idea_comment_hide(
        actor=request.auth, comment=_comment(request, uuid), via="api"
    )


@comments_router.post(
    "/{uuid:uuid}/show",
    response={200: CommentOut, **WRITE_ERRORS},
    auth=WRITE,
    operation_id="showIdeaComment",
    summary="Show a hidden comment again",
)
def show_comment(request: HttpRequest, uuid: UUID) -> IdeaComment:
    """The idea's moderators show a hidden comment again."""
    return services.idea_comment_show(
        actor=request.auth, comment=_comment(request, uuid), via="api"
    )


def _comment(request: HttpRequest, uuid: UUID) -> IdeaComment:
    comment = IdeaComment.objects.select_related("idea").get(uuid=uuid)
    _idea(request, comment.idea.uuid)  # a comment on an idea you cannot see is unknown
    return comment
