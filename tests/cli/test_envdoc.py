"""docs/configuration.md is generated from anker.conf.env and must match the code."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from anker.cli.envdoc import render
from anker.cli.main import app
from anker.conf.env import VARIABLES

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_committed_reference_matches_the_code() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(), (
        "docs/configuration.md is out of date: run "
        "`anker envdoc --output docs/configuration.md` and commit the result."
    )


def test_every_variable_is_documented() -> None:
    text = render()
    for name in VARIABLES:
        assert f"`{name}`" in text


def test_envdoc_prints_and_writes(cli: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "configuration.md"
    result = cli.invoke(app, ["envdoc", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output == render()
    assert target.read_text(encoding="utf-8") == render()


def test_defaults_under_home_are_machine_independent() -> None:
    assert "~/" in render()
    if Path.home() != Path("/"):
        assert f"{Path.home()}/" not in render()
