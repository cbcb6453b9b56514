"""CPSV-AP → anker: a citizen service per cpsv:PublicService, with its channels (by type;
one per kind), competent authorities as responsible organisations, life events, service
type and, from anker's own terms, the building blocks it runs on.

Identity: the service's IRI, or its dct:identifier when it is a blank node, so that a
harvest of the same register updates its services in place; an unchanged record (same
hash, same organisations) is left alone. Organisations are found by anker's urn:uuid, the
authority's address, an official identifier, then by name, and created when unknown;
life events and service types likewise, by address, identifier or name. Without a
competent authority the service takes ``--org``, else it is rejected on its own; the rest
of the source still imports, in one transaction."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Q

from anker.accounts.audit import audit_record
from anker.accounts.models import AuditAction
from anker.catalogue.models import BuildingBlock
from anker.catalogue.services import unique_slug
from anker.citizenservices.models import (
    CPSV_AP,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.citizenservices.services import service_snapshot
from anker.core.models import SourceFormat
from anker.interop.cpsv.exporter import export_folder
from anker.interop.cpsv.records import Agent, Channel, Concept, ServiceRecord, register_of
from anker.interop.dcat.parser import DcatError, read_graph
from anker.interop.provenance import provenance, record_hash
from anker.interop.publiccode.importer import KIND_BY_PREFIX
from anker.interop.registry import Format, ImportContext, register
from anker.interop.report import ImportReport, Outcome
from anker.organisations.models import PUBLIC_SECTOR_KINDS, Organisation, OrganisationIdentifier

FORMAT = CPSV_AP


def _organisation_format() -> str:
    """The source format an organisation created from CPSV-AP records. anker.core's
    SourceFormat does not name CPSV-AP yet, and an organisation must stay valid to be
    edited, so until it does such organisations say "manual" (their source address,
    external id and import time still tell where they came from)."""
    field = Organisation._meta.get_field("source_format")
    return FORMAT if FORMAT in dict(field.flatchoices) else SourceFormat.MANUAL


def import_cpsv(source: str, data: bytes, context: ImportContext) -> ImportReport:
    """Import one CPSV-AP source (Turtle, RDF/XML or JSON-LD); no input makes it raise."""
    report = ImportReport(format=FORMAT, source=source)
    try:
        graph, warnings = read_graph(data)
        found = register_of(graph)
    except DcatError as error:
        return report.reject(Path(source).name, error)
    except Exception as error:  # noqa: BLE001 -- a graph rdflib built but cannot walk
        return report.reject(Path(source).name, DcatError(f"not readable as CPSV-AP: {error}"))
    report.warnings.extend(warnings + found.warnings)
    for problem in found.problems:
        report.add(
            Outcome(
                record=problem.record, status="rejected", field=problem.field, reason=problem.reason
            )
        )
    with transaction.atomic():
        for record in found.records:
            report.add(_write(record, source, context, report))
    return report


def _write(
    record: ServiceRecord, source: str, context: ImportContext, report: ImportReport
) -> Outcome:
    own = _own(record)
    if own is not None:
        report.warnings.append(f"{record.subject}: anker's own service {own.slug}; left as is")
        return Outcome(record.subject, "unchanged", entity=f"citizen service {own.slug}")
    organisations = [_organisation(agent, source) for agent in record.authorities]
    organisations = [o for o in organisations if o is not None] or (
        [context.owner] if context.owner is not None else []
    )
    if not organisations:
        return Outcome(
            record.subject,
            "rejected",
            field="cv:hasCompetentAuthority",
            reason="no competent authority anker can name: the service has no "
            "cv:hasCompetentAuthority with a skos:prefLabel; give the organisation with --org",
        )
    status, service = _upsert(record, source, organisations, context, report)
    return Outcome(record.subject, status, entity=f"citizen service {service.slug}")


def _own(record: ServiceRecord) -> CitizenService | None:
    """The service an anker export named urn:uuid:<its uuid>, if it lives here: reading
    our own export back must not copy (or overwrite) what people maintain."""
    key = _urn_uuid(record.external_id)
    if key is None:
        return None
    return CitizenService.objects.filter(uuid=key).exclude(source_format=FORMAT).first()


def _urn_uuid(text: str) -> uuid.UUID | None:
    if not text.startswith("urn:uuid:"):
        return None
    try:
        return uuid.UUID(text[9:])
    except ValueError:
        return None


def _upsert(
    record: ServiceRecord,
    source: str,
    organisations: list[Organisation],
    context: ImportContext,
    report: ImportReport,
) -> tuple[str, CitizenService]:
    """("accepted" | "updated" | "unchanged", service): left alone when the record and
    its organisations are as they were at the last import."""
    digest = record_hash(record)
    service = (
        CitizenService.objects.filter(source_format=FORMAT, external_id=record.external_id[:500])
        .prefetch_related("organisations", "life_events", "blocks")
        .first()
    )
    wanted = {organisation.id for organisation in organisations}
    if service is not None and service.source_hash == digest:
        if {o.id for o in service.organisations.all()} == wanted:
            return "unchanged", service
    before = service_snapshot(service) if service else None
    service = _save(service, record, source, digest)
    service.organisations.set(organisations)
    service.life_events.set([_life_event(event, source) for event in record.life_events])
    service.blocks.set(_blocks(record, report))
    _set_channels(service, record.channels, source)
    service = CitizenService.objects.prefetch_related("organisations", "life_events", "blocks").get(
        pk=service.pk
    )
    audit_record(
        actor=context.actor,
        action=AuditAction.UPDATE if before else AuditAction.CREATE,
        instance=service,
        before=before,
        after=service_snapshot(service),
        via=context.via,
    )
    return ("updated" if before else "accepted"), service


def _save(
    service: CitizenService | None, record: ServiceRecord, source: str, digest: str
) -> CitizenService:
    """The service's own columns, with provenance, created or changed."""
    values = {
        "name": record.name,
        "language": record.language,
        "description": record.description,
        "homepage_url": record.homepage_url,
        "service_type": _service_type(record.service_type, source),
        **provenance(format=FORMAT, source=source, external_id=record.external_id, digest=digest),
    }
    if service is None:
        return CitizenService.objects.create(
            slug=unique_slug(CitizenService, record.name), **values
        )
    for name, value in values.items():
        setattr(service, name, value)
    service.save()
    return service


