"""Writes to ideas: submitting one, and the status workflow of models.TRANSITIONS
(review, accept with an initiative, decline with a public reason, implement, review
again). Each step checks who may take it and whether the table allows it now, records a
status change for the public timeline, audits, and tells the followers, in one
transaction."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from anker.accounts import permissions
from anker.accounts.audit import audit_record, snapshot
from anker.accounts.models import AuditAction
from anker.catalogue.models import BuildingBlock
from anker.citizenservices.models import CitizenService
from anker.cocreation.models import (
    TARGET_FIELDS,
    TRANSITIONS,
    Idea,
    IdeaAction,
    IdeaFollower,
    IdeaStatusChange,
    TargetKind,
)
from anker.cocreation.services.notify import STATUS_MESSAGES, status_params, tell_followers
from anker.cocreation.text import one_line, plain_text
from anker.organisations.models import Organisation
from anker.portfolio.models import Initiative

TARGET_TYPES = {
    CitizenService: TargetKind.SERVICE,
    BuildingBlock: TargetKind.BLOCK,
    Initiative: TargetKind.INITIATIVE,
    Organisation: TargetKind.ORGANISATION,
}
STEP_OUT_OF_ORDER = {
    IdeaAction.REVIEW: gettext_noop("Only a new idea can go into review."),
    IdeaAction.ACCEPT: gettext_noop("Only an idea under review can be accepted."),
    IdeaAction.DECLINE: gettext_noop("Only a new idea or one under review can be declined."),
    IdeaAction.IMPLEMENT: gettext_noop("Only an accepted idea can be implemented."),
    IdeaAction.REOPEN: gettext_noop("Only a declined idea can be reviewed again."),
}


def _signed_in(actor: Any) -> Any:
    return actor if permissions.is_signed_in(actor) else None


def _target_fields(actor: Any, target: Any) -> dict[str, Any]:
    """``{"about_block": block}`` for a target the actor may see; anything else is
    refused as unknown, so a restricted block is not revealed."""
    kind = TARGET_TYPES.get(type(target))
    if kind is None or target.pk is None:
        raise ValidationError({"target": [_("Choose what the idea is about.")]})
    if kind == TargetKind.BLOCK and not permissions.can_view_block(actor, target):
        raise ValidationError({"target": [_("There is no such building block.")]})
    if kind == TargetKind.ORGANISATION and target.merged_into_id:
        raise ValidationError({"target": [_("This organisation was merged into another.")]})
    return {TARGET_FIELDS[kind]: target}


def _required(value: str, field: str, message: str) -> str:
    if not value:
        raise ValidationError({field: [message]})
    return value


@transaction.atomic
def idea_submit(
    *,
    actor: Any,
    target: Any,
    title: str,
    body: str,
    email: str = "",
    name: str = "",
    language: str | None = None,
    via: str = "web",
) -> Idea:
    """Anyone submits an idea about ``target``. Text is stored as plain text. A signed-in
    submitter follows it; an anonymous one gives an e-mail address and follows by mail."""
    permissions.require(permissions.can_submit_idea(actor))
    signed_in = _signed_in(actor)
    email = (email or "").strip().lower()
    if signed_in is None:
        _required(email, "email", _("Give an e-mail address, so that we can tell you news."))
    idea = Idea(
        title=_required(one_line(title), "title", _("Give the idea a title.")),
        body=_required(plain_text(body), "body", _("Describe the idea.")),
        language=(language or translation.get_language() or "nl")[:10],
        submitter=signed_in,
        submitter_name="" if signed_in else one_line(name),
        submitter_email="" if signed_in else email,
        **_target_fields(actor, target),
    )
    idea.full_clean()
    idea.save()
    follower = IdeaFollower(idea=idea, user=signed_in, email=None if signed_in else email)
    follower.full_clean(validate_constraints=False)
    follower.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=idea,
        before=None,
        after=_public_snapshot(idea),
        via=via,
        related=target,
    )
    return idea


def _public_snapshot(idea: Idea) -> dict[str, Any]:
    """The audit log's view of an idea, without the submitter's e-mail address."""
    data = snapshot(idea)
    data.pop("submitter_email", None)
    return data


def locked(idea: Idea) -> Idea:
    """The idea as it is now, locked for this transaction: two moderators deciding at
    once cannot both win."""
    return (
        Idea.objects.select_for_update(of=("self",))
        .select_related("about_block", "about_initiative", "about_service", "initiative")
        .get(pk=idea.pk)
    )


def _out_of_order(action: str) -> ValidationError:
    message = _(STEP_OUT_OF_ORDER[action])
    return ValidationError({"status": [ValidationError(message, code="invalid-transition")]})


def _step(
    *,
    actor: Any,
    idea: Idea,
    action: str,
    note: str = "",
    initiative: Initiative | None = None,
    via: str,
) -> Idea:
    """One workflow step: who may (the idea's moderators), whether the table allows it
    now, then the change, its timeline entry, the audit event and the followers' news."""
    idea = locked(idea)
    permissions.require(
        permissions.can_moderate_idea(actor, idea),
        _("Only coordinators and the organisation the idea is about decide on it."),
    )
    transition = TRANSITIONS[action]
    if idea.status not in transition.sources:
        raise _out_of_order(action)
    note = plain_text(note)
    if transition.needs_reason and not note:
        raise ValidationError({"reason": [_("Give a public reason.")]})
    if transition.needs_initiative and initiative is None:
        raise ValidationError({"initiative": [_("Choose the initiative the idea became.")]})
    before = _public_snapshot(idea)
    source = idea.status
    idea.status, idea.status_changed_at = transition.target, timezone.now()
    if transition.needs_initiative:
        idea.initiative = initiative
    if transition.needs_reason:
        idea.decline_reason = note
    idea.full_clean()
    idea.save()
    IdeaStatusChange.objects.create(
        idea=idea,
        from_status=source,
        to_status=idea.status,
        changed_at=idea.status_changed_at,
        changed_by=_signed_in(actor),
        note=note,
        initiative=idea.initiative if transition.needs_initiative else None,
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=idea,
        before=before,
        after=_public_snapshot(idea),
        via=via,
        related=idea.target,
    )
    tell_followers(
        idea,
        text=STATUS_MESSAGES[idea.status],
        params=status_params(idea),
        kind=f"idea-{idea.status}",
        actor=actor,
    )
    return idea


@transaction.atomic
def idea_review(*, actor: Any, idea: Idea, note: str = "", via: str = "web") -> Idea:
    """A moderator takes a new idea into review."""
    return _step(actor=actor, idea=idea, action=IdeaAction.REVIEW, note=note, via=via)


@transaction.atomic
def idea_accept(
    *, actor: Any, idea: Idea, initiative: Initiative | None, note: str = "", via: str = "web"
) -> Idea:
    """Accepted: the idea became ``initiative`` (its timeline follows that initiative)."""
    return _step(
        actor=actor,
        idea=idea,
        action=IdeaAction.ACCEPT,
        note=note,
        initiative=initiative,
        via=via,
    )


@transaction.atomic
def idea_decline(*, actor: Any, idea: Idea, reason: str, via: str = "web") -> Idea:
    """Declined, with a reason everyone reads."""
    return _step(actor=actor, idea=idea, action=IdeaAction.DECLINE, note=reason, via=via)


@transaction.atomic
def idea_implement(*, actor: Any, idea: Idea, note: str = "", via: str = "web") -> Idea:
    """What the idea asked for is done."""
    return _step(actor=actor, idea=idea, action=IdeaAction.IMPLEMENT, note=note, via=via)


@transaction.atomic
def idea_reopen(*, actor: Any, idea: Idea, note: str = "", via: str = "web") -> Idea:
    """A declined idea is reviewed again (circumstances changed, or the decline was
    premature); the old reason stays on the timeline."""
    return _step(actor=actor, idea=idea, action=IdeaAction.REOPEN, note=note, via=via)


IDEA_STEPS = {
    IdeaAction.REVIEW: idea_review,
    IdeaAction.ACCEPT: idea_accept,
    IdeaAction.DECLINE: idea_decline,
    IdeaAction.IMPLEMENT: idea_implement,
    IdeaAction.REOPEN: idea_reopen,
}
