"""The visibility rule is written twice, for one block (can_view_block) and for a
queryset (visible_blocks_q); they must agree for every role and every openness, and for
blocks granted through an exchange request in every status."""

import pytest

from anker.accounts import permissions
from anker.catalogue.models import BuildingBlock
from anker.reuse.models import ExchangeRequest, ExchangeStatus
from tests.conftest import Actors
from tests.factories import BlockFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def assert_both_forms_agree(users, blocks) -> None:
    for user in users:
        visible = set(permissions.visible_blocks(user, BuildingBlock.objects.all()))
        for block in blocks:
            assert permissions.can_view_block(user, block) == (block in visible), (user, block)


def test_both_forms_of_the_rule_agree(actors):
    partner = OrganisationFactory(kind="private", is_public_sector=False)
    partner_member = MembershipFactory(organisation=partner, role="editor").user
    blocks = [
        BlockFactory(owner=owner, openness=openness)
        for owner in (actors.owner, actors.other, partner)
        for openness in ("open", "public-sector", "restricted")
    ]
    assert_both_forms_agree([actors.user(role) for role in Actors.ROLES] + [partner_member], blocks)
    # and the rule is not trivially "all" or "none"
    assert 0 < len(permissions.visible_blocks(None, BuildingBlock.objects.all())) < len(blocks)


def test_both_forms_agree_on_blocks_granted_by_an_exchange(actors):
    """An active exchange shows the block, whatever its openness, to every member of the
    requesting organisation (a private partner included); no other status does, and
    nobody else gains sight of it."""
    partner = OrganisationFactory(kind="private", is_public_sector=False)
    partner_member = MembershipFactory(organisation=partner, role="viewer").user
    users = [actors.user(role) for role in Actors.ROLES] + [partner_member]
    blocks = []
    for openness in ("public-sector", "restricted"):
        for status in ExchangeStatus.values:
            block = BlockFactory(owner=actors.owner, openness=openness)
            for requester in (actors.other, partner):
                # Straight to the status: this test is about reading, not the workflow.
                ExchangeRequest.objects.create(
                    block=block, requester=requester, purpose="x", status=status
                )
            blocks.append(block)
    assert_both_forms_agree(users, blocks)

    granted = {b for b in blocks if b.exchange_requests.filter(status="active").exists()}
    for block in blocks:
        assert permissions.can_view_block(partner_member, block) == (block in granted)
        restricted_for_other = block.openness == "restricted"
        assert permissions.can_view_block(actors.other_editor, block) == (
            block in granted or not restricted_for_other
        )
    assert len(granted) == 2
    outsider = MembershipFactory(organisation=OrganisationFactory(), role="org-admin").user
    assert not any(
        permissions.can_view_block(outsider, b) for b in blocks if b.openness != "public-sector"
    )
    assert_both_forms_agree([outsider], blocks)


def test_the_grant_ends_with_the_exchange(actors):
    block = BlockFactory(owner=actors.owner, openness="restricted")
    exchange = ExchangeRequest.objects.create(
        block=block, requester=actors.other, purpose="x", status="active"
    )
    assert permissions.can_view_block(actors.other_editor, block)
    assert block in permissions.visible_blocks(actors.other_editor, BuildingBlock.objects.all())
    exchange.status = "ended"
    exchange.save()
    assert not permissions.can_view_block(actors.other_editor, block)
    assert block not in permissions.visible_blocks(actors.other_editor, BuildingBlock.objects.all())
