"""The analytics as the dashboard, the detail pages and the report show them.

Each analytic has one *section function* here: it calls the analytic (the same function
the API and the command line call, so the figures are the same everywhere) and turns its
result into a ``Section``: a headline figure, a few more figures, charts and tables whose
cells link to the entities behind them. The templates in ``insights/partials/`` draw any
section, so a page, the HTML report and the PDF share one rendering.

``organisation`` narrows a section to one organisation (``anker report --org``): its
blocks, its services, its initiatives; the ecosystem-wide definitions stay the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from anker.insights.charts import BarChart, LineChart, bar_chart, line_chart
from anker.insights.refs import BlockRef, CapabilityRef, OrganisationRef


@dataclass
class Cell:
    text: str
    url: str = ""
    numeric: bool = False


@dataclass
class Table:
    """Rows of cells. ``key`` is the table's anchor on the detail page (``#key``);
    ``total`` is the full number of rows before any cut."""

    key: str
    caption: str
    columns: list[str]
    rows: list[list[Cell]]
    total: int = 0
    empty: str = ""

    def __post_init__(self) -> None:
        self.total = max(self.total, len(self.rows))

    @property
    def headers(self) -> list[tuple[str, bool]]:
        """(column, numeric?) pairs: a column is numeric when its first row's cell is."""
        first = self.rows[0] if self.rows else []
        return [
            (column, index < len(first) and first[index].numeric)
            for index, column in enumerate(self.columns)
        ]

    @property
    def cut(self) -> int:
        return self.total - len(self.rows)


@dataclass
class Figure:
    """One number with what it counts; ``url`` leads to the entities behind it."""

    value: str
    label: str
    url: str = ""


@dataclass
class Section:
    name: str
    title: str
    definition: str
    headline: Figure
    figures: list[Figure] = field(default_factory=list)
    charts: list[BarChart | LineChart] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    api: str = ""
    available: bool = True

    def __post_init__(self) -> None:
        for index, chart in enumerate(self.charts):
            chart.key = f"{self.name}-chart-{index}"

    @property
    def chart(self) -> BarChart | LineChart | None:
        return self.charts[0] if self.charts else None


def num(value: float | int | None, decimals: int | None = None) -> str:
    """A number in the active language's format; "–" for none."""
    if value is None:
        return "–"
    if decimals is None:
        decimals = 0 if float(value) == int(value) else 1
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def block_url(block: BlockRef) -> str:
    return reverse("catalogue:block", args=[block.slug])


def organisation_url(organisation: OrganisationRef) -> str:
    return reverse("organisations:detail", args=[organisation.slug])


def capability_url(capability: CapabilityRef) -> str:
    return reverse("architecture:capability", args=[capability.slug])


def section_url(name: str, key: str = "") -> str:
    """The section page of ``name``; with ``key``, at that table (its id is name-key)."""
    url = reverse("insights:section", args=[name])
    return f"{url}#{name}-{key}" if key else url


def block_cell(block: BlockRef) -> Cell:
    return Cell(block.name, block_url(block))


def organisation_cell(organisation: OrganisationRef) -> Cell:
    return Cell(organisation.name, organisation_url(organisation))


def count_cell(value: float | int | None, decimals: int | None = None) -> Cell:
    return Cell(num(value, decimals), numeric=True)


def cut(rows: list, limit: int | None) -> list:
    return rows if limit is None else rows[:limit]


# --------------------------------------------------------------------------- reuse


