"""An RDF graph → the DCAT records anker imports: one Record per dcat:Dataset (also
dcat:DatasetSeries) and dcat:DataService, and a Problem per record that cannot be one.

A Record holds only values read from the graph, never blank-node ids (rdflib names them
anew on every parse) and always in a content order, so that the same file gives an
equal record, hence an equal hash, every time. Pure Python and rdflib: no Django."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from anker.interop.dcat.terms import (
    DCAT,
    DCT,
    FOAF,
    KIND_BY_PUBLISHER_TYPE,
    OWL,
    SKOS,
    VCARD,
    clean,
    language_of,
    last_segment,
    licence_of_iri,
    media_type_of_iri,
)
from anker.interop.rdfread import (
    MAX_IDENTITY,
    Problem,
    RecordError,
)
from anker.interop.rdfread import first as _first
from anker.interop.rdfread import identity as _identity
from anker.interop.rdfread import literals as _literals
from anker.interop.rdfread import sort_key as _sort_key

MAX_URL = 500  # the block's url columns
MAX_LINK_URL = 1000
MAX_TAGS = 50
SHORT = 300
KNOWN_DCAT_CLASSES = frozenset(
    DCAT[name]
    for name in (
        "Catalog", "Dataset", "DatasetSeries", "DataService", "Distribution",
        "CatalogRecord", "Relationship", "Role", "Resource",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Agent:
    uri: str  # "" for a blank node or a literal publisher
    name: str
    kind: str = ""  # anker's organisation kind, from dct:type when it is an ADMS type


@dataclass(frozen=True)
class Link:
    kind: str
    url: str
    title: str = ""
    media_type: str = ""
    licence: str = ""


@dataclass(frozen=True)
class Text:
    language: str
    short: str
    long: str


@dataclass(frozen=True)
class Record:
    subject: str  # what the report calls the record: its IRI or dct:identifier
    external_id: str
    kind: str  # "dataset" | "api"
    name: str
    default_language: str
    texts: tuple[Text, ...]
    publisher: Agent | None
    catalogue_publisher: Agent | None
    tags: tuple[str, ...] = ()
    homepage_url: str = ""
    licence: str = ""
    version: str = ""
    contact_name: str = ""
    contact_email: str = ""
    spec_url: str = ""
    links: tuple[Link, ...] = ()
    serves: tuple[str, ...] = ()  # external ids of the datasets a data service serves


@dataclass
class Catalogue:
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def catalogue_of(graph: Graph) -> Catalogue:
    """Every dataset and data service of ``graph``, each a Record or a Problem."""
    catalogue = Catalogue(warnings=_unknown_types(graph) + _unusable_distributions(graph))
    services = set(graph.subjects(RDF.type, DCAT.DataService))
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    datasets |= set(graph.subjects(RDF.type, DCAT.DatasetSeries))
    subjects = [(s, "api") for s in services] + [(s, "dataset") for s in datasets - services]
    if not subjects:
        catalogue.warnings.append("no dcat:Dataset or dcat:DataService in the source")
    seen: set[str] = set()
    for subject, kind in sorted(subjects, key=lambda pair: (pair[1], _sort_key(pair[0]))):
        name = _report_name(graph, subject)
        try:
            record = _record(graph, subject, kind)
        except RecordError as error:
            catalogue.problems.append(Problem(name, error.field, error.reason))
            continue
        if record.external_id in seen:
            catalogue.problems.append(
                Problem(name, "dct:identifier", "another record of this source has this identity")
            )
            continue
        seen.add(record.external_id)
        catalogue.records.append(record)
    return catalogue


def _record(graph: Graph, subject: Node, kind: str) -> Record:
    identity = _identity(graph, subject)
    if not identity:
        raise RecordError(
            "dct:identifier",
            "a record without an address (IRI) needs a dct:identifier to be found again "
            "on the next import; it has none",
        )
    if len(identity) > MAX_IDENTITY:
        raise RecordError("@id", f"the identifier is longer than {MAX_IDENTITY} characters")
    untagged = _language(graph, subject)
    titles = _texts(graph, subject, DCT.title, untagged)
    if not titles:
        raise RecordError("dct:title", "no title")
    default = "en" if "en" in titles else min(titles)
    links = _distribution_links(graph, subject) + _page_links(graph, subject)
    homepages = _urls(graph, subject, DCAT.landingPage)
    links += tuple(Link("landing", url) for url in homepages[1:])
    spec_urls = _urls(graph, subject, DCAT.endpointDescription) if kind == "api" else []
    if kind == "api":
        # An endpointURL that only repeats the description or a landing page is a stand-in
        # (anker's export writes one when it knows no endpoint), not an endpoint.
        stand_ins = set(spec_urls) | set(homepages)
        endpoints = [u for u in _urls(graph, subject, DCAT.endpointURL) if u not in stand_ins]
        links += tuple(Link("endpoint", url) for url in endpoints if len(url) <= MAX_LINK_URL)
    contact_name, contact_email = _contact(graph, subject)
    return Record(
        subject=_report_name(graph, subject),
        external_id=identity,
        kind=kind,
        name=titles[default][:300],
        default_language=default,
        texts=_descriptions(graph, subject, untagged, titles, default),
        publisher=_publisher(graph, subject),
        catalogue_publisher=_catalogue_publisher(graph, subject),
        tags=_tags(graph, subject),
        homepage_url=_first([u for u in homepages if len(u) <= MAX_URL]),
        licence=_record_licence(graph, subject),
        version=_first(_literals(graph, subject, DCAT.version, OWL.versionInfo))[:50],
        contact_name=contact_name,
        contact_email=contact_email,
        spec_url=_first([u for u in spec_urls if len(u) <= MAX_URL]),
        links=tuple(sorted(set(links), key=lambda link: (link.kind, link.url, link.title))),
        serves=_served(graph, subject) if kind == "api" else (),
    )


def _report_name(graph: Graph, subject: Node) -> str:
    if isinstance(subject, URIRef):
        return clean(str(subject))[:MAX_IDENTITY]
    identifier = _first(_literals(graph, subject, DCT.identifier))
    title = _first(_literals(graph, subject, DCT.title))
    return (identifier or title or "a record without address or identifier")[:MAX_IDENTITY]


def _urls(graph: Graph, subject: Node, predicate: Node) -> list[str]:
    """http(s) addresses given as IRIs or, leniently, as literals; sorted."""
    values = {
        clean(str(obj))
        for obj in graph.objects(subject, predicate)
        if isinstance(obj, URIRef | Literal)
    }
    return sorted(v for v in values if v.startswith(("http://", "https://")) and " " not in v)


def _language(graph: Graph, subject: Node) -> str:
    """The language of untagged text: the record's one dct:language, else English."""
    languages = {language_of(str(obj)) for obj in graph.objects(subject, DCT.language)}
    languages.discard("")
    return languages.pop() if len(languages) == 1 else "en"


