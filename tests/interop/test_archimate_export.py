"""anker → ArchiMate: the export validates against the Open Group exchange schema, has
the views Archi needs, and reads back (export → import into an empty database) to the
same organisations, capabilities, blocks, dependencies, reuse and compliance."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from lxml import etree
from typer.testing import CliRunner

from anker.architecture.models import Capability
from anker.catalogue.models import (
    BlockDescription,
    BuildingBlock,
    Dependency,
    StandardCompliance,
    Tag,
)
from anker.demo.load import load_demo, wipe_ecosystem
from anker.interop.archimate.exporter import export_folder, export_model
from anker.interop.archimate.importer import import_archimate
from anker.interop.archimate.xsd import validation_errors
from anker.interop.models import ExternalElement, ExternalProperty
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation, OrganisationIdentifier
from anker.reuse.models import Reuse
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DependencyFactory,
    OrganisationFactory,
    ReuseFactory,
)
from tests.interop.test_archimate_import import E, R, exchange

pytestmark = pytest.mark.django_db
SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "schemas" / "archimate"
NS = {"a": "http://www.opengroup.org/xsd/archimate/3.0/"}
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def keep(instance, *pairs: tuple[str, str]) -> None:
    content_type = ContentType.objects.get_for_model(type(instance))
    for position, (key, value) in enumerate(pairs):
        ExternalProperty.objects.create(
            content_type=content_type,
            object_id=instance.pk,
            source_format="archimate",
            key=key,
            value=value,
            position=position,
        )


@pytest.fixture
def crafted():
    """A small ecosystem with every kind of record and relation the export writes."""
    ministry = OrganisationFactory(
        name="Ministerie & Co", kind="central", website="https://m.example"
    )
    agency = OrganisationFactory(name="Uitvoeringsdienst", kind="agency", parent=ministry)
    town = OrganisationFactory(name="Gemeente <Waterveen>", kind="local", country="NL")
    OrganisationIdentifier.objects.create(organisation=town, scheme="oin", value="0000000123")
    partner = OrganisationFactory(name="Leverancier BV", kind="private", is_public_sector=False)
    domain = CapabilityFactory(name="Identity", name_nl="Identiteit", description="Who is who.")
    login = CapabilityFactory(name="Login", name_nl="", parent=domain, position=3)
    CapabilityFactory(name="Empty domain", name_nl="Leeg")
    kinds = ("software", "api", "dataset", "platform", "standard", "organisational")
    blocks = {kind: BlockFactory(name=f"{kind} block", kind=kind, owner=agency) for kind in kinds}
    software = blocks["software"]
    software.homepage_url, software.version, software.lifecycle = (
        "https://s.example",
        "2.1",
        "pilot",
    )
    software.contact_email, software.default_language = "team@s.example", "nl"
    software.save()
    software.capabilities.set([domain, login])
    blocks["dataset"].capabilities.set([login])
    blocks["standard"].capabilities.set([domain])
    software.tags.set([Tag.objects.create(name="identity"), Tag.objects.create(name="eid")])
    long = "Long text\n\nwith paragraphs & <marks>.\x01"
    BlockDescription.objects.create(
        block=software, language="en", short_description="Logs in.", long_description=long
    )
    BlockDescription.objects.create(block=software, language="nl", short_description="Inloggen.")
    BlockDescription.objects.create(block=software, language="pt-BR", short_description="Entrar")
    for needed in ("api", "dataset", "standard", "platform"):
        DependencyFactory(dependent=software, dependency=blocks[needed], note=f"needs {needed}")
    DependencyFactory(dependent=blocks["organisational"], dependency=blocks["platform"])
    DependencyFactory(dependent=blocks["standard"], dependency=blocks["dataset"])
    ReuseFactory(block=software, organisation=town, status="in-use", mode="adapted",
                 since=dt.date(2023, 4, 1), declared_by="reuser",
                 confirmed_at=timezone.make_aware(dt.datetime(2023, 4, 2, 9, 30)))  # fmt: skip
    ReuseFactory(block=blocks["dataset"], organisation=partner, status="stopped",
                 since=dt.date(2021, 1, 1), until=dt.date(2022, 1, 1), stop_reason="Too slow",
                 evidence_url="https://e.example/r", evidence_note="Report")  # fmt: skip
    ReuseFactory(block=blocks["standard"], organisation=town, status="evaluating")
    for block, status in ((software, "complies"), (blocks["organisational"], "explained")):
        StandardCompliance.objects.create(
            block=block, standard=blocks["standard"], status=status, explanation=f"{status}!"
        )
    keep(software, ("GEMMA type", "Referentiecomponent"), ("Object ID", "abc"))
    keep(Dependency.objects.get(dependency=blocks["api"]), ("Verbindingsrol", "Verplicht"))
    ExternalElement.objects.create(
        source_format="archimate",
        external_id="id-svc",
        element_type="BusinessService",
        name="Paspoort aanvragen",
        data={
            "names": [["nl", "Paspoort aanvragen"]],
            "documentation": [],
            "properties": [["GEMMA type", "Buitengemeentelijke dienst"]],
        },  # fmt: skip
    )
    return blocks


def ecosystem() -> dict:
    """Everything the round trip must keep, by UUID."""

    def uuid(record):
        return str(record.uuid) if record else None

    def kept(record):
        content_type = ContentType.objects.get_for_model(type(record))
        rows = ExternalProperty.objects.filter(content_type=content_type, object_id=record.pk)
        return list(rows.order_by("position").values_list("key", "value"))

    return {
        "organisations": {
            uuid(o): (
                o.slug,
                o.name,
                o.kind,
                o.country,
                o.website,
                o.is_public_sector,
                o.description,
                uuid(o.parent),
                sorted(o.identifiers.values_list("scheme", "value")),
            )  # fmt: skip
            for o in Organisation.objects.exclude(slug="unknown-provider")
        },
        "capabilities": {
            uuid(c): (c.slug, c.name, c.name_nl, c.description, c.position, uuid(c.parent))
            for c in Capability.objects.all()
        },
        "blocks": {
            uuid(b): (
                b.name,
                b.kind,
                uuid(b.owner),
                sorted(map(uuid, b.capabilities.all())),
                b.lifecycle,
                b.openness,
                b.licence,
                b.homepage_url,
                b.code_url,
                b.docs_url,
                b.spec_url,
                b.version,
                b.maintenance,
                b.contact_name,
                b.contact_email,
                b.default_language,
                sorted(b.tags.values_list("name", flat=True)),
                sorted(
                    b.descriptions.values_list("language", "short_description", "long_description")
                ),
                b.reuse_count,
                kept(b),
            )  # fmt: skip
            for b in BuildingBlock.objects.all()
        },
        "dependencies": sorted(
            (uuid(d.dependent), uuid(d.dependency), d.note, str(kept(d)))
            for d in Dependency.objects.all()
        ),
        "reuse": sorted(
            (
                uuid(r.block),
                uuid(r.organisation),
                r.status,
                r.mode,
                str(r.since),
                str(r.until),
                r.stop_reason,
                r.declared_by,
                str(r.confirmed_at),
                r.evidence_url,
                r.evidence_note,
            )
            for r in Reuse.objects.all()
        ),  # fmt: skip
        "compliance": sorted(
            (uuid(c.block), uuid(c.standard), c.status, c.explanation)
            for c in StandardCompliance.objects.all()
        ),
        "external": sorted(
            (e.element_type, e.name, str(e.data["properties"]))
            for e in ExternalElement.objects.exclude(element_type="Model")
        ),
    }


def wipe() -> None:
    wipe_ecosystem()
    ExternalProperty.objects.all().delete()
    ExternalElement.objects.all().delete()


def check_views(data: bytes) -> etree._Element:
    """What Archi needs to open the views: bounds on every node, element references that
    exist, and lines that join the nodes of their relationship's two ends."""
    root = etree.fromstring(data)
    elements = {e.get("identifier"): e for e in root.iterfind("a:elements/a:element", NS)}
    relationships = {
        r.get("identifier"): r for r in root.iterfind("a:relationships/a:relationship", NS)
    }
    for view in root.iterfind("a:views/a:diagrams/a:view", NS):
        nodes = {}
        for node in view.iterfind("a:node", NS):
            assert all(int(node.get(attr)) >= 0 for attr in ("x", "y", "w", "h"))
            assert node.get("elementRef") in elements
            nodes[node.get("identifier")] = node.get("elementRef")
        for line in view.iterfind("a:connection", NS):
            relationship = relationships[line.get("relationshipRef")]
            assert nodes[line.get("source")] == relationship.get("source")
            assert nodes[line.get("target")] == relationship.get("target")
    return root