def reuse_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """Reuse: distinct reusing organisations, the most reused blocks, adoption over time,
    time to the second and tenth adopter, and the blocks nobody reuses."""
    from anker.insights.reuse import reuse_insights

    result = reuse_insights(user)
    curves = {curve.block.slug: curve for curve in result.curves}
    blocks, never = result.blocks, result.never_reused
    organisations, capabilities = result.organisations, result.capabilities
    reusers = result.totals.active
    if organisation is not None:
        mine = OrganisationRef(organisation.slug, organisation.name)
        blocks = [row for row in blocks if row.block.owner == mine]
        never = [block for block in never if block.owner == mine]
        organisations = [row for row in organisations if row.organisation == mine]
        reusers = organisations[0].reusers.active if organisations else 0
        capabilities = []
    leaders = [row for row in blocks if row.counts.active and row.rank <= result.top]
    if organisation is not None:
        leaders = [row for row in blocks if row.counts.active][: result.top]
    chart = bar_chart(
        _("Most reused building blocks"),
        _("Organisations actively reusing each of the most reused blocks, the owner excluded."),
        _("Active reusers"),
        [
            (row.block.name, row.counts.active, num(row.counts.active), block_url(row.block))
            for row in leaders
        ],
    )
    curve = line_chart(
        _("Adoption over time"),
        _("Adoptions (a block piloted or used by another organisation) started so far."),
        _("Adoptions"),
        [(point.date, point.adopters) for point in result.ecosystem_curve],
    )
    active, confirmed, claimed = _("Active reusers"), _("Confirmed"), _("Claimed")
    tables = [
        Table(
            "most-reused",
            _("Most reused building blocks"),
            [
                _("Rank"),
                _("Block"),
                _("Owner"),
                active,
                confirmed,
                claimed,
                _("Days to 2nd"),
                _("Days to 10th"),
            ],  # fmt: skip
            [
                [
                    count_cell(row.rank),
                    block_cell(row.block),
                    organisation_cell(row.block.owner),
                    count_cell(row.counts.active),
                    count_cell(row.counts.confirmed),
                    count_cell(row.counts.claimed),
                    count_cell(getattr(curves.get(row.block.slug), "days_to_second", None)),
                    count_cell(getattr(curves.get(row.block.slug), "days_to_tenth", None)),
                ]
                for row in leaders
            ],
            empty=_("No block has an active reuser yet."),
        ),
        Table(
            "never-reused",
            _("Never reused"),
            [_("Block"), _("Kind"), _("Owner")],
            [
                [block_cell(block), Cell(block.kind), organisation_cell(block.owner)]
                for block in cut(never, limit)
            ],
            total=len(never) if organisation is not None else result.never_reused_count,
            empty=_("Every building block has been reused at least once."),
        ),
        Table(
            "organisations",
            _("Organisations as providers and reusers"),
            [_("Organisation"), _("Blocks"), _("Reused blocks"), active, _("Reusing")],
            [
                [
                    organisation_cell(row.organisation),
                    count_cell(row.blocks),
                    count_cell(row.reused_blocks),
                    count_cell(row.reusers.active),
                    count_cell(row.reusing),
                ]
                for row in cut(organisations, limit)
            ],
            total=len(organisations),
        ),
    ]
    if capabilities:
        tables.append(
            Table(
                "capabilities",
                _("Capabilities"),
                [_("Capability"), _("Blocks"), active, confirmed, claimed],
                [
                    [
                        Cell(row.capability.name, capability_url(row.capability)),
                        count_cell(row.blocks),
                        count_cell(row.counts.active),
                        count_cell(row.counts.confirmed),
                        count_cell(row.counts.claimed),
                    ]
                    for row in cut(capabilities, limit)
                ],
                total=len(capabilities),
            )
        )
    never_count = tables[1].total
    return Section(
        name="reuse",
        title=_("Reuse"),
        definition=_(
            "Distinct organisations reusing a building block of another organisation, by "
            "status and by who declared it; adoption over time; the blocks nobody reuses."
        ),
        headline=Figure(
            num(reusers),
            ngettext(
                "organisation actively reuses another's building block",
                "organisations actively reuse another's building blocks",
                reusers,
            )
            if organisation is None
            else ngettext(
                "organisation actively reuses its building blocks",
                "organisations actively reuse its building blocks",
                reusers,
            ),
            section_url("reuse", "organisations"),
        ),
        figures=[
            Figure(
                num(never_count),
                ngettext("block never reused", "blocks never reused", never_count),
                section_url("reuse", "never-reused"),
            ),
            Figure(
                num(result.median_days_to_second),
                _("median days from the first adopter to the second"),
                section_url("reuse", "most-reused"),
            ),
            Figure(
                num(result.median_days_to_tenth),
                _("median days from the first adopter to the tenth"),
                section_url("reuse", "most-reused"),
            ),
        ],
        charts=[chart for chart in (chart, curve) if chart is not None],
        tables=tables,
        api="/api/v1/insights/reuse",
    )


# ------------------------------------------------------------- anchoring, scaling


def weighted_columns(weights: list[Any]) -> list[str]:
    """One column per factor, its weight in the heading: "Reuse (×3)"."""
    return [
        _("%(factor)s (×%(weight)s)") % {"factor": w.label, "weight": num(w.weight)}
        for w in weights
    ]


def factor_cells(factors: list[Any], weights: list[Any]) -> list[Cell]:
    """Each factor's points of the score, in the order of ``weights``; "–" where the
    factor has no value (left out, the other weights count for more)."""
    by_factor = {f.factor: f for f in factors}
    cells = []
    for weight in weights:
        factor = by_factor.get(weight.factor)
        if factor is None or factor.value is None:
            cells.append(Cell("–", numeric=True))
        else:
            cells.append(count_cell(factor.contribution, 1))
    return cells


