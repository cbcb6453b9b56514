"""Who sees which blocks through the API: the same rules as the web catalogue.

open: everyone; public-sector: members of a public-sector organisation; restricted: the
owner's members. Coordinators see everything. A block the reader may not see answers
404, never 403, so that its existence is not revealed."""

from __future__ import annotations

import pytest

from anker.accounts.models import MemberRole
from anker.catalogue.models import Openness
from anker.organisations.models import OrganisationKind
from tests.api.conftest import client_for
from tests.factories import (
    BlockFactory,
    DependencyFactory,
    MembershipFactory,
    OrganisationFactory,
    ReuseFactory,
)

ALL = {"open-block", "public-sector-block", "restricted-block"}
SEES = {
    "anonymous": {"open-block"},
    "viewer": ALL,
    "editor": ALL,
    "other_editor": {"open-block", "public-sector-block"},
    "org_admin": ALL,
    "coordinator": ALL,
}


@pytest.fixture
def blocks(actors):
    return {
        "open-block": BlockFactory(slug="open-block", owner=actors.owner, openness=Openness.OPEN),
        "public-sector-block": BlockFactory(
            slug="public-sector-block", owner=actors.owner, openness=Openness.PUBLIC_SECTOR
        ),
        "restricted-block": BlockFactory(
            slug="restricted-block", owner=actors.owner, openness=Openness.RESTRICTED
        ),
    }


@pytest.fixture
def partner(actors):
    """A member of a private-sector partner organisation."""
    bank = OrganisationFactory(kind=OrganisationKind.PRIVATE, is_public_sector=False)
    return MembershipFactory(organisation=bank, role=MemberRole.EDITOR).user


def listed_slugs(client, path="/building-blocks", **params):
    response = client.get(path, {"page_size": 100, **params})
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.mark.parametrize("role", list(SEES))
def test_list_shows_what_the_role_may_see(api_as, blocks, role):
    slugs = {item["slug"] for item in listed_slugs(api_as(role))}
    assert slugs == SEES[role]


@pytest.mark.parametrize("role", list(SEES))
@pytest.mark.parametrize("slug", sorted(ALL))
def test_detail_is_404_for_what_the_role_may_not_see(api_as, blocks, role, slug):
    response = api_as(role).get(f"/building-blocks/{slug}")
    expected = 200 if slug in SEES[role] else 404
    assert response.status_code == expected
    if expected == 404:
        assert response["Content-Type"] == "application/problem+json"


def test_partner_does_not_see_public_sector_blocks(blocks, partner):
    client = client_for(partner)
    assert {item["slug"] for item in listed_slugs(client)} == {"open-block"}
    assert client.get("/building-blocks/public-sector-block").status_code == 404
    assert client.get("/building-blocks/restricted-block").status_code == 404


def test_restricted_block_answers_404_to_writes_of_outsiders(api_as, blocks):
    client = api_as("other_editor")
    assert client.patch("/building-blocks/restricted-block", {"name": "x"}).status_code == 404
    assert client.delete("/building-blocks/restricted-block").status_code == 404
    # …while a block they can see but not change is a plain 403.
    assert client.patch("/building-blocks/open-block", {"name": "x"}).status_code == 403


def test_restricted_block_is_unknown_when_named_in_a_body(api_as, actors, blocks):
    """Referring to a hidden block reads exactly like referring to a missing one."""
    client = api_as("other_editor")
    hidden = client.post(
        "/reuses", {"block": "restricted-block", "organisation": actors.other.slug}
    )
    missing = client.post("/reuses", {"block": "no-such-block", "organisation": actors.other.slug})
    assert hidden.status_code == missing.status_code == 422
    assert hidden.json()["invalidParams"][0]["name"] == "block"
    assert hidden.json()["invalidParams"][0]["code"] == missing.json()["invalidParams"][0]["code"]


def test_reuse_and_dependencies_of_hidden_blocks_are_hidden(api_as, actors, blocks):
    reuse = ReuseFactory(block=blocks["restricted-block"], organisation=actors.other)
    visible_reuse = ReuseFactory(block=blocks["open-block"], organisation=actors.other)
    dependency = DependencyFactory(
        dependent=blocks["open-block"], dependency=blocks["restricted-block"]
    )

    anonymous = api_as("anonymous")
    assert [r["uuid"] for r in listed_slugs(anonymous, "/reuses")] == [str(visible_reuse.uuid)]
    assert anonymous.get(f"/reuses/{reuse.uuid}").status_code == 404
    assert listed_slugs(anonymous, "/dependencies") == []
    assert anonymous.get(f"/dependencies/{dependency.uuid}").status_code == 404

    viewer = api_as("viewer")
    assert viewer.get(f"/reuses/{reuse.uuid}").status_code == 200
    assert viewer.get(f"/dependencies/{dependency.uuid}").status_code == 200


def test_facet_counts_leave_hidden_blocks_out(api_as, blocks):
    response = api_as("anonymous").get("/building-blocks", {"facets": "true"})
    openness = {f["value"]: f["count"] for f in response.json()["facets"]["openness"]}
    assert openness == {"open": 1}
