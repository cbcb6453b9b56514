"""Every command explains itself; --version answers without a database."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from anker import __version__
from anker.cli.main import app

COMMANDS = {
    "serve": ["--demo", "--host", "--port", "--workers", "gunicorn"],
    "demo": ["--reload", "demo ecosystem"],
    "createadmin": ["--username", "--email", "--password", "ANKER_ADMIN_PASSWORD"],
    "migrate": ["database schema"],
    "envdoc": ["--output", "environment variable"],
}


def test_main_help_lists_every_command(cli: CliRunner) -> None:
    result = cli.invoke(app, ["--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for command in COMMANDS:
        assert command in result.output


def test_no_arguments_shows_help(cli: CliRunner) -> None:
    result = cli.invoke(app, [], terminal_width=200)
    assert "serve" in result.output and "Usage" in result.output


@pytest.mark.parametrize(("command", "phrases"), COMMANDS.items())
def test_command_help(cli: CliRunner, command: str, phrases: list[str]) -> None:
    result = cli.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())  # rich wraps long lines
    for phrase in phrases:
        assert phrase in text


def test_version(cli: CliRunner) -> None:
    result = cli.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"anker {__version__}"
