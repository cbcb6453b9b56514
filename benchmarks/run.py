"""Scale benchmarks: build a synthetic ecosystem and time the reads users wait for.

    python benchmarks/run.py [--blocks 100000] [--reuse 1000000] [--repeat 5] [--write]

Uses a fresh SQLite database in a temporary data directory unless ANKER_DATABASE_URL is
set (then that database must be empty and will be filled). Prints a table of median and
worst times; --write also records it in benchmarks/RESULTS.md with the machine it ran on.
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


def _timed(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


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
    popular = BuildingBlock.objects.annotate(n=Count("reuses")).order_by("-n").first()
    big_owner = Organisation.objects.annotate(n=Count("blocks")).order_by("-n").first()
    client = Client()

    def page(result):
        return list(result.page.object_list)

    return {
        "catalogue page 1 with 7 facets": lambda: page(block_search(user=anonymous)),
        "full-text 'zaak' with facets": lambda: page(block_search(user=anonymous, query="zaak")),
        "full-text 2 words + kind filter": lambda: page(
            block_search(user=anonymous, query="payment portal", filters={"kind": ["api"]})
        ),
        "sort by most reused, page 1": lambda: page(
            block_search(user=anonymous, ordering="reuse", with_facets=False)
        ),
        f"relations of the most reused block ({popular.reuses.count()} reusers)": lambda: (
            block_relations(user=anonymous, block=popular)
        ),
        "home page figures": lambda: home_overview(user=anonymous),
        "capability tree with counts": lambda: capability_tree(user=anonymous),
        "GET /blocks/ (whole page)": lambda: client.get("/blocks/"),
        f"GET /organisations/{big_owner.slug}/": lambda: client.get(
            f"/organisations/{big_owner.slug}/"
        ),
        "GET /api/v1/blocks": lambda: client.get("/api/v1/blocks"),
    }


def _machine(connection) -> str:
    database = connection.vendor
    if database == "sqlite":
        database += f" {connection.Database.sqlite_version}"
    processor = platform.processor() or platform.machine()
    return f"{processor}, {os.cpu_count()} cores, Python {platform.python_version()}, {database}"


def _write(rows: list[tuple[str, float, float]], header: str) -> None:
    lines = [header, "", "| operation | median ms | worst ms |", "|---|---:|---:|"]
    lines += [f"| {name} | {median:.1f} | {worst:.1f} |" for name, median, worst in rows]
    RESULTS.write_text(
        "# Benchmark results\n\nWritten by `make bench` (benchmarks/run.py).\n\n"
        + "\n".join(lines)
        + "\n"
    )


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
    started = time.perf_counter()
    with Progress(console=console) as progress:
        blocks = progress.add_task("blocks", total=size.blocks)
        reuse = progress.add_task("reuse links", total=size.reuse)
        counts = generate(
            size=size,
            progress=lambda what, n: progress.advance(blocks if what == "blocks" else reuse, n),
        )
    generation = time.perf_counter() - started
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    rows = []
    for name, case in _cases().items():
        case()  # warm the cache once, as a running server would be
        median, worst = _timed(case, options.repeat)
        rows.append((name, median, worst))
    table = Table(title=f"anker on {connection.vendor}: {counts}")
    for column in ("operation", "median ms", "worst ms"):
        table.add_column(column, justify="left" if column == "operation" else "right")
    for name, median, worst in rows:
        table.add_row(name, f"{median:.1f}", f"{worst:.1f}")
    console.print(table)
    console.print(f"generating the ecosystem took {generation:.0f} s")
    if options.write:
        header = (
            f"Run on {time.strftime('%Y-%m-%d')} on {_machine(connection)}.\n\n"
            f"Ecosystem: {counts}; generated in {generation:.0f} s. Times are the median and "
            f"worst of {options.repeat} runs after one warm-up, for an anonymous reader."
        )
        _write(rows, header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
