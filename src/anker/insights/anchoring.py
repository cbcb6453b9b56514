"""Anchoring score (PRODUCT.md §4, Insights): how firmly each building block, and each
organisation through its blocks, is anchored in the ecosystem, as a score from 0 to 100
built from five factors, each a value from 0 to 1 shown with its weight and contribution.

* **reuse**: distinct organisations other than the owner that pilot or use the block
  (evaluating is looking, stopped is gone), ``REUSE_SATURATION`` of them for full marks;
* **standards**: of the standards the block declares (comply or explain), the share it
  complies with, a partial compliance counting half;
* **freshness**: full marks while the entry counts as fresh (last verified, or refreshed
  from its source, within ``ANKER_FRESHNESS_DAYS``), then falling linearly to 0 at twice
  that age; never verified is 0;
* **channels**: of the citizen services running on the block that list their channels,
  the share offering both a digital and a non-digital channel (so no citizen is locked
  out);
* **stages**: the furthest stage of the portfolio initiatives that produced the block:
  idea 0, experiment ¼, pilot ½, scaling ¾, anchored 1 (a stopped one 0).

Reuse and freshness always have a value. A factor with nothing to measure (no standard
declared, no service with channels, no producing initiative) is *left out*: its weight
drops out and the other weights count for more, so that a dataset is not punished for
having no citizen channels. The score is ``100 × Σ weight·value / Σ weight`` over the
factors with a value; each factor's *contribution* is its part of that sum in points, so
the contributions add up to the score.

An organisation's score is the mean of the scores of its blocks (its factors' values and
contributions are the means over its blocks), with the number of blocks behind it.
Retired blocks are gone and take no part in lists, ranks and means; the score of one
block is still given on its own.

The weighted score and its weights (from the environment, the API and the command line,
with their validation) are ``insights.scores``, shared with ``insights.scaling``.

Cost: six queries (blocks, reuse, compliance, service links, channels, initiatives) and
one pass in Python: O(B + R + C + S)."""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from anker.accounts.permissions import visible_blocks_q
from anker.catalogue.models import Lifecycle
from anker.insights.refs import BlockRef, OrganisationRef
from anker.insights.scores import (
    FactorScore,
    Measure,
    Weight,
    competition_ranks,
    median,
    resolve_weights,
    weight_list,
    weighted_score,
)

# Pilots or uses by this many other organisations give full marks for reuse (two more
# than the three that anchoring as a standard usually asks, portfolio.evidence).
REUSE_SATURATION = 5
ADOPTING = frozenset({"piloting", "in-use"})
STAGE_PROGRESS = {
    "idea": 0.0,
    "experiment": 0.25,
    "pilot": 0.5,
    "scaling": 0.75,
    "anchored": 1.0,
    "stopped": 0.0,
}
WEIGHTS_VARIABLE = "ANKER_ANCHORING_WEIGHTS"
FACTORS: dict[str, Promise] = {
    "reuse": gettext_lazy("Reuse"),
    "standards": gettext_lazy("Standards compliance"),
    "freshness": gettext_lazy("Freshness"),
    "channels": gettext_lazy("Channel coverage"),
    "stages": gettext_lazy("Stage progress"),
}
DEFAULT_WEIGHTS = {"reuse": 3.0, "standards": 2.0, "freshness": 1.0, "channels": 1.0, "stages": 1.0}


# --- the factors ------------------------------------------------------------------------


def reuse_measure(adopters: int) -> Measure:
    explanation = ngettext(
        "%(n)d other organisation pilots or uses it, of %(needed)d needed for full marks.",
        "%(n)d other organisations pilot or use it, of %(needed)d needed for full marks.",
        adopters,
    ) % {"n": adopters, "needed": REUSE_SATURATION}
    return Measure(min(adopters, REUSE_SATURATION) / REUSE_SATURATION, explanation)


