"""The permission matrix of the API: every role × every write, with the exact status,
and nothing changed when a write is refused.

Expected outcomes (PRODUCT.md §3, accounts/permissions.py): editors and org-admins
change only their own organisation's blocks, the dependencies from those blocks and
reuse where their organisation is either side; the capability map and creating,
deleting and merging organisations are for coordinators; an organisation's record is
changed by its org-admins and coordinators; anonymous callers and viewers write nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from anker.accounts.models import AuditEvent
from tests.api.conftest import ApiClient, World, fingerprint

Write = Callable[[ApiClient, World], Any]

EDITORS = {"editor", "org_admin", "coordinator"}
ORG_ADMINS = {"org_admin", "coordinator"}
COORDINATOR = {"coordinator"}

WRITES: dict[str, tuple[Write, int, set[str]]] = {
    # name: (request, status when allowed, roles allowed)
    "create block": (
        lambda c, w: c.post(
            "/building-blocks", {"name": "Nieuw blok", "kind": "api", "owner": w.actors.owner.slug}
        ),
        201,
        EDITORS,
    ),
    "update block": (
        lambda c, w: c.patch(f"/building-blocks/{w.block.slug}", {"lifecycle": "anchored"}),
        200,
        EDITORS,
    ),
    "delete block": (lambda c, w: c.delete(f"/building-blocks/{w.block.slug}"), 204, EDITORS),
    "verify block": (lambda c, w: c.post(f"/building-blocks/{w.block.slug}/verify"), 200, EDITORS),
    "declare reuse as reuser": (
        lambda c, w: c.post(
            "/reuses", {"block": w.third_block_b.slug, "organisation": w.actors.owner.slug}
        ),
        201,
        EDITORS,
    ),
    "declare reuse as provider": (
        lambda c, w: c.post("/reuses", {"block": w.block_b.slug, "organisation": w.third.slug}),
        201,
        EDITORS,
    ),
    "update reuse as reuser": (
        lambda c, w: c.patch(f"/reuses/{w.reuser_reuse.uuid}", {"mode": "adapted"}),
        200,
        EDITORS,
    ),
    "update reuse as provider": (
        lambda c, w: c.patch(f"/reuses/{w.provider_reuse.uuid}", {"mode": "adapted"}),
        200,
        EDITORS,
    ),
    "confirm reuse as reuser": (
        lambda c, w: c.post(f"/reuses/{w.reuser_reuse.uuid}/confirm"),
        200,
        EDITORS,
    ),
    "delete reuse as reuser": (
        lambda c, w: c.delete(f"/reuses/{w.reuser_reuse.uuid}"),
        204,
        EDITORS,
    ),
    "delete reuse as provider": (
        lambda c, w: c.delete(f"/reuses/{w.provider_reuse.uuid}"),
        204,
        EDITORS,
    ),
    "add dependency": (
        lambda c, w: c.post(
            "/dependencies", {"dependent": w.block_b.slug, "dependency": w.third_block.slug}
        ),
        201,
        EDITORS,
    ),
    "remove dependency": (
        lambda c, w: c.delete(f"/dependencies/{w.dependency.uuid}"),
        204,
        EDITORS,
    ),
    "create capability": (
        lambda c, w: c.post("/capabilities", {"name": "Identificeren"}),
        201,
        COORDINATOR,
    ),
    "update capability": (
        lambda c, w: c.patch(f"/capabilities/{w.capability.slug}", {"name_nl": "Betalen (nl)"}),
        200,
        COORDINATOR,
    ),
    "delete capability": (
        lambda c, w: c.delete(f"/capabilities/{w.capability.slug}"),
        204,
        COORDINATOR,
    ),
    "create organisation": (
        lambda c, w: c.post("/organisations", {"name": "Gemeente Nieuwkomer", "kind": "local"}),
        201,
        COORDINATOR,
    ),
    "update organisation": (
        lambda c, w: c.patch(
            f"/organisations/{w.actors.owner.slug}", {"website": "https://eigenaar.example"}
        ),
        200,
        ORG_ADMINS,
    ),
    "delete organisation": (
        lambda c, w: c.delete(f"/organisations/{w.empty.slug}"),
        204,
        COORDINATOR,
    ),
    "merge organisations": (
        lambda c, w: c.post(
            f"/organisations/{w.merge_source.slug}/merge", {"target": w.merge_target.slug}
        ),
        200,
        COORDINATOR,
    ),
}


def expected_status(role: str, allowed_status: int, allowed: set[str]) -> int:
    if role in allowed:
        return allowed_status
    return 401 if role == "anonymous" else 403


@pytest.mark.parametrize(
    "role", ["anonymous", "viewer", "editor", "other_editor", "org_admin", "coordinator"]
)
@pytest.mark.parametrize("write", list(WRITES))
def test_permission_matrix(api_as, world, role, write):
    request, allowed_status, allowed = WRITES[write]
    expected = expected_status(role, allowed_status, allowed)
    before = fingerprint()

    response = request(api_as(role), world)

    assert response.status_code == expected, response.content
    assert response["API-Version"] == "1.0.0"
    if expected >= 400:
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == expected
        assert fingerprint() == before, "a refused write changed something"
    else:
        assert fingerprint() != before
        assert AuditEvent.objects.filter(via="api").exists(), "the write was not audited as via=api"


def test_roles_cover_the_actors(actors):
    """The matrix above names every role the shared fixture knows."""
    assert set(actors.ROLES) == {
        "anonymous",
        "viewer",
        "editor",
        "other_editor",
        "org_admin",
        "coordinator",
    }


def test_reuse_confirmation_is_the_reusers_word(api_as, world):
    """Only the reusing side confirms; the provider's editors cannot confirm their own claim."""
    provider_editor = api_as("editor")
    response = provider_editor.post(f"/reuses/{world.provider_reuse.uuid}/confirm")
    assert response.status_code == 403
    world.provider_reuse.refresh_from_db()
    assert world.provider_reuse.confirmed_at is None


def test_editor_cannot_hand_a_block_to_an_organisation_they_do_not_edit_for(api_as, world):
    before = fingerprint()
    response = api_as("editor").patch(
        f"/building-blocks/{world.block.slug}", {"owner": world.third.slug}
    )
    assert response.status_code == 403
    assert fingerprint() == before


def test_editor_cannot_create_a_block_for_another_organisation(api_as, world):
    before = fingerprint()
    response = api_as("editor").post(
        "/building-blocks", {"name": "Elders", "kind": "api", "owner": world.third.slug}
    )
    assert response.status_code == 403
    assert fingerprint() == before


def test_editor_cannot_add_a_dependency_from_someone_elses_block(api_as, world):
    before = fingerprint()
    response = api_as("editor").post(
        "/dependencies", {"dependent": world.third_block_b.slug, "dependency": world.block.slug}
    )
    assert response.status_code == 403
    assert fingerprint() == before
