"""organisations.csv and capabilities.csv: the two trees, each identified by its slug,
each naming its parent by slug (a parent may stand anywhere in the same file)."""

from __future__ import annotations

from typing import Any

from anker.accounts import permissions
from anker.architecture.models import Capability
from anker.interop.csv import cells
from anker.interop.csv.engine import Column, Entity, Row, RowError
from anker.interop.report import Status
from anker.organisations.models import (
    PUBLIC_SECTOR_KINDS,
    IdentifierScheme,
    Organisation,
    OrganisationIdentifier,
    OrganisationKind,
)
from anker.organisations.services import organisation_snapshot


def _slug_of(related: Any) -> str:
    return related.slug if related is not None else ""


class Organisations(Entity):
    name = "organisations"
    label = "organisation"
    filename = "1-organisations.csv"
    model = Organisation
    key = ("slug",)
    parent = "parent"
    references = ("parent", "merged_into")
    fields = {"is_public_sector": "public_sector"}
    columns = (
        Column("slug", cells.slug(), lambda o: o.slug, doc="identity"),
        Column("name", cells.text(300), lambda o: o.name, required=True),
        Column(
            "kind",
            cells.choice(OrganisationKind.values),
            lambda o: o.kind,
            required=True,
        ),
        Column(
            "public_sector",
            cells.truth,
            lambda o: o.is_public_sector,
            keep_when_empty=True,
            doc="empty: from the kind for a new organisation",
        ),
        Column("parent", cells.slug(), lambda o: _slug_of(o.parent), doc="an organisation's slug"),
        Column(
            "country",
            cells.country,
            lambda o: o.country,
            doc="empty: unknown; missing column: NL for a new organisation",
        ),
        Column("website", cells.url(), lambda o: o.website),
        Column("description", cells.text(), lambda o: o.description),
        Column(
            "identifiers",
            cells.listing(cells.identifier(IdentifierScheme.values)),
            lambda o: tuple(sorted(f"{i.scheme}:{i.value}" for i in o.identifiers.all())),
        ),
    )

    def queryset(self) -> Any:
        return (
            Organisation.objects.select_related("parent", "merged_into")
            .prefetch_related("identifiers")
            .order_by("slug")
        )

    def records(self) -> Any:
        # A merged record is a pointer to the organisation it was merged into, not a body.
        return self.queryset().filter(merged_into__isnull=True)

    def save(self, record: Organisation | None, row: Row) -> tuple[Status, Organisation]:
        values, actor = row.values, row.context.actor
        if actor is not None:
            allowed = (
                permissions.can_manage_organisation(actor, record)
                if record
                else permissions.can_create_organisation(actor)
            )
            self.require(allowed, "slug", "you may not change this organisation")
        if record is not None and record.merged_into is not None:
            merged = record.merged_into.slug
            raise RowError(("slug", f"merged into {merged!r}; change that organisation instead"))
        organisation = record or Organisation(slug=values["slug"])
        self.assign(organisation, values, ("name", "kind", "country", "website", "description"))
        if "public_sector" in values:
            organisation.is_public_sector = values["public_sector"]
        elif record is None:
            organisation.is_public_sector = organisation.kind in PUBLIC_SECTOR_KINDS
        self.set_parent(organisation, row)
        identifiers = values.get("identifiers")
        if identifiers is not None:
            self._check_identifiers(organisation, identifiers)
        status = self.store(
            organisation,
            row,
            exclude=["country"],  # the cell kind checks it; empty means unknown
            then=lambda saved: self._set_identifiers(saved, identifiers),
        )
        return status, organisation

    def describe(self, record: Organisation) -> dict[str, Any]:
        return organisation_snapshot(record)

    def _check_identifiers(self, organisation: Organisation, identifiers: tuple[str, ...]) -> None:
        for item in identifiers:
            scheme, value = item.split(":", 1)
            taken = OrganisationIdentifier.objects.filter(scheme=scheme, value=value)
            if organisation.pk:
                taken = taken.exclude(organisation=organisation)
            other = taken.select_related("organisation").first()
            if other is not None:
                raise RowError(
                    ("identifiers", f"{item} already belongs to {other.organisation.slug!r}")
                )

    def _set_identifiers(self, organisation: Organisation, identifiers: Any) -> None:
        if identifiers is None:
            return
        wanted = {tuple(item.split(":", 1)) for item in identifiers}
        for identifier in organisation.identifiers.all():
            if (identifier.scheme, identifier.value) not in wanted:
                identifier.delete()
        for scheme, value in sorted(wanted):
            OrganisationIdentifier.objects.get_or_create(
                organisation=organisation, scheme=scheme, value=value
            )
        organisation.refresh_from_db(fields=["identifiers"])  # drops the prefetched ones


class Capabilities(Entity):
    name = "capabilities"
    label = "capability"
    filename = "2-capabilities.csv"
    model = Capability
    key = ("slug",)
    parent = "parent"
    references = ("parent",)
    columns = (
        Column("slug", cells.slug(), lambda c: c.slug, doc="identity"),
        Column("name", cells.text(200), lambda c: c.name, required=True, doc="in English"),
        Column("name_nl", cells.text(200), lambda c: c.name_nl, doc="in Dutch"),
        Column("parent", cells.slug(), lambda c: _slug_of(c.parent), doc="a capability's slug"),
        Column("description", cells.text(), lambda c: c.description),
        Column(
            "position",
            cells.count,
            lambda c: c.position,
            keep_when_empty=True,
            doc="order among siblings; empty: 0 for a new capability",
        ),
    )

    def queryset(self) -> Any:
        return Capability.objects.select_related("parent").order_by("slug")

    def save(self, record: Capability | None, row: Row) -> tuple[Status, Capability]:
        values, actor = row.values, row.context.actor
        if actor is not None:
            self.require(
                permissions.can_edit_capabilities(actor),
                "slug",
                "only coordinators change the capability map",
            )
        capability = record or Capability(slug=values["slug"])
        self.assign(capability, values, ("name", "name_nl", "description", "position"))
        self.set_parent(capability, row)
        status = self.store(capability, row)
        return status, capability
