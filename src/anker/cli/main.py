"""The ``anker`` command: its Typer application and the entry point ``run``.

Each command parses its options, sets Django up, and calls one small function from a
sibling module. Any failure ends as one line on stderr and exit code 1
(``reports_errors``); set ANKER_DEBUG=true to see the traceback as well."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from anker.cli import output
from anker.cli.bootstrap import _, setup_django
from anker.cli.errors import describe

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn any exception of a command into one line on stderr and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:  # noqa: BLE001 -- the one place errors become messages
            output.error(describe(error))
            if _debug():
                output.error_console.print(traceback.format_exc(), markup=False, highlight=False)
            raise typer.Exit(1) from None

    return wrapper


def _debug() -> bool:
    from anker.conf.env import read_bool

    try:
        return read_bool("ANKER_DEBUG")
    except ValueError:
        return False


app = typer.Typer(
    name="anker",
    help="anker: orchestrate a government's digital ecosystem of building blocks, reuse "
    "and services.\n\nQuick start: [bold]anker serve --demo[/bold], then open "
    "http://127.0.0.1:8000/.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _package_version() -> str:
    try:
        return version("anker")
    except PackageNotFoundError:
        from anker import __version__

        return __version__


def _show_version(value: bool) -> None:
    if value:
        output.console.print(f"anker {_package_version()}", highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Show the version of anker and exit.",
        ),
    ] = False,
) -> None:
    """anker: orchestrate a government's digital ecosystem."""


@app.command()
@reports_errors
def serve(
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Load the demo ecosystem first, if the catalogue has no building blocks yet.",
        ),
    ] = False,
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. Use 0.0.0.0 to serve other machines (then set "
            "ANKER_ALLOWED_HOSTS)."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes (default: the number of CPU cores, 2 to 8)."),
    ] = None,
) -> None:
    """Migrate the database, collect static files and serve anker with gunicorn.

    Everything a first start needs, in one command: [bold]anker serve --demo[/bold].
    Stop it with Ctrl+C.
    """
    from anker.cli import serving, staticfiles

    setup_django()
    serving.check_port_free(host, port)
    serving.check_project()
    _migrate()
    if demo:
        from anker.cli import demo as demo_data

        demo_data.load_if_empty()
    staticfiles.collect()
    output.success(
        _("anker is serving on http://%(address)s/ (stop with Ctrl+C)")
        % {"address": serving.bind_address(host, port)}
    )
    serving.serve(host=host, port=port, workers=workers or serving.default_workers())


@app.command()
@reports_errors
def demo(
    reload: Annotated[
        bool, typer.Option("--reload", help="Remove the demo ecosystem first, then load it afresh.")
    ] = False,
) -> None:
    """Load the demo ecosystem: realistic organisations, building blocks and reuse."""
    from anker.cli import demo as demo_data

    setup_django()
    _migrate()
    demo_data.load(reset=reload)


@app.command()
@reports_errors
def createadmin(
    username: Annotated[str, typer.Option(help="Username of the new administrator.")] = "admin",
    email: Annotated[str, typer.Option(help="E-mail address of the new administrator.")] = "",
    password: Annotated[
        str | None,
        typer.Option(
            help="Password. Better: set ANKER_ADMIN_PASSWORD, or leave both out to be asked "
            "(a password on the command line shows in the process list)."
        ),
    ] = None,
) -> None:
    """Create an administrator: a superuser with the platform role "admin"."""
    setup_django()
    from anker.cli import admin

    user = admin.create_admin(
        username=username, email=email, password=admin.resolve_password(password)
    )
    output.success(_("Administrator %(username)s created.") % {"username": user.username})


@app.command("import")
@reports_errors
def import_(
    format_name: Annotated[
        str,
        typer.Argument(
            metavar="FORMAT", help="The standard, e.g. publiccode, openapi, dcat, archimate, csv."
        ),
    ],
    location: Annotated[
        str, typer.Argument(metavar="PATH_OR_URL", help="A file, a folder of files, or a URL.")
    ],
    org: Annotated[
        str | None,
        typer.Option("--org", help="Slug of the organisation that owns what is imported."),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            exists=True,
            dir_okay=False,
            help="ArchiMate: a YAML file that maps element types and properties to anker.",
        ),
    ] = None,
) -> None:
    """Import building blocks from an open standard: a file, every file of a folder, or a URL.

    Importing the same source again changes nothing; a changed source updates in place.
    Exits with code 2 when records were rejected (the table says which and why).
    """
    from anker.cli.interop import run_import

    setup_django()
    _migrate()
    options = {"mapping": str(mapping)} if mapping else {}
    if run_import(format_name, location, org, options):
        raise typer.Exit(2)


@app.command("export")
@reports_errors
def export_(
    format_name: Annotated[
        str, typer.Argument(metavar="FORMAT", help="The standard, e.g. publiccode, dcat, csv.")
    ],
    out: Annotated[str, typer.Option("--out", help="Folder to write the files to.")] = "export",
) -> None:
    """Export the catalogue in an open standard: one publiccode.yml per open software block."""
    from anker.cli.interop import run_export

    setup_django()
    run_export(format_name, out)


source_app = typer.Typer(
    help="Harvest sources: addresses anker fetches and imports, on demand or on a schedule.",
    no_args_is_help=True,
)
app.add_typer(source_app, name="source")


