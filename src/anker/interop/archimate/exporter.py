"""anker → ArchiMate: the whole ecosystem as one Open Group exchange file that Archi
opens and that validates against the exchange schema (3.1 Diagram XSD).

What becomes what (the inverse of the default mapping; docs/formats/archimate.md):
organisations are BusinessActors, capabilities Capabilities, blocks an element type by
kind (``ELEMENT_TYPE``). Every relation is written as the ArchiMate relationship that
says it where ArchiMate allows that relationship between the two element types
(``ALLOWED``, taken from ArchiMate 3.1's relationship table), and as a directed
Association otherwise; each carries the property ``anker:relation``, so anker reads its
own export back exactly whatever the mapping. anker's fields, identity (``anker:uuid``,
``anker:slug``) and provenance are properties; properties kept from an earlier ArchiMate
import are written back as they came. One view per top-level capability (``views.py``).

Identifiers: a record that came from an ArchiMate model keeps the identifier it had
there, so a model goes out with the identifiers it came in with; every other record is
``id-`` + its UUID, stable across exports."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from lxml import etree

from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock, Dependency, StandardCompliance
from anker.interop.archimate.document import derived_id, language, q, sub
from anker.interop.archimate.parser import ELEMENT_TYPES, EXCHANGE, XML_LANG, XSI_TYPE
from anker.interop.archimate.records import FORMAT
from anker.interop.archimate.views import add_views
from anker.interop.models import ExternalElement, ExternalProperty
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse

FILE_NAME = "ecosystem.xml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{EXCHANGE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")
ELEMENT_TYPE = {
    "software": "ApplicationComponent",
    "api": "ApplicationInterface",
    "dataset": "DataObject",
    "platform": "ApplicationService",
    "standard": "Constraint",
    "organisational": "Resource",
}
APPS = ("ApplicationComponent", "ApplicationInterface", "ApplicationService")
# Relationship types ArchiMate 3.1 allows between the element types anker writes (only the
# pairs anker needs); every other pair gets an Association.
ALLOWED: dict[tuple[str, str], set[str]] = {
    **{(a, "Capability"): {"Realization"} for a in (*APPS, "DataObject")},
    **{(a, b): {"Serving"} for a in APPS for b in APPS},
    **{(a, "DataObject"): {"Access"} for a in APPS},
    **{(a, "BusinessActor"): {"Serving"} for a in APPS},
    **{(a, "Constraint"): {"Realization"} for a in (*APPS, "DataObject")},
    ("Capability", "Capability"): {"Composition", "Aggregation"},
    ("BusinessActor", "BusinessActor"): {"Composition", "Aggregation"},
}
ORGANISATION = {"kind": "kind", "country": "country", "website": "website"}
BLOCK_FIELDS = {
    "kind": "kind", "lifecycle": "lifecycle", "openness": "openness", "licence": "licence",
    "version": "version", "homepage": "homepage_url", "code": "code_url", "docs": "docs_url",
    "spec": "spec_url", "maintenance": "maintenance", "contact-name": "contact_name",
    "contact-email": "contact_email", "default-language": "default_language",
}  # fmt: skip


def export_folder(folder: Path) -> int:
    """Write ``ecosystem.xml`` into ``folder``; returns the number of files (1)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE_NAME).write_bytes(export_model())
    return 1


def export_model() -> bytes:
    """The exchange file of the whole ecosystem, as UTF-8 bytes."""
    return ModelWriter().write()


