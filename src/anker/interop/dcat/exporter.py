"""anker → DCAT-AP 3: one catalogue of the open dataset and api blocks, written as
catalogue.ttl, catalogue.jsonld and catalogue.rdf (the same graph three times).

Addresses: anker has no public base URL setting, so what anker names gets a URN from
its UUID (``urn:uuid:…``), stable across exports and databases. A block or publisher
that came from a DCAT source keeps the address it had there, so a harvester sees the
same dataset under the same name. Where DCAT-AP requires what anker may lack:
  - a dataset without any description gets its name as dct:description;
  - a data service needs a dcat:endpointURL: its endpoint links, else the absolute
    server addresses of its OpenAPI document, else its specification's address (served
    by the API itself, as a rule), else its home page; a service with none of these is
    left out with a logged warning. The importer does not record an endpointURL equal to
    the endpointDescription or a landing page as an endpoint link, so the stand-in does
    not come back as an endpoint;
  - the catalogue's dct:publisher is the agent "anker" (the catalogue's keeper).
The shapes in /shared/data/schemas/dcat-ap/3.0.1 (shapes.ttl, range.ttl) accept the
result; tests/interop/test_dcat_export.py checks it."""

from __future__ import annotations

import logging
import re
import uuid
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from anker.catalogue.models import BlockLink, BuildingBlock
from anker.interop.dcat.terms import (
    ADMS_PUBLISHER_TYPES,
    DCAT,
    DCT,
    DEFAULT_PUBLISHER_TYPE,
    EU_FILE_TYPES,
    FOAF,
    IANA_MEDIA_TYPES,
    PUBLISHER_TYPE_BY_KIND,
    SKOS,
    SPDX_LICENCES,
    VCARD,
    clean,
    is_spdx_id,
)
from anker.organisations.models import Organisation

logger = logging.getLogger(__name__)

CATALOGUE_URI = URIRef(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'anker:dcat-catalogue')}")
KEEPER_URI = URIRef(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'anker:dcat-catalogue-keeper')}")
FILES = (("catalogue.ttl", "turtle"), ("catalogue.jsonld", "json-ld"), ("catalogue.rdf", "xml"))
PREFIXES = {"dcat": DCAT, "dct": DCT, "foaf": FOAF, "vcard": VCARD, "skos": SKOS}
_FILE_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


def export_folder(folder: Path) -> int:
    """Write the catalogue in its three serialisations into ``folder``; returns 3."""
    graph = catalogue_graph()
    folder.mkdir(parents=True, exist_ok=True)
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    for name, syntax in FILES:
        options = {"context": context, "auto_compact": True} if syntax == "json-ld" else {}
        text = graph.serialize(format=syntax, **options)
        (folder / name).write_text(text, encoding="utf-8")
    return len(FILES)


def exportable_blocks():
    """Open dataset and api blocks: a public catalogue lists what everyone may reuse."""
    return (
        BuildingBlock.objects.filter(kind__in=("dataset", "api"), openness="open")
        .select_related("owner")
        .prefetch_related("descriptions", "tags", "links", "dependencies__dependency")
        .order_by("slug")
    )


def catalogue_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.add((CATALOGUE_URI, RDF.type, DCAT.Catalog))
    graph.add((CATALOGUE_URI, DCT.title, Literal("anker catalogue", lang="en")))
    graph.add((CATALOGUE_URI, DCT.title, Literal("anker-catalogus", lang="nl")))
    description = "Datasets and data services shared as building blocks in anker."
    graph.add((CATALOGUE_URI, DCT.description, Literal(description, lang="en")))
    graph.add((CATALOGUE_URI, DCT.publisher, KEEPER_URI))
    graph.add((KEEPER_URI, RDF.type, FOAF.Agent))
    graph.add((KEEPER_URI, FOAF.name, Literal("anker")))
    blocks = list(exportable_blocks())
    exported = {block.id for block in blocks if block.kind == "dataset"}
    for block in blocks:
        if block.kind == "dataset":
            graph.add((CATALOGUE_URI, DCAT.dataset, _add_dataset(graph, block)))
        elif (node := _add_service(graph, block, exported)) is not None:
            graph.add((CATALOGUE_URI, DCAT.service, node))
    return graph


def _address(entity: BuildingBlock | Organisation) -> URIRef:
    """The address a DCAT source gave, else anker's own URN."""
    external = entity.external_id
    kept = external.startswith(("http://", "https://", "urn:")) and _IRI.match(external)
    if entity.source_format == "dcat" and kept:
        return URIRef(external)
    return URIRef(f"urn:uuid:{entity.uuid}")


def _add_common(graph: Graph, node: URIRef, block: BuildingBlock) -> bool:
    """What datasets and data services share: identity, texts, publisher, keywords,
    pages, contact and licence. True when a description was written."""
    graph.add((node, DCT.identifier, Literal(str(node))))
    graph.add((node, DCT.title, _text(block.name, block.default_language)))
    described = False
    for description in block.descriptions.all():
        text = description.long_description or description.short_description
        if text:
            graph.add((node, DCT.description, _text(text, description.language)))
            described = True
    graph.add((node, DCT.publisher, _add_agent(graph, block.owner)))
    for tag in block.tags.all():
        graph.add((node, DCAT.keyword, _text(tag.name)))
    links = list(block.links.all())
    landing = [block.homepage_url] + [link.url for link in links if link.kind == "landing"]
    pages = [block.docs_url] + [link.url for link in links if link.kind == "documentation"]
    for predicate, urls in ((DCAT.landingPage, landing), (FOAF.page, pages)):
        for url in filter(_IRI.match, dict.fromkeys(urls)):
            graph.add((node, predicate, _typed(graph, URIRef(url), FOAF.Document)))
    if block.contact_name or block.contact_email:
        graph.add((node, DCAT.contactPoint, _add_contact(graph, block)))
    if block.licence:
        graph.add((node, DCT.license, _add_licence(graph, block.licence)))
    if block.version and block.kind == "dataset":
        graph.add((node, DCAT.version, _text(block.version)))
    return described


