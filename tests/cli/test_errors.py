"""Failures end in one clear line and exit code 1, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from anker.cli.main import app

ANKER = Path(sys.executable).with_name("anker")


def test_port_in_use(cli: CliRunner) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = cli.invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"Port {port} on 127.0.0.1 is already in use" in result.output
    assert "Traceback" not in result.output


def _anker(tmp_path: Path, *arguments: str, **environment: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ANKER_") and key != "DJANGO_SETTINGS_MODULE"
    }
    env.update(ANKER_DATA_DIR=str(tmp_path), **environment)
    return subprocess.run(
        [str(ANKER), *arguments], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
def test_unreachable_database(tmp_path: Path) -> None:
    # Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
    result = _anker(tmp_path, "migrate", ANKER_DATABASE_URL="postgresql://anker@127.0.0.1:9/anker")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "database cannot be used" in result.stderr


@pytest.mark.slow
def test_invalid_setting(tmp_path: Path) -> None:
    result = _anker(tmp_path, "migrate", ANKER_DEBUG="maybe")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "ANKER_DEBUG must be true or false" in result.stderr