class ModelWriter:
    """Builds the exchange document: elements first (their identifiers are needed by
    relationships and views), then relationships, property definitions and views."""

    def __init__(self) -> None:
        self.root = etree.Element(q("model"), nsmap={None: EXCHANGE, "xsi": XSI})
        self.root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
        self.root.set("identifier", derived_id("anker ecosystem"))
        sub(self.root, "name", "anker ecosystem").set(XML_LANG, "en")
        sub(self.root, "documentation", "Organisations, capabilities, building blocks and "
             "their relations, exported by anker.").set(XML_LANG, "en")  # fmt: skip
        self.elements = etree.Element(q("elements"))
        self.relationships = etree.Element(q("relationships"))
        self.definitions: dict[str, str] = {}  # property name → definition identifier
        self.ids: dict[tuple[str, int], str] = {}  # (model label, pk) → element identifier
        self.types: dict[str, str] = {}  # element identifier → element type
        self.used: set[str] = {self.root.get("identifier")}
        self.edges: dict[tuple[str, str, str], str] = {}  # (relation, from, to) → identifier
        self.kept = _kept_properties()

    def write(self) -> bytes:
        self._organisations()
        self._capabilities()
        blocks = list(
            BuildingBlock.objects.select_related("owner")
            .prefetch_related("descriptions", "tags", "capabilities")
            .order_by("id")
        )
        for block in blocks:
            self._block(block)
        self._externals()
        self._edges(blocks)
        for section in (self.elements, self.relationships):
            if len(section):
                self.root.append(section)
        if self.definitions:
            holder = sub(self.root, "propertyDefinitions")
            for name, identifier in self.definitions.items():
                definition = sub(holder, "propertyDefinition", identifier=identifier, type="string")
                sub(definition, "name", name)
        add_views(self)
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    # --- identity and properties -------------------------------------------------------------

    def identifier(self, record: models.Model, fallback: str = "") -> str:
        """The record's identifier in the model (see the module docstring)."""
        candidates = []
        if getattr(record, "source_format", "") == FORMAT:
            candidates.append(getattr(record, "external_id", ""))
        candidates.append(fallback or f"id-{record.uuid}")
        for candidate in candidates:
            if candidate and NCNAME.match(candidate) and candidate not in self.used:
                self.used.add(candidate)
                return candidate
        raise ValueError(f"no free identifier for {record!r}")  # uuids do not repeat

    def properties(self, node: Any, pairs: Iterable[tuple[str, Any]]) -> None:
        """Append ``<properties>`` for the pairs with a value (none: nothing appended)."""
        pairs = [(key, str(value)) for key, value in pairs if value not in (None, "")]
        if not pairs:
            return
        holder = sub(node, "properties")
        for key, value in pairs:
            ref = self.definitions.setdefault(key, f"propid-{len(self.definitions) + 1}")
            prop = sub(holder, "property", propertyDefinitionRef=ref)
            sub(prop, "value", value)

    def _common(self, record: Any) -> list[tuple[str, Any]]:
        """anker's identity and provenance of a record."""
        pairs = [("anker:uuid", record.uuid), ("anker:slug", getattr(record, "slug", ""))]
        if getattr(record, "source_format", ""):
            pairs += [
                ("anker:source", record.source_format),
                ("anker:source-url", record.source_url),
                ("anker:external-id", record.external_id),
            ]
        return pairs

    def _kept(self, record: models.Model) -> list[tuple[str, str]]:
        return self.kept.get((record._meta.label_lower, record.pk), [])

    def _element(self, record: Any, kind: str, names: list[tuple[str, str]]) -> Any:
        identifier = self.identifier(record)
        self.ids[(record._meta.label_lower, record.pk)] = identifier
        self.types[identifier] = kind
        node = sub(self.elements, "element", identifier=identifier)
        node.set(XSI_TYPE, kind)
        for lang, text in names:
            name = sub(node, "name", text)
            if language(lang):
                name.set(XML_LANG, language(lang))
        return node

    @staticmethod
    def _documentation(node: Any, texts: Iterable[tuple[str, str]]) -> None:
        for lang, text in texts:
            if text.strip():
                doc = sub(node, "documentation", text)
                if language(lang):
                    doc.set(XML_LANG, language(lang))

    # --- elements ---------------------------------------------------------------------------

    def _organisations(self) -> None:
        organisations = Organisation.objects.filter(merged_into__isnull=True).prefetch_related(
            "identifiers"
        )
        for organisation in organisations.order_by("id"):
            node = self._element(organisation, "BusinessActor", [("", organisation.name)])
            self._documentation(node, [("", organisation.description)])
            fields = [(f"anker:{p}", getattr(organisation, f)) for p, f in ORGANISATION.items()]
            fields.append(("anker:public-sector", str(organisation.is_public_sector).lower()))
            fields += [
                ("anker:identifier", f"{i.scheme}:{i.value}")
                for i in organisation.identifiers.all()
            ]
            self.properties(node, self._common(organisation) + fields + self._kept(organisation))

    def _capabilities(self) -> None:
        for capability in Capability.objects.order_by("id"):
            names = [("en", capability.name)] + (
                [("nl", capability.name_nl)] if capability.name_nl else []
            )
            node = self._element(capability, "Capability", names)
            self._documentation(node, [("en", capability.description)])
            pairs = self._common(capability) + [("anker:position", capability.position)]
            self.properties(node, pairs + self._kept(capability))

    def _block(self, block: BuildingBlock) -> None:
        node = self._element(block, ELEMENT_TYPE.get(block.kind, "ApplicationComponent"),
                             [("", block.name)])  # fmt: skip
        self._documentation(
            node,
            (
                (d.language, "\n\n".join(t for t in (d.short_description, d.long_description) if t))
                for d in block.descriptions.all()
            ),
        )
        fields = [(f"anker:{p}", getattr(block, f)) for p, f in BLOCK_FIELDS.items()]
        fields += [("anker:tag", tag.name) for tag in block.tags.all()]
        self.properties(node, self._common(block) + fields + self._kept(block))

    def _externals(self) -> None:
        """Elements anker keeps without a model of its own, written back as they came."""
        externals = ExternalElement.objects.filter(source_format=FORMAT).order_by("id")
        for external in externals:
            if external.element_type not in ELEMENT_TYPES:
                continue  # the record of an imported model itself, not an element
            data = external.data or {}
            names = [tuple(pair) for pair in data.get("names", [])] or [("", external.name)]
            node = self._element(external, external.element_type, names)
            self._documentation(node, (tuple(pair) for pair in data.get("documentation", [])))
            pairs = [tuple(pair) for pair in data.get("properties", [])]
            self.properties(node, [(k, v) for k, v in pairs if not str(k).startswith("anker:")])

    # --- relationships ----------------------------------------------------------------------

    def _edges(self, blocks: list[BuildingBlock]) -> None:
        for capability in Capability.objects.filter(parent__isnull=False).order_by("id"):
            self.edge("part-of", capability.parent, capability)
        organisations = Organisation.objects.filter(parent__isnull=False, merged_into__isnull=True)
        for organisation in organisations.select_related("parent").order_by("id"):
            self.edge("part-of", organisation.parent, organisation)
        for block in blocks:
            self.edge("owner", block.owner, block, name="owns")
            for capability in block.capabilities.all():
                self.edge("realises", block, capability)
        for dependency in Dependency.objects.select_related("dependent", "dependency").order_by(
            "id"
        ):
            self._dependency(dependency)
        for reuse in Reuse.objects.select_related("block", "organisation").order_by("id"):
            self.edge("reuse", reuse.block, reuse.organisation, row=reuse, pairs=_reuse(reuse))
        for record in StandardCompliance.objects.select_related("block", "standard").order_by("id"):
            pairs = [("anker:status", record.status), ("anker:explanation", record.explanation)]
            self.edge("complies", record.block, record.standard, row=record, pairs=pairs)

    def _dependency(self, dependency: Dependency) -> None:
        """Serving from the dependency to the dependent where ArchiMate allows it, else
        Access from the dependent, else an Association from the dependent."""
        dependent, needed = dependency.dependent, dependency.dependency
        if "Serving" in self._allowed(needed, dependent):
            relation, source, target = "dependency-of", needed, dependent
        else:
            relation, source, target = "depends-on", dependent, needed
        self.edge(relation, source, target, row=dependency, name=dependency.note)

    def _allowed(self, source: models.Model, target: models.Model) -> set[str]:
        key = (self.types.get(self._id(source), ""), self.types.get(self._id(target), ""))
        return ALLOWED.get(key, set())

    def _id(self, record: models.Model) -> str:
        return self.ids.get((record._meta.label_lower, record.pk), "")

    def edge(
        self,
        relation: str,
        source: models.Model,
        target: models.Model,
        *,
        row: models.Model | None = None,
        name: str = "",
        pairs: list[tuple[str, Any]] | None = None,
    ) -> None:
        """One relationship between two exported records (others are left out)."""
        source_id, target_id = self._id(source), self._id(target)
        if not (source_id and target_id):
            return
        allowed = self._allowed(source, target)
        kind = _relationship_type(relation, allowed, self.types.get(source_id, ""))
        fallback = derived_id(relation, source.uuid, target.uuid)
        identifier = self.identifier(row, "") if row is not None else self.identifier_for(fallback)
        node = sub(self.relationships, "relationship", identifier=identifier)
        node.set("source", source_id)
        node.set("target", target_id)
        node.set(XSI_TYPE, kind)
        if kind == "Association":
            node.set("isDirected", "true")
        if name.strip():
            sub(node, "name", name)
        own = [("anker:relation", relation)]
        if row is not None:
            own += self._common(row)
        self.properties(node, own + (pairs or []) + (self._kept(row) if row is not None else []))
        self.edges[(relation, source_id, target_id)] = identifier

    def identifier_for(self, candidate: str) -> str:
        """``candidate``, or a numbered variant of it if already taken."""
        name, number = candidate, 1
        while name in self.used:
            number += 1
            name = f"{candidate}-{number}"
        self.used.add(name)
        return name


