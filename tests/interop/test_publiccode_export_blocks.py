"""`anker export publiccode`: the demo's open software blocks as valid publiccode.yml files
that import back into the same blocks' facts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from anker.catalogue.models import BuildingBlock
from anker.demo.load import load_demo
from anker.interop.publiccode.parser import parse

SCHEMA = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "data"
    / "schemas"
    / "publiccode"
    / "schemastore-publiccode.json"
)
pytestmark = pytest.mark.django_db


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/data is not beside the project")
def test_the_demo_exports_valid_publiccode_files(tmp_path):
    from anker.cli.main import app

    load_demo(reset=True)
    result = CliRunner().invoke(app, ["export", "publiccode", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    files = sorted(tmp_path.glob("*.publiccode.yml"))
    assert len(files) >= 10
    schema = json.loads(SCHEMA.read_text())
    for path in files:
        jsonschema.validate(yaml.safe_load(path.read_text()), schema)
        software = parse(path.read_bytes())
        block = BuildingBlock.objects.get(slug=path.name.removesuffix(".publiccode.yml"))
        assert software.name == block.name
        # publiccode.yml has no "anchored" or "retired": they travel as stable and obsolete.
        expected = {"anchored": "production", "retired": "deprecated"}.get(
            block.lifecycle, block.lifecycle
        )
        assert software.lifecycle == expected
        reusers = set(
            block.reuses.exclude(status="stopped").values_list("organisation__name", flat=True)
        )
        assert set(software.used_by) == reusers


def test_a_format_without_an_exporter_says_so(tmp_path):
    from anker.cli.main import app

    result = CliRunner().invoke(app, ["export", "openapi", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "cannot export OpenAPI / Swagger yet" in result.output
    assert not list(tmp_path.iterdir())
