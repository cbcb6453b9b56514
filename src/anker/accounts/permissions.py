"""Every permission rule of anker, in one place.

Roles: anonymous; member of an organisation as viewer, editor or org-admin; platform
coordinator (and admin, who is a coordinator too). Editors change only their own
organisation's entries; coordinators change anything. Services call ``require`` so
that the web UI, the API and the CLI enforce the same rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from anker.accounts.models import MemberRole

if TYPE_CHECKING:
    from anker.catalogue.models import BuildingBlock
    from anker.organisations.models import Organisation
    from anker.reuse.models import Reuse

EDIT_ROLES = (MemberRole.EDITOR, MemberRole.ORG_ADMIN)


def is_signed_in(user: Any) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False))


class _Operator:
    """The person at the server's command line (`anker source add`): trusted like a
    coordinator, since they could change the database directly. Audited as "system"."""

    is_authenticated = False
    is_active = True
    is_coordinator = True

    def __repr__(self) -> str:
        return "OPERATOR"


OPERATOR: Any = _Operator()


def is_coordinator(user: Any) -> bool:
    if user is OPERATOR:
        return True
    return is_signed_in(user) and user.is_active and user.is_coordinator


def _roles(user: Any) -> dict[int, str]:
    """organisation id → role, cached on the user object for the request."""
    if not is_signed_in(user):
        return {}
    cached = getattr(user, "_anker_roles", None)
    if cached is None:
        cached = dict(user.memberships.values_list("organisation_id", "role"))
        user._anker_roles = cached
    return cached


def member_organisation_ids(user: Any) -> set[int]:
    return set(_roles(user))


def editable_organisation_ids(user: Any) -> set[int]:
    return {org for org, role in _roles(user).items() if role in EDIT_ROLES}


def is_public_sector_member(user: Any) -> bool:
    from anker.organisations.models import Organisation

    ids = member_organisation_ids(user)
    if not ids:
        return False
    cached = getattr(user, "_anker_public_sector", None)
    if cached is None:
        cached = Organisation.objects.filter(id__in=ids, is_public_sector=True).exists()
        user._anker_public_sector = cached
    return cached


# --- reading --------------------------------------------------------------------------


def visible_blocks_q(user: Any, prefix: str = "") -> Q:
    """The condition a block must meet to be visible to ``user``.

    open: everyone; public-sector: members of a public-sector organisation; restricted:
    the owner's members. Whatever its openness, a block is also visible to the members of
    an organisation whose exchange request for it is active. Coordinators see everything."""
    from anker.catalogue.models import Openness

    if is_coordinator(user):
        return Q()
    condition = Q(**{f"{prefix}openness": Openness.OPEN})
    if is_public_sector_member(user):
        condition |= Q(**{f"{prefix}openness": Openness.PUBLIC_SECTOR})
    member_of = member_organisation_ids(user)
    if member_of:
        condition |= Q(**{f"{prefix}owner_id__in": member_of})
        condition |= _exchange_granted_q(member_of, prefix)
    return condition


def visibility_key(user: Any) -> str:
    """A short text that is equal for two users exactly when they see the same blocks,
    so that counts over visible blocks can be cached per kind of reader. (Blocks granted
    by an active exchange follow from the organisations too; the cache key's ecosystem
    version changes with every audited exchange step.)"""
    if is_coordinator(user):
        return "all"
    members = ",".join(str(org) for org in sorted(member_organisation_ids(user)))
    return f"open;public={int(is_public_sector_member(user))};own={members}"


def visible_blocks(user: Any, queryset: QuerySet) -> QuerySet:
    return queryset.filter(visible_blocks_q(user))


def can_view_block(user: Any, block: BuildingBlock) -> bool:
    from anker.catalogue.models import Openness

    if block.openness == Openness.OPEN or is_coordinator(user):
        return True
    if block.owner_id in member_organisation_ids(user):
        return True
    if block.openness == Openness.PUBLIC_SECTOR and is_public_sector_member(user):
        return True
    return _exchange_granted(user, block)


# --- writing --------------------------------------------------------------------------


def can_edit_for_organisation(user: Any, organisation_id: int | None) -> bool:
    """Create or change entries that belong to ``organisation_id``."""
    if is_coordinator(user):
        return True
    return organisation_id is not None and organisation_id in editable_organisation_ids(user)


def can_edit_block(user: Any, block: BuildingBlock) -> bool:
    return can_edit_for_organisation(user, block.owner_id)


def can_manage_organisation(user: Any, organisation: Organisation) -> bool:
    """Change an organisation's own record (name, identifiers, members)."""
    if is_coordinator(user):
        return True
    return _roles(user).get(organisation.id) == MemberRole.ORG_ADMIN


