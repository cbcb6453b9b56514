"""`anker insights`: the analytics of anker.insights as rich tables, with the same
figures as the API and the dashboard. The operator at the command line sees every block."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from anker.cli import output
from anker.cli.bootstrap import _
from anker.cli.errors import CliError

NAMES = (
    "reuse",
    "duplication",
    "impact",
    "inclusion",
    "consistency",
    "health",
    "anchoring",
    "scaling",
)


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


def run(
    name: str | None,
    target: str | None,
    *,
    top: int,
    limit: int,
    threshold: float,
    months: int = 12,
    decline: float = 10.0,
    pending_days: int | None = None,
    idea_days: int | None = None,
    weights: list[str] | None = None,
    stalled_days: int | None = None,
) -> None:
    """Print the insight ``name``; without one, reuse and duplication."""
    if name is not None and name not in NAMES:
        raise CliError(
            _("Unknown insight %(name)r: choose from %(names)s.")
            % {"name": name, "names": ", ".join(NAMES)}
        )
    if name == "inclusion":
        show_inclusion(months=months, decline=decline)
        return
    if name == "consistency":
        show_consistency()
        return
    if name == "health":
        show_health(pending_days=pending_days, idea_days=idea_days)
        return
    if name == "anchoring":
        show_anchoring(target=target, weights=weights or [], limit=limit)
        return
    if name == "scaling":
        show_scaling(target=target, weights=weights or [], stalled_days=stalled_days, limit=limit)
        return
    if name == "impact":
        if not target:
            raise CliError(_("Name the slug of a building block or organisation."))
        show_impact(target)
        return
    if name in (None, "reuse"):
        show_reuse(top=top, limit=limit)
    if name in (None, "duplication"):
        show_duplication(threshold=threshold)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %"


def _month(value: object) -> str:
    return f"{value:%Y-%m}"


def show_inclusion(*, months: int, decline: float) -> None:
    """Digital-only services and life events, the channel mix and shrinking channels."""
    from anker.accounts.permissions import OPERATOR
    from anker.insights.inclusion import inclusion

    result = inclusion(OPERATOR, months=months, decline=decline)
    window = {"start": _month(result.window_start), "end": _month(result.window_end)}
    output.console.print(
        _(
            "%(count)d of %(services)d services are digital-only (%(share)s); the digital "
            "channels took %(digital)s of %(requests)d requests from %(start)s to %(end)s."
        )
        % {
            "count": result.digital_only_count, "services": result.services,
            "share": _percent(result.digital_only_share), "digital": _percent(result.digital_share),
            "requests": result.requests, **window,
        },
        highlight=False,
    )  # fmt: skip
    requests = _("Requests")
    table = _table(
        _("Digital-only services (%(count)d)") % {"count": result.digital_only_count},
        _("Service"), _("Organisations"), _("Channels"), _("Life events"), requests,
        right=(requests,),
    )  # fmt: skip
    for item in result.digital_only:
        table.add_row(
            item.service.name, ", ".join(o.name for o in item.organisations),
            ", ".join(item.channels), ", ".join(e.name for e in item.life_events),
            "–" if item.requests is None else str(item.requests),
        )  # fmt: skip
    output.console.print(table)
    events = _table(
        _("Life events with a digital-only service (%(count)d)")
        % {"count": result.life_event_count},
        _("Life event"), _("Services"), _("Digital-only"), _("Share"),
        right=(_("Services"), _("Share")),
    )  # fmt: skip
    for event in result.life_events:
        events.add_row(
            event.life_event.name, str(event.services),
            ", ".join(s.name for s in event.digital_only), _percent(event.share),
        )  # fmt: skip
    output.console.print(events)
    _show_mix(result, requests, window)
    _show_shrinking(result)


def _show_mix(result: Any, requests: str, window: dict[str, str]) -> None:
    mix = _table(
        _("Channel mix from %(start)s to %(end)s") % window, _("Channel"), requests, _("Share"),
        right=(requests, _("Share")),
    )  # fmt: skip
    for share in result.mix:
        mix.add_row(share.kind, str(share.requests), _percent(share.share))
    output.console.print(mix)
    services = _table(
        _("Channel mix per service"), _("Service"), requests, _("Digital"), _("Channels"),
        right=(requests, _("Digital")),
    )  # fmt: skip
    for row in result.service_mix:
        channels = ", ".join(f"{c.kind} {_percent(c.share)}" for c in row.channels)
        services.add_row(row.service.name, str(row.requests), _percent(row.digital_share), channels)
    output.console.print(services)


def _show_shrinking(result: Any) -> None:
    before, now, change = _("Before"), _("Now"), _("Change")
    share_before, share_now = _("Share before"), _("Share now")
    table = _table(
        _(
            "Services whose non-digital channels shrink by %(decline)s %% or more "
            "(%(count)d of %(compared)d compared)"
        )
        % {
            "decline": f"{result.decline:g}", "count": result.shrinking_count,
            "compared": result.services_compared,
        },
        _("Service"), _("Channels"), before, now, change, share_before, share_now,
        right=(before, now, change, share_before, share_now),
    )  # fmt: skip
    for row in result.shrinking:
        table.add_row(
            row.service.name, ", ".join(row.channels), str(row.previous), str(row.recent),
            _percent(row.change), _percent(row.previous_share), _percent(row.recent_share),
        )  # fmt: skip
    output.console.print(table)


def _targets(spread: Any) -> str:
    parts = []
    for unit in spread.units:
        low, high = f"{unit.minimum}", f"{unit.maximum}"
        parts.append(f"{low} {unit.unit}" if low == high else f"{low}–{high} {unit.unit}")
    return "; ".join(parts)


def show_consistency() -> None:
    """Service types offered by several organisations: channels and service-level targets."""
    from anker.accounts.permissions import OPERATOR
    from anker.insights.consistency import consistency

    result = consistency(OPERATOR)
    spread = _("Widest spread")
    types = _table(
        _("Service types offered by several organisations (%(inconsistent)d of %(compared)d "
          "inconsistent)") % {"inconsistent": result.inconsistent, "compared": result.compared},
        _("Service type"), _("Organisations"), _("Every service"), _("Only some"), spread,
        _("Differs in"), right=(spread,),
    )  # fmt: skip
    for item in result.types:
        types.add_row(
            item.service_type.name, str(len(item.organisations)), ", ".join(item.common_channels),
            ", ".join(f"{c.kind} ({c.services}/{len(item.services)})"
                      for c in item.differing_channels),
            "∞" if item.spread is None else f"×{item.spread:g}", ", ".join(item.reasons) or "–",
        )  # fmt: skip
    output.console.print(types)
    ratio = _("Ratio")
    targets = _table(
        _("Service-level targets that differ"), _("Service type"), _("Channel"), _("Targets"),
        _("Days (about)"), ratio, right=(ratio,),
    )  # fmt: skip
    for item in result.types:
        for channel in item.spreads:
            if channel.differs:
                targets.add_row(
                    item.service_type.name, channel.kind, _targets(channel),
                    f"{channel.min_days:g}–{channel.max_days:g}",
                    "∞" if channel.ratio is None else f"×{channel.ratio:g}",
                )  # fmt: skip
    output.console.print(targets)


def show_health(*, pending_days: int | None, idea_days: int | None) -> None:
    """Isolated organisations, supplier concentration, overdue requests, unanswered ideas."""
    from anker.accounts.permissions import OPERATOR
    from anker.insights.health import health

    result = health(OPERATOR, pending_days=pending_days, idea_days=idea_days)
    counts = (_("Services"), _("Retired blocks"), _("Stopped reuse"))
    isolated = _table(
        _("Organisations that neither provide nor reuse (%(count)d of %(total)d)")
        % {"count": result.isolated_count, "total": result.organisations},
        _("Organisation"), _("Kind"), *counts, right=counts,
    )  # fmt: skip
    for row in result.isolated:
        isolated.add_row(
            row.organisation.name, row.kind, str(row.services), str(row.retired_blocks),
            str(row.stopped_reuse),
        )  # fmt: skip
    output.console.print(isolated)
    figures = (_("Direct"), _("Through dependencies"), _("Public organisations"), _("Share"))
    suppliers = _table(
        _("Partners public organisations rely on (of %(total)d public organisations)")
        % {"total": result.public_organisations},
        _("Supplier"), _("Kind"), _("Blocks"), *figures, right=figures,
    )  # fmt: skip
    for row in result.suppliers:
        suppliers.add_row(
            row.supplier.name, row.kind, ", ".join(b.slug for b in row.blocks), str(row.direct),
            str(row.through_dependencies), str(row.organisations), _percent(row.share),
        )  # fmt: skip
    output.console.print(suppliers)
    _show_waiting(result)


def _show_waiting(result: Any) -> None:
    age = _("Age (days)")
    pending = _table(
        _("Exchange requests pending more than %(days)d days (%(count)d)")
        % {"days": result.pending_days, "count": result.pending_count},
        age, _("Block"), _("Owner"), _("Requester"), right=(age,),
    )  # fmt: skip
    for row in result.pending:
        pending.add_row(str(row.age_days), row.block.name, row.block.owner.name, row.requester.name)
    output.console.print(pending)
    votes, comments = _("Votes"), _("Comments")
    ideas = _table(
        _("Ideas without an answer after more than %(days)d days (%(count)d)")
        % {"days": result.idea_days, "count": result.unanswered_count},
        age, _("Idea"), _("About"), votes, comments, right=(age, votes, comments),
    )  # fmt: skip
    for idea in result.unanswered:
        ideas.add_row(
            str(idea.age_days), idea.title, f"{idea.about.kind}: {idea.about.name}",
            str(idea.votes), str(idea.comments),
        )  # fmt: skip
    output.console.print(ideas)


# --- anchoring score and scaling readiness ----------------------------------------------


def _weights_title(title: str, weights: list[Any]) -> str:
    used = ", ".join(f"{weight.factor} {weight.weight:g}" for weight in weights)
    return _("%(title)s (weights: %(weights)s)") % {"title": title, "weights": used}


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _factor_columns(weights: list[Any]) -> list[str]:
    return [f"{weight.label} ({weight.weight:g})" for weight in weights]


def _factor_cells(factors: list[Any]) -> list[str]:
    """Each factor's contribution in points; – when left out."""
    return ["–" if f.value is None else f"{f.contribution:.1f}" for f in factors]


