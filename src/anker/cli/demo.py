"""Loading the demo ecosystem, with a spinner while it works and a table of what it made."""

from __future__ import annotations

from anker.cli import output
from anker.cli.bootstrap import _
from anker.cli.errors import CliError


def load(*, reset: bool) -> dict[str, int]:
    """Load (or with ``reset`` reload) the demo ecosystem and show what it holds."""
    try:
        # Imported here: the demo loader is heavy and the rest of the CLI must not need it.
        from anker.demo.load import load_demo
    except ImportError as error:
        raise CliError(
            _("The demo loader is not available: %(error)s") % {"error": error}
        ) from error
    with output.working(_("Loading the demo ecosystem…")) as show_step:
        counts = load_demo(reset=reset, progress=show_step)
    output.console.print(
        output.counts_table(_("Demo ecosystem"), counts, entity=_("Entity"), number=_("Count"))
    )
    return counts


def load_if_empty() -> bool:
    """Load the demo ecosystem unless the catalogue already has building blocks, so that
    ``anker serve --demo`` never mixes demo data into someone's real data."""
    from anker.catalogue.models import BuildingBlock

    if BuildingBlock.objects.exists():
        output.console.print(
            _("The catalogue already has building blocks: the demo is not loaded.")
        )
        return False
    load(reset=False)
    return True