def _relationship_type(relation: str, allowed: set[str], source_type: str) -> str:
    """The relationship type that says ``relation``, where ArchiMate allows it; a
    suborganisation is aggregated (it exists on its own), a sub-capability composed."""
    if relation == "part-of" and source_type == "BusinessActor":
        return "Aggregation" if "Aggregation" in allowed else "Association"
    preferred = {
        "realises": "Realization",
        "dependency-of": "Serving",
        "depends-on": "Access",
        "reuse": "Serving",
        "complies": "Realization",
        "part-of": "Composition",
    }.get(relation, "")
    return preferred if preferred in allowed else "Association"


def _reuse(reuse: Reuse) -> list[tuple[str, Any]]:
    confirmed = reuse.confirmed_at.isoformat() if reuse.confirmed_at else ""
    return [
        ("anker:status", reuse.status),
        ("anker:mode", reuse.mode),
        ("anker:since", reuse.since.isoformat() if reuse.since else ""),
        ("anker:until", reuse.until.isoformat() if reuse.until else ""),
        ("anker:stop-reason", reuse.stop_reason),
        ("anker:declared-by", reuse.declared_by),
        ("anker:confirmed-at", confirmed),
        ("anker:evidence-url", reuse.evidence_url),
        ("anker:evidence-note", reuse.evidence_note),
    ]


def _kept_properties() -> dict[tuple[str, int], list[tuple[str, str]]]:
    """Every kept ArchiMate property in one query, by (model label, pk)."""
    labels = {ct.id: f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()}
    kept: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    rows = ExternalProperty.objects.filter(source_format=FORMAT).order_by(
        "content_type", "object_id", "position", "id"
    )
    for content_type, object_id, key, value in rows.values_list(
        "content_type", "object_id", "key", "value"
    ):
        kept[(labels.get(content_type, ""), object_id)].append((key, value))
    return kept
