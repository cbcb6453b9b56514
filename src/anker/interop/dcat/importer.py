"""DCAT-AP → anker: a ``dataset`` block per dcat:Dataset, an ``api`` block per
dcat:DataService, their publishers as organisations, dcat:servesDataset as dependencies.

Identity: the record's IRI, or its dct:identifier when it is a blank node, so a harvest
of the same catalogue updates its blocks in place. Owner: ``--org``, else the record's
dct:publisher, else its catalogue's; an organisation is found by the publisher's address
(as a DCAT external id, or anker's own urn:uuid), then by name, and created when unknown.
A record anker cannot place (no identity, no title, no publisher) is rejected on its
own; the rest of the source still imports, in one transaction."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from django.db import transaction

from anker.catalogue.models import BlockDescription, BlockLink, BuildingBlock, Dependency, Tag
from anker.catalogue.services import unique_slug
from anker.interop.blocks import upsert_block
from anker.interop.dcat.exporter import export_folder
from anker.interop.dcat.parser import DcatError, read_graph
from anker.interop.dcat.records import Agent, Catalogue, Record, catalogue_of
from anker.interop.provenance import provenance, record_hash
from anker.interop.publiccode.importer import KIND_BY_PREFIX
from anker.interop.registry import Format, ImportContext, register
from anker.interop.report import ImportReport, Outcome
from anker.organisations.models import PUBLIC_SECTOR_KINDS, Organisation

FORMAT = "dcat"


def import_dcat(source: str, data: bytes, context: ImportContext) -> ImportReport:
    """Import one DCAT source (Turtle, RDF/XML or JSON-LD); no input makes it raise."""
    report = ImportReport(format=FORMAT, source=source)
    try:
        graph, warnings = read_graph(data)
        catalogue = catalogue_of(graph)
    except DcatError as error:
        return report.reject(Path(source).name, error)
    except Exception as error:  # noqa: BLE001 -- a graph rdflib built but cannot walk
        return report.reject(Path(source).name, DcatError(f"not readable as DCAT: {error}"))
    report.warnings.extend(warnings + catalogue.warnings)
    for problem in catalogue.problems:
        report.add(
            Outcome(
                record=problem.record, status="rejected", field=problem.field, reason=problem.reason
            )
        )
    with transaction.atomic():
        blocks = _write_records(catalogue, source, context, report)
        _set_dependencies(catalogue, blocks, source, report)
    return report


def _write_records(
    catalogue: Catalogue, source: str, context: ImportContext, report: ImportReport
) -> dict[str, BuildingBlock]:
    blocks: dict[str, BuildingBlock] = {}
    for record in catalogue.records:
        own = _own_block(record)
        if own is not None:
            blocks[record.external_id] = own
            report.warnings.append(f"{record.subject}: anker's own block {own.slug}; left as is")
            report.add(
                Outcome(
                    record=record.subject, status="unchanged", entity=f"building block {own.slug}"
                )
            )
            continue
        owner, reason = _owner(record, context, source)
        if owner is None:
            report.add(
                Outcome(
                    record=record.subject, status="rejected", field="dct:publisher", reason=reason
                )
            )
            continue
        status, block = upsert_block(
            format=FORMAT,
            external_id=record.external_id,
            source=source,
            digest=record_hash(record),
            owner=owner,
            fields=_fields(record),
            set_related=lambda block, record=record: _set_related(block, record),
            context=context,
        )
        blocks[record.external_id] = block
        report.add(
            Outcome(record=record.subject, status=status, entity=f"building block {block.slug}")
        )
    return blocks


def _own_block(record: Record) -> BuildingBlock | None:
    """The block an anker export named urn:uuid:<its uuid>, if it lives in this database:
    reading our own catalogue back must not copy (or overwrite) what people maintain."""
    if not record.external_id.startswith("urn:uuid:"):
        return None
    try:
        key = uuid.UUID(record.external_id.removeprefix("urn:uuid:"))
    except ValueError:
        return None
    return BuildingBlock.objects.filter(uuid=key).exclude(source_format=FORMAT).first()


def _owner(record: Record, context: ImportContext, source: str) -> tuple[Organisation | None, str]:
    """(owner, "") or (None, why not)."""
    if context.owner is not None:
        return context.owner, ""
    agent = record.publisher or record.catalogue_publisher
    if agent is None:
        return None, (
            "no publisher: the record names no dct:publisher and no catalogue in the source "
            "publishes it; give the owner with --org"
        )
    found = _known_organisation(agent)
    if found is not None:
        return found, ""
    if not agent.name:
        return None, f"the publisher {agent.uri} has no foaf:name and is not known to anker"
    return _new_organisation(agent, source), ""


def _known_organisation(agent: Agent) -> Organisation | None:
    """By anker's own urn:uuid (our export), the publisher's address, then the name."""
    found = None
    if agent.uri.startswith("urn:uuid:"):
        try:
            found = Organisation.objects.filter(uuid=uuid.UUID(agent.uri[9:])).first()
        except ValueError:
            found = None
    if found is None and agent.uri:
        found = Organisation.objects.filter(source_format=FORMAT, external_id=agent.uri).first()
    if found is None and agent.name:
        found = (
            Organisation.objects.filter(name__iexact=agent.name, merged_into__isnull=True).first()
            or Organisation.objects.filter(identifiers__value__iexact=agent.name).first()
        )
    for _hop in range(10):  # a merged record points to the organisation that lives on
        if found is None or found.merged_into_id is None:
            break
        found = found.merged_into
    return found


def _new_organisation(agent: Agent, source: str) -> Organisation:
    """An organisation for an unknown publisher; its kind from dct:type when DCAT gives
    an ADMS publisher type, else guessed from the name as the publiccode importer does."""
    lowered = agent.name.lower()
    kind = agent.kind or next(
        (kind for prefix, kind in KIND_BY_PREFIX.items() if lowered.startswith(prefix)), "agency"
    )
    return Organisation.objects.create(
        slug=unique_slug(Organisation, agent.name),
        name=agent.name,
        kind=kind,
        is_public_sector=kind in PUBLIC_SECTOR_KINDS,
        country="",
        **provenance(format=FORMAT, source=source, external_id=agent.uri or f"name:{agent.name}"),
    )


def _fields(record: Record) -> dict[str, Any]:
    return {
        "name": record.name,
        "kind": record.kind,
        "licence": record.licence,
        "homepage_url": record.homepage_url,
        "spec_url": record.spec_url,
        "version": record.version,
        "contact_name": record.contact_name,
        "contact_email": record.contact_email,
        "default_language": record.default_language,
    }


def _set_related(block: BuildingBlock, record: Record) -> None:
    """Descriptions, tags and links as the record has them, replacing earlier ones."""
    block.descriptions.all().delete()
    BlockDescription.objects.bulk_create(
        BlockDescription(
            block=block, language=t.language, short_description=t.short, long_description=t.long
        )
        for t in record.texts
    )
    block.tags.set([Tag.objects.get_or_create(name=name)[0] for name in record.tags])
    block.links.all().delete()
    BlockLink.objects.bulk_create(
        BlockLink(
            block=block,
            kind=link.kind,
            url=link.url,
            title=link.title,
            media_type=link.media_type,
            licence=link.licence,
            position=position,
        )
        for position, link in enumerate(record.links)
    )


def _set_dependencies(
    catalogue: Catalogue, blocks: dict[str, BuildingBlock], source: str, report: ImportReport
) -> None:
    """dcat:servesDataset: the api block depends on each dataset block of this source.
    Reconciled on every import (and writes nothing when nothing changed), so a served
    dataset that the source no longer names loses its edge."""
    for record in catalogue.records:
        api = blocks.get(record.external_id)
        if api is None or record.kind != "api" or api.source_format != FORMAT:
            continue
        wanted = set()
        for served in record.serves:
            dataset = blocks.get(served)
            if dataset is None or dataset.id == api.id:
                report.warnings.append(
                    f"{record.subject}: dcat:servesDataset {served} is not a dataset imported "
                    "from this source; no dependency recorded"
                )
                continue
            wanted.add(dataset.id)
            Dependency.objects.get_or_create(
                dependent=api,
                dependency=dataset,
                defaults=provenance(
                    format=FORMAT,
                    source=source,
                    external_id=f"{record.external_id}#servesDataset:{served}",
                ),
            )
        api.dependencies.filter(source_format=FORMAT).exclude(dependency_id__in=wanted).delete()


register(
    Format(
        name=FORMAT,
        label="DCAT-AP",
        suffixes=(".ttl", ".rdf", ".xml", ".jsonld", ".json-ld", ".nt"),
        importer=import_dcat,
        exporter=export_folder,
        notes=(
            "Turtle, RDF/XML or JSON-LD, told apart by content",
            "export: catalogue.ttl, catalogue.jsonld and catalogue.rdf (DCAT-AP 3)",
        ),
    )
)
