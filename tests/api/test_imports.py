"""The imports API: upload a file with the same report as the CLI and the web UI, read
reports, and configure harvest sources. Coordinators only for writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from anker.catalogue.models import BuildingBlock
from anker.interop.models import ImportRun, Source
from tests.conftest import Actors

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
WAI = (SHARED / "publiccode" / "AgID__wai-portal.yml").read_bytes()


def _upload(api, data: bytes = WAI, name: str = "wai.yml", **fields):
    return api.client.post(
        "/api/v1/imports",
        {"format": "publiccode", "file": SimpleUploadedFile(name, data), **fields},
    )


@pytest.mark.parametrize("role", Actors.ROLES)
def test_only_coordinators_import(api_as, role: str) -> None:
    response = _upload(api_as(role))
    if role == "coordinator":
        assert response.status_code == 201, response.content
        body = response.json()
        assert (body["accepted"], body["via"], body["outcomes"][0]["status"]) == (
            1,
            "api",
            "accepted",
        )
        assert response["Location"].endswith(f"/api/v1/imports/{body['uuid']}")
    else:
        assert response.status_code == (401 if role == "anonymous" else 403)
        assert response["Content-Type"] == "application/problem+json"
        assert ImportRun.objects.count() == 0 and BuildingBlock.objects.count() == 0


def test_a_broken_file_answers_its_report(api_as) -> None:
    bad = (SHARED / "publiccode" / "Azienda-USL-di-Bologna__DAE-RespondER.yml").read_bytes()
    body = _upload(api_as("coordinator"), bad, "broken.yml").json()
    (outcome,) = body["outcomes"]
    assert (body["rejected"], outcome["status"], outcome["line"]) == (1, "rejected", 64)
    assert "YAML" in outcome["reason"]


def test_unknown_format_and_owner_are_named(api_as) -> None:
    api = api_as("coordinator")
    response = _upload(api, format="word")
    assert response.status_code == 422
    (invalid,) = response.json()["invalidParams"]
    assert invalid["name"] == "format" and "Unknown format word" in invalid["reason"]
    response = _upload(api, organisation="nobody-we-know")
    assert response.status_code == 422
    assert response.json()["invalidParams"][0]["name"] == "organisation"
    assert ImportRun.objects.count() == 0


def test_reports_are_listed_and_read(api_as) -> None:
    _upload(api_as("coordinator"))
    listed = api_as("viewer").get("/imports").json()
    assert listed["count"] == 1
    detail = api_as("viewer").get(f"/imports/{listed['results'][0]['uuid']}").json()
    assert detail["outcomes"][0]["entity"].startswith("building block ")
    assert api_as("anonymous").get("/imports").status_code == 401


def test_sources_are_configured_by_coordinators(api_as) -> None:
    body = {"name": "wai", "url": "https://example.org/publiccode.yml", "format": "publiccode"}
    assert api_as("org_admin").post("/harvest-sources", body).status_code == 403
    created = api_as("coordinator").post("/harvest-sources", body)
    assert created.status_code == 201, created.content
    uuid = created.json()["uuid"]
    changed = api_as("coordinator").patch(f"/harvest-sources/{uuid}", {"schedule": "weekly"})
    assert changed.json()["schedule"] == "weekly"
    bad = api_as("coordinator").patch(f"/harvest-sources/{uuid}", {"url": "file:///etc/passwd"})
    assert bad.status_code == 422
    assert Source.objects.get().url == "https://example.org/publiccode.yml"
    assert api_as("coordinator").delete(f"/harvest-sources/{uuid}").status_code == 204
    assert Source.objects.count() == 0


def test_harvest_now_answers_the_reports(api_as) -> None:
    body = {"name": "dead", "url": "http://127.0.0.1:9/x.yml", "format": "publiccode"}
    uuid = api_as("coordinator").post("/harvest-sources", body).json()["uuid"]
    assert api_as("editor").post(f"/harvest-sources/{uuid}/harvest").status_code == 403
    runs = api_as("coordinator").post(f"/harvest-sources/{uuid}/harvest").json()
    assert [(run["rejected"], run["harvest_source"]) for run in runs] == [(1, "dead")]
