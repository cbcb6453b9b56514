"""An RDF graph → the CPSV-AP records anker imports: one ServiceRecord per
cpsv:PublicService, with its competent authorities, life events, type and channels, and a
Problem per public service that cannot be one.

Like the DCAT records, a record holds only values read from the graph, never blank-node
ids, in a content order, so that the same file gives an equal record (hence an equal
hash) every time. Pure Python and rdflib: no Django."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from anker.interop.cpsv.terms import (
    ADMS,
    ANKER,
    CONTINUOUS,
    CPSV,
    CV,
    DCAT,
    DCT,
    FOAF,
    MAX_LEVEL,
    SKOS,
    channel_kind,
    country_of,
    language_code,
    service_level,
)
from anker.interop.dcat.terms import KIND_BY_PUBLISHER_TYPE, clean, language_of, last_segment
from anker.interop.rdfread import (
    MAX_IDENTITY,
    Problem,
    RecordError,
)
from anker.interop.rdfread import first as _first
from anker.interop.rdfread import identity as _identity
from anker.interop.rdfread import literals as _literals
from anker.interop.rdfread import sort_key as _sort_key

PREFERRED_LANGUAGES = ("en", "nl", "fr", "de")
SERVICE_LEVEL_UNITS = {"minutes", "hours", "days", "working-days", "weeks", "months"}
ANKER_ORGANISATION_KINDS = {
    "central", "regional", "local", "agency", "public-enterprise", "healthcare",
    "education", "private", "non-profit", "academic",
}  # fmt: skip
# What a public service may hold that anker does not keep: named in a warning.
NOT_KEPT = {
    CV.contactPoint: "cv:contactPoint",
    CV.holdsRequirement: "cv:holdsRequirement",
    CPSV.hasInput: "cpsv:hasInput",
    CV.hasInputType: "cv:hasInputType",
    CPSV.produces: "cpsv:produces",
    CPSV.follows: "cpsv:follows",
    CV.hasLegalResource: "cv:hasLegalResource",
    CV.hasParticipation: "cv:hasParticipation",
}


@dataclass(frozen=True)
class Agent:
    """A competent authority."""

    uri: str  # "" for a blank node
    names: tuple[tuple[str, str], ...]  # (language, name), content order
    identifier: str = ""
    country: str = ""
    kind: str = ""
    identifiers: tuple[tuple[str, str], ...] = ()  # (scheme, value): official identifiers
    website: str = ""

    @property
    def name(self) -> str:
        return preferred(dict(self.names))


@dataclass(frozen=True)
class Concept:
    """A life event or a service type: found by address, identifier or name."""

    uri: str
    identifier: str
    names: tuple[tuple[str, str], ...]
    description: str = ""


@dataclass(frozen=True)
class Channel:
    identity: str
    kind: str
    always_available: bool = False
    availability: str = ""
    service_level: tuple[int, str] | None = None
    languages: tuple[str, ...] = ()
    accessibility_status: str = ""
    accessibility_statement_url: str = ""
    cost: str | None = None  # a decimal as text, so the record hashes the same
    currency: str = "EUR"
    description: str = ""


@dataclass(frozen=True)
class ServiceRecord:
    subject: str
    external_id: str
    name: str
    language: str
    description: str
    homepage_url: str
    service_type: Concept | None
    authorities: tuple[Agent, ...]
    life_events: tuple[Concept, ...]
    channels: tuple[Channel, ...]
    blocks: tuple[str, ...] = ()


@dataclass
class Register:
    records: list[ServiceRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def preferred(texts: dict[str, str]) -> str:
    for language in PREFERRED_LANGUAGES:
        if texts.get(language):
            return texts[language]
    return texts[min(texts)] if texts else ""


def register_of(graph: Graph) -> Register:
    """Every public service of ``graph``, each a ServiceRecord or a Problem."""
    register = Register()
    subjects = sorted(set(graph.subjects(RDF.type, CPSV.PublicService)), key=_sort_key)
    if not subjects:
        register.warnings.append("no cpsv:PublicService in the source")
    seen: set[str] = set()
    for subject in subjects:
        name = _report_name(graph, subject)
        try:
            record = _service(graph, subject, register.warnings)
        except RecordError as error:
            register.problems.append(Problem(name, error.field, error.reason))
            continue
        if record.external_id in seen:
            register.problems.append(
                Problem(name, "dct:identifier", "another service of this source has this identity")
            )
            continue
        seen.add(record.external_id)
        register.records.append(record)
    return register


def _service(graph: Graph, subject: Node, warnings: list[str]) -> ServiceRecord:
    identity = _identity(graph, subject)
    if not identity:
        raise RecordError(
            "dct:identifier",
            "a public service without an address (IRI) needs a dct:identifier to be found "
            "again on the next import; it has none",
        )
    if len(identity) > MAX_IDENTITY:
        raise RecordError("@id", f"the identifier is longer than {MAX_IDENTITY} characters")
    titles, descriptions = (
        _texts(graph, subject, DCT.title),
        _texts(graph, subject, DCT.description),
    )
    if not titles:
        raise RecordError("dct:title", "no title")
    language = _language(titles, descriptions)
    report = _report_name(graph, subject)
    _warn_not_kept(graph, subject, report, warnings)
    name = (titles.get(language) or preferred(titles))[:300]
    description = descriptions.get(language, "") or preferred(descriptions)
    return ServiceRecord(
        subject=report,
        external_id=identity,
        name=name,
        language=language or "en",
        # CPSV-AP requires a description; one that only repeats the name (as anker's own
        # export writes for a service without one) says nothing.
        description="" if description == name else description,
        homepage_url=_first(_urls(graph, subject, FOAF.page, FOAF.homepage, DCAT.landingPage)),
        service_type=_service_type(graph, subject),
        authorities=tuple(
            sorted(
                (_agent(graph, node) for node in graph.objects(subject, CV.hasCompetentAuthority)),
                key=lambda agent: (agent.uri, agent.names),
            )
        ),
        life_events=_life_events(graph, subject, report, warnings),
        channels=_channels(graph, subject, report, warnings),
        blocks=tuple(sorted(str(o) for o in graph.objects(subject, ANKER.runsOn))),
    )


def _warn_not_kept(graph: Graph, subject: Node, report: str, warnings: list[str]) -> None:
    ignored = sorted(label for p, label in NOT_KEPT.items() if (subject, p, None) in graph)
    if ignored:
        warnings.append(f"{report}: not kept by anker: {', '.join(ignored)}")


def _language(titles: dict[str, str], descriptions: dict[str, str]) -> str:
    """The language of the service's texts: one with both a title and a description if
    there is one, else the description's (the longer text), else the title's."""
    both = [language for language in titles if language in descriptions]
    for candidates in (both, list(descriptions), list(titles)):
        if candidates:
            return next((lang for lang in PREFERRED_LANGUAGES if lang in candidates), "") or min(
                candidates
            )
    return ""


def _report_name(graph: Graph, subject: Node) -> str:
    if isinstance(subject, URIRef):
        return clean(str(subject))[:MAX_IDENTITY]
    found = _first(_literals(graph, subject, DCT.identifier, DCT.title))
    return (found or "a public service without address or identifier")[:MAX_IDENTITY]


def _urls(graph: Graph, subject: Node, *predicates: Node) -> list[str]:
    values = {
        clean(str(obj))
        for predicate in predicates
        for obj in graph.objects(subject, predicate)
        if isinstance(obj, URIRef | Literal)
    }
    return sorted(
        v
        for v in values
        if v.startswith(("http://", "https://")) and " " not in v and len(v) <= 500
    )


def _texts(graph: Graph, subject: Node, *predicates: Node) -> dict[str, str]:
    """One text per language (the first in content order); untagged text counts as ""."""
    texts: dict[str, str] = {}
    for predicate in predicates:
        for obj in sorted(graph.objects(subject, predicate), key=str):
            if isinstance(obj, Literal) and clean(str(obj)):
                language = language_of(obj.language)[:10] if obj.language else ""
                texts.setdefault(language, clean(str(obj)))
    return texts


def _pairs(texts: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(texts.items()))


def _agent(graph: Graph, node: Node) -> Agent:
    if isinstance(node, Literal):
        return Agent(uri="", names=(("", clean(str(node))[:300]),))
    names = _texts(graph, node, SKOS.prefLabel) or _texts(graph, node, FOAF.name, DCT.title)
    countries = sorted(filter(None, (country_of(str(o)) for o in graph.objects(node, DCT.spatial))))
    own_kind = _first(_literals(graph, node, ANKER.organisationKind))
    types = sorted(last_segment(str(t)).lower() for t in graph.objects(node, DCT.type))
    kind = (
        own_kind
        if own_kind in ANKER_ORGANISATION_KINDS
        else next((KIND_BY_PUBLISHER_TYPE[t] for t in types if t in KIND_BY_PUBLISHER_TYPE), "")
    )
    identifiers = []
    for identifier in graph.objects(node, ADMS.identifier):
        scheme = _first(_literals(graph, identifier, ADMS.schemaAgency)).lower()
        value = _first(_literals(graph, identifier, SKOS.notation))
        if scheme and value:
            identifiers.append((scheme[:10], value[:100]))
    return Agent(
        uri=clean(str(node))[:MAX_IDENTITY] if isinstance(node, URIRef) else "",
        names=tuple((lang, name[:300]) for lang, name in sorted(names.items())),
        identifier=_first(_literals(graph, node, DCT.identifier))[:MAX_IDENTITY],
        country=_first(countries),
        kind=kind,
        identifiers=tuple(sorted(set(identifiers))),
        website=_first(_urls(graph, node, FOAF.homepage)),
    )


def _concept(graph: Graph, node: Node, *label_predicates: Node) -> Concept:
    names = _texts(graph, node, *label_predicates)
    return Concept(
        uri=clean(str(node))[:MAX_IDENTITY] if isinstance(node, URIRef) else "",
        identifier=_first(_literals(graph, node, DCT.identifier, SKOS.notation))[:120],
        names=tuple((lang, name[:200]) for lang, name in sorted(names.items())),
        description=preferred(_texts(graph, node, DCT.description, SKOS.definition)),
    )


def _service_type(graph: Graph, subject: Node) -> Concept | None:
    concepts = [_concept(graph, n, SKOS.prefLabel) for n in graph.objects(subject, DCT.type)]
    named = sorted((c for c in concepts if c.names), key=lambda c: (c.uri, c.names))
    return named[0] if named else None


def _life_events(
    graph: Graph, subject: Node, report: str, warnings: list[str]
) -> tuple[Concept, ...]:
    events = []
    for node in graph.objects(subject, CV.isGroupedBy):
        event = _concept(graph, node, DCT.title, SKOS.prefLabel)
        if event.names:
            events.append(event)
        else:
            warnings.append(f"{report}: an event without dct:title; not kept")
    return tuple(sorted(set(events), key=lambda e: (e.uri, e.identifier, e.names)))


def _channels(graph: Graph, subject: Node, report: str, warnings: list[str]) -> tuple[Channel, ...]:
    costs = _costs(graph, subject)
    found: dict[str, Channel] = {}
    for node in sorted(graph.objects(subject, CV.hasChannel), key=lambda n: _channel_key(graph, n)):
        channel = _channel(graph, node, costs)
        name = channel.identity or "a channel"
        if not channel.kind:
            warnings.append(f"{report}: {name}: the channel type is not one anker knows; ignored")
        elif channel.kind in found:
            warnings.append(f"{report}: {name}: a second {channel.kind} channel; ignored")
        else:
            found[channel.kind] = channel
    return tuple(found[kind] for kind in sorted(found))


def _channel_key(graph: Graph, node: Node) -> str:
    return str(node) if isinstance(node, URIRef) else _first(_literals(graph, node, DCT.identifier))


def _channel(graph: Graph, node: Node, costs: dict[str, tuple[str, str]]) -> Channel:
    identity = _channel_key(graph, node)[:MAX_IDENTITY]
    types = sorted(graph.objects(node, DCT.type), key=str)
    kind = next(
        (
            k
            for t in types
            if (k := channel_kind(str(t), list(_texts(graph, t, SKOS.prefLabel).values())))
        ),
        "",
    )
    hours = list(graph.objects(node, CV.openingHours))
    availability = "; ".join(
        text
        for h in sorted(hours, key=str)
        if (text := preferred(_texts(graph, h, DCT.description)))
    )
    always = any(str(f) == CONTINUOUS for h in hours for f in graph.objects(h, CV.frequency))
    cost = costs.get(identity) or costs.get("")
    return Channel(
        identity=identity,
        kind=kind,
        always_available=always or availability.replace(" ", "").lower() in ("24/7", "24x7"),
        availability="" if availability in ("24/7",) else availability[:300],
        service_level=_channel_level(graph, node),
        languages=tuple(
            sorted({c for o in graph.objects(node, DCT.language) if (c := language_code(str(o)))})
        ),
        accessibility_status=_accessibility(graph, node),
        accessibility_statement_url=_first(_urls(graph, node, ANKER.accessibilityStatement)),
        cost=cost[0] if cost else None,
        currency=cost[1] if cost else "EUR",
        description=preferred(_texts(graph, node, DCT.description)),
    )


def _channel_level(graph: Graph, node: Node) -> tuple[int, str] | None:
    values = _literals(graph, node, ANKER.serviceLevelValue)
    units = _literals(graph, node, ANKER.serviceLevelUnit)
    if values and units and values[0].isdigit() and units[0] in SERVICE_LEVEL_UNITS:
        if int(values[0]) <= MAX_LEVEL:
            return int(values[0]), units[0]
    return next(
        (
            level
            for text in _literals(graph, node, CV.processingTime)
            if (level := service_level(text))
        ),
        None,
    )


def _accessibility(graph: Graph, node: Node) -> str:
    status = _first(_literals(graph, node, ANKER.accessibilityStatus)).upper()
    return status if status in ("A", "B", "C", "D", "E") else ""


def _costs(graph: Graph, subject: Node) -> dict[str, tuple[str, str]]:
    """Channel identity → (amount, currency); "" for a cost that names no channel."""
    costs: dict[str, tuple[str, str]] = {}
    for cost in sorted(graph.objects(subject, CV.hasCost), key=str):
        amounts = [o for o in graph.objects(cost, CV.hasValue) if isinstance(o, Literal)]
        try:
            amount = min(float(str(a)) for a in amounts)
        except ValueError:
            continue
        if not math.isfinite(amount) or amount < 0 or amount >= 10**8:
            continue
        currency = _first(
            sorted(last_segment(str(c)).upper()[:3] for c in graph.objects(cost, CV.currency))
        )
        channels = [_channel_key(graph, c) for c in graph.objects(cost, CV.ifAccessedThrough)]
        for channel in channels or [""]:
            costs.setdefault(channel, (f"{amount:.2f}", currency if len(currency) == 3 else "EUR"))
    return costs
