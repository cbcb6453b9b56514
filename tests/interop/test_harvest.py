"""Harvest sources: configured, fetched over HTTP, imported with a report, and run on
their schedule by the background worker."""

from __future__ import annotations

import functools
import http.server
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone
from typer.testing import CliRunner

from anker.accounts.models import AuditEvent
from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import BuildingBlock
from anker.cli.main import app
from anker.interop import services
from anker.interop.models import ImportRun, Source

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
WAI = "publiccode/AgID__wai-portal.yml"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    """A real HTTP server on 127.0.0.1 serving ../shared/data."""
    handler = functools.partial(_Quiet, directory=str(SHARED))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _source(url: str, **fields) -> Source:
    return services.source_create(
        actor=OPERATOR, via="cli", name=fields.pop("name", "wai"), url=url, **fields
    )


def test_harvest_fetches_imports_and_links_the_runs(server) -> None:
    source = _source(f"{server}/{WAI}", format="publiccode")
    (first,) = services.harvest(source, actor=OPERATOR)
    assert (first.accepted, first.rejected) == (1, 0)
    assert first.harvest_source == source
    block = BuildingBlock.objects.get(source_format="publiccode")
    assert block.source_url == f"{server}/{WAI}"
    source.refresh_from_db()
    assert source.last_harvested is not None and source.queued_at is None
    (second,) = services.harvest(source, actor=OPERATOR)
    assert (second.accepted, second.updated, second.unchanged) == (0, 0, 1)
    assert list(source.runs.order_by("id")) == [first, second]


def test_an_unreachable_source_gives_a_run_with_the_reason(server) -> None:
    source = _source(f"{server}/publiccode/no-such-file.yml", format="publiccode")
    (run,) = services.harvest(source)
    assert run.rejected == 1
    assert "404" in run.outcomes[0]["reason"]
    assert BuildingBlock.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"url": "ftp://example.org/x", "format": "publiccode"}, "url", "http://"),
        ({"url": "/etc/passwd", "format": "publiccode"}, "url", "http://"),
        ({"url": "https://example.org/x", "format": "word"}, "format", "Unknown format word"),
        (
            {"url": "https://example.org/x", "format": "openapi", "schedule": "hourly"},
            "schedule",
            "hourly",
        ),
    ],
)
def test_a_bad_source_is_refused_by_field(fields, field, message) -> None:
    with pytest.raises(ValidationError) as caught:
        _source(**fields)
    assert message in " ".join(caught.value.message_dict[field])
    assert Source.objects.count() == 0


def test_only_coordinators_configure_sources(actors) -> None:
    for role in ("anonymous", "viewer", "editor", "org_admin"):
        with pytest.raises(PermissionDenied):
            services.source_create(
                actor=actors.user(role), name=role, url="https://x.example/", format="openapi"
            )
    services.source_create(
        actor=actors.user("coordinator"), name="ok", url="https://x.example/", format="openapi"
    )
    assert list(Source.objects.values_list("name", flat=True)) == ["ok"]
    assert AuditEvent.objects.filter(entity_type="interop.source").count() == 1


def test_due_sources_follow_their_schedule() -> None:
    now = timezone.now()
    never = _source("https://x.example/a", name="never", format="openapi", schedule="daily")
    fresh = _source("https://x.example/b", name="fresh", format="openapi", schedule="weekly")
    stale = _source("https://x.example/c", name="stale", format="openapi", schedule="weekly")
    _source("https://x.example/d", name="manual", format="openapi")
    _source("https://x.example/e", name="off", format="openapi", schedule="daily", enabled=False)
    Source.objects.filter(pk=fresh.pk).update(last_harvested=now - timedelta(days=6))
    Source.objects.filter(pk=stale.pk).update(last_harvested=now - timedelta(days=8))
    assert {source.name for source in services.due_sources(now)} == {never.name, stale.name}


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_queued_harvests_once(server) -> None:
    """Real commits: the worker, like the real one, ends its database connection."""
    source = _source(f"{server}/{WAI}", format="publiccode", schedule="daily")
    assert services.queue_due_harvests() == 1
    assert services.queue_due_harvests() == 0  # already queued: not twice
    source.refresh_from_db()
    assert source.queued_at is not None
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    source.refresh_from_db()
    assert source.queued_at is None and source.last_harvested is not None
    run = ImportRun.objects.get(harvest_source=source)
    assert (run.accepted, run.via) == (1, "schedule")
    assert services.due_sources() == []


def test_cli_adds_lists_harvests_and_removes(server) -> None:
    cli = CliRunner()
    url = f"{server}/{WAI}"
    added = cli.invoke(app, ["source", "add", "wai", url, "--format", "publiccode"])
    assert added.exit_code == 0, added.output
    listed = cli.invoke(app, ["source", "list"])
    assert "wai" in listed.output and "publiccode" in listed.output
    harvested = cli.invoke(app, ["harvest", "--source", "wai"])
    assert harvested.exit_code == 0, harvested.output
    assert "Harvest: 1 sources" in harvested.output
    assert BuildingBlock.objects.filter(source_url=url).count() == 1
    bad = cli.invoke(app, ["source", "add", "x", "gopher://x", "--format", "publiccode"])
    assert bad.exit_code == 1 and "url: Give a web address" in bad.output
    removed = cli.invoke(app, ["source", "remove", "wai"])
    assert removed.exit_code == 0 and Source.objects.count() == 0
    assert ImportRun.objects.count() == 1  # the report outlives the source
    missing = cli.invoke(app, ["harvest", "--source", "wai"])
    assert missing.exit_code == 1 and "no source called wai" in missing.output


def test_a_source_that_never_answers_times_out(monkeypatch) -> None:
    """A server that accepts the connection and then says nothing: the harvest gives up
    after the timeout with that reason instead of hanging."""
    import socket

    from anker.interop import sources

    monkeypatch.setattr(sources, "TIMEOUT_SECONDS", 1)
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        source = _source(f"http://127.0.0.1:{port}/catalog.yml", format="publiccode")
        (run,) = services.harvest(source)
    assert run.rejected == 1 and "timed out" in run.outcomes[0]["reason"]


def test_a_source_larger_than_the_limit_is_refused(server, monkeypatch) -> None:
    from anker.interop import sources

    monkeypatch.setattr(sources, "MAX_BYTES", 1000)
    (run,) = services.harvest(_source(f"{server}/{WAI}", format="publiccode"))
    assert run.rejected == 1 and "larger than" in run.outcomes[0]["reason"]
    assert BuildingBlock.objects.count() == 0
