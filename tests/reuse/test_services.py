"""The reuse edge: provider claims, reuser confirmations, validation, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from anker.accounts.models import AuditEvent
from anker.reuse import services
from anker.reuse.models import Reuse
from tests.factories import BlockFactory

pytestmark = pytest.mark.django_db


def test_reuser_declaration_counts_as_confirmed(actors):
    block = BlockFactory(owner=actors.owner)
    reuse = services.reuse_declare(
        actor=actors.other_editor,
        block=block,
        organisation=actors.other,
        status="piloting",
        since=dt.date(2024, 1, 1),
    )
    assert reuse.declared_by == "reuser" and reuse.is_confirmed
    assert AuditEvent.objects.filter(entity_uuid=reuse.uuid, related_uuid=block.uuid).exists()


def test_provider_claim_waits_for_confirmation(actors):
    block = BlockFactory(owner=actors.owner)
    reuse = services.reuse_declare(actor=actors.editor, block=block, organisation=actors.other)
    assert reuse.declared_by == "provider" and not reuse.is_confirmed
    with pytest.raises(PermissionDenied):
        services.reuse_confirm(actor=actors.editor, reuse=reuse)
    services.reuse_confirm(actor=actors.other_editor, reuse=reuse)
    assert Reuse.objects.get(pk=reuse.pk).is_confirmed


@pytest.mark.parametrize(
    "fields, field",
    [
        (
            {
                "since": dt.date(2024, 5, 1),
                "until": dt.date(2024, 1, 1),
                "status": "stopped",
                "stop_reason": "Too costly",
            },
            "until",
        ),
        ({"status": "stopped"}, "stop_reason"),
        ({"status": "in-use", "until": dt.date(2024, 1, 1)}, "until"),
    ],
)
def test_invalid_edges_name_the_field_and_save_nothing(actors, fields, field):
    block = BlockFactory(owner=actors.owner)
    with pytest.raises(ValidationError) as invalid:
        services.reuse_declare(
            actor=actors.other_editor, block=block, organisation=actors.other, **fields
        )
    assert field in invalid.value.message_dict
    assert not Reuse.objects.exists()


def test_an_owner_does_not_reuse_its_own_block(actors):
    block = BlockFactory(owner=actors.owner)
    with pytest.raises(ValidationError):
        services.reuse_declare(actor=actors.editor, block=block, organisation=actors.owner)


def test_one_edge_per_pair(actors):
    block = BlockFactory(owner=actors.owner)
    services.reuse_declare(actor=actors.other_editor, block=block, organisation=actors.other)
    with pytest.raises(ValidationError):
        services.reuse_declare(actor=actors.other_editor, block=block, organisation=actors.other)
    assert Reuse.objects.count() == 1


def test_stopping_sets_the_end_date_and_keeps_the_reason(actors):
    block = BlockFactory(owner=actors.owner)
    reuse = services.reuse_declare(
        actor=actors.other_editor, block=block, organisation=actors.other
    )
    services.reuse_update(
        actor=actors.other_editor,
        reuse=reuse,
        status="stopped",
        stop_reason="Replaced by a regional platform",
    )
    reuse.refresh_from_db()
    assert reuse.until is not None and reuse.stop_reason.startswith("Replaced")


def test_strangers_cannot_record_reuse(actors):
    block = BlockFactory(owner=actors.owner)
    for actor in (None, actors.viewer):
        with pytest.raises(PermissionDenied):
            services.reuse_declare(actor=actor, block=block, organisation=actors.other)
