"""The permission matrix of exchange requests: every role × every write, in the API (exact
status, nothing changed when refused) and in the web UI.

Rules (accounts/permissions.py, docs/exchange.md): editors and org-admins of the
requesting organisation ask, amend, withdraw and start using; the owner's org-admins
decide (its editors do not); either party ends; coordinators do everything. A request
the caller is no party to is not found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from anker.accounts.models import AuditEvent
from anker.accounts.services import token_create
from anker.notifications.models import Notification
from anker.reuse.models import ExchangeRequest, Reuse
from tests.api.conftest import ApiClient
from tests.conftest import Actors
from tests.factories import BlockFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

OWNER_EDITORS = {"editor", "org_admin", "coordinator"}
REQUESTER = {"other_editor", "coordinator"}
DECIDERS = {"org_admin", "coordinator"}
OWNER_MEMBERS = {"viewer", "editor", "org_admin"}


@dataclass
class Exchanges:
    """The owner's open block ``block``, asked for by the other organisation
    (``incoming``), and a third organisation's block asked for by the owner
    (``outgoing``), each at every open status."""

    block: Any
    third_block: Any
    incoming: dict[str, ExchangeRequest]
    outgoing: dict[str, ExchangeRequest]


@pytest.fixture
def exchanges(actors, exchange_at) -> Exchanges:
    third = OrganisationFactory(name="Gemeente Derde", slug="gemeente-derde")
    third_block = BlockFactory(slug="derde-blok", owner=third)
    incoming, outgoing = {}, {}
    for status in ("requested", "approved", "active"):
        incoming[status] = exchange_at(status, block=BlockFactory(owner=actors.owner))
        outgoing[status] = exchange_at(
            status, block=BlockFactory(owner=third), requester=actors.owner
        )
    Notification.objects.all().delete()
    return Exchanges(
        block=BlockFactory(slug="eigen-blok", owner=actors.owner),
        third_block=third_block,
        incoming=incoming,
        outgoing=outgoing,
    )


@dataclass
class Write:
    name: str
    allowed: set[str]
    api: Callable[[ApiClient, Actors, Exchanges], Any]
    api_status: int
    web: Callable[[Actors, Exchanges], tuple[str, dict]]
    parties: set[str]  # roles that see the request (refused with 403 rather than 404)


def step(kind: str, status: str, action: str, body: dict | None = None) -> dict[str, Any]:
    """The API and web forms of one workflow step on one of the world's requests."""
    text = (body or {}).get("reason") or (body or {}).get("note") or ""
    return {
        "api": lambda c, a, e: c.post(
            f"/exchange-requests/{getattr(e, kind)[status].uuid}/{action}", body or {}
        ),
        "api_status": 200,
        "web": lambda a, e: (
            f"/reuse/exchange/{getattr(e, kind)[status].uuid}/{action}/",
            {f"{action}-text": text} if text else {},
        ),
    }


INCOMING_PARTIES = OWNER_MEMBERS | {"other_editor", "coordinator"}
OUTGOING_PARTIES = OWNER_MEMBERS | {"coordinator"}
ALL_SIGNED_IN = set(Actors.ROLES) - {"anonymous"}

WRITES = [
    Write(
        "ask for the owner's block on behalf of the other organisation",
        REQUESTER,
        lambda c, a, e: c.post(
            "/exchange-requests",
            {"block": e.block.slug, "requester": a.other.slug, "purpose": "Permits."},
        ),
        201,
        lambda a, e: (
            f"/reuse/exchange/request/{e.block.slug}/",
            {"requester": a.other.pk, "purpose": "Permits.", "mode": "as-is"},
        ),
        ALL_SIGNED_IN,
    ),
    Write(
        "ask for a third organisation's block on behalf of the owner",
        OWNER_EDITORS,
        lambda c, a, e: c.post(
            "/exchange-requests",
            {"block": e.third_block.slug, "requester": a.owner.slug, "purpose": "Permits."},
        ),
        201,
        lambda a, e: (
            f"/reuse/exchange/request/{e.third_block.slug}/",
            {"requester": a.owner.pk, "purpose": "Permits.", "mode": "as-is"},
        ),
        ALL_SIGNED_IN,
    ),
    Write(
        "change a pending request (requester)",
        REQUESTER,
        lambda c, a, e: c.patch(
            f"/exchange-requests/{e.incoming['requested'].uuid}", {"terms": "Free."}
        ),
        200,
        lambda a, e: (
            f"/reuse/exchange/{e.incoming['requested'].uuid}/edit/",
            {"purpose": "Changed.", "terms": "Free.", "mode": "as-is"},
        ),
        INCOMING_PARTIES,
    ),
    Write(
        "approve a request for our block",
        DECIDERS,
        parties=INCOMING_PARTIES,
        **step("incoming", "requested", "approve", {"note": "Welcome."}),
    ),
    Write(
        "reject a request for our block",
        DECIDERS,
        parties=INCOMING_PARTIES,
        **step("incoming", "requested", "reject", {"reason": "No capacity."}),
    ),
    Write(
        "withdraw a request (requester)",
        REQUESTER,
        parties=INCOMING_PARTIES,
        **step("incoming", "requested", "withdraw"),
    ),
    Write(
        "start using an approved request (requester)",
        REQUESTER,
        parties=INCOMING_PARTIES,
        **step("incoming", "approved", "activate"),
    ),
    Write(
        "end an exchange of our block (either party)",
        DECIDERS | REQUESTER,
        parties=INCOMING_PARTIES,
        **step("incoming", "active", "end", {"reason": "Replaced."}),
    ),
    Write(
        "approve our own request for someone else's block",
        {"coordinator"},
        parties=OUTGOING_PARTIES,
        **step("outgoing", "requested", "approve"),
    ),
    Write(
        "withdraw our request",
        OWNER_EDITORS,
        parties=OUTGOING_PARTIES,
        **step("outgoing", "requested", "withdraw"),
    ),
    Write(
        "start using our approved request",
        OWNER_EDITORS,
        parties=OUTGOING_PARTIES,
        **step("outgoing", "approved", "activate"),
    ),
    Write(
        "end our exchange",
        OWNER_EDITORS,
        parties=OUTGOING_PARTIES,
        **step("outgoing", "active", "end", {"reason": "Replaced."}),
    ),
]


