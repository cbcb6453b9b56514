"""`anker insights`: the analytics of anker.insights as rich tables, with the same
figures as the API and the dashboard. The operator at the command line sees every block."""

from __future__ import annotations

from rich.table import Table

from anker.cli import output
from anker.cli.bootstrap import _
from anker.cli.errors import CliError

NAMES = ("reuse", "duplication", "impact")


def _table(title: str, *columns: str, right: tuple[str, ...] = ()) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left")
    return table


def _path(path: list[str]) -> str:
    return " → ".join(path)


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def show_reuse(*, top: int, limit: int) -> None:
    """Most reused blocks, organisations, capabilities, milestones and never-reused blocks."""
    from anker.accounts.permissions import OPERATOR
    from anker.insights.reuse import reuse_insights

    result = reuse_insights(OPERATOR, top=top, limit=limit)
    active, confirmed, claimed = _("Active"), _("Confirmed"), _("Claimed")
    table = _table(
        _("Most reused building blocks"),
        _("Rank"), _("Block"), _("Owner"), active, _("Piloting"), _("Evaluating"),
        _("Stopped"), confirmed, claimed, _("Days to 2nd"), _("Days to 10th"),
        right=(_("Rank"), active, _("Piloting"), _("Evaluating"), _("Stopped"), confirmed,
               claimed, _("Days to 2nd"), _("Days to 10th")),
    )  # fmt: skip
    curves = {curve.block.slug: curve for curve in result.curves}
    for item in result.most_reused:
        counts, curve = item.counts, curves[item.block.slug]
        table.add_row(
            str(item.rank), item.block.name, item.block.owner.name, str(counts.active),
            str(counts.piloting), str(counts.evaluating), str(counts.stopped),
            str(counts.confirmed), str(counts.claimed), _days(curve.days_to_second),
            _days(curve.days_to_tenth),
        )  # fmt: skip
    output.console.print(table)
    organisations = _table(
        _("Organisations"), _("Organisation"), _("Blocks"), _("Reused blocks"), _("Reusers"),
        _("Reusing"), right=(_("Blocks"), _("Reused blocks"), _("Reusers"), _("Reusing")),
    )  # fmt: skip
    for row in result.organisations:
        organisations.add_row(
            row.organisation.name, str(row.blocks), str(row.reused_blocks),
            str(row.reusers.active), str(row.reusing),
        )  # fmt: skip
    output.console.print(organisations)
    capabilities = _table(
        _("Capabilities"), _("Capability"), _("Blocks"), active, confirmed, claimed,
        right=(_("Blocks"), active, confirmed, claimed),
    )  # fmt: skip
    for row in result.capabilities:
        capabilities.add_row(
            row.capability.name, str(row.blocks), str(row.counts.active),
            str(row.counts.confirmed), str(row.counts.claimed),
        )  # fmt: skip
    output.console.print(capabilities)
    output.console.print(
        _(
            "Median days from the first adopter to the second: %(second)s (%(n2)d blocks); "
            "to the tenth: %(tenth)s (%(n10)d blocks)."
        )
        % {
            "second": _days(result.median_days_to_second),
            "n2": result.blocks_with_second,
            "tenth": _days(result.median_days_to_tenth),
            "n10": result.blocks_with_tenth,
        },
        highlight=False,
    )
    never = _table(
        _("Never reused (%(count)d)") % {"count": result.never_reused_count},
        _("Block"), _("Kind"), _("Lifecycle"), _("Owner"),
    )  # fmt: skip
    for block in result.never_reused:
        never.add_row(block.name, block.kind, block.lifecycle, block.owner.name)
    output.console.print(never)


def show_duplication(*, threshold: float) -> None:
    """Convergence candidates and near-duplicate pairs."""
    from anker.accounts.permissions import OPERATOR
    from anker.insights.duplication import duplication

    result = duplication(OPERATOR, threshold=threshold)
    candidates = _table(
        _("Convergence candidates"), _("Capability"), _("Kind"), _("Blocks"), _("Owners"),
        _("Best similarity"), right=(_("Owners"), _("Best similarity")),
    )  # fmt: skip
    for item in result.candidates:
        blocks = ", ".join(block.slug for block in item.blocks)
        candidates.add_row(
            item.capability.name, item.kind, blocks, str(item.owners), f"{item.best_score:.2f}"
        )
    output.console.print(candidates)
    pairs = _table(
        _("Near-duplicates (similarity at least %(threshold)s)") % {"threshold": threshold},
        _("Score"), _("Block"), _("Owner"), _("Block"), _("Owner"), right=(_("Score"),),
    )  # fmt: skip
    for pair in result.near_duplicates:
        pairs.add_row(
            f"{pair.score:.2f}", pair.first.name, pair.first.owner.name, pair.second.name,
            pair.second.owner.name,
        )  # fmt: skip
    output.console.print(pairs)


def show_impact(target: str) -> None:
    """What is hit if the block (or else the organisation) with slug ``target`` fails."""
    from anker.accounts.permissions import OPERATOR
    from anker.catalogue.models import BuildingBlock
    from anker.insights.impact import block_impact, organisation_impact
    from anker.organisations.models import Organisation

    block_id = BuildingBlock.objects.filter(slug=target).values_list("id", flat=True).first()
    if block_id is not None:
        result = block_impact(OPERATOR, block_id)
    elif organisation := Organisation.objects.filter(slug=target).first():
        result = organisation_impact(OPERATOR, organisation)
    else:
        raise CliError(_("There is no building block or organisation %(slug)r.") % {"slug": target})
    assert result is not None
    blocks = _table(
        _("Blocks hit if %(name)s fails") % {"name": result.subject.name},
        _("Depth"), _("Block"), _("Owner"), _("Path"), right=(_("Depth"),),
    )  # fmt: skip
    for item in result.blocks:
        blocks.add_row(str(item.depth), item.block.name, item.block.owner.name, _path(item.path))
    output.console.print(blocks)
    services = _table(_("Citizen services"), _("Service"), _("Channels"), _("Path"))
    kinds: dict[str, list[str]] = {}
    for channel in result.channels:
        kinds.setdefault(channel.service.slug, []).append(channel.kind)
    for item in result.services:
        channels = ", ".join(kinds.get(item.service.slug, []))
        services.add_row(item.service.name, channels, _path(item.path))
    output.console.print(services)
    organisations = _table(_("Organisations reusing them"), _("Organisation"), _("Path"))
    for item in result.organisations:
        organisations.add_row(item.organisation.name, _path(item.path))
    output.console.print(organisations)


def run(name: str | None, target: str | None, *, top: int, limit: int, threshold: float) -> None:
    """Print the insight ``name``; without one, reuse and duplication."""
    if name is not None and name not in NAMES:
        raise CliError(
            _("Unknown insight %(name)r: choose from %(names)s.")
            % {"name": name, "names": ", ".join(NAMES)}
        )
    if name == "impact":
        if not target:
            raise CliError(_("Name the slug of a building block or organisation."))
        show_impact(target)
        return
    if name in (None, "reuse"):
        show_reuse(top=top, limit=limit)
    if name in (None, "duplication"):
        show_duplication(threshold=threshold)