def _organisation(agent: Agent, source: str) -> Organisation | None:
    found = _known_organisation(agent)
    if found is not None:
        return found
    if not agent.name:
        return None
    lowered = agent.name.lower()
    kind = agent.kind or next(
        (kind for prefix, kind in KIND_BY_PREFIX.items() if lowered.startswith(prefix)), "agency"
    )
    organisation = Organisation.objects.create(
        slug=unique_slug(Organisation, agent.name),
        name=agent.name,
        kind=kind,
        is_public_sector=kind in PUBLIC_SECTOR_KINDS,
        country=agent.country,
        website=agent.website,
        **provenance(
            format=_organisation_format(),
            source=source,
            external_id=agent.uri or agent.identifier or f"name:{agent.name}",
        ),
    )
    for scheme, value in agent.identifiers:
        if scheme in dict(OrganisationIdentifier._meta.get_field("scheme").flatchoices):
            OrganisationIdentifier.objects.get_or_create(
                scheme=scheme, value=value, defaults={"organisation": organisation}
            )
    return organisation


def _known_organisation(agent: Agent) -> Organisation | None:
    """By anker's own urn:uuid, the authority's address, an official identifier, a name."""
    found = None
    if key := _urn_uuid(agent.uri):
        found = Organisation.objects.filter(uuid=key).first()
    if found is None and (agent.uri or agent.identifier):
        found = Organisation.objects.filter(
            external_id__in=[value for value in (agent.uri, agent.identifier) if value]
        ).first()
    for scheme, value in agent.identifiers:
        found = (
            found
            or Organisation.objects.filter(
                identifiers__scheme=scheme, identifiers__value=value
            ).first()
        )
    names = [name for _language, name in agent.names if name]
    if found is None and names:
        matches = Q()
        for name in names:
            matches |= Q(name__iexact=name)
        found = Organisation.objects.filter(matches, merged_into__isnull=True).first()
    for _hop in range(10):  # a merged record points to the organisation that lives on
        if found is None or found.merged_into_id is None:
            break
        found = found.merged_into
    return found