def standards_measure(statuses: Sequence[str]) -> Measure:
    if not statuses:
        return Measure(None, _("It declares no standard: left out."))
    complies, partially = statuses.count("complies"), statuses.count("partially")
    explanation = ngettext(
        "Complies with %(complies)d of the %(total)d standard it declares, partially with "
        "%(partially)d (counting half).",
        "Complies with %(complies)d of the %(total)d standards it declares, partially with "
        "%(partially)d (counting half).",
        len(statuses),
    ) % {"complies": complies, "total": len(statuses), "partially": partially}
    return Measure((complies + partially / 2) / len(statuses), explanation)


def freshness_measure(last: dt.date | None, today: dt.date, fresh_days: int) -> Measure:
    if last is None:
        return Measure(0.0, _("Never verified."))
    age = max((today - last).days, 0)
    values = {"age": age, "fresh": fresh_days, "none": 2 * fresh_days}
    if age <= fresh_days:
        text = _("Verified %(age)d days ago: fresh for %(fresh)d days.")
        return Measure(1.0, text % values)
    text = _("Verified %(age)d days ago: stale after %(fresh)d days, no marks after %(none)d.")
    return Measure(max(0.0, 1 - (age - fresh_days) / fresh_days), text % values)


def channels_measure(services: Sequence[set[str]]) -> Measure:
    from anker.citizenservices.models import DIGITAL_CHANNELS, NON_DIGITAL_CHANNELS

    listed = [kinds for kinds in services if kinds]
    if not listed:
        return Measure(None, _("No citizen service with known channels runs on it: left out."))
    covered = sum(1 for k in listed if k & DIGITAL_CHANNELS and k & NON_DIGITAL_CHANNELS)
    explanation = ngettext(
        "%(covered)d of the %(n)d citizen service on it offers a digital and a non-digital "
        "channel.",
        "%(covered)d of the %(n)d citizen services on it offer both a digital and a "
        "non-digital channel.",
        len(listed),
    ) % {"covered": covered, "n": len(listed)}
    return Measure(covered / len(listed), explanation)


def stages_measure(initiatives: Sequence[tuple[str, str]]) -> Measure:
    """``initiatives``: (stage, name) of each initiative that produced the block."""
    from anker.portfolio.stages import Stage

    if not initiatives:
        return Measure(None, _("No portfolio initiative produced it: left out."))
    stage, name = max(initiatives, key=lambda item: (STAGE_PROGRESS[item[0]], item[1]))
    explanation = ngettext(
        "Produced by %(n)d initiative, %(name)s, at stage %(stage)s.",
        "Produced by %(n)d initiatives; the furthest, %(name)s, is at stage %(stage)s.",
        len(initiatives),
    ) % {"n": len(initiatives), "name": name, "stage": Stage(stage).label}
    return Measure(STAGE_PROGRESS[stage], explanation)


# --- the analytic -----------------------------------------------------------------------


@dataclass(frozen=True)
class BlockAnchoring:
    """A block's anchoring score (None when no factor with a value weighs anything) and
    its factors; ``rank`` among the blocks of the list (None for a block on its own)."""

    block: BlockRef
    score: float | None
    factors: list[FactorScore]
    rank: int | None = None


@dataclass(frozen=True)
class OrganisationAnchoring:
    """An organisation's anchoring: the mean score of its ``scored`` blocks (of ``blocks``
    it owns), each factor's mean value over the blocks that have one and mean contribution,
    and its best-scoring block."""

    organisation: OrganisationRef
    score: float | None
    blocks: int
    scored: int
    factors: list[FactorScore]
    best: BlockRef | None
    rank: int


@dataclass
class Anchoring:
    """The anchoring part of the dashboard. Headline: ``median_score`` over
    ``block_count`` blocks. Lists best first, cut at ``limit``."""

    weights: list[Weight]
    blocks: list[BlockAnchoring]
    block_count: int
    median_score: float | None
    organisations: list[OrganisationAnchoring]
    organisation_count: int
    median_organisation_score: float | None
    limit: int | None = None


@dataclass
class _Figures:
    """What the factors read, per block id."""

    adopters: dict[int, set[int]]
    statuses: dict[int, list[str]]
    services: dict[int, list[set[str]]]
    initiatives: dict[int, list[tuple[str, str]]]


