"""CPSV-AP out: the export conforms to the official CPSV-AP 3.2.0 SHACL shapes, the three
files hold the same graph, and export → import gives back the same services, channels,
organisations, life events and types (into the same database and into an empty one)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.compare import isomorphic

from anker.citizenservices.demo import wipe_citizen_services
from anker.citizenservices.models import CitizenService, LifeEvent
from anker.interop import registry
from anker.interop.cpsv.exporter import services_graph
from anker.interop.cpsv.terms import CPSV, CV
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    OrganisationFactory,
    ServiceChannelFactory,
    ServiceTypeFactory,
)

pytestmark = pytest.mark.django_db
SHAPES = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "data"
    / "schemas"
    / "cpsv-ap"
    / "3.2.0"
    / "cpsv-ap-SHACL.ttl"
)
needs_shapes = pytest.mark.skipif(not SHAPES.is_file(), reason="../shared/data is not beside us")


@pytest.fixture
def ecosystem():
    """Services with every kind of channel and every field CPSV-AP or anker's own terms
    carry; organisations in a known, an unknown and no country, with identifiers; a
    block that stays (owned by an organisation that is not responsible for anything)."""
    keeper = OrganisationFactory(name="Dienst Toegang", slug="dienst-toegang", kind="agency")
    block = BlockFactory(name="Toegangspoort", owner=keeper)
    hidden = BlockFactory(name="Gesloten", owner=keeper, openness="restricted")
    waterveen = OrganisationFactory(
        name="Gemeente Waterveen", kind="local", country="NL", website="https://waterveen.example"
    )
    waterveen.identifiers.create(scheme="oin", value="00000001001234567000")
    leiemonde = OrganisationFactory(name="Stad Leiemonde", kind="local", country="BE")
    nowhere = OrganisationFactory(name="Partner Zonder Land", kind="private", country="")
    parking = ServiceTypeFactory(
        name="Parking permit", name_nl="Parkeervergunning", slug="parking-permit"
    )
    moving = LifeEvent.objects.get(slug="moving-house")
    custom = LifeEvent.objects.create(slug="turning-18", name="Turning 18", name_nl="18 worden")
    first = CitizenServiceFactory(
        name="Parkeervergunning",
        slug="parkeren",
        description="Parkeren bij uw huis.",
        homepage_url="https://waterveen.example/parkeren",
        service_type=parking,
        organisations=[waterveen, nowhere],
        life_events=[moving, custom],
        blocks=[block, hidden],
    )
    for kind, extra in (
        ("online", {"cost": Decimal("95.00"), "accessibility_status": "B"}),
        ("app", {"service_level_value": 2, "service_level_unit": "hours"}),
        ("phone", {"always_available": False, "availability": "Monday to Friday 9-17"}),
        ("counter", {"service_level_value": 3, "service_level_unit": "weeks", "cost": 0}),
        ("post", {"service_level_value": 2, "service_level_unit": "months"}),
        ("email", {"service_level_value": None, "service_level_unit": "", "languages": []}),
        ("chat", {"service_level_value": 30, "service_level_unit": "minutes"}),
        ("assisted-digital", {"languages": ["nl", "tr", "ar"], "description": "In de bieb."}),
    ):
        ServiceChannelFactory(
            service=first,
            kind=kind,
            accessibility_statement_url="https://waterveen.example/toegankelijkheid"
            if kind == "online"
            else "",
            **extra,
        )
    second = CitizenServiceFactory(
        name="Geboorteaangifte", slug="geboorte", language="fr", organisations=[leiemonde]
    )
    ServiceChannelFactory(service=second, kind="counter", languages=["nl", "fr"])
    CitizenServiceFactory(name="Zonder kanalen", slug="leeg", organisations=[waterveen])
    return {"block": block, "hidden": hidden}


def picture():
    """What the round trip must keep, by name (anker's UUIDs and slugs are not part of it)."""
    rows = []
    for service in CitizenService.objects.prefetch_related(
        "organisations__identifiers", "life_events", "channels", "blocks"
    ):
        rows.append(
            (
                service.name,
                service.language,
                service.description,
                service.homepage_url,
                service.service_type and (service.service_type.name, service.service_type.name_nl),
                sorted((e.slug, e.name, e.name_nl) for e in service.life_events.all()),
                sorted(
                    (
                        o.name,
                        o.kind,
                        o.country,
                        o.website,
                        sorted((i.scheme, i.value) for i in o.identifiers.all()),
                    )
                    for o in service.organisations.all()
                ),
                sorted(
                    (
                        c.kind,
                        c.always_available,
                        c.availability,
                        c.service_level_value,
                        c.service_level_unit,
                        sorted(c.languages),
                        c.accessibility_status,
                        c.accessibility_statement_url,
                        c.cost,
                        c.currency,
                        c.description,
                    )
                    for c in service.channels.all()
                ),
                # A public register names only the open blocks a service runs on.
                sorted(b.name for b in service.blocks.all() if b.openness == "open"),
            )
        )
    return sorted(rows, key=repr)


def export_and_reimport(tmp_path: Path, wipe) -> list:
    before = picture()
    fmt = registry.get("cpsv-ap")
    assert fmt.exporter(tmp_path) == 3
    wipe()
    report = fmt.importer(
        str(tmp_path / "services.ttl"), (tmp_path / "services.ttl").read_bytes(), ImportContext()
    )
    assert report.counts["rejected"] == 0, report.rejections
    assert report.counts["accepted"] == len(before)
    return before


def test_the_export_writes_the_same_graph_three_times(ecosystem, tmp_path):
    registry.get("cpsv-ap").exporter(tmp_path)
    graphs = [
        Graph().parse(tmp_path / name, format=syntax)
        for name, syntax in (
            ("services.ttl", "turtle"),
            ("services.jsonld", "json-ld"),
            ("services.rdf", "xml"),
        )
    ]
    assert isomorphic(graphs[0], graphs[1]) and isomorphic(graphs[0], graphs[2])
    assert len(set(graphs[0].subjects(RDF.type, CPSV.PublicService))) == 3
    assert len(set(graphs[0].subjects(RDF.type, CV.Channel))) == 9
    text = (tmp_path / "services.ttl").read_text()
    assert f"urn:uuid:{ecosystem['block'].uuid}" in text
    assert str(ecosystem["hidden"].uuid) not in text, "a restricted block is not published"


def _validate(graph: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    shapes = Graph().parse(SHAPES, format="turtle")
    started = time.perf_counter()
    conforms, _graph, text = validate(graph, shacl_graph=shapes, inference="none")
    print(f"\npyshacl (CPSV-AP 3.2.0, {len(graph)} triples): {time.perf_counter() - started:.2f} s")
    return conforms, text


@needs_shapes
def test_the_export_conforms_to_the_cpsv_ap_3_2_shapes(ecosystem):
    conforms, text = _validate(services_graph())
    assert conforms, text


@needs_shapes
def test_the_demo_exports_a_conforming_register():
    from anker.demo.load import load_demo

    load_demo(reset=True)
    graph = services_graph()
    assert len(set(graph.subjects(RDF.type, CPSV.PublicService))) == CitizenService.objects.count()
    conforms, text = _validate(graph)
    assert conforms, text


def test_round_trip_into_the_same_database(ecosystem, tmp_path):
    def wipe():
        responsible = list(Organisation.objects.filter(citizen_services__isnull=False).distinct())
        wipe_citizen_services()
        for organisation in responsible:
            organisation.delete()

    before = export_and_reimport(tmp_path, wipe)
    assert picture() == before


def test_round_trip_of_the_demo_into_an_empty_database(tmp_path):
    """Everything goes, building blocks too: services, channels, organisations, life
    events and types come back; the blocks a service runs on cannot (they are gone)."""
    from anker.demo.load import load_demo, wipe_ecosystem

    load_demo(reset=True)
    before = [row[:-1] + ([],) for row in export_and_reimport(tmp_path, wipe_ecosystem)]
    assert picture() == before


def test_importing_our_own_export_changes_nothing(ecosystem, tmp_path):
    before = picture()
    registry.get("cpsv-ap").exporter(tmp_path)
    data = (tmp_path / "services.rdf").read_bytes()
    report = registry.get("cpsv-ap").importer("services.rdf", data, ImportContext())
    assert report.counts == {"accepted": 0, "updated": 0, "unchanged": 3, "rejected": 0}
    assert picture() == before
