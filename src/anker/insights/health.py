"""Ecosystem health (PRODUCT.md §4, Insights): where the ecosystem gets stuck.

* **Isolated organisations**: organisations that neither provide (own a block that is not
  retired) nor reuse (a reuse that has not stopped) anything.
* **Single-supplier concentration**: partners outside the public sector whose blocks
  public organisations rely on, directly (they reuse the partner's block) or through
  dependencies (they own or reuse a block that depends, directly or transitively, on it),
  with the number and share of the public organisations.
* **Pending exchange requests**: requests still ``requested`` after more than
  ``pending_days`` days, oldest first, with their age.
* **Ideas without an answer**: published ideas that nobody moderating them has answered
  (still ``new``, no comment by one of their moderators) more than ``idea_days`` days after
  they were submitted.

The limits default to ``ANKER_PENDING_REQUEST_DAYS`` and ``ANKER_UNANSWERED_IDEA_DAYS``.

Visibility: blocks, dependencies and reuse are those of blocks the reader may see
(``permissions.visible_blocks_q``); exchange requests are listed only to the parties and
coordinators (``permissions.visible_exchanges_q``, the exchange pages' rule), the others
learn only how many overdue requests they may not see; ideas follow
``permissions.visible_ideas_q``. Organisations are public."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.accounts.permissions import (
    EDIT_ROLES,
    is_coordinator,
    visible_blocks_q,
    visible_exchanges_q,
    visible_ideas_q,
)
from anker.catalogue.models import Lifecycle
from anker.conf import env
from anker.insights.impact import path_to_source, walk
from anker.insights.inclusion import percent
from anker.insights.refs import BlockRef, OrganisationRef, block_refs

PENDING_DAYS_VARIABLE = "ANKER_PENDING_REQUEST_DAYS"
IDEA_DAYS_VARIABLE = "ANKER_UNANSWERED_IDEA_DAYS"
MAX_DAYS = 3650
RETIRED = str(Lifecycle.RETIRED)


# --- limits ---------------------------------------------------------------------------------


def configured_days(variable: str) -> int:
    """A limit in days from the environment; a value that is not a whole number from 0
    to MAX_DAYS is a configuration error."""
    raw = env.read(variable).strip()
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_DAYS:
        raise ImproperlyConfigured(
            _("%(name)s must be a whole number of days from 0 to %(max)d, not “%(value)s”.")
            % {"name": variable, "max": MAX_DAYS, "value": raw}
        )
    return value


def limits(pending_days: int | None, idea_days: int | None) -> tuple[int, int]:
    """The limits asked for, or the configured ones; refuses values outside 0..MAX_DAYS."""
    errors: dict[str, list[str]] = {}
    for name, value in (("pending_days", pending_days), ("idea_days", idea_days)):
        if value is not None and not (isinstance(value, int) and 0 <= value <= MAX_DAYS):
            errors[name] = [_("Give a whole number of days from 0 to %(max)d.") % {"max": MAX_DAYS}]
    if errors:
        raise ValidationError(errors)
    return (
        configured_days(PENDING_DAYS_VARIABLE) if pending_days is None else pending_days,
        configured_days(IDEA_DAYS_VARIABLE) if idea_days is None else idea_days,
    )


# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IsolatedOrganisation:
    """An organisation that neither provides nor reuses, with what it does have:
    ``services`` it is responsible for, ``retired_blocks`` it owns and ``stopped_reuse``
    (reuse it stopped)."""

    organisation: OrganisationRef
    kind: str
    public_sector: bool
    services: int
    retired_blocks: int
    stopped_reuse: int


@dataclass(frozen=True)
class Dependant:
    """A public organisation that relies on a supplier. ``direct``: it reuses one of the
    supplier's blocks (``block``); otherwise it ``owns`` or reuses ``block``, which depends
    on one of the supplier's blocks. ``path``: block slugs from ``block`` down to the
    supplier's block (the shortest; one slug when direct)."""

    organisation: OrganisationRef
    direct: bool
    owns: bool
    block: BlockRef
    path: list[str]


@dataclass(frozen=True)
class SupplierConcentration:
    """A partner outside the public sector and the public organisations relying on its
    blocks: ``direct`` and ``through_dependencies`` (the others) add up to
    ``organisations``; ``share``: their per cent of all public organisations; ``blocks``:
    the supplier's blocks the dependants' paths end in."""

    supplier: OrganisationRef
    kind: str
    blocks: list[BlockRef]
    direct: int
    through_dependencies: int
    organisations: int
    share: float
    dependants: list[Dependant]


@dataclass(frozen=True)
class PendingRequest:
    """An exchange request still waiting for the owner's decision, ``age_days`` after it
    was made."""

    uuid: str
    block: BlockRef
    requester: OrganisationRef
    requested_at: dt.datetime
    age_days: int