def weights_note(weights: list[Any], variable: str) -> str:
    return _(
        "Weights: %(weights)s. Each factor column shows its points of the score (out of "
        "100); “–” means no data for that factor, and the other weights count for more. "
        "Change the weights with %(variable)s or per request in the API."
    ) % {
        "weights": ", ".join(f"{w.label} {num(w.weight)}" for w in weights),
        "variable": variable,
    }


def anchoring_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """Anchoring: how firmly each block, and each organisation's blocks, are anchored."""
    from anker.insights.anchoring import anchoring

    result = anchoring(user)
    blocks, organisations = result.blocks, result.organisations
    median = result.median_score
    if organisation is not None:
        mine = OrganisationRef(organisation.slug, organisation.name)
        blocks = [row for row in blocks if row.block.owner == mine]
        organisations = [row for row in organisations if row.organisation == mine]
        median = organisations[0].score if organisations else None
    weights = result.weights
    chart = bar_chart(
        _("Best-anchored organisations"),
        _("Mean anchoring score (0–100) of each organisation's building blocks."),
        _("Score"),
        [
            (
                row.organisation.name,
                row.score,
                num(row.score, 1),
                organisation_url(row.organisation),
            )
            for row in organisations[:10]
            if row.score is not None
        ],
    )
    return Section(
        name="anchoring",
        title=_("Anchoring"),
        definition=_(
            "How firmly a building block is anchored in the ecosystem, from 0 to 100: its "
            "reuse, its compliance with standards, how fresh its record is, the channel "
            "coverage of the services running on it and the stage of the initiatives behind "
            "it, each with its weight."
        ),
        headline=Figure(
            num(median, 1),
            _("median anchoring score of %(count)s building blocks")
            % {"count": num(len(blocks) if organisation is not None else result.block_count)}
            if organisation is None
            else _("mean anchoring score of its building blocks"),
            section_url("anchoring", "blocks"),
        ),
        figures=[
            Figure(
                num(result.median_organisation_score, 1),
                _("median score of %(count)s organisations")
                % {"count": num(result.organisation_count)},
                section_url("anchoring", "organisations"),
            )
        ]
        if organisation is None
        else [],
        notes=[weights_note(weights, "ANKER_ANCHORING_WEIGHTS")],
        charts=[chart] if chart else [],
        tables=[
            Table(
                "blocks",
                _("Building blocks by anchoring score"),
                [_("Rank"), _("Block"), _("Owner"), _("Score"), *weighted_columns(weights)],
                [
                    [
                        count_cell(row.rank),
                        block_cell(row.block),
                        organisation_cell(row.block.owner),
                        count_cell(row.score, 1),
                        *factor_cells(row.factors, weights),
                    ]
                    for row in cut(blocks, limit)
                ],
                total=len(blocks) if organisation is not None else result.block_count,
                empty=_("There are no building blocks to score."),
            ),
            Table(
                "organisations",
                _("Organisations by the mean score of their blocks"),
                [
                    _("Rank"),
                    _("Organisation"),
                    _("Blocks"),
                    _("Score"),
                    _("Best block"),
                    *weighted_columns(weights),
                ],  # fmt: skip
                [
                    [
                        count_cell(row.rank),
                        organisation_cell(row.organisation),
                        count_cell(row.blocks),
                        count_cell(row.score, 1),
                        block_cell(row.best) if row.best else Cell("–"),
                        *factor_cells(row.factors, weights),
                    ]
                    for row in cut(organisations, limit)
                ],
                total=len(organisations) if organisation is not None else result.organisation_count,
                empty=_("No organisation owns a building block."),
            ),
        ],
        api="/api/v1/insights/anchoring/blocks",
    )


def initiative_cell(initiative: Any) -> Cell:
    return Cell(initiative.name, reverse("portfolio:detail", args=[initiative.slug]))


def stage_label(stage: str) -> str:
    from anker.portfolio.stages import Stage

    return str(Stage(stage).label) if stage in Stage.values else stage


