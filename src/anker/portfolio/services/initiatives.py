"""Writes to initiatives: create, change (with partners, skills, capabilities, citizen
services and blocks) and delete. The stage is not among them: it changes only through a
stage decision (``decisions.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.core.services import reject_unknown_fields
from anker.organisations.models import Organisation
from anker.portfolio.models import BlockRole, Initiative, InitiativeBlock, Skill
from anker.portfolio.stages import ACTIVE_STAGES, Stage

EDITABLE_FIELDS = ("name", "summary", "description", "goals", "homepage_url", "started_on")
# Paths under /portfolio/ that a slug must not take.
RESERVED_SLUGS = frozenset({"new", "kpis", "measurements"})
MAX_GOALS, MAX_SKILLS, MAX_LINKED = 20, 30, 100


def initiative_snapshot(initiative: Initiative) -> dict[str, Any]:
    links = list(initiative.block_links.select_related("block"))
    return snapshot(
        initiative,
        extra={
            "partners": [o.slug for o in initiative.partners.all()],
            "skills": [s.name for s in initiative.skills.all()],
            "capabilities": [c.slug for c in initiative.capabilities.all()],
            "citizen_services": [c.slug for c in initiative.citizen_services.all()],
            "produces": [link.block.slug for link in links if link.role == BlockRole.PRODUCES],
            "uses": [link.block.slug for link in links if link.role == BlockRole.USES],
        },
    )


def _slug_for(name: str, slug: str) -> str:
    from anker.catalogue.services import unique_slug

    if slug:
        return slug
    made = unique_slug(Initiative, name)
    return unique_slug(Initiative, f"{made}-initiative") if made in RESERVED_SLUGS else made


def _clean_goals(goals: Iterable[str]) -> list[str]:
    cleaned = [" ".join(str(goal).split()) for goal in goals]
    cleaned = [goal for goal in cleaned if goal]
    if len(cleaned) > MAX_GOALS:
        raise ValidationError({"goals": [_("At most %(n)d goals.") % {"n": MAX_GOALS}]})
    if any(len(goal) > 500 for goal in cleaned):
        raise ValidationError({"goals": [_("A goal has at most 500 characters.")]})
    return cleaned


def skills_by_name(names: Iterable[str]) -> list[Skill]:
    """The skills named, made where new; names differing only in case are one skill."""
    wanted: dict[str, str] = {}
    for name in names:
        clean = re.sub(r"\s+", " ", str(name)).strip()[:100]
        if clean:
            wanted.setdefault(clean.casefold(), clean)
    if len(wanted) > MAX_SKILLS:
        raise ValidationError({"skills": [_("At most %(n)d skills.") % {"n": MAX_SKILLS}]})
    skills = []
    for name in wanted.values():
        skill = Skill.objects.filter(name__iexact=name).first()
        skills.append(skill or Skill.objects.create(name=name))
    return skills


def _set_blocks(initiative: Initiative, role: str, blocks: Iterable[Any]) -> None:
    chosen = {block.id: block for block in blocks}
    if len(chosen) > MAX_LINKED:
        raise ValidationError({role: [_("At most %(n)d building blocks.") % {"n": MAX_LINKED}]})
    initiative.block_links.filter(role=role).exclude(block_id__in=list(chosen)).delete()
    taken = dict(initiative.block_links.values_list("block_id", "role"))
    for block_id, block in chosen.items():
        if taken.get(block_id, role) != role:
            raise ValidationError(
                {role: [_("%(name)s cannot be both produced and used.") % {"name": block.name}]}
            )
        if block_id not in taken:
            InitiativeBlock.objects.create(initiative=initiative, block=block, role=role)


def _check_producers(initiative: Initiative) -> None:
    """What an initiative produced belongs to its owner or one of its partners: the
    reuse of those blocks is the evidence the gate weighs, so a stranger's block must not
    pass for the initiative's own result."""
    allowed = {initiative.owner_id, *initiative.partners.values_list("id", flat=True)}
    for link in initiative.block_links.filter(role=BlockRole.PRODUCES).select_related("block"):
        if link.block.owner_id not in allowed:
            raise ValidationError(
                {
                    "produces": [
                        _(
                            "%(name)s belongs to another organisation: an initiative produces "
                            "blocks of its owner or its partners."
                        )
                        % {"name": link.block.name}
                    ]
                }
            )


