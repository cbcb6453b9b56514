"""The visibility rule is written twice, for one block (can_view_block) and for a
queryset (visible_blocks_q); they must agree for every role and every openness."""

import pytest

from anker.accounts import permissions
from anker.catalogue.models import BuildingBlock
from tests.conftest import Actors
from tests.factories import BlockFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_both_forms_of_the_rule_agree(actors):
    partner = OrganisationFactory(kind="private", is_public_sector=False)
    partner_member = MembershipFactory(organisation=partner, role="editor").user
    blocks = [
        BlockFactory(owner=owner, openness=openness)
        for owner in (actors.owner, actors.other, partner)
        for openness in ("open", "public-sector", "restricted")
    ]
    for user in [actors.user(role) for role in Actors.ROLES] + [partner_member]:
        visible = set(permissions.visible_blocks(user, BuildingBlock.objects.all()))
        for block in blocks:
            assert permissions.can_view_block(user, block) == (block in visible), (user, block)
    # and the rule is not trivially "all" or "none"
    assert 0 < len(permissions.visible_blocks(None, BuildingBlock.objects.all())) < len(blocks)