def scaling_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """Scaling: readiness of every initiative and the stalled ones."""
    from anker.insights.scaling import scaling

    result = scaling(user)
    initiatives, stalled = result.initiatives, result.stalled
    if organisation is not None:
        initiatives = [i for i in initiatives if i.initiative.owner.slug == organisation.slug]
        stalled = [i for i in stalled if i.initiative.owner.slug == organisation.slug]
    weights = result.weights
    chart = bar_chart(
        _("Initiatives most ready to scale"),
        _(
            "Readiness score (0–100) from adoption, evidence, documentation and licence, "
            "capability fit and time in stage."
        ),  # fmt: skip
        _("Readiness"),
        [
            (
                i.initiative.name,
                i.score,
                num(i.score, 1),
                reverse("portfolio:detail", args=[i.initiative.slug]),
            )
            for i in initiatives[:10]
            if i.score is not None
        ],
    )
    count = len(stalled) if organisation is not None else result.stalled_count
    return Section(
        name="scaling",
        title=_("Scaling"),
        definition=_(
            "How ready each initiative is to scale, from 0 to 100, with each factor's "
            "points; and the initiatives stalled in experiment or pilot for more than "
            "%(days)s days without a new adopter."
        )
        % {"days": num(result.stalled_days)},
        headline=Figure(
            num(count),
            ngettext(
                "initiative stalled without growing adoption",
                "initiatives stalled without growing adoption",
                count,
            ),
            section_url("scaling", "stalled"),
        ),
        figures=[
            Figure(
                num(result.median_score, 1),
                _("median readiness of %(count)s initiatives")
                % {"count": num(result.initiative_count)},
                section_url("scaling", "readiness"),
            )
        ]
        if organisation is None
        else [],
        notes=[weights_note(weights, "ANKER_READINESS_WEIGHTS")],
        charts=[chart] if chart else [],
        tables=[
            Table(
                "stalled",
                _("Stalled initiatives"),
                [
                    _("Initiative"),
                    _("Owner"),
                    _("Stage"),
                    _("Days in stage"),
                    _("Adopters then"),
                    _("Adopters now"),
                ],  # fmt: skip
                [
                    [
                        initiative_cell(i.initiative),
                        organisation_cell(i.initiative.owner),
                        Cell(stage_label(i.initiative.stage)),
                        count_cell(i.initiative.days_in_stage),
                        count_cell(i.adoption.then),
                        count_cell(i.adoption.now),
                    ]
                    for i in cut(stalled, limit)
                ],
                total=count,
                empty=_("No initiative is stalled."),
            ),
            Table(
                "readiness",
                _("Initiatives by readiness to scale"),
                [
                    _("Rank"),
                    _("Initiative"),
                    _("Stage"),
                    _("Score"),
                    *weighted_columns(weights),
                ],  # fmt: skip
                [
                    [
                        count_cell(i.rank),
                        initiative_cell(i.initiative),
                        Cell(stage_label(i.initiative.stage)),
                        count_cell(i.score, 1),
                        *factor_cells(i.factors, weights),
                    ]
                    for i in cut(initiatives, limit)
                ],
                total=len(initiatives) if organisation is not None else result.initiative_count,
                empty=_("There are no initiatives."),
            ),
        ],
        api="/api/v1/insights/scaling",
    )


# --------------------------------------------------------------------- duplication


def duplication_section(
    user: Any, *, limit: int | None = None, organisation: Any = None, threshold: float | None = None
) -> Section:
    """Duplication: convergence candidates and near-duplicate pairs across owners."""
    from anker.insights.duplication import DEFAULT_THRESHOLD, duplication

    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    result = duplication(user, threshold=threshold)
    candidates, pairs = result.candidates, result.near_duplicates
    if organisation is not None:
        mine = OrganisationRef(organisation.slug, organisation.name)
        candidates = [c for c in candidates if any(b.owner == mine for b in c.blocks)]
        pairs = [p for p in pairs if mine in (p.first.owner, p.second.owner)]
    by_capability: dict[CapabilityRef, int] = {}
    for candidate in candidates:
        by_capability[candidate.capability] = by_capability.get(candidate.capability, 0) + len(
            candidate.blocks
        )
    ranked = sorted(by_capability.items(), key=lambda item: (-item[1], item[0].name))[:10]
    chart = bar_chart(
        _("Capabilities with the most unrelated look-alikes"),
        _("Blocks in convergence candidates per capability (same kind, different owners)."),
        _("Blocks"),
        [(cap.name, count, num(count), capability_url(cap)) for cap, count in ranked],
    )
    tables = [
        Table(
            "near-duplicates",
            _("Near-duplicates (text similarity at least %(threshold)s)")
            % {"threshold": num(threshold, 2)},
            [_("Score"), _("Block"), _("Owner"), _("Block"), _("Owner")],
            [
                [
                    count_cell(pair.score, 2),
                    block_cell(pair.first),
                    organisation_cell(pair.first.owner),
                    block_cell(pair.second),
                    organisation_cell(pair.second.owner),
                ]
                for pair in cut(pairs, limit)
            ],
            total=len(pairs),
            empty=_("No pair of blocks of different owners is this similar."),
        ),
        Table(
            "candidates",
            _("Convergence candidates"),
            [_("Capability"), _("Kind"), _("Blocks"), _("Owners"), _("Best similarity")],
            [
                [
                    Cell(item.capability.name, capability_url(item.capability)),
                    Cell(item.kind),
                    Cell(", ".join(block.name for block in item.blocks)),
                    count_cell(item.owners),
                    count_cell(item.best_score, 2),
                ]
                for item in cut(candidates, limit)
            ],
            total=len(candidates),
            empty=_("No capability is realised by unrelated blocks of one kind."),
        ),
    ]
    return Section(
        name="duplication",
        title=_("Duplication"),
        definition=_(
            "Capabilities realised by two or more unrelated blocks of one kind from "
            "different owners, and blocks of different owners whose names and descriptions "
            "are nearly the same (TF-IDF over character n-grams, any language)."
        ),
        headline=Figure(
            num(len(pairs)),
            ngettext("near-duplicate pair of blocks", "near-duplicate pairs of blocks", len(pairs)),
            section_url("duplication", "near-duplicates"),
        ),
        figures=[
            Figure(
                num(len(candidates)),
                ngettext("convergence candidate", "convergence candidates", len(candidates)),
                section_url("duplication", "candidates"),
            ),
            Figure(num(result.blocks_compared), _("blocks compared")),
        ],
        charts=[chart] if chart else [],
        tables=tables,
        api=f"/api/v1/insights/duplication?threshold={threshold}",
    )


