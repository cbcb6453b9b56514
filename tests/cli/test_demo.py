"""`anker demo` and `serve --demo`, with a stand-in for the demo loader so that these
tests check the command, not the (large) demo data."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from anker.cli import demo as demo_data
from anker.cli.main import app
from tests.factories import BlockFactory

COUNTS = {"organisations": 12, "building blocks": 40}


@pytest.fixture
def loader(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Replace anker.demo.load by a module that records each call's ``reset``."""
    calls: list[bool] = []

    def load_demo(reset: bool, progress: Callable[[str], None]) -> dict[str, int]:
        calls.append(reset)
        progress("Organisations")
        return dict(COUNTS)

    module = types.ModuleType("anker.demo.load")
    module.load_demo = load_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "anker.demo.load", module)
    return calls


@pytest.mark.django_db
@pytest.mark.parametrize(("arguments", "reset"), [([], False), (["--reload"], True)])
def test_demo_loads_and_shows_counts(
    cli: CliRunner, loader: list[bool], arguments: list[str], reset: bool
) -> None:
    result = cli.invoke(app, ["demo", *arguments], terminal_width=120)
    assert result.exit_code == 0, result.output
    assert loader == [reset]
    for entity, count in COUNTS.items():
        assert entity in result.output and str(count) in result.output


@pytest.mark.django_db
def test_serve_demo_loads_into_an_empty_catalogue(loader: list[bool]) -> None:
    assert demo_data.load_if_empty() is True
    assert loader == [False]


@pytest.mark.django_db
def test_serve_demo_leaves_an_existing_catalogue_alone(loader: list[bool]) -> None:
    BlockFactory()
    assert demo_data.load_if_empty() is False
    assert loader == []


@pytest.mark.django_db
def test_missing_loader_is_one_clear_line(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "anker.demo.load", None)
    result = cli.invoke(app, ["demo"])
    assert result.exit_code == 1
    assert "demo loader is not available" in result.output
    assert "Traceback" not in result.output