def _names(concept: Concept) -> dict[str, str]:
    names = dict(concept.names)
    english = names.get("en") or names.get("") or next(iter(names.values()), "")
    return {"name": english, "name_nl": names.get("nl", ""), "name_fr": names.get("fr", "")}


def _find_concept(model: Any, concept: Concept) -> Any:
    found = None
    if key := _urn_uuid(concept.uri):
        found = model.objects.filter(uuid=key).first()
    if found is None and concept.uri:
        found = model.objects.filter(external_id=concept.uri).first()
    if found is None and concept.identifier:
        found = model.objects.filter(slug=concept.identifier).first()
    names = [name for _language, name in concept.names if name]
    if found is None and names:
        matches = Q()
        for name in names:
            matches |= Q(name__iexact=name) | Q(name_nl__iexact=name)
        found = model.objects.filter(matches).first()
    return found


def _life_event(concept: Concept, source: str) -> LifeEvent:
    found = _find_concept(LifeEvent, concept)
    if found is not None:
        return found
    names = _names(concept)
    return LifeEvent.objects.create(
        slug=unique_slug(LifeEvent, concept.identifier or names["name"]),
        description=concept.description,
        **names,
        **provenance(format=FORMAT, source=source, external_id=concept.uri or concept.identifier),
    )


def _service_type(concept: Concept | None, source: str) -> ServiceType | None:
    if concept is None:
        return None
    found = _find_concept(ServiceType, concept)
    if found is not None:
        return found
    names = _names(concept)
    return ServiceType.objects.create(
        slug=unique_slug(ServiceType, concept.identifier or names["name"]),
        name=names["name"],
        name_nl=names["name_nl"],
        description=concept.description,
        **provenance(format=FORMAT, source=source, external_id=concept.uri or concept.identifier),
    )


def _blocks(record: ServiceRecord, report: ImportReport) -> list[BuildingBlock]:
    """anker's own term: the blocks it runs on, by urn:uuid or by a block's external id."""
    blocks = []
    for reference in record.blocks:
        key = _urn_uuid(reference)
        found = (
            BuildingBlock.objects.filter(uuid=key).first()
            if key
            else BuildingBlock.objects.filter(external_id=reference).first()
        )
        if found is None:
            report.warnings.append(f"{record.subject}: building block {reference} is not known")
        else:
            blocks.append(found)
    return blocks


def _set_channels(service: CitizenService, channels: tuple[Channel, ...], source: str) -> None:
    """One channel per kind, as the record has them. A channel the source no longer
    names goes, unless a person added it (it did not come from CPSV-AP)."""
    existing = {channel.kind: channel for channel in service.channels.all()}
    for record in channels:
        value, unit = record.service_level or (None, "")
        fields = {
            "always_available": record.always_available,
            "availability": record.availability,
            "service_level_value": value,
            "service_level_unit": unit,
            "languages": list(record.languages),
            "accessibility_status": record.accessibility_status,
            "accessibility_statement_url": record.accessibility_statement_url,
            "cost": None if record.cost is None else Decimal(record.cost),
            "currency": record.currency,
            "description": record.description,
            **provenance(format=FORMAT, source=source, external_id=record.identity),
        }
        channel = existing.get(record.kind) or ServiceChannel(service=service, kind=record.kind)
        for name, value in fields.items():
            setattr(channel, name, value)
        channel.save()
    service.channels.filter(source_format=FORMAT).exclude(
        kind__in=[record.kind for record in channels]
    ).delete()


register(
    Format(
        name=FORMAT,
        label="CPSV-AP",
        suffixes=(".ttl", ".rdf", ".xml", ".jsonld", ".json-ld", ".nt"),
        importer=import_cpsv,
        exporter=export_folder,
        notes=(
            "citizen services and channels; Turtle, RDF/XML or JSON-LD, told apart by content",
            "export: services.ttl, services.jsonld and services.rdf (CPSV-AP 3.2)",
        ),
    )
)
