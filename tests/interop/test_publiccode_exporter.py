"""publiccode.yml exporter: its output validates against the SchemaStore JSON Schema, reads
back to the values it wrote, and fills what the standard requires when anker lacks it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from anker.interop.publiccode.exporter import export
from anker.interop.publiccode.parser import (
    Contact,
    Dependency,
    Description,
    PubliccodeError,
    Software,
    parse,
)

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SCHEMA = DATA / "schemas" / "publiccode" / "schemastore-publiccode.json"
TODAY = date(2025, 6, 1)


def _parsed_real_files() -> list[tuple[str, Software]]:
    found = []
    for path in sorted((DATA / "publiccode").glob("*.y*ml")):
        try:
            found.append((path.name, parse(path.read_bytes())))
        except PubliccodeError:
            continue
    return found


REAL = _parsed_real_files()
REAL_IDS = [name for name, _ in REAL]
needs_real_files = pytest.mark.skipif(not REAL, reason=f"{DATA / 'publiccode'} is missing")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    if not SCHEMA.is_file():
        pytest.skip(f"the publiccode JSON Schema is missing: {SCHEMA.parent} not found")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_valid(validator: jsonschema.Draft7Validator, text: str) -> None:
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(yaml.safe_load(text))]
    assert not errors, errors


MEDUSA = Software(
    name="Medusa",
    url="https://example.org/medusa.git",
    landing_url="https://example.org/medusa",
    software_version="1.0",
    release_date=date(2024, 3, 1),
    software_type="standalone/desktop",
    lifecycle="pilot",
    platforms=("linux", "windows"),
    categories=("office", "Content-Management", "not-a-category", "other"),
    descriptions=(
        Description("en", "A text editor", "A" * 200, ("Fast", "Small"), "Text editor"),
        Description("it", "", "Un editor\nper tutti", ()),
    ),
    licence="EUPL-1.2",
    main_copyright_owner="City of Example",
    maintenance_type="contract",
    contractors=("Firm Ltd",),
    contacts=(Contact("Ada", "ada@example.org", "+31 20 1234", "City"), Contact(email="x@y.z")),
    depends_on=(
        Dependency("PostgreSQL", "open", version_min="13"),
        Dependency("NFC reader", "hardware", optional=True),
    ),
    used_by=("Comune di Roma", "Gemeente Utrecht"),
    ipa_code="c_h501",
    country_sections={"it": {"piattaforme": {"spid": True, "cie": "yes"}}, "nl": {"a": 1}},
)


# --- validity -------------------------------------------------------------------------------


@needs_real_files
@pytest.mark.parametrize(("name", "software"), REAL, ids=REAL_IDS)
def test_export_of_every_parsed_real_file_validates(validator, name, software):
    assert_valid(validator, export(software, today=TODAY))


def test_export_of_a_bare_software_validates_with_sensible_defaults(validator):
    text = export(Software(name="Bare", url="https://example.org/bare"), today=TODAY)
    assert_valid(validator, text)
    doc = yaml.safe_load(text)
    assert doc["publiccodeYmlVersion"] == "0.4"
    assert (doc["platforms"], doc["softwareType"]) == (["web"], "standalone/web")
    assert doc["developmentStatus"] == "stable"  # anker's default lifecycle: production
    assert doc["legal"] == {"license": "LicenseRef-not-stated"}
    assert doc["maintenance"] == {"type": "none"}
    assert doc["description"] == {"en": {"shortDescription": "Bare"}}
    assert doc["localisation"] == {"localisationReady": False, "availableLanguages": ["en"]}


def test_export_of_a_full_software(validator):
    text = export(MEDUSA, today=TODAY)
    assert_valid(validator, text)
    doc = yaml.safe_load(text)
    assert list(doc)[:3] == ["publiccodeYmlVersion", "name", "url"]
    assert doc["categories"] == ["office", "content-management"]  # 0.4 list only
    assert doc["developmentStatus"] == "beta"
    assert doc["maintenance"]["contractors"] == [{"name": "Firm Ltd", "until": "2026-06-01"}]
    assert doc["maintenance"]["contacts"] == [
        {"name": "Ada", "email": "ada@example.org", "phone": "+31 20 1234", "affiliation": "City"}
    ]
    assert doc["description"]["it"] == {"shortDescription": "Un editor"}  # long too short
    assert doc["description"]["en"]["longDescription"] == "A" * 200
    assert doc["dependsOn"]["hardware"] == [{"name": "NFC reader", "optional": True}]
    assert doc["IT"] == {
        "countryExtensionVersion": "1.0",
        "piattaforme": {"spid": True},
        "riuso": {"codiceIPA": "c_h501"},
    }
    assert "nl" not in doc and "NL" not in doc
    assert "Città" in export(Software(name="Città", url="https://x.org/a"))  # allow_unicode


@pytest.mark.parametrize(
    ("lifecycle", "status"),
    [
        ("idea", "concept"),
        ("experiment", "development"),
        ("pilot", "beta"),
        ("production", "stable"),
        ("anchored", "stable"),
        ("deprecated", "obsolete"),
        ("retired", "obsolete"),
    ],
)
def test_development_status_is_the_lifecycle_reversed(lifecycle, status):
    software = Software(name="A", url="https://x.org/a", lifecycle=lifecycle)
    assert yaml.safe_load(export(software))["developmentStatus"] == status


@pytest.mark.parametrize(
    ("stored", "exported"),
    [
        ("library", "library"),
        ("Library", "library"),
        ("softwareAddon", "addon"),
        ("standalone/Api", "standalone/backend"),
        ("standalone", "standalone/other"),
        ("", "standalone/web"),
        ("something else", "standalone/web"),
    ],
)
def test_software_type_is_corrected_or_defaulted(stored, exported):
    software = Software(name="A", url="https://x.org/a", software_type=stored)
    assert yaml.safe_load(export(software))["softwareType"] == exported


def test_texts_are_cut_to_the_schema_limits(validator):
    description = Description("en", "S" * 200, "L" * 20_000, (), "G" * 40)
    text = export(Software(name="A", url="https://x.org/a", descriptions=(description,)))
    assert_valid(validator, text)
    block = yaml.safe_load(text)["description"]["en"]
    assert len(block["shortDescription"]) == 150 and block["shortDescription"].endswith("…")
    assert "longDescription" not in block and "genericName" not in block


def test_used_by_without_duplicates_and_no_export_without_name_or_url():
    software = Software(name="A", url="https://x.org/a", used_by=("Roma", " roma ", "Milano"))
    assert yaml.safe_load(export(software))["usedBy"] == ["Roma", "Milano"]
    with pytest.raises(ValueError, match="needs a name and a url"):
        export(Software(name="A"))


def test_contractors_only_for_contract_maintenance():
    community = replace(MEDUSA, maintenance_type="community")
    assert "contractors" not in yaml.safe_load(export(community))["maintenance"]
    assert "contractors" in yaml.safe_load(export(MEDUSA))["maintenance"]


# --- round trip -----------------------------------------------------------------------------


def test_round_trip_of_a_full_software():
    back = parse(export(MEDUSA, today=TODAY))
    assert back.warnings == ()
    assert back.standard_version == "0.4"
    for field in (
        "name", "url", "landing_url", "software_version", "release_date", "software_type",
        "lifecycle", "platforms", "licence", "main_copyright_owner", "maintenance_type",
        "contractors", "depends_on", "used_by", "ipa_code",
    ):  # fmt: skip
        assert getattr(back, field) == getattr(MEDUSA, field), field
    assert back.categories == ("office", "content-management")
    assert back.contacts == MEDUSA.contacts[:1]
    assert back.descriptions == (
        MEDUSA.descriptions[0],
        Description("it", "Un editor"),
    )
    assert back.country_sections == {
        "it": {"countryExtensionVersion": "1.0", "piattaforme": {"spid": True}, "riuso": {
            "codiceIPA": "c_h501"}}
    }  # fmt: skip


@needs_real_files
@pytest.mark.parametrize(("name", "software"), REAL, ids=REAL_IDS)
def test_round_trip_of_every_parsed_real_file(name, software):
    text = export(software, today=TODAY)
    back = parse(text)
    assert back.warnings == ()
    assert export(back, today=TODAY) == text  # what the exporter writes reads back unchanged
    unchanged = ("name", "url", "software_version", "release_date", "used_by", "depends_on")
    unchanged += ("ipa_code", "main_copyright_owner", "repo_owner", "authors_file")
    for field in unchanged:
        assert getattr(back, field) == getattr(software, field), field
    assert back.licence == (software.licence or "LicenseRef-not-stated")
    assert back.landing_url == software.landing_url
    assert back.maintenance_type == (software.maintenance_type or "none")
    assert back.platforms == (software.platforms or ("web",))
    assert set(back.categories) <= set(software.categories)
    named = (c for c in software.contacts if c.name)
    assert back.contacts == tuple(
        replace(c, email=c.email if "@" in c.email else "") for c in named
    )
    assert [d.language for d in back.descriptions] == (
        [d.language for d in software.descriptions] or ["en"]
    )
    for before, after in zip(software.descriptions, back.descriptions, strict=False):
        assert after.features == before.features
        assert after.long in ("", before.long)
    if software.development_status in ("concept", "development", "beta", "stable", "obsolete"):
        assert back.development_status == software.development_status
