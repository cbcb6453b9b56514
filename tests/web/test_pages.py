"""Every page renders for every reader, shows what it must, and hides what it must not."""

from __future__ import annotations

import pytest
from django.test import Client

from anker.catalogue import services
from anker.reuse.models import Reuse
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DependencyFactory,
    DescriptionFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(actors):
    capability = CapabilityFactory(
        name="Notify citizens", name_nl="Burgers informeren", slug="notify"
    )
    child = CapabilityFactory(name="Send text messages", slug="sms", parent=capability)
    block = BlockFactory(name="Notificatieservice", slug="notify-service", owner=actors.owner)
    block.capabilities.add(child)
    DescriptionFactory(block=block, language="en", short_description="Sends notices to citizens.")
    DescriptionFactory(
        block=block, language="nl", short_description="Stuurt berichten aan burgers."
    )
    upstream = BlockFactory(name="Berichtenbox", slug="berichtenbox")
    downstream = BlockFactory(name="Zaakportaal", slug="zaakportaal")
    DependencyFactory(dependent=block, dependency=upstream)
    DependencyFactory(dependent=downstream, dependency=block)
    ReuseFactory(block=block, organisation=actors.other, status="piloting")
    ReuseFactory(
        block=block,
        organisation=OrganisationFactory(name="Gemeente Stopt"),
        status="stopped",
        stop_reason="Moved to the regional platform",
    )
    BlockFactory(
        name="Geheime registratie", slug="secret", owner=actors.owner, openness="restricted"
    )
    BlockFactory(
        name="Overheidsregister", slug="gov-only", owner=actors.other, openness="public-sector"
    )
    services.refresh_search_document(block)
    return block


def test_home_shows_figures_and_the_demo_notice(client: Client, world):
    page = client.get("/").content.decode()
    assert "invented" in page and "Notificatieservice" in page


def test_block_page_shows_every_relation(client: Client, world):
    page = client.get("/blocks/notify-service/").content.decode()
    for text in (
        "Gemeente Eigenaar",
        "Berichtenbox",
        "Zaakportaal",
        "Send text messages",
        "Piloting",
        "Moved to the regional platform",
        "Sends notices to citizens.",
        "Never verified by a person",
        "Provenance",
        "History",
    ):
        assert text in page, text


def test_block_page_in_dutch(client: Client, world):
    page = client.get("/blocks/notify-service/", headers={"accept-language": "nl"}).content.decode()
    assert "Stuurt berichten aan burgers." in page
    assert "Hergebruikt door" in page


def test_visibility_of_restricted_and_public_sector_blocks(client: Client, actors, world):
    assert client.get("/blocks/secret/").status_code == 404
    assert client.get("/blocks/gov-only/").status_code == 404
    client.force_login(actors.other_editor)  # public-sector member, not the owner
    assert client.get("/blocks/secret/").status_code == 404
    assert client.get("/blocks/gov-only/").status_code == 200
    client.force_login(actors.viewer)  # member of the owner
    assert client.get("/blocks/secret/").status_code == 200
    partner = OrganisationFactory(kind="private", is_public_sector=False)
    actors.other_editor.memberships.all().delete()
    actors.other_editor.memberships.create(organisation=partner, role="editor")
    client.force_login(actors.other_editor)
    assert client.get("/blocks/gov-only/").status_code == 404


def test_search_page_with_facets_and_htmx_partial(client: Client, world):
    page = client.get("/blocks/", {"q": "notif"}).content.decode()
    assert "Notificatieservice" in page and 'id="facets"' in page
    partial = client.get(
        "/blocks/", {"kind": "software"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "<html" not in partial and 'id="results"' in partial


def test_unknown_slugs_give_404(client: Client, world):
    for url in ("/blocks/nope/", "/organisations/nope/", "/capabilities/nope/"):
        assert client.get(url).status_code == 404


def test_capability_tree_counts_blocks(client: Client, world):
    page = client.get("/capabilities/").content.decode()
    assert "Notify citizens" in page and "(1)" in page
    assert "Notificatieservice" in client.get("/capabilities/sms/").content.decode()


def test_organisation_page_lists_provided_and_reused(client: Client, actors, world):
    page = client.get(f"/organisations/{actors.other.slug}/").content.decode()
    assert "Notificatieservice" in page  # reused by other
    page = client.get(f"/organisations/{actors.owner.slug}/").content.decode()
    assert "Notificatieservice" in page and "Geheime registratie" not in page


def test_form_errors_name_the_field_and_save_nothing(client: Client, actors, world):
    client.force_login(actors.editor)
    response = client.post(
        "/blocks/notify-service/edit/", {"owner": actors.owner.pk, "name": "", "kind": "software"}
    )
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    world.refresh_from_db()
    assert world.name == "Notificatieservice"


def test_reuse_form_error_for_stopped_without_reason(client: Client, actors, world):
    block = BlockFactory(owner=actors.owner, slug="fresh")
    client.force_login(actors.other_editor)
    response = client.post(
        f"/reuse/declare/{block.slug}/",
        {"organisation": actors.other.pk, "mode": "as-is", "status": "stopped"},
    )
    assert response.status_code == 200 and "Say why the reuse stopped." in response.content.decode()
    assert not Reuse.objects.filter(block=block).exists()


def test_deleting_an_organisation_that_owns_blocks_is_refused_with_a_reason(
    client: Client, actors, world
):
    client.force_login(actors.coordinator)
    response = client.post(f"/organisations/{actors.owner.slug}/delete/")
    assert response.status_code == 422 and "still owns" in response.content.decode()


def test_security_headers(client: Client, world):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_sign_in_page_names_the_demo_accounts_only_when_the_demo_is_loaded(client: Client):
    assert "anker-demo" not in client.get("/account/login/").content.decode()
    from anker.demo.load import load_demo

    load_demo(reset=True)
    page = client.get("/account/login/").content.decode()
    assert "anker-demo" in page and "regisseur" in page
    assert client.login(username="regisseur", password="anker-demo")


@pytest.mark.django_db
def test_the_block_page_shows_the_services_and_initiatives_it_is_at_work_in():
    from tests.factories import CitizenServiceFactory, InitiativeFactory

    block = BlockFactory(slug="at-work")
    CitizenServiceFactory(name="Parkeervergunning aanvragen", blocks=[block])
    initiative = InitiativeFactory(name="Slim parkeren", owner=block.owner, stage="pilot")
    initiative.block_links.create(block=block, role="produces")
    page = Client().get("/blocks/at-work/").content.decode()
    assert "Parkeervergunning aanvragen" in page
    assert "Slim parkeren</a> · produces · pilot" in page