# -------------------------------------------------------------------------- impact


def impact_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """Impact: the blocks whose failure would hit the most; for one organisation, what
    its blocks failing would hit."""
    from anker.insights.impact import critical_blocks, organisation_impact

    ranked = critical_blocks(user, top=None)
    if organisation is not None:
        mine = OrganisationRef(organisation.slug, organisation.name)
        ranked = [row for row in ranked if row.block.owner == mine]
    top = ranked[:10]
    chart = bar_chart(
        _("Blocks whose failure hits the most citizen services"),
        _("Citizen services running on the block or on a block depending on it."),
        _("Services hit"),
        [
            (
                row.block.name,
                row.services,
                num(row.services),
                reverse("insights:block-impact", args=[row.block.slug]),
            )
            for row in top
        ],
    )
    tables = [
        Table(
            "critical",
            _("Blocks by what their failure would hit"),
            [
                _("Block"),
                _("Owner"),
                _("Services hit"),
                _("Dependent blocks"),
                _("Reusing organisations"),
                _("Impact"),
            ],  # fmt: skip
            [
                [
                    block_cell(row.block),
                    organisation_cell(row.block.owner),
                    count_cell(row.services),
                    count_cell(row.dependants),
                    count_cell(row.reusers),
                    Cell(
                        _("Impact of %(name)s") % {"name": row.block.name},
                        reverse("insights:block-impact", args=[row.block.slug]),
                    ),
                ]
                for row in cut(ranked, limit)
            ],
            total=len(ranked),
            empty=_("No block has dependants, services or reusers."),
        )
    ]
    figures = []
    if organisation is not None:
        hit = organisation_impact(user, organisation)
        figures = [
            Figure(
                num(len(hit.services)),
                ngettext(
                    "citizen service hit if all its blocks fail",
                    "citizen services hit if all its blocks fail",
                    len(hit.services),
                ),
                reverse("insights:organisation-impact", args=[organisation.slug]),
            ),
            Figure(num(len(hit.blocks)), _("blocks of others depend on its blocks")),
        ]
    leader = top[0] if top else None
    if leader is None:
        label = _("citizen services depend on a single block")
    elif organisation is None:
        label = _("citizen services hit if %(name)s fails, the most of any block")
    else:
        label = _("citizen services hit if %(name)s fails, the most of its blocks")
    headline = Figure(
        num(leader.services if leader else 0),
        label % {"name": leader.block.name} if leader else label,
        reverse("insights:block-impact", args=[leader.block.slug])
        if leader
        else section_url("impact"),
    )
    return Section(
        name="impact",
        title=_("Impact"),
        definition=_(
            "What breaks if a block fails: every block depending on it, directly or "
            "through others, every citizen service and channel running on those, and every "
            "organisation reusing any of them, each with the path that explains it."
        ),
        headline=headline,
        figures=figures,
        charts=[chart] if chart else [],
        tables=tables,
        api="/api/v1/insights/impact/blocks/{slug}",
    )


# ----------------------------------------------------------------------- inclusion


def localised(ref: Any) -> str:
    """A vocabulary entry's name in the active language (Dutch where there is one)."""
    from django.utils.translation import get_language

    dutch = getattr(ref, "name_nl", "")
    return dutch if dutch and (get_language() or "").startswith("nl") else ref.name


def channel_label(kind: str) -> str:
    from anker.citizenservices.models import ChannelKind

    return str(ChannelKind(kind).label) if kind in ChannelKind.values else kind


def service_cell(service: Any) -> Cell:
    return Cell(service.name, reverse("citizenservices:service", args=[service.slug]))