def test_the_export_validates_against_the_exchange_schema(crafted):
    data = export_model()
    assert validation_errors(data, SCHEMAS) == []
    root = check_views(data)
    types = {
        e.findtext("a:name", namespaces=NS): e.get(XSI_TYPE)
        for e in root.iterfind(".//a:element", NS)
    }
    assert types["software block"] == "ApplicationComponent"
    assert types["standard block"] == "Constraint"
    assert types["organisational block"] == "Resource"
    assert types["Paspoort aanvragen"] == "BusinessService"
    views = [v.findtext("a:name", namespaces=NS) for v in root.iterfind(".//a:view", NS)]
    assert views == ["Empty domain", "Identity"]
    assert b"\x01" not in data and b"&amp; &lt;marks&gt;" in data


def test_a_language_code_xml_cannot_carry_is_written_as_a_tag_or_left_out():
    block = BlockFactory()
    BlockDescription.objects.create(block=block, language="zh_Hant", short_description="登入")
    BlockDescription.objects.create(block=block, language="??", short_description="?")
    data = export_model()
    assert validation_errors(data, SCHEMAS) == []
    assert 'xml:lang="zh-Hant">登入' in data.decode()


def test_an_unchanged_ecosystem_exports_the_same_file(crafted):
    assert export_model() == export_model()


