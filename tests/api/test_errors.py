"""Errors are application/problem+json and name what is wrong; bad input is never a 500."""

from __future__ import annotations

import pytest
from django.test import Client

from anker.catalogue.models import BuildingBlock
from anker.organisations.models import Organisation
from tests.api.conftest import fingerprint
from tests.factories import CapabilityFactory

pytestmark = pytest.mark.django_db


def invalid(response) -> dict[str, str]:
    """field name → code of every invalid parameter of a 422 answer."""
    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "invalidParams"}
    assert body["status"] == 422 and body["type"].startswith("https://")
    for item in body["invalidParams"]:
        assert set(item) == {"name", "reason", "code"} and item["reason"]
    return {item["name"]: item["code"] for item in body["invalidParams"]}


def new_block(**fields):
    return {"name": "Nieuw", "kind": "api", "owner": "gemeente-eigenaar", **fields}


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        (new_block(kind="spreadsheet"), "kind", "enum"),
        ({"kind": "api", "owner": "gemeente-eigenaar"}, "name", "missing"),
        (new_block(name=""), "name", "string_too_short"),
        (new_block(owner="no-such-organisation"), "owner", "unknown"),
        (new_block(capabilities=["no-such-capability"]), "capabilities", "unknown"),
        (new_block(lifecycle="forever"), "lifecycle", "enum"),
        (new_block(homepage_url="not a url"), "homepage_url", "invalid"),
        (new_block(contact_email="nobody"), "contact_email", "invalid"),
        (new_block(slug="with spaces"), "slug", "string_pattern_mismatch"),
        (new_block(licence_typo="EUPL-1.2"), "licence_typo", "extra_forbidden"),
        (
            new_block(descriptions=[{"language": "nl"}, {"language": "nl"}]),
            "descriptions",
            "value_error",
        ),
        (
            new_block(descriptions=[{"language": "N L!"}]),
            "descriptions.0.language",
            "string_pattern_mismatch",
        ),
        (new_block(tags=["x" * 101]), "tags.0", "string_too_long"),
    ],
)
def test_block_create_422_names_the_field(api_as, world, body, field, code):
    before = fingerprint()
    assert invalid(api_as("editor").post("/building-blocks", body)).get(field) == code
    assert fingerprint() == before


def test_duplicate_slug_is_422(api_as, world):
    assert "slug" in invalid(
        api_as("editor").post("/building-blocks", new_block(slug=world.block.slug))
    )


def test_null_for_a_required_value_is_422(api_as, world):
    response = api_as("editor").patch(f"/building-blocks/{world.block.slug}", {"name": None})
    assert invalid(response) == {"name": "string_type"}


def test_reuse_until_before_since_is_422(api_as, world):
    response = api_as("editor").post(
        "/reuses",
        {
            "block": world.third_block_b.slug,
            "organisation": world.actors.owner.slug,
            "status": "stopped",
            "stop_reason": "Replaced",
            "since": "2024-05-01",
            "until": "2024-01-01",
        },
    )
    assert invalid(response) == {"until": "invalid"}


def test_reuse_stopped_without_reason_is_422(api_as, world):
    before = fingerprint()
    response = api_as("editor").patch(f"/reuses/{world.reuser_reuse.uuid}", {"status": "stopped"})
    assert invalid(response) == {"stop_reason": "invalid"}
    assert fingerprint() == before


def test_reuse_bad_date_is_422(api_as, world):
    response = api_as("editor").patch(f"/reuses/{world.reuser_reuse.uuid}", {"since": "yesterday"})
    assert list(invalid(response)) == ["since"]


def test_reuse_twice_is_422(api_as, world):
    response = api_as("editor").post(
        "/reuses", {"block": world.third_block.slug, "organisation": world.actors.owner.slug}
    )
    assert "organisation" in invalid(response)


def test_reuse_of_own_block_is_422(api_as, world):
    response = api_as("editor").post(
        "/reuses", {"block": world.block_b.slug, "organisation": world.actors.owner.slug}
    )
    assert "organisation" in invalid(response)


def test_self_dependency_is_422(api_as, world):
    response = api_as("editor").post(
        "/dependencies", {"dependent": world.block.slug, "dependency": world.block.slug}
    )
    assert "dependency" in invalid(response)


def test_capability_cycle_is_422(api_as, world):
    child = CapabilityFactory(slug="kaartbetaling", parent=world.capability)
    response = api_as("coordinator").patch(
        f"/capabilities/{world.capability.slug}", {"parent": child.slug}
    )
    assert invalid(response) == {"parent": "invalid"}