def _set_relations(
    initiative: Initiative,
    *,
    partners: Iterable[Organisation] | None,
    skills: Iterable[str] | None,
    capabilities: Iterable[Any] | None,
    citizen_services: Iterable[Any] | None,
    produces: Iterable[Any] | None,
    uses: Iterable[Any] | None,
) -> None:
    if partners is not None:
        chosen = [o for o in partners if o.id != initiative.owner_id]
        if len(chosen) > MAX_LINKED:
            raise ValidationError({"partners": [_("Too many partners.")]})
        initiative.partners.set(chosen)
    else:
        initiative.partners.remove(initiative.owner_id)
    if skills is not None:
        initiative.skills.set(skills_by_name(skills))
    if capabilities is not None:
        initiative.capabilities.set(list(capabilities))
    if citizen_services is not None:
        initiative.citizen_services.set(list(citizen_services))
    if produces is not None:
        _set_blocks(initiative, BlockRole.PRODUCES, produces)
    if uses is not None:
        _set_blocks(initiative, BlockRole.USES, uses)
    _check_producers(initiative)


def _refresh_stage_since(initiative: Initiative) -> None:
    """The date of the last decision that changed the stage, else the start."""
    last = (
        initiative.decisions.exclude(decision="hold")
        .order_by("-decided_on", "-id")
        .values_list("decided_on", flat=True)
        .first()
    )
    initiative.stage_since = last or initiative.started_on


@transaction.atomic
def initiative_create(
    *,
    actor: Any,
    owner: Organisation,
    slug: str = "",
    stage: str = Stage.IDEA,
    partners: Iterable[Organisation] | None = None,
    skills: Iterable[str] | None = None,
    capabilities: Iterable[Any] | None = None,
    citizen_services: Iterable[Any] | None = None,
    produces: Iterable[Any] | None = None,
    uses: Iterable[Any] | None = None,
    via: str = "web",
    **fields: Any,
) -> Initiative:
    """Register an initiative. It may enter the portfolio at any active stage (an
    existing pilot is registered as a pilot); later moves go through the gate."""
    permissions.require(
        permissions.can_create_initiative(actor, owner.id),
        _("You may only add initiatives for organisations you edit for."),
    )
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    if str(stage) not in ACTIVE_STAGES:
        raise ValidationError({"stage": [_("A new initiative starts in an active stage.")]})
    fields["goals"] = _clean_goals(fields.get("goals") or [])
    fields["started_on"] = fields.get("started_on") or timezone.localdate()
    initiative = Initiative(owner=owner, stage=stage, **fields)
    initiative.slug = _slug_for(fields.get("name", ""), slug)
    initiative.stage_since = initiative.started_on
    initiative.full_clean()
    initiative.save()
    _set_relations(
        initiative,
        partners=partners,
        skills=skills,
        capabilities=capabilities,
        citizen_services=citizen_services,
        produces=produces,
        uses=uses,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=initiative,
        before=None,
        after=initiative_snapshot(initiative),
        via=via,
    )
    return initiative


@transaction.atomic
def initiative_update(
    *,
    actor: Any,
    initiative: Initiative,
    owner: Organisation | None = None,
    partners: Iterable[Organisation] | None = None,
    skills: Iterable[str] | None = None,
    capabilities: Iterable[Any] | None = None,
    citizen_services: Iterable[Any] | None = None,
    produces: Iterable[Any] | None = None,
    uses: Iterable[Any] | None = None,
    via: str = "web",
    **fields: Any,
) -> Initiative:
    """Change what an initiative is; its stage changes only through ``stage_decide``."""
    permissions.require(permissions.can_edit_initiative(actor, initiative))
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    before = initiative_snapshot(initiative)
    if owner is not None and owner.id != initiative.owner_id:
        permissions.require(
            permissions.can_create_initiative(actor, owner.id),
            _("You may only hand an initiative to an organisation you edit for."),
        )
        initiative.owner = owner
    if "goals" in fields:
        fields["goals"] = _clean_goals(fields["goals"] or [])
    for name, value in fields.items():
        setattr(initiative, name, value)
    if initiative.decisions.filter(decided_on__lt=initiative.started_on).exists():
        raise ValidationError(
            {"started_on": [_("The start cannot lie after a recorded stage decision.")]}
        )
    _refresh_stage_since(initiative)
    initiative.full_clean()
    initiative.save()
    _set_relations(
        initiative,
        partners=partners,
        skills=skills,
        capabilities=capabilities,
        citizen_services=citizen_services,
        produces=produces,
        uses=uses,
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=initiative,
        before=before,
        after=initiative_snapshot(initiative),
        via=via,
    )
    return initiative


@transaction.atomic
def initiative_delete(*, actor: Any, initiative: Initiative, via: str = "web") -> None:
    """Remove an initiative with its decisions and KPIs: for entries made by mistake.
    An initiative that ended is *stopped* through the gate, which keeps its history."""
    permissions.require(
        permissions.can_delete_initiative(actor, initiative),
        _("Only the owner's administrators and coordinators delete initiatives; stop it instead."),
    )
    audited_delete(
        actor=actor, instance=initiative, before=initiative_snapshot(initiative), via=via
    )
