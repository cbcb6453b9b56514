"""Writes to the capability map. Only coordinators keep the reference architecture."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.architecture.models import Capability
from anker.core.services import reject_unknown_fields

EDITABLE_FIELDS = ("name", "name_nl", "description", "parent", "position")


def _check(capability: Capability, fields: dict[str, Any]) -> None:
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    node, seen = capability.parent, set()
    while node is not None:
        if node.id == capability.id or node.id in seen:
            raise ValidationError({"parent": [_("A capability cannot be its own ancestor.")]})
        seen.add(node.id)
        node = node.parent


@transaction.atomic
def capability_create(*, actor: Any, slug: str = "", via: str = "web", **fields: Any) -> Capability:
    from anker.catalogue.services import unique_slug

    permissions.require(
        permissions.can_edit_capabilities(actor), _("Only coordinators change the capability map.")
    )
    capability = Capability(**{k: v for k, v in fields.items() if k in EDITABLE_FIELDS})
    _check(capability, fields)
    capability.slug = slug or unique_slug(Capability, fields.get("name", ""))
    capability.full_clean()
    capability.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=capability,
        before=None,
        after=snapshot(capability),
        via=via,
    )
    return capability


@transaction.atomic
def capability_update(
    *, actor: Any, capability: Capability, via: str = "web", **fields: Any
) -> Capability:
    permissions.require(
        permissions.can_edit_capabilities(actor), _("Only coordinators change the capability map.")
    )
    before = snapshot(capability)
    for name, value in fields.items():
        if name in EDITABLE_FIELDS:
            setattr(capability, name, value)
    _check(capability, fields)
    capability.full_clean()
    capability.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=capability,
        before=before,
        after=snapshot(capability),
        via=via,
    )
    return capability


@transaction.atomic
def capability_delete(*, actor: Any, capability: Capability, via: str = "web") -> None:
    permissions.require(
        permissions.can_edit_capabilities(actor), _("Only coordinators change the capability map.")
    )
    if capability.children.exists():
        raise ValidationError(
            {
                "capability": [
                    _("%(name)s still has sub-capabilities; move or delete them first.")
                    % {"name": capability.name}
                ]
            }
        )
    audited_delete(actor=actor, instance=capability, via=via)
