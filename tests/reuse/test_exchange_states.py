"""The exchange state machine: every pair of statuses is either one allowed step of the
documented table (docs/exchange.md) or refused, and each step does to the Reuse edge
what the table promises."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from anker.accounts.models import AuditEvent
from anker.reuse import services
from anker.reuse.models import ALLOWED_STATUS_CHANGES, TRANSITIONS, ExchangeRequest, Reuse
from tests.factories import BlockFactory, OrganisationFactory, ReuseFactory
from tests.reuse.conftest import STATUSES

pytestmark = pytest.mark.django_db

# The table of docs/exchange.md, written out independently of the code's table.
EXPECTED = {
    ("requested", "approved"): "approve",
    ("requested", "rejected"): "reject",
    ("requested", "withdrawn"): "withdraw",
    ("approved", "active"): "activate",
    ("approved", "ended"): "end",
    ("active", "ended"): "end",
}
ARGUMENTS = {"reject": {"reason": "No capacity."}, "end": {"reason": "Contract ended."}}


def test_the_code_has_the_documented_table():
    assert set(ALLOWED_STATUS_CHANGES) == set(EXPECTED)
    for (source, target), action in EXPECTED.items():
        assert source in TRANSITIONS[action].sources and TRANSITIONS[action].target == target
    assert {"requested", *(t for _s, t in EXPECTED)} == set(STATUSES)


@pytest.mark.parametrize(("source", "target"), list(itertools.product(STATUSES, STATUSES)))
def test_every_pair_of_statuses(actors, exchange_at, source, target):
    """An allowed pair is reached by its step; for a forbidden pair every step that leads
    to ``target`` is refused from ``source`` and leaves the request as it was."""
    exchange = exchange_at(source)
    if (source, target) in EXPECTED:
        action = EXPECTED[(source, target)]
        done = services.EXCHANGE_STEPS[action](
            actor=actors.coordinator, exchange=exchange, **ARGUMENTS.get(action, {})
        )
        assert done.status == target
        assert ExchangeRequest.objects.get(pk=exchange.pk).status == target
        return
    leading_there = [a for a, t in TRANSITIONS.items() if t.target == target]
    for action in leading_there:
        events = AuditEvent.objects.count()
        with pytest.raises(ValidationError) as refused:
            services.EXCHANGE_STEPS[action](
                actor=actors.coordinator, exchange=exchange, **ARGUMENTS.get(action, {})
            )
        assert refused.value.error_dict["status"][0].code == "invalid-transition"
        assert ExchangeRequest.objects.get(pk=exchange.pk).status == source
        assert AuditEvent.objects.count() == events
    if target == "requested" or target == source:
        assert not any(t.target == target and source in t.sources for t in TRANSITIONS.values())


@pytest.mark.parametrize(("source", "action"), list(itertools.product(STATUSES, TRANSITIONS)))
def test_every_step_from_every_status(actors, exchange_at, source, action):
    exchange = exchange_at(source)
    allowed = source in TRANSITIONS[action].sources
    step = services.EXCHANGE_STEPS[action]
    if allowed:
        assert step(actor=actors.coordinator, exchange=exchange, **ARGUMENTS.get(action, {}))
    else:
        with pytest.raises(ValidationError):
            step(actor=actors.coordinator, exchange=exchange, **ARGUMENTS.get(action, {}))
    assert ((source, TRANSITIONS[action].target) in ALLOWED_STATUS_CHANGES) == allowed


def test_terminal_statuses_have_no_way_out():
    for status in ("rejected", "withdrawn", "ended"):
        assert not any(status in t.sources for t in TRANSITIONS.values())


# --- what each step does to the Reuse edge ----------------------------------------------


def test_approval_records_the_reuse_as_agreed_but_not_yet_confirmed(actors, exchange_at):
    exchange = exchange_at("approved")
    reuse = exchange.reuse
    assert (reuse.block_id, reuse.organisation_id) == (exchange.block_id, actors.other.id)
    assert reuse.status == "evaluating" and reuse.declared_by == "provider"
    assert reuse.confirmed_at is None
    assert exchange.block.__class__.objects.get(pk=exchange.block_id).reuse_count == 1
    assert exchange.decided_by == actors.coordinator and exchange.decided_at is not None


def test_activation_confirms_the_reuse_as_in_use(actors, exchange_at):
    exchange = exchange_at("active")
    reuse = Reuse.objects.get(pk=exchange.reuse_id)
    assert reuse.status == "in-use" and reuse.confirmed_at is not None
    assert reuse.since == timezone.localdate()
    assert exchange.activated_at is not None


def test_ending_stops_the_reuse_with_the_same_reason(actors, exchange_at):
    exchange = exchange_at("ended")
    reuse = Reuse.objects.get(pk=exchange.reuse_id)
    assert reuse.status == "stopped" and reuse.stop_reason == "Contract ended."
    assert reuse.until == timezone.localdate()
    assert exchange.block.__class__.objects.get(pk=exchange.block_id).reuse_count == 0


def test_ending_an_approved_exchange_stops_the_agreed_reuse(actors, exchange_at):
    exchange = services.exchange_request_end(
        actor=actors.org_admin, exchange=exchange_at("approved"), reason="Not needed after all."
    )
    assert exchange.reuse.status == "stopped"


@pytest.mark.parametrize("status", ["requested", "rejected", "withdrawn"])
def test_no_reuse_without_approval(exchange_at, status):
    assert exchange_at(status).reuse is None
    assert not Reuse.objects.exists()


def test_an_existing_reuse_is_kept_and_then_confirmed(actors, exchange_at):
    """The provider had claimed it already: approval leaves it, activation confirms it."""
    block = BlockFactory(owner=actors.owner)
    claim = ReuseFactory(
        block=block,
        organisation=actors.other,
        declared_by="provider",
        status="piloting",
        since=dt.date(2025, 3, 1),
    )
    exchange = exchange_at("approved", block=block)
    assert exchange.reuse_id == claim.pk
    assert Reuse.objects.get(pk=claim.pk).status == "piloting"
    services.exchange_request_activate(actor=actors.other_editor, exchange=exchange)
    claim.refresh_from_db()
    assert claim.status == "piloting"  # a pilot is use: the finer word stays
    assert claim.confirmed_at is not None and claim.since == dt.date(2025, 3, 1)
    assert Reuse.objects.count() == 1


def test_a_stopped_reuse_is_reopened_by_a_new_approval(actors, exchange_at):
    block = BlockFactory(owner=actors.owner)
    old = ReuseFactory(
        block=block,
        organisation=actors.other,
        status="stopped",
        since=dt.date(2020, 1, 1),
        until=dt.date(2022, 1, 1),
        stop_reason="Budget cuts.",
    )
    exchange = exchange_at("active", block=block)
    old.refresh_from_db()
    assert exchange.reuse_id == old.pk
    assert old.status == "in-use" and old.until is None and old.stop_reason == ""
    assert old.since == timezone.localdate()


# --- the rules around the steps ----------------------------------------------------------


@pytest.mark.parametrize("action", ["reject", "end"])
def test_rejecting_and_ending_need_a_reason(actors, exchange_at, action):
    exchange = exchange_at("requested" if action == "reject" else "active")
    with pytest.raises(ValidationError) as invalid:
        services.EXCHANGE_STEPS[action](actor=actors.coordinator, exchange=exchange, reason="  ")
    assert "reason" in invalid.value.error_dict


def test_one_open_request_per_block_and_organisation(actors, exchange_at):
    exchange = exchange_at("requested")
    with pytest.raises(ValidationError) as invalid:
        services.exchange_request_create(
            actor=actors.other_editor,
            block=exchange.block,
            requester=actors.other,
            purpose="Again.",
        )
    assert "block" in invalid.value.error_dict
    services.exchange_request_withdraw(actor=actors.other_editor, exchange=exchange)
    again = services.exchange_request_create(
        actor=actors.other_editor, block=exchange.block, requester=actors.other, purpose="Again."
    )
    assert again.status == "requested"


def test_an_organisation_does_not_ask_for_its_own_block(actors):
    block = BlockFactory(owner=actors.owner)
    with pytest.raises(ValidationError) as invalid:
        services.exchange_request_create(
            actor=actors.editor, block=block, requester=actors.owner, purpose="Ours."
        )
    assert "requester" in invalid.value.error_dict


def test_a_hidden_block_cannot_be_asked_for_by_an_outsider(actors):
    block = BlockFactory(owner=actors.owner, openness="restricted")
    with pytest.raises(ValidationError):
        services.exchange_request_create(
            actor=actors.other_editor, block=block, requester=actors.other, purpose="x"
        )
    # The regisseur brokers it: coordinators see every block and ask on behalf of others.
    brokered = services.exchange_request_create(
        actor=actors.coordinator, block=block, requester=actors.other, purpose="x"
    )
    assert brokered.requested_by == actors.coordinator


def test_unknown_fields_are_refused(actors):
    with pytest.raises(ValidationError):
        services.exchange_request_create(
            actor=actors.other_editor,
            block=BlockFactory(owner=actors.owner),
            requester=actors.other,
            purpose="x",
            status="active",
        )


def test_the_request_changes_only_before_the_decision(actors, exchange_at):
    exchange = exchange_at("requested")
    changed = services.exchange_request_update(
        actor=actors.other_editor, exchange=exchange, terms="Free of charge."
    )
    assert changed.terms == "Free of charge."
    with pytest.raises(PermissionDenied):
        services.exchange_request_update(actor=actors.org_admin, exchange=exchange, terms="x")
    approved = exchange_at("approved", requester=OrganisationFactory())
    with pytest.raises(ValidationError):
        services.exchange_request_update(actor=actors.coordinator, exchange=approved, terms="x")


def test_every_step_is_audited_with_before_and_after(actors, exchange_at):
    exchange = exchange_at("ended")
    events = AuditEvent.objects.filter(entity_uuid=exchange.uuid).order_by("id")
    assert [e.action for e in events] == ["create", "update", "update", "update"]
    assert [e.after["status"] for e in events] == ["requested", "approved", "active", "ended"]
    assert all(e.related_uuid == exchange.block.uuid for e in events)
    reuse_events = AuditEvent.objects.filter(entity_uuid=exchange.reuse.uuid)
    assert [e.action for e in reuse_events.order_by("id")] == ["create", "update", "update"]
