"""DCAT-AP into the database: the mapping, identity and idempotence, provenance and audit,
owners, rejections with reasons, the three serialisations, safety, and every real file
of ../shared/data/dcat."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from anker.accounts.models import AuditEvent
from anker.catalogue.models import BlockLink, BuildingBlock, Dependency
from anker.interop import registry, sources
from anker.interop.dcat import importer
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dcat"

TURTLE = """\
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .

<https://data.waterveen.example/catalog> a dcat:Catalog ;
    dct:title "Open data Waterveen"@nl ;
    dct:publisher <https://data.waterveen.example/org> ;
    dcat:dataset <https://data.waterveen.example/ds/afval> ;
    dcat:service <https://data.waterveen.example/api/afval> .

<https://data.waterveen.example/org> a foaf:Agent ;
    foaf:name "Gemeente Waterveen" .

<https://data.waterveen.example/ds/afval> a dcat:Dataset ;
    dct:title "Afvalkalender"@nl, "Waste calendar"@en ;
    dct:description "Ophaaldagen per adres.\\nPer wijk bijgewerkt."@nl,
        "Collection days per address."@en ;
    dcat:keyword "Afval"@nl, "waste"@en ;
    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;
    dcat:landingPage <https://waterveen.example/afval> ;
    foaf:page <https://waterveen.example/afval/uitleg> ;
    dct:license <http://creativecommons.org/licenses/by/4.0/> ;
    dcat:version "2.1" ;
    dcat:contactPoint [ a vcard:Kind ;
        vcard:fn "Team Afval" ; vcard:hasEmail <mailto:afval@waterveen.example> ] ;
    dcat:distribution [ a dcat:Distribution ;
        dct:title "CSV" ;
        dcat:accessURL <https://waterveen.example/afval.csv> ;
        dcat:downloadURL <https://waterveen.example/afval.csv> ;
        dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ;
        dct:license <http://spdx.org/licenses/CC0-1.0> ] ,
      [ a dcat:Distribution ;
        dcat:accessURL <https://waterveen.example/afval/wms> ;
        dct:format <http://publications.europa.eu/resource/authority/file-type/WMS_SRVC> ] .

<https://data.waterveen.example/api/afval> a dcat:DataService ;
    dct:title "Afval-API"@nl ;
    dcat:endpointURL <https://api.waterveen.example/afval/v1> ;
    dcat:endpointDescription <https://api.waterveen.example/afval/v1/openapi.json> ;
    dcat:servesDataset <https://data.waterveen.example/ds/afval> .
"""


def run(data: str | bytes, name: str = "catalog.ttl", owner=None):
    fmt = registry.get("dcat")
    payload = data.encode() if isinstance(data, str) else data
    return sources.import_source(fmt, name, payload, ImportContext(owner=owner))


def test_a_catalogue_becomes_blocks_with_their_links_and_dependency():
    result = run(TURTLE)
    assert (result.accepted, result.rejected) == (2, 0), result.outcomes
    dataset = BuildingBlock.objects.get(external_id="https://data.waterveen.example/ds/afval")
    assert (dataset.kind, dataset.name, dataset.default_language) == (
        "dataset",
        "Waste calendar",
        "en",
    )
    assert (dataset.licence, dataset.version, dataset.source_format) == ("CC-BY-4.0", "2.1", "dcat")
    assert dataset.homepage_url == "https://waterveen.example/afval"
    assert (dataset.contact_name, dataset.contact_email) == (
        "Team Afval",
        "afval@waterveen.example",
    )
    texts = {
        d.language: (d.short_description, d.long_description) for d in dataset.descriptions.all()
    }
    assert texts == {
        "en": ("Collection days per address.", "Collection days per address."),
        "nl": ("Ophaaldagen per adres.", "Ophaaldagen per adres.\nPer wijk bijgewerkt."),
    }
    assert sorted(dataset.tags.values_list("name", flat=True)) == ["afval", "envi", "waste"]
    links = [
        (link.kind, link.url, link.title, link.media_type, link.licence)
        for link in dataset.links.all()
    ]
    assert links == [
        ("access", "https://waterveen.example/afval/wms", "", "WMS_SRVC", ""),
        ("documentation", "https://waterveen.example/afval/uitleg", "", "", ""),
        ("download", "https://waterveen.example/afval.csv", "CSV", "text/csv",
         "http://spdx.org/licenses/CC0-1.0"),
    ]  # fmt: skip
    owner = dataset.owner
    assert (owner.name, owner.source_format, owner.external_id) == (
        "Gemeente Waterveen",
        "dcat",
        "https://data.waterveen.example/org",
    )
    api = BuildingBlock.objects.get(kind="api")
    # The service names no publisher: its catalogue's is used.
    assert api.owner == owner and api.name == "Afval-API" and api.default_language == "nl"
    assert api.spec_url == "https://api.waterveen.example/afval/v1/openapi.json"
    assert list(api.links.values_list("kind", "url")) == [
        ("endpoint", "https://api.waterveen.example/afval/v1")
    ]
    assert Dependency.objects.get().dependent == api
    assert Dependency.objects.get().dependency == dataset
    assert AuditEvent.objects.filter(entity_uuid=dataset.uuid, action="create").exists()


def _state():
    return (
        BuildingBlock.objects.count(),
        Organisation.objects.count(),
        BlockLink.objects.count(),
        Dependency.objects.count(),
        AuditEvent.objects.count(),
        list(BuildingBlock.objects.order_by("id").values_list("modified", "imported_at")),
    )


def test_importing_twice_reports_unchanged_and_writes_nothing():
    run(TURTLE)
    before = _state()
    again = run(TURTLE, name="https://data.waterveen.example/catalog.ttl")
    assert (again.accepted, again.updated, again.unchanged) == (0, 0, 2)
    assert _state() == before


def test_a_changed_record_updates_in_place_and_is_audited():
    run(TURTLE)
    changed = TURTLE.replace('"Waste calendar"@en', '"Waste collection calendar"@en')
    result = run(changed)
    assert (result.updated, result.unchanged) == (1, 1)
    block = BuildingBlock.objects.get(external_id="https://data.waterveen.example/ds/afval")
    assert block.name == "Waste collection calendar"
    event = AuditEvent.objects.get(entity_uuid=block.uuid, action="update")
    assert ("name", "Waste calendar", "Waste collection calendar") in event.changes


def test_a_dataset_no_longer_served_loses_its_dependency():
    run(TURTLE)
    run(TURTLE.replace("dcat:servesDataset <https://data.waterveen.example/ds/afval>", "dct:x 1"))
    assert not Dependency.objects.exists()


def test_the_owner_can_be_given():
    owner = OrganisationFactory(name="Digitaal Bureau")
    run(TURTLE, owner=owner)
    assert set(BuildingBlock.objects.values_list("owner", flat=True)) == {owner.id}
    assert Organisation.objects.count() == 1


def test_a_known_publisher_is_found_by_address_then_by_name():
    by_name = OrganisationFactory(name="gemeente waterveen")
    run(TURTLE)
    assert set(BuildingBlock.objects.values_list("owner", flat=True)) == {by_name.id}
    other = TURTLE.replace('foaf:name "Gemeente Waterveen"', 'foaf:name "Waterveen"')
    by_address = OrganisationFactory(
        name="Something else",
        source_format="dcat",
        external_id="https://data.waterveen.example/org",
    )
    run(other)
    assert set(BuildingBlock.objects.values_list("owner", flat=True)) == {by_address.id}


def test_a_new_publisher_gets_its_kind_from_its_type_or_name():
    typed = TURTLE.replace(
        'foaf:name "Gemeente Waterveen" .',
        'foaf:name "Waterschap Veen" ; '
        "dct:type <http://purl.org/adms/publishertype/RegionalAuthority> .",
    )
    run(typed)
    assert Organisation.objects.get().kind == "regional"
    run(TURTLE.replace("https://data.waterveen.example/org", "https://other.example/org"))
    assert Organisation.objects.get(name="Gemeente Waterveen").kind == "local"
    assert BuildingBlock.objects.filter(owner__name="Gemeente Waterveen").count() == 2


REJECTIONS = """\
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<https://x.example/no-publisher> a dcat:Dataset ; dct:title "Orphan" .
<https://x.example/no-title> a dcat:Dataset ; dct:publisher [ foaf:name "Bureau X" ] .
[] a dcat:Dataset ; dct:title "Nameless" ; dct:publisher [ foaf:name "Bureau X" ] .
[] a dcat:Dataset ; dct:title "Known by identifier" ; dct:identifier "X-42" ;
   dct:publisher [ foaf:name "Bureau X" ] .
<https://x.example/strange> a dcat:Catalogue .
"""


def test_each_bad_record_is_rejected_with_its_reason_and_the_rest_imports():
    result = run(REJECTIONS)
    rejected = {
        (o["record"], o["field"]): o["reason"] for o in result.outcomes if o["status"] == "rejected"
    }
    assert set(rejected) == {
        ("https://x.example/no-publisher", "dct:publisher"),
        ("https://x.example/no-title", "dct:title"),
        ("Nameless", "dct:identifier"),
    }
    assert (
        "give the owner with --org" in rejected[("https://x.example/no-publisher", "dct:publisher")]
    )
    assert rejected[("https://x.example/no-title", "dct:title")] == "no title"
    assert "needs a dct:identifier" in rejected[("Nameless", "dct:identifier")]
    assert result.accepted == 1
    assert BuildingBlock.objects.get().external_id == "X-42"
    assert any("dcat:Catalogue" in warning for warning in result.warnings)
    # Imported again, the blank node is found by its identifier: no duplicate.
    assert run(REJECTIONS).unchanged == 1 and BuildingBlock.objects.count() == 1


def test_a_turtle_syntax_error_names_its_line():
    # Object lists over several lines before the error must not shift the line (rdflib's
    # own line counter does).
    broken = TURTLE.replace('dct:title "Afval-API"@nl ;', 'dct:title "Afval-API"@nl ; ] ;')
    result = run(broken)
    assert result.rejected == 1 and not BuildingBlock.objects.exists()
    outcome = result.outcomes[0]
    assert outcome["line"] == broken[: broken.index("@nl ; ] ;")].count("\n") + 1 == 38
    assert outcome["reason"].startswith(f"not valid Turtle at line {outcome['line']}")


def test_rdf_xml_imports_and_entities_are_refused_before_parsing():
    from rdflib import Graph

    xml = Graph().parse(data=TURTLE, format="turtle").serialize(format="xml")
    assert run(xml, name="catalog.rdf").accepted == 2
    # The same catalogue in Turtle is the same records: nothing changes.
    assert run(TURTLE).unchanged == 2
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY a "aaaaaaaaaa">\n]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&a;</rdf:RDF>'
    )
    result = run(bomb, name="bomb.rdf")
    assert result.rejected == 1 and "never expands" in result.outcomes[0]["reason"]
    assert result.outcomes[0]["line"] == 3
    # Well-formed XML that is not RDF/XML: rdflib's own complaint, with its line.
    nested = (
        '<?xml version="1.0"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:ex="http://ex.org/">\n<rdf:Description rdf:about="http://x.org/a">\n'
        "<ex:p><rdf:Description/><rdf:Description/></ex:p>\n</rdf:Description>\n</rdf:RDF>"
    )
    outcome = run(nested, name="nested.rdf").outcomes[0]
    assert (outcome["status"], outcome["line"]) == ("rejected", 4)
    assert outcome["reason"].startswith("not valid RDF/XML at line 4: Repeat node-elements")


def test_json_ld_imports_and_named_contexts_are_never_fetched(monkeypatch):
    import json

    from rdflib import Graph

    def no_network(*args, **kwargs):
        raise AssertionError("the importer tried to fetch a context")

    monkeypatch.setattr("urllib.request.urlopen", no_network)
    document = json.loads(Graph().parse(data=TURTLE, format="turtle").serialize(format="json-ld"))
    wrapped = {"@context": ["https://remote.example/context.jsonld", {}], "@graph": document}
    result = run(json.dumps(wrapped), name="catalog.jsonld")
    assert result.accepted == 2, result.outcomes
    assert run(TURTLE).unchanged == 2
    assert any("not fetched" in warning for warning in result.warnings)
    only_remote = {"@context": "file:///etc/passwd", "@id": "https://x.example/d"}
    assert run(json.dumps(only_remote), name="x.jsonld").rejected == 0


def test_a_failure_half_way_leaves_the_database_untouched(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importer, "_set_dependencies", explode)
    result = run(TURTLE)
    assert result.rejected == 1 and "disk on fire" in result.outcomes[0]["reason"]
    assert not BuildingBlock.objects.exists() and not Organisation.objects.exists()


def test_a_source_over_the_size_limit_is_rejected(monkeypatch):
    monkeypatch.setattr("anker.interop.dcat.parser.MAX_BYTES", 100)
    result = run(TURTLE)
    assert result.rejected == 1 and "larger than" in result.outcomes[0]["reason"]


# What each real file gives: (accepted, rejected, the reasons of the rejections).
REAL_FILES = {
    "GovDataOfficial__DCAT-AP.de__2024-02-22_UAG_Beispieldatensatz_v1.ttl": (
        0,
        1,
        ['not valid Turtle at line 1: Prefix "Stand:" not bound'],
    ),
    "SEMICeu__DCAT-AP__3.0.0-hvd-example-ms_catalogue.ttl": (
        1,
        1,
        [
            "no publisher: the record names no dct:publisher and no catalogue in the source "
            "publishes it; give the owner with --org"
        ],
    ),
    "belgif__inspire-dcat__statbel_opendata_subset.ttl": (10, 0, []),
    "ckan__ckanext-dcat__dataset_gov_de.rdf": (1, 0, []),
    "diggsweden__DCAT-AP-SE__rekommenderat.rdf": (2, 0, []),
}


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/dcat is not beside the project")
def test_every_real_file_imports_or_is_rejected_with_its_reason():
    fmt = registry.get("dcat")
    files = sorted(p.name for p in SHARED.iterdir() if p.is_file())
    assert files == sorted(REAL_FILES)
    started = time.perf_counter()
    runs = {
        Path(name).name: sources.import_source(fmt, name, data, ImportContext())
        for name, data in sources.read_sources(str(SHARED), fmt)
    }
    elapsed = time.perf_counter() - started
    print(f"\nDCAT folder import: {elapsed:.2f} s")
    for name, (accepted, rejected, reasons) in REAL_FILES.items():
        result = runs[name]
        found = [o["reason"] for o in result.outcomes if o["status"] == "rejected"]
        assert (result.accepted, result.rejected, found) == (accepted, rejected, reasons), name
    line = runs["GovDataOfficial__DCAT-AP.de__2024-02-22_UAG_Beispieldatensatz_v1.ttl"]
    assert line.outcomes[0]["line"] == 1
    assert BuildingBlock.objects.filter(source_format="dcat").count() == 14
    # The Swedish data service is served by its catalogue's publisher and serves dataset1.
    service = BuildingBlock.objects.get(external_id="https://example.com/dataservice1")
    assert service.owner.name == "Exempel organisation" and service.owner.kind == "non-profit"
    assert list(service.dependencies.values_list("dependency__external_id", flat=True)) == [
        "https://example.com/dataset1"
    ]
    statbel = BuildingBlock.objects.get(external_id="https://statbel.fgov.be/node/4108")
    assert statbel.owner.kind == "central"
    assert sorted(statbel.descriptions.values_list("language", flat=True)) == ["en", "fr", "nl"]
    assert "econ" in statbel.tags.values_list("name", flat=True)
    rostock = BuildingBlock.objects.get(kind="dataset", default_language="de")
    assert rostock.links.filter(kind="download", media_type="text/csv").exists()
    # A second harvest of the folder changes nothing.
    again = [
        sources.import_source(fmt, name, data, ImportContext())
        for name, data in sources.read_sources(str(SHARED), fmt)
    ]
    assert sum(run.accepted + run.updated for run in again) == 0
    assert sum(run.unchanged for run in again) == 14
