"""No input makes the DCAT importer raise: random bytes, mutated real files, and random
graphs built from DCAT's own terms (which reach far past the parser) all end in a clean
report, every rejection with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from anker.interop.dcat.importer import import_dcat
from anker.interop.registry import ImportContext

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dcat"
REAL = sorted(p.read_bytes() for p in SHARED.iterdir()) if SHARED.is_dir() else []
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_clean(data: bytes) -> None:
    report = import_dcat("fuzz.ttl", data, ImportContext())
    assert report.format == "dcat"
    for outcome in report.outcomes:
        assert outcome.status in ("accepted", "updated", "unchanged", "rejected")
        assert outcome.status != "rejected" or outcome.reason
    # --hypothesis-show-statistics shows how far the inputs reached.
    event("statuses: " + (",".join(sorted({o.status for o in report.outcomes})) or "none"))


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    assert_clean(data)


@FUZZ
@given(
    st.sampled_from([b"", b"@prefix", b"<?xml", b"{", b"[", b"<rdf:RDF"]), st.binary(max_size=400)
)
def test_random_bytes_behind_each_syntax_opening(head: bytes, tail: bytes) -> None:
    assert_clean(head + tail)


@st.composite
def mutated_real_file(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(REAL)))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 200)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "replace"]))
        if action == "delete":
            del data[start:end]
        elif action == "insert":
            data[start:start] = draw(st.binary(min_size=1, max_size=30))
        elif action == "duplicate":
            data[start:start] = data[start:end]
        else:
            data[start:end] = draw(st.binary(max_size=end - start))
    return bytes(data)


@pytest.mark.skipif(not REAL, reason="../shared/data/dcat is not beside the project")
@FUZZ
@given(mutated_real_file())
def test_mutated_real_files(data: bytes) -> None:
    assert_clean(data)


SUBJECTS = ["<https://x.example/a>", "<https://x.example/b>", "_:n1", "_:n2", "<urn:uuid:x>"]
PREDICATES = [
    "a", "dct:title", "dct:description", "dct:publisher", "dct:identifier", "dct:license",
    "dct:language", "dct:format", "dct:type", "foaf:name", "foaf:page", "dcat:keyword",
    "dcat:theme", "dcat:landingPage", "dcat:distribution", "dcat:accessURL",
    "dcat:downloadURL", "dcat:mediaType", "dcat:contactPoint", "vcard:fn", "vcard:hasEmail",
    "vcard:hasValue", "dcat:endpointURL", "dcat:endpointDescription", "dcat:servesDataset",
    "dcat:accessService", "dcat:dataset", "dcat:service", "dcat:version", "skos:exactMatch",
]  # fmt: skip
CLASSES = ["dcat:Dataset", "dcat:DataService", "dcat:Catalog", "dcat:Distribution",
           "dcat:DatasetSeries", "dcat:Catalogue", "foaf:Agent", "vcard:Kind"]  # fmt: skip
IRIS = [
    "<https://x.example/a>", "<http://spdx.org/licenses/EUPL-1.2>", "<mailto:a@b.example>",
    "<mailto:>", "<http://publications.europa.eu/resource/authority/language/NLD>",
    "<http://creativecommons.org/licenses/by/4.0/>", "<https://x.example/%00>",
    "<http://publications.europa.eu/resource/authority/file-type/CSV>", "<urn:uuid:zz>",
    "<http://purl.org/adms/publishertype/LocalAuthority>", "<ftp://x.example/f>",
    "<https://www.iana.org/assignments/media-types/text/csv>",
]  # fmt: skip
TEXT = st.text(st.characters(codec="utf-8", exclude_characters='"\\'), max_size=40)


@st.composite
def dcat_graph(draw) -> bytes:
    """Turtle from DCAT's terms: subjects, classes, literals in odd languages, addresses."""
    lines = [
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
        "@prefix dct: <http://purl.org/dc/terms/> .",
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
        "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        # A valid dataset and service to start from, so that the random triples below
        # reach the records and the database, not only the parser.
        '<https://x.example/a> a dcat:Dataset ; dct:title "A" ; dct:publisher _:n2 .',
        '_:n1 a dcat:DataService ; dct:title "S" ; dct:identifier "S-1" ; dct:publisher _:n2 .',
        '_:n2 foaf:name "Publisher" .',
    ]
    for _ in range(draw(st.integers(1, 25))):
        subject, predicate = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(PREDICATES))
        if predicate == "a":
            value = draw(st.sampled_from(CLASSES))
        else:
            literal = '"' + draw(TEXT) + '"' + draw(st.sampled_from(["", "@en", "@nl-BE", "@x"]))
            value = draw(st.sampled_from([*IRIS, *SUBJECTS, literal, literal, '"\\uD800"']))
        lines.append(f"{subject} {predicate} {value} .")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@FUZZ
@given(dcat_graph())
def test_random_dcat_graphs(data: bytes) -> None:
    assert_clean(data)
