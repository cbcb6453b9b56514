"""`anker source …`, `anker harvest` and `anker worker`: configured sources, fetched and
imported with a progress bar, on demand or on their schedule."""

from __future__ import annotations

import time

from rich.markup import escape
from rich.table import Table

from anker.cli import output
from anker.cli.bootstrap import _
from anker.cli.errors import CliError


def add_source(
    name: str, url: str, format_name: str, organisation: str | None, schedule: str
) -> None:
    from anker.accounts.permissions import OPERATOR
    from anker.interop.services import source_create
    from anker.organisations.selectors import organisation_by_slug

    owner = organisation_by_slug(organisation) if organisation else None
    source_create(
        actor=OPERATOR,
        via="cli",
        name=name,
        url=url,
        format=format_name,
        organisation=owner,
        schedule=schedule,
    )
    output.success(_("Source %(name)s added.") % {"name": name})


def _source(name: str):
    from anker.interop.models import Source

    source = Source.objects.filter(name=name).first()
    if source is None:
        raise CliError(_("There is no source called %(name)s.") % {"name": name})
    return source


def remove_source(name: str) -> None:
    from anker.accounts.permissions import OPERATOR
    from anker.interop.services import source_delete

    source_delete(actor=OPERATOR, source=_source(name), via="cli")
    output.success(_("Source %(name)s removed.") % {"name": name})


def list_sources() -> None:
    from anker.interop.models import Source

    table = Table(title=_("Harvest sources"), title_justify="left")
    for column in (_("name"), _("format"), _("address"), _("schedule"), _("last harvested")):
        table.add_column(column)
    for source in Source.objects.select_related("organisation"):
        table.add_row(
            escape(source.name),
            source.format,
            escape(source.url),
            str(source.get_schedule_display()) + ("" if source.enabled else _(" (off)")),
            source.last_harvested.strftime("%Y-%m-%d %H:%M") if source.last_harvested else "—",
        )
    output.console.print(table)


def harvest(name: str | None, due_only: bool) -> int:
    """Harvest one source, the due ones, or all enabled ones; returns rejected records."""
    from anker.accounts.permissions import OPERATOR
    from anker.cli.interop import print_report
    from anker.interop import services
    from anker.interop.models import Source

    if name:
        chosen = [_source(name)]
    elif due_only:
        chosen = services.due_sources()
    else:
        chosen = list(Source.objects.filter(enabled=True))
    if not chosen:
        output.success(_("Nothing to harvest."))
        return 0
    runs = []
    with output.progress() as progress:
        overall = progress.add_task(_("Harvesting"), total=len(chosen))
        for source in chosen:
            files = progress.add_task(escape(source.name), total=None)
            runs += services.harvest(
                source,
                actor=OPERATOR,
                via="cli",
                progress=lambda done, total, files=files: progress.update(
                    files, completed=done, total=total
                ),
            )
            progress.remove_task(files)
            progress.advance(overall)
    return print_report(_("Harvest"), runs)


def work(once: bool, interval: int) -> None:
    """Queue due harvests and run queued tasks; with ``once`` a single round."""
    from django.core.management import call_command

    from anker.interop.services import queue_due_harvests

    while True:
        queued = queue_due_harvests()
        if queued:
            output.success(_("%(count)d harvests queued.") % {"count": queued})
        call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
        if once:
            return
        time.sleep(interval)