def _blocks(user: Any, ids: Sequence[int] | None) -> dict[int, tuple[BlockRef, dt.date | None]]:
    from anker.catalogue.models import BuildingBlock

    blocks = BuildingBlock.objects.filter(visible_blocks_q(user))
    if ids is not None:
        blocks = blocks.filter(id__in=ids)
    rows = blocks.values_list(
        "id",
        "slug",
        "name",
        "kind",
        "lifecycle",
        "owner__slug",
        "owner__name",
        "last_verified_at",
        "imported_at",
    )
    found = {}
    for pk, slug, name, kind, lifecycle, owner_slug, owner_name, verified, imported in rows:
        dates = [timezone.localdate(moment) for moment in (verified, imported) if moment]
        ref = BlockRef(slug, name, kind, lifecycle, OrganisationRef(owner_slug, owner_name))
        found[pk] = (ref, max(dates, default=None))
    return found


def _figures(user: Any, ids: Sequence[int] | None) -> _Figures:
    from anker.catalogue.models import StandardCompliance
    from anker.citizenservices.models import CitizenService, ServiceChannel
    from anker.portfolio.models import BlockRole, InitiativeBlock
    from anker.reuse.models import Reuse

    def of_blocks(queryset: Any, prefix: str, column: str) -> Any:
        queryset = queryset.filter(visible_blocks_q(user, prefix=prefix))
        return queryset if ids is None else queryset.filter(**{f"{column}__in": ids})

    figures = _Figures(defaultdict(set), defaultdict(list), defaultdict(list), defaultdict(list))
    reuse = of_blocks(Reuse.objects.filter(status__in=ADOPTING), "block__", "block_id")
    for block, organisation, owner in reuse.values_list(
        "block_id", "organisation_id", "block__owner_id"
    ):
        if organisation != owner:
            figures.adopters[block].add(organisation)
    compliance = of_blocks(StandardCompliance.objects.all(), "block__", "block_id")
    for block, status in compliance.values_list("block_id", "status"):
        figures.statuses[block].append(status)
    links = of_blocks(
        CitizenService.blocks.through.objects.all(), "buildingblock__", "buildingblock_id"
    )
    links = list(links.values_list("buildingblock_id", "citizenservice_id"))
    kinds: dict[int, set[str]] = defaultdict(set)
    channels = ServiceChannel.objects.filter(service_id__in={service for _b, service in links})
    for service, kind in channels.values_list("service_id", "kind"):
        kinds[service].add(kind)
    for block, service in links:
        figures.services[block].append(kinds.get(service, set()))
    produced = of_blocks(
        InitiativeBlock.objects.filter(role=BlockRole.PRODUCES), "block__", "block_id"
    )
    for block, stage, name in produced.values_list(
        "block_id", "initiative__stage", "initiative__name"
    ):
        figures.initiatives[block].append((stage, name))
    return figures


def _score_blocks(
    user: Any, ids: Sequence[int] | None, weights: Mapping[str, float], today: dt.date | None
) -> list[BlockAnchoring]:
    today = today or timezone.localdate()
    fresh_days = settings.FRESHNESS_DAYS
    blocks = _blocks(user, ids)
    figures = _figures(user, ids)
    scored = []
    for pk, (ref, last) in blocks.items():
        measures = {
            "reuse": reuse_measure(len(figures.adopters.get(pk, ()))),
            "standards": standards_measure(figures.statuses.get(pk, [])),
            "freshness": freshness_measure(last, today, fresh_days),
            "channels": channels_measure(figures.services.get(pk, [])),
            "stages": stages_measure(figures.initiatives.get(pk, [])),
        }
        score, factors = weighted_score(measures, weights, FACTORS)
        scored.append(BlockAnchoring(ref, score, factors))
    return scored


def _by_score(score: float | None) -> float:
    return -score if score is not None else math.inf


def _mean(values: Iterable[float], digits: int) -> float:
    values = list(values)
    return round(statistics.fmean(values), digits) if values else 0.0


