"""ArchiMate models in: the Open Group Model Exchange File Format (3.0 and 3.1, one
namespace) and Archi's native ``.archimate`` files, read into one neutral form.

Why both: architects keep their models in Archi, whose own file is the one they have at
hand; the exchange format is what every other tool writes. Both say the same things
(elements with a type, names, documentation and properties; relationships between
them), so the importer sees only ``Model``. Views, folders and styling are not read:
anker draws its own views on export.

Identity: an element keeps the identifier its file gives it. Archi writes the native id
``1544`` as ``id-1544`` when it exports a model to the exchange format, so native ids are
read the same way: importing a model from either file finds the same records.

Problems with one element or relationship (no identifier, an unknown type, a duplicate
identifier) become that record's ``Problem``; only a document that is not an ArchiMate
model at all raises ``ArchimateError``. Pure Python and lxml: no Django imports."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

from anker.interop.xmlsafe import XmlError, parse_xml

EXCHANGE = "http://www.opengroup.org/xsd/archimate/3.0/"
EXCHANGE_2 = "http://www.opengroup.org/xsd/archimate"
ARCHI = "http://www.archimatetool.com/archimate"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

ELEMENT_TYPES = frozenset(
    """BusinessActor BusinessRole BusinessCollaboration BusinessInterface BusinessProcess
    BusinessFunction BusinessInteraction BusinessEvent BusinessService BusinessObject Contract
    Representation Product ApplicationComponent ApplicationCollaboration ApplicationInterface
    ApplicationFunction ApplicationInteraction ApplicationProcess ApplicationEvent
    ApplicationService DataObject Node Device SystemSoftware TechnologyCollaboration
    TechnologyInterface Path CommunicationNetwork TechnologyFunction TechnologyProcess
    TechnologyInteraction TechnologyEvent TechnologyService Artifact Equipment Facility
    DistributionNetwork Material Stakeholder Driver Assessment Goal Outcome Principle
    Requirement Constraint Meaning Value Resource Capability CourseOfAction ValueStream
    WorkPackage Deliverable ImplementationEvent Plateau Gap Grouping Location AndJunction
    OrJunction""".split()
)  # the exchange schema's ElementTypeEnum (3.1)
RELATIONSHIP_TYPES = frozenset(
    """Composition Aggregation Assignment Realization Serving Access Influence Triggering
    Flow Specialization Association""".split()
)


class ArchimateError(Exception):
    """The document cannot be read as an ArchiMate model; ``reason`` and ``line`` say why."""

    def __init__(self, reason: str, line: int | None = None, path: str = "") -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason, self.line, self.path = reason, line, path


@dataclass(frozen=True)
class Problem:
    """Why one element or relationship cannot be taken: the XML field and the reason."""

    field: str
    reason: str


@dataclass(frozen=True)
class Concept:
    """An element or a relationship as the file states it. ``names`` and
    ``documentation`` are (language, text) pairs in file order ("" = no language given);
    ``properties`` are (key, value) pairs in file order."""

    identifier: str
    type: str
    names: tuple[tuple[str, str], ...] = ()
    documentation: tuple[tuple[str, str], ...] = ()
    properties: tuple[tuple[str, str], ...] = ()
    source: str = ""  # relationships only
    target: str = ""
    line: int | None = None
    problem: Problem | None = None

    @property
    def name(self) -> str:
        """The first non-empty name, in any language."""
        return next((text for _lang, text in self.names if text), "")

    def name_in(self, language: str) -> str:
        return next((text for lang, text in self.names if lang.startswith(language)), "")

    def label(self) -> str:
        """How a report names it: its name (a relationship without one: its type) and
        identifier, or what there is of them."""
        name = self.name or (self.type if self.source or self.target else "")
        if name and self.identifier:
            return f"{name} [{self.identifier}]"
        return name or self.identifier or f"{self.type or 'element'} at line {self.line}"


@dataclass
class Model:
    """One model: its identity, the elements and relationships, and what was odd."""

    identifier: str
    name: str
    format: str  # "exchange" or "archi"
    elements: list[Concept] = field(default_factory=list)
    relationships: list[Concept] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse(data: bytes) -> Model:
    """The model in ``data``; ArchimateError when it is no ArchiMate model at all."""
    try:
        root = parse_xml(data)
    except XmlError as error:
        raise ArchimateError(error.reason, error.line) from None
    namespace = etree.QName(root).namespace if isinstance(root.tag, str) else None
    local = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if local == "model" and namespace == EXCHANGE:
        return _exchange(root)
    if local == "model" and namespace == ARCHI:
        return _archi(root)
    if local == "model" and namespace == EXCHANGE_2:
        raise ArchimateError(
            "ArchiMate 2.1 exchange files are not supported; open the model in a tool that "
            "reads ArchiMate 2 (such as Archi) and export it as ArchiMate 3 exchange format",
            root.sourceline,
        )
    raise ArchimateError(
        f"not an ArchiMate model: the root element is <{local or root.tag}> in namespace "
        f"{namespace or '(none)'}, not <model> in {EXCHANGE}",
        root.sourceline,
    )


# --- the exchange format ---------------------------------------------------------------------


def _q(name: str) -> str:
    return f"{{{EXCHANGE}}}{name}"


def _texts(parent: etree._Element, tag: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (child.get(XML_LANG, "").strip()[:10], (child.text or "").strip())
        for child in parent.findall(_q(tag))
    )


def _exchange(root: etree._Element) -> Model:
    model = Model(
        identifier=(root.get("identifier") or "").strip(),
        name=_first(_texts(root, "name")),
        format="exchange",
    )
    definitions = _property_definitions(root)
    seen: set[str] = set()
    for node in _children(root, "elements", "element"):
        model.elements.append(_checked(_exchange_concept(node, definitions), seen, ELEMENT_TYPES))
    for node in _children(root, "relationships", "relationship"):
        concept = _exchange_concept(node, definitions, relationship=True)
        model.relationships.append(_checked(concept, seen, RELATIONSHIP_TYPES))
    return model


def _children(root: etree._Element, container: str, tag: str) -> list[etree._Element]:
    return [node for holder in root.findall(_q(container)) for node in holder.findall(_q(tag))]


def _first(pairs: tuple[tuple[str, str], ...]) -> str:
    return next((text for _lang, text in pairs if text), "")


def _property_definitions(root: etree._Element) -> dict[str, str]:
    """Definition identifier → property name (3.0 and 3.1 name it; 3.0 drafts used
    ``name`` as an attribute, which is read too)."""
    names = {}
    for holder in root.findall(_q("propertyDefinitions")):
        for node in holder.findall(_q("propertyDefinition")):
            name = _first(_texts(node, "name")) or (node.get("name") or "").strip()
            names[node.get("identifier") or ""] = name
    return names


def _exchange_concept(
    node: etree._Element, definitions: dict[str, str], relationship: bool = False
) -> Concept:
    properties = []
    for holder in node.findall(_q("properties")):
        for prop in holder.findall(_q("property")):
            ref = prop.get("propertyDefinitionRef") or ""
            key = definitions.get(ref) or ref
            properties.append((key, _first(_texts(prop, "value"))))
    return Concept(
        identifier=(node.get("identifier") or "").strip(),
        type=(node.get(XSI_TYPE) or "").strip().split(":")[-1],
        names=_texts(node, "name"),
        documentation=_texts(node, "documentation"),
        properties=tuple((key, value) for key, value in properties if key),
        source=(node.get("source") or "").strip() if relationship else "",
        target=(node.get("target") or "").strip() if relationship else "",
        line=node.sourceline,
    )


def _checked(concept: Concept, seen: set[str], types: frozenset[str]) -> Concept:
    """The concept, with a Problem if it lacks what every record needs."""
    kind = "relationship" if types is RELATIONSHIP_TYPES else "element"
    problem = None
    if not concept.identifier:
        problem = Problem(f"{kind}/@identifier", "no identifier")
    elif concept.identifier in seen:
        problem = Problem(f"{kind}/@identifier", f"identifier {concept.identifier} used twice")
    elif not concept.type:
        problem = Problem(f"{kind}/@xsi:type", "no type")
    elif concept.type not in types:
        problem = Problem(f"{kind}/@xsi:type", f"{concept.type} is not an ArchiMate {kind} type")
    elif types is RELATIONSHIP_TYPES and not (concept.source and concept.target):
        end = "source" if not concept.source else "target"
        problem = Problem(f"relationship/@{end}", f"no {end}")
    seen.add(concept.identifier)
    if problem is None:
        return concept
    return replace(concept, problem=problem)


# --- Archi's native format -------------------------------------------------------------------

NOT_CONCEPTS = frozenset(
    {"ArchimateDiagramModel", "SketchModel", "CanvasModel", "DiagramModelReference"}
)


def _archi_id(value: str | None) -> str:
    """Archi's exchange export writes native id ``x`` as ``id-x``; read it the same way."""
    value = (value or "").strip()
    return value if not value or value.startswith("id-") else f"id-{value}"


