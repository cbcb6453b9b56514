"""Every real publiccode.yml that parses is written back as a file that the official
schema (schemastore, in ../shared/data/schemas/publiccode) accepts, and reads back the same."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from anker.interop.publiccode.exporter import export
from anker.interop.publiccode.parser import PubliccodeError, parse

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SCHEMA = DATA / "schemas" / "publiccode" / "schemastore-publiccode.json"
pytestmark = pytest.mark.skipif(
    not SCHEMA.exists(), reason="../shared/data is not beside the project"
)


def real_files() -> list[Path]:
    return sorted(p for p in (DATA / "publiccode").iterdir() if p.suffix in (".yml", ".yaml"))


def test_every_export_validates_and_round_trips():
    schema = json.loads(SCHEMA.read_text())
    exported = 0
    for path in real_files():
        try:
            software = parse(path.read_bytes())
        except PubliccodeError:
            continue
        text = export(software)
        jsonschema.validate(yaml.safe_load(text), schema)
        again = parse(text)
        assert (again.name, again.url, again.lifecycle) == (
            software.name,
            software.url,
            software.lifecycle,
        ), path.name
        # legal.license is required: a file without one is written as LicenseRef-not-stated.
        assert again.licence == (software.licence or "LicenseRef-not-stated"), path.name
        # A description is required: the export keeps every language and adds one if none.
        assert {d.language for d in software.descriptions} <= {
            d.language for d in again.descriptions
        }
        assert again.descriptions, path.name
        assert again.used_by == software.used_by, path.name
        exported += 1
    assert exported >= 55
