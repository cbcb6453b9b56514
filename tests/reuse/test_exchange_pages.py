"""The exchange pages: asking for access, the request with the steps the reader may
take, the list, and "requests waiting for us" with their age."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from anker.reuse.models import ExchangeRequest
from tests.factories import BlockFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_ask_for_access_from_the_block(actors):
    block = BlockFactory(owner=actors.owner, slug="zaaksysteem", name="Zaaksysteem")
    client = signed_in(actors.other_editor)
    form = client.get("/reuse/exchange/request/zaaksysteem/")
    assert form.status_code == 200 and "Request access to Zaaksysteem" in form.content.decode()
    response = client.post(
        "/reuse/exchange/request/zaaksysteem/",
        {"requester": actors.other.pk, "purpose": "Permits.", "terms": "", "mode": "adapted"},
    )
    exchange = ExchangeRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == exchange.get_absolute_url()
    assert (exchange.block, exchange.requester, exchange.mode) == (block, actors.other, "adapted")


def test_a_missing_purpose_shows_the_form_again(actors):
    BlockFactory(owner=actors.owner, slug="zaaksysteem")
    response = signed_in(actors.other_editor).post(
        "/reuse/exchange/request/zaaksysteem/", {"requester": actors.other.pk, "mode": "as-is"}
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert not ExchangeRequest.objects.exists()


def test_a_hidden_block_is_not_found(actors):
    BlockFactory(owner=actors.owner, slug="geheim", openness="restricted")
    response = signed_in(actors.other_editor).get("/reuse/exchange/request/geheim/")
    assert response.status_code == 404


def test_the_detail_page_offers_the_readers_steps(actors, exchange_at):
    exchange = exchange_at("requested")
    url = exchange.get_absolute_url()
    admin = signed_in(actors.org_admin).get(url).content.decode()
    assert "Approve the request" in admin and "Reject the request" in admin
    assert "Withdraw the request" not in admin
    requester = signed_in(actors.other_editor).get(url).content.decode()
    assert "Withdraw the request" in requester and "Approve the request" not in requester
    assert "Change the request" in requester
    viewer = signed_in(actors.viewer).get(url).content.decode()
    assert "What you can do" not in viewer and "For the permit service." in viewer


def test_rejecting_without_a_reason_shows_the_error_on_the_page(actors, exchange_at):
    exchange = exchange_at("requested")
    response = signed_in(actors.org_admin).post(
        f"/reuse/exchange/{exchange.uuid}/reject/", {"reject-text": ""}
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert ExchangeRequest.objects.get(pk=exchange.pk).status == "requested"


def test_a_step_out_of_order_is_explained_not_crashed(actors, exchange_at):
    exchange = exchange_at("rejected")
    response = signed_in(actors.coordinator).post(f"/reuse/exchange/{exchange.uuid}/approve/")
    assert response.status_code == 200
    assert "Only a pending request can be approved." in response.content.decode()


def test_an_unknown_step_is_not_found(actors, exchange_at):
    exchange = exchange_at("requested")
    response = signed_in(actors.coordinator).post(f"/reuse/exchange/{exchange.uuid}/explode/")
    assert response.status_code == 404


def test_approve_on_the_page_and_the_reuse_appears_on_the_block(actors, exchange_at):
    exchange = exchange_at("requested")
    client = signed_in(actors.org_admin)
    response = client.post(f"/reuse/exchange/{exchange.uuid}/approve/", {"approve-text": ""})
    assert response.status_code == 302
    block_page = client.get(exchange.block.get_absolute_url()).content.decode()
    assert "Reused by 1 organisation" in block_page and "Gemeente Ander" in block_page


def test_waiting_for_us_lists_the_oldest_first_with_their_age(actors, exchange_at):
    old = exchange_at("requested")
    ExchangeRequest.objects.filter(pk=old.pk).update(
        requested_at=timezone.now() - dt.timedelta(days=130)
    )
    new = exchange_at("requested")
    exchange_at("approved", block=BlockFactory(owner=OrganisationFactory()), requester=actors.owner)
    html = signed_in(actors.org_admin).get("/reuse/exchange/waiting/").content.decode()
    assert "2 requests to decide on" in html and "1 approved request to start using" in html
    assert html.index(str(old.uuid)) < html.index(str(new.uuid))
    assert "4\xa0months" in html
    other = signed_in(actors.other_editor).get("/reuse/exchange/waiting/").content.decode()
    assert "0 requests to decide on" in other


def test_the_list_filters_by_status_and_direction(actors, exchange_at):
    exchange_at("requested")
    exchange_at("rejected")
    exchange_at("active", block=BlockFactory(owner=OrganisationFactory()), requester=actors.owner)
    client = signed_in(actors.editor)
    assert "3 requests" in client.get("/reuse/exchange/").content.decode()
    assert "1 request<" in client.get("/reuse/exchange/?status=rejected").content.decode()
    assert "2 requests" in client.get("/reuse/exchange/?direction=incoming").content.decode()
    assert "1 request<" in client.get("/reuse/exchange/?direction=outgoing").content.decode()


def test_the_requester_sees_the_block_once_the_exchange_is_active(actors, exchange_at):
    block = BlockFactory(owner=actors.owner, openness="restricted", slug="geheim")
    exchange = exchange_at("approved", block=block)
    client = signed_in(actors.other_editor)
    assert client.get("/blocks/geheim/").status_code == 404
    detail = client.get(exchange.get_absolute_url()).content.decode()
    assert "visible to you once the exchange is active" in detail
    client.post(f"/reuse/exchange/{exchange.uuid}/activate/")
    assert client.get("/blocks/geheim/").status_code == 200
    assert "geheim" in client.get("/blocks/?q=" + block.name.split()[0]).content.decode()


def test_exchange_pages_need_signing_in(exchange_at):
    exchange = exchange_at("requested")
    for url in ("/reuse/exchange/", "/reuse/exchange/waiting/", exchange.get_absolute_url()):
        response = Client().get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_admin_shows_requests_and_notifications_read_only(exchange_at):
    from anker.accounts.models import PlatformRole
    from tests.factories import NotificationFactory, UserFactory

    admin = UserFactory(is_staff=True, is_superuser=True, platform_role=PlatformRole.ADMIN)
    exchange, notification = exchange_at("active"), NotificationFactory()
    client = signed_in(admin)
    for url in (
        "/admin/reuse/exchangerequest/",
        f"/admin/reuse/exchangerequest/{exchange.pk}/change/",
        "/admin/notifications/notification/",
        f"/admin/notifications/notification/{notification.pk}/change/",
    ):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/reuse/exchangerequest/add/").status_code == 403
