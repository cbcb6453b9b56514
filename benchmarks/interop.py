"""Import every real file of ../shared/data in each format, twice, and export the demo
ecosystem in each format: counts, rejections with their reasons, and times.

    python benchmarks/interop.py [--write]

Uses a fresh database (SQLite in a temporary data directory unless ANKER_DATABASE_URL
is set; that database must be empty). --write records the tables in RESULTS.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run import _machine, _setup, write_section  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
# folder of ../shared/data → format; OpenAPI documents rarely name an owner anker
# knows, so they are imported for one organisation as `--org` would.
FOLDERS = {
    "publiccode": "publiccode",
    "openapi": "openapi",
    "dcat": "dcat",
    "archimate": "archimate",
}
NEEDS_OWNER = {"openapi"}
EXPORTS_TITLE = "Exports of the demo ecosystem"


def _import_folder(fmt, folder: Path, context) -> tuple[list, float]:
    from anker.interop import sources

    started = time.perf_counter()
    runs = [
        sources.import_source(fmt, name, data, context)
        for name, data in sources.read_sources(str(folder), fmt)
    ]
    return runs, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", action="store_true", help="record the results in RESULTS.md")
    options = parser.parse_args()
    _setup()
    from django.db import connection
    from rich.console import Console
    from rich.table import Table

    from anker.interop import registry
    from anker.interop.registry import ImportContext
    from anker.organisations.models import Organisation

    console = Console()
    owner = Organisation.objects.create(
        name="Benchmark owner", slug="benchmark-owner", kind="local", country="NL"
    )
    rows, rejections = [], []
    for folder, name in FOLDERS.items():
        registry.load()
        if name not in registry.FORMATS or not (SHARED / folder).is_dir():
            continue
        fmt = registry.get(name)
        context = ImportContext(owner=owner if name in NEEDS_OWNER else None, via="cli")
        runs, first = _import_folder(fmt, SHARED / folder, context)
        again, second = _import_folder(fmt, SHARED / folder, context)
        files_rejected = sum(
            1 for run in runs if run.rejected and not (run.accepted or run.updated)
        )
        rows.append(
            (
                name,
                len(runs),
                len(runs) - files_rejected,
                sum(run.accepted for run in runs),
                sum(run.rejected for run in runs),
                first,
                sum(run.unchanged for run in again),
                sum(run.accepted + run.updated for run in again),
                second,
            )
        )
        for run in runs:
            for outcome in run.outcomes:
                if outcome["status"] == "rejected":
                    where = outcome["field"] + (
                        f" line {outcome['line']}" if outcome["line"] else ""
                    )
                    rejections.append(
                        (name, Path(run.source).name, outcome["record"], where, outcome["reason"])
                    )
    exports = []
    from django.core.management import call_command

    from anker.demo.load import load_demo

    call_command("flush", interactive=False, verbosity=0)  # the demo alone, on an empty database
    load_demo()
    for name, fmt in sorted(registry.FORMATS.items()):
        if fmt.exporter is None or name.startswith("csv-"):
            continue
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            written = fmt.exporter(Path(out))
            took = time.perf_counter() - started
            size = sum(file.stat().st_size for file in Path(out).rglob("*") if file.is_file())
        exports.append((name, written, size, took))

    head = (
        "format",
        "files",
        "files imported",
        "records accepted",
        "records rejected",
        "first import s",
        "re-import: unchanged",
        "re-import: written",
        "re-import s",
    )
    table = Table(title=f"Imports of ../shared/data on {connection.vendor}")
    for column in head:
        table.add_column(column, justify="left" if column == "format" else "right")
    for row in rows:
        table.add_row(
            *(f"{value:.2f}" if isinstance(value, float) else str(value) for value in row)
        )
    console.print(table)
    rejected = Table(title="Rejected records")
    for column in ("format", "file", "record", "where", "reason"):
        rejected.add_column(column)
    for row in rejections:
        rejected.add_row(*(str(value) for value in row))
    console.print(rejected)
    exported = Table(title=EXPORTS_TITLE)
    for column in ("format", "files", "bytes", "seconds"):
        exported.add_column(column, justify="left" if column == "format" else "right")
    for name, written, size, took in exports:
        exported.add_row(name, str(written), f"{size:,}", f"{took:.2f}")
    console.print(exported)
    if options.write:
        _write(rows, rejections, exports, head, _machine(connection), connection.vendor)
    return 0


def _write(rows, rejections, exports, head, machine: str, vendor: str) -> None:
    """Replace this database's import section of RESULTS.md."""
    name = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(vendor, vendor)
    lines = [f"`python benchmarks/interop.py --write` on {machine}.", ""]
    lines += ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    lines += [
        "| " + " | ".join(f"{v:.2f}" if isinstance(v, float) else str(v) for v in row) + " |"
        for row in rows
    ]
    lines += ["", "Rejected records:", "", "| format | file | record | where | reason |"]
    lines += ["|---|---|---|---|---|"]
    lines += [
        "| " + " | ".join(str(v).replace("|", "\\|").replace("\n", " ") for v in row) + " |"
        for row in rejections
    ]
    lines += ["", EXPORTS_TITLE + ":", "", "| format | files | bytes | seconds |"]
    lines += ["|---|---:|---:|---:|"]
    lines += [f"| {n} | {written} | {size:,} | {took:.2f} |" for n, written, size, took in exports]
    write_section(f"Imports and exports ({name})", lines)


if __name__ == "__main__":
    raise SystemExit(main())
