"""blocks.csv: building blocks, identified by slug, written through ``upsert_block``, the
one audited way an importer writes a block.

Descriptions are two columns per language, ``short_description_<code>`` and
``long_description_<code>``: a sheet gets one column per language it holds, and any
language code works without a change here. A language whose two cells are empty loses its
description; a language without columns in the file keeps its own. Column names are read in
lower case, so codes are matched in any case (``pt-BR`` is the column ``…_pt-br``)."""

from __future__ import annotations

from typing import Any

from django.db.models import F

from anker.accounts import permissions
from anker.architecture.models import Capability
from anker.catalogue.models import (
    BlockDescription,
    BlockKind,
    BuildingBlock,
    Lifecycle,
    Maintenance,
    Openness,
    Tag,
)
from anker.catalogue.services import MAX_TAGS
from anker.interop.blocks import upsert_block
from anker.interop.csv import cells
from anker.interop.csv.engine import FORMAT, Column, Entity, Row, RowError, identity
from anker.interop.report import Status
from anker.organisations.models import Organisation

SHORT, LONG = "short_description_", "long_description_"
FIELDS = (
    "name", "kind", "lifecycle", "openness", "licence", "homepage_url", "code_url", "docs_url",
    "spec_url", "version", "maintenance", "contact_name", "contact_email", "default_language",
)  # fmt: skip


def _language(value: str) -> str:
    if not cells.is_language(value):
        raise cells.CellError(f"{value!r} is not a language code such as en, nl or pt-br")
    return value


def _description(block: BuildingBlock, language: str) -> BlockDescription | None:
    return next((d for d in block.descriptions.all() if d.language.lower() == language), None)


def _description_column(name: str) -> Column | None:
    for prefix, limit, attribute in (
        (SHORT, 300, "short_description"),
        (LONG, None, "long_description"),
    ):
        language = name.removeprefix(prefix)
        if name.startswith(prefix) and cells.is_language(language):
            return Column(
                name,
                cells.text(limit),
                lambda block, code=language, attr=attribute: getattr(
                    _description(block, code), attr, ""
                ),
            )
    return None


def _tags(names: tuple[str, ...]) -> list[Tag]:
    """The tags of these names, the missing ones made (two queries, not two a tag)."""
    found = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = [Tag(name=name) for name in names if name not in found]
    if missing:
        Tag.objects.bulk_create(missing, ignore_conflicts=True)
        found.update((tag.name, tag) for tag in Tag.objects.filter(name__in=names))
    return [found[name] for name in names]


def _choice(name: str, choices: Any, doc: str = "") -> Column:
    return Column(
        name,
        cells.choice(choices.values),
        lambda b: getattr(b, name),
        keep_when_empty=True,
        doc=doc,
    )


def _text(name: str, limit: int) -> Column:
    return Column(name, cells.text(limit), lambda b: getattr(b, name))


def _url(name: str) -> Column:
    return Column(name, cells.url(), lambda b: getattr(b, name))


