"""Writes to the reuse edge: declare (provider claim or reuser declaration), confirm,
change, remove. Each checks permissions, validates and audits in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.catalogue.models import BuildingBlock
from anker.core.services import reject_unknown_fields
from anker.organisations.models import Organisation
from anker.reuse.models import DeclaredBy, Reuse, ReuseStatus

EDITABLE_FIELDS = (
    "mode",
    "status",
    "since",
    "until",
    "stop_reason",
    "evidence_url",
    "evidence_note",
)


def reuse_counts_refresh(*, block_ids: Iterable[int] | None = None) -> None:
    """Recount ``BuildingBlock.reuse_count`` (reuse that has not stopped) for the given
    blocks, or all blocks. One UPDATE, so bulk loaders call it once at the end."""
    active = (
        Reuse.objects.filter(block=OuterRef("pk"))
        .exclude(status=ReuseStatus.STOPPED)
        .order_by()
        .values("block")
        .annotate(n=Count("id"))
        .values("n")
    )
    blocks = BuildingBlock.objects.all()
    if block_ids is not None:
        blocks = blocks.filter(id__in=list(block_ids))
    blocks.update(reuse_count=Coalesce(Subquery(active), 0))


def _side(actor: Any, block: BuildingBlock, organisation: Organisation) -> str:
    """Which side the actor speaks for. The reuser's word wins where one may do both."""
    if permissions.can_edit_for_organisation(actor, organisation.id):
        return DeclaredBy.REUSER
    if permissions.can_edit_for_organisation(actor, block.owner_id):
        return DeclaredBy.PROVIDER
    raise permissions.PermissionDenied(
        _("Only editors of the reusing organisation or of the block's owner record reuse.")
    )


@transaction.atomic
def reuse_declare(
    *,
    actor: Any,
    block: BuildingBlock,
    organisation: Organisation,
    via: str = "web",
    **fields: Any,
) -> Reuse:
    """Record that ``organisation`` reuses ``block``. Declared by the reuser it counts as
    confirmed; declared by the provider it is a claim that waits for the reuser."""
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    side = _side(actor, block, organisation)
    if Reuse.objects.filter(block=block, organisation=organisation).exists():
        raise ValidationError(
            {"organisation": [_("This reuse is already recorded; change it instead.")]}
        )
    reuse = Reuse(block=block, organisation=organisation, declared_by=side, **fields)
    if side == DeclaredBy.REUSER:
        reuse.confirmed_at = timezone.now()
    reuse.full_clean()
    reuse.save()
    reuse_counts_refresh(block_ids=[block.id])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=reuse,
        before=None,
        after=snapshot(reuse),
        via=via,
        related=block,
    )
    return reuse


@transaction.atomic
def reuse_update(*, actor: Any, reuse: Reuse, via: str = "web", **fields: Any) -> Reuse:
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    permissions.require(permissions.can_edit_reuse(actor, reuse))
    before = snapshot(reuse)
    for name, value in fields.items():
        setattr(reuse, name, value)
    if fields.get("status") == "stopped" and not reuse.until:
        reuse.until = timezone.localdate()
    reuse.full_clean()
    reuse.save()
    reuse_counts_refresh(block_ids=[reuse.block_id])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=reuse,
        before=before,
        after=snapshot(reuse),
        via=via,
        related=reuse.block,
    )
    return reuse


@transaction.atomic
def reuse_confirm(*, actor: Any, reuse: Reuse, via: str = "web") -> Reuse:
    """The reuser confirms a provider's claim."""
    permissions.require(
        permissions.can_edit_for_organisation(actor, reuse.organisation_id),
        _("Only the reusing organisation confirms a reuse."),
    )
    before = snapshot(reuse)
    reuse.confirmed_at = reuse.confirmed_at or timezone.now()
    reuse.save(update_fields=["confirmed_at", "modified"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=reuse,
        before=before,
        after=snapshot(reuse),
        via=via,
        related=reuse.block,
    )
    return reuse


@transaction.atomic
def reuse_delete(*, actor: Any, reuse: Reuse, via: str = "web") -> None:
    permissions.require(permissions.can_edit_reuse(actor, reuse))
    audited_delete(actor=actor, instance=reuse, via=via, related=reuse.block)
    reuse_counts_refresh(block_ids=[reuse.block_id])