def names(refs: list[Any]) -> str:
    return ", ".join(ref.name for ref in refs)


def serves(services: list[Any], organisation: Any) -> list[Any]:
    """The items of ``services`` whose responsible organisations include ``organisation``."""
    if organisation is None:
        return services
    return [item for item in services if organisation.slug in {o.slug for o in item.organisations}]


def inclusion_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """Inclusion: digital-only services and the life events that meet them, the channel
    mix of the last twelve months, and services whose non-digital channels shrink."""
    from anker.insights.inclusion import inclusion

    result = inclusion(user)
    digital_only = serves(result.digital_only, organisation)
    shrinking = serves(result.shrinking, organisation)
    life_events, life_event_count = result.life_events, result.life_event_count
    if organisation is not None:
        theirs = {item.service for item in digital_only}
        life_events = [e for e in life_events if theirs & set(e.digital_only)]
        life_event_count = len(life_events)
    chart = bar_chart(
        _("Channel mix of the last %(months)d months") % {"months": result.months},
        _("Share of all requests per channel, from the monthly figures of every service."),
        _("Share of requests (%)"),
        [(channel_label(row.kind), row.share, f"{num(row.share, 1)} %", "") for row in result.mix],
    )
    tables = [
        Table(
            "digital-only",
            _("Digital-only services"),
            [
                _("Service"),
                _("Organisations"),
                _("Channels"),
                _("Life events"),
                _("Requests"),
            ],  # fmt: skip
            [
                [
                    service_cell(item.service),
                    Cell(names(item.organisations)),
                    Cell(", ".join(channel_label(kind) for kind in item.channels)),
                    Cell(", ".join(localised(event) for event in item.life_events)),
                    count_cell(item.requests),
                ]
                for item in cut(digital_only, limit)
            ],
            total=len(digital_only),
            empty=_("Every service can also be reached without a screen."),
        ),
        Table(
            "life-events",
            _("Life events in which a citizen meets a digital-only service"),
            [_("Life event"), _("Services"), _("Digital-only"), _("Share (%)")],
            [
                [
                    Cell(
                        localised(item.life_event),
                        reverse("citizenservices:life-event", args=[item.life_event.slug]),
                    ),
                    count_cell(item.services),
                    Cell(names(item.digital_only)),
                    count_cell(item.share, 1),
                ]
                for item in cut(life_events, limit)
            ],
            total=life_event_count,
            empty=_("No life event leads to a digital-only service."),
        ),
        Table(
            "shrinking",
            _("Services whose non-digital channels shrink"),
            [
                _("Service"),
                _("Organisations"),
                _("Non-digital channels"),
                _("Requests before"),
                _("Requests now"),
                _("Change (%)"),
            ],  # fmt: skip
            [
                [
                    service_cell(item.service),
                    Cell(names(item.organisations)),
                    Cell(", ".join(channel_label(kind) for kind in item.channels)),
                    count_cell(item.previous),
                    count_cell(item.recent),
                    count_cell(item.change, 1),
                ]
                for item in cut(shrinking, limit)
            ],
            total=len(shrinking),
            empty=_("No service's non-digital channels are shrinking."),
        ),
    ]
    count = len(digital_only)
    return Section(
        name="inclusion",
        title=_("Inclusion"),
        definition=_(
            "Who is left behind: services that can only be used online or in an app, the "
            "life events in which citizens meet them, the mix of channels people actually "
            "use, and services whose counters, phone lines and post are shrinking."
        ),
        headline=Figure(
            num(count),
            ngettext("service is digital-only", "services are digital-only", count),
            section_url("inclusion", "digital-only"),
        ),
        figures=[
            Figure(
                num(life_event_count),
                ngettext(
                    "life event meets a digital-only service",
                    "life events meet a digital-only service",
                    life_event_count,
                ),
                section_url("inclusion", "life-events"),
            ),
            Figure(
                f"{num(result.digital_share, 1)} %",
                _("of requests came through digital channels"),
            ),
            Figure(
                num(len(shrinking)),
                ngettext(
                    "service's non-digital channels shrink",
                    "services' non-digital channels shrink",
                    len(shrinking),
                ),
                section_url("inclusion", "shrinking"),
            ),
        ],
        charts=[chart] if chart else [],
        tables=tables,
        api="/api/v1/insights/inclusion",
    )


# --------------------------------------------------------------------- consistency