def test_capability_with_children_is_not_deleted(api_as, world):
    CapabilityFactory(slug="kaartbetaling", parent=world.capability)
    before = fingerprint()
    assert "capability" in invalid(
        api_as("coordinator").delete(f"/capabilities/{world.capability.slug}")
    )
    assert fingerprint() == before


def test_organisation_that_owns_blocks_is_not_deleted(api_as, world):
    before = fingerprint()
    response = api_as("coordinator").delete(f"/organisations/{world.actors.owner.slug}")
    assert invalid(response) == {"organisation": "invalid"}
    assert "2 building blocks" in response.json()["invalidParams"][0]["reason"]
    assert fingerprint() == before
    assert Organisation.objects.filter(slug=world.actors.owner.slug).exists()
    assert BuildingBlock.objects.filter(owner=world.actors.owner).count() == 2


def test_organisation_bad_country_and_identifier_scheme(api_as, world):
    response = api_as("coordinator").post(
        "/organisations",
        {
            "name": "X",
            "kind": "local",
            "country": "NLD",
            "identifiers": [{"scheme": "ssn", "value": "1"}],
        },
    )
    assert invalid(response) == {
        "country": "string_pattern_mismatch",
        "identifiers.0.scheme": "enum",
    }


def test_merge_into_itself_is_422(api_as, world):
    response = api_as("coordinator").post(
        f"/organisations/{world.empty.slug}/merge", {"target": world.empty.slug}
    )
    assert "target" in invalid(response)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": 0}, "page"),
        ({"page": "two"}, "page"),
        ({"page_size": 101}, "page_size"),
        ({"page_size": 0}, "page_size"),
        ({"ordering": "owner"}, "ordering"),
        ({"kind": "spreadsheet"}, "kind.0"),
    ],
)
def test_bad_list_parameters_are_422(api_as, world, params, field):
    assert field in invalid(api_as("anonymous").get("/building-blocks", params))


@pytest.mark.parametrize(
    "path",
    [
        "/building-blocks/no-such-block",
        "/organisations/no-such-organisation",
        "/capabilities/no-such-capability",
        "/reuses/00000000-0000-0000-0000-000000000000",
        "/dependencies/00000000-0000-0000-0000-000000000000",
        "/reuses/not-a-uuid",
        "/building-blocks?page=99",
        "/api/v1/no-such-collection",
        "/api/v1/building-blocks/",  # no trailing slashes, and no redirect to them either
        "/api/nothing",
    ],
)
def test_unknown_is_404_problem(api_as, world, path):
    response = api_as("editor").get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 404


@pytest.mark.parametrize("method", ["patch", "delete"])
def test_writes_to_unknown_slugs_are_404(api_as, world, method):
    client = api_as("coordinator")
    response = (
        client.patch("/building-blocks/nope", {})
        if method == "patch"
        else client.delete("/organisations/nope")
    )
    assert response.status_code == 404


def test_malformed_json_is_400_problem(api_as, world):
    client = api_as("editor").client
    response = client.post("/api/v1/building-blocks", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_body_that_is_not_an_object_is_422(api_as, world):
    client = api_as("editor").client
    response = client.post("/api/v1/building-blocks", "[1, 2]", content_type="application/json")
    assert invalid(response) == {"body": "model_attributes_type"}


def test_unsupported_method_is_405_problem(world):
    response = Client().put("/api/v1/building-blocks/zaaksysteem")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert "PATCH" in response["Allow"]


def test_errors_speak_dutch_when_asked(api_as, world):
    """Titles and reasons go through gettext; with a Dutch catalogue they come out in
    Dutch. Without one they stay English, but the request must still be answered."""
    response = api_as("editor").post("/building-blocks", {"kind": "api"}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 422
    assert response["Content-Language"] == "nl"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.post("/organisations", {"name": "Nul\u0000", "kind": "local"}), "name"),
        (lambda c: c.post("/building-blocks", new_block(tags=["a\u0000"])), "tags"),
        (lambda c: c.get("/organisations", {"q": "a\u0000"}), "q"),
        (lambda c: c.get("/building-blocks", {"owner": "a\u0000"}), "owner"),
        (lambda c: c.get("/reuses", {"block": "a\u0000"}), "block"),
    ],
)
def test_nul_characters_are_422_not_a_database_error(api_as, world, call, field):
    """PostgreSQL cannot store NUL; it must be refused before it reaches the database."""
    assert field in invalid(call(api_as("coordinator")))


def test_nul_in_a_path_is_404(api_as, world):
    assert api_as("coordinator").get("/building-blocks/a%00b").status_code == 404
