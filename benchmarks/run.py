"""Scale benchmarks: build a synthetic ecosystem and time the reads users wait for.

    python benchmarks/run.py [--blocks 100000] [--reuse 1000000] [--repeat 5] [--write]

Uses a fresh SQLite database in a temporary data directory unless ANKER_DATABASE_URL is
set (then that database must be empty and will be filled). Prints a table of median times
with anker's count cache empty (cold) and filled (warm); --write also records it in
benchmarks/RESULTS.md with the machine it ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def _setup() -> None:
    os.environ.setdefault("ANKER_DATA_DIR", tempfile.mkdtemp(prefix="anker-bench-"))
    # The test settings: static files come from the apps, so no collectstatic is needed.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anker.conf.test")
    os.environ.setdefault("ANKER_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _timed(function: Callable[[], object], repeat: int, *, cold: bool) -> float:
    """Median milliseconds; ``cold`` empties anker's count cache before each run."""
    from django.core.cache import cache

    times = []
    for _ in range(repeat):
        if cold:
            cache.clear()
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _ok(response):
    assert response.status_code == 200, response.status_code
    return response


def _cases() -> dict[str, Callable[[], object]]:
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import Count
    from django.test import Client

    from anker.architecture.selectors import capability_tree
    from anker.catalogue.models import BuildingBlock
    from anker.catalogue.selectors import block_relations, block_search
    from anker.core.selectors import home_overview
    from anker.organisations.models import Organisation

    anonymous = AnonymousUser()
    popular = BuildingBlock.objects.filter(openness="open").order_by("-reuse_count").first()
    big_owner = Organisation.objects.annotate(n=Count("blocks")).order_by("-n").first()
    client = Client()

    def page(result):
        return list(result.page.object_list)

    def get(url: str) -> Callable[[], object]:
        return lambda: _ok(client.get(url))

    return {
        "catalogue page 1 with 7 facets": lambda: page(block_search(user=anonymous)),
        "full-text 'zaak' with facets": lambda: page(block_search(user=anonymous, query="zaak")),
        "full-text 2 words + kind filter": lambda: page(
            block_search(user=anonymous, query="payment portal", filters={"kind": ["api"]})
        ),
        "sort by most reused, page 1": lambda: page(
            block_search(user=anonymous, ordering="reuse", with_facets=False)
        ),
        f"relations of the most reused block ({popular.reuses.count()} reusers)": lambda: list(
            block_relations(user=anonymous, block=popular).reuses
        ),
        "home page figures": lambda: home_overview(user=anonymous),
        "capability tree with counts": lambda: capability_tree(user=anonymous),
        "GET /": get("/"),
        "GET /blocks/": get("/blocks/"),
        "GET /blocks/?q=zaak&kind=api": get("/blocks/?q=zaak&kind=api"),
        f"GET /blocks/{popular.slug}/": get(f"/blocks/{popular.slug}/"),
        f"GET /organisations/{big_owner.slug}/": get(f"/organisations/{big_owner.slug}/"),
        "GET /organisations/": get("/organisations/"),
        "GET /capabilities/": get("/capabilities/"),
        "GET /api/v1/building-blocks": get("/api/v1/building-blocks"),
        "GET /api/v1/building-blocks?q=zaak&facets=true": get(
            "/api/v1/building-blocks?q=zaak&facets=true"
        ),
    }


def _machine(connection) -> str:
    database = connection.vendor
    if database == "sqlite":
        database += f" {connection.Database.sqlite_version}"
    processor = platform.processor() or platform.machine()
    return f"{processor}, {os.cpu_count()} cores, Python {platform.python_version()}, {database}"


def write_section(title: str, lines: list[str]) -> None:
    """Replace the section ``title`` of RESULTS.md, keeping every other one; the notes
    stay last."""
    sections: dict[str, str] = {}
    if RESULTS.exists():
        for chunk in RESULTS.read_text().split("\n## ")[1:]:
            sections[chunk.split("\n", 1)[0].strip()] = "## " + chunk.strip()
    sections[title] = "\n".join([f"## {title}", "", *lines])
    intro = (
        "# Benchmark results\n\n"
        "Written by `make bench` (benchmarks/run.py and benchmarks/interop.py), one section "
        "per database."
    )
    order = sorted(sections, key=lambda key: (key == "Notes", key))
    RESULTS.write_text(intro + "\n\n" + "\n\n".join(sections[key] for key in order) + "\n")


def _write(rows: list[tuple[str, float, float]], header: str, vendor: str) -> None:
    """Replace this database's section of RESULTS.md."""
    title = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(vendor, vendor)
    lines = [header, "", "| operation | cold ms | warm ms |", "|---|---:|---:|"]
    lines += [f"| {name} | {cold:.1f} | {warm:.1f} |" for name, cold, warm in rows]
    write_section(title, lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--blocks", type=int, default=100_000)
    parser.add_argument("--reuse", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="record the results in RESULTS.md")
    options = parser.parse_args()
    _setup()
    from django.db import connection
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from anker.demo.synthetic import Size, generate

    console = Console()
    size = Size(
        blocks=options.blocks,
        reuse=options.reuse,
        organisations=max(20, options.blocks // 50),
        capabilities=300,
    )
    from anker.catalogue.models import BuildingBlock

    started = time.perf_counter()
    if BuildingBlock.objects.exists():
        # ANKER_DATA_DIR points at an ecosystem generated before: measure it as it is.
        from anker.demo.load import current_counts

        counts = current_counts()
        generation = None
    else:
        with Progress(console=console) as progress:
            blocks = progress.add_task("blocks", total=size.blocks)
            reuse = progress.add_task("reuse links", total=size.reuse)
            counts = generate(
                size=size,
                progress=lambda what, n: progress.advance(blocks if what == "blocks" else reuse, n),
            )
        generation = time.perf_counter() - started
    # Fresh planner statistics, as autovacuum (PostgreSQL) or `anker` after an import
    # (SQLite) would leave them.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    rows = []
    for name, case in _cases().items():
        case()  # one warm-up run: database pages in memory, as on a running server
        rows.append(
            (
                name,
                _timed(case, options.repeat, cold=True),
                _timed(case, options.repeat, cold=False),
            )
        )
    table = Table(title=f"anker on {connection.vendor}: {counts}")
    for column in ("operation", "cold ms", "warm ms"):
        table.add_column(column, justify="left" if column == "operation" else "right")
    for name, cold, warm in rows:
        table.add_row(name, f"{cold:.1f}", f"{warm:.1f}")
    console.print(table)
    made = f"generated in {generation:.0f} s" if generation else "generated before"
    console.print(made)
    if options.write:
        header = (
            f"Run on {time.strftime('%Y-%m-%d')} on {_machine(connection)}.\n\n"
            f"Ecosystem: {counts}; {made}. Times are the median of "
            f"{options.repeat} runs after one warm-up, for an anonymous reader: *cold* with "
            "anker's count cache emptied before each run (the first reader after a change), "
            "*warm* with it filled (every later reader until the next change)."
        )
        _write(rows, header, connection.vendor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