def _archi(root: etree._Element) -> Model:
    model = Model(
        identifier=_archi_id(root.get("id")),
        name=(root.get("name") or "").strip(),
        format="archi",
    )
    seen: set[str] = set()
    for node in root.iter("element"):
        kind = (node.get(XSI_TYPE) or "").split(":")[-1]
        if kind in NOT_CONCEPTS or node.getparent() is None or node.getparent().tag != "folder":
            continue
        if kind.endswith("Relationship"):
            concept = _archi_concept(node, kind.removesuffix("Relationship"), relationship=True)
            model.relationships.append(_checked(concept, seen, RELATIONSHIP_TYPES))
        else:
            if kind == "Junction":
                kind = "OrJunction" if node.get("type") == "or" else "AndJunction"
            model.elements.append(_checked(_archi_concept(node, kind), seen, ELEMENT_TYPES))
    return model


def _archi_concept(node: etree._Element, kind: str, relationship: bool = False) -> Concept:
    name = (node.get("name") or "").strip()
    documentation = " ".join(
        (child.text or "").strip() for child in node.findall("documentation")
    ).strip()
    return Concept(
        identifier=_archi_id(node.get("id")),
        type=kind,
        names=(("", name),) if name else (),
        documentation=(("", documentation),) if documentation else (),
        properties=tuple(
            ((prop.get("key") or "").strip(), (prop.get("value") or "").strip())
            for prop in node.findall("property")
            if (prop.get("key") or "").strip()
        ),
        source=_archi_id(node.get("source")) if relationship else "",
        target=_archi_id(node.get("target")) if relationship else "",
        line=node.sourceline,
    )