def can_create_organisation(user: Any) -> bool:
    return is_coordinator(user)


def can_delete_organisation(user: Any) -> bool:
    return is_coordinator(user)


def can_merge_organisations(user: Any) -> bool:
    return is_coordinator(user)


def can_import(user: Any) -> bool:
    """Imports create and change organisations and blocks of many owners at once (a
    publiccode.yml names its reusers), so they are the coordinator's, like the
    organisation register."""
    return is_coordinator(user)


def can_manage_sources(user: Any) -> bool:
    """Harvest sources make anker fetch addresses on a schedule: coordinators only."""
    return is_coordinator(user)


def can_edit_capabilities(user: Any) -> bool:
    """The capability map is the shared reference architecture: the coordinator keeps it."""
    return is_coordinator(user)


def can_edit_reuse(user: Any, reuse: Reuse) -> bool:
    """Either side of the edge: the reuser declares or confirms, the provider claims."""
    return can_edit_for_organisation(user, reuse.organisation_id) or can_edit_for_organisation(
        user, reuse.block.owner_id
    )


def require(allowed: bool, message: str | None = None) -> None:
    if not allowed:
        raise PermissionDenied(message or _("You may not do this."))


# --- citizen services -------------------------------------------------------------------

if TYPE_CHECKING:
    from anker.citizenservices.models import CitizenService


def _responsible_ids(service: CitizenService) -> set[int]:
    """Uses the prefetched organisations when there are any."""
    if service.pk is None:
        return set()
    return {organisation.id for organisation in service.organisations.all()}


def can_edit_citizen_service(user: Any, service: CitizenService) -> bool:
    """Service owners: editors and org-admins of any responsible organisation change the
    service, its channels and its monthly figures."""
    if is_coordinator(user):
        return True
    return bool(_responsible_ids(service) & editable_organisation_ids(user))


def can_delete_citizen_service(user: Any, service: CitizenService) -> bool:
    """Deleting takes the service away from every responsible organisation, so it needs
    an editor of each of them (or a coordinator)."""
    if is_coordinator(user):
        return True
    responsible = _responsible_ids(service)
    return bool(responsible) and responsible <= editable_organisation_ids(user)


def can_change_responsible_organisations(user: Any, before: set[int], after: set[int]) -> bool:
    """An editor adds or removes only organisations they edit for: making a service
    another organisation's entry is that organisation's decision."""
    if is_coordinator(user):
        return True
    return (set(before) ^ set(after)) <= editable_organisation_ids(user)


def can_edit_service_vocabulary(user: Any) -> bool:
    """Life events and service types are shared vocabulary, like the capability map: the
    coordinator keeps them, so that services of many organisations stay comparable."""
    return is_coordinator(user)


# --- portfolio: initiatives, stage decisions, KPIs (docs/portfolio.md) ---------------------
# Reading is open to everyone: the portfolio is how a government shows what it tries and
# what became of it. Blocks linked to an initiative stay behind the block visibility rule.


def can_create_initiative(user: Any, organisation_id: int | None) -> bool:
    """Add an initiative owned by ``organisation_id`` (or hand one to it)."""
    return can_edit_for_organisation(user, organisation_id)


def can_edit_initiative(user: Any, initiative: Any) -> bool:
    """Change an initiative and its KPIs: the owner's editors and org-admins, coordinators."""
    return can_edit_for_organisation(user, initiative.owner_id)


