"""The exchange API beyond permissions: creating, the state machine over HTTP, filters,
and the overview of what waits, with its age."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from anker.accounts.services import token_create
from anker.reuse.models import ExchangeRequest
from tests.api.conftest import ApiClient
from tests.factories import BlockFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def api(user) -> ApiClient:
    return ApiClient(token_create(user=user, name="test")[1])


def test_create_answers_201_with_the_location(actors):
    BlockFactory(owner=actors.owner, slug="zaaksysteem")
    response = api(actors.other_editor).post(
        "/exchange-requests",
        {
            "block": "zaaksysteem",
            "requester": actors.other.slug,
            "purpose": "Permits.",
            "terms": "EUPL-1.2",
            "mode": "shared-service",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert response["Location"].endswith(f"/api/v1/exchange-requests/{body['uuid']}")
    assert body["status"] == "requested" and body["owner"]["slug"] == actors.owner.slug
    assert body["requested_by"] == "other_editor" and body["age_days"] == 0
    assert body["actions"] == ["withdraw"] and body["reuse"] is None


def test_a_hidden_block_reads_as_unknown(actors):
    BlockFactory(owner=actors.owner, slug="geheim", openness="restricted")
    response = api(actors.other_editor).post(
        "/exchange-requests", {"block": "geheim", "requester": actors.other.slug, "purpose": "x"}
    )
    assert response.status_code == 422
    assert response.json()["invalidParams"][0] == {
        "name": "block",
        "reason": "There is no building block 'geheim'.",
        "code": "unknown",
    }


def test_a_step_out_of_order_is_422_naming_the_status(actors, exchange_at):
    exchange = exchange_at("ended")
    response = api(actors.coordinator).post(f"/exchange-requests/{exchange.uuid}/activate")
    assert response.status_code == 422
    assert response.json()["invalidParams"][0]["name"] == "status"
    assert response.json()["invalidParams"][0]["code"] == "invalid-transition"


def test_a_reason_is_required_where_the_table_says_so(actors, exchange_at):
    exchange = exchange_at("requested")
    client = api(actors.org_admin)
    assert client.post(f"/exchange-requests/{exchange.uuid}/reject", {}).status_code == 422
    response = client.post(f"/exchange-requests/{exchange.uuid}/reject", {"reason": " "})
    assert response.status_code == 422 and response.json()["invalidParams"][0]["name"] == "reason"
    done = client.post(f"/exchange-requests/{exchange.uuid}/reject", {"reason": "Not now."})
    assert done.json()["status"] == "rejected" and done.json()["decision_note"] == "Not now."


def test_the_whole_workflow_over_http(actors, exchange_at):
    exchange = exchange_at("requested")
    owner, requester = api(actors.org_admin), api(actors.other_editor)
    approved = owner.post(f"/exchange-requests/{exchange.uuid}/approve", {"note": "Welcome"})
    assert approved.json()["status"] == "approved" and approved.json()["reuse"]
    reuse = approved.json()["reuse"]
    assert requester.get(f"/reuses/{reuse}").json()["status"] == "evaluating"
    assert (
        requester.post(f"/exchange-requests/{exchange.uuid}/activate").json()["status"] == "active"
    )
    assert requester.get(f"/reuses/{reuse}").json()["confirmed_at"]
    ended = requester.post(f"/exchange-requests/{exchange.uuid}/end", {"reason": "Replaced."})
    assert ended.json()["status"] == "ended" and ended.json()["actions"] == []
    assert requester.get(f"/reuses/{reuse}").json()["stop_reason"] == "Replaced."


def test_filters_and_the_waiting_overview(actors, exchange_at):
    old = exchange_at("requested")
    ExchangeRequest.objects.filter(pk=old.pk).update(
        requested_at=timezone.now() - dt.timedelta(days=95)
    )
    exchange_at("rejected")
    ours = exchange_at(
        "approved", block=BlockFactory(owner=OrganisationFactory()), requester=actors.owner
    )
    client = api(actors.org_admin)

    def uuids(**params) -> list[str]:
        return [row["uuid"] for row in client.get("/exchange-requests", params).json()["results"]]

    assert len(uuids()) == 3
    assert uuids(status="rejected") != [] and len(uuids(status=["requested", "rejected"])) == 2
    assert uuids(direction="outgoing") == [str(ours.uuid)]
    assert uuids(waiting="true", ordering="requested") == [str(old.uuid), str(ours.uuid)]
    row = client.get("/exchange-requests", {"waiting": "true", "ordering": "requested"}).json()
    assert row["results"][0]["age_days"] == 95
    assert uuids(owner=actors.owner.slug, status="requested") == [str(old.uuid)]
    assert uuids(requester=actors.owner.slug) == [str(ours.uuid)]
    assert uuids(block=old.block.slug) == [str(old.uuid)]


def test_amending_a_pending_request(actors, exchange_at):
    exchange = exchange_at("requested")
    response = api(actors.other_editor).patch(
        f"/exchange-requests/{exchange.uuid}", {"terms": "Free of charge.", "mode": "forked"}
    )
    assert response.status_code == 200
    assert response.json()["terms"] == "Free of charge." and response.json()["mode"] == "forked"
    refused = api(actors.other_editor).patch(f"/exchange-requests/{exchange.uuid}", {"status": "x"})
    assert refused.status_code == 422
