"""Scaling readiness and stalled initiatives (PRODUCT.md §4, Insights): how ready each
portfolio initiative is to scale, as a score from 0 to 100 built from five factors, each a
value from 0 to 1 shown with its weight and contribution (the same arithmetic as the
anchoring score, ``insights.anchoring.weighted_score``); and which initiatives stalled.

Factors of an initiative, over the building blocks it *produced* that the reader may see:

* **adoption**: distinct organisations, other than the initiative's owner and the block's
  owner, that pilot or use one of those blocks today; ``ADOPTION_SATURATION`` of them for
  full marks;
* **evidence**: the evidence level (1 to 5) of its latest stage decision, over 5; no
  decision yet is 0;
* **documentation**: of those blocks, the share documented (a documentation address, a
  specification address or a documentation link) and the share under an open licence
  (``is_open_licence``), averaged; no produced block is 0;
* **capabilities**: of the capabilities the initiative works on, the share its blocks
  realise (a block realising a capability below one counts for it); left out when the
  initiative names no capability;
* **time**: in idea, experiment or pilot, ``1 − days in stage / stalled limit`` (0 from
  the limit on); left out from scaling on, where a long stay is no sign of trouble.

Only initiatives that are not stopped are listed.

**Stalled**: in experiment or pilot for more than the stalled limit (``ANKER_STALLED_DAYS``,
by default the portfolio's ``STALLED_AFTER_DAYS``) *and* no new adopter of its blocks since
the limit's start (today minus the limit): no organisation began to pilot or use one of
them in that time. Adoption then and now count the adopters active on either day; reuse
without a start date counts as begun before the window. The portfolio board's own stalled
filter (pilots only, a year, reuse not considered) is left as it is.

Cost: eight queries (initiatives, produced blocks, documentation links, reuse, decisions,
and the capabilities of initiatives, blocks and the map) and one pass in Python."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from anker.accounts.permissions import visible_blocks_q
from anker.conf import env
from anker.insights.anchoring import REUSE_SATURATION
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
from anker.portfolio.models import STALLED_AFTER_DAYS
from anker.portfolio.stages import Stage

ADOPTION_SATURATION = REUSE_SATURATION
ADOPTING = frozenset({"piloting", "in-use"})
STARTED = ADOPTING | {"stopped"}
STALLING_STAGES = frozenset({str(Stage.EXPERIMENT), str(Stage.PILOT)})
TIMED_STAGES = STALLING_STAGES | {str(Stage.IDEA)}
WEIGHTS_VARIABLE = "ANKER_READINESS_WEIGHTS"
STALLED_VARIABLE = "ANKER_STALLED_DAYS"
FACTORS: dict[str, Promise] = {
    "adoption": gettext_lazy("Adoption"),
    "evidence": gettext_lazy("Evidence at the gates"),
    "documentation": gettext_lazy("Documentation and open licence"),
    "capabilities": gettext_lazy("Capability fit"),
    "time": gettext_lazy("Time in stage"),
}
DEFAULT_WEIGHTS = {
    "adoption": 3.0,
    "evidence": 2.0,
    "documentation": 1.0,
    "capabilities": 1.0,
    "time": 1.0,
}
# Licence families that are open in the sense of the Open Definition (free to use, change
# and share): open-source software licences and open content and data licences, by SPDX
# id or its prefix. Non-commercial and no-derivatives variants are not open.
OPEN_LICENCES = (
    "EUPL-", "MIT", "Apache-", "GPL-", "AGPL-", "LGPL-", "MPL-", "BSD-", "ISC", "0BSD",
    "Unlicense", "EPL-", "CC0-", "CC-BY-", "ODbL-", "ODC-By-", "PDDL-", "OGL-",
    "etalab-", "DL-DE-BY-", "DL-DE-ZERO-", "NLOD-", "IODL-",
)  # fmt: skip
NOT_OPEN = ("-NC", "-ND")


def is_open_licence(licence: str) -> bool:
    """Whether an SPDX expression is open: every part of an AND, any part of an OR, from
    an open family (``OPEN_LICENCES``) and not non-commercial or no-derivatives."""
    text = licence.replace("(", " ").replace(")", " ").strip()
    if not text:
        return False
    return any(
        all(_open_id(part.strip()) for part in option.split(" AND "))
        for option in text.split(" OR ")
    )


def _open_id(identifier: str) -> bool:
    upper = identifier.upper()
    return any(upper.startswith(f.upper()) for f in OPEN_LICENCES) and not any(
        marker in upper for marker in NOT_OPEN
    )


# --- configuration ----------------------------------------------------------------------


def readiness_weights(
    overrides: Mapping[str, float] | Iterable[str] | str | None = None,
) -> dict[str, float]:
    """The readiness weights: defaults, ``ANKER_READINESS_WEIGHTS``, then ``overrides``."""
    return resolve_weights(WEIGHTS_VARIABLE, DEFAULT_WEIGHTS, overrides)


def stalled_limit(override: int | None = None) -> int:
    """Days in experiment or pilot after which an initiative without new adopters is
    stalled: ``override``, else ``ANKER_STALLED_DAYS`` (default ``STALLED_AFTER_DAYS``)."""
    if override is not None:
        if override < 1:
            message = _("The stalled limit must be at least 1 day.")
            raise ValidationError({"stalled_days": [ValidationError(message, code="too-small")]})
        return override
    text = env.read(STALLED_VARIABLE).strip() or str(STALLED_AFTER_DAYS)
    if not text.isdigit() or int(text) < 1:
        raise ImproperlyConfigured(
            f"{STALLED_VARIABLE} must be a whole number of days, at least 1, not {text!r}"
        )
    return int(text)


# --- the factors ------------------------------------------------------------------------


def adoption_measure(adopters: int) -> Measure:
    explanation = ngettext(
        "%(n)d other organisation pilots or uses what it produced, of %(needed)d needed for "
        "full marks.",
        "%(n)d other organisations pilot or use what it produced, of %(needed)d needed for "
        "full marks.",
        adopters,
    ) % {"n": adopters, "needed": ADOPTION_SATURATION}
    return Measure(min(adopters, ADOPTION_SATURATION) / ADOPTION_SATURATION, explanation)


def evidence_measure(latest: tuple[str, int, dt.date] | None) -> Measure:
    """``latest``: (decision, evidence level, date) of the latest decision."""
    from anker.portfolio.stages import DecisionKind

    if latest is None:
        return Measure(0.0, _("No stage decision recorded yet, so no evidence level."))
    decision, level, date = latest
    explanation = _(
        "Its latest stage decision (%(decision)s, %(date)s) records evidence level %(level)d of 5."
    ) % {"decision": DecisionKind(decision).label, "date": date.isoformat(), "level": level}
    return Measure(level / 5, explanation)


def documentation_measure(blocks: Sequence[tuple[bool, bool]]) -> Measure:
    """``blocks``: (documented, open licence) of each block it produced."""
    if not blocks:
        return Measure(0.0, _("It records no building block it produced."))
    documented = sum(1 for d, _o in blocks if d)
    licensed = sum(1 for _d, o in blocks if o)
    explanation = ngettext(
        "Of the %(n)d block it produced, %(documented)d is documented and %(open)d has an "
        "open licence.",
        "Of the %(n)d blocks it produced, %(documented)d are documented and %(open)d have an "
        "open licence.",
        len(blocks),
    ) % {"n": len(blocks), "documented": documented, "open": licensed}
    return Measure((documented + licensed) / (2 * len(blocks)), explanation)


def capabilities_measure(wanted: set[int], realised: set[int]) -> Measure:
    if not wanted:
        return Measure(None, _("It names no capability: left out."))
    met = len(wanted & realised)
    explanation = ngettext(
        "Its blocks realise %(met)d of the %(n)d capability it works on.",
        "Its blocks realise %(met)d of the %(n)d capabilities it works on.",
        len(wanted),
    ) % {"met": met, "n": len(wanted)}
    return Measure(met / len(wanted), explanation)


def time_measure(stage: str, days: int, limit: int) -> Measure:
    values = {"days": days, "stage": Stage(stage).label, "limit": limit}
    if stage not in TIMED_STAGES:
        return Measure(None, _("At %(stage)s, time in stage is left out.") % values)
    explanation = _("%(days)d days at %(stage)s; no marks from %(limit)d days on.")
    return Measure(max(0.0, 1 - days / limit), explanation % values)


# --- the analytic -----------------------------------------------------------------------


@dataclass(frozen=True)
class InitiativeRef:
    """An initiative behind a figure, with its stage and how long it has been there."""

    slug: str
    name: str
    stage: str
    stage_since: dt.date
    days_in_stage: int
    owner: OrganisationRef


@dataclass(frozen=True)
class AdoptionChange:
    """Adopters of its produced blocks (active that day, owners excluded) on ``since``
    (today minus the stalled limit) and today, and ``new``: those that began in between."""

    since: dt.date
    then: int
    now: int
    new: int


@dataclass(frozen=True)
class InitiativeReadiness:
    """An initiative's readiness to scale (None when no factor with a value weighs
    anything), its factors, the blocks it produced, its adoption change and whether it
    is stalled; ``rank`` in the list (None on its own)."""

    initiative: InitiativeRef
    score: float | None
    factors: list[FactorScore]
    produced: list[BlockRef]
    adoption: AdoptionChange
    stalled: bool
    rank: int | None = None


@dataclass
class Scaling:
    """The scaling part of the dashboard. Headlines: ``stalled_count`` and
    ``median_score``. ``initiatives`` best first; ``stalled`` longest in stage first;
    both cut at ``limit``."""

    weights: list[Weight]
    stalled_days: int
    initiatives: list[InitiativeReadiness]
    initiative_count: int
    median_score: float | None
    stalled: list[InitiativeReadiness]
    stalled_count: int
    stopped: int = 0
    limit: int | None = field(default=None)


@dataclass
class _Figures:
    produced: dict[int, list[tuple[int, BlockRef, bool, bool]]]  # block id, ref, docs, open
    edges: dict[int, list[tuple[int, str, dt.date | None, dt.date | None]]]  # per block
    owners: dict[int, int]  # block id → owner id
    latest: dict[int, tuple[str, int, dt.date]]
    wanted: dict[int, set[int]]
    realised: dict[int, set[int]]  # block id → its capabilities and their ancestors


def _initiatives(ids: Sequence[int] | None, today: dt.date) -> list[tuple[int, int, InitiativeRef]]:
    from anker.portfolio.models import Initiative

    initiatives = Initiative.objects.all() if ids is None else Initiative.objects.filter(id__in=ids)
    rows = initiatives.values_list(
        "id", "slug", "name", "stage", "stage_since", "owner_id", "owner__slug", "owner__name"
    )
    return [
        (
            pk,
            owner,
            InitiativeRef(
                slug,
                name,
                stage,
                since,
                (today - since).days,
                OrganisationRef(owner_slug, owner_name),
            ),
        )
        for pk, slug, name, stage, since, owner, owner_slug, owner_name in rows
    ]


def _produced(user: Any, ids: Sequence[int], figures: _Figures) -> None:
    from anker.catalogue.models import BlockLink, LinkKind
    from anker.portfolio.models import BlockRole, InitiativeBlock

    links = InitiativeBlock.objects.filter(
        visible_blocks_q(user, prefix="block__"), role=BlockRole.PRODUCES, initiative_id__in=ids
    ).order_by("block__name", "block__slug")
    rows = list(
        links.values_list(
            "initiative_id", "block_id", "block__owner_id", "block__docs_url", "block__spec_url",
            "block__licence", "block__slug", "block__name", "block__kind", "block__lifecycle",
            "block__owner__slug", "block__owner__name",
        )
    )  # fmt: skip
    documented = set(
        BlockLink.objects.filter(
            kind=LinkKind.DOCUMENTATION, block_id__in={row[1] for row in rows}
        ).values_list("block_id", flat=True)
    )
    for initiative, block, owner, docs, spec, licence, *names in rows:
        ref = BlockRef(*names[:4], owner=OrganisationRef(*names[4:]))
        has_docs = bool(docs or spec) or block in documented
        figures.produced[initiative].append((block, ref, has_docs, is_open_licence(licence)))
        figures.owners[block] = owner


def _reuse_and_decisions(ids: Sequence[int], figures: _Figures) -> None:
    from anker.portfolio.models import StageDecision
    from anker.reuse.models import Reuse

    blocks = list(figures.owners)
    for block, organisation, status, since, until in Reuse.objects.filter(
        block_id__in=blocks, status__in=STARTED
    ).values_list("block_id", "organisation_id", "status", "since", "until"):
        figures.edges[block].append((organisation, status, since, until))
    decisions = StageDecision.objects.filter(initiative_id__in=ids).order_by("decided_on", "id")
    for initiative, decision, level, date in decisions.values_list(
        "initiative_id", "decision", "evidence_level", "decided_on"
    ):
        figures.latest[initiative] = (decision, level, date)


def _capabilities(ids: Sequence[int], figures: _Figures) -> None:
    from anker.architecture.models import Capability
    from anker.catalogue.models import BuildingBlock
    from anker.portfolio.models import Initiative

    parents = dict(Capability.objects.values_list("id", "parent_id"))
    through = Initiative.capabilities.through.objects.filter(initiative_id__in=ids)
    for initiative, capability in through.values_list("initiative_id", "capability_id"):
        figures.wanted[initiative].add(capability)
    realises = BuildingBlock.capabilities.through.objects.filter(
        buildingblock_id__in=figures.owners
    )
    for block, capability in realises.values_list("buildingblock_id", "capability_id"):
        node: int | None = capability
        while node is not None and node not in figures.realised[block]:
            figures.realised[block].add(node)
            node = parents.get(node)


def _figures(user: Any, ids: Sequence[int]) -> _Figures:
    figures = _Figures(
        defaultdict(list), defaultdict(list), {}, {}, defaultdict(set), defaultdict(set)
    )
    _produced(user, ids, figures)
    _reuse_and_decisions(ids, figures)
    _capabilities(ids, figures)
    return figures


def adopters_on(
    edges: Iterable[tuple[int, str, dt.date | None, dt.date | None]], day: dt.date
) -> set[int]:
    """Organisations piloting or using a block on ``day``: begun by then (undated: always)
    and not stopped by then (a stopped reuse without an end date is never counted)."""
    found = set()
    for organisation, status, since, until in edges:
        if since is not None and since > day:
            continue
        if status in ADOPTING or (status == "stopped" and until is not None and until > day):
            found.add(organisation)
    return found


def _adoption(
    initiative_owner: int, blocks: Sequence[int], figures: _Figures, today: dt.date, limit: int
) -> tuple[AdoptionChange, int]:
    since = today - dt.timedelta(days=limit)
    then: set[int] = set()
    now: set[int] = set()
    begun: set[int] = set()
    for block in blocks:
        edges = [
            edge
            for edge in figures.edges.get(block, ())
            if edge[0] not in (initiative_owner, figures.owners[block])
        ]
        then |= adopters_on(edges, since)
        now |= adopters_on(edges, today)
        begun |= {e[0] for e in edges if e[2] is not None and since < e[2] <= today}
    new = begun - then
    return AdoptionChange(since, len(then), len(now), len(new)), len(now)


def _readiness(
    pk: int,
    owner: int,
    ref: InitiativeRef,
    figures: _Figures,
    weights: Mapping[str, float],
    today: dt.date,
    limit: int,
) -> InitiativeReadiness:
    produced = figures.produced.get(pk, [])
    blocks = [block for block, _r, _d, _o in produced]
    adoption, adopters = _adoption(owner, blocks, figures, today, limit)
    realised = set().union(*(figures.realised.get(block, set()) for block in blocks))
    measures = {
        "adoption": adoption_measure(adopters),
        "evidence": evidence_measure(figures.latest.get(pk)),
        "documentation": documentation_measure([(d, o) for _b, _r, d, o in produced]),
        "capabilities": capabilities_measure(figures.wanted.get(pk, set()), realised),
        "time": time_measure(ref.stage, ref.days_in_stage, limit),
    }
    score, factors = weighted_score(measures, weights, FACTORS)
    stalled = ref.stage in STALLING_STAGES and ref.days_in_stage > limit and not adoption.new
    produced_refs = [block_ref for _b, block_ref, _d, _o in produced]
    return InitiativeReadiness(ref, score, factors, produced_refs, adoption, stalled)


def _assess(
    user: Any,
    ids: Sequence[int] | None,
    weights: Any,
    stalled_days: int | None,
    today: dt.date | None,
) -> tuple[list[InitiativeReadiness], dict[str, float], int]:
    resolved = readiness_weights(weights)
    limit = stalled_limit(stalled_days)
    today = today or timezone.localdate()
    rows = _initiatives(ids, today)
    figures = _figures(user, [pk for pk, _o, _r in rows])
    assessed = [
        _readiness(pk, owner, ref, figures, resolved, today, limit) for pk, owner, ref in rows
    ]
    return assessed, resolved, limit


def scaling(
    user: Any,
    *,
    weights: Mapping[str, float] | Iterable[str] | str | None = None,
    stalled_days: int | None = None,
    limit: int | None = None,
    today: dt.date | None = None,
) -> Scaling:
    """The readiness to scale of every initiative that is not stopped, best first (then
    by name and slug; equal scores share a rank), and the stalled ones, longest in stage
    first. ``weights`` and ``stalled_days`` override the configured ones."""
    assessed, resolved, days = _assess(user, None, weights, stalled_days, today)
    active = [item for item in assessed if item.initiative.stage != Stage.STOPPED]
    active.sort(
        key=lambda i: (-(i.score or 0.0), i.score is None, i.initiative.name, i.initiative.slug)
    )
    ranks = competition_ranks([item.score for item in active])
    active = [replace(item, rank=rank) for item, rank in zip(active, ranks, strict=True)]
    stalled = sorted(
        (item for item in active if item.stalled),
        key=lambda i: (-i.initiative.days_in_stage, i.initiative.name, i.initiative.slug),
    )
    return Scaling(
        weights=weight_list(resolved, FACTORS),
        stalled_days=days,
        initiatives=active[:limit],
        initiative_count=len(active),
        median_score=median([item.score for item in active if item.score is not None]),
        stalled=stalled[:limit],
        stalled_count=len(stalled),
        stopped=len(assessed) - len(active),
        limit=limit,
    )


def initiative_readiness(
    user: Any,
    initiative_id: int,
    *,
    weights: Mapping[str, float] | Iterable[str] | str | None = None,
    stalled_days: int | None = None,
    today: dt.date | None = None,
) -> InitiativeReadiness | None:
    """The readiness of one initiative (stopped or not), or None when there is none."""
    assessed, _w, _d = _assess(user, [initiative_id], weights, stalled_days, today)
    return assessed[0] if assessed else None