def can_delete_initiative(user: Any, initiative: Any) -> bool:
    """Deleting throws the decision history away (stopping keeps it): the owner's
    org-admins and coordinators only."""
    if is_coordinator(user):
        return True
    return _roles(user).get(initiative.owner_id) == MemberRole.ORG_ADMIN


def can_decide_stage(user: Any, initiative: Any) -> bool:
    """Record a gate decision: whoever may change the initiative (owner and coordinator)."""
    return can_edit_initiative(user, initiative)


def can_record_measurement(user: Any, initiative: Any) -> bool:
    """Partners often run the pilot and hold the figures, so their editors add KPI
    measurements as well as the owner's editors and coordinators."""
    if can_edit_initiative(user, initiative):
        return True
    editable = editable_organisation_ids(user)
    return bool(editable) and initiative.partners.filter(id__in=editable).exists()


def can_remove_measurement(user: Any, measurement: Any) -> bool:
    """The owner's editors and coordinators; a partner's editor only what they recorded."""
    initiative = measurement.kpi.initiative
    if can_edit_initiative(user, initiative):
        return True
    recorded_it = is_signed_in(user) and measurement.recorded_by_id == user.id
    return recorded_it and can_record_measurement(user, initiative)


# --- exchange requests and notifications (reuse, notifications) ------------------------

if TYPE_CHECKING:
    from anker.notifications.models import Notification
    from anker.reuse.models import ExchangeRequest


def _exchange_granted_q(member_of: set[int], prefix: str = "") -> Q:
    """Blocks for which one of ``member_of`` holds an active exchange: a subquery, so
    that lists pay no extra query for it."""
    from anker.reuse.models import ExchangeRequest, ExchangeStatus

    granted = ExchangeRequest.objects.filter(
        requester_id__in=member_of, status=ExchangeStatus.ACTIVE
    ).values("block_id")
    return Q(**{f"{prefix}id__in": granted})


def _exchange_granted(user: Any, block: BuildingBlock) -> bool:
    """The one-block form of ``_exchange_granted_q``. Not cached on the user: a grant
    starts and ends within a request, unlike a membership."""
    from anker.reuse.models import ExchangeRequest, ExchangeStatus

    member_of = member_organisation_ids(user)
    if not member_of or block.pk is None:
        return False
    return ExchangeRequest.objects.filter(
        block_id=block.pk, requester_id__in=member_of, status=ExchangeStatus.ACTIVE
    ).exists()


def visible_exchanges_q(user: Any, prefix: str = "") -> Q:
    """Exchange requests are seen by both parties' members (any role) and coordinators;
    anonymous readers and outsiders see none (terms can be confidential)."""
    if is_coordinator(user):
        return Q()
    member_of = member_organisation_ids(user)
    if not member_of:
        return Q(pk__in=[])
    return Q(**{f"{prefix}requester_id__in": member_of}) | Q(
        **{f"{prefix}block__owner_id__in": member_of}
    )


def can_view_exchange(user: Any, exchange: ExchangeRequest) -> bool:
    if is_coordinator(user):
        return True
    member_of = member_organisation_ids(user)
    return exchange.requester_id in member_of or exchange.block.owner_id in member_of


def can_request_exchange(user: Any, organisation_id: int | None) -> bool:
    """Ask for access on behalf of an organisation: its editors and org-admins, or a
    coordinator (the regisseur brokering an exchange)."""
    return can_edit_for_organisation(user, organisation_id)


def can_decide_exchange(user: Any, exchange: ExchangeRequest) -> bool:
    """Approve or reject: the owner's org-admins, or a coordinator. An editor keeps the
    block's record but does not commit the organisation to an agreement."""
    if is_coordinator(user):
        return True
    return _roles(user).get(exchange.block.owner_id) == MemberRole.ORG_ADMIN


def can_act_for_requester(user: Any, exchange: ExchangeRequest) -> bool:
    """Change the request, withdraw it, or start using what was approved: the
    requesting organisation's editors and org-admins, or a coordinator."""
    return can_edit_for_organisation(user, exchange.requester_id)


def can_end_exchange(user: Any, exchange: ExchangeRequest) -> bool:
    """End an agreement: either party may (the requester stops using it, or the owner
    withdraws the access it gave), and coordinators."""
    return can_act_for_requester(user, exchange) or can_decide_exchange(user, exchange)