def _factor_detail(title: str, score: float | None, factors: list[Any]) -> None:
    table = _table(
        _("%(title)s: %(score)s") % {"title": title, "score": _score(score)},
        _("Factor"), _("Value"), _("Weight"), _("Share"), _("Contribution"), _("Figures"),
        right=(_("Value"), _("Weight"), _("Share"), _("Contribution")),
    )  # fmt: skip
    for f in factors:
        value = "–" if f.value is None else f"{f.value:.2f}"
        table.add_row(
            f.label, value, f"{f.weight:g}", f"{f.share:.0%}", f"{f.contribution:.1f}",
            f.explanation,
        )  # fmt: skip
    output.console.print(table)


def show_anchoring(*, target: str | None, weights: list[str], limit: int) -> None:
    """Anchoring score per block and per organisation; of one block with ``target``."""
    from anker.accounts.permissions import OPERATOR
    from anker.catalogue.models import BuildingBlock
    from anker.insights.anchoring import anchoring, block_anchoring

    if target:
        block_id = BuildingBlock.objects.filter(slug=target).values_list("id", flat=True).first()
        if block_id is None:
            raise CliError(_("There is no building block %(slug)r.") % {"slug": target})
        item = block_anchoring(OPERATOR, block_id, weights=weights)
        assert item is not None
        title = _("Anchoring score of %(name)s") % {"name": item.block.name}
        _factor_detail(title, item.score, item.factors)
        return
    result = anchoring(OPERATOR, weights=weights, limit=limit)
    factors = _factor_columns(result.weights)
    score = _("Score")
    blocks = _table(
        _weights_title(_("Anchoring score of building blocks"), result.weights),
        _("Rank"), _("Block"), _("Owner"), score, *factors, right=(_("Rank"), score, *factors),
    )  # fmt: skip
    for item in result.blocks:
        blocks.add_row(
            str(item.rank), item.block.name, item.block.owner.name, _score(item.score),
            *_factor_cells(item.factors),
        )  # fmt: skip
    output.console.print(blocks)
    organisations = _table(
        _("Anchoring score of organisations (the mean over their blocks)"),
        _("Rank"), _("Organisation"), _("Blocks"), score, *factors,
        right=(_("Rank"), _("Blocks"), score, *factors),
    )  # fmt: skip
    for row in result.organisations:
        organisations.add_row(
            str(row.rank), row.organisation.name, str(row.blocks), _score(row.score),
            *_factor_cells(row.factors),
        )  # fmt: skip
    output.console.print(organisations)
    output.console.print(
        _(
            "Median score: %(blocks)s over %(n)d blocks, %(organisations)s over %(m)d "
            "organisations. Per factor: its points of the score; –: left out, no data."
        )
        % {
            "blocks": _score(result.median_score),
            "n": result.block_count,
            "organisations": _score(result.median_organisation_score),
            "m": result.organisation_count,
        },
        highlight=False,
    )


