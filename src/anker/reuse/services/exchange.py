"""Writes to exchange requests: ask, amend, and the workflow steps of reuse.models'
TRANSITIONS (approve, reject, withdraw, start using, end). Each step checks who may take
it and whether the table allows it now, changes the Reuse edge it governs, audits, and
notifies both parties, in one transaction."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from anker.accounts import permissions
from anker.accounts.audit import audit_record, snapshot
from anker.accounts.models import AuditAction, MemberRole
from anker.catalogue.models import BuildingBlock
from anker.core.services import reject_unknown_fields
from anker.organisations.models import Organisation
from anker.reuse.models import (
    OPEN_EXCHANGE_STATUSES,
    TRANSITIONS,
    DeclaredBy,
    ExchangeAction,
    ExchangeRequest,
    ExchangeStatus,
    Reuse,
    ReuseStatus,
)
from anker.reuse.services.edge import reuse_counts_refresh

EXCHANGE_FIELDS = ("purpose", "terms", "mode")
STEP_REFUSED = {
    ExchangeAction.APPROVE: gettext_noop("Only the owner's organisation administrators decide."),
    ExchangeAction.REJECT: gettext_noop("Only the owner's organisation administrators decide."),
    ExchangeAction.WITHDRAW: gettext_noop(
        "Only the requesting organisation withdraws its request."
    ),
    ExchangeAction.ACTIVATE: gettext_noop("Only the requesting organisation starts using it."),
    ExchangeAction.END: gettext_noop("Only the two parties end an exchange."),
}
STEP_OUT_OF_ORDER = {
    ExchangeAction.APPROVE: gettext_noop("Only a pending request can be approved."),
    ExchangeAction.REJECT: gettext_noop("Only a pending request can be rejected."),
    ExchangeAction.WITHDRAW: gettext_noop("Only a pending request can be withdrawn."),
    ExchangeAction.ACTIVATE: gettext_noop("Only an approved request can be put to use."),
    ExchangeAction.END: gettext_noop("Only an approved or active exchange can end."),
}


def _signed_in(actor: Any) -> Any:
    return actor if permissions.is_signed_in(actor) else None


def _has_open_request(block: BuildingBlock, requester: Organisation) -> bool:
    return ExchangeRequest.objects.filter(
        block=block, requester=requester, status__in=OPEN_EXCHANGE_STATUSES
    ).exists()


@transaction.atomic
def exchange_request_create(
    *,
    actor: Any,
    block: BuildingBlock,
    requester: Organisation,
    via: str = "web",
    **fields: Any,
) -> ExchangeRequest:
    """``requester`` asks the owner of ``block`` for access. The actor must see the block
    (a hidden one reads as unknown) and edit for ``requester``; one open request per
    block and organisation."""
    reject_unknown_fields(fields, EXCHANGE_FIELDS)
    if not permissions.can_view_block(actor, block):
        raise ValidationError({"block": [_("There is no such building block.")]})
    permissions.require(
        permissions.can_request_exchange(actor, requester.id),
        _("Only editors of the requesting organisation ask for access on its behalf."),
    )
    if requester.merged_into_id:
        raise ValidationError({"requester": [_("This organisation was merged into another.")]})
    if _has_open_request(block, requester):
        raise ValidationError(
            {"block": [_("This organisation already has an open request for this block.")]}
        )
    exchange = ExchangeRequest(
        block=block, requester=requester, requested_by=_signed_in(actor), **fields
    )
    exchange.full_clean()
    exchange.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=exchange,
        before=None,
        after=snapshot(exchange),
        via=via,
        related=block,
    )
    _notify(exchange, "requested", actor)
    return exchange


@transaction.atomic
def exchange_request_update(
    *, actor: Any, exchange: ExchangeRequest, via: str = "web", **fields: Any
) -> ExchangeRequest:
    """The requester amends purpose, terms or mode while the owner has not yet decided."""
    reject_unknown_fields(fields, EXCHANGE_FIELDS)
    exchange = _locked(exchange)
    permissions.require(
        permissions.can_act_for_requester(actor, exchange),
        _("Only the requesting organisation changes its request."),
    )
    if exchange.status != ExchangeStatus.REQUESTED:
        raise _out_of_order(gettext_noop("A request can only be changed before the decision."))
    before = snapshot(exchange)
    for name, value in fields.items():
        setattr(exchange, name, value)
    exchange.full_clean()
    exchange.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=exchange,
        before=before,
        after=snapshot(exchange),
        via=via,
        related=exchange.block,
    )
    return exchange


def _locked(exchange: ExchangeRequest) -> ExchangeRequest:
    """The request as it is now, locked for this transaction: two people deciding at
    once cannot both win."""
    return (
        ExchangeRequest.objects.select_for_update(of=("self",))
        .select_related("block__owner", "requester", "reuse")
        .get(pk=exchange.pk)
    )


def _out_of_order(message: str) -> ValidationError:
    return ValidationError({"status": [ValidationError(_(message), code="invalid-transition")]})


def _reason(reason: str) -> str:
    if not (reason or "").strip():
        raise ValidationError({"reason": [_("Give a reason.")]})
    return reason.strip()


def _step(
    *, actor: Any, exchange: ExchangeRequest, action: str, via: str, apply: Any
) -> ExchangeRequest:
    """Take one step of the workflow: who may (permissions), whether the table allows it
    from the current status (TRANSITIONS), then ``apply`` its effects, validate, audit
    and notify both parties. Returns the request as saved."""
    exchange = _locked(exchange)
    permissions.require(
        permissions.can_take_exchange_step(actor, exchange, action), _(STEP_REFUSED[action])
    )
    transition = TRANSITIONS[action]
    if exchange.status not in transition.sources:
        raise _out_of_order(STEP_OUT_OF_ORDER[action])
    before = snapshot(exchange)
    exchange.status = transition.target
    apply(exchange)
    exchange.full_clean()
    exchange.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=exchange,
        before=before,
        after=snapshot(exchange),
        via=via,
        related=exchange.block,
    )
    _notify(exchange, transition.target, actor)
    return exchange


def exchange_request_approve(
    *, actor: Any, exchange: ExchangeRequest, note: str = "", via: str = "web"
) -> ExchangeRequest:
    """The owner agrees. The Reuse edge is created (evaluating, the provider's word until
    the requester confirms by starting to use it), or a stopped one is reopened."""

    def apply(exchange: ExchangeRequest) -> None:
        exchange.decided_at, exchange.decided_by = timezone.now(), _signed_in(actor)
        exchange.decision_note = (note or "").strip()
        exchange.reuse = _reuse_agreed(exchange, actor, via)

    with transaction.atomic():
        return _step(actor=actor, exchange=exchange, action="approve", via=via, apply=apply)


def exchange_request_reject(
    *, actor: Any, exchange: ExchangeRequest, reason: str, via: str = "web"
) -> ExchangeRequest:
    """The owner declines, saying why."""

    def apply(exchange: ExchangeRequest) -> None:
        exchange.decided_at, exchange.decided_by = timezone.now(), _signed_in(actor)
        exchange.decision_note = _reason(reason)

    with transaction.atomic():
        return _step(actor=actor, exchange=exchange, action="reject", via=via, apply=apply)


def exchange_request_withdraw(
    *, actor: Any, exchange: ExchangeRequest, via: str = "web"
) -> ExchangeRequest:
    """The requester takes back a request the owner has not decided on."""

    def apply(exchange: ExchangeRequest) -> None:
        exchange.withdrawn_at, exchange.withdrawn_by = timezone.now(), _signed_in(actor)

    with transaction.atomic():
        return _step(actor=actor, exchange=exchange, action="withdraw", via=via, apply=apply)


def exchange_request_activate(
    *, actor: Any, exchange: ExchangeRequest, via: str = "web"
) -> ExchangeRequest:
    """The requester starts using what was agreed: the Reuse becomes in use and
    confirmed, and the block becomes visible to the requester's members."""

    def apply(exchange: ExchangeRequest) -> None:
        exchange.activated_at, exchange.activated_by = timezone.now(), _signed_in(actor)
        exchange.reuse = _reuse_in_use(exchange, actor, via)

    with transaction.atomic():
        return _step(actor=actor, exchange=exchange, action="activate", via=via, apply=apply)


