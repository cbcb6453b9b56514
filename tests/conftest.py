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


DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "live_server"}


def _uses_database(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(item.get_closest_marker("django_db") or fixtures & DATABASE_FIXTURES)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL pass, run only what the database engine can change.

    A test that never opens a database connection (a parser, a fuzzer of bytes, the
    translation catalogue, the OpenAPI document) or whose outcome cannot depend on the
    engine gives the same answer on both passes, so it runs in the SQLite pass only:
    ``engine_agnostic`` tests, and the ``browser`` tests, which check what a browser
    does with the pages and scripts (the server paths they drive run on both engines
    through the Django test client in tests/web and each app's tests). Every other test
    that reads or writes through the database runs on both."""
    if not os.environ.get("ANKER_DATABASE_URL", "").startswith("postgres"):
        return
    keep, skip = [], []
    for item in items:
        agnostic = (
            item.get_closest_marker("engine_agnostic")
            or item.get_closest_marker("browser")
            or not _uses_database(item)
        )
        (skip if agnostic else keep).append(item)
    if skip:
        config.hook.pytest_deselected(items=skip)
        items[:] = keep


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


@pytest.fixture(scope="module")
def demo_ecosystem(django_db_setup, django_db_blocker):
    """The demo ecosystem, loaded once for all the tests of a module that ask for it.

    Loading takes seconds, so it happens inside one transaction around the whole module;
    each test still runs in its own savepoint (pytest-django's ``db``), so a test's changes
    are undone after it, and the module's transaction is rolled back at its end: the next
    module finds the database as empty as ever. Not for ``transaction=True`` tests."""
    from django.db import transaction

    from anker.demo.load import load_demo

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield load_demo(reset=True)  # what it loaded, counted
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
