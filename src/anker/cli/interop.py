"""`anker import`: read a file, a folder or a URL in an open standard, with a progress
bar, and print what became of every record."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from anker.cli import output
from anker.cli.bootstrap import _


def run_import(
    format_name: str, location: str, organisation: str | None, options: dict | None = None
) -> int:
    """Import every source at ``location``; returns the number of rejected records."""
    from anker.interop import sources
    from anker.interop.registry import ImportContext
    from anker.organisations.selectors import organisation_by_slug

    fmt = _format(format_name)
    owner = organisation_by_slug(organisation) if organisation else None
    context = ImportContext(owner=owner, via="cli", options=options or {})
    items = list(sources.read_sources(location, fmt))
    runs = []
    with output.progress() as progress:
        task = progress.add_task(_("Importing"), total=len(items))
        for name, data in items:
            runs.append(sources.import_source(fmt, name, data, context))
            progress.advance(task)
    return print_report(_("Import of %(format)s") % {"format": fmt.label}, runs)


def _format(name: str):
    from anker.cli.errors import CliError
    from anker.interop import registry

    try:
        return registry.get(name)
    except KeyError as error:
        raise CliError(error.args[0]) from None


def print_report(title: str, runs: list) -> int:
    """The summary table and the rejections of ``runs``; returns how many were rejected."""
    output.console.print(_summary(title, runs))
    rejected = [
        outcome for run in runs for outcome in run.outcomes if outcome["status"] == "rejected"
    ]
    if rejected:
        output.console.print(_rejections(rejected))
    return len(rejected)


def _summary(title: str, runs: list) -> Table:
    table = Table(
        title=_("%(title)s: %(sources)d sources") % {"title": title, "sources": len(runs)},
        title_justify="left",
    )
    for column in (_("accepted"), _("updated"), _("unchanged"), _("rejected")):
        table.add_column(column, justify="right")
    table.add_row(
        *(
            str(sum(getattr(run, field) for run in runs))
            for field in ("accepted", "updated", "unchanged", "rejected")
        )
    )
    return table


def _rejections(rejected: list[dict]) -> Table:
    table = Table(title=_("Rejected"), title_justify="left")
    for column in (_("record"), _("field"), _("line"), _("reason")):
        table.add_column(column)
    for outcome in rejected:
        table.add_row(
            escape(outcome["record"]),
            escape(outcome["field"] or "—"),
            str(outcome["line"] or ""),
            escape(outcome["reason"]),
        )
    return table


def run_export(format_name: str, out: str) -> int:
    """Write the catalogue in ``format_name`` into the folder ``out``."""
    from pathlib import Path

    fmt = _format(format_name)
    if fmt.exporter is None:
        raise ValueError(
            _("anker cannot export %(name)s yet; it only imports it.") % {"name": fmt.label}
        )
    written = fmt.exporter(Path(out))
    output.success(
        _("%(count)d %(format)s files written to %(folder)s")
        % {"count": written, "format": fmt.label, "folder": out}
    )
    return written
