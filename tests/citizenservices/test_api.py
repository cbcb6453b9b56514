"""The REST API of citizen services: the permission matrix (every role × every write,
with the exact status, nothing changed when refused, every allowed write audited as
via=api), reading with filters, and the answers to invalid input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from anker.accounts.models import AuditEvent
from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from tests.api.conftest import ApiClient
from tests.conftest import Actors
from tests.factories import (
    BlockFactory,
    ChannelFiguresFactory,
    CitizenServiceFactory,
    LifeEventFactory,
    ServiceChannelFactory,
    ServiceTypeFactory,
)

pytestmark = pytest.mark.django_db
OWNERS = {"editor", "org_admin", "coordinator"}
COORDINATOR = {"coordinator"}


@pytest.fixture
def world(actors: Actors) -> dict[str, Any]:
    service = CitizenServiceFactory(organisations=[actors.owner], slug="parkeren")
    channel = ServiceChannelFactory(service=service, kind="online")
    return {
        "actors": actors,
        "service": service,
        "channel": channel,
        "figures": ChannelFiguresFactory(channel=channel),
        "event": LifeEventFactory(slug="turning-18"),
        "type": ServiceTypeFactory(slug="parking-permit"),
    }


Write = Callable[[ApiClient, dict[str, Any]], Any]
WRITES: dict[str, tuple[Write, int, set[str]]] = {
    "create service": (
        lambda c, w: c.post(
            "/citizen-services",
            {"name": "Nieuwe dienst", "organisations": [w["actors"].owner.slug]},
        ),
        201,
        OWNERS,
    ),
    "update service": (
        lambda c, w: c.patch("/citizen-services/parkeren", {"description": "Nieuw."}),
        200,
        OWNERS,
    ),
    "delete service": (lambda c, w: c.delete("/citizen-services/parkeren"), 204, OWNERS),
    "create channel": (
        lambda c, w: c.post("/service-channels", {"service": "parkeren", "kind": "phone"}),
        201,
        OWNERS,
    ),
    "update channel": (
        lambda c, w: c.patch(f"/service-channels/{w['channel'].uuid}", {"availability": "Altijd"}),
        200,
        OWNERS,
    ),
    "delete channel": (
        lambda c, w: c.delete(f"/service-channels/{w['channel'].uuid}"),
        204,
        OWNERS,
    ),
    "record figures": (
        lambda c, w: c.post(
            "/channel-figures",
            {"channel": str(w["channel"].uuid), "month": "2025-06", "requests": 10},
        ),
        201,
        OWNERS,
    ),
    "update figures": (
        lambda c, w: c.patch(f"/channel-figures/{w['figures'].uuid}", {"satisfaction": 77.5}),
        200,
        OWNERS,
    ),
    "delete figures": (
        lambda c, w: c.delete(f"/channel-figures/{w['figures'].uuid}"),
        204,
        OWNERS,
    ),
    "create life event": (
        lambda c, w: c.post("/life-events", {"name": "Studying", "name_nl": "Studeren"}),
        201,
        COORDINATOR,
    ),
    "update life event": (
        lambda c, w: c.patch("/life-events/turning-18", {"name_fr": "Avoir 18 ans"}),
        200,
        COORDINATOR,
    ),
    "delete life event": (lambda c, w: c.delete("/life-events/turning-18"), 204, COORDINATOR),
    "create service type": (
        lambda c, w: c.post("/service-types", {"name": "Dog licence"}),
        201,
        COORDINATOR,
    ),
    "update service type": (
        lambda c, w: c.patch("/service-types/parking-permit", {"name_nl": "Parkeren"}),
        200,
        COORDINATOR,
    ),
    "delete service type": (
        lambda c, w: c.delete("/service-types/parking-permit"),
        204,
        COORDINATOR,
    ),
}


def fingerprint() -> dict[str, Any]:
    state: dict[str, Any] = {
        model.__name__: sorted(model.objects.values_list("id", "modified"))
        for model in (CitizenService, ServiceChannel, ChannelFigures, LifeEvent, ServiceType)
    }
    state["links"] = sorted(CitizenService.organisations.through.objects.values_list("id"))
    state["audit"] = AuditEvent.objects.count()
    return state


@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", list(WRITES))
def test_permission_matrix(api_as, world, role, write):
    request, allowed_status, allowed = WRITES[write]
    expected = allowed_status if role in allowed else (401 if role == "anonymous" else 403)
    before = fingerprint()

    response = request(api_as(role), world)

    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response["Content-Type"] == "application/problem+json"
        assert fingerprint() == before, "a refused write changed something"
    else:
        assert fingerprint() != before
        assert AuditEvent.objects.filter(via="api").exists(), "the write was not audited"


def test_a_created_service_is_read_back_with_its_relations(api_as, actors):
    block = BlockFactory(owner=actors.owner, slug="parkeerrechten", openness="restricted")
    ServiceTypeFactory(slug="parking-permit")
    response = api_as("editor").post(
        "/citizen-services",
        {
            "name": "Parkeervergunning",
            "organisations": [actors.owner.slug],
            "life_events": ["moving-house"],
            "service_type": "parking-permit",
            "blocks": ["parkeerrechten"],
        },
    )
    assert response.status_code == 201, response.content
    location = response["Location"]
    assert location.endswith("/api/v1/citizen-services/parkeervergunning")
    channel = api_as("editor").post(
        "/service-channels",
        {
            "service": "parkeervergunning",
            "kind": "online",
            "always_available": True,
            "service_level_value": 5,
            "service_level_unit": "working-days",
            "languages": ["nl", "en"],
            "accessibility_status": "B",
            "cost": "95.00",
        },
    )
    assert channel.status_code == 201, channel.content
    body = api_as("editor").get(location).json()
    assert body["is_digital_only"] is True
    assert body["life_events"] == [{"slug": "moving-house", "name": "Moving house"}]
    assert body["service_type"]["slug"] == "parking-permit"
    assert body["blocks"] == [{"slug": "parkeerrechten", "name": block.name}]
    assert body["channels"][0]["cost"] == 95.0 and body["channels"][0]["languages"] == ["en", "nl"]
    # A block the reader may not see is left out, as everywhere.
    assert ApiClient().get(location).json()["blocks"] == []


def test_the_list_filters_as_the_web_page_does(api_as, actors):
    digital = CitizenServiceFactory(name="Alleen online", organisations=[actors.owner])
    ServiceChannelFactory(service=digital, kind="online")
    mixed = CitizenServiceFactory(name="Ook aan de balie", organisations=[actors.other])
    ServiceChannelFactory(service=mixed, kind="counter")
    client = ApiClient()

    def names(**params: str) -> list[str]:
        found = client.get("/citizen-services", params).json()["results"]
        return [service["name"] for service in found]

    assert names(digital_only="true") == ["Alleen online"]
    assert names(digital_only="false") == ["Ook aan de balie"]
    assert names(channel="counter") == ["Ook aan de balie"]
    assert names(organisation=actors.owner.slug) == ["Alleen online"]
    events = client.get("/life-events").json()
    assert events["count"] >= 10 and all("digital_only_count" in e for e in events["results"])


def test_figures_are_listed_by_month(api_as, world):
    client = ApiClient()
    body = client.get("/channel-figures", {"service": "parkeren", "since": "2015-01"}).json()
    assert body["count"] == 1
    assert body["results"][0]["month"] == world["figures"].month.strftime("%Y-%m")
    assert client.get("/channel-figures", {"since": "2024-13"}).status_code == 422


def test_recording_a_month_again_replaces_it(api_as, world):
    url = "/channel-figures"
    body = {"channel": str(world["channel"].uuid), "month": "2025-06", "requests": 10}
    assert api_as("editor").post(url, body).status_code == 201
    again = api_as("editor").post(url, {**body, "requests": 12})
    assert again.status_code == 200 and again.json()["requests"] == 12


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/citizen-services", {"name": "X", "organisations": ["nergens"]}, "organisations"),
        ("/citizen-services", {"name": "X", "organisations": []}, "organisations"),
        ("/service-channels", {"service": "parkeren", "kind": "online"}, "kind"),
        ("/service-channels", {"service": "nergens", "kind": "phone"}, "service"),
        (
            "/service-channels",
            {"service": "parkeren", "kind": "phone", "service_level_value": 3},
            "service_level_unit",
        ),
        (
            "/channel-figures",
            {"channel": "00000000-0000-0000-0000-000000000000", "month": "2025-01", "requests": 1},
            "channel",
        ),  # fmt: skip
    ],
)
def test_invalid_input_answers_422_naming_the_field(api_as, world, path, body, field):
    response = api_as("coordinator").post(path, body)
    assert response.status_code == 422, response.content
    assert field in str(response.json()["invalidParams"])


def test_a_standard_life_event_cannot_be_deleted(api_as, world):
    response = api_as("coordinator").delete("/life-events/birth")
    assert response.status_code == 422
    assert LifeEvent.objects.filter(slug="birth").exists()
