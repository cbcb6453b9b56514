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
    the owner's members. Coordinators see everything."""
    from anker.catalogue.models import Openness

    if is_coordinator(user):
        return Q()
    condition = Q(**{f"{prefix}openness": Openness.OPEN})
    if is_public_sector_member(user):
        condition |= Q(**{f"{prefix}openness": Openness.PUBLIC_SECTOR})
    member_of = member_organisation_ids(user)
    if member_of:
        condition |= Q(**{f"{prefix}owner_id__in": member_of})
    return condition


def visibility_key(user: Any) -> str:
    """A short text that is equal for two users exactly when they see the same blocks,
    so that counts over visible blocks can be cached per kind of reader."""
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
    return block.openness == Openness.PUBLIC_SECTOR and is_public_sector_member(user)


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
