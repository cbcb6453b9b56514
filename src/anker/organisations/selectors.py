"""Reads of organisations shared by views, API and CLI."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from anker.accounts import permissions
from anker.catalogue.models import BuildingBlock
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse, ReuseStatus

ORDERINGS = {"name": ["name", "id"], "-name": ["-name", "-id"], "kind": ["kind", "name", "id"]}


def organisation_list(
    *,
    query: str = "",
    kind: str = "",
    country: str = "",
    ordering: str = "name",
) -> QuerySet[Organisation]:
    """Active organisations (records merged away are left out) with their counts."""
    organisations = Organisation.objects.filter(merged_into__isnull=True)
    if query.strip():
        organisations = organisations.filter(
            Q(name__icontains=query.strip()) | Q(identifiers__value__iexact=query.strip())
        ).distinct()
    if kind:
        organisations = organisations.filter(kind=kind)
    if country:
        organisations = organisations.filter(country=country.upper())
    # Correlated counts, evaluated only for the rows of the page being shown.
    blocks = BuildingBlock.objects.filter(owner=OuterRef("pk")).order_by().values("owner")
    reuses = Reuse.objects.filter(organisation=OuterRef("pk")).exclude(status=ReuseStatus.STOPPED)
    return organisations.annotate(
        block_count=Coalesce(Subquery(blocks.annotate(n=Count("id")).values("n")), 0),
        reuse_count=Coalesce(
            Subquery(reuses.order_by().values("organisation").annotate(n=Count("id")).values("n")),
            0,
        ),
    ).order_by(*ORDERINGS.get(ordering, ORDERINGS["name"]))


def organisation_by_slug(slug: str) -> Organisation:
    """The organisation; a record merged away resolves to the one it was merged into."""
    organisation = Organisation.objects.select_related("parent", "merged_into").get(slug=slug)
    seen = {organisation.id}
    while organisation.merged_into_id and organisation.merged_into_id not in seen:
        seen.add(organisation.merged_into_id)
        organisation = Organisation.objects.select_related("parent", "merged_into").get(
            id=organisation.merged_into_id
        )
    return organisation


def provided_blocks(*, user: Any, organisation: Organisation) -> QuerySet[BuildingBlock]:
    return permissions.visible_blocks(user, organisation.blocks.all()).order_by("name", "id")


def reused_blocks(*, user: Any, organisation: Organisation) -> QuerySet[Reuse]:
    visible = permissions.visible_blocks_q(user, prefix="block__")
    return (
        organisation.reuses.filter(visible)
        .select_related("block__owner")
        .order_by("block__name", "id")
    )
