"""The entities behind a figure, named so that a page can link to them and a table can
show them: slug (the address) and name, plus what a table row needs besides."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrganisationRef:
    slug: str
    name: str


@dataclass(frozen=True)
class BlockRef:
    slug: str
    name: str
    kind: str
    lifecycle: str
    owner: OrganisationRef


@dataclass(frozen=True)
class CapabilityRef:
    slug: str
    name: str
    name_nl: str


def block_refs(user: object, *, ids: object = None) -> dict[int, BlockRef]:
    """id → reference of every block ``user`` may see (of ``ids`` only, when given: a
    queryset or list of ids), in one query."""
    from anker.accounts.permissions import visible_blocks_q
    from anker.catalogue.models import BuildingBlock

    blocks = BuildingBlock.objects.filter(visible_blocks_q(user))
    if ids is not None:
        blocks = blocks.filter(id__in=ids)
    rows = blocks.values_list(
        "id", "slug", "name", "kind", "lifecycle", "owner__slug", "owner__name"
    )
    return {
        row[0]: BlockRef(row[1], row[2], row[3], row[4], OrganisationRef(row[5], row[6]))
        for row in rows
    }


def organisation_refs() -> dict[int, OrganisationRef]:
    """id → reference of every organisation (organisations are public)."""
    from anker.organisations.models import Organisation

    return {
        pk: OrganisationRef(slug, name)
        for pk, slug, name in Organisation.objects.values_list("id", "slug", "name")
    }