def exchange_request_end(
    *, actor: Any, exchange: ExchangeRequest, reason: str, via: str = "web"
) -> ExchangeRequest:
    """Either party ends an approved or active exchange: the Reuse stops today with the
    same reason, and the access it gave ends."""

    def apply(exchange: ExchangeRequest) -> None:
        exchange.ended_at, exchange.ended_by = timezone.now(), _signed_in(actor)
        exchange.end_reason = _reason(reason)
        _reuse_stopped(exchange, actor, via)

    with transaction.atomic():
        return _step(actor=actor, exchange=exchange, action="end", via=via, apply=apply)


EXCHANGE_STEPS = {
    ExchangeAction.APPROVE: exchange_request_approve,
    ExchangeAction.REJECT: exchange_request_reject,
    ExchangeAction.WITHDRAW: exchange_request_withdraw,
    ExchangeAction.ACTIVATE: exchange_request_activate,
    ExchangeAction.END: exchange_request_end,
}


# --- the Reuse edge that an exchange creates, confirms and stops --------------------------


def _save_reuse(reuse: Reuse, before: dict[str, Any] | None, actor: Any, via: str) -> Reuse:
    reuse.full_clean()
    reuse.save()
    reuse_counts_refresh(block_ids=[reuse.block_id])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
        instance=reuse,
        before=before,
        after=snapshot(reuse),
        via=via,
        related=reuse.block,
    )
    return reuse


