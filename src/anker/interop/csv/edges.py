"""dependencies.csv, compliance.csv and links.csv: what hangs between or on blocks, each
identified by the slugs it joins (a link by its block, kind and address)."""

from __future__ import annotations

from typing import Any

from anker.accounts import permissions
from anker.catalogue.models import (
    BlockKind,
    BlockLink,
    BuildingBlock,
    ComplianceStatus,
    Dependency,
    LinkKind,
    StandardCompliance,
)
from anker.interop.csv import cells
from anker.interop.csv.engine import Column, Entity, Row, RowError
from anker.interop.report import Status


class BlockEdge(Entity):
    """An entity that belongs to the block in its first key column: that block's editors
    may write it."""

    def block(self, row: Row, column: str) -> BuildingBlock:
        block = self.lookup(row, BuildingBlock, row.values[column], column, "building block")
        actor = row.context.actor
        if actor is not None:
            self.require(
                permissions.can_edit_block(actor, block),
                column,
                f"you may not change what is recorded for {block.slug!r}",
            )
        return block


class Dependencies(BlockEdge):
    name = "dependencies"
    label = "dependency"
    filename = "4-dependencies.csv"
    model = Dependency
    key = ("dependent", "dependency")
    references = ("dependent", "dependency")
    paths = {"dependent": "dependent__slug", "dependency": "dependency__slug"}
    columns = (
        Column("dependent", cells.slug(), lambda d: d.dependent.slug, doc="the block that needs"),
        Column("dependency", cells.slug(), lambda d: d.dependency.slug, doc="the block it needs"),
        Column("note", cells.text(500), lambda d: d.note),
    )

    def queryset(self) -> Any:
        return Dependency.objects.select_related("dependent", "dependency").order_by(
            "dependent__slug", "dependency__slug"
        )

    def save(self, record: Dependency | None, row: Row) -> tuple[Status, Dependency]:
        values = row.values
        dependent = self.block(row, "dependent")
        dependency = self.lookup(
            row, BuildingBlock, values["dependency"], "dependency", "building block"
        )
        if dependent.pk == dependency.pk:
            raise RowError(("dependency", "a block cannot depend on itself"))
        edge = record or Dependency(dependent=dependent, dependency=dependency)
        self.assign(edge, values, ("note",))
        status = self.store(edge, row, related=(dependent, dependency))
        return status, edge


class Compliance(BlockEdge):
    name = "compliance"
    label = "standards compliance"
    filename = "5-compliance.csv"
    model = StandardCompliance
    key = ("block", "standard")
    references = ("block", "standard")
    paths = {"block": "block__slug", "standard": "standard__slug"}
    columns = (
        Column("block", cells.slug(), lambda c: c.block.slug),
        Column("standard", cells.slug(), lambda c: c.standard.slug, doc="a block of kind standard"),
        Column(
            "status",
            cells.choice(ComplianceStatus.values),
            lambda c: c.status,
            required=True,
        ),
        Column("explanation", cells.text(), lambda c: c.explanation, doc="required for explained"),
    )

    def queryset(self) -> Any:
        return StandardCompliance.objects.select_related("block", "standard").order_by(
            "block__slug", "standard__slug"
        )

    def save(
        self, record: StandardCompliance | None, row: Row
    ) -> tuple[Status, StandardCompliance]:
        values = row.values
        block = self.block(row, "block")
        standard = self.lookup(row, BuildingBlock, values["standard"], "standard", "building block")
        if standard.kind != BlockKind.STANDARD:
            raise RowError(
                ("standard", f"{standard.slug!r} is of kind {standard.kind}, not standard")
            )
        if standard.pk == block.pk:
            raise RowError(("standard", "a standard does not comply with itself"))
        compliance = record or StandardCompliance(block=block, standard=standard)
        self.assign(compliance, values, ("status", "explanation"))
        if compliance.status == ComplianceStatus.EXPLAINED and not compliance.explanation:
            raise RowError(("explanation", "required when the status is explained"))
        status = self.store(compliance, row, related=(block,))
        return status, compliance


class Links(BlockEdge):
    name = "links"
    label = "link"
    filename = "6-links.csv"
    model = BlockLink
    key = ("block", "kind", "url")
    references = ("block",)
    paths = {"block": "block__slug", "kind": "kind", "url": "url"}
    columns = (
        Column("block", cells.slug(), lambda link: link.block.slug),
        Column("kind", cells.choice(LinkKind.values), lambda link: link.kind),
        Column("url", cells.url(1000), lambda link: link.url),
        Column("title", cells.text(300), lambda link: link.title),
        Column("media_type", cells.text(100), lambda link: link.media_type),
        Column("licence", cells.text(300), lambda link: link.licence),
        Column(
            "position",
            cells.count,
            lambda link: link.position,
            keep_when_empty=True,
            doc="order on the block's page; empty: 0 for a new link",
        ),
    )

    def queryset(self) -> Any:
        return BlockLink.objects.select_related("block").order_by("block__slug", "position", "id")

    def save(self, record: BlockLink | None, row: Row) -> tuple[Status, BlockLink]:
        values = row.values
        block = self.block(row, "block")
        link = record or BlockLink(block=block, kind=values["kind"], url=values["url"])
        self.assign(link, values, ("title", "media_type", "licence", "position"))
        status = self.store(link, row, related=(block,))
        return status, link
