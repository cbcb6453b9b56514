"""Create, read, update and delete through the API, per entity, with the audit trail."""

from __future__ import annotations

import pytest

from anker.accounts.models import AuditAction, AuditEvent
from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock, Dependency
from anker.organisations.models import Organisation
from anker.reuse.models import DeclaredBy, Reuse
from tests.factories import DescriptionFactory

pytestmark = pytest.mark.django_db


def audited(instance_uuid, action: str) -> AuditEvent:
    event = AuditEvent.objects.filter(entity_uuid=instance_uuid, action=action).first()
    assert event is not None, f"no {action} audit event"
    assert event.via == "api"
    return event


def test_block_crud(api_as, world):
    client = api_as("editor")
    created = client.post(
        "/building-blocks",
        {
            "name": "Open Formulieren",
            "kind": "software",
            "owner": world.actors.owner.slug,
            "lifecycle": "pilot",
            "licence": "EUPL-1.2",
            "homepage_url": "https://open-formulieren.example",
            "descriptions": [
                {
                    "language": "nl",
                    "short_description": "Formulieren bouwen",
                    "long_description": "Lang.",
                },
                {"language": "en", "short_description": "Build forms"},
            ],
            "tags": ["Forms", "formulieren"],
            "capabilities": [world.capability.slug],
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert created["Location"].endswith("/api/v1/building-blocks/open-formulieren")
    assert body["slug"] == "open-formulieren"
    assert body["owner"] == {"slug": world.actors.owner.slug, "name": world.actors.owner.name}
    assert [d["language"] for d in body["descriptions"]] == ["en", "nl"]
    assert body["tags"] == ["forms", "formulieren"]
    assert body["capabilities"] == [world.capability.slug]
    block = BuildingBlock.objects.get(slug="open-formulieren")
    assert audited(block.uuid, AuditAction.CREATE).actor == world.actors.editor

    read = client.get("/building-blocks/open-formulieren").json()
    # The detail adds standards, evidence and (API blocks) the design score to a write.
    assert read == {**body, "compliance": [], "evidence": [], "design_score": None}

    changed = client.patch(
        "/building-blocks/open-formulieren",
        {
            "lifecycle": "production",
            "tags": ["forms"],
            "descriptions": [{"language": "nl"}],
        },
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["lifecycle"] == "production"
    assert changed.json()["tags"] == ["forms"]
    assert changed.json()["descriptions"] == [
        {"language": "nl", "short_description": "", "long_description": ""}
    ]
    assert changed.json()["licence"] == "EUPL-1.2", "fields not sent stay as they were"
    assert audited(block.uuid, AuditAction.UPDATE).after["lifecycle"] == "production"

    assert client.delete("/building-blocks/open-formulieren").status_code == 204
    assert not BuildingBlock.objects.filter(slug="open-formulieren").exists()
    audited(block.uuid, AuditAction.DELETE)
    assert client.get("/building-blocks/open-formulieren").status_code == 404


def test_block_verify_sets_last_verified(api_as, world):
    response = api_as("editor").post(f"/building-blocks/{world.block.slug}/verify")
    assert response.status_code == 200
    assert response.json()["last_verified_at"] is not None


def test_block_hand_over_by_coordinator(api_as, world):
    response = api_as("coordinator").patch(
        f"/building-blocks/{world.block.slug}", {"owner": world.third.slug}
    )
    assert response.json()["owner"]["slug"] == world.third.slug


def test_organisation_crud_and_merge(api_as, world):
    client = api_as("coordinator")
    created = client.post(
        "/organisations",
        {
            "name": "Provincie Utrecht",
            "kind": "regional",
            "country": "nl",
            "parent": world.third.slug,
            "identifiers": [{"scheme": "oin", "value": "00000001234567890000"}],
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["slug"] == "provincie-utrecht" and body["country"] == "NL"
    assert body["is_public_sector"] is True and body["parent"] == world.third.slug
    assert body["identifiers"] == [{"scheme": "oin", "value": "00000001234567890000"}]
    organisation = Organisation.objects.get(slug="provincie-utrecht")
    audited(organisation.uuid, AuditAction.CREATE)

    changed = client.patch(
        "/organisations/provincie-utrecht", {"parent": None, "website": "https://utrecht.example"}
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["parent"] is None
    assert changed.json()["identifiers"] == body["identifiers"], "identifiers not sent stay"

    merged = client.post(
        f"/organisations/{world.merge_source.slug}/merge", {"target": "provincie-utrecht"}
    )
    assert merged.status_code == 200 and merged.json()["slug"] == "provincie-utrecht"
    assert audited(organisation.uuid, AuditAction.MERGE)
    # The old slug keeps resolving, to the record it was merged into…
    assert (
        client.get(f"/organisations/{world.merge_source.slug}").json()["slug"]
        == "provincie-utrecht"
    )
    # …but is left out of the list and cannot be written to.
    slugs = {o["slug"] for o in client.get("/organisations", {"page_size": 100}).json()["results"]}
    assert world.merge_source.slug not in slugs
    assert (
        client.patch(f"/organisations/{world.merge_source.slug}", {"name": "x"}).status_code == 404
    )

    assert client.delete(f"/organisations/{world.empty.slug}").status_code == 204
    assert not Organisation.objects.filter(slug=world.empty.slug).exists()
    audited(world.empty.uuid, AuditAction.DELETE)


def test_merge_moves_blocks_and_reuse(api_as, world):
    response = api_as("coordinator").post(
        f"/organisations/{world.third.slug}/merge", {"target": world.actors.other.slug}
    )
    assert response.status_code == 200
    assert response.json()["block_count"] == 2
    assert BuildingBlock.objects.filter(owner=world.actors.other).count() == 2
    assert Reuse.objects.filter(organisation=world.actors.other).count() == 1


def test_org_admin_updates_own_organisation(api_as, world):
    response = api_as("org_admin").patch(
        f"/organisations/{world.actors.owner.slug}", {"description": "Onze gemeente."}
    )
    assert response.status_code == 200
    assert response.json()["description"] == "Onze gemeente."
    assert response.json()["block_count"] == 2


def test_capability_crud(api_as, world):
    client = api_as("coordinator")
    created = client.post(
        "/capabilities",
        {
            "name": "Card payments",
            "name_nl": "Kaartbetalingen",
            "parent": world.capability.slug,
            "position": 2,
        },
    )
    assert created.status_code == 201, created.content
    assert created.json()["parent"] == world.capability.slug
    assert created["Location"].endswith("/api/v1/capabilities/card-payments")
    capability = Capability.objects.get(slug="card-payments")
    audited(capability.uuid, AuditAction.CREATE)

    assert client.get("/capabilities/card-payments").json()["name_nl"] == "Kaartbetalingen"
    assert client.get("/capabilities", {"parent": world.capability.slug}).json()["count"] == 1
    assert client.get("/capabilities", {"root": "true"}).json()["count"] == 1

    changed = client.patch(
        "/capabilities/card-payments", {"parent": None, "description": "Pin en contactloos."}
    )
    assert changed.status_code == 200 and changed.json()["parent"] is None
    audited(capability.uuid, AuditAction.UPDATE)

    assert client.delete("/capabilities/card-payments").status_code == 204
    audited(capability.uuid, AuditAction.DELETE)


def test_reuse_crud_and_confirmation(api_as, world):
    provider = api_as("editor")
    created = provider.post(
        "/reuses",
        {
            "block": world.block_b.slug,
            "organisation": world.third.slug,
            "mode": "shared-service",
            "status": "piloting",
            "since": "2024-02-01",
            "evidence_url": "https://evidence.example/1",
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["declared_by"] == DeclaredBy.PROVIDER and body["confirmed_at"] is None
    assert body["block"] == {"slug": world.block_b.slug, "name": world.block_b.name}
    assert body["since"] == "2024-02-01"
    reuse = Reuse.objects.get(uuid=body["uuid"])
    assert audited(reuse.uuid, AuditAction.CREATE).related_uuid == world.block_b.uuid
    assert provider.get(f"/reuses/{reuse.uuid}").json() == body

    stopped = provider.patch(
        f"/reuses/{reuse.uuid}", {"status": "stopped", "stop_reason": "Replaced."}
    )
    assert stopped.status_code == 200, stopped.content
    assert stopped.json()["until"] is not None, "stopping sets the end date"

    reuser = api_as("editor")
    confirmed = reuser.post(f"/reuses/{world.reuser_reuse.uuid}/confirm")
    assert confirmed.status_code == 200 and confirmed.json()["confirmed_at"] is not None

    assert provider.delete(f"/reuses/{reuse.uuid}").status_code == 204
    audited(reuse.uuid, AuditAction.DELETE)


def test_reuse_declared_by_the_reuser_is_confirmed(api_as, world):
    response = api_as("editor").post(
        "/reuses", {"block": world.third_block_b.slug, "organisation": world.actors.owner.slug}
    )
    assert response.json()["declared_by"] == DeclaredBy.REUSER
    assert response.json()["confirmed_at"] is not None


def test_dependency_crud(api_as, world):
    client = api_as("editor")
    created = client.post(
        "/dependencies",
        {
            "dependent": world.block_b.slug,
            "dependency": world.third_block_b.slug,
            "note": "Adressen",
        },
    )
    assert created.status_code == 201, created.content
    edge = Dependency.objects.get(uuid=created.json()["uuid"])
    assert created.json()["dependency"]["slug"] == world.third_block_b.slug
    assert AuditEvent.objects.filter(entity_uuid=edge.uuid, via="api").count() == 2  # one per block
    assert client.get(f"/dependencies/{edge.uuid}").json() == created.json()

    listed = client.get("/dependencies", {"block": world.third_block_b.slug}).json()
    assert [d["uuid"] for d in listed["results"]] == [str(edge.uuid)]
    assert client.get("/dependencies", {"dependent": world.block.slug}).json()["count"] == 1
    assert client.get("/dependencies", {"dependency": world.third_block.slug}).json()["count"] == 1

    assert client.delete(f"/dependencies/{edge.uuid}").status_code == 204
    assert not Dependency.objects.filter(id=edge.id).exists()


def test_block_detail_shows_description_per_language(api_as, world):
    DescriptionFactory(block=world.block, language="nl", short_description="Zaken")
    DescriptionFactory(block=world.block, language="en", short_description="Cases")
    body = api_as("anonymous").get(f"/building-blocks/{world.block.slug}").json()
    assert {d["language"]: d["short_description"] for d in body["descriptions"]} == {
        "nl": "Zaken",
        "en": "Cases",
    }
    assert body["reuse_count"] == 1


def test_block_detail_shows_provenance_standards_and_evidence(client, actors):
    from anker.catalogue.models import SecurityEvidence, StandardCompliance
    from tests.factories import BlockFactory

    block = BlockFactory(owner=actors.owner, slug="with-evidence")
    open_standard = BlockFactory(kind="standard", slug="open-standard")
    hidden_standard = BlockFactory(kind="standard", slug="hidden-standard", openness="restricted")
    StandardCompliance.objects.create(block=block, standard=open_standard, status="complies")
    StandardCompliance.objects.create(block=block, standard=hidden_standard, status="complies")
    SecurityEvidence.objects.create(
        block=block, kind="pentest", date="2026-02-12", note="Release 3"
    )
    body = client.get("/api/v1/building-blocks/with-evidence").json()
    assert body["source_format"] == "manual"
    assert [c["standard"] for c in body["compliance"]] == ["open-standard"]
    assert body["evidence"] == [
        {"kind": "pentest", "date": "2026-02-12", "url": "", "note": "Release 3"}
    ]
