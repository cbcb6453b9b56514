"""No input makes the CPSV-AP importer raise: mutated copies of the official example and
random graphs built from CPSV-AP's own terms (which reach past the parser into the
records and the database) all end in a clean report, every rejection with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anker.interop.cpsv.importer import import_cpsv
from anker.interop.registry import ImportContext

pytestmark = pytest.mark.django_db
EXAMPLE = (
    Path(__file__).resolve().parents[2].parent
    / "shared/data/schemas/cpsv-ap/3.2.0/example-rdf_public_service.ttl"
)
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_clean(data: bytes) -> None:
    report = import_cpsv("fuzz.ttl", data, ImportContext())
    for outcome in report.outcomes:
        assert outcome.status in ("accepted", "updated", "unchanged", "rejected")
        assert outcome.status != "rejected" or outcome.reason.strip()


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="../shared/data is not beside the project")
@FUZZ
@given(st.data())
def test_mutated_official_example(data) -> None:
    text = bytearray(EXAMPLE.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 120)))
        text[start:end] = data.draw(st.binary(max_size=max(1, end - start)))
    assert_clean(bytes(text))


SUBJECTS = ["ex:s", "ex:o", "ex:c", "ex:e", "_:b1", "_:b2", "<urn:uuid:nonsense>"]
PREDICATES = [
    "a", "dct:title", "dct:description", "dct:identifier", "dct:type", "dct:language",
    "dct:spatial", "cv:hasCompetentAuthority", "cv:hasChannel", "cv:isGroupedBy",
    "cv:hasCost", "cv:hasValue", "cv:currency", "cv:ifAccessedThrough", "cv:processingTime",
    "cv:openingHours", "cv:frequency", "skos:prefLabel", "skos:notation", "foaf:page",
    "anker:runsOn", "anker:serviceLevelValue", "anker:serviceLevelUnit",
    "anker:accessibilityStatus", "anker:organisationKind", "adms:identifier",
]  # fmt: skip
OBJECTS = [
    "cpsv:PublicService", "cv:PublicOrganisation", "cv:Channel", "cv:LifeEvent", "cv:Cost",
    "<http://data.europa.eu/snb/com-channel/b37115f83e>", "<urn:anker:channel-type:chat>",
    "<http://publications.europa.eu/resource/authority/country/NLD>",
    "<http://publications.europa.eu/resource/authority/language/TUR>",
    "<http://publications.europa.eu/resource/authority/frequency/CONT>",
    '"P5D"^^xsd:duration', '"PT99999999999H"', '"P1Y2M"', '"-3"^^xsd:double', '"NaN"^^xsd:double',
    '"1e300"^^xsd:double', '"working-days"', '"99999999999"', '"Z"', '"local"', "ex:s", "_:b1",
]  # fmt: skip
TEXT = st.text(st.characters(codec="utf-8", exclude_characters='"\\'), max_size=40)


@st.composite
def cpsv_graph(draw) -> bytes:
    lines = [
        "@prefix cpsv: <http://purl.org/vocab/cpsv#> .",
        "@prefix cv: <http://data.europa.eu/m8g/> .",
        "@prefix dct: <http://purl.org/dc/terms/> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
        "@prefix adms: <http://www.w3.org/ns/adms#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix anker: <urn:anker:terms:> .",
        "@prefix ex: <https://x.example/> .",
        # A valid service to start from, so that random triples reach the database.
        'ex:s a cpsv:PublicService ; dct:title "S"@nl ; cv:hasCompetentAuthority ex:o .',
        'ex:o a cv:PublicOrganisation ; skos:prefLabel "Gemeente Fuzz"@nl .',
    ]
    for _ in range(draw(st.integers(1, 25))):
        subject, predicate = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(PREDICATES))
        literal = '"' + draw(TEXT) + '"' + draw(st.sampled_from(["", "@en", "@nl-BE"]))
        value = draw(st.sampled_from([*OBJECTS, *SUBJECTS, literal, literal]))
        lines.append(f"{subject} {predicate} {value} .")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@FUZZ
@given(cpsv_graph())
def test_random_cpsv_graphs(data: bytes) -> None:
    assert_clean(data)