def _edge(exchange: ExchangeRequest) -> Reuse | None:
    """The request's own edge, or the pair's edge that someone recorded meanwhile."""
    if exchange.reuse_id:
        return exchange.reuse
    return Reuse.objects.filter(block=exchange.block, organisation=exchange.requester).first()


def _reuse_agreed(exchange: ExchangeRequest, actor: Any, via: str) -> Reuse:
    reuse = _edge(exchange)
    if reuse is None:
        reuse = Reuse(
            block=exchange.block,
            organisation=exchange.requester,
            mode=exchange.mode,
            status=ReuseStatus.EVALUATING,
            declared_by=DeclaredBy.PROVIDER,
        )
        return _save_reuse(reuse, None, actor, via)
    if reuse.status != ReuseStatus.STOPPED:
        return reuse  # already recorded: the agreement leaves it as it is
    before = snapshot(reuse)
    reuse.status, reuse.until, reuse.stop_reason, reuse.since = (
        ReuseStatus.EVALUATING,
        None,
        "",
        None,
    )
    reuse.mode = exchange.mode
    return _save_reuse(reuse, before, actor, via)


def _reuse_in_use(exchange: ExchangeRequest, actor: Any, via: str) -> Reuse:
    reuse = _edge(exchange) or _reuse_agreed(exchange, actor, via)
    before = snapshot(reuse)
    if reuse.status != ReuseStatus.PILOTING:  # a pilot is use too; keep the finer word
        reuse.status = ReuseStatus.IN_USE
    reuse.until, reuse.stop_reason = None, ""
    reuse.since = reuse.since or timezone.localdate()
    reuse.confirmed_at = reuse.confirmed_at or timezone.now()
    return _save_reuse(reuse, before, actor, via)


def _reuse_stopped(exchange: ExchangeRequest, actor: Any, via: str) -> None:
    reuse = _edge(exchange)
    if reuse is None or reuse.status == ReuseStatus.STOPPED:
        return
    before = snapshot(reuse)
    reuse.status, reuse.until = ReuseStatus.STOPPED, timezone.localdate()
    if reuse.since and reuse.since > reuse.until:
        reuse.since = reuse.until
    reuse.stop_reason = exchange.end_reason
    _save_reuse(reuse, before, actor, via)


# --- notifications --------------------------------------------------------------------------

EXCHANGE_MESSAGES = {
    ExchangeStatus.REQUESTED: gettext_noop("%(requester)s asks %(owner)s for access to %(block)s."),
    ExchangeStatus.APPROVED: gettext_noop(
        "%(owner)s approved the request of %(requester)s for %(block)s."
    ),
    ExchangeStatus.REJECTED: gettext_noop(
        "%(owner)s rejected the request of %(requester)s for %(block)s."
    ),
    ExchangeStatus.WITHDRAWN: gettext_noop("%(requester)s withdrew its request for %(block)s."),
    ExchangeStatus.ACTIVE: gettext_noop("%(requester)s started using %(block)s of %(owner)s."),
    ExchangeStatus.ENDED: gettext_noop(
        "The exchange of %(block)s between %(owner)s and %(requester)s ended."
    ),
}
# Who hears of it on each side: the owner's deciders; the requester's editors and admins.
OWNER_ROLES = (MemberRole.ORG_ADMIN,)
REQUESTER_ROLES = (MemberRole.EDITOR, MemberRole.ORG_ADMIN)


def _notify(exchange: ExchangeRequest, status: str, actor: Any) -> None:
    """Both parties hear of every step, except the person who took it. An owner without
    organisation administrators has nobody to decide, so the coordinators hear instead."""
    from anker.notifications import services as notifications

    owner = exchange.block.owner
    message = {
        "text": EXCHANGE_MESSAGES[status],
        "url": exchange.get_absolute_url(),
        "kind": f"exchange-{status}",
        "params": {
            "requester": exchange.requester.name,
            "owner": owner.name,
            "block": exchange.block.name,
        },
        "exclude": [actor],
    }
    deciders = notifications.organisation_members(owner, OWNER_ROLES)
    if deciders.exists():
        notifications.notify_organisation(organisation=owner, roles=OWNER_ROLES, **message)
    else:
        notifications.notify_users(
            users=notifications.coordinators(), organisation=owner, **message
        )
    notifications.notify_organisation(
        organisation=exchange.requester,
        roles=REQUESTER_ROLES,
        also=[exchange.requested_by] if exchange.requested_by_id else [],
        **message,
    )
