"""Reading a source: a file, every matching file of a folder, or a URL the user named
(with a timeout and a size limit), and storing each import's report as an ImportRun."""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from django.utils import timezone

from anker.interop.models import ImportRun
from anker.interop.registry import Format, ImportContext
from anker.interop.report import ImportReport, Outcome

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20
logger = logging.getLogger(__name__)


class SourceError(Exception):
    """A source that cannot be read at all (missing file, unreachable URL, too large)."""


def limit(fmt: Format) -> int:
    """The largest source ``fmt`` accepts, in bytes."""
    return fmt.max_bytes or MAX_BYTES


def _too_large(where: object, size: int) -> SourceError:
    return SourceError(f"{where}: larger than {size / (1024 * 1024):g} MiB")


def _fetch(url: str, size: int) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "anker-harvester"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            data = response.read(size + 1)
    except (OSError, ValueError) as error:
        raise SourceError(f"{url}: {error}") from error
    if len(data) > size:
        raise _too_large(url, size)
    return data


def _read(path: Path, size: int) -> bytes:
    if path.stat().st_size > size:
        raise _too_large(path, size)
    return path.read_bytes()


def read_sources(location: str, fmt: Format) -> Iterator[tuple[str, bytes]]:
    """(source name, bytes) for a URL, a file, or each file of a folder whose name ends
    in one of the format's suffixes, in name order."""
    if location.startswith(("http://", "https://")):
        yield location, _fetch(location, limit(fmt))
        return
    path = Path(location).expanduser()
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(fmt.suffixes))
        if not files:
            raise SourceError(f"{path}: no {', '.join(fmt.suffixes)} files in this folder")
        for file in files:
            yield str(file), _read(file, limit(fmt))
    elif path.is_file():
        yield str(path), _read(path, limit(fmt))
    else:
        raise SourceError(f"{path}: no such file or folder")


def import_source(fmt: Format, name: str, data: bytes, context: ImportContext) -> ImportRun:
    """Import one source and store its report. The importer runs each source in one
    transaction; a crash inside it is reported as a rejection, never half-saved."""
    started = timezone.now()
    try:
        report = fmt.importer(name, data, context)
    except Exception as error:  # noqa: BLE001 -- one bad source must not stop a harvest
        logger.exception("import of %s (%s) failed", name, fmt.name)
        report = _failure(fmt, name, f"import failed: {error}")
    return _store(fmt, name, report, context, started)


def failed_run(fmt: Format, name: str, reason: str, context: ImportContext) -> ImportRun:
    """The stored run of a source that could not even be read (unreachable, too large)."""
    return _store(fmt, name, _failure(fmt, name, reason), context, timezone.now())


def _failure(fmt: Format, name: str, reason: str) -> ImportReport:
    report = ImportReport(format=fmt.name, source=name)
    report.add(Outcome(record=Path(name).name or name, status="rejected", reason=reason))
    return report


def _store(
    fmt: Format, name: str, report: ImportReport, context: ImportContext, started
) -> ImportRun:
    run = ImportRun(
        format=fmt.name, source=name[:1000], actor=_signed_in(context.actor), via=context.via
    )
    counts = report.counts
    run.accepted, run.updated = counts["accepted"], counts["updated"]
    run.unchanged, run.rejected = counts["unchanged"], counts["rejected"]
    run.outcomes = report.as_json()
    run.warnings = [warning[:500] for warning in report.warnings[:500]]
    run.finished = timezone.now()
    run.save()
    ImportRun.objects.filter(pk=run.pk).update(created=started)
    run.created = started
    return run


def _signed_in(actor):
    return actor if actor is not None and getattr(actor, "is_authenticated", False) else None