@dataclass(frozen=True)
class IdeaTarget:
    kind: str
    slug: str
    name: str


@dataclass(frozen=True)
class UnansweredIdea:
    """A published idea without an answer, ``age_days`` after it was submitted."""

    uuid: str
    title: str
    about: IdeaTarget
    submitted_at: dt.datetime
    age_days: int
    votes: int
    comments: int


@dataclass
class Health:
    """The ecosystem-health part of the dashboard. Headline figures: ``isolated_count``
    of ``organisations``; ``largest_share`` (the most relied-on supplier's share of the
    ``public_organisations``); ``pending_count`` (overdue requests, the ones the reader may
    not see, ``pending_hidden``, included); ``unanswered_count``."""

    pending_days: int
    idea_days: int
    organisations: int
    isolated: list[IsolatedOrganisation]
    isolated_count: int
    public_organisations: int
    suppliers: list[SupplierConcentration]
    largest_share: float
    pending: list[PendingRequest]
    pending_count: int
    pending_hidden: int
    unanswered: list[UnansweredIdea]
    unanswered_count: int


# --- organisations, blocks and reuse --------------------------------------------------------


@dataclass
class _Graph:
    """Active organisations, the visible blocks, their dependency edges and reuse."""

    organisations: dict[int, tuple[OrganisationRef, str, bool]]
    blocks: dict[int, BlockRef]
    owner: dict[int, int]
    dependents: dict[int, list[int]]
    reuse: list[tuple[int, int, bool]]  # block, organisation, stopped


def _read_graph(user: Any) -> _Graph:
    from anker.catalogue.models import BuildingBlock, Dependency
    from anker.organisations.models import Organisation
    from anker.reuse.models import Reuse, ReuseStatus

    organisations = {
        pk: (OrganisationRef(slug, name), kind, public)
        for pk, slug, name, kind, public in Organisation.objects.filter(
            merged_into__isnull=True
        ).values_list("id", "slug", "name", "kind", "is_public_sector")
    }
    blocks = block_refs(user)
    owner = dict(BuildingBlock.objects.filter(visible_blocks_q(user)).values_list("id", "owner_id"))
    dependents: dict[int, list[int]] = defaultdict(list)
    for dependency, dependent in Dependency.objects.values_list("dependency_id", "dependent_id"):
        if dependency in blocks and dependent in blocks:
            dependents[dependency].append(dependent)
    reuse = [
        (block, organisation, status == ReuseStatus.STOPPED)
        for block, organisation, status in Reuse.objects.filter(
            visible_blocks_q(user, prefix="block__")
        ).values_list("block_id", "organisation_id", "status")
    ]
    return _Graph(organisations, blocks, owner, dependents, reuse)


def isolated_organisations(graph: _Graph) -> list[IsolatedOrganisation]:
    """Active organisations owning no visible block that is not retired and reusing no
    visible block (a stopped reuse does not count), by name."""
    from anker.citizenservices.models import CitizenService

    providers = {
        graph.owner[pk] for pk, block in graph.blocks.items() if block.lifecycle != RETIRED
    }
    reusers = {organisation for _block, organisation, stopped in graph.reuse if not stopped}
    retired: dict[int, int] = defaultdict(int)
    for pk, block in graph.blocks.items():
        if block.lifecycle == RETIRED:
            retired[graph.owner[pk]] += 1
    stopped: dict[int, int] = defaultdict(int)
    for _block, organisation, was_stopped in graph.reuse:
        stopped[organisation] += was_stopped
    services: dict[int, int] = defaultdict(int)
    through = CitizenService.organisations.through
    for organisation in through.objects.values_list("organisation_id", flat=True):
        services[organisation] += 1
    rows = [
        IsolatedOrganisation(ref, kind, public, services[pk], retired[pk], stopped[pk])
        for pk, (ref, kind, public) in graph.organisations.items()
        if pk not in providers and pk not in reusers
    ]
    return sorted(rows, key=lambda r: (r.organisation.name, r.organisation.slug))