def _mean_factors(items: Sequence[BlockAnchoring]) -> list[FactorScore]:
    """Per factor over an organisation's blocks: the mean value over the blocks that have
    one, the mean share and contribution over the scored blocks."""
    scored = [item for item in items if item.score is not None]
    factors = []
    for index, first in enumerate(items[0].factors):
        column = [item.factors[index] for item in scored]
        known = [f.value for f in column if f.value is not None]
        explanation = _("Mean over the %(n)d of its %(total)d blocks that have a value.")
        factors.append(
            FactorScore(
                first.factor,
                first.label,
                _mean(known, 3) if known else None,
                first.weight,
                _mean((f.share for f in column), 4),
                _mean((f.contribution for f in column), 1),
                explanation % {"n": len(known), "total": len(items)},
            )
        )
    return factors


def _organisations(blocks: Sequence[BlockAnchoring]) -> list[OrganisationAnchoring]:
    owned: dict[OrganisationRef, list[BlockAnchoring]] = defaultdict(list)
    for item in blocks:
        owned[item.block.owner].append(item)
    rows = []
    for organisation, items in owned.items():
        scores = [item.score for item in items if item.score is not None]
        best = min(items, key=lambda i: (_by_score(i.score), i.block.name, i.block.slug))
        rows.append(
            OrganisationAnchoring(
                organisation,
                _mean(scores, 1) if scores else None,
                blocks=len(items),
                scored=len(scores),
                factors=_mean_factors(items),
                best=best.block if best.score is not None else None,
                rank=0,
            )
        )
    rows.sort(
        key=lambda r: (_by_score(r.score), -r.blocks, r.organisation.name, r.organisation.slug)
    )
    ranks = competition_ranks([row.score for row in rows])
    return [_with_rank(row, rank) for row, rank in zip(rows, ranks, strict=True)]


def _with_rank(row: Any, rank: int) -> Any:
    return replace(row, rank=rank)


def anchoring_weights(
    overrides: Mapping[str, float] | Iterable[str] | str | None = None,
) -> dict[str, float]:
    """The anchoring weights: defaults, ``ANKER_ANCHORING_WEIGHTS``, then ``overrides``."""
    return resolve_weights(WEIGHTS_VARIABLE, DEFAULT_WEIGHTS, overrides)


def anchoring(
    user: Any,
    *,
    weights: Mapping[str, float] | Iterable[str] | str | None = None,
    limit: int | None = None,
    today: dt.date | None = None,
) -> Anchoring:
    """The anchoring score of every block ``user`` may see that is not retired, best
    first (then by name and slug; equal scores share a rank), and of every organisation
    owning one; the median scores. ``weights`` override the configured weights."""
    resolved = anchoring_weights(weights)
    blocks = [
        item
        for item in _score_blocks(user, None, resolved, today)
        if item.block.lifecycle != Lifecycle.RETIRED
    ]
    blocks.sort(key=lambda i: (_by_score(i.score), i.block.name, i.block.slug))
    ranks = competition_ranks([item.score for item in blocks])
    blocks = [_with_rank(item, rank) for item, rank in zip(blocks, ranks, strict=True)]
    organisations = _organisations(blocks)
    return Anchoring(
        weights=weight_list(resolved, FACTORS),
        blocks=blocks[:limit],
        block_count=len(blocks),
        median_score=median([i.score for i in blocks if i.score is not None]),
        organisations=organisations[:limit],
        organisation_count=len(organisations),
        median_organisation_score=median([o.score for o in organisations if o.score is not None]),
        limit=limit,
    )


def block_anchoring(
    user: Any,
    block_id: int,
    *,
    weights: Mapping[str, float] | Iterable[str] | str | None = None,
    today: dt.date | None = None,
) -> BlockAnchoring | None:
    """The anchoring score of one block (retired or not), or None when ``user`` may not
    see it."""
    scored = _score_blocks(user, [block_id], anchoring_weights(weights), today)
    return scored[0] if scored else None
