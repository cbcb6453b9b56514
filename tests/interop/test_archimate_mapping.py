"""The ArchiMate mapping: the shipped default, property rules over element types (GEMMA),
a user's file over the default, and clear errors for a wrong file."""

from __future__ import annotations

from pathlib import Path

import pytest

from anker.interop.archimate.mapping import (
    DEFAULT_FILE,
    MappingError,
    Target,
    default_mapping,
    load_mapping,
)
from anker.interop.archimate.parser import Concept


def element(kind: str, **properties: str) -> Concept:
    return Concept(
        identifier="id-1", type=kind, names=(("", "x"),), properties=tuple(properties.items())
    )


def test_the_default_mapping_ships_inside_the_package():
    assert DEFAULT_FILE.parent.name == "archimate"
    assert DEFAULT_FILE.is_file()
    assert default_mapping().elements["BusinessActor"] == Target("organisation")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("BusinessActor", "organisation"),
        ("Capability", "capability"),
        ("BusinessFunction", "capability"),
        ("ApplicationComponent", "block software"),
        ("ApplicationService", "block platform"),
        ("ApplicationInterface", "block api"),
        ("DataObject", "block dataset"),
        ("TechnologyService", "block platform"),
        ("Node", "block platform"),
        ("SystemSoftware", "block software"),
        ("Artifact", "block software"),
        ("BusinessService", "external"),
        ("BusinessProcess", "ignore"),
        ("Constraint", "ignore"),
    ],
)
def test_element_types_map_by_default(kind, expected):
    assert str(default_mapping().target(element(kind))) == expected


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("ApplicationComponent", "Referentiecomponent", "block software"),
        ("ApplicationComponent", "Buitengemeentelijke voorziening", "block platform"),
        ("Constraint", "Standaard", "block standard"),
        ("Constraint", "Standaardversie", "external"),
        ("BusinessFunction", "Bedrijfsfunctie", "capability"),
        ("TechnologyService", "Technologielaag", "ignore"),
        ("BusinessService", "Buitengemeentelijke dienst", "external"),
        ("Constraint", "  standaard ", "block standard"),  # case and spacing do not matter
        ("ApplicationComponent", "Iets anders", "block software"),  # unknown value: by type
    ],
)
def test_gemma_type_property_wins_over_the_element_type(kind, value, expected):
    concept = element(kind, **{"GEMMA type": value})
    assert str(default_mapping().target(concept)) == expected


def test_anker_kind_property_brings_blocks_back_with_their_kind():
    concept = element("Resource", **{"anker:kind": "organisational"})
    assert default_mapping().target(concept) == Target("block", "organisational")


def test_a_user_mapping_extends_and_overrides_the_default(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(
        """
elements:
  Constraint: block standard
  ApplicationComponent: block platform
properties:
  - property: Soort
    values: {Basisregistratie: block dataset}
    types: ApplicationComponent
fields:
  block:
    Licentie: licence
relationships:
  - {type: Flow, source: block, target: block, relation: ignore}
""",
        encoding="utf-8",
    )
    mapping = load_mapping(str(path))
    assert mapping.target(element("Constraint")) == Target("block", "standard")
    assert mapping.target(element("ApplicationComponent")) == Target("block", "platform")
    assert mapping.target(element("ApplicationComponent", Soort="basisregistratie")) == Target(
        "block", "dataset"
    )
    assert mapping.target(element("Node", Soort="Basisregistratie")) == Target("block", "platform")
    assert mapping.target(element("BusinessActor")) == Target("organisation")  # default kept
    assert mapping.fields["block"]["Licentie"] == "licence"
    assert mapping.fields["block"]["anker:lifecycle"] == "lifecycle"
    flow = Concept(identifier="r", type="Flow", source="a", target="b")
    software = Target("block", "software")
    assert mapping.relation(flow, software, software) == "ignore"


def test_replace_true_drops_the_default(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("replace: true\nelements:\n  Node: block platform\n", encoding="utf-8")
    mapping = load_mapping(str(path))
    assert mapping.target(element("BusinessActor")) == Target("ignore")
    assert mapping.relationships == ()


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        ("elements:\n  ApplicationComponnent: block software\n", "elements.ApplicationComponnent",
         "did you mean ApplicationComponent?"),
        ("elements:\n  Node: blok software\n", "elements.Node", "is not organisation"),
        ("elements:\n  Node: block\n", "elements.Node", "a block needs its kind"),
        ("elements:\n  Node: block cloud\n", "elements.Node", "a block needs its kind"),
        ("fields:\n  block:\n    X: colour\n", "fields.block.X", "is not a field of block"),
        ("relationships:\n  - {type: Flow, relation: uses}\n", "relationships[0].relation",
         "is not a relation"),
        ("relationships:\n  - {type: Flowing, relation: realises}\n", "relationships[0].type",
         "did you mean Flow?"),
        ("relationships:\n  - {source: blok, relation: realises}\n", "relationships[0].source",
         "is not an endpoint"),
        ("properties:\n  - property: X\n", "properties[0]", "needs `property`"),
        ("colours: {}\n", "colours", "unknown section"),
        ("- a\n- b\n", "", "must be a mapping"),
        ("elements: [a]\n", "elements", "must be a mapping"),
        ("elements: {a: [\n", "", "not valid YAML (line 2)"),
    ],
)  # fmt: skip
def test_a_wrong_mapping_file_is_refused_with_place_and_reason(tmp_path, text, path, reason):
    file = tmp_path / "m.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(str(file))
    assert caught.value.path.startswith("mapping file m.yaml")
    assert caught.value.path.endswith(path)
    assert reason in caught.value.reason


def test_a_missing_mapping_file_is_refused():
    with pytest.raises(MappingError, match="cannot be read"):
        load_mapping(str(Path("/nonexistent/m.yaml")))
