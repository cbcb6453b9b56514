"""Shared fixtures: the database choice, and one user per role for permission tests.

The suite runs on SQLite by default. With ANKER_DATABASE_URL=postgresql://… it runs on
PostgreSQL; if that server cannot be reached the run stops at once with a clear message
and exit code 0 (the Makefile prints that the PostgreSQL run was skipped)."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

from anker.accounts.models import MemberRole, PlatformRole
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory


def pytest_configure(config: pytest.Config) -> None:
    url = os.environ.get("ANKER_DATABASE_URL", "")
    if not url.startswith("postgres"):
        return
    import psycopg

    try:
        psycopg.connect(url.replace("postgresql://", "postgres://", 1), connect_timeout=3).close()
    except psycopg.OperationalError as error:
        message = (
            f"SKIPPED: PostgreSQL is not reachable at {url} ({error}); "
            "the PostgreSQL run is skipped."
        )
        print(message)
        pytest.exit(message, returncode=0)


@pytest.fixture(autouse=True)
def _empty_count_cache():
    """Each test starts with anker's count cache empty (anker.core.cache)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@dataclass
class Actors:
    """One user per role, around one owner organisation and one other organisation."""

    owner: object
    other: object
    anonymous: None
    viewer: object
    editor: object
    other_editor: object
    org_admin: object
    coordinator: object

    ROLES = ("anonymous", "viewer", "editor", "other_editor", "org_admin", "coordinator")

    def user(self, role: str):
        return getattr(self, role)


@pytest.fixture
def actors(db) -> Actors:
    owner = OrganisationFactory(name="Gemeente Eigenaar", slug="gemeente-eigenaar")
    other = OrganisationFactory(name="Gemeente Ander", slug="gemeente-ander")
    coordinator = UserFactory(username="coordinator", platform_role=PlatformRole.COORDINATOR)
    return Actors(
        owner=owner,
        other=other,
        anonymous=None,
        viewer=MembershipFactory(
            organisation=owner, role=MemberRole.VIEWER, user__username="viewer"
        ).user,
        editor=MembershipFactory(
            organisation=owner, role=MemberRole.EDITOR, user__username="editor"
        ).user,
        other_editor=MembershipFactory(
            organisation=other, role=MemberRole.EDITOR, user__username="other_editor"
        ).user,
        org_admin=MembershipFactory(
            organisation=owner, role=MemberRole.ORG_ADMIN, user__username="org_admin"
        ).user,
        coordinator=coordinator,
    )
