"""Stage decisions: the gate that moves an initiative, checked against the transition
table (``stages.TRANSITIONS``) and, for a move to scaling or anchored, against the data
(``evidence.evidence_check``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record
from anker.accounts.models import AuditAction
from anker.portfolio.evidence import evidence_check
from anker.portfolio.models import Initiative, StageDecision
from anker.portfolio.services.initiatives import initiative_snapshot
from anker.portfolio.stages import Stage, allowed_targets, changes_stage, is_evidence_gated


def decision_snapshot(record: StageDecision) -> dict[str, Any]:
    """The decision for the audit log; warnings by their codes (the facts stay on the
    record itself)."""
    return {
        "initiative": str(record.initiative),
        "decision": record.decision,
        "from_stage": record.from_stage,
        "to_stage": record.to_stage,
        "decided_on": record.decided_on.isoformat(),
        "decision_maker": record.decision_maker,
        "rationale": record.rationale,
        "evidence_level": record.evidence_level,
        "evidence": record.evidence,
        "links": list(record.links),
        "warnings": [warning["code"] for warning in record.warnings],
    }


def _check_decision_date(initiative: Initiative, decided_on: dt.date) -> None:
    if decided_on < initiative.started_on:
        raise ValidationError(
            {"decided_on": [_("The decision lies before the initiative started.")]}
        )
    last = initiative.decisions.order_by("-decided_on").values_list("decided_on", flat=True)[:1]
    if last and decided_on < last[0]:
        raise ValidationError(
            {
                "decided_on": [
                    _("The decision lies before the last recorded one (%(date)s).")
                    % {"date": last[0].isoformat()}
                ]
            }
        )


def _target(from_stage: str, decision: str, to_stage: str | None) -> str:
    """The stage ``decision`` leads to; asked for only where there is a choice."""
    targets = allowed_targets(from_stage, decision)
    if to_stage:
        return str(to_stage)
    if len(targets) == 1:
        return targets[0]
    if not targets:
        raise ValidationError(
            {
                "decision": [
                    _("A %(decision)s decision is not possible at stage %(stage)s.")
                    % {"decision": decision, "stage": Stage(from_stage).label}
                ]
            }
        )
    raise ValidationError({"to_stage": [_("Choose the stage to go to.")]})


def _check_evidence(record: StageDecision, *, acknowledged: bool) -> None:
    """Run the gate's evidence check on a move to scaling or anchored. Contradicting data
    refuse the decision until the decider acknowledges them; then the warnings and the
    facts go on the record."""
    if not is_evidence_gated(record.decision, record.to_stage):
        return
    check = evidence_check(
        record.initiative,
        to_stage=record.to_stage,
        evidence_level=record.evidence_level,
        as_of=record.decided_on,
    )
    if check.warnings and not acknowledged:
        raise ValidationError(
            {
                "acknowledge_warnings": [
                    ValidationError(warning.message, code=warning.code)
                    for warning in check.warnings
                ]
            }
        )
    record.facts, record.warnings = check.stored_facts(), check.stored_warnings()


def _move(*, actor: Any, record: StageDecision, via: str) -> None:
    """Save the decision, move the initiative, and audit both."""
    initiative = record.initiative
    record.save()
    before = initiative_snapshot(initiative)
    initiative.stage = record.to_stage
    if changes_stage(record.decision):
        initiative.stage_since = record.decided_on
    initiative.save(update_fields=["stage", "stage_since", "modified"])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=record,
        before=None,
        after=decision_snapshot(record),
        via=via,
        related=initiative,
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=initiative,
        before=before,
        after=initiative_snapshot(initiative),
        via=via,
    )


@transaction.atomic
def stage_decide(
    *,
    actor: Any,
    initiative: Initiative,
    decision: str,
    evidence_level: int | None,
    rationale: str,
    to_stage: str | None = None,
    decided_on: dt.date | None = None,
    evidence: str = "",
    decision_maker: str = "",
    links: Iterable[str] = (),
    acknowledge_warnings: bool = False,
    via: str = "web",
) -> StageDecision:
    """Record a gate decision and move the initiative (``TRANSITIONS`` says where to).

    A move to scaling or anchored is checked against the data; when the data contradict
    the claim, the decision is refused until the caller acknowledges the warnings, which
    are then stored with it."""
    permissions.require(
        permissions.can_decide_stage(actor, initiative),
        _("Only editors of the owner organisation and coordinators record stage decisions."),
    )
    # Locked, so that two deciders at once cannot both move it from the same stage.
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    signed_in = permissions.is_signed_in(actor)
    record = StageDecision(
        initiative=initiative,
        from_stage=initiative.stage,
        to_stage=_target(initiative.stage, decision, to_stage),
        decision=decision,
        decided_on=decided_on or timezone.localdate(),
        decided_by=actor if signed_in else None,
        decided_by_name=actor.get_username() if signed_in else "system",
        decision_maker=decision_maker.strip(),
        rationale=(rationale or "").strip(),
        evidence_level=evidence_level,
        evidence=(evidence or "").strip(),
        links=[link.strip() for link in links if link and link.strip()],
    )
    record.full_clean()
    _check_decision_date(initiative, record.decided_on)
    _check_evidence(record, acknowledged=acknowledge_warnings)
    _move(actor=actor, record=record, via=via)
    return record