EXCHANGE_STEP_RULES = {
    "approve": can_decide_exchange,
    "reject": can_decide_exchange,
    "withdraw": can_act_for_requester,
    "activate": can_act_for_requester,
    "end": can_end_exchange,
}


def can_take_exchange_step(user: Any, exchange: ExchangeRequest, action: str) -> bool:
    """Whether ``user`` may take the workflow step ``action`` (reuse.models.TRANSITIONS)."""
    rule = EXCHANGE_STEP_RULES.get(action)
    return rule is not None and rule(user, exchange)


def can_read_notification(user: Any, notification: Notification) -> bool:
    """Notifications are personal: only the recipient reads or marks them."""
    return is_signed_in(user) and notification.recipient_id == user.pk


# --- co-creation: ideas, votes, comments, moderation (docs/cocreation.md) -----------------
# Anyone submits, votes, comments and follows. An idea is moderated (hidden, published,
# merged, moved through its statuses) by coordinators and by the editors and org-admins
# of the organisation its target belongs to. An idea about a block follows the block
# visibility rule.

if TYPE_CHECKING:
    from anker.cocreation.models import Idea, IdeaComment


def idea_organisation_ids(idea: Idea) -> set[int]:
    """The organisations whose people moderate ``idea``: the block's owner, the
    initiative's owner, the organisation itself, or a service's responsible ones."""
    if idea.about_block_id:
        return {idea.about_block.owner_id}
    if idea.about_initiative_id:
        return {idea.about_initiative.owner_id}
    if idea.about_organisation_id:
        return {idea.about_organisation_id}
    if idea.about_service_id:
        return _responsible_ids(idea.about_service)
    return set()


def moderated_ideas_q(user: Any) -> Q:
    """Ideas ``user`` moderates, as a condition (nothing for anonymous readers)."""
    if is_coordinator(user):
        return Q()
    editable = editable_organisation_ids(user)
    if not editable:
        return Q(pk__in=[])
    from anker.citizenservices.models import CitizenService

    services = CitizenService.organisations.through.objects.filter(
        organisation_id__in=editable
    ).values("citizenservice_id")
    return (
        Q(about_block__owner_id__in=editable)
        | Q(about_initiative__owner_id__in=editable)
        | Q(about_organisation_id__in=editable)
        | Q(about_service_id__in=services)
    )


def visible_ideas_q(user: Any) -> Q:
    """Published and merged ideas for everyone, hidden ones for their moderators; an
    idea about a block only for readers who see the block."""
    from anker.cocreation.models import Moderation

    if is_coordinator(user):
        return Q()
    shown = ~Q(moderation=Moderation.HIDDEN)
    if is_signed_in(user):
        shown |= moderated_ideas_q(user)
    return shown & (Q(about_block__isnull=True) | visible_blocks_q(user, prefix="about_block__"))


def can_moderate_idea(user: Any, idea: Idea) -> bool:
    """Hide, publish, merge, change the status, hide comments."""
    if is_coordinator(user):
        return True
    return bool(idea_organisation_ids(idea) & editable_organisation_ids(user))


def can_view_idea(user: Any, idea: Idea) -> bool:
    from anker.cocreation.models import Moderation

    if idea.about_block_id and not can_view_block(user, idea.about_block):
        return False
    return idea.moderation != Moderation.HIDDEN or can_moderate_idea(user, idea)


def can_submit_idea(user: Any) -> bool:
    """Anyone, signed in or not: ideas are how citizens take part. Rate limits, the
    honeypot and moderation hold off abuse; the target must be one the user can see."""
    return True


def can_participate_in_idea(user: Any, idea: Idea) -> bool:
    """Vote, comment and follow: anyone who sees the idea, while it is published (a
    hidden idea is paused, a merged one lives on in the idea it was merged into)."""
    from anker.cocreation.models import Moderation

    return idea.moderation == Moderation.PUBLISHED and can_view_idea(user, idea)


def can_hide_idea_comment(user: Any, comment: IdeaComment) -> bool:
    return can_moderate_idea(user, comment.idea)