def _dependants(graph: _Graph, sources: list[int], public: set[int]) -> list[Dependant]:
    """The public organisations relying on ``sources`` (one supplier's blocks): for each,
    the nearest block that explains it (a direct reuse first, then the shortest path, then
    the lowest id)."""
    parent = walk(sources, lambda frontier: [(b, d) for b in frontier for d in graph.dependents[b]])
    depth = {pk: len(path_to_source(pk, parent)) - 1 for pk in parent}
    best: dict[int, tuple[tuple[int, int, int], bool]] = {}

    def offer(organisation: int, block: int, owns: bool) -> None:
        if organisation not in public:
            return
        key = (depth[block], int(owns), block)
        if organisation not in best or key < best[organisation][0]:
            best[organisation] = (key, owns)

    for block, organisation, stopped in graph.reuse:
        if block in parent and not stopped:
            offer(organisation, block, False)
    for block in parent:
        if depth[block] > 0:
            offer(graph.owner[block], block, True)
    dependants = [
        Dependant(
            organisation=graph.organisations[organisation][0],
            direct=key[0] == 0,
            owns=owns,
            block=graph.blocks[key[2]],
            path=[graph.blocks[step].slug for step in path_to_source(key[2], parent)],
        )
        for organisation, (key, owns) in best.items()
    ]
    dependants.sort(key=lambda d: (not d.direct, len(d.path), d.organisation.name))
    return dependants


def supplier_concentration(graph: _Graph) -> tuple[list[SupplierConcentration], int]:
    """Every active organisation outside the public sector that public organisations rely
    on, the most relied on first; and the number of active public organisations."""
    public = {pk for pk, (_ref, _kind, is_public) in graph.organisations.items() if is_public}
    owned: dict[int, list[int]] = defaultdict(list)
    for block, organisation in graph.owner.items():
        owned[organisation].append(block)
    suppliers = []
    for pk, (ref, kind, is_public) in graph.organisations.items():
        if is_public or not owned.get(pk):
            continue
        dependants = _dependants(graph, sorted(owned[pk]), public)
        if not dependants:
            continue
        direct = sum(1 for d in dependants if d.direct)
        ends = {d.path[-1] for d in dependants}
        suppliers.append(
            SupplierConcentration(
                supplier=ref,
                kind=kind,
                blocks=sorted(
                    (graph.blocks[b] for b in owned[pk] if graph.blocks[b].slug in ends),
                    key=lambda b: (b.name, b.slug),
                ),
                direct=direct,
                through_dependencies=len(dependants) - direct,
                organisations=len(dependants),
                share=percent(len(dependants), len(public)),
                dependants=dependants,
            )
        )
    suppliers.sort(key=lambda s: (-s.organisations, -s.direct, s.supplier.name, s.supplier.slug))
    return suppliers, len(public)


# --- exchange requests and ideas ------------------------------------------------------------


def pending_requests(
    user: Any, *, pending_days: int, now: dt.datetime
) -> tuple[list[PendingRequest], int]:
    """Requests still ``requested`` more than ``pending_days`` days after they were made
    that ``user`` may see (oldest first), and how many more there are that they may not."""
    from anker.reuse.models import ExchangeRequest, ExchangeStatus

    overdue = ExchangeRequest.objects.filter(
        status=ExchangeStatus.REQUESTED, requested_at__lt=now - dt.timedelta(days=pending_days)
    )
    rows = (
        overdue.filter(visible_exchanges_q(user))
        .order_by("requested_at", "id")
        .values_list(
            "uuid", "requested_at", "block__slug", "block__name", "block__kind",
            "block__lifecycle", "block__owner__slug", "block__owner__name",
            "requester__slug", "requester__name",
        )
    )  # fmt: skip
    pending = [
        PendingRequest(
            uuid=str(uuid),
            block=BlockRef(slug, name, kind, lifecycle, OrganisationRef(owner_slug, owner_name)),
            requester=OrganisationRef(requester_slug, requester_name),
            requested_at=requested_at,
            age_days=max((now - requested_at).days, 0),
        )
        for uuid, requested_at, slug, name, kind, lifecycle, owner_slug, owner_name,
        requester_slug, requester_name in rows
    ]  # fmt: skip
    hidden = 0 if is_coordinator(user) else overdue.count() - len(pending)
    return pending, hidden


TARGETS = ("service", "block", "initiative", "organisation")


def _moderators_answered(ideas: dict[int, set[int]]) -> set[int]:
    """Of ``ideas`` (id → the organisations that moderate it), those with a comment (not
    hidden) by one of their moderators: a coordinator, or an editor or org-admin of one of
    those organisations."""
    from anker.accounts.models import Membership, PlatformRole, User
    from anker.cocreation.models import IdeaComment

    comments = list(
        IdeaComment.objects.filter(
            idea_id__in=list(ideas), is_hidden=False, author__isnull=False
        ).values_list("idea_id", "author_id")
    )
    authors = {author for _idea, author in comments}
    coordinators = set(
        User.objects.filter(id__in=authors, is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(platform_role__in=[PlatformRole.COORDINATOR, PlatformRole.ADMIN])
        )
        .values_list("id", flat=True)
    )
    edits: dict[int, set[int]] = defaultdict(set)
    for member, organisation in Membership.objects.filter(
        user_id__in=authors, role__in=EDIT_ROLES, user__is_active=True
    ).values_list("user_id", "organisation_id"):
        edits[member].add(organisation)
    return {
        idea for idea, author in comments if author in coordinators or edits[author] & ideas[idea]
    }


