"""The Imports pages: upload a file and read its report; configure harvest sources.
Only coordinators import and configure; everyone signed in reads the reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from anker.catalogue.models import BuildingBlock
from anker.interop.models import ImportRun, Source
from tests.conftest import Actors

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ROLES = Actors.ROLES


def _client(actors: Actors, role: str) -> Client:
    client = Client()
    if actors.user(role) is not None:
        client.force_login(actors.user(role))
    return client


def _upload(name: str, data: bytes, **fields) -> dict:
    return {"format": "publiccode", "file": SimpleUploadedFile(name, data), **fields}


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_upload(actors: Actors, role: str) -> None:
    data = (SHARED / "publiccode" / "AgID__wai-portal.yml").read_bytes()
    response = _client(actors, role).post("/imports/upload/", _upload("wai.yml", data))
    imported = BuildingBlock.objects.filter(source_format="publiccode").exists()
    if role == "coordinator":
        run = ImportRun.objects.get()
        assert response.status_code == 302 and response["Location"] == f"/imports/{run.uuid}/"
        assert imported and (run.accepted, run.via, run.actor) == (1, "web", actors.coordinator)
    else:
        assert response.status_code in (302, 403) and not imported
        assert ImportRun.objects.count() == 0


def test_the_upload_report_names_field_line_and_reason(actors: Actors) -> None:
    client = _client(actors, "coordinator")
    bad = (SHARED / "publiccode" / "Azienda-USL-di-Bologna__DAE-RespondER.yml").read_bytes()
    response = client.post("/imports/upload/", _upload("broken.yml", bad), follow=True)
    page = response.content.decode()
    assert "broken.yml" in page and "line 64" in page and "rejected" in page
    assert BuildingBlock.objects.count() == 0


def test_an_upload_without_a_file_explains_itself(actors: Actors) -> None:
    response = _client(actors, "coordinator").post("/imports/upload/", {"format": "publiccode"})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    response = _client(actors, "coordinator").post(
        "/imports/upload/", _upload("x.yml", b"a: b", format="word")
    )
    assert "Select a valid choice" in response.content.decode()
    assert ImportRun.objects.count() == 0


def test_the_owner_chosen_on_upload_owns_the_api(actors: Actors) -> None:
    data = (SHARED / "openapi" / "open-zaak__open-notificaties__swagger2.0.json").read_bytes()
    response = _client(actors, "coordinator").post(
        "/imports/upload/",
        _upload("notificaties.json", data, format="openapi", organisation=actors.owner.pk),
    )
    assert response.status_code == 302
    assert BuildingBlock.objects.get(kind="api").owner == actors.owner


SOURCE = {
    "name": "Waterveen",
    "url": "https://waterveen.example/publiccode.yml",
    "format": "publiccode",
    "schedule": "weekly",
    "enabled": "on",
}


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_configure_sources(actors: Actors, role: str) -> None:
    client = _client(actors, role)
    client.post("/imports/sources/add/", SOURCE)
    assert Source.objects.exists() == (role == "coordinator")
    listing = client.get("/imports/sources/")
    if role == "anonymous":
        assert listing.status_code == 302
    else:
        assert listing.status_code == 200
        assert ("Harvest now" in listing.content.decode()) == (role == "coordinator")


def test_a_bad_source_keeps_the_form_with_the_reason(actors: Actors) -> None:
    client = _client(actors, "coordinator")
    response = client.post("/imports/sources/add/", {**SOURCE, "url": "file:///etc/passwd"})
    assert response.status_code == 200
    assert "Give a web address that starts with http:// or https://." in (response.content.decode())
    assert Source.objects.count() == 0


def test_coordinators_edit_and_remove_a_source(actors: Actors) -> None:
    client = _client(actors, "coordinator")
    client.post("/imports/sources/add/", SOURCE)
    source = Source.objects.get()
    client.post(f"/imports/sources/{source.uuid}/edit/", {**SOURCE, "schedule": "daily"})
    source.refresh_from_db()
    assert source.schedule == "daily"
    client.post(f"/imports/sources/{source.uuid}/delete/")
    assert Source.objects.count() == 0


def test_harvest_now_shows_the_report(actors: Actors) -> None:
    client = _client(actors, "coordinator")
    client.post(
        "/imports/sources/add/", {**SOURCE, "url": "http://127.0.0.1:9/nothing-listens-here"}
    )
    source = Source.objects.get()
    response = client.post(f"/imports/sources/{source.uuid}/harvest/", follow=True)
    run = ImportRun.objects.get(harvest_source=source)
    assert response.redirect_chain[-1][0] == f"/imports/{run.uuid}/"
    assert run.rejected == 1 and "Connection refused" in response.content.decode()
    refused = _client(actors, "editor").post(f"/imports/sources/{source.uuid}/harvest/")
    assert refused.status_code == 403
    assert ImportRun.objects.count() == 1


def test_a_file_over_the_format_limit_is_refused_unread(actors: Actors, monkeypatch) -> None:
    from anker.interop import sources

    monkeypatch.setattr(sources, "MAX_BYTES", 2 * 1024 * 1024)
    response = _client(actors, "coordinator").post(
        "/imports/upload/", _upload("big.yml", b"#" * (3 * 1024 * 1024))
    )
    assert response.status_code == 200
    assert "The file is larger than 2 MiB." in response.content.decode()
    assert ImportRun.objects.count() == 0
