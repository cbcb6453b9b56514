"""Every write to building blocks and their edges. Each function checks permissions,
validates, writes in one transaction and records an audit event."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction
from anker.catalogue.models import (
    BlockDescription,
    BlockKind,
    BuildingBlock,
    Dependency,
    SecurityEvidence,
    StandardCompliance,
    Tag,
)
from anker.catalogue.search import build_search_document
from anker.core.services import reject_unknown_fields
from anker.organisations.models import Organisation

EDITABLE_FIELDS = (
    "name",
    "kind",
    "lifecycle",
    "openness",
    "licence",
    "homepage_url",
    "code_url",
    "docs_url",
    "spec_url",
    "version",
    "default_language",
    "maintenance",
    "contact_name",
    "contact_email",
)
MAX_TAGS = 50
Descriptions = dict[str, tuple[str, str]]


def unique_slug(model: Any, text: str, *, exclude_id: int | None = None) -> str:
    """A slug for ``text`` not yet taken in ``model``: name, name-2, name-3…"""
    base = (slugify(text) or "item")[:100]
    slug, counter = base, 1
    taken = model.objects.exclude(id=exclude_id) if exclude_id else model.objects.all()
    while taken.filter(slug=slug).exists():
        counter += 1
        slug = f"{base}-{counter}"
    return slug


def block_snapshot(block: BuildingBlock) -> dict[str, Any]:
    return snapshot(
        block,
        extra={
            "tags": [tag.name for tag in block.tags.all()],
            "capabilities": [cap.slug for cap in block.capabilities.all()],
            "descriptions": {d.language: d.short_description for d in block.descriptions.all()},
        },
    )


def refresh_search_document(block: BuildingBlock) -> None:
    document = build_search_document(
        name=block.name,
        slug=block.slug,
        owner=block.owner.name,
        licence=block.licence,
        tags=[tag.name for tag in block.tags.all()],
        capabilities=[(c.name, c.name_nl) for c in block.capabilities.all()],
        descriptions=[(d.short_description, d.long_description) for d in block.descriptions.all()],
    )
    if document != block.search_document:
        BuildingBlock.objects.filter(id=block.id).update(search_document=document)
        block.search_document = document


def _validate_descriptions(descriptions: Descriptions) -> None:
    for language, (short, _long) in descriptions.items():
        if not language or len(language) > 10:
            raise ValidationError(
                {"descriptions": [_("Unknown language code %(code)r.") % {"code": language}]}
            )
        if len(short) > 300:
            raise ValidationError(
                {"descriptions": [_("A short description has at most 300 characters.")]}
            )


def _set_relations(
    block: BuildingBlock,
    *,
    descriptions: Descriptions | None,
    tags: Iterable[str] | None,
    capabilities: Iterable[Any] | None,
) -> None:
    if descriptions is not None:
        _validate_descriptions(descriptions)
        block.descriptions.exclude(language__in=list(descriptions)).delete()
        for language, (short, long) in descriptions.items():
            BlockDescription.objects.update_or_create(
                block=block,
                language=language,
                defaults={"short_description": short.strip(), "long_description": long.strip()},
            )
    if tags is not None:
        names = sorted({tag.strip().lower()[:100] for tag in tags if tag.strip()})
        if len(names) > MAX_TAGS:
            raise ValidationError({"tags": [_("At most %(n)d tags.") % {"n": MAX_TAGS}]})
        block.tags.set([Tag.objects.get_or_create(name=name)[0] for name in names])
    if capabilities is not None:
        block.capabilities.set(list(capabilities))


@transaction.atomic
def block_create(
    *,
    actor: Any,
    owner: Organisation,
    slug: str = "",
    descriptions: Descriptions | None = None,
    tags: Iterable[str] | None = None,
    capabilities: Iterable[Any] | None = None,
    via: str = "web",
    **fields: Any,
) -> BuildingBlock:
    permissions.require(
        permissions.can_edit_for_organisation(actor, owner.id),
        _("You may only add building blocks for organisations you edit for."),
    )
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    block = BuildingBlock(owner=owner, **fields)
    block.slug = slug or unique_slug(BuildingBlock, fields.get("name", ""))
    block.full_clean()
    block.save()
    _set_relations(block, descriptions=descriptions, tags=tags, capabilities=capabilities)
    refresh_search_document(block)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=block,
        before=None,
        after=block_snapshot(block),
        via=via,
    )
    return block


@transaction.atomic
def block_update(
    *,
    actor: Any,
    block: BuildingBlock,
    owner: Organisation | None = None,
    descriptions: Descriptions | None = None,
    tags: Iterable[str] | None = None,
    capabilities: Iterable[Any] | None = None,
    via: str = "web",
    **fields: Any,
) -> BuildingBlock:
    permissions.require(permissions.can_edit_block(actor, block))
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    before = block_snapshot(block)
    if owner is not None and owner.id != block.owner_id:
        permissions.require(
            permissions.can_edit_for_organisation(actor, owner.id),
            _("You may only hand a block to an organisation you edit for."),
        )
        block.owner = owner
    for name, value in fields.items():
        setattr(block, name, value)
    block.full_clean()
    block.save()
    _set_relations(block, descriptions=descriptions, tags=tags, capabilities=capabilities)
    refresh_search_document(block)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=block,
        before=before,
        after=block_snapshot(block),
        via=via,
    )
    return block


@transaction.atomic
def block_verify(*, actor: Any, block: BuildingBlock, via: str = "web") -> BuildingBlock:
    """A person confirms that the block's data is still right."""
    permissions.require(permissions.can_edit_block(actor, block))
    before = snapshot(block)
    block.last_verified_at = timezone.now()
    block.last_verified_by = actor
    block.save(update_fields=["last_verified_at", "last_verified_by", "modified"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=block,
        before=before,
        after=snapshot(block),
        via=via,
    )
    return block


@transaction.atomic
def block_delete(*, actor: Any, block: BuildingBlock, via: str = "web") -> None:
    permissions.require(permissions.can_edit_block(actor, block))
    before = block_snapshot(block)
    audit_record(
        actor=actor, action=AuditAction.DELETE, instance=block, before=before, after=None, via=via
    )
    block.delete()


def _dependency_snapshot(dependency: Dependency) -> dict[str, Any]:
    return {
        "dependent": dependency.dependent.slug,
        "dependency": dependency.dependency.slug,
        "note": dependency.note,
    }


@transaction.atomic
def dependency_add(
    *,
    actor: Any,
    dependent: BuildingBlock,
    dependency: BuildingBlock,
    note: str = "",
    via: str = "web",
) -> Dependency:
    """Record that ``dependent`` needs ``dependency``. The dependent's editors decide."""
    permissions.require(permissions.can_edit_block(actor, dependent))
    if dependent.id == dependency.id:
        raise ValidationError({"dependency": [_("A block cannot depend on itself.")]})
    if Dependency.objects.filter(dependent=dependent, dependency=dependency).exists():
        raise ValidationError({"dependency": [_("This dependency is already recorded.")]})
    edge = Dependency(dependent=dependent, dependency=dependency, note=note.strip())
    edge.full_clean(validate_constraints=False)
    edge.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=edge,
        before=None,
        after=_dependency_snapshot(edge),
        via=via,
        related=dependent,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=edge,
        before=None,
        after=_dependency_snapshot(edge),
        via=via,
        related=dependency,
    )
    return edge