def _idea_rows(user: Any, *, idea_days: int, now: dt.datetime) -> list[dict[str, Any]]:
    """The published, still new ideas ``user`` may see, submitted more than ``idea_days``
    days before ``now``, oldest first, with their target and its owner."""
    from anker.cocreation.models import Idea, IdeaStatus, Moderation

    targets = [f"about_{kind}__{field}" for kind in TARGETS for field in ("id", "slug", "name")]
    return list(
        Idea.objects.filter(visible_ideas_q(user))
        .filter(
            moderation=Moderation.PUBLISHED,
            status=IdeaStatus.NEW,
            created__lt=now - dt.timedelta(days=idea_days),
        )
        .order_by("created", "id")
        .values(
            "id", "uuid", "title", "created", "vote_count", "about_block__owner_id",
            "about_initiative__owner_id", *targets,
        )
    )  # fmt: skip


def _idea_moderators(rows: list[dict[str, Any]]) -> dict[int, set[int]]:
    """Idea id → the organisations whose editors moderate it (``idea_organisation_ids``):
    the block's or initiative's owner, the organisation, or a service's responsible ones."""
    from anker.citizenservices.models import CitizenService

    moderated_by: dict[int, set[int]] = {}
    services: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        owner = row["about_block__owner_id"] or row["about_initiative__owner_id"]
        moderated_by[row["id"]] = {owner or row["about_organisation__id"]} - {None}
        if row["about_service__id"] is not None:
            services[row["about_service__id"]].append(row["id"])
    through = CitizenService.organisations.through
    links = through.objects.filter(citizenservice_id__in=list(services)).values_list(
        "citizenservice_id", "organisation_id"
    )
    for service, organisation in links:
        for idea in services[service]:
            moderated_by[idea].add(organisation)
    return moderated_by


def unanswered_ideas(user: Any, *, idea_days: int, now: dt.datetime) -> list[UnansweredIdea]:
    """Published ideas ``user`` may see, still ``new`` more than ``idea_days`` days after
    they were submitted, on which none of their moderators commented: oldest first."""
    from anker.cocreation.models import IdeaComment

    rows = _idea_rows(user, idea_days=idea_days, now=now)
    moderated_by = _idea_moderators(rows)
    answered = _moderators_answered(moderated_by)
    comments: dict[int, int] = defaultdict(int)
    for idea in IdeaComment.objects.filter(
        idea_id__in=list(moderated_by), is_hidden=False
    ).values_list("idea_id", flat=True):
        comments[idea] += 1
    ideas = []
    for row in rows:
        if row["id"] in answered:
            continue
        kind = next(kind for kind in TARGETS if row[f"about_{kind}__id"] is not None)
        ideas.append(
            UnansweredIdea(
                uuid=str(row["uuid"]),
                title=row["title"],
                about=IdeaTarget(kind, row[f"about_{kind}__slug"], row[f"about_{kind}__name"]),
                submitted_at=row["created"],
                age_days=max((now - row["created"]).days, 0),
                votes=row["vote_count"],
                comments=comments[row["id"]],
            )
        )
    return ideas


def health(
    user: Any,
    *,
    pending_days: int | None = None,
    idea_days: int | None = None,
    now: dt.datetime | None = None,
) -> Health:
    """Isolated organisations, single-supplier concentration, exchange requests pending
    more than ``pending_days`` days and ideas without an answer after more than
    ``idea_days`` days, as ``user`` sees them (module docstring). A limit left out is the
    configured one (``ANKER_PENDING_REQUEST_DAYS``, ``ANKER_UNANSWERED_IDEA_DAYS``)."""
    pending_days, idea_days = limits(pending_days, idea_days)
    now = now or timezone.now()
    graph = _read_graph(user)
    isolated = isolated_organisations(graph)
    suppliers, public = supplier_concentration(graph)
    pending, hidden = pending_requests(user, pending_days=pending_days, now=now)
    unanswered = unanswered_ideas(user, idea_days=idea_days, now=now)
    return Health(
        pending_days=pending_days,
        idea_days=idea_days,
        organisations=len(graph.organisations),
        isolated=isolated,
        isolated_count=len(isolated),
        public_organisations=public,
        suppliers=suppliers,
        largest_share=suppliers[0].share if suppliers else 0.0,
        pending=pending,
        pending_count=len(pending) + hidden,
        pending_hidden=hidden,
        unanswered=unanswered,
        unanswered_count=len(unanswered),
    )
