"""Authentication: bearer tokens (only their hash stored), sessions with CSRF, and 401
for any token that is sent but not valid."""

from __future__ import annotations

import hashlib

import pytest
from django.test import Client

from anker.accounts.models import ApiToken
from anker.accounts.services import token_authenticate, token_create, token_revoke
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


def test_token_create_stores_only_the_hash(actors):
    token, raw_key = token_create(user=actors.editor, name="CI")
    assert raw_key.startswith("ank_") and len(raw_key) > 40
    stored = ApiToken.objects.get(id=token.id)
    assert stored.key_hash == hashlib.sha256(raw_key.encode()).hexdigest()
    assert raw_key not in {stored.key_hash, stored.name}
    assert stored.prefix == raw_key[:8]


def test_token_create_needs_a_name(actors):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        token_create(user=actors.editor, name="  ")


def test_token_use_notes_last_used(actors, world):
    token, raw_key = token_create(user=actors.editor, name="CI")
    assert token.last_used is None
    assert ApiClient(raw_key).get("/building-blocks").status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None


def test_token_of_an_inactive_user_is_refused(actors):
    _token, raw_key = token_create(user=actors.editor, name="CI")
    actors.editor.is_active = False
    actors.editor.save()
    assert token_authenticate(raw_key) is None
    assert ApiClient(raw_key).get("/building-blocks").status_code == 401


def test_revoked_token_is_refused(actors):
    token, raw_key = token_create(user=actors.editor, name="CI")
    token_revoke(actor=actors.editor, token=token)
    response = ApiClient(raw_key).post("/capabilities", {"name": "x"})
    assert response.status_code == 401


def test_only_the_owner_revokes_a_token(actors):
    from django.core.exceptions import PermissionDenied

    token, _raw_key = token_create(user=actors.editor, name="CI")
    with pytest.raises(PermissionDenied):
        token_revoke(actor=actors.other_editor, token=token)
    assert ApiToken.objects.filter(id=token.id).exists()


@pytest.mark.parametrize(
    "header",
    [
        "Bearer ank_not-a-real-token",
        "Bearer ",
        "Token abc",
        "Basic dXNlcjpwYXNz",
        "Bearer",
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_invalid_credentials_are_401_on_reads_and_writes(world, header, method):
    client = ApiClient(client=Client(headers={"Authorization": header}))
    response = getattr(client, method)("/building-blocks")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_writes_without_credentials_are_401(world):
    response = ApiClient().post(
        "/building-blocks", {"name": "x", "kind": "api", "owner": "gemeente-eigenaar"}
    )
    assert response.status_code == 401
    body = response.json()
    assert body["status"] == 401 and body["title"] and body["detail"]


def test_reads_without_credentials_are_allowed(world):
    assert ApiClient().get("/building-blocks").status_code == 200


def test_session_writes_need_the_csrf_token(actors, world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(actors.editor)
    body = '{"lifecycle": "pilot"}'
    path = f"/api/v1/building-blocks/{world.block.slug}"

    refused = client.patch(path, body, content_type="application/json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]

    client.get("/api/docs")  # sets the CSRF cookie, as a page of the site would
    token = client.cookies["csrftoken"].value
    allowed = client.patch(
        path, body, content_type="application/json", headers={"X-CSRFToken": token}
    )
    assert allowed.status_code == 200, allowed.content
    assert allowed.json()["lifecycle"] == "pilot"


def test_session_reads_see_what_the_member_sees(actors):
    from anker.catalogue.models import Openness
    from tests.factories import BlockFactory

    BlockFactory(slug="secret", owner=actors.owner, openness=Openness.RESTRICTED)
    client = Client()
    client.force_login(actors.viewer)
    assert client.get("/api/v1/building-blocks/secret").status_code == 200
    assert Client().get("/api/v1/building-blocks/secret").status_code == 404


def test_every_answer_carries_the_api_version(world):
    client = ApiClient()
    for path in [
        "/building-blocks",
        "/building-blocks/nope",
        "/api/openapi.json",
        "/api/docs",
        "/api/v1/openapi.json",
        "/api/v1/docs",
        "/api/v1/nothing-here",
    ]:
        assert client.get(path)["API-Version"] == "1.0.0", path
    assert client.post("/building-blocks", {})["API-Version"] == "1.0.0"