def show_scaling(
    *, target: str | None, weights: list[str], stalled_days: int | None, limit: int
) -> None:
    """Readiness to scale per initiative and the stalled ones; of one with ``target``."""
    from anker.accounts.permissions import OPERATOR
    from anker.insights.scaling import initiative_readiness, scaling
    from anker.portfolio.models import Initiative

    if target:
        pk = Initiative.objects.filter(slug=target).values_list("id", flat=True).first()
        if pk is None:
            raise CliError(_("There is no initiative %(slug)r.") % {"slug": target})
        item = initiative_readiness(OPERATOR, pk, weights=weights, stalled_days=stalled_days)
        assert item is not None
        title = _("Readiness to scale of %(name)s") % {"name": item.initiative.name}
        _factor_detail(title, item.score, item.factors)
        return
    result = scaling(OPERATOR, weights=weights, stalled_days=stalled_days, limit=limit)
    factors = _factor_columns(result.weights)
    score, days = _("Score"), _("Days in stage")
    table = _table(
        _weights_title(_("Readiness to scale"), result.weights),
        _("Rank"), _("Initiative"), _("Stage"), days, score, *factors, _("Stalled"),
        right=(_("Rank"), days, score, *factors),
    )  # fmt: skip
    for item in result.initiatives:
        table.add_row(
            str(item.rank), item.initiative.name, item.initiative.stage,
            str(item.initiative.days_in_stage), _score(item.score), *_factor_cells(item.factors),
            _("yes") if item.stalled else "",
        )  # fmt: skip
    output.console.print(table)
    then, now = _("Adopters then"), _("Adopters now")
    stalled = _table(
        _("Stalled: in experiment or pilot over %(days)d days without a new adopter (%(n)d)")
        % {"days": result.stalled_days, "n": result.stalled_count},
        _("Initiative"), _("Stage"), days, then, now, _("Blocks"), right=(days, then, now),
    )  # fmt: skip
    for item in result.stalled:
        stalled.add_row(
            item.initiative.name, item.initiative.stage, str(item.initiative.days_in_stage),
            str(item.adoption.then), str(item.adoption.now),
            ", ".join(block.slug for block in item.produced),
        )  # fmt: skip
    output.console.print(stalled)
    output.console.print(
        _("Median readiness: %(median)s over %(n)d initiatives (%(stopped)d stopped left out).")
        % {
            "median": _score(result.median_score),
            "n": result.initiative_count,
            "stopped": result.stopped,
        },
        highlight=False,
    )
