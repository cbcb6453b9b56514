"""Block writes: validation without half-saving, audit with before/after, dependencies."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from anker.accounts.models import AuditEvent
from anker.catalogue import services
from anker.catalogue.models import BuildingBlock, Dependency
from tests.factories import BlockFactory

pytestmark = pytest.mark.django_db


def test_create_writes_descriptions_tags_and_an_audit_event(actors):
    block = services.block_create(
        actor=actors.editor,
        owner=actors.owner,
        name="Zaakregistratie",
        kind="software",
        descriptions={"nl": ("Zaken registreren", "Lang"), "en": ("Register cases", "")},
        tags=["Zaak", "zaak ", "cases"],
    )
    assert block.slug == "zaakregistratie"
    assert sorted(block.tags.values_list("name", flat=True)) == ["cases", "zaak"]
    event = AuditEvent.objects.get(entity_uuid=block.uuid)
    assert event.action == "create" and event.after["name"] == "Zaakregistratie"
    assert event.actor == actors.editor


def test_update_records_before_and_after(actors):
    block = BlockFactory(owner=actors.owner, lifecycle="pilot")
    services.block_update(actor=actors.editor, block=block, lifecycle="production")
    event = AuditEvent.objects.get(entity_uuid=block.uuid, action="update")
    assert ("lifecycle", "pilot", "production") in event.changes


def test_an_update_that_changes_nothing_writes_no_event(actors):
    block = BlockFactory(owner=actors.owner)
    services.block_update(actor=actors.editor, block=block, name=block.name)
    assert not AuditEvent.objects.filter(entity_uuid=block.uuid).exists()


def test_invalid_update_saves_nothing(actors):
    block = BlockFactory(owner=actors.owner, name="Before")
    with pytest.raises(ValidationError) as invalid:
        services.block_update(
            actor=actors.editor, block=block, name="After", kind="spaceship", tags=["x"]
        )
    assert "kind" in invalid.value.message_dict
    fresh = BuildingBlock.objects.get(pk=block.pk)
    assert fresh.name == "Before" and not fresh.tags.exists()


def test_editor_of_another_organisation_is_refused(actors):
    block = BlockFactory(owner=actors.owner)
    with pytest.raises(PermissionDenied):
        services.block_update(actor=actors.other_editor, block=block, name="Taken over")
    with pytest.raises(PermissionDenied):
        services.block_create(actor=actors.other_editor, owner=actors.owner, name="X", kind="api")


def test_dependencies_refuse_self_and_duplicates(actors):
    a, b = BlockFactory(owner=actors.owner), BlockFactory()
    services.dependency_add(actor=actors.editor, dependent=a, dependency=b)
    with pytest.raises(ValidationError):
        services.dependency_add(actor=actors.editor, dependent=a, dependency=b)
    with pytest.raises(ValidationError):
        services.dependency_add(actor=actors.editor, dependent=a, dependency=a)
    assert Dependency.objects.count() == 1
    # The edge shows in the history of both blocks.
    assert AuditEvent.objects.filter(related_uuid=b.uuid).exists()


def test_compliance_needs_a_standard_and_an_explanation(actors):
    block, standard = BlockFactory(owner=actors.owner), BlockFactory(kind="standard")
    with pytest.raises(ValidationError):
        services.compliance_set(
            actor=actors.editor, block=block, standard=BlockFactory(), status="complies"
        )
    with pytest.raises(ValidationError):
        services.compliance_set(
            actor=actors.editor, block=block, standard=standard, status="explained"
        )
    record = services.compliance_set(
        actor=actors.editor,
        block=block,
        standard=standard,
        status="explained",
        explanation="Legacy protocol until 2027",
    )
    assert record.explanation.startswith("Legacy")


def test_handing_a_block_to_another_organisation_is_audited_with_the_old_owner(actors):
    block = BlockFactory(owner=actors.owner)
    services.block_update(actor=actors.coordinator, block=block, owner=actors.other)
    event = AuditEvent.objects.get(entity_uuid=block.uuid, action="update")
    assert ("owner", actors.owner.name, actors.other.name) in event.changes


def test_fields_outside_the_form_cannot_be_set(actors):
    block = BlockFactory(owner=actors.owner)
    with pytest.raises(ValidationError) as refused:
        services.block_update(actor=actors.editor, block=block, reuse_count=99)
    assert "reuse_count" in refused.value.message_dict


def test_evidence_is_validated_and_audited(actors):
    block = BlockFactory(owner=actors.owner)
    with pytest.raises(ValidationError) as invalid:
        services.evidence_add(actor=actors.editor, block=block, kind="horoscope", date="2025-01-01")
    assert "kind" in invalid.value.message_dict and not block.evidence.exists()
    evidence = services.evidence_add(
        actor=actors.editor, block=block, kind="dpia", date="2025-01-01", note="Model DPIA"
    )
    assert AuditEvent.objects.filter(entity_uuid=evidence.uuid, related_uuid=block.uuid).exists()
    with pytest.raises(PermissionDenied):
        services.evidence_remove(actor=actors.other_editor, evidence=evidence)
    services.evidence_remove(actor=actors.editor, evidence=evidence)
    assert not block.evidence.exists()


def test_a_standard_does_not_comply_with_itself(actors):
    standard = BlockFactory(owner=actors.owner, kind="standard")
    with pytest.raises(ValidationError):
        services.compliance_set(
            actor=actors.editor, block=standard, standard=standard, status="complies"
        )