@transaction.atomic
def dependency_remove(*, actor: Any, dependency: Dependency, via: str = "web") -> None:
    permissions.require(permissions.can_edit_block(actor, dependency.dependent))
    before = _dependency_snapshot(dependency)
    for side in (dependency.dependent, dependency.dependency):
        audit_record(
            actor=actor,
            action=AuditAction.DELETE,
            instance=dependency,
            before=before,
            after=None,
            via=via,
            related=side,
        )
    dependency.delete()


@transaction.atomic
def compliance_set(
    *,
    actor: Any,
    block: BuildingBlock,
    standard: BuildingBlock,
    status: str,
    explanation: str = "",
    via: str = "web",
) -> StandardCompliance:
    """Comply or explain: record how ``block`` relates to ``standard``."""
    permissions.require(permissions.can_edit_block(actor, block))
    if standard.kind != BlockKind.STANDARD:
        raise ValidationError(
            {"standard": [_("Only a block of kind standard can be complied with.")]}
        )
    if standard.id == block.id:
        raise ValidationError({"standard": [_("A standard does not comply with itself.")]})
    if status == "explained" and not explanation.strip():
        raise ValidationError({"explanation": [_("Explain why the block does not comply.")]})
    record, _created = StandardCompliance.objects.get_or_create(
        block=block,
        standard=standard,
        defaults={"status": status, "explanation": explanation},
    )
    before = None if _created else snapshot(record)
    record.status, record.explanation = status, explanation.strip()
    record.full_clean(validate_constraints=False)
    record.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if _created else AuditAction.UPDATE,
        instance=record,
        before=before,
        after=snapshot(record),
        via=via,
        related=block,
    )
    return record


@transaction.atomic
def compliance_remove(*, actor: Any, record: StandardCompliance, via: str = "web") -> None:
    permissions.require(permissions.can_edit_block(actor, record.block))
    audited_delete(actor=actor, instance=record, via=via, related=record.block)


@transaction.atomic
def evidence_add(
    *,
    actor: Any,
    block: BuildingBlock,
    kind: str,
    date: Any,
    url: str = "",
    note: str = "",
    via: str = "web",
) -> SecurityEvidence:
    """Record security or privacy evidence (a DPIA, a penetration test…) for a block."""
    permissions.require(permissions.can_edit_block(actor, block))
    evidence = SecurityEvidence(block=block, kind=kind, date=date, url=url, note=note.strip())
    evidence.full_clean()
    evidence.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=evidence,
        before=None,
        after=snapshot(evidence),
        via=via,
        related=block,
    )
    return evidence


@transaction.atomic
def evidence_remove(*, actor: Any, evidence: SecurityEvidence, via: str = "web") -> None:
    permissions.require(permissions.can_edit_block(actor, evidence.block))
    audited_delete(actor=actor, instance=evidence, via=via, related=evidence.block)