@source_app.command("add")
@reports_errors
def source_add(
    name: Annotated[str, typer.Argument(help="A name for the source, unique.")],
    url: Annotated[str, typer.Argument(help="The http(s) address to fetch.")],
    format_name: Annotated[
        str, typer.Option("--format", help="The standard the source is in, e.g. dcat.")
    ],
    org: Annotated[
        str | None,
        typer.Option("--org", help="Slug of the organisation that owns what it describes."),
    ] = None,
    schedule: Annotated[
        str, typer.Option(help="manual, daily, weekly or monthly (run by `anker worker`).")
    ] = "manual",
) -> None:
    """Add a source to harvest."""
    from anker.cli.harvest import add_source

    setup_django()
    _migrate()
    add_source(name, url, format_name, org, schedule)


@source_app.command("list")
@reports_errors
def source_list() -> None:
    """List the configured sources."""
    from anker.cli.harvest import list_sources

    setup_django()
    _migrate()
    list_sources()


@source_app.command("remove")
@reports_errors
def source_remove(name: Annotated[str, typer.Argument(help="The source's name.")]) -> None:
    """Remove a source (its import reports stay)."""
    from anker.cli.harvest import remove_source

    setup_django()
    _migrate()
    remove_source(name)


@app.command()
@reports_errors
def harvest(
    source: Annotated[
        str | None, typer.Option("--source", help="Harvest only the source with this name.")
    ] = None,
    due: Annotated[
        bool, typer.Option("--due", help="Harvest only sources whose schedule says it is time.")
    ] = False,
) -> None:
    """Fetch and import the configured sources, with a progress bar and a report.

    Exits with code 2 when records were rejected (the table says which and why).
    """
    from anker.cli.harvest import harvest as run_harvest

    setup_django()
    _migrate()
    if run_harvest(source, due):
        raise typer.Exit(2)


@app.command()
@reports_errors
def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Queue due harvests, run what is queued, and stop.")
    ] = False,
    interval: Annotated[int, typer.Option(min=5, help="Seconds between rounds.")] = 60,
) -> None:
    """Run background work: scheduled harvests and harvests started in the web UI."""
    from anker.cli.harvest import work

    setup_django()
    _migrate()
    work(once, interval)


@app.command()
@reports_errors
def insights(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="reuse, duplication, impact, inclusion, consistency, health, anchoring or "
            "scaling (default: reuse and duplication).",
        ),
    ] = None,
    target: Annotated[
        str | None,
        typer.Argument(
            metavar="[BLOCK_OR_ORG]",
            help="impact: slug of a block or organisation; anchoring: of a block; scaling: of "
            "an initiative.",
        ),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="reuse: how many most reused blocks.")] = 10,
    limit: Annotated[int, typer.Option(min=1, help="reuse: rows per table.")] = 20,
    threshold: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="duplication: lowest similarity of a near-duplicate."),
    ] = 0.35,
    months: Annotated[
        int, typer.Option(min=1, max=60, help="inclusion: window in complete months.")
    ] = 12,
    decline: Annotated[
        float,
        typer.Option(min=0.0, max=100.0, help="inclusion: fall (%) that counts as shrinking."),
    ] = 10.0,
    pending_days: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=3650,
            help="health: days after which a request is overdue "
            "(default: ANKER_PENDING_REQUEST_DAYS).",
        ),
    ] = None,
    idea_days: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=3650,
            help="health: days after which an unanswered idea waits too long "
            "(default: ANKER_UNANSWERED_IDEA_DAYS).",
        ),
    ] = None,
    weight: Annotated[
        list[str] | None,
        typer.Option(
            "--weight",
            metavar="FACTOR=NUMBER",
            help="anchoring, scaling: a factor's weight for this run, e.g. --weight reuse=3 "
            "(repeat for more; default: ANKER_ANCHORING_WEIGHTS, ANKER_READINESS_WEIGHTS).",
        ),
    ] = None,
    stalled_days: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=3650,
            help="scaling: days in experiment or pilot after which an initiative without a "
            "new adopter is stalled (default: ANKER_STALLED_DAYS).",
        ),
    ] = None,
) -> None:
    """Print the insights as tables: reuse, duplication, or the impact of a block or an
    organisation failing ([bold]anker insights impact SLUG[/bold]); inclusion,
    consistency, health."""
    from anker.cli.insights import run as show

    setup_django()
    _migrate()
    show(
        name, target, top=top, limit=limit, threshold=threshold, months=months,
        decline=decline, pending_days=pending_days, idea_days=idea_days,
        weights=weight, stalled_days=stalled_days,
    )  # fmt: skip


@app.command()
@reports_errors
def report(
    out: Annotated[Path, typer.Option("--out", help="The file to write.")],
    format_name: Annotated[str, typer.Option("--format", help="html or pdf.")] = "html",
    org: Annotated[
        str | None, typer.Option("--org", help="Narrow the report to this organisation's slug.")
    ] = None,
) -> None:
    """Write the ecosystem report with every insight and its charts, as HTML or PDF."""
    from anker.cli.report import write_report

    setup_django()
    _migrate()
    write_report(format_name, out, org)


@app.command()
@reports_errors
def migrate() -> None:
    """Create or update the database schema (safe to run at any time)."""
    setup_django()
    _migrate()


@app.command()
@reports_errors
def envdoc(
    output_path: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Also write the reference to this file (docs/configuration.md in the repository).",
        ),
    ] = None,
) -> None:
    """Print the reference of every ANKER_* environment variable, as Markdown."""
    from anker.cli.envdoc import render

    text = render()
    if output_path is not None:
        output_path.write_text(text, encoding="utf-8")
    typer.echo(text, nl=False)


def _migrate() -> None:
    from anker.cli import database

    with output.working(_("Updating the database schema…")):
        applied = database.migrate()
    if applied:
        output.success(
            _("Database schema updated (%(count)d migrations applied).") % {"count": applied}
        )
    else:
        output.success(_("Database schema is up to date."))


def run() -> None:
    """Console-script entry point."""
    app(prog_name="anker")
