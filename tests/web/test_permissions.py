"""The permission matrix of the web UI: every role × every write.

An allowed write changes the database; a refused one changes nothing and answers with
the sign-in page (anonymous), a 403 page, or the form with an error, never a 500."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from anker.catalogue.models import BuildingBlock, Dependency, SecurityEvidence, StandardCompliance
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse
from tests.conftest import Actors
from tests.factories import BlockFactory, DependencyFactory, OrganisationFactory

EDITORS = {"editor", "org_admin", "coordinator"}


@dataclass
class Write:
    name: str
    allowed: set[str]
    request: Callable[[Actors, dict], tuple[str, dict]]
    happened: Callable[[Actors, dict], bool]


def block_form(actors: Actors, **overrides) -> dict:
    data = {
        "owner": actors.owner.pk,
        "name": "Edited name",
        "kind": "software",
        "lifecycle": "pilot",
        "openness": "open",
        "maintenance": "internal",
        "default_language": "en",
        "short_en": "A short description",
        "tags_text": "a, b",
    }
    data.update(overrides)
    return data


WRITES = [
    Write(
        "create block",
        EDITORS,
        lambda a, w: ("/blocks/new/", block_form(a, name="Brand new block")),
        lambda a, w: BuildingBlock.objects.filter(name="Brand new block").exists(),
    ),
    Write(
        "edit block",
        EDITORS,
        lambda a, w: (f"/blocks/{w['block'].slug}/edit/", block_form(a)),
        lambda a, w: BuildingBlock.objects.get(pk=w["block"].pk).name == "Edited name",
    ),
    Write(
        "delete block",
        EDITORS,
        lambda a, w: (f"/blocks/{w['block'].slug}/delete/", {}),
        lambda a, w: not BuildingBlock.objects.filter(pk=w["block"].pk).exists(),
    ),
    Write(
        "verify block",
        EDITORS,
        lambda a, w: (f"/blocks/{w['block'].slug}/verify/", {}),
        lambda a, w: BuildingBlock.objects.get(pk=w["block"].pk).last_verified_at is not None,
    ),
    Write(
        "add dependency",
        EDITORS,
        lambda a, w: (
            f"/blocks/{w['block'].slug}/dependencies/add/",
            {"dependency": w["target"].slug},
        ),
        lambda a, w: Dependency.objects.filter(
            dependent=w["block"], dependency=w["target"]
        ).exists(),
    ),
    Write(
        "remove dependency",
        EDITORS,
        lambda a, w: (f"/blocks/{w['block'].slug}/dependencies/{w['edge'].uuid}/remove/", {}),
        lambda a, w: not Dependency.objects.filter(pk=w["edge"].pk).exists(),
    ),
    Write(
        "record a standard",
        EDITORS,
        lambda a, w: (
            f"/blocks/{w['block'].slug}/standards/add/",
            {"standard": w["standard"].slug, "status": "complies"},
        ),
        lambda a, w: w["block"].compliance.filter(standard=w["standard"]).exists(),
    ),
    Write(
        "remove a standard",
        EDITORS,
        lambda a, w: (f"/blocks/{w['block'].slug}/standards/{w['compliance'].uuid}/remove/", {}),
        lambda a, w: not StandardCompliance.objects.filter(pk=w["compliance"].pk).exists(),
    ),
    Write(
        "add evidence",
        EDITORS,
        lambda a, w: (
            f"/blocks/{w['block'].slug}/evidence/add/",
            {"kind": "pentest", "date": "2026-10-01", "note": "Release 3"},
        ),
        lambda a, w: w["block"].evidence.filter(note="Release 3").exists(),
    ),
    Write(
        "remove evidence",
        EDITORS,
        lambda a, w: (f"/blocks/{w['block'].slug}/evidence/{w['evidence'].uuid}/remove/", {}),
        lambda a, w: not SecurityEvidence.objects.filter(pk=w["evidence"].pk).exists(),
    ),
    Write(
        "declare reuse",
        EDITORS | {"other_editor"},
        lambda a, w: (
            f"/reuse/declare/{w['block'].slug}/",
            {"organisation": a.other.pk, "mode": "as-is", "status": "in-use"},
        ),
        lambda a, w: Reuse.objects.filter(block=w["block"], organisation=a.other).exists(),
    ),
    Write(
        "edit organisation",
        {"org_admin", "coordinator"},
        lambda a, w: (
            f"/organisations/{a.owner.slug}/edit/",
            {"name": "Renamed", "kind": "local", "country": "NL", "is_public_sector": "on"},
        ),
        lambda a, w: Organisation.objects.get(pk=a.owner.pk).name == "Renamed",
    ),
    Write(
        "create organisation",
        {"coordinator"},
        lambda a, w: (
            "/organisations/new/",
            {"name": "Nieuwe Gemeente", "kind": "local", "country": "NL"},
        ),
        lambda a, w: Organisation.objects.filter(name="Nieuwe Gemeente").exists(),
    ),
    Write(
        "delete organisation",
        {"coordinator"},
        lambda a, w: (f"/organisations/{w['empty'].slug}/delete/", {}),
        lambda a, w: not Organisation.objects.filter(pk=w["empty"].pk).exists(),
    ),
    Write(
        "merge organisations",
        {"coordinator"},
        lambda a, w: (f"/organisations/{w['empty'].slug}/merge/", {"target": a.owner.pk}),
        lambda a, w: Organisation.objects.get(pk=w["empty"].pk).merged_into_id == a.owner.pk,
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", Actors.ROLES)
@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.name)
def test_web_write(actors: Actors, role: str, write: Write) -> None:
    block = BlockFactory(owner=actors.owner, slug="the-block")
    world = {
        "block": block,
        "target": BlockFactory(slug="target"),
        "empty": OrganisationFactory(),
        "edge": DependencyFactory(dependent=block),
        "standard": BlockFactory(slug="standard", kind="standard"),
    }
    world["compliance"] = StandardCompliance.objects.create(
        block=block, standard=BlockFactory(kind="standard"), status="complies"
    )
    world["evidence"] = SecurityEvidence.objects.create(block=block, kind="dpia", date="2025-01-01")
    client = Client()
    if actors.user(role):
        client.force_login(actors.user(role))
    url, data = write.request(actors, world)
    response = client.post(url, data)
    assert response.status_code != 500
    if role in write.allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert write.happened(actors, world)
    else:
        assert not write.happened(actors, world)
        if role == "anonymous":
            assert response.status_code == 302 and "/account/login/" in response["Location"]
        else:
            assert response.status_code in (200, 403)
