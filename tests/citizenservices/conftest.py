"""A JSON client per role for the citizen-services API tests (as tests/api/conftest.py
makes them) and a small world of services to write to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from anker.accounts.services import token_create
from tests.api.conftest import ApiClient


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
