"""Where the command writes: rich consoles for results and for errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from anker.cli.bootstrap import _

console = Console()
error_console = Console(stderr=True)


def success(message: str) -> None:
    console.print(f"[green]✓[/green] {escape(message)}", highlight=False, soft_wrap=True)


def error(message: str) -> None:
    label = escape(_("Error:"))
    error_console.print(
        f"[bold red]{label}[/bold red] {escape(message)}", highlight=False, soft_wrap=True
    )


@contextmanager
def working(message: str) -> Iterator[Callable[[str], None]]:
    """A spinner while long work runs (nothing when not on a terminal). Yields a
    function that shows the current step beside the message."""
    with console.status(message, spinner="dots") as status:
        yield lambda step: status.update(f"{escape(message)} [dim]{escape(step)}[/dim]")


def progress() -> Progress:
    """A progress bar of done/total per task, gone when finished (imports, harvests)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )


def counts_table(title: str, counts: Mapping[str, int], *, entity: str, number: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(entity)
    table.add_column(number, justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    return table
