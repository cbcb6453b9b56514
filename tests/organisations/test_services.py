"""Organisation writes: delete refused while blocks are owned, merge without losing relations."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from anker.accounts.models import AuditEvent, Membership
from anker.organisations import selectors, services
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse
from tests.factories import BlockFactory, MembershipFactory, OrganisationFactory, ReuseFactory

pytestmark = pytest.mark.django_db


def test_delete_refused_while_blocks_are_owned(actors):
    BlockFactory(owner=actors.owner)
    with pytest.raises(ValidationError) as refused:
        services.organisation_delete(actor=actors.coordinator, organisation=actors.owner)
    assert "still owns 1 building blocks" in str(refused.value)
    assert Organisation.objects.filter(pk=actors.owner.pk).exists()


def test_delete_of_an_empty_organisation_is_audited(actors):
    empty = OrganisationFactory()
    services.organisation_delete(actor=actors.coordinator, organisation=empty)
    assert not Organisation.objects.filter(pk=empty.pk).exists()
    assert AuditEvent.objects.filter(entity_uuid=empty.uuid, action="delete").exists()


def test_merge_moves_every_relation_and_keeps_a_pointer(actors):
    source, target = actors.other, actors.owner
    provider = OrganisationFactory()
    block_of_source = BlockFactory(owner=source)
    shared, only_source = BlockFactory(owner=provider), BlockFactory(owner=provider)
    ReuseFactory(block=shared, organisation=source)
    ReuseFactory(block=shared, organisation=target, status="piloting")
    ReuseFactory(block=only_source, organisation=source)
    ReuseFactory(block=BlockFactory(owner=target), organisation=source)  # would become self-reuse
    source.identifiers.create(scheme="oin", value="00000001000000000001")
    child = OrganisationFactory(parent=source)
    MembershipFactory(organisation=source, user=actors.editor)  # editor is already in target
    services.organisation_merge(actor=actors.coordinator, source=source, target=target)

    source.refresh_from_db()
    assert source.merged_into == target
    assert set(target.blocks.values_list("pk", flat=True)) >= {block_of_source.pk}
    block_of_source.refresh_from_db()
    assert target.name in block_of_source.search_document
    target_reuse = dict(Reuse.objects.filter(organisation=target).values_list("block_id", "status"))
    assert target_reuse == {shared.pk: "piloting", only_source.pk: "in-use"}
    assert not Reuse.objects.filter(organisation=source).exists()
    assert target.identifiers.filter(value="00000001000000000001").exists()
    assert Organisation.objects.get(pk=child.pk).parent == target
    assert Membership.objects.filter(organisation=target, user=actors.other_editor).exists()
    assert selectors.organisation_by_slug(source.slug) == target
    assert AuditEvent.objects.filter(action="merge").count() == 2


def test_only_coordinators_merge(actors):
    with pytest.raises(PermissionDenied):
        services.organisation_merge(
            actor=actors.org_admin, source=actors.other, target=actors.owner
        )
    assert Organisation.objects.get(pk=actors.other.pk).merged_into is None


def test_identifier_belongs_to_one_organisation(actors):
    actors.other.identifiers.create(scheme="kvk", value="12345678")
    with pytest.raises(ValidationError):
        services.organisation_update(
            actor=actors.coordinator, organisation=actors.owner, identifiers=[("kvk", "12345678")]
        )
    assert not actors.owner.identifiers.exists()


def test_parent_cycle_refused(actors):
    child = OrganisationFactory(parent=actors.owner)
    with pytest.raises(ValidationError):
        services.organisation_update(
            actor=actors.coordinator, organisation=actors.owner, parent=child
        )


def test_delete_refused_while_it_owns_initiatives_or_carries_services_alone(actors):
    from tests.factories import CitizenServiceFactory, InitiativeFactory

    lonely = OrganisationFactory(name="Gemeente Alleen")
    InitiativeFactory(owner=lonely)
    CitizenServiceFactory(organisations=[lonely])
    CitizenServiceFactory(organisations=[lonely, actors.owner])  # shared: not a reason
    with pytest.raises(ValidationError) as refused:
        services.organisation_delete(actor=actors.coordinator, organisation=lonely)
    message = str(refused.value)
    assert "owns 1 initiatives" in message
    assert "alone is responsible for 1 citizen services" in message
    assert Organisation.objects.filter(pk=lonely.pk).exists()


def test_merge_moves_initiatives_services_and_exchange_requests(actors):
    from anker.reuse.models import ExchangeRequest
    from tests.factories import CitizenServiceFactory, ExchangeRequestFactory, InitiativeFactory

    source, target = actors.other, actors.owner
    owned = InitiativeFactory(owner=source)
    joined = InitiativeFactory(owner=OrganisationFactory())
    joined.partners.add(source)
    with_target = InitiativeFactory(owner=target)
    with_target.partners.add(source)
    service = CitizenServiceFactory(organisations=[source])
    wanted, both_want = BlockFactory(), BlockFactory()
    moved = ExchangeRequestFactory(block=wanted, requester=source)
    ExchangeRequestFactory(block=both_want, requester=target)
    duplicate = ExchangeRequestFactory(block=both_want, requester=source)
    services.organisation_merge(actor=actors.coordinator, source=source, target=target)

    owned.refresh_from_db()
    assert owned.owner == target
    assert list(joined.partners.all()) == [target]
    assert list(with_target.partners.all()) == []  # the owner is not its own partner
    assert list(service.organisations.all()) == [target]
    assert ExchangeRequest.objects.get(pk=moved.pk).requester == target
    # Two open requests of one organisation for one block cannot exist: it stays behind.
    assert ExchangeRequest.objects.get(pk=duplicate.pk).requester == source
