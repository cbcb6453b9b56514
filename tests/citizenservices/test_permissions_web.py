"""The web permission matrix of citizen services (tests/web/test_permissions.py's
matrix, extended to these writes): every role × every write. An allowed write changes
the database; a refused one changes nothing and answers with the sign-in page
(anonymous), a 403 page or the form with an error, never a 500.

Service owners (editors and org-admins of a responsible organisation) change a service,
its channels and its figures; life events and service types are the coordinator's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from tests.conftest import Actors
from tests.factories import (
    ChannelFiguresFactory,
    CitizenServiceFactory,
    LifeEventFactory,
    ServiceChannelFactory,
    ServiceTypeFactory,
)

OWNERS = {"editor", "org_admin", "coordinator"}
COORDINATOR = {"coordinator"}


@dataclass
class Write:
    name: str
    allowed: set[str]
    request: Callable[[Actors, dict], tuple[str, dict]]
    happened: Callable[[Actors, dict], bool]


def service_form(actors: Actors, **overrides) -> dict:
    data = {"name": "Gewijzigde dienst", "language": "nl", "organisations": [actors.owner.pk]}
    data.update(overrides)
    return data


def channel_url(w: dict, action: str) -> str:
    return f"/services/{w['service'].slug}/channels/{w['channel'].uuid}/{action}/"


WRITES = [
    Write(
        "create service",
        OWNERS,
        lambda a, w: ("/services/new/", service_form(a, name="Nieuwe dienst")),
        lambda a, w: CitizenService.objects.filter(name="Nieuwe dienst").exists(),
    ),
    Write(
        "edit service",
        OWNERS,
        lambda a, w: (f"/services/{w['service'].slug}/edit/", service_form(a)),
        lambda a, w: CitizenService.objects.get(pk=w["service"].pk).name == "Gewijzigde dienst",
    ),
    Write(
        "delete service",
        OWNERS,
        lambda a, w: (f"/services/{w['service'].slug}/delete/", {}),
        lambda a, w: not CitizenService.objects.filter(pk=w["service"].pk).exists(),
    ),
    Write(
        "add channel",
        OWNERS,
        lambda a, w: (
            f"/services/{w['service'].slug}/channels/add/",
            {"kind": "phone", "currency": "EUR", "languages_text": "nl, en"},
        ),
        lambda a, w: w["service"].channels.filter(kind="phone").exists(),
    ),
    Write(
        "edit channel",
        OWNERS,
        lambda a, w: (
            channel_url(w, "edit"),
            {"currency": "EUR", "availability": "Altijd", "always_available": "on"},
        ),
        lambda a, w: ServiceChannel.objects.get(pk=w["channel"].pk).availability == "Altijd",
    ),
    Write(
        "remove channel",
        OWNERS,
        lambda a, w: (channel_url(w, "delete"), {}),
        lambda a, w: not ServiceChannel.objects.filter(pk=w["channel"].pk).exists(),
    ),
    Write(
        "record figures",
        OWNERS,
        lambda a, w: (channel_url(w, "figures"), {"month": "2025-05", "requests": "1234"}),
        lambda a, w: w["channel"].figures.filter(requests=1234).exists(),
    ),
    Write(
        "remove figures",
        OWNERS,
        lambda a, w: (channel_url(w, f"figures/{w['figures'].uuid}/delete"), {}),
        lambda a, w: not ChannelFigures.objects.filter(pk=w["figures"].pk).exists(),
    ),
    Write(
        "create life event",
        COORDINATOR,
        lambda a, w: ("/life-events/new/", {"name": "Turning 18", "position": "15"}),
        lambda a, w: LifeEvent.objects.filter(name="Turning 18").exists(),
    ),
    Write(
        "edit life event",
        COORDINATOR,
        lambda a, w: (
            f"/life-events/{w['event'].slug}/edit/",
            {"name": "Renamed", "position": "5"},
        ),
        lambda a, w: LifeEvent.objects.get(pk=w["event"].pk).name == "Renamed",
    ),
    Write(
        "delete life event",
        COORDINATOR,
        lambda a, w: (f"/life-events/{w['event'].slug}/delete/", {}),
        lambda a, w: not LifeEvent.objects.filter(pk=w["event"].pk).exists(),
    ),
    Write(
        "create service type",
        COORDINATOR,
        lambda a, w: ("/service-types/new/", {"name": "Dog licence"}),
        lambda a, w: ServiceType.objects.filter(name="Dog licence").exists(),
    ),
    Write(
        "edit service type",
        COORDINATOR,
        lambda a, w: (f"/service-types/{w['type'].slug}/edit/", {"name": "Renamed"}),
        lambda a, w: ServiceType.objects.get(pk=w["type"].pk).name == "Renamed",
    ),
    Write(
        "delete service type",
        COORDINATOR,
        lambda a, w: (f"/service-types/{w['type'].slug}/delete/", {}),
        lambda a, w: not ServiceType.objects.filter(pk=w["type"].pk).exists(),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_web_write(actors: Actors, role: str, write: Write) -> None:
    service = CitizenServiceFactory(organisations=[actors.owner], slug="the-service")
    channel = ServiceChannelFactory(service=service, kind="online")
    world = {
        "service": service,
        "channel": channel,
        "figures": ChannelFiguresFactory(channel=channel),
        "event": LifeEventFactory(),
        "type": ServiceTypeFactory(),
    }
    client = Client()
    if actors.user(role):
        client.force_login(actors.user(role))
    url, data = write.request(actors, world)
    response = client.post(url, data)
    assert response.status_code != 500
    if role in write.allowed:
        assert response.status_code == 302, response.content.decode()[:3000]
        assert write.happened(actors, world)
    else:
        assert not write.happened(actors, world)
        if role == "anonymous":
            assert response.status_code == 302 and "/account/login/" in response["Location"]
        else:
            assert response.status_code in (200, 403)


@pytest.mark.django_db
def test_a_standard_life_event_is_not_deleted_even_by_a_coordinator(actors: Actors) -> None:
    client = Client()
    client.force_login(actors.coordinator)
    response = client.post("/life-events/birth/delete/", {})
    assert response.status_code == 422
    assert LifeEvent.objects.filter(slug="birth").exists()


@pytest.mark.django_db
def test_the_edit_form_keeps_organisations_the_editor_does_not_edit_for(actors: Actors) -> None:
    joint = CitizenServiceFactory(organisations=[actors.owner, actors.other], slug="samen")
    client = Client()
    client.force_login(actors.editor)
    form = client.get("/services/samen/edit/").content.decode()
    assert actors.other.name in form  # named as also responsible, not offered as a choice
    response = client.post("/services/samen/edit/", service_form(actors, name="Samen"))
    assert response.status_code == 302
    assert set(joint.organisations.all()) == {actors.owner, actors.other}