def consistency_section(
    user: Any, *, limit: int | None = None, organisation: Any = None
) -> Section:
    """Consistency: one service type, several organisations, different channels or
    service-level targets."""
    from anker.insights.consistency import consistency

    result = consistency(user)
    types = [t for t in result.types if t.reasons]
    if organisation is not None:
        types = [t for t in types if organisation.slug in {o.slug for o in t.organisations}]

    def spread(value: float | None) -> str:
        return "∞" if value is None else f"× {num(value, 1)}"

    chart = bar_chart(
        _("Widest spread of service-level targets"),
        _("Highest target divided by the lowest, for one channel, per service type."),
        _("Highest ÷ lowest"),
        [
            (
                localised(t.service_type),
                t.spread,
                spread(t.spread),
                reverse("citizenservices:service-type", args=[t.service_type.slug]),
            )
            for t in types[:10]
            if t.spread is not None
        ],
    )
    rows = []
    for item in cut(types, limit):
        widest = max(item.spreads, key=lambda s: s.ratio or 0, default=None)
        rows.append(
            [
                Cell(
                    localised(item.service_type),
                    reverse("citizenservices:service-type", args=[item.service_type.slug]),
                ),
                count_cell(len(item.organisations)),
                Cell(", ".join(channel_label(kind) for kind in item.common_channels) or "–"),
                Cell(
                    ", ".join(
                        _("%(channel)s (%(count)d of %(total)d)")
                        % {
                            "channel": channel_label(p.kind),
                            "count": len(p.offered_by),
                            "total": len(item.organisations),
                        }
                        for p in item.differing_channels
                    )
                    or "–"
                ),
                Cell(
                    _("%(channel)s: %(low)s to %(high)s days")
                    % {
                        "channel": channel_label(widest.kind),
                        "low": num(widest.min_days, 1),
                        "high": num(widest.max_days, 1),
                    }
                    if widest
                    else "–"
                ),
                Cell(spread(item.spread), numeric=True),
            ]
        )
    count = len(types)
    return Section(
        name="consistency",
        title=_("Consistency"),
        definition=_(
            "The same kind of service offered by several organisations through different "
            "channels or with different service-level targets; the spread is the highest "
            "target divided by the lowest, in days."
        ),
        headline=Figure(
            num(count),
            ngettext(
                "service type offered inconsistently",
                "service types offered inconsistently",
                count,
            ),
            section_url("consistency", "types"),
        ),
        figures=[Figure(num(result.compared), _("service types offered by several organisations"))],
        charts=[chart] if chart else [],
        tables=[
            Table(
                "types",
                _("Service types offered inconsistently"),
                [
                    _("Service type"),
                    _("Organisations"),
                    _("Channels in common"),
                    _("Channels only some offer"),
                    _("Widest targets"),
                    _("Spread"),
                ],  # fmt: skip
                rows,
                total=count,
                empty=_("Every service type is offered alike everywhere."),
            )
        ],
        api="/api/v1/insights/consistency",
    )


# -------------------------------------------------------------------------- health


