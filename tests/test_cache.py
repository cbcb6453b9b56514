"""Cached counts are exact: any write gives the ecosystem a new version."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from anker.architecture.selectors import capability_tree
from anker.catalogue import services as catalogue_services
from anker.catalogue.selectors import block_search
from anker.core.selectors import home_overview
from anker.organisations import services as organisation_services
from anker.reuse import services as reuse_services
from tests.factories import BlockFactory, CapabilityFactory

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


def kind_counts() -> dict[str, int]:
    return {f.value: f.count for f in block_search(user=ANONYMOUS).facets["kind"]}


def test_facets_follow_every_write(actors):
    block = BlockFactory(owner=actors.owner, kind="api")
    assert kind_counts() == {"api": 1}
    catalogue_services.block_update(actor=actors.editor, block=block, kind="dataset")
    assert kind_counts() == {"dataset": 1}
    catalogue_services.block_create(actor=actors.editor, owner=actors.owner, name="B", kind="api")
    assert kind_counts() == {"dataset": 1, "api": 1}
    catalogue_services.block_delete(actor=actors.editor, block=block)
    assert kind_counts() == {"api": 1}


def test_country_facet_follows_an_organisation_change(actors):
    BlockFactory(owner=actors.owner)
    assert [f.value for f in block_search(user=ANONYMOUS).facets["country"]] == ["NL"]
    organisation_services.organisation_update(
        actor=actors.coordinator, organisation=actors.owner, country="BE"
    )
    assert [f.value for f in block_search(user=ANONYMOUS).facets["country"]] == ["BE"]


def test_home_figures_follow_reuse(actors):
    block = BlockFactory(owner=actors.owner)
    assert home_overview(user=ANONYMOUS)["counts"]["reuses"] == 0
    reuse = reuse_services.reuse_declare(
        actor=actors.other_editor, block=block, organisation=actors.other
    )
    assert home_overview(user=ANONYMOUS)["counts"]["reuses"] == 1
    reuse_services.reuse_update(
        actor=actors.other_editor, reuse=reuse, status="stopped", stop_reason="Replaced"
    )
    assert home_overview(user=ANONYMOUS)["counts"]["reuses"] == 0


def test_capability_counts_follow_block_edits(actors):
    capability = CapabilityFactory()
    block = BlockFactory(owner=actors.owner)
    assert capability_tree(user=ANONYMOUS)[0].block_count == 0
    catalogue_services.block_update(actor=actors.editor, block=block, capabilities=[capability])
    assert capability_tree(user=ANONYMOUS)[0].block_count == 1


def test_readers_with_other_rights_get_their_own_counts(actors):
    BlockFactory(owner=actors.owner, openness="restricted")
    assert block_search(user=ANONYMOUS).facets["kind"] == []
    assert [f.count for f in block_search(user=actors.viewer).facets["kind"]] == [1]
    assert block_search(user=actors.other_editor).facets["kind"] == []
