"""The quick start as README tells it: `anker serve --demo` answers with a page and its
static files, behind the security headers. A real process, a real port, a fresh SQLite."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ANKER = Path(sys.executable).with_name("anker")
STATIC_SOURCE = Path(__file__).resolve().parents[2] / "src" / "anker" / "static"
START_TIMEOUT = 180
# No proxy from the environment: every request goes to our own loopback server.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("ANKER_DATABASE_URL", "").startswith("postgres"),
        reason="the quick start uses SQLite; it runs in the SQLite pass of the suite",
    ),
]


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


def fetch(url: str) -> Response:
    try:
        with OPENER.open(url, timeout=10) as answer:
            return Response(answer.status, dict(answer.headers), answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, dict(error.headers), error.read())


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    base_url: str
    log: Path

    def output(self) -> str:
        """The server's own lines, without traceback frames, so the cause stands out."""
        lines = self.log.read_text(errors="replace").splitlines()
        return "\n".join(line for line in lines if not line.startswith(" "))[-4000:]


def _wait_until_answering(server: Server) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"anker serve exited with {server.process.returncode}:\n{server.output()}")
        try:
            fetch(server.base_url + "/")
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"anker serve did not answer within {START_TIMEOUT} s:\n{server.output()}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
    # The whole process group: workers too, whatever became of their master.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    assert ANKER.exists(), f"{ANKER} is missing: install anker into this environment (make test)"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ANKER_") and key != "DJANGO_SETTINGS_MODULE"
    }
    env["ANKER_DATA_DIR"] = str(tmp_path / "data")
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [str(ANKER), "serve", "--demo", "--port", str(port), "--workers", "2"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    running = Server(process, f"http://127.0.0.1:{port}", log)
    try:
        _wait_until_answering(running)
        yield running
    finally:
        _stop(process)


def static_file() -> str:
    """Our own stylesheet if there is one, else any file of ours, else Django admin's."""
    ours = sorted(path for path in STATIC_SOURCE.rglob("*") if path.is_file())
    preferred = [path for path in ours if path.name == "anker.css"]
    chosen = (preferred or ours)[:1]
    return chosen[0].relative_to(STATIC_SOURCE).as_posix() if chosen else "admin/css/base.css"


def test_serve_demo_answers_with_page_and_static_files(server: Server) -> None:
    page = fetch(server.base_url + "/")
    assert page.status == 200, server.output()
    assert "Content-Security-Policy" in page.headers
    assert b"<html" in page.body.lower()

    asset = fetch(f"{server.base_url}/static/{static_file()}")
    assert asset.status == 200, static_file()
    assert asset.body

    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=30) == 0, server.output()