def fingerprint() -> dict[str, Any]:
    """Every row the exchange writes touch: equal before and after means nothing changed."""
    return {
        "requests": sorted(ExchangeRequest.objects.values_list("id", "status", "modified")),
        "reuse": sorted(Reuse.objects.values_list("id", "status", "modified")),
        "notifications": Notification.objects.count(),
        "audit": AuditEvent.objects.count(),
    }


def api_client(actors: Actors, role: str) -> ApiClient:
    user = actors.user(role)
    if user is None:
        return ApiClient()
    return ApiClient(token_create(user=user, name=f"test {role}")[1])


@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_api_permission_matrix(actors, exchanges, role, write):
    before = fingerprint()
    response = write.api(api_client(actors, role), actors, exchanges)
    if role in write.allowed:
        assert response.status_code == write.api_status, response.content
        assert fingerprint() != before
        assert AuditEvent.objects.filter(via="api").exists()
        return
    expected = 401 if role == "anonymous" else 403 if role in write.parties else 404
    assert response.status_code == expected, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert fingerprint() == before, "a refused write changed something"


@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_web_permission_matrix(actors, exchanges, role, write):
    client = Client()
    if actors.user(role):
        client.force_login(actors.user(role))
    before = fingerprint()
    url, data = write.web(actors, exchanges)
    response = client.post(url, data)
    assert response.status_code != 500
    if role in write.allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert fingerprint() != before
        return
    assert fingerprint() == before, "a refused write changed something"
    if role == "anonymous":
        assert response.status_code == 302 and "/account/login/" in response["Location"]
    elif role in write.parties:
        assert response.status_code in (200, 403)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", Actors.ROLES)
def test_reading_requests_is_for_the_parties(actors, exchanges, role):
    client = api_client(actors, role)
    incoming = exchanges.incoming["requested"]
    outgoing = exchanges.outgoing["requested"]
    if role == "anonymous":
        assert client.get("/exchange-requests").status_code == 401
        assert client.get(f"/exchange-requests/{incoming.uuid}").status_code == 401
        return
    listed = {row["uuid"] for row in client.get("/exchange-requests").json()["results"]}
    assert (str(incoming.uuid) in listed) == (role in INCOMING_PARTIES)
    assert (str(outgoing.uuid) in listed) == (role in OUTGOING_PARTIES)
    expected = 200 if role in OUTGOING_PARTIES else 404
    assert client.get(f"/exchange-requests/{outgoing.uuid}").status_code == expected
    page = Client()
    page.force_login(actors.user(role))
    assert page.get(f"/reuse/exchange/{outgoing.uuid}/").status_code == expected


def test_the_steps_offered_are_the_callers(actors, exchanges):
    uuid = exchanges.incoming["requested"].uuid

    def actions(role: str) -> list[str]:
        return api_client(actors, role).get(f"/exchange-requests/{uuid}").json()["actions"]

    assert actions("org_admin") == ["approve", "reject"]
    assert actions("other_editor") == ["withdraw"]
    assert actions("editor") == actions("viewer") == []
    assert actions("coordinator") == ["approve", "reject", "withdraw"]


def test_an_org_admin_of_the_requester_acts_for_it(actors, exchanges, other_admin):
    uuid = exchanges.incoming["approved"].uuid
    client = ApiClient(token_create(user=other_admin, name="t")[1])
    assert client.post(f"/exchange-requests/{uuid}/activate").status_code == 200
