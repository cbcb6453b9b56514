"""The configurable mapping from ArchiMate to anker: which element becomes what, which
properties fill which fields, and which relationships become which relation.

Why configurable: real reference architectures type their elements by a property rather
than by element type (GEMMA marks reference components, business functions and
standards with its "GEMMA type" property), and each organisation models a little
differently. The default mapping ships as ``default-mapping.yaml`` next to this module; a
user's file (``--mapping``) is read the same way and its entries win. Both are read with
``yaml.safe_load`` and checked here, so a mistake is reported with its place in the file
and never half-applied."""

from __future__ import annotations

import difflib
from collections.abc import Mapping as MappingType
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from anker.interop.archimate.parser import ELEMENT_TYPES, RELATIONSHIP_TYPES, Concept

DEFAULT_FILE = Path(__file__).with_name("default-mapping.yaml")
MAX_MAPPING_BYTES = 1_048_576
ENTITIES = ("organisation", "capability", "block", "external", "ignore")
BLOCK_KINDS = ("software", "api", "dataset", "platform", "standard", "organisational")
RELATIONS = (
    "realises", "depends-on", "dependency-of", "owner", "part-of", "reuse", "complies", "ignore",
)  # fmt: skip
ENDPOINTS = ("any", "organisation", "capability", "block") + tuple(
    f"block {kind}" for kind in BLOCK_KINDS
)
FIELDS = {
    "organisation": ("kind", "country", "website", "is_public_sector"),
    "capability": ("position",),
    "block": (
        "lifecycle", "openness", "licence", "version", "homepage_url", "code_url", "docs_url",
        "spec_url", "maintenance", "contact_name", "contact_email", "default_language",
    ),
}  # fmt: skip


class MappingError(ValueError):
    """A mapping file that cannot be used: where in the file, and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.path, self.reason = path, reason


@dataclass(frozen=True)
class Target:
    """What an element becomes: an entity and, for a block, its kind."""

    entity: str
    kind: str = ""

    def __str__(self) -> str:
        return f"{self.entity} {self.kind}".strip()

    def fits(self, endpoint: str) -> bool:
        """Whether a relationship rule's ``source``/``target`` names this."""
        return endpoint in ("any", self.entity, str(self))


IGNORE = Target("ignore")


@dataclass(frozen=True)
class PropertyRule:
    key: str
    values: MappingType[str, Target]  # by normalised value
    types: frozenset[str] = frozenset()  # empty: every type


@dataclass(frozen=True)
class RelationRule:
    relation: str
    types: frozenset[str] = frozenset()  # empty: every type
    source: str = "any"
    target: str = "any"
    when: tuple[tuple[str, str], ...] = ()  # (property, normalised value)

    def fits(self, concept: Concept, source: Target, target: Target) -> bool:
        if self.types and concept.type not in self.types:
            return False
        if not (source.fits(self.source) and target.fits(self.target)):
            return False
        values = {(key, _normal(value)) for key, value in concept.properties}
        return all(pair in values for pair in self.when)


@dataclass(frozen=True)
class Mapping:
    elements: MappingType[str, Target]
    properties: tuple[PropertyRule, ...]
    fields: MappingType[str, MappingType[str, str]]  # entity → property → field
    relationships: tuple[RelationRule, ...]

    def target(self, concept: Concept) -> Target:
        """Property rules first (in order), then the element type; else ignore."""
        values = {}
        for key, value in concept.properties:
            values.setdefault(key, _normal(value))
        for rule in self.properties:
            if rule.types and concept.type not in rule.types:
                continue
            if rule.key in values and values[rule.key] in rule.values:
                return rule.values[values[rule.key]]
        return self.elements.get(concept.type, IGNORE)

    def relation(self, concept: Concept, source: Target, target: Target) -> str:
        """The relation of the first fitting rule, or "ignore"."""
        rule = next((r for r in self.relationships if r.fits(concept, source, target)), None)
        return rule.relation if rule else "ignore"


def _normal(value: str) -> str:
    return " ".join(str(value).split()).casefold()


def load_mapping(path: str | None = None) -> Mapping:
    """The default mapping, with the user's file at ``path`` (if any) over it."""
    if not path:
        return default_mapping()
    raw = _read(Path(path))
    prefix = f"mapping file {Path(path).name}"
    try:
        user = _build(raw)
    except MappingError as error:
        where = f"{prefix}: {error.path}" if error.path else prefix
        raise MappingError(where, error.reason) from None
    if raw.get("replace") is True:
        return user
    base = default_mapping()
    return Mapping(
        elements={**base.elements, **user.elements},
        properties=user.properties + base.properties,
        fields={
            entity: {**base.fields.get(entity, {}), **user.fields.get(entity, {})}
            for entity in FIELDS
        },
        relationships=user.relationships + base.relationships,
    )


@cache
def default_mapping() -> Mapping:
    return _build(_read(DEFAULT_FILE))