def health_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """Ecosystem health: isolated organisations, supplier concentration, exchange requests
    waiting too long, ideas nobody answered."""
    from anker.insights.health import health

    result = health(user)
    isolated, suppliers = result.isolated, result.suppliers
    pending, unanswered = result.pending, result.unanswered
    if organisation is not None:
        mine = organisation.slug
        isolated = [i for i in isolated if i.organisation.slug == mine]
        suppliers = [
            s
            for s in suppliers
            if s.supplier.slug == mine or mine in {d.organisation.slug for d in s.dependants}
        ]
        pending = [p for p in pending if mine in (p.requester.slug, p.block.owner.slug)]
        unanswered = [
            i for i in unanswered if (i.about.kind, i.about.slug) == ("organisation", mine)
        ]
    chart = bar_chart(
        _("Public organisations relying on one supplier"),
        _("Public organisations reusing a supplier's blocks or depending on them, per supplier."),
        _("Share of public organisations (%)"),
        [
            (
                s.supplier.name,
                s.share,
                f"{num(s.share, 1)} %",
                organisation_url(s.supplier),
            )
            for s in suppliers[:10]
        ],
    )
    tables = [
        Table(
            "suppliers",
            _("Single-supplier concentration"),
            [
                _("Supplier"),
                _("Blocks"),
                _("Public organisations"),
                _("Directly"),
                _("Through dependencies"),
                _("Share (%)"),
            ],  # fmt: skip
            [
                [
                    organisation_cell(s.supplier),
                    Cell(names(s.blocks)),
                    count_cell(s.organisations),
                    count_cell(s.direct),
                    count_cell(s.through_dependencies),
                    count_cell(s.share, 1),
                ]
                for s in cut(suppliers, limit)
            ],
            total=len(suppliers),
            empty=_("No public organisation relies on a supplier outside the public sector."),
        ),
        Table(
            "isolated",
            _("Organisations that neither provide nor reuse"),
            [
                _("Organisation"),
                _("Citizen services"),
                _("Retired blocks"),
                _("Stopped reuse"),
            ],  # fmt: skip
            [
                [
                    organisation_cell(i.organisation),
                    count_cell(i.services),
                    count_cell(i.retired_blocks),
                    count_cell(i.stopped_reuse),
                ]
                for i in cut(isolated, limit)
            ],
            total=len(isolated),
            empty=_("Every organisation provides or reuses a building block."),
        ),
        Table(
            "pending",
            _("Exchange requests waiting more than %(days)d days") % {"days": result.pending_days},
            [_("Block"), _("Owner"), _("Requested by"), _("Days waiting"), _("Request")],
            [
                [
                    block_cell(p.block),
                    organisation_cell(p.block.owner),
                    organisation_cell(p.requester),
                    count_cell(p.age_days),
                    Cell(_("Open"), reverse("reuse:exchange-detail", args=[p.uuid])),
                ]
                for p in cut(pending, limit)
            ],
            total=len(pending),
            empty=_("No exchange request you may see waits that long.")
            if not result.pending_hidden
            else ngettext(
                "%(count)d request waits that long, between organisations you are not part of.",
                "%(count)d requests wait that long, between organisations you are not part of.",
                result.pending_hidden,
            )
            % {"count": result.pending_hidden},
        ),
        Table(
            "unanswered",
            _("Ideas without an answer after %(days)d days") % {"days": result.idea_days},
            [_("Idea"), _("About"), _("Days waiting"), _("Votes"), _("Comments")],
            [
                [
                    Cell(i.title, reverse("cocreation:detail", args=[i.uuid])),
                    Cell(i.about.name),
                    count_cell(i.age_days),
                    count_cell(i.votes),
                    count_cell(i.comments),
                ]
                for i in cut(unanswered, limit)
            ],
            total=len(unanswered),
            empty=_("Every idea has had an answer in time."),
        ),
    ]
    waiting = len(pending) + (result.pending_hidden if organisation is None else 0)
    return Section(
        name="health",
        title=_("Ecosystem health"),
        definition=_(
            "Where the ecosystem is fragile: organisations outside it, public organisations "
            "relying on one private supplier, exchange requests left waiting and citizens' "
            "ideas nobody answered."
        ),
        headline=Figure(
            f"{num(suppliers[0].share, 1)} %",
            _("of public organisations rely on %(name)s, the most of any private supplier")
            % {"name": suppliers[0].supplier.name},
            section_url("health", "suppliers"),
        )
        if organisation is None and suppliers
        else Figure("0 %", _("of public organisations rely on a private supplier"))
        if organisation is None
        else Figure(
            num(len(suppliers)),
            ngettext(
                "supplier concentration involves it",
                "supplier concentrations involve it",
                len(suppliers),
            ),
            section_url("health", "suppliers"),
        ),
        figures=[
            Figure(
                num(len(isolated)),
                ngettext(
                    "organisation neither provides nor reuses",
                    "organisations neither provide nor reuse",
                    len(isolated),
                ),
                section_url("health", "isolated"),
            ),
            Figure(
                num(waiting),
                ngettext(
                    "exchange request waits too long",
                    "exchange requests wait too long",
                    waiting,
                ),
                section_url("health", "pending"),
            ),
            Figure(
                num(len(unanswered)),
                ngettext("idea without an answer", "ideas without an answer", len(unanswered)),
                section_url("health", "unanswered"),
            ),
        ],
        charts=[chart] if chart else [],
        tables=tables,
        api="/api/v1/insights/health",
    )


# ------------------------------------------------------------------------ maturity


def maturity_section(user: Any, *, limit: int | None = None, organisation: Any = None) -> Section:
    """The maturity benchmark's place: there is no maturity assessment in anker yet."""
    return Section(
        name="maturity",
        title=_("Maturity benchmark"),
        definition=_(
            "How each organisation's digital maturity compares with its peers. anker does "
            "not record maturity assessments yet; this benchmark arrives with them."
        ),
        headline=Figure("–", _("not available yet: no maturity assessments are recorded")),
        available=False,
    )


SectionFunction = Callable[..., Section]

# In the order of PRODUCT.md §4 and issue 5; the dashboard, the report and the command
# line follow it.
SECTIONS: dict[str, SectionFunction] = {
    "reuse": reuse_section,
    "anchoring": anchoring_section,
    "duplication": duplication_section,
    "impact": impact_section,
    "scaling": scaling_section,
    "inclusion": inclusion_section,
    "consistency": consistency_section,
    "health": health_section,
    "maturity": maturity_section,
}


def section(name: str, user: Any, **options: Any) -> Section:
    return SECTIONS[name](user, **options)
