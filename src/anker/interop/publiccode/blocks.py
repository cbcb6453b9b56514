"""anker → publiccode.yml: a software building block as the standard's data model, so
that the exporter writes it like any file it read."""

from __future__ import annotations

from pathlib import Path

from anker.catalogue.models import BuildingBlock
from anker.interop.publiccode import Contact, Dependency, Description, Software
from anker.reuse.models import ReuseStatus


def software_of(block: BuildingBlock) -> Software:
    """The block as publiccode.yml sees it: its repository, texts, licence, maintenance,
    dependencies and the organisations that reuse it (stopped reuse left out)."""
    ipa = block.owner.identifiers.filter(scheme="ipa").values_list("value", flat=True).first()
    return Software(
        name=block.name,
        url=block.code_url or block.homepage_url,
        landing_url=block.homepage_url,
        software_version=block.version,
        lifecycle=block.lifecycle,
        categories=tuple(block.tags.values_list("name", flat=True)),
        descriptions=tuple(
            Description(language=d.language, short=d.short_description, long=d.long_description)
            for d in block.descriptions.all()
        ),
        licence=block.licence,
        main_copyright_owner=block.owner.name,
        maintenance_type=block.maintenance,
        contacts=(Contact(name=block.contact_name, email=block.contact_email),)
        if block.contact_name
        else (),
        depends_on=tuple(
            Dependency(name=edge.dependency.name)
            for edge in block.dependencies.select_related("dependency").order_by("dependency__name")
        ),
        used_by=tuple(
            block.reuses.exclude(status=ReuseStatus.STOPPED)
            .order_by("organisation__name")
            .values_list("organisation__name", flat=True)
        ),
        ipa_code=ipa or "",
    )


def exportable_blocks():
    """Software blocks with a repository or home page: publiccode.yml requires a url."""
    return (
        BuildingBlock.objects.filter(kind="software", openness="open")
        .exclude(code_url="", homepage_url="")
        .select_related("owner")
        .order_by("slug")
    )


def export_folder(folder: Path) -> int:
    """One ``<slug>.publiccode.yml`` per exportable block in ``folder``; returns how many."""
    from anker.interop.publiccode.exporter import export

    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for block in exportable_blocks():
        text = export(software_of(block))
        (folder / f"{block.slug}.publiccode.yml").write_text(text, encoding="utf-8")
        written += 1
    return written