def test_relations_are_typed_where_archimate_allows_and_named_always(crafted):
    root = etree.fromstring(export_model())
    definitions = {
        d.get("identifier"): d.findtext("a:name", namespaces=NS)
        for d in root.iterfind(".//a:propertyDefinition", NS)
    }

    def relation(r):
        props = {definitions[p.get("propertyDefinitionRef")]: p.findtext("a:value", namespaces=NS)
                 for p in r.iterfind("a:properties/a:property", NS)}  # fmt: skip
        return props["anker:relation"]

    found = {(relation(r), r.get(XSI_TYPE)) for r in root.iterfind(".//a:relationship", NS)}
    assert found == {
        ("part-of", "Composition"),  # sub-capability
        ("part-of", "Aggregation"),  # suborganisation
        ("owner", "Association"),  # ArchiMate has no actor-to-application relationship
        ("realises", "Realization"),
        ("realises", "Association"),  # a standard (Constraint) realises no capability
        ("dependency-of", "Serving"),
        ("depends-on", "Access"),  # software needs a dataset
        ("depends-on", "Association"),
        ("reuse", "Serving"),
        ("reuse", "Association"),  # a dataset serves no actor
        ("complies", "Realization"),
        ("complies", "Association"),
    }


def test_the_round_trip_keeps_every_record_and_relation(crafted):
    data = export_model()
    description = BlockDescription.objects.get(long_description__contains="\x01")
    description.long_description = description.long_description.replace("\x01", "")
    description.save()  # XML cannot carry U+0001: the export leaves it out
    before = ecosystem()
    wipe()
    assert not BuildingBlock.objects.exists()
    report = import_archimate("ecosystem.xml", data, ImportContext())
    assert report.rejections == []
    assert ecosystem() == before
    again = import_archimate("ecosystem-copy.xml", data, ImportContext())
    assert {o.status for o in again.outcomes} == {"unchanged"}
    # a second export names every element and relationship as the first did
    assert identifiers(export_model()) == identifiers(data)


def identifiers(data: bytes) -> set[str]:
    root = etree.fromstring(data)
    paths = ("a:elements/a:element", "a:relationships/a:relationship", ".//a:view")
    return {node.get("identifier") for path in paths for node in root.iterfind(path, NS)}


def test_a_model_goes_out_with_the_identifiers_it_came_in_with():
    model = exchange(
        E("id-zaak", "ApplicationComponent", "Zaak", {"GEMMA type": "Referentiecomponent"}),
        E("EAID_1", "Capability", "Zaakgericht werken"),
        R("id-rel", "Realization", "id-zaak", "EAID_1"),
        R("id-flow", "Flow", "id-zaak", "id-zaak-2"),
    )
    import_archimate("m.xml", model, ImportContext())
    root = etree.fromstring(export_model())
    identifiers = {e.get("identifier") for e in root.iterfind(".//a:element", NS)}
    assert {"id-zaak", "EAID_1"} <= identifiers
    assert b"Referentiecomponent" in etree.tostring(root)


@pytest.mark.slow  # about 12 s: the imports write and audit 1,537 records one by one
def test_the_demo_ecosystem_exports_valid_and_round_trips():
    load_demo(reset=True)
    before = ecosystem()
    started = time.perf_counter()
    data = export_model()
    exported = time.perf_counter() - started
    assert validation_errors(data, SCHEMAS) == []
    check_views(data)
    wipe()
    report = import_archimate("demo.xml", data, ImportContext())
    assert report.rejections == [] and ecosystem() == before
    again = import_archimate("demo-again.xml", data, ImportContext())
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert exported < 10  # measured: 0.4 s for 1.7 MB


def test_the_cli_exports_one_file(tmp_path, crafted):
    from anker.cli.main import app

    result = CliRunner().invoke(app, ["export", "archimate", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == ["ecosystem.xml"]
    assert export_folder(tmp_path / "again") == 1


SHARED = SCHEMAS.parents[1] / "archimate"


@pytest.mark.parametrize(
    "name",
    [
        "Arktect-Co__archimate-model-importer__aoeff_3_0_sparx.xml",
        "Arktect-Co__archimate-model-importer__aoeff_3_1_visual_paradigm.xml",
        "archimatetool__OpenGroupXMLExchange__archisurance.xml",  # Dublin Core metadata
        "bp4mc2__archimate2rdf__input.xml",
    ],
)
def test_the_schema_check_accepts_the_real_exchange_files(name):
    """The offline schema (with the xml.xsd resolver and Dublin Core) is the real one."""
    assert validation_errors((SHARED / name).read_bytes(), SCHEMAS) == []


def test_the_schema_check_finds_what_is_wrong():
    model = exchange(
        E("id-a", "ApplicationComponent", "A"), R("id-r", "Serving", "id-a", "id-nowhere")
    )
    errors = validation_errors(model, SCHEMAS)
    assert errors and "id-nowhere" in errors[0]
