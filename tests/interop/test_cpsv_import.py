"""CPSV-AP in: the official CPSV-AP 3.2.0 example imports; imports are idempotent,
update in place with an audit event, report every rejected public service with the field
and the reason, and never read what could hurt (XML entities, remote contexts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anker.accounts.models import AuditEvent
from anker.citizenservices import services
from anker.citizenservices.models import CitizenService, LifeEvent, ServiceChannel, ServiceType
from anker.interop import registry
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "schemas" / "cpsv-ap"
EXAMPLE = SCHEMAS / "3.2.0" / "example-rdf_public_service.ttl"
PREFIXES = """\
@prefix cpsv: <http://purl.org/vocab/cpsv#> .
@prefix cv: <http://data.europa.eu/m8g/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://register.example/> .
"""
AUTHORITY = """
ex:waterveen a cv:PublicOrganisation ; skos:prefLabel "Gemeente Waterveen"@nl ;
  dct:spatial <http://publications.europa.eu/resource/authority/country/NLD> .
"""


def run(text: str | bytes, context: ImportContext | None = None, name: str = "register.ttl"):
    data = text.encode() if isinstance(text, str) else text
    return registry.get("cpsv-ap").importer(name, data, context or ImportContext())


def service(body: str, subject: str = "ex:parking") -> str:
    return PREFIXES + AUTHORITY + f"{subject} a cpsv:PublicService ;\n{body} .\n"


PARKING = (
    service(
        """  dct:title "Parkeervergunning"@nl ; dct:description "Een vergunning."@nl ;
  cv:hasCompetentAuthority ex:waterveen ;
  cv:hasChannel ex:online, ex:counter ;
  cv:isGroupedBy ex:moving ;
  dct:type ex:parking-type ;
  cv:hasCost ex:fee"""
    )
    + """
ex:online a cv:Channel ; dct:identifier "online" ;
  dct:type <http://data.europa.eu/snb/com-channel/b37115f83e> ;
  cv:processingTime "P5D"^^xsd:duration .
ex:counter a cv:Channel ; dct:identifier "counter" ;
  dct:type [ a skos:Concept ; skos:prefLabel "Balie"@nl, "Counter"@en ] ;
  cv:openingHours [ dct:description "Monday to Friday 9:00-17:00"@en ] .
ex:moving a cv:LifeEvent ; dct:identifier "moving-house" ; dct:title "Moving house"@en .
ex:parking-type a skos:Concept ; skos:prefLabel "Parking permit"@en, "Parkeervergunning"@nl .
ex:fee a cv:Cost ; dct:identifier "fee" ; cv:hasValue "95.0"^^xsd:double ;
  cv:currency <http://publications.europa.eu/resource/authority/currency/EUR> ;
  cv:ifAccessedThrough ex:online .
"""
)


@pytest.mark.skipif(
    not EXAMPLE.is_file(), reason="../shared/data/schemas is not beside the project"
)
def test_the_official_example_imports():
    report = run(EXAMPLE.read_bytes(), name=str(EXAMPLE))
    assert report.counts == {"accepted": 1, "updated": 0, "unchanged": 0, "rejected": 0}
    imported = CitizenService.objects.get()
    assert imported.name == "Tax-on-web"
    # The description is in French only: the service's texts are French.
    assert imported.language == "fr"
    assert imported.description.startswith("Service pour la déclaration")
    assert imported.external_id == "http://example.com/publicService1"
    assert imported.source_format == "cpsv-ap" and imported.source_hash
    authority = imported.organisations.get()
    assert authority.name == "Federal Public Service FINANCE"
    assert (
        authority.country == "BE"
        and authority.external_id == "http://example.com/publicOrganisation1"
    )
    assert [channel.kind for channel in imported.channels.all()] == ["online"]
    assert imported.channels.get().external_id == "http://example.com/channel1"
    # What anker does not keep is said, not silently dropped.
    assert any("cv:contactPoint" in warning for warning in report.warnings)
    assert AuditEvent.objects.filter(entity_uuid=imported.uuid, action="create").exists()


@pytest.mark.skipif(
    not EXAMPLE.is_file(), reason="../shared/data/schemas is not beside the project"
)
def test_importing_the_same_source_again_changes_nothing():
    run(EXAMPLE.read_bytes())
    before = (
        list(CitizenService.objects.values_list("id", "modified", "imported_at")),
        AuditEvent.objects.count(),
        Organisation.objects.count(),
    )
    report = run(EXAMPLE.read_bytes())
    assert report.counts["unchanged"] == 1
    assert (
        list(CitizenService.objects.values_list("id", "modified", "imported_at")),
        AuditEvent.objects.count(),
        Organisation.objects.count(),
    ) == before


def test_channels_life_events_type_and_cost_are_read():
    report = run(PARKING)
    assert report.counts["accepted"] == 1, report.as_json()
    parking = CitizenService.objects.get()
    assert parking.organisations.get().name == "Gemeente Waterveen"
    assert parking.organisations.get().country == "NL"
    online = parking.channels.get(kind="online")
    assert (online.service_level_value, online.service_level_unit) == (5, "days")
    assert str(online.cost) == "95.00" and online.currency == "EUR"
    counter = parking.channels.get(kind="counter")
    assert counter.availability == "Monday to Friday 9:00-17:00" and counter.cost is None
    # The standard life event is found by its identifier, not created again.
    assert list(parking.life_events.values_list("slug", flat=True)) == ["moving-house"]
    assert LifeEvent.objects.filter(slug__startswith="moving-house").count() == 1
    assert (parking.service_type.name, parking.service_type.name_nl) == (
        "Parking permit",
        "Parkeervergunning",
    )


def test_a_changed_source_updates_in_place_and_is_audited():
    run(PARKING)
    parking = CitizenService.objects.get()
    changed = PARKING.replace(
        '"Parkeervergunning"@nl ; dct:description', '"Parkeren"@nl ; dct:description'
    )
    changed = changed.replace("ex:online, ex:counter", "ex:online")
    report = run(changed)
    assert report.counts["updated"] == 1
    assert CitizenService.objects.get().pk == parking.pk
    assert CitizenService.objects.get().name == "Parkeren"
    assert list(ServiceChannel.objects.values_list("kind", flat=True)) == ["online"]
    event = AuditEvent.objects.filter(entity_uuid=parking.uuid, action="update").get()
    assert event.before["name"] == "Parkeervergunning" and event.after["name"] == "Parkeren"


def test_a_channel_a_person_added_survives_a_reharvest():
    run(PARKING)
    parking = CitizenService.objects.get()
    coordinator = UserFactory(platform_role="coordinator")
    services.channel_add(actor=coordinator, service=parking, kind="phone")
    report = run(PARKING.replace("Een vergunning.", "Een vergunning voor bewoners."))
    assert report.counts["updated"] == 1
    assert set(parking.channels.values_list("kind", flat=True)) == {"online", "counter", "phone"}


def test_each_unusable_service_is_rejected_with_field_and_reason():
    text = (
        PARKING
        + """