def _read(path: Path) -> dict[str, Any]:
    name = f"mapping file {path.name}"
    try:
        if path.stat().st_size > MAX_MAPPING_BYTES:
            raise MappingError(name, "larger than 1 MiB")
        data = yaml.safe_load(path.read_bytes())
    except OSError as error:
        raise MappingError(name, f"cannot be read: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise MappingError(name, f"not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MappingError(name, "must be a mapping with the sections elements, properties, "
                           "fields and relationships")  # fmt: skip
    return data


SECTIONS = ("elements", "properties", "fields", "relationships", "replace")


def _build(raw: dict[str, Any]) -> Mapping:
    for key in raw:
        if key not in SECTIONS:
            raise MappingError(str(key), f"unknown section; the sections are {', '.join(SECTIONS)}")
    elements = _section(raw, "elements", dict)
    return Mapping(
        elements={
            _element_type(key, f"elements.{key}"): _target(value, f"elements.{key}")
            for key, value in elements.items()
        },
        properties=tuple(
            _property_rule(rule, f"properties[{index}]")
            for index, rule in enumerate(_section(raw, "properties", list))
        ),
        fields=_fields(_section(raw, "fields", dict)),
        relationships=tuple(
            _relation_rule(rule, f"relationships[{index}]")
            for index, rule in enumerate(_section(raw, "relationships", list))
        ),
    )


def _section(raw: dict[str, Any], name: str, kind: type) -> Any:
    value = raw.get(name)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        shape = "a mapping" if kind is dict else "a list"
        raise MappingError(name, f"must be {shape}")
    return value


def _unknown(value: Any, known: Any, what: str) -> str:
    close = difflib.get_close_matches(str(value), list(known), n=1)
    hint = f"; did you mean {close[0]}?" if close else ""
    return f"{value!r} is not {what}{hint}"


def _element_type(value: Any, path: str) -> str:
    if value not in ELEMENT_TYPES:
        raise MappingError(path, _unknown(value, ELEMENT_TYPES, "an ArchiMate element type"))
    return value


def _target(value: Any, path: str) -> Target:
    words = str(value).split() if isinstance(value, str) else []
    if words == ["block"] or (len(words) == 2 and words[0] == "block"):
        if len(words) == 1 or words[1] not in BLOCK_KINDS:
            kinds = ", ".join(BLOCK_KINDS)
            raise MappingError(path, f"a block needs its kind: block <kind>, kind one of {kinds}")
        return Target("block", words[1])
    if len(words) == 1 and words[0] in ENTITIES:
        return Target(words[0])
    raise MappingError(
        path, f"{value!r} is not organisation, capability, block <kind>, external or ignore"
    )


def _property_rule(rule: Any, path: str) -> PropertyRule:
    if not isinstance(rule, dict) or not isinstance(rule.get("values"), dict):
        raise MappingError(path, "needs `property` (a name) and `values` (value: entity)")
    unknown = set(rule) - {"property", "values", "types"}
    if unknown:
        raise MappingError(f"{path}.{sorted(unknown)[0]}", "unknown key")
    key = rule.get("property")
    if not isinstance(key, str) or not key.strip():
        raise MappingError(f"{path}.property", "must name a property")
    return PropertyRule(
        key=key.strip(),
        values={
            _normal(value): _target(entity, f"{path}.values.{value}")
            for value, entity in rule["values"].items()
        },
        types=frozenset(_types(rule.get("types"), f"{path}.types", ELEMENT_TYPES)),
    )


def _types(value: Any, path: str, known: frozenset[str]) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list):
        raise MappingError(path, "must be a type or a list of types")
    for item in values:
        if item not in known:
            raise MappingError(path, _unknown(item, known, "an ArchiMate type"))
    return values


def _fields(raw: dict[str, Any]) -> dict[str, dict[str, str]]:
    fields: dict[str, dict[str, str]] = {}
    for entity, pairs in raw.items():
        if entity not in FIELDS:
            raise MappingError(f"fields.{entity}", _unknown(entity, FIELDS, "an entity"))
        if not isinstance(pairs, dict):
            raise MappingError(f"fields.{entity}", "must map property names to fields")
        for key, name in pairs.items():
            if name not in FIELDS[entity]:
                reason = _unknown(name, FIELDS[entity], f"a field of {entity}")
                raise MappingError(f"fields.{entity}.{key}", reason)
        fields[entity] = {str(key): name for key, name in pairs.items()}
    return fields


def _relation_rule(rule: Any, path: str) -> RelationRule:
    if not isinstance(rule, dict) or rule.get("relation") not in RELATIONS:
        relation = rule.get("relation") if isinstance(rule, dict) else None
        raise MappingError(f"{path}.relation", _unknown(relation, RELATIONS, "a relation"))
    unknown = set(rule) - {"type", "source", "target", "when", "relation"}
    if unknown:
        raise MappingError(f"{path}.{sorted(unknown)[0]}", "unknown key")
    for end in ("source", "target"):
        if rule.get(end, "any") not in ENDPOINTS:
            raise MappingError(f"{path}.{end}", _unknown(rule.get(end), ENDPOINTS, "an endpoint"))
    when = rule.get("when") or {}
    if not isinstance(when, dict):
        raise MappingError(f"{path}.when", "must map property names to values")
    return RelationRule(
        relation=rule["relation"],
        types=frozenset(_types(rule.get("type"), f"{path}.type", RELATIONSHIP_TYPES)),
        source=rule.get("source", "any"),
        target=rule.get("target", "any"),
        when=tuple((str(key), _normal(value)) for key, value in when.items()),
    )
