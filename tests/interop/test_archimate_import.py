"""ArchiMate into the database: what elements and relationships become, identity across
releases of a model, kept properties, owners, per-record and whole-source rejections."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from lxml import etree
from typer.testing import CliRunner

from anker.accounts.models import AuditEvent
from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock, Dependency, StandardCompliance
from anker.interop import registry, sources
from anker.interop.archimate.importer import import_archimate
from anker.interop.models import ExternalElement, ExternalProperty, ImportRun
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse
from tests.factories import BlockFactory, OrganisationFactory

pytestmark = pytest.mark.django_db
NS = "http://www.opengroup.org/xsd/archimate/3.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass
class E:
    """An element for a crafted model."""

    id: str
    type: str
    name: str | None
    props: dict[str, str] = field(default_factory=dict)
    doc: str = ""
    lang: str = ""


@dataclass
class R:
    """A relationship for a crafted model."""

    id: str
    type: str
    source: str
    target: str
    props: dict[str, str] = field(default_factory=dict)
    name: str = ""


def exchange(*items: E | R, identifier: str = "id-model", encoding: str = "UTF-8") -> bytes:
    """An exchange file holding ``items`` (with the property definitions they need)."""
    root = etree.Element(f"{{{NS}}}model", nsmap={None: NS, "xsi": XSI}, identifier=identifier)
    etree.SubElement(root, f"{{{NS}}}name").text = "Test model"
    keys = list(dict.fromkeys(key for item in items for key in item.props))
    definitions = {key: f"propid-{n}" for n, key in enumerate(keys, 1)}
    elements = [item for item in items if isinstance(item, E)]
    relationships = [item for item in items if isinstance(item, R)]
    for tag, group in (("elements", elements), ("relationships", relationships)):
        if group:
            holder = etree.SubElement(root, f"{{{NS}}}{tag}")
            for item in group:
                _add(holder, item, definitions)
    if definitions:
        holder = etree.SubElement(root, f"{{{NS}}}propertyDefinitions")
        for key, ref in definitions.items():
            node = etree.SubElement(holder, f"{{{NS}}}propertyDefinition", identifier=ref)
            node.set("type", "string")
            etree.SubElement(node, f"{{{NS}}}name").text = key
    return etree.tostring(root, xml_declaration=True, encoding=encoding)


def _add(holder: etree._Element, item: E | R, definitions: dict[str, str]) -> None:
    tag = "element" if isinstance(item, E) else "relationship"
    node = etree.SubElement(holder, f"{{{NS}}}{tag}")
    if item.id:
        node.set("identifier", item.id)
    node.set(f"{{{XSI}}}type", item.type)
    if isinstance(item, R):
        node.set("source", item.source)
        node.set("target", item.target)
    name = item.name
    if name is not None and (name or isinstance(item, E)):
        node_name = etree.SubElement(node, f"{{{NS}}}name")
        node_name.text = name
        if isinstance(item, E) and item.lang:
            node_name.set("{http://www.w3.org/XML/1998/namespace}lang", item.lang)
    if isinstance(item, E) and item.doc:
        etree.SubElement(node, f"{{{NS}}}documentation").text = item.doc
    if item.props:
        props = etree.SubElement(node, f"{{{NS}}}properties")
        for key, value in item.props.items():
            prop = etree.SubElement(
                props, f"{{{NS}}}property", propertyDefinitionRef=definitions[key]
            )
            etree.SubElement(prop, f"{{{NS}}}value").text = value


def run(data: bytes, source: str = "model.xml", **context) -> object:
    return import_archimate(source, data, ImportContext(**context))


def statuses(report) -> dict[str, str]:
    return {outcome.record: outcome.status for outcome in report.outcomes}


GEMMA = [
    E("id-actor", "BusinessActor", "Gemeente Waterveen", doc="Een gemeente."),
    E("id-cap", "Capability", "Authenticate users", lang="en"),
    E("id-fn", "BusinessFunction", "Vergunningverlening", {"GEMMA type": "Bedrijfsfunctie"}),
    E("id-zaak", "ApplicationComponent", "Zaakafhandelcomponent",
      {"GEMMA type": "Referentiecomponent", "Object ID": "abc",
       "GEMMA URL": "https://gemmaonline.nl/z"},
      doc="Handelt zaken af.\n\nMet alle details."),
    E("id-digid", "ApplicationComponent", "DigiD",
      {"GEMMA type": "Buitengemeentelijke voorziening"}),
    E("id-api", "ApplicationInterface", "Zaken API"),
    E("id-data", "DataObject", "Zaakgegevens"),
    E("id-stuf", "Constraint", "StUF", {"GEMMA type": "Standaard"}),
    E("id-svc", "BusinessService", "Paspoort aanvragen"),
    E("id-proc", "BusinessProcess", "Behandelen aanvraag"),
    R("id-r1", "Realization", "id-zaak", "id-fn"),
    R("id-r2", "Serving", "id-digid", "id-zaak"),
    R("id-r3", "Access", "id-zaak", "id-data"),
    R("id-r4", "Flow", "id-api", "id-zaak", name="zaakgegevens"),
    R("id-r5", "Realization", "id-zaak", "id-stuf", {"Verbindingsrol": "Verplicht"}),
    R("id-r6", "Assignment", "id-actor", "id-zaak"),
    R("id-r7", "Composition", "id-cap", "id-fn"),
    R("id-r8", "Serving", "id-digid", "id-actor"),
    R("id-r9", "Triggering", "id-proc", "id-zaak"),
]  # fmt: skip


def test_elements_become_organisations_capabilities_blocks_and_external_elements():
    report = run(exchange(*GEMMA))
    assert report.counts["rejected"] == 0, report.rejections
    actor = Organisation.objects.get(external_id="id-actor")
    assert (actor.name, actor.kind, actor.source_format) == (
        "Gemeente Waterveen",
        "local",
        "archimate",
    )
    assert actor.description == "Een gemeente."
    function = Capability.objects.get(external_id="id-fn")
    assert function.parent == Capability.objects.get(external_id="id-cap")
    kinds = dict(BuildingBlock.objects.values_list("external_id", "kind"))
    assert kinds == {
        "id-zaak": "software",
        "id-digid": "platform",
        "id-api": "api",
        "id-data": "dataset",
        "id-stuf": "standard",
    }
    zaak = BuildingBlock.objects.get(external_id="id-zaak")
    assert zaak.docs_url == "https://gemmaonline.nl/z"  # a mapped field
    description = zaak.descriptions.get(language="en")
    assert (description.short_description, description.long_description) == (
        "Handelt zaken af.",
        "Met alle details.",
    )
    external = ExternalElement.objects.get(external_id="id-svc")
    assert (external.element_type, external.name) == ("BusinessService", "Paspoort aanvragen")
    assert not BuildingBlock.objects.filter(name="Behandelen aanvraag").exists()
    assert any("1 BusinessProcess" in warning for warning in report.warnings)
    assert AuditEvent.objects.filter(entity_uuid=zaak.uuid, action="create", via="cli").exists()


def test_relationships_become_relations():
    report = run(exchange(*GEMMA))
    zaak = BuildingBlock.objects.get(external_id="id-zaak")
    digid = BuildingBlock.objects.get(external_id="id-digid")
    # owner from the Assignment; the others have none in the model
    assert zaak.owner.external_id == "id-actor"
    assert digid.owner.slug == "unknown-provider"
    assert list(zaak.capabilities.values_list("external_id", flat=True)) == ["id-fn"]
    pairs = set(Dependency.objects.values_list("dependent__name", "dependency__name"))
    assert pairs == {
        ("Zaakafhandelcomponent", "DigiD"),  # Serving: the served block needs the serving one
        ("Zaakafhandelcomponent", "Zaakgegevens"),  # Access: the accessor needs the data
        ("Zaakafhandelcomponent", "Zaken API"),  # Flow: the receiver needs the sender
    }
    assert Dependency.objects.get(dependency__name="Zaken API").note == "zaakgegevens"
    compliance = StandardCompliance.objects.get()
    assert (compliance.block, compliance.standard.name, compliance.status) == (
        zaak,
        "StUF",
        "complies",
    )
    assert _kept(compliance) == [("Verbindingsrol", "Verplicht")]
    reuse = Reuse.objects.get()
    assert (reuse.block, reuse.organisation.external_id) == (digid, "id-actor")
    assert (reuse.declared_by, reuse.status) == ("provider", "in-use")
    digid.refresh_from_db()
    assert digid.reuse_count == 1
    outcome = statuses(report)
    assert "Triggering [id-r9]" not in outcome  # not mapped: counted in a warning
    assert any("1 Triggering relationship" in warning for warning in report.warnings)
    assert outcome["Assignment [id-r6]"] == "accepted"  # the owner
    assert outcome["Realization [id-r5]"] == "accepted"  # the compliance record


def _kept(instance) -> list[tuple[str, str]]:
    from django.contrib.contenttypes.models import ContentType

    rows = ExternalProperty.objects.filter(
        content_type=ContentType.objects.get_for_model(type(instance)), object_id=instance.pk
    )
    return list(rows.values_list("key", "value"))


def test_unmapped_properties_are_kept_in_order_and_replaced_on_change():
    first = E(
        "id-a",
        "ApplicationComponent",
        "A",
        {"Z": "1", "GEMMA type": "Referentiecomponent", "A": "2"},
    )
    run(exchange(first))
    block = BuildingBlock.objects.get()
    assert _kept(block) == [("Z", "1"), ("GEMMA type", "Referentiecomponent"), ("A", "2")]
    first.props = {"A": "3"}
    report = run(exchange(first))
    assert report.counts["updated"] == 1
    assert _kept(block) == [("A", "3")]


def test_a_new_release_from_another_place_updates_in_place():
    v1 = [
        E("id-a", "ApplicationComponent", "Alpha"),
        E("id-b", "ApplicationComponent", "Beta", {"Status": "oud"}),
        E("id-c", "Capability", "Gamma"),
        E("id-gone", "ApplicationComponent", "Vanishing"),
        R("id-r", "Realization", "id-a", "id-c"),
        R("id-r-gone", "Flow", "id-a", "id-gone"),
    ]
    run(exchange(*v1), source="releases/v1.xml")
    counts = (BuildingBlock.objects.count(), Capability.objects.count(), Dependency.objects.count())
    v2 = [
        E("id-a", "ApplicationComponent", "Alpha"),
        E("id-b", "ApplicationComponent", "Beta 2", {"Status": "nieuw"}),
        E("id-c", "Capability", "Gamma"),
        E("id-new", "ApplicationComponent", "Delta"),
        R("id-r", "Realization", "id-a", "id-c"),
    ]
    report = run(exchange(*v2), source="https://example.org/v2.xml")
    assert statuses(report) == {
        "Alpha [id-a]": "unchanged",
        "Beta 2 [id-b]": "updated",
        "Gamma [id-c]": "unchanged",
        "Delta [id-new]": "accepted",
        "Realization [id-r]": "unchanged",
    }
    assert (BuildingBlock.objects.count(), Capability.objects.count()) == (counts[0] + 1, counts[1])
    beta = BuildingBlock.objects.get(external_id="id-b")
    assert (beta.name, beta.source_url) == ("Beta 2", "https://example.org/v2.xml")
    assert _kept(beta) == [("Status", "nieuw")]
    # what vanished is kept and named
    assert BuildingBlock.objects.filter(external_id="id-gone").exists()
    assert Dependency.objects.count() == counts[2]
    assert any("Vanishing [id-gone]" in w and "1 elements" in w for w in report.warnings)
    assert any("1 relationships" in w for w in report.warnings)
    # and a third import of the same release changes nothing
    again = run(exchange(*v2), source="v2-copy.xml")
    assert set(statuses(again).values()) == {"unchanged"}


def test_owner_comes_from_the_model_else_from_org_else_unknown_provider():
    organisation = OrganisationFactory(name="Gemeente Zwolle")
    model = exchange(E("id-a", "ApplicationComponent", "A"))
    report = run(model, owner=organisation)
    assert BuildingBlock.objects.get().owner == organisation
    assert any("owned by Gemeente Zwolle" in w for w in report.warnings)
    run(exchange(E("id-b", "ApplicationComponent", "B")))
    assert BuildingBlock.objects.get(external_id="id-b").owner.name == "Unknown provider"


def test_an_organisation_anker_knows_by_name_is_used_not_duplicated():
    known = OrganisationFactory(name="Gemeente Zwolle", kind="local")
    model = exchange(
        E("id-z", "BusinessActor", "gemeente zwolle", {"Bron": "GEMMA"}),
        E("id-a", "ApplicationComponent", "A"),
        R("id-o", "Assignment", "id-z", "id-a"),
    )
    report = run(model)
    assert Organisation.objects.filter(name__iexact="gemeente zwolle").count() == 1
    assert BuildingBlock.objects.get().owner == known
    known.refresh_from_db()
    assert (known.name, known.source_format) == ("Gemeente Zwolle", "manual")  # not overwritten
    assert _kept(known) == [("Bron", "GEMMA")]
    assert statuses(report)["Assignment [id-o]"] == "accepted"


def test_two_actors_of_one_model_with_one_name_stay_two():
    run(exchange(E("id-1", "BusinessActor", "Team"), E("id-2", "BusinessActor", "Team")))
    assert Organisation.objects.filter(name="Team").count() == 2


def test_an_element_anker_exported_is_matched_by_uuid_and_not_overwritten():
    block = BlockFactory(name="Signalen")
    model = exchange(
        E("id-x", "ApplicationComponent", "Renamed in Archi", {"anker:uuid": str(block.uuid)})
    )
    report = run(model)
    block.refresh_from_db()
    assert block.name == "Signalen" and BuildingBlock.objects.count() == 1
    assert set(statuses(report).values()) == {"unchanged"}


def test_records_that_cannot_be_taken_are_rejected_while_the_rest_imports():
    model = exchange(
        E("id-ok", "ApplicationComponent", "Fine"),
        E("", "ApplicationComponent", "No identifier"),
        E("id-ok", "ApplicationComponent", "Twice"),
        E("id-odd", "Teapot", "Unknown type"),
        E("id-blank", "ApplicationComponent", "  \n  "),  # Visual Paradigm writes these
        E("id-cap", "Capability", "Cap"),
        R("id-dangling", "Realization", "id-ok", "id-missing"),
        R("id-to-blank", "Realization", "id-blank", "id-cap"),
        R("id-cycle-1", "Composition", "id-cap", "id-cap"),
    )
    report = run(model)
    rejected = {o.record: (o.field, o.reason) for o in report.rejections}
    assert rejected["No identifier"] == ("element/@identifier", "no identifier")
    assert rejected["Twice [id-ok]"] == ("element/@identifier", "identifier id-ok used twice")
    assert rejected["Unknown type [id-odd]"][0] == "element/@xsi:type"
    assert "Teapot is not an ArchiMate element type" in rejected["Unknown type [id-odd]"][1]
    assert rejected["id-blank"][0] == "element/name"
    assert rejected["Realization [id-dangling]"] == (
        "relationship/@target",
        "id-missing is not in the model",
    )
    assert rejected["Realization [id-to-blank]"][0] == "relationship/@source"
    assert "part of itself" in rejected["Composition [id-cycle-1]"][1]
    assert all(o.line for o in report.rejections)
    assert list(BuildingBlock.objects.values_list("name", flat=True)) == ["Fine"]


def test_a_capability_cycle_is_rejected():
    model = exchange(
        E("id-a", "Capability", "A"),
        E("id-b", "Capability", "B"),
        R("id-ab", "Composition", "id-a", "id-b"),
        R("id-ba", "Composition", "id-b", "id-a"),
    )
    report = run(model)
    assert [o.record for o in report.rejections] == ["Composition [id-ba]"]
    assert Capability.objects.get(external_id="id-b").parent.external_id == "id-a"


def test_malformed_xml_is_rejected_whole_with_its_line():
    report = run(b'<?xml version="1.0"?>\n<model xmlns="%s">\n<elements>\n</model>' % NS.encode())
    (outcome,) = report.outcomes
    assert outcome.status == "rejected" and outcome.line == 4
    assert outcome.reason.startswith("not well-formed XML")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body/></html>", "not an ArchiMate model: the root element is <html>"),
        (
            b'<model xmlns="http://www.opengroup.org/xsd/archimate"/>',
            "ArchiMate 2.1 exchange files",
        ),
        (b"", "not well-formed XML"),
    ],
)
def test_other_documents_are_rejected_with_a_specific_reason(data, reason):
    (outcome,) = run(data).outcomes
    assert outcome.status == "rejected" and reason in outcome.reason


def test_windows_1252_files_read_as_declared():
    model = exchange(E("EAID_1", "ApplicationComponent", "Café-register"), encoding="windows-1252")
    assert b"windows-1252" in model[:60] and "é".encode("cp1252") in model
    run(model)
    assert BuildingBlock.objects.get().name == "Café-register"


def test_a_mapping_file_given_as_option_is_used(tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text("elements:\n  BusinessProcess: capability\n", encoding="utf-8")
    run(exchange(E("id-p", "BusinessProcess", "Behandelen")), options={"mapping": str(mapping)})
    assert Capability.objects.filter(name="Behandelen").exists()
    mapping.write_text("elements:\n  BusinessProces: capability\n", encoding="utf-8")
    (outcome,) = run(
        exchange(E("id-q", "BusinessProcess", "X")), options={"mapping": str(mapping)}
    ).outcomes
    assert outcome.status == "rejected"
    assert outcome.field == "mapping file m.yaml: elements.BusinessProces"
    assert "did you mean BusinessProcess?" in outcome.reason


def test_the_format_is_registered_and_imports_through_sources(tmp_path):
    fmt = registry.get("archimate")
    assert fmt.exporter is not None and ".archimate" in fmt.suffixes
    result = sources.import_source(fmt, "m.xml", exchange(*GEMMA), ImportContext())
    assert result.rejected == 0 and result.accepted > 10
    assert ImportRun.objects.get().format == "archimate"


def test_the_cli_imports_with_a_mapping(tmp_path):
    from anker.cli.main import app

    (tmp_path / "model.xml").write_bytes(exchange(E("id-p", "BusinessProcess", "Behandelen")))
    mapping = tmp_path / "m.yaml"
    mapping.write_text("elements:\n  BusinessProcess: capability\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["import", "archimate", str(tmp_path / "model.xml"), "--mapping", str(mapping)]
    )
    assert result.exit_code == 0, result.output
    assert Capability.objects.filter(name="Behandelen").exists()