ex:untitled a cpsv:PublicService ; cv:hasCompetentAuthority ex:waterveen .
ex:orphan a cpsv:PublicService ; dct:title "Zonder bevoegd gezag"@nl .
[] a cpsv:PublicService ; dct:title "Zonder adres"@nl ; cv:hasCompetentAuthority ex:waterveen .
"""
    )
    report = run(text)
    assert report.counts["accepted"] == 1
    rejected = {(o.record, o.field) for o in report.rejections}
    assert rejected == {
        ("https://register.example/untitled", "dct:title"),
        ("https://register.example/orphan", "cv:hasCompetentAuthority"),
        ("Zonder adres", "dct:identifier"),
    }
    assert all(outcome.reason for outcome in report.rejections)


def test_the_organisation_given_stands_in_for_a_missing_authority():
    owner = OrganisationFactory(name="Gemeente Eigenaar")
    text = PREFIXES + 'ex:orphan a cpsv:PublicService ; dct:title "Dienst"@nl .\n'
    report = run(text, ImportContext(owner=owner))
    assert report.counts["accepted"] == 1
    assert CitizenService.objects.get().organisations.get() == owner


def test_a_blank_node_service_is_found_again_by_its_identifier():
    text = (
        PREFIXES
        + AUTHORITY
        + '[] a cpsv:PublicService ; dct:identifier "svc-1" ; dct:title "Dienst"@nl ; '
        "cv:hasCompetentAuthority ex:waterveen .\n"
    )
    assert run(text).counts["accepted"] == 1
    assert run(text).counts["unchanged"] == 1
    assert CitizenService.objects.get().external_id == "svc-1"


def test_an_unknown_channel_type_is_a_warning_not_a_failure():
    text = (
        service(
            '  dct:title "Dienst"@nl ; cv:hasCompetentAuthority ex:waterveen ; cv:hasChannel ex:c'
        )
        + 'ex:c a cv:Channel ; dct:identifier "c" ; dct:type <https://types.example/x17> .\n'
    )
    report = run(text)
    assert report.counts["accepted"] == 1
    assert not CitizenService.objects.get().channels.exists()
    assert any("channel type is not one anker knows" in warning for warning in report.warnings)


def test_an_existing_organisation_is_found_by_name_not_duplicated():
    existing = OrganisationFactory(name="Gemeente Waterveen")
    run(PARKING)
    assert CitizenService.objects.get().organisations.get() == existing
    assert Organisation.objects.filter(name__iexact="Gemeente Waterveen").count() == 1


def test_rdf_xml_with_entities_is_refused():
    data = b"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY boom "boom">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>"""
    report = run(data, name="evil.rdf")
    assert report.counts["rejected"] == 1
    assert "entities" in report.rejections[0].reason
    assert not CitizenService.objects.exists()


def test_json_ld_names_no_remote_context_it_would_fetch():
    document = {
        "@context": [
            "https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld",
            {"dct": "http://purl.org/dc/terms/", "cv": "http://data.europa.eu/m8g/"},
        ],
        "@graph": [
            {
                "@id": "https://register.example/s",
                "@type": "http://purl.org/vocab/cpsv#PublicService",
                "dct:title": {"@value": "Dienst", "@language": "nl"},
                "cv:hasCompetentAuthority": {"@id": "https://register.example/o"},
            },
            {
                "@id": "https://register.example/o",
                "@type": "cv:PublicOrganisation",
                "http://www.w3.org/2004/02/skos/core#prefLabel": {
                    "@value": "Gemeente Dijkhoven",
                    "@language": "nl",
                },
            },
        ],
    }
    report = run(json.dumps(document), name="register.jsonld")
    assert report.counts["accepted"] == 1, report.as_json()
    assert any("not fetched" in warning for warning in report.warnings)


def test_nothing_is_half_written_when_a_source_does_not_parse():
    report = run(PARKING[:-40] + " this is not turtle")
    assert report.counts["rejected"] == 1 and report.rejections[0].line
    assert not CitizenService.objects.exists() and not ServiceType.objects.exists()