def _texts(graph: Graph, subject: Node, predicate: Node, untagged: str) -> dict[str, str]:
    """One text per language (the first in content order when a language repeats);
    untagged text counts as ``untagged`` unless that language has its own."""
    tagged: dict[str, str] = {}
    plain = ""
    for obj in sorted(graph.objects(subject, predicate), key=str):
        if not isinstance(obj, Literal) or not clean(str(obj)):
            continue
        language = language_of(obj.language) if obj.language else ""
        if language:
            tagged.setdefault(language, clean(str(obj)))
        else:
            plain = plain or clean(str(obj))
    if plain and untagged not in tagged:
        tagged[untagged] = plain
    return tagged


def _preferred(texts: dict[str, str]) -> str:
    return texts.get("en") or (texts[min(texts)] if texts else "")


def _descriptions(
    graph: Graph, subject: Node, untagged: str, titles: dict[str, str], default: str
) -> tuple[Text, ...]:
    """A text per language: the description, its first line as the short text. A title
    in another language than the name's, without a description, becomes that language's
    short text, so that a translated name is not lost."""
    descriptions = _texts(graph, subject, DCT.description, untagged)
    translated = set(titles) - {default}
    texts = []
    for language in sorted(set(descriptions) | translated):
        long = descriptions.get(language, "")
        short = long.split("\n", 1)[0].strip() if long else titles[language]
        texts.append(Text(language=language[:10], short=short[:SHORT], long=long))
    return tuple(texts)


