"""/api/v1/insights: readable without an account, the same figures as the analytics,
filtered by what the reader may see, errors as problem+json."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from anker.accounts.services import token_create
from anker.catalogue.models import Dependency, Openness
from anker.insights.impact import block_impact
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    MembershipFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db
API = "/api/v1/insights"


@pytest.fixture
def world():
    owner = OrganisationFactory(slug="owner")
    base = BlockFactory(slug="base", owner=owner)
    top = BlockFactory(slug="top")
    secret = BlockFactory(slug="secret", owner=owner, openness=Openness.RESTRICTED)
    Dependency.objects.create(dependent=top, dependency=base)
    Dependency.objects.create(dependent=secret, dependency=base)
    CitizenServiceFactory(slug="service", blocks=[top])
    ReuseFactory(block=base, organisation=OrganisationFactory(slug="reuser"))
    return {"owner": owner, "base": base, "secret": secret}


def test_reuse_insights_for_anyone(world):
    response = Client().get(f"{API}/reuse", {"top": 5, "limit": 10})
    assert response.status_code == 200
    body = response.json()
    assert [item["block"]["slug"] for item in body["most_reused"]] == ["base"]
    assert body["most_reused"][0]["counts"]["active"] == 1
    assert {block["slug"] for block in body["never_reused"]} == {"top"}  # secret is hidden
    assert response["API-Version"]


def test_block_reuse_and_hidden_blocks(world):
    assert Client().get(f"{API}/reuse/blocks/base").json()["counts"]["reusers"] == 1
    response = Client().get(f"{API}/reuse/blocks/secret")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_duplication_with_a_threshold(world):
    body = Client().get(f"{API}/duplication", {"threshold": 0.9}).json()
    assert body["threshold"] == 0.9 and body["blocks_compared"] == 2
    response = Client().get(f"{API}/duplication", {"threshold": 1.5})
    assert response.status_code == 422
    assert response.json()["invalidParams"][0]["name"] == "threshold"


def test_block_impact_has_the_figures_of_the_analytic(world):
    body = Client().get(f"{API}/impact/blocks/base").json()
    expected = block_impact(AnonymousUser(), world["base"].id)
    assert [item["path"] for item in body["blocks"]] == [item.path for item in expected.blocks]
    assert body["blocks"][0]["path"] == ["top", "base"]
    assert body["services"][0]["service"]["slug"] == "service"
    assert body["organisations"][0]["organisation"]["slug"] == "reuser"
    assert body["hidden_blocks"] == 1
    assert Client().get(f"{API}/impact/blocks/secret").status_code == 404


def test_a_member_of_the_owner_sees_its_restricted_blocks(world):
    user = MembershipFactory(organisation=world["owner"]).user
    _token, key = token_create(user=user, name="test")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    body = client.get(f"{API}/impact/blocks/base").json()
    assert {item["block"]["slug"] for item in body["blocks"]} == {"top", "secret"}
    assert body["hidden_blocks"] == 0


def test_organisation_impact(world):
    body = Client().get(f"{API}/impact/organisations/owner").json()
    assert body["subject_type"] == "organisation" and body["subject"]["slug"] == "owner"
    assert [source["slug"] for source in body["sources"]] == ["base"]
    assert Client().get(f"{API}/impact/organisations/nobody").status_code == 404
