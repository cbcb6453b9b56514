"""The one way an importer writes a building block: found again by its external id,
left alone when its source record is unchanged, otherwise created or updated with
provenance, its related rows set, its search text renewed and the change audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from anker.accounts.audit import audit_record
from anker.accounts.models import AuditAction
from anker.catalogue.models import BuildingBlock
from anker.catalogue.services import block_snapshot, refresh_search_document, unique_slug
from anker.interop.provenance import provenance
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation


def upsert_block(
    *,
    format: str,
    external_id: str,
    source: str,
    digest: str,
    owner: Organisation,
    fields: dict[str, Any],
    set_related: Callable[[BuildingBlock], None],
    context: ImportContext,
    defaults: dict[str, Any] | None = None,
) -> tuple[str, BuildingBlock]:
    """("accepted" | "updated" | "unchanged", block). ``fields`` are the block's own
    columns; ``defaults`` are set on a new block only (a person may change them later);
    ``set_related`` writes descriptions, tags and the like."""
    block = BuildingBlock.objects.filter(
        source_format=format, external_id=external_id[:500]
    ).first()
    if block is not None and block.source_hash == digest and block.owner_id == owner.id:
        return "unchanged", block
    before = block_snapshot(block) if block else None
    values = {
        **fields,
        **provenance(format=format, source=source, external_id=external_id, digest=digest),
    }
    if block is None:
        block = BuildingBlock.objects.create(
            slug=unique_slug(BuildingBlock, fields["name"]),
            owner=owner,
            **(defaults or {}),
            **values,
        )
    else:
        for name, value in values.items():
            setattr(block, name, value)
        block.owner = owner
        block.save()
    set_related(block)
    refresh_search_document(block)
    audit_record(
        actor=context.actor,
        action=AuditAction.UPDATE if before else AuditAction.CREATE,
        instance=block,
        before=before,
        after=block_snapshot(block),
        via=context.via,
    )
    return ("updated" if before else "accepted"), block