def _text(value: str, language: str = "") -> Literal:
    """A literal without the control characters XML 1.0 cannot carry (the RDF/XML file
    would not parse), tagged with ``language`` when it is a tag rdflib accepts."""
    return Literal(clean(value), lang=language if _LANGUAGE_TAG.match(language) else None)


def _add_dataset(graph: Graph, block: BuildingBlock) -> URIRef:
    node = _typed(graph, _address(block), DCAT.Dataset)
    if not _add_common(graph, node, block):
        graph.add((node, DCT.description, _text(block.name, block.default_language)))
    for link in block.links.all():
        if link.kind in ("access", "download") and _IRI.match(link.url):
            graph.add((node, DCAT.distribution, _add_distribution(graph, link)))
    return node


def _add_service(graph: Graph, block: BuildingBlock, datasets: set[int]) -> URIRef | None:
    endpoints = _endpoints(block)
    if not endpoints:
        logger.warning("dcat export: %s has no endpoint address; left out", block.slug)
        return None
    node = _typed(graph, _address(block), DCAT.DataService)
    _add_common(graph, node, block)
    for url in dict.fromkeys(endpoints):
        graph.add((node, DCAT.endpointURL, URIRef(url)))
    if _IRI.match(block.spec_url):
        graph.add((node, DCAT.endpointDescription, URIRef(block.spec_url)))
    for edge in block.dependencies.all():
        if edge.dependency_id in datasets:
            graph.add((node, DCAT.servesDataset, _address(edge.dependency)))
    return node


def _endpoints(block: BuildingBlock) -> list[str]:
    """Endpoint links, else OpenAPI servers, else the one stand-in (see module docstring)."""
    endpoints = [link.url for link in block.links.all() if link.kind == "endpoint"]
    endpoints = [url for url in endpoints or _server_urls(block) if _IRI.match(url)]
    stand_ins = [url for url in (block.spec_url, block.homepage_url) if _IRI.match(url)]
    return endpoints or stand_ins[:1]


def _server_urls(block: BuildingBlock) -> list[str]:
    specification = getattr(block, "api_specification", None)
    servers = specification.servers if specification else []
    urls = [server.get("url", "") for server in servers if isinstance(server, dict)]
    return [url for url in urls if isinstance(url, str) and url.startswith(("http://", "https://"))]


def _typed(graph: Graph, node: Node, cls: URIRef) -> Node:
    graph.add((node, RDF.type, cls))
    return node


def _add_agent(graph: Graph, organisation: Organisation) -> URIRef:
    node = _typed(graph, _address(organisation), FOAF.Agent)
    graph.add((node, FOAF.name, _text(organisation.name)))
    name = PUBLISHER_TYPE_BY_KIND.get(organisation.kind, DEFAULT_PUBLISHER_TYPE)
    concept = _typed(graph, URIRef(ADMS_PUBLISHER_TYPES + name), SKOS.Concept)
    graph.add((concept, SKOS.prefLabel, Literal(name, lang="en")))
    graph.add((node, DCT.type, concept))
    return node


def _add_contact(graph: Graph, block: BuildingBlock) -> BNode:
    contact = BNode()
    graph.add((contact, RDF.type, VCARD.Kind))
    if block.contact_name:
        graph.add((contact, VCARD.fn, _text(block.contact_name)))
    if _IRI.match(f"mailto:{block.contact_email}"):
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{block.contact_email}")))
    return contact


def _add_licence(graph: Graph, licence: str) -> Node:
    """An address kept from the source, an SPDX page, or a licence document titled with
    anker's value (a national licence id that SPDX does not know)."""
    if "://" in licence and _IRI.match(licence):
        node: Node = URIRef(licence)
    elif is_spdx_id(licence):
        node = URIRef(SPDX_LICENCES + licence)
    else:
        node = BNode()
        graph.add((node, DCT.title, _text(licence)))
    return _typed(graph, node, DCT.LicenseDocument)


def _add_distribution(graph: Graph, link: BlockLink) -> URIRef:
    node = _typed(graph, URIRef(f"urn:uuid:{link.uuid}"), DCAT.Distribution)
    graph.add((node, DCAT.accessURL, URIRef(link.url)))
    if link.kind == "download":
        graph.add((node, DCAT.downloadURL, URIRef(link.url)))
    if link.title:
        graph.add((node, DCT.title, _text(link.title)))
    if link.media_type:
        _add_media_type(graph, node, link.media_type)
    if link.licence:
        graph.add((node, DCT.license, _add_licence(graph, link.licence)))
    return node


def _add_media_type(graph: Graph, distribution: Node, media_type: str) -> None:
    """text/csv as an IANA media type; SHP as an EU file type; anything else as a
    format described by its label. The importer reads each back to the same value."""
    iana = IANA_MEDIA_TYPES + media_type
    if "/" in media_type and _IRI.match(iana):
        graph.add((distribution, DCAT.mediaType, _typed(graph, URIRef(iana), DCT.MediaType)))
        return
    if _FILE_TYPE.match(media_type):
        media: Node = URIRef(EU_FILE_TYPES + media_type.upper())
    else:
        media = BNode()
        graph.add((media, RDFS.label, _text(media_type)))
    graph.add((distribution, DCT["format"], _typed(graph, media, DCT.MediaTypeOrExtent)))
