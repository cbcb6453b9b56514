"""Fixtures for the REST API tests: a JSON client per role (authenticated with a real
API token made by token_create) and a small world to write to."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from anker.accounts.models import AuditEvent
from anker.accounts.services import token_create
from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock, Dependency
from anker.organisations.models import Organisation
from anker.reuse.models import DeclaredBy, Reuse
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DependencyFactory,
    OrganisationFactory,
    ReuseFactory,
)

API = "/api/v1"


class ApiClient:
    """Django's test client speaking JSON, optionally with a bearer token."""

    def __init__(self, token: str | None = None, client: Client | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = client or Client(headers=headers)

    def get(self, path: str, params: dict[str, Any] | None = None, **extra: Any) -> Any:
        return self.client.get(_url(path), params or {}, **extra)

    def post(self, path: str, body: Any = None, **extra: Any) -> Any:
        return self._send("post", path, body, **extra)

    def patch(self, path: str, body: Any = None, **extra: Any) -> Any:
        return self._send("patch", path, body, **extra)

    def delete(self, path: str, **extra: Any) -> Any:
        return self.client.delete(_url(path), **extra)

    def _send(self, method: str, path: str, body: Any, **extra: Any) -> Any:
        data = json.dumps(body if body is not None else {})
        return getattr(self.client, method)(
            _url(path), data, content_type="application/json", **extra
        )


def _url(path: str) -> str:
    return path if path.startswith("/api/") or path.startswith("http") else API + path


@pytest.fixture
def api_as(actors) -> Callable[[str], ApiClient]:
    """``api_as("editor")``: a client holding a fresh token of that role's user."""

    def make(role: str) -> ApiClient:
        user = actors.user(role)
        if user is None:
            return ApiClient()
        _token, key = token_create(user=user, name=f"test {role}")
        return ApiClient(key)

    return make


def client_for(user: Any) -> ApiClient:
    """A client holding a fresh token of ``user``."""
    _token, key = token_create(user=user, name="test")
    return ApiClient(key)


@dataclass
class World:
    """Around the actors' owner organisation: blocks and edges on both sides of reuse.

    ``block`` and ``block_b`` belong to the owner; ``third_block`` and ``third_block_b`` to
    a third organisation nobody in ``actors`` belongs to."""

    actors: Any
    third: Organisation
    block: BuildingBlock
    block_b: BuildingBlock
    third_block: BuildingBlock
    third_block_b: BuildingBlock
    provider_reuse: Reuse  # the owner's block, reused by the third organisation
    reuser_reuse: Reuse  # the owner reuses the third's block (a claim awaiting confirmation)
    dependency: Dependency
    capability: Capability
    empty: Organisation  # owns nothing: deletable
    merge_source: Organisation
    merge_target: Organisation


@pytest.fixture
def world(actors) -> World:
    third = OrganisationFactory(name="Gemeente Derde", slug="gemeente-derde")
    block = BlockFactory(name="Zaaksysteem", slug="zaaksysteem", owner=actors.owner)
    third_block = BlockFactory(name="Betaalmodule", slug="betaalmodule", owner=third)
    return World(
        actors=actors,
        third=third,
        block=block,
        block_b=BlockFactory(name="Formulieren", slug="formulieren", owner=actors.owner),
        third_block=third_block,
        third_block_b=BlockFactory(name="Adresregister", slug="adresregister", owner=third),
        provider_reuse=ReuseFactory(
            block=block, organisation=third, declared_by=DeclaredBy.PROVIDER
        ),
        reuser_reuse=ReuseFactory(
            block=third_block, organisation=actors.owner, declared_by=DeclaredBy.PROVIDER
        ),
        dependency=DependencyFactory(dependent=block, dependency=third_block),
        capability=CapabilityFactory(name="Betalen", slug="betalen"),
        empty=OrganisationFactory(name="Gemeente Leeg", slug="gemeente-leeg"),
        merge_source=OrganisationFactory(name="Gemeente Oud", slug="gemeente-oud"),
        merge_target=OrganisationFactory(name="Gemeente Nieuw", slug="gemeente-nieuw"),
    )


def fingerprint() -> dict[str, Any]:
    """Every row of every entity the API writes, with its last change: equal before and
    after a request means the request changed nothing."""
    state: dict[str, Any] = {}
    for model in (Organisation, BuildingBlock, Reuse, Dependency, Capability):
        state[model.__name__] = sorted(model.objects.values_list("id", "modified"))
    state["memberships"] = sorted(
        Organisation.objects.values_list("id", "memberships__user_id", "merged_into_id")
    )
    state["capabilities"] = sorted(BuildingBlock.capabilities.through.objects.values_list("id"))
    state["audit"] = AuditEvent.objects.count()
    return state
