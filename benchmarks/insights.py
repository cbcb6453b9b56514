"""Every insight on the demo ecosystem: its headline figure and how long it takes, as the
operator (every block) and as an anonymous reader, plus the pages and the report.

    python benchmarks/insights.py [--repeat 5] [--write]

Uses a fresh database (SQLite in a temporary data directory unless ANKER_DATABASE_URL
is set; that database must be empty) and loads the demo into it. The first call of each
case is reported apart (cold: imports, caches); warm is the median of --repeat calls.
--write records the table in RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run import _machine, _ok, _setup, write_section  # noqa: E402

TITLE = "Insights on the demo ecosystem"


def _cases(operator, anonymous) -> dict[str, Callable[[], object]]:
    from django.test import Client

    from anker.catalogue.models import BuildingBlock
    from anker.insights import (
        anchoring,
        consistency,
        duplication,
        health,
        impact,
        inclusion,
        reuse,
        scaling,
    )
    from anker.insights.report import render_report
    from anker.organisations.models import Organisation

    block = BuildingBlock.objects.get(slug="kaartplatform")
    owner = Organisation.objects.get(slug="dienst-toegang")
    client = Client()

    def get(url: str) -> Callable[[], object]:
        return lambda: _ok(client.get(url))

    cases: dict[str, Callable[[], object]] = {}
    for who, user in (("operator", operator), ("anonymous", anonymous)):
        cases |= {
            f"reuse ({who})": lambda u=user: reuse.reuse_insights(u),
            f"anchoring ({who})": lambda u=user: anchoring.anchoring(u),
            f"duplication ({who})": lambda u=user: duplication.duplication(u),
            f"impact of kaartplatform ({who})": lambda u=user: impact.block_impact(u, block.id),
            f"impact of dienst-toegang ({who})": lambda u=user: impact.organisation_impact(
                u, owner
            ),
            f"critical blocks ({who})": lambda u=user: impact.critical_blocks(u),
            f"scaling ({who})": lambda u=user: scaling.scaling(u),
            f"inclusion ({who})": lambda u=user: inclusion.inclusion(u),
            f"consistency ({who})": lambda u=user: consistency.consistency(u),
            f"health ({who})": lambda u=user: health.health(u),
        }
    cases |= {
        "GET /insights/ (dashboard)": get("/insights/"),
        "GET /insights/reuse/": get("/insights/reuse/"),
        "GET /insights/impact/blocks/kaartplatform/": get("/insights/impact/blocks/kaartplatform/"),
        "report, HTML (operator)": lambda: render_report(operator, kind="html"),
        "report, PDF (operator)": lambda: render_report(operator, kind="pdf"),
    }
    return cases


def _headlines(operator) -> dict[str, str]:
    from anker.insights.sections import SECTIONS, section

    return {
        name: f"{shown.headline.value} {shown.headline.label}"
        for name in SECTIONS
        for shown in [section(name, operator)]
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="record the results in RESULTS.md")
    options = parser.parse_args()
    _setup()
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from rich.console import Console
    from rich.table import Table

    from anker.accounts.permissions import OPERATOR
    from anker.demo.load import load_demo

    console = Console()
    load_demo(reset=True)
    rows = []
    for name, case in _cases(OPERATOR, AnonymousUser()).items():
        started = time.perf_counter()
        case()
        cold = (time.perf_counter() - started) * 1000
        times = []
        for _ in range(options.repeat):
            started = time.perf_counter()
            case()
            times.append((time.perf_counter() - started) * 1000)
        rows.append((name, cold, statistics.median(times)))
    machine = _machine(connection)
    table = Table(title=f"{TITLE} ({machine})", title_justify="left")
    for column, justify in (("case", "left"), ("first ms", "right"), ("warm ms", "right")):
        table.add_column(column, justify=justify)
    for name, cold, warm in rows:
        table.add_row(name, f"{cold:.0f}", f"{warm:.0f}")
    console.print(table)
    headlines = _headlines(OPERATOR)
    figures = Table(title="Headline figures (operator)", title_justify="left")
    figures.add_column("section")
    figures.add_column("headline")
    for name, text in headlines.items():
        figures.add_row(name, text)
    console.print(figures)
    if options.write:
        lines = [
            f"{machine}; the demo ecosystem; first call and median of {options.repeat} warm calls.",
            "",
            "| case | first ms | warm ms |",
            "|---|---:|---:|",
            *(f"| {name} | {cold:.0f} | {warm:.0f} |" for name, cold, warm in rows),
            "",
            "| section | headline figure (operator) |",
            "|---|---|",
            *(f"| {name} | {text} |" for name, text in headlines.items()),
        ]
        write_section(TITLE, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