class Blocks(Entity):
    name = "blocks"
    label = "building block"
    filename = "3-blocks.csv"
    model = BuildingBlock
    key = ("slug",)
    references = ("owner", "last_verified_by")
    columns = (
        Column("slug", cells.slug(), lambda b: b.slug, doc="identity"),
        Column("name", cells.text(300), lambda b: b.name, required=True),
        Column("kind", cells.choice(BlockKind.values), lambda b: b.kind, required=True),
        Column(
            "owner",
            cells.slug(),
            lambda b: b.owner.slug,
            keep_when_empty=True,
            doc="an organisation's slug; empty: kept, or --org for a new block",
        ),
        _choice("lifecycle", Lifecycle, "empty: production for a new block"),
        _choice("openness", Openness, "empty: open for a new block"),
        _text("licence", 100),
        _url("homepage_url"),
        _url("code_url"),
        _url("docs_url"),
        _url("spec_url"),
        _text("version", 50),
        _choice("maintenance", Maintenance, "empty: internal for a new block"),
        _text("contact_name", 200),
        Column("contact_email", cells.email(), lambda b: b.contact_email),
        Column(
            "default_language",
            cells.Kind(read=_language),
            lambda b: b.default_language,
            keep_when_empty=True,
            doc="empty: en for a new block",
        ),
        Column(
            "tags",
            cells.listing(cells.text(100), fold=True, limit=MAX_TAGS),
            lambda b: tuple(sorted(tag.name for tag in b.tags.all())),
            doc="; between tags; kept in lower case",
        ),
        Column(
            "capabilities",
            cells.listing(cells.slug()),
            lambda b: tuple(sorted(c.slug for c in b.capabilities.all())),
            doc="; between capabilities' slugs",
        ),
    )

    def column(self, name: str) -> Column | None:
        return super().column(name) or _description_column(name)

    def export_columns(self) -> list[Column]:
        stored = BlockDescription.objects.values_list("language", flat=True).distinct()
        languages = sorted({code.lower() for code in stored})
        described = [
            _description_column(f"{prefix}{code}")
            for code in languages
            for prefix in (SHORT, LONG)
            if cells.is_language(code)
        ]
        return [*self.columns, *(column for column in described if column is not None)]

    def queryset(self) -> Any:
        return (
            BuildingBlock.objects.select_related("owner")
            .prefetch_related("tags", "capabilities", "descriptions")
            .order_by("slug")
        )

    def save(self, record: BuildingBlock | None, row: Row) -> tuple[Status, BuildingBlock]:
        values, slug = row.values, row.values["slug"]
        owner = self._owner(record, row)
        self._check_permission(record, owner, row)
        capabilities = self._capabilities(values.get("capabilities"))
        fields = {name: values[name] for name in FIELDS if name in values}
        candidate = record or BuildingBlock(slug=slug)
        self.assign(candidate, fields, FIELDS)
        candidate.owner = owner
        self.validate(candidate)
        fmt, external_id, source = identity(record, row.source, slug)
        self._claim(record, fmt, external_id, slug)
        status, block = upsert_block(
            format=fmt,
            external_id=external_id,
            source=source,
            digest=row.digest,
            owner=owner,
            fields=fields,
            set_related=lambda block: self._set_related(block, slug, values, capabilities),
            context=row.context,
        )
        return status, block

    def _owner(self, record: BuildingBlock | None, row: Row) -> Organisation:
        """The owner the row names; else the block's own; else, for a new block, ``--org``.
        So ``--org`` never takes an existing block from its owner."""
        if "owner" in row.values:
            return self.lookup(row, Organisation, row.values["owner"], "owner", "organisation")
        owner = record.owner if record is not None else row.context.owner
        if owner is None:
            raise RowError(("owner", "required for a new building block (here or with --org)"))
        return owner

    def describe(self, record: BuildingBlock) -> None:
        return None  # upsert_block audits the block itself

    def _check_permission(
        self, record: BuildingBlock | None, owner: Organisation, row: Row
    ) -> None:
        actor = row.context.actor
        if actor is None:
            return
        if record is not None:
            self.require(
                permissions.can_edit_block(actor, record), "slug", "you may not change this block"
            )
        self.require(
            permissions.can_edit_for_organisation(actor, owner.id),
            "owner",
            f"you may not add or hand blocks to {owner.slug!r}",
        )

    def _capabilities(self, slugs: tuple[str, ...] | None) -> list[Capability] | None:
        if slugs is None:
            return None
        found = list(Capability.objects.filter(slug__in=slugs))
        unknown = sorted(set(slugs) - {capability.slug for capability in found})
        if unknown:
            raise RowError(("capabilities", f"unknown capabilities: {', '.join(unknown)}"))
        return found

    def _claim(self, record: BuildingBlock | None, fmt: str, external_id: str, slug: str) -> None:
        """Give the block the identity upsert_block finds it by. A CSV block whose slug was
        changed by hand keeps CSV identity under its new slug, so it is not taken for this one."""
        if fmt == FORMAT:
            BuildingBlock.objects.filter(source_format=FORMAT, external_id=slug).exclude(
                slug=slug
            ).update(external_id=F("slug"))
        if record is not None and (record.source_format, record.external_id) != (fmt, external_id):
            BuildingBlock.objects.filter(pk=record.pk).update(
                source_format=fmt, external_id=external_id
            )

    def _set_related(
        self,
        block: BuildingBlock,
        slug: str,
        values: dict[str, Any],
        capabilities: list[Capability] | None,
    ) -> None:
        if block.slug != slug:
            # upsert_block names a new block's slug after its name; the row gives the slug.
            block.slug = slug
            block.save(update_fields=["slug"])
        if "tags" in values:
            block.tags.set(_tags(values["tags"]))
        if capabilities is not None:
            block.capabilities.set(capabilities)
        self._set_descriptions(block, values)

    def _set_descriptions(self, block: BuildingBlock, values: dict[str, Any]) -> None:
        languages = {
            name.removeprefix(prefix)
            for name in values
            for prefix in (SHORT, LONG)
            if name.startswith(prefix)
        }
        stored = {d.language.lower(): d for d in block.descriptions.all()}
        for language in sorted(languages):
            description = stored.get(language) or BlockDescription(block=block, language=language)
            for prefix, attribute in ((SHORT, "short_description"), (LONG, "long_description")):
                if prefix + language in values:
                    setattr(description, attribute, values[prefix + language])
            if description.short_description or description.long_description:
                description.save()
            elif description.pk:
                description.delete()
