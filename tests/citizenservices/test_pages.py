"""The pages of citizen services render for every reader, show the channel matrix and
mark digital-only services, and the htmx request gets only the results."""

from __future__ import annotations

import pytest
from django.test import Client

from anker.citizenservices.models import LifeEvent
from tests.factories import (
    BlockFactory,
    ChannelFiguresFactory,
    CitizenServiceFactory,
    OrganisationFactory,
    ServiceChannelFactory,
    ServiceTypeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def ecosystem():
    waterveen = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    dijkhoven = OrganisationFactory(name="Gemeente Dijkhoven", slug="dijkhoven")
    parking = ServiceTypeFactory(name="Parking permit", name_nl="Parkeervergunning", slug="parking")
    moving = LifeEvent.objects.get(slug="moving-house")
    online_only = CitizenServiceFactory(
        name="Parkeervergunning Waterveen",
        slug="parkeren-waterveen",
        organisations=[waterveen],
        service_type=parking,
        life_events=[moving],
        blocks=[BlockFactory(name="Parkeerrechten", owner=waterveen)],
    )
    ServiceChannelFactory(service=online_only, kind="online")
    ServiceChannelFactory(service=online_only, kind="app", service_level_value=2)
    mixed = CitizenServiceFactory(
        name="Parkeervergunning Dijkhoven",
        slug="parkeren-dijkhoven",
        organisations=[dijkhoven],
        service_type=parking,
        life_events=[moving],
    )
    online = ServiceChannelFactory(service=mixed, kind="online", service_level_value=10)
    ServiceChannelFactory(service=mixed, kind="counter", service_level_value=10)
    ChannelFiguresFactory(channel=online)
    return {"online_only": online_only, "mixed": mixed}


def test_the_pages_render(client: Client, ecosystem):
    for url in (
        "/services/",
        "/services/?digital_only=yes&life_event=moving-house",
        "/services/parkeren-waterveen/",
        "/services/parkeren-dijkhoven/",
        "/life-events/",
        "/life-events/moving-house/",
        "/service-types/",
        "/service-types/parking/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_life_event_marks_its_digital_only_service(client: Client, ecosystem):
    html = client.get("/life-events/moving-house/").content.decode()
    assert "Parkeervergunning Waterveen" in html and "Parkeervergunning Dijkhoven" in html
    assert html.count('data-digital-only="true"') == 1
    assert "Digital only" in html


def test_the_service_type_page_shows_inconsistent_targets(client: Client, ecosystem):
    html = client.get("/service-types/parking/").content.decode()
    assert "the organisations promise different targets" in html


def test_the_admin_shows_services_read_only(client: Client, ecosystem):
    from tests.factories import UserFactory

    admin = UserFactory(is_staff=True, is_superuser=True, platform_role="admin")
    client.force_login(admin)
    service = ecosystem["online_only"]
    for url in (
        "/admin/citizenservices/citizenservice/",
        f"/admin/citizenservices/citizenservice/{service.pk}/change/",
        "/admin/citizenservices/servicechannel/",
        "/admin/citizenservices/channelfigures/",
        "/admin/citizenservices/lifeevent/",
        "/admin/citizenservices/servicetype/",
    ):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/citizenservices/citizenservice/add/").status_code == 403


def test_the_list_answers_htmx_with_the_results_only(client: Client, ecosystem):
    response = client.get("/services/?digital_only=yes", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results">')
    assert "Parkeervergunning Waterveen" in html and "Parkeervergunning Dijkhoven" not in html
