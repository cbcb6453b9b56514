"""Writes to organisations: create, change, delete (refused while they own blocks) and
merge two records of one body without losing a relation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.audit import audit_record, audited_delete, snapshot
from anker.accounts.models import AuditAction, Membership
from anker.core.services import reject_unknown_fields
from anker.organisations.models import PUBLIC_SECTOR_KINDS, Organisation, OrganisationIdentifier

EDITABLE_FIELDS = (
    "name",
    "kind",
    "is_public_sector",
    "parent",
    "country",
    "website",
    "description",
)
Identifiers = Iterable[tuple[str, str]]


def organisation_snapshot(organisation: Organisation) -> dict[str, Any]:
    return snapshot(
        organisation,
        extra={
            "identifiers": [f"{i.scheme}:{i.value}" for i in organisation.identifiers.all()],
        },
    )


def _set_identifiers(organisation: Organisation, identifiers: Identifiers) -> None:
    wanted = {(scheme, value.strip()) for scheme, value in identifiers if value.strip()}
    for scheme, value in wanted:
        taken = OrganisationIdentifier.objects.filter(scheme=scheme, value=value).exclude(
            organisation=organisation
        )
        if taken.exists():
            raise ValidationError(
                {
                    "identifiers": [
                        _("%(scheme)s %(value)s already belongs to %(other)s.")
                        % {
                            "scheme": scheme,
                            "value": value,
                            "other": taken.first().organisation.name,
                        }
                    ]
                }
            )
    for identifier in organisation.identifiers.all():
        if (identifier.scheme, identifier.value) not in wanted:
            identifier.delete()
    for scheme, value in wanted:
        identifier = OrganisationIdentifier(organisation=organisation, scheme=scheme, value=value)
        identifier.full_clean(exclude=["organisation"], validate_unique=False)
        OrganisationIdentifier.objects.get_or_create(
            organisation=organisation, scheme=scheme, value=value
        )


def _check_parent(organisation: Organisation) -> None:
    node, seen = organisation.parent, set()
    while node is not None:
        if node.id == organisation.id or node.id in seen:
            raise ValidationError({"parent": [_("An organisation cannot be its own ancestor.")]})
        seen.add(node.id)
        node = node.parent


@transaction.atomic
def organisation_create(
    *,
    actor: Any,
    slug: str = "",
    identifiers: Identifiers = (),
    via: str = "web",
    **fields: Any,
) -> Organisation:
    from anker.catalogue.services import unique_slug

    permissions.require(
        permissions.can_create_organisation(actor), _("Only coordinators add organisations.")
    )
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    if "is_public_sector" not in fields and "kind" in fields:
        fields["is_public_sector"] = fields["kind"] in PUBLIC_SECTOR_KINDS
    organisation = Organisation(**fields)
    organisation.slug = slug or unique_slug(Organisation, fields.get("name", ""))
    organisation.full_clean()
    organisation.save()
    _set_identifiers(organisation, identifiers)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        instance=organisation,
        before=None,
        after=organisation_snapshot(organisation),
        via=via,
    )
    return organisation


@transaction.atomic
def organisation_update(
    *,
    actor: Any,
    organisation: Organisation,
    identifiers: Identifiers | None = None,
    via: str = "web",
    **fields: Any,
) -> Organisation:
    permissions.require(permissions.can_manage_organisation(actor, organisation))
    reject_unknown_fields(fields, EDITABLE_FIELDS)
    before = organisation_snapshot(organisation)
    for name, value in fields.items():
        setattr(organisation, name, value)
    _check_parent(organisation)
    organisation.full_clean()
    organisation.save()
    if identifiers is not None:
        _set_identifiers(organisation, identifiers)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=organisation,
        before=before,
        after=organisation_snapshot(organisation),
        via=via,
    )
    return organisation


@transaction.atomic
def organisation_delete(*, actor: Any, organisation: Organisation, via: str = "web") -> None:
    permissions.require(
        permissions.can_delete_organisation(actor), _("Only coordinators delete organisations.")
    )
    owned = organisation.blocks.count()
    if owned:
        raise ValidationError(
            {
                "organisation": [
                    _(
                        "%(name)s still owns %(count)d building blocks. Hand them to another "
                        "organisation or merge the two records first."
                    )
                    % {"name": organisation.name, "count": owned}
                ]
            }
        )
    _refuse_while_it_carries_work(organisation)
    audited_delete(
        actor=actor, instance=organisation, before=organisation_snapshot(organisation), via=via
    )


@transaction.atomic
def _refuse_while_it_carries_work(organisation: Organisation) -> None:
    """Initiatives it owns and services only it is responsible for would be lost (or, for
    initiatives, cannot go: their history is protected): refuse, saying which."""
    from anker.citizenservices.models import CitizenService
    from anker.portfolio.models import Initiative

    initiatives = Initiative.objects.filter(owner=organisation).count()
    # Count all responsible organisations first; the later filter joins on its own.
    alone = (
        CitizenService.objects.annotate(responsible=models.Count("organisations"))
        .filter(responsible=1, organisations=organisation)
        .count()
    )
    problems = []
    if initiatives:
        problems.append(
            _("%(name)s owns %(count)d initiatives.")
            % {"name": organisation.name, "count": initiatives}
        )
    if alone:
        problems.append(
            _("%(name)s alone is responsible for %(count)d citizen services.")
            % {"name": organisation.name, "count": alone}
        )
    if problems:
        problems.append(_("Hand them to another organisation or merge the two records first."))
        raise ValidationError({"organisation": [" ".join(problems)]})


def _move_work(source: Organisation, target: Organisation) -> None:
    """What the later apps hang on an organisation follows it in a merge: initiatives it
    owns or joins, services it is responsible for, and its exchange requests (an open
    request that would duplicate one of the target's stays with the merged record)."""
    from anker.citizenservices.services import responsibilities_merge
    from anker.portfolio.models import Initiative
    from anker.reuse.models import OPEN_EXCHANGE_STATUSES, ExchangeRequest

    Initiative.objects.filter(owner=source).update(owner=target)
    for initiative in Initiative.objects.filter(partners=source):
        initiative.partners.remove(source)
        if initiative.owner_id != target.id:
            initiative.partners.add(target)
    responsibilities_merge(source=source, target=target)
    open_at_target = ExchangeRequest.objects.filter(
        requester=target, status__in=OPEN_EXCHANGE_STATUSES
    ).values("block_id")
    requests = ExchangeRequest.objects.filter(requester=source)
    requests.exclude(status__in=OPEN_EXCHANGE_STATUSES).update(requester=target)
    requests.filter(status__in=OPEN_EXCHANGE_STATUSES).exclude(block_id__in=open_at_target).update(
        requester=target
    )


def organisation_merge(
    *,
    actor: Any,
    source: Organisation,
    target: Organisation,
    via: str = "web",
) -> Organisation:
    """Fold ``source`` into ``target``: blocks, reuse, identifiers, members and child
    organisations move to ``target``; where both reused the same block the target's
    edge stays. ``source`` remains as a pointer (``merged_into``) so old links resolve."""
    from anker.reuse.models import Reuse
    from anker.reuse.services import reuse_counts_refresh

    permissions.require(
        permissions.can_merge_organisations(actor), _("Only coordinators merge organisations.")
    )
    if source.id == target.id:
        raise ValidationError({"target": [_("Choose another organisation to merge into.")]})
    if source.merged_into_id or target.merged_into_id:
        raise ValidationError(
            {"target": [_("A record that was merged away cannot take part in a merge.")]}
        )
    before = {"source": organisation_snapshot(source), "target": organisation_snapshot(target)}
    touched_blocks = set(
        Reuse.objects.filter(organisation__in=[source, target]).values_list("block_id", flat=True)
    )
    moved_blocks = list(source.blocks.values_list("id", flat=True))
    source.blocks.update(owner=target)
    Reuse.objects.filter(organisation=source, block__owner=target).delete()
    duplicate_blocks = Reuse.objects.filter(organisation=target).values("block_id")
    Reuse.objects.filter(organisation=source, block_id__in=duplicate_blocks).delete()
    Reuse.objects.filter(organisation=source).update(organisation=target)
    source.identifiers.update(organisation=target)
    existing_members = Membership.objects.filter(organisation=target).values("user_id")
    Membership.objects.filter(organisation=source, user_id__in=existing_members).delete()
    Membership.objects.filter(organisation=source).update(organisation=target)
    source.children.exclude(id=target.id).update(parent=target)
    _move_work(source, target)
    source.merged_into = target
    source.save(update_fields=["merged_into", "modified"])
    after = {"source": organisation_snapshot(source), "target": organisation_snapshot(target)}
    audit_record(
        actor=actor, action=AuditAction.MERGE, instance=target, before=before, after=after, via=via
    )
    audit_record(
        actor=actor, action=AuditAction.MERGE, instance=source, before=before, after=after, via=via
    )
    _refresh_search(moved_blocks)
    reuse_counts_refresh(block_ids=touched_blocks)
    return target


def _refresh_search(block_ids: list[int]) -> None:
    """The owner's name is in each block's search text: renew it for the blocks that moved."""
    from anker.catalogue.models import BuildingBlock
    from anker.catalogue.services import refresh_search_document

    blocks = BuildingBlock.objects.filter(id__in=block_ids).select_related("owner")
    for block in blocks.prefetch_related("tags", "capabilities", "descriptions").iterator(
        chunk_size=500
    ):
        refresh_search_document(block)
