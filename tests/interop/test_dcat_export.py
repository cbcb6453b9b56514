"""DCAT-AP out: the catalogue validates against the official DCAT-AP 3.0.1 SHACL shapes,
the three files hold the same graph, and export → import into an empty database gives
back the same blocks, tags, links, dependencies and owners."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from anker.catalogue.models import ApiSpecification, BlockLink, BuildingBlock, Dependency, Tag
from anker.interop import registry, sources
from anker.interop.dcat.exporter import catalogue_graph
from anker.interop.dcat.terms import DCAT, DCT
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from tests.factories import BlockFactory, DescriptionFactory, OrganisationFactory

pytestmark = pytest.mark.django_db
SHAPES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "schemas" / "dcat-ap"
# The modular shapes (existence, cardinality, literals + class ranges) and the generated
# pair. Neither needs the EU code lists, which are not saved. The generated pair names 5
# property shapes it never defines (DatasetShape ×2, DistributionShape ×2,
# RelationshipShape ×1, as published at 3.0.1); pyshacl refuses such a shapes graph, so
# those references are dropped and counted, and the count is checked. The generated ranges
# also ask that addresses such as dcat:endpointURL have class rdfs:Resource, which every
# IRI has under RDFS entailment: that pair is checked with RDFS inference.
SHAPE_SETS = {
    "modular shapes.ttl + range.ttl": (("3.0.1/shapes.ttl", "3.0.1/range.ttl"), 0, "none"),
    "generated dcat-ap-SHACL.ttl + ranges.ttl": (
        ("3.0.1/dcat-ap-SHACL.ttl", "3.0.1/ranges.ttl"),
        5,
        "rdfs",
    ),
}


def _link(block, kind, url, position=0, **details):
    return BlockLink.objects.create(block=block, kind=kind, url=url, position=position, **details)


@pytest.fixture
def ecosystem():
    """Two publishers; two datasets with distributions, tags, contact and texts in two
    languages; an api serving one of them; an api with endpoint only in its OpenAPI
    servers; and blocks the export must leave out (closed, software, no endpoint)."""
    waterveen = OrganisationFactory(name="Gemeente Waterveen", kind="local")
    bureau = OrganisationFactory(name="Kadaster Test", slug="kadaster-test", kind="agency")
    afval = BlockFactory(
        name="Afvalkalender",
        kind="dataset",
        owner=waterveen,
        licence="CC0-1.0",
        homepage_url="https://waterveen.example/afval",
        contact_name="Team Afval",
        contact_email="afval@waterveen.example",
        version="2024.1",
        default_language="nl",
    )
    DescriptionFactory(block=afval, language="nl", long_description="Ophaaldagen per adres.")
    DescriptionFactory(block=afval, language="en", long_description="Collection days.")
    afval.tags.set([Tag.objects.create(name="afval"), Tag.objects.create(name="environment")])
    _link(afval, "download", "https://waterveen.example/afval.csv", 0, title="CSV",
          media_type="text/csv", licence="http://spdx.org/licenses/CC0-1.0")  # fmt: skip
    _link(afval, "access", "https://waterveen.example/afval/wms", 1, media_type="WMS_SRVC")
    _link(afval, "documentation", "https://waterveen.example/afval/uitleg", 2)
    percelen = BlockFactory(
        name="Percelen", kind="dataset", owner=bureau, licence="officialWork", default_language="en"
    )
    DescriptionFactory(block=percelen, language="en", long_description="Parcels.\nAll of them.")
    _link(percelen, "download", "https://kadaster.example/percelen.gml", 0,
          media_type="GML Simple Features", licence="officialWork")  # fmt: skip
    api = BlockFactory(
        name="Afval-API",
        kind="api",
        owner=waterveen,
        spec_url="https://api.waterveen.example/openapi.json",
        contact_email="api@waterveen.example",
    )
    DescriptionFactory(block=api, language="en", long_description="Collection days over HTTP.")
    api.tags.set([Tag.objects.get(name="afval")])
    _link(api, "endpoint", "https://api.waterveen.example/v1", 0)
    Dependency.objects.create(dependent=api, dependency=afval)
    served_by_spec = BlockFactory(name="Percelen-API", kind="api", owner=bureau, licence="")
    ApiSpecification.objects.create(
        block=served_by_spec,
        family="openapi",
        spec_version="3.0.3",
        servers=[{"url": "https://api.kadaster.example/v4", "description": ""}, {"url": "/rel"}],
    )
    BlockFactory(
        name="Meldingen-API",
        kind="api",
        owner=waterveen,
        spec_url="https://meldingen.waterveen.example/api/openapi.yaml",
        homepage_url="https://waterveen.example/meldingen",
    )
    BlockFactory(name="Gesloten", kind="dataset", openness="restricted", owner=bureau)
    BlockFactory(name="Software", kind="software", owner=bureau)
    BlockFactory(name="Zonder endpoint", kind="api", owner=bureau)
    return {"afval": afval, "percelen": percelen, "api": api}


def test_the_export_writes_the_same_graph_three_times(ecosystem, tmp_path):
    fmt = registry.get("dcat")
    assert fmt.exporter(tmp_path) == 3
    graphs = {
        name: Graph().parse(tmp_path / name, format=syntax)
        for name, syntax in (
            ("catalogue.ttl", "turtle"),
            ("catalogue.jsonld", "json-ld"),
            ("catalogue.rdf", "xml"),
        )
    }
    assert isomorphic(graphs["catalogue.ttl"], graphs["catalogue.jsonld"])
    assert isomorphic(graphs["catalogue.ttl"], graphs["catalogue.rdf"])
    text = (tmp_path / "catalogue.ttl").read_text()
    assert "Gesloten" not in text and "Software" not in text and "Zonder endpoint" not in text
    assert f"urn:uuid:{ecosystem['afval'].uuid}" in text
    assert "https://api.kadaster.example/v4" in text and "/rel" not in text
    # Without endpoint or servers, the specification's address stands in for the endpoint.
    service = graphs["catalogue.ttl"].value(
        predicate=DCAT.endpointDescription,
        object=URIRef("https://meldingen.waterveen.example/api/openapi.yaml"),
    )
    assert graphs["catalogue.ttl"].value(service, DCAT.endpointURL) == URIRef(
        "https://meldingen.waterveen.example/api/openapi.yaml"
    )


@pytest.mark.skipif(not SHAPES.is_dir(), reason="../shared/data/schemas is not beside the project")
@pytest.mark.parametrize("shape_set", sorted(SHAPE_SETS))
def test_the_export_conforms_to_the_dcat_ap_3_shapes(ecosystem, tmp_path, shape_set):
    from pyshacl import validate

    registry.get("dcat").exporter(tmp_path)
    data = Graph().parse(tmp_path / "catalogue.ttl", format="turtle")
    names, undefined, inference = SHAPE_SETS[shape_set]
    shapes = Graph()
    for name in names:
        shapes.parse(SHAPES / name, format="turtle")
    references = shapes.subject_objects(SH.property)
    dangling = [(s, o) for s, o in references if (o, SH.path, None) not in shapes]
    assert len(dangling) == undefined
    for reference in dangling:
        shapes.remove((reference[0], SH.property, reference[1]))
    started = time.perf_counter()
    conforms, _graph, text = validate(data, shacl_graph=shapes, inference=inference)
    print(f"\npyshacl ({shape_set}, {len(data)} triples): {time.perf_counter() - started:.2f} s")
    assert conforms, text


@pytest.mark.skipif(not SHAPES.is_dir(), reason="../shared/data/schemas is not beside the project")
def test_the_demo_ecosystem_exports_a_conforming_catalogue():
    """A fully populated export: every open dataset and api block of the demo."""
    from pyshacl import validate

    from anker.demo.load import load_demo

    load_demo()
    graph = catalogue_graph()
    open_blocks = BuildingBlock.objects.filter(kind__in=("dataset", "api"), openness="open")
    assert (
        len(set(graph.subjects(RDF.type, DCAT.Dataset)))
        == open_blocks.filter(kind="dataset").count()
    )
    assert (
        len(set(graph.subjects(RDF.type, DCAT.DataService)))
        == open_blocks.filter(kind="api").count()
    )
    shapes = Graph()
    for name in SHAPE_SETS["modular shapes.ttl + range.ttl"][0]:
        shapes.parse(SHAPES / name, format="turtle")
    started = time.perf_counter()
    conforms, _graph, text = validate(graph, shacl_graph=shapes, inference="none")
    print(
        f"\npyshacl (demo ecosystem, {len(graph)} triples): {time.perf_counter() - started:.2f} s"
    )
    assert conforms, text


def _picture():
    """What the round trip must keep, by name: kind, fields, texts, tags, links, owner
    and dependencies (anker's UUIDs and slugs are not part of it)."""
    picture = {}
    for block in BuildingBlock.objects.filter(kind__in=("dataset", "api"), openness="open"):
        picture[block.name] = {
            "fields": (
                block.kind,
                block.licence,
                block.homepage_url,
                block.spec_url,
                block.version,
                block.contact_name,
                block.contact_email,
                block.default_language,
            ),
            "owner": (block.owner.name, block.owner.kind),
            "texts": sorted(block.descriptions.values_list("language", "long_description")),
            "tags": sorted(block.tags.values_list("name", flat=True)),
            "links": sorted(
                block.links.values_list("kind", "url", "title", "media_type", "licence")
            ),
            "dependencies": sorted(block.dependencies.values_list("dependency__name", flat=True)),
        }
    return picture


@pytest.mark.parametrize("file", ["catalogue.ttl", "catalogue.jsonld", "catalogue.rdf"])
def test_export_then_import_into_an_empty_database_gives_the_same_catalogue(
    ecosystem, tmp_path, file
):
    BuildingBlock.objects.filter(name__in=("Gesloten", "Software", "Zonder endpoint")).delete()
    # Endpoint taken from the OpenAPI servers comes back as an endpoint link.
    spec_api = BuildingBlock.objects.get(name="Percelen-API")
    _link(spec_api, "endpoint", "https://api.kadaster.example/v4")
    expected = _picture()
    registry.get("dcat").exporter(tmp_path)
    BuildingBlock.objects.all().delete()
    Organisation.objects.all().delete()
    Tag.objects.all().delete()
    data = (tmp_path / file).read_bytes()
    result = sources.import_source(registry.get("dcat"), file, data, ImportContext())
    assert (result.accepted, result.rejected) == (5, 0), result.outcomes
    assert _picture() == expected
    # Anker's own addresses are the external ids; a second import changes nothing.
    afval = BuildingBlock.objects.get(name="Afvalkalender")
    assert afval.external_id == f"urn:uuid:{ecosystem['afval'].uuid}"
    again = sources.import_source(registry.get("dcat"), file, data, ImportContext())
    assert again.unchanged == 5


def test_reexporting_an_imported_catalogue_keeps_the_source_addresses():
    turtle = """\
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<https://data.example/ds/1> a dcat:Dataset ; dct:title "One"@en ; dct:description "D"@en ;
    dct:publisher <https://data.example/org> .
<https://data.example/org> foaf:name "Bureau" .
"""
    sources.import_source(registry.get("dcat"), "x.ttl", turtle.encode(), ImportContext())
    text = catalogue_graph().serialize(format="turtle")
    assert "<https://data.example/ds/1>" in text and "<https://data.example/org>" in text


def test_the_command_line_exports_and_imports_dcat(ecosystem, tmp_path):
    from typer.testing import CliRunner

    from anker.cli.main import app

    exported = CliRunner().invoke(app, ["export", "dcat", "--out", str(tmp_path)])
    assert exported.exit_code == 0, exported.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "catalogue.jsonld",
        "catalogue.rdf",
        "catalogue.ttl",
    ]
    blocks = BuildingBlock.objects.count()
    imported = CliRunner().invoke(app, ["import", "dcat", str(tmp_path / "catalogue.ttl")])
    assert imported.exit_code == 0, imported.output
    # anker's own blocks, read back into the same database, are recognised, not copied.
    assert BuildingBlock.objects.count() == blocks
    assert not BuildingBlock.objects.filter(source_format="dcat").exists()


def test_text_xml_cannot_carry_is_left_out_so_every_file_parses(tmp_path):
    owner = OrganisationFactory(name="Gemeente\x0b Vreemd")
    block = BlockFactory(name="Data\x01set", kind="dataset", owner=owner, default_language="x_y")
    # \x1f is not XML 1.0; (NUL is not even storable in PostgreSQL text.)
    DescriptionFactory(block=block, language="nl", long_description="Tekst\x1f met US")
    _link(block, "download", "https://x.example/a b.csv", 0)  # not an IRI: left out
    _link(block, "download", "https://x.example/b.csv", 1, media_type="text/csv; charset=utf-8")
    registry.get("dcat").exporter(tmp_path)
    for name, syntax in (("catalogue.rdf", "xml"), ("catalogue.jsonld", "json-ld")):
        graph = Graph().parse(tmp_path / name, format=syntax)
        titles = [str(title) for title in graph.objects(None, DCT.title)]
        assert "Dataset" in titles
    text = (tmp_path / "catalogue.ttl").read_text()
    assert "a b.csv" not in text and "https://x.example/b.csv" in text
