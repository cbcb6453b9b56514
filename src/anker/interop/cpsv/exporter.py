"""anker → CPSV-AP 3.2: every citizen service as a cpsv:PublicService with its channels,
costs, competent authorities, life events and type, written as services.ttl,
services.jsonld and services.rdf (the same graph three times).

Addresses: what came from a CPSV-AP source keeps the address it had there; everything
else is named by its UUID (``urn:uuid:…``), since anker has no public base URL. Where
CPSV-AP requires what anker may lack:
  - a service without a description gets its name as dct:description;
  - a public organisation needs a dct:spatial: its country in the EU country table, or,
    for a country anker cannot name there, a dct:Location with the country code as label;
  - every concept used (channel type, currency, frequency, service type) is typed
    skos:Concept in the graph itself, so the shapes hold without the EU code lists.
The official CPSV-AP 3.2.0 SHACL shapes accept the result
(tests/interop/test_cpsv_export.py). Monthly figures are not part of CPSV-AP and are not
exported; the building blocks a service runs on, the exact service-level unit and the
accessibility statement travel in anker's own terms (``terms.ANKER``)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from django.db.models import Prefetch
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from anker.catalogue.models import BuildingBlock
from anker.citizenservices.models import CitizenService, LifeEvent, ServiceChannel, ServiceType
from anker.interop.cpsv.terms import (
    ADMS,
    ANKER,
    CHANNEL_LABELS,
    CONTINUOUS,
    CPSV,
    CURRENCY,
    CV,
    DCT,
    FOAF,
    NAME_LANGUAGE,
    SKOS,
    TIME,
    channel_type_iri,
    country_iri,
    duration,
    language_iri,
)
from anker.interop.dcat.terms import (
    ADMS_PUBLISHER_TYPES,
    DEFAULT_PUBLISHER_TYPE,
    PUBLISHER_TYPE_BY_KIND,
    clean,
)
from anker.organisations.models import Organisation

FILES = (("services.ttl", "turtle"), ("services.jsonld", "json-ld"), ("services.rdf", "xml"))
PREFIXES = {"cv": CV, "cpsv": CPSV, "dct": DCT, "skos": SKOS, "foaf": FOAF, "adms": ADMS}
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


def export_folder(folder: Path) -> int:
    """Write the services in their three serialisations into ``folder``; returns 3."""
    graph = services_graph()
    folder.mkdir(parents=True, exist_ok=True)
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    for name, syntax in FILES:
        options = {"context": context, "auto_compact": True} if syntax == "json-ld" else {}
        (folder / name).write_text(graph.serialize(format=syntax, **options), encoding="utf-8")
    return len(FILES)


def exportable_services():
    open_blocks = BuildingBlock.objects.filter(openness="open").order_by("slug")
    return (
        CitizenService.objects.select_related("service_type")
        .prefetch_related(
            "organisations__identifiers",
            "life_events",
            "channels",
            Prefetch("blocks", queryset=open_blocks, to_attr="open_blocks"),
        )
        .order_by("slug")
    )


def services_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("anker", ANKER)
    for service in exportable_services():
        _add_service(graph, service)
    return graph


def address(
    entity: CitizenService | ServiceChannel | Organisation | LifeEvent | ServiceType,
) -> URIRef:
    """The address an imported record had in its source, else anker's own URN."""
    external = entity.external_id
    kept = external.startswith(("http://", "https://", "urn:")) and _IRI.match(external)
    if entity.imported_at is not None and kept:
        return URIRef(external)
    return URIRef(f"urn:uuid:{entity.uuid}")


def _text(value: str, language: str = "") -> Literal:
    return Literal(clean(value), lang=language if _LANGUAGE_TAG.match(language or "") else None)


def _typed(graph: Graph, node: Node, *classes: URIRef) -> Node:
    for cls in classes:
        graph.add((node, RDF.type, cls))
    return node


def _concept(graph: Graph, iri: str, label: str) -> URIRef:
    node = _typed(graph, URIRef(iri), SKOS.Concept)
    graph.add((node, SKOS.prefLabel, Literal(label, lang="en")))
    return node


def _add_service(graph: Graph, service: CitizenService) -> None:
    node = _typed(graph, address(service), CPSV.PublicService)
    language = service.language
    graph.add((node, DCT.identifier, Literal(str(node))))
    graph.add((node, DCT.title, _text(service.name, language)))
    graph.add((node, DCT.description, _text(service.description or service.name, language)))
    if _IRI.match(service.homepage_url):
        graph.add((node, FOAF.page, _typed(graph, URIRef(service.homepage_url), FOAF.Document)))
    for organisation in service.organisations.all():
        graph.add((node, CV.hasCompetentAuthority, _add_organisation(graph, organisation)))
    if service.service_type:
        graph.add((node, DCT.type, _add_service_type(graph, service.service_type)))
    for event in service.life_events.all():
        graph.add((node, CV.isGroupedBy, _add_life_event(graph, event)))
    languages = set()
    for channel in service.channels.all():
        channel_node = _add_channel(graph, channel)
        graph.add((node, CV.hasChannel, channel_node))
        if channel.cost is not None:
            graph.add((node, CV.hasCost, _add_cost(graph, channel, channel_node)))
        languages |= set(channel.languages)
    for code in sorted(languages):
        if iri := language_iri(code):
            graph.add((node, DCT.language, _typed(graph, URIRef(iri), DCT.LinguisticSystem)))
    for block in service.open_blocks:
        graph.add((node, ANKER.runsOn, URIRef(f"urn:uuid:{block.uuid}")))