def _agent(graph: Graph, node: Node) -> Agent:
    if isinstance(node, Literal):
        return Agent(uri="", name=clean(str(node))[:300])
    names = _texts(graph, node, FOAF.name, "")
    names = names or _texts(graph, node, VCARD.fn, "") or _texts(graph, node, SKOS.prefLabel, "")
    name = names.get("en") or names.get("") or _preferred(names)
    types = [last_segment(str(t)).lower() for t in graph.objects(node, DCT.type)]
    kind = next(
        (KIND_BY_PUBLISHER_TYPE[t] for t in sorted(types) if t in KIND_BY_PUBLISHER_TYPE), ""
    )
    uri = clean(str(node)) if isinstance(node, URIRef) else ""
    return Agent(uri=uri[:MAX_IDENTITY], name=name[:300], kind=kind)


def _publisher(graph: Graph, subject: Node) -> Agent | None:
    agents = sorted(
        (_agent(graph, node) for node in graph.objects(subject, DCT.publisher)),
        key=lambda agent: (agent.uri, agent.name),
    )
    agents = [agent for agent in agents if agent.uri or agent.name]
    return agents[0] if agents else None


def _catalogue_publisher(graph: Graph, subject: Node) -> Agent | None:
    """The publisher of the catalogue that lists the record; when no catalogue lists it
    and the source holds exactly one catalogue, that one's (the file is the catalogue)."""
    listing = {
        catalogue
        for predicate in (DCAT.dataset, DCAT.service, DCAT.resource)
        for catalogue in graph.subjects(predicate, subject)
    }
    if not listing:
        catalogues = set(graph.subjects(RDF.type, DCAT.Catalog))
        listing = catalogues if len(catalogues) == 1 else set()
    agents = [_publisher(graph, catalogue) for catalogue in listing]
    found = sorted((a for a in agents if a), key=lambda agent: (agent.uri, agent.name))
    return found[0] if found else None


def _tags(graph: Graph, subject: Node) -> tuple[str, ...]:
    """Keywords (every language) and themes (an address's last segment: …/ECON → econ)."""
    names = {keyword.lower() for keyword in _literals(graph, subject, DCAT.keyword)}
    for theme in graph.objects(subject, DCAT.theme):
        names.add(clean(last_segment(str(theme)) if isinstance(theme, URIRef) else str(theme)))
    tags = sorted({name.lower()[:100] for name in names if name})
    return tuple(tags[:MAX_TAGS])


def _licence_id(graph: Graph, node: Node) -> str:
    """A licence as anker's short id. A licence document that says which well-known
    licence it is (skos:exactMatch) is known by that one; one without an address by its
    identifier or a short title; else not at all."""
    if isinstance(node, Literal):
        text = clean(str(node))
        return licence_of_iri(text) if "://" in text else text[:100]
    matches = sorted(str(m) for m in graph.objects(node, SKOS.exactMatch) if isinstance(m, URIRef))
    if matches:
        return licence_of_iri(clean(matches[0]))
    if isinstance(node, URIRef):
        return licence_of_iri(clean(str(node)))
    named = _literals(graph, node, DCT.identifier) or [
        title for title in _literals(graph, node, DCT.title) if len(title) <= 100
    ]
    return _first(named)[:100]


def _licence_text(graph: Graph, node: Node) -> str:
    """A distribution's licence as kept with its link: the address, else the short id."""
    if isinstance(node, URIRef):
        return clean(str(node))[:300]
    return _licence_id(graph, node)


def _record_licence(graph: Graph, subject: Node) -> str:
    """The record's dct:license, else the first of its distributions' licences."""
    own = sorted(filter(None, (_licence_id(graph, n) for n in graph.objects(subject, DCT.license))))
    if own:
        return own[0]
    found = {
        _licence_id(graph, node)
        for distribution in graph.objects(subject, DCAT.distribution)
        for node in graph.objects(distribution, DCT.license)
    }
    return _first(sorted(filter(None, found)))


def _media_type(graph: Graph, distribution: Node) -> str:
    for predicate in (DCAT.mediaType, DCT["format"]):
        for obj in sorted(graph.objects(distribution, predicate), key=str):
            if isinstance(obj, URIRef):
                return media_type_of_iri(clean(str(obj)))
            if isinstance(obj, Literal) and clean(str(obj)):
                return clean(str(obj))[:100]
            label = _first(_literals(graph, obj, RDFS.label))
            if label:
                return label[:100]
    return ""