def _add_organisation(graph: Graph, organisation: Organisation) -> URIRef:
    node = _typed(graph, address(organisation), CV.PublicOrganisation)
    language = NAME_LANGUAGE.get(organisation.country.upper(), "en")
    graph.add((node, SKOS.prefLabel, _text(organisation.name, language)))
    graph.add((node, DCT.identifier, Literal(str(node))))
    graph.add((node, DCT.spatial, _location(graph, organisation.country)))
    name = PUBLISHER_TYPE_BY_KIND.get(organisation.kind, DEFAULT_PUBLISHER_TYPE)
    graph.add((node, DCT.type, _concept(graph, ADMS_PUBLISHER_TYPES + name, name)))
    graph.add((node, ANKER.organisationKind, Literal(organisation.kind)))
    if _IRI.match(organisation.website):
        graph.add((node, FOAF.homepage, _typed(graph, URIRef(organisation.website), FOAF.Document)))
    for identifier in organisation.identifiers.all():
        holder = BNode()
        _typed(graph, holder, ADMS.Identifier)
        graph.add((holder, SKOS.notation, Literal(identifier.value)))
        graph.add((holder, ADMS.schemaAgency, Literal(identifier.scheme)))
        graph.add((node, ADMS.identifier, holder))
    return node


def _location(graph: Graph, country: str) -> Node:
    iri = country_iri(country)
    if iri:
        return _typed(graph, URIRef(iri), DCT.Location)
    location = _typed(graph, BNode(), DCT.Location)
    graph.add((location, SKOS.prefLabel, Literal(country or "unknown", lang="en")))
    return location


def _add_service_type(graph: Graph, service_type: ServiceType) -> URIRef:
    node = _concept(graph, str(address(service_type)), service_type.name)
    if service_type.name_nl:
        graph.add((node, SKOS.prefLabel, _text(service_type.name_nl, "nl")))
    graph.add((node, SKOS.notation, Literal(service_type.slug)))
    if service_type.description:
        graph.add((node, SKOS.definition, _text(service_type.description, "en")))
    return node


def _add_life_event(graph: Graph, event: LifeEvent) -> URIRef:
    # cv:LifeEvent is a subclass of cv:Event; both are stated, so that the shapes of an
    # Event apply without reasoning (cv:isGroupedBy asks for an Event).
    node = _typed(graph, address(event), CV.LifeEvent, CV.Event)
    graph.add((node, DCT.identifier, Literal(event.slug)))
    for language, name in (("en", event.name), ("nl", event.name_nl), ("fr", event.name_fr)):
        if name:
            graph.add((node, DCT.title, _text(name, language)))
    if event.description:
        graph.add((node, DCT.description, _text(event.description, "en")))
    return node


def _add_channel(graph: Graph, channel: ServiceChannel) -> URIRef:
    node = _typed(graph, address(channel), CV.Channel)
    graph.add((node, DCT.identifier, Literal(str(node))))
    kind_label = CHANNEL_LABELS[channel.kind]
    graph.add((node, DCT.type, _concept(graph, channel_type_iri(channel.kind), kind_label)))
    if channel.description:
        graph.add((node, DCT.description, _text(channel.description, channel.service.language)))
    if channel.service_level_value is not None and channel.service_level_unit:
        text = duration(channel.service_level_value, channel.service_level_unit)
        graph.add((node, CV.processingTime, Literal(text, datatype=XSD.duration)))
        graph.add((node, ANKER.serviceLevelValue, Literal(channel.service_level_value)))
        graph.add((node, ANKER.serviceLevelUnit, Literal(channel.service_level_unit)))
    if channel.always_available or channel.availability:
        graph.add((node, CV.openingHours, _opening_hours(graph, channel)))
    for code in channel.languages:
        if iri := language_iri(code):
            graph.add((node, DCT.language, _typed(graph, URIRef(iri), DCT.LinguisticSystem)))
    if channel.accessibility_status:
        graph.add((node, ANKER.accessibilityStatus, Literal(channel.accessibility_status)))
    if _IRI.match(channel.accessibility_statement_url):
        statement = URIRef(channel.accessibility_statement_url)
        graph.add((node, ANKER.accessibilityStatement, statement))
    return node


def _opening_hours(graph: Graph, channel: ServiceChannel) -> BNode:
    hours = _typed(graph, BNode(), TIME.TemporalEntity)
    text = channel.availability or "24/7"
    graph.add((hours, DCT.description, _text(text, "en")))
    if channel.always_available:
        graph.add((hours, CV.frequency, _concept(graph, CONTINUOUS, "continuous")))
    return hours


def _add_cost(graph: Graph, channel: ServiceChannel, channel_node: URIRef) -> URIRef:
    key = uuid.uuid5(channel.uuid, "cost")
    node = _typed(graph, URIRef(f"urn:uuid:{key}"), CV.Cost)
    graph.add((node, DCT.identifier, Literal(str(node))))
    graph.add((node, CV.hasValue, Literal(float(channel.cost), datatype=XSD.double)))
    graph.add((node, CV.currency, _concept(graph, CURRENCY + channel.currency, channel.currency)))
    graph.add((node, CV.ifAccessedThrough, channel_node))
    label = f"Cost when using the {CHANNEL_LABELS[channel.kind].lower()} channel"
    graph.add((node, DCT.description, Literal(label, lang="en")))
    return node