def _distribution_links(graph: Graph, subject: Node) -> tuple[Link, ...]:
    """A download link per downloadURL; an access link per accessURL that is not also a
    download address. A distribution without either is left out."""
    links: list[Link] = []
    for distribution in graph.objects(subject, DCAT.distribution):
        titles = _texts(graph, distribution, DCT.title, "")
        descriptions = _texts(graph, distribution, DCT.description, "")
        title = _preferred(titles) or _preferred(descriptions).split("\n", 1)[0]
        media_type = _media_type(graph, distribution)
        licence_nodes = graph.objects(distribution, DCT.license)
        licences = sorted(filter(None, (_licence_text(graph, n) for n in licence_nodes)))
        details = {"title": title[:300], "media_type": media_type, "licence": _first(licences)}
        downloads = _urls(graph, distribution, DCAT.downloadURL)
        accesses = [
            url for url in _urls(graph, distribution, DCAT.accessURL) if url not in downloads
        ]
        links += [Link("download", url, **details) for url in downloads if len(url) <= MAX_LINK_URL]
        links += [Link("access", url, **details) for url in accesses if len(url) <= MAX_LINK_URL]
    return tuple(links)


def _page_links(graph: Graph, subject: Node) -> tuple[Link, ...]:
    return tuple(
        Link("documentation", url)
        for url in _urls(graph, subject, FOAF.page)
        if len(url) <= MAX_LINK_URL
    )


def _contact(graph: Graph, subject: Node) -> tuple[str, str]:
    """(name, e-mail) of the first contact point in content order."""
    contacts = []
    for node in graph.objects(subject, DCAT.contactPoint):
        names = _texts(graph, node, VCARD.fn, "") or _texts(
            graph, node, VCARD["organization-name"], ""
        )
        name = names.get("en") or names.get("") or _preferred(names)
        emails = sorted(
            filter(None, (_email(graph, e) for e in graph.objects(node, VCARD.hasEmail)))
        )
        if name or emails:
            contacts.append((name[:200], _first(emails)))
    return min(contacts) if contacts else ("", "")


def _email(graph: Graph, node: Node) -> str:
    if isinstance(node, BNode):
        node = graph.value(node, VCARD.hasValue) or Literal("")
    address = clean(str(node)).removeprefix("mailto:").split("?", 1)[0]
    valid = "@" in address and " " not in address and len(address) <= 254
    return address if valid else ""


def _served(graph: Graph, service: Node) -> tuple[str, ...]:
    """The datasets a data service serves: dcat:servesDataset, and the datasets whose
    distributions name the service as their dcat:accessService."""
    datasets = set(graph.objects(service, DCAT.servesDataset))
    for distribution in graph.subjects(DCAT.accessService, service):
        datasets |= set(graph.subjects(DCAT.distribution, distribution))
    return tuple(sorted(filter(None, (_identity(graph, d) for d in datasets))))


def _unusable_distributions(graph: Graph) -> list[str]:
    """A warning per distribution without an http(s) address: it gives no link."""
    return sorted(
        f"{_report_name(graph, subject)}: a dcat:distribution without an http(s) "
        "dcat:accessURL or dcat:downloadURL; ignored"
        for subject, distribution in graph.subject_objects(DCAT.distribution)
        if not _urls(graph, distribution, DCAT.accessURL)
        and not _urls(graph, distribution, DCAT.downloadURL)
    )


def _unknown_types(graph: Graph) -> list[str]:
    """A warning per class in the DCAT namespace that DCAT does not define (such as the
    misspelt dcat:Catalogue): what is typed with it is ignored."""
    counts: dict[str, int] = {}
    for cls in graph.objects(None, RDF.type):
        if str(cls).startswith(str(DCAT)) and cls not in KNOWN_DCAT_CLASSES:
            counts[str(cls)] = counts.get(str(cls), 0) + 1
    return [
        f"rdf:type {cls.replace(str(DCAT), 'dcat:')}: not a DCAT class; "
        f"{count} resource(s) of this type ignored"
        for cls, count in sorted(counts.items())
    ]
