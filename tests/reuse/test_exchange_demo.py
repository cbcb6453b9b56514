"""The demo's exchange requests: every status at least PER_STATUS times, some pending for
months, dates in order, texts present, and after loading, each request agrees with the
reuse edge it governs."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.utils import timezone

from anker.demo.data.blocks import BLOCKS
from anker.demo.data.exchange import PER_STATUS, STATUSES, TODAY, exchange_requests
from anker.demo.data.organisations import ORGANISATIONS

REQUESTS = exchange_requests()
BLOCK_OWNERS = {b["slug"]: b["owner"] for b in BLOCKS}
ORGS = {o["slug"] for o in ORGANISATIONS}


def day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def test_every_status_is_well_represented():
    counts = Counter(r["status"] for r in REQUESTS)
    assert set(counts) == set(STATUSES)
    assert min(counts.values()) >= PER_STATUS >= 20


def test_some_requests_have_been_pending_for_months():
    pending = [day(r["requested"]) for r in REQUESTS if r["status"] == "requested"]
    assert sum(1 for d in pending if (TODAY - d).days > 90) >= 5
    assert min(pending) <= TODAY - dt.timedelta(days=240)


def test_the_data_is_deterministic():
    assert exchange_requests() == REQUESTS


def test_requests_name_real_blocks_and_other_organisations():
    for r in REQUESTS:
        assert r["block"] in BLOCK_OWNERS and r["requester"] in ORGS, r
        assert BLOCK_OWNERS[r["block"]] != r["requester"], r
        assert r["purpose"].strip().endswith("."), r
    open_pairs = Counter(
        (r["block"], r["requester"])
        for r in REQUESTS
        if r["status"] in ("requested", "approved", "active")
    )
    assert max(open_pairs.values()) == 1, "one open request per block and organisation"


@pytest.mark.parametrize("status", STATUSES)
def test_each_status_has_the_fields_and_dates_it_needs(status):
    for r in (r for r in REQUESTS if r["status"] == status):
        requested, decided = day(r["requested"]), day(r["decided"])
        steps = [requested, decided, day(r["activated"]), day(r["ended"]), day(r["withdrawn"])]
        present = [d for d in steps if d]
        assert present == sorted(present) and present[-1] <= TODAY, r
        assert (decided is not None) == (status in ("approved", "rejected", "active", "ended")), r
        assert bool(r["activated"]) == (status == "active") or status == "ended", r
        assert bool(r["withdrawn"]) == (status == "withdrawn"), r
        assert bool(r["ended"]) == (status == "ended"), r
        if status == "rejected":
            assert r["decision_note"].strip(), r
        if status == "ended":
            assert r["end_reason"].strip(), r


@pytest.mark.django_db
def test_loaded_requests_agree_with_their_reuse_edges():
    from anker.demo.load import load_demo
    from anker.notifications.models import Notification
    from anker.reuse.models import ExchangeRequest

    counts = load_demo(reset=True)
    assert counts["exchange requests"] == len(REQUESTS)
    for exchange in ExchangeRequest.objects.select_related("reuse", "block"):
        exchange.full_clean()
        reuse = exchange.reuse
        if exchange.status in ("requested", "rejected", "withdrawn"):
            assert reuse is None or exchange.status == "withdrawn", exchange
        elif exchange.status == "approved":
            assert reuse.status != "stopped", exchange
        elif exchange.status == "active":
            assert reuse.status in ("in-use", "piloting") and reuse.confirmed_at, exchange
        else:
            assert reuse.status == "stopped" and reuse.stop_reason, exchange
        if reuse is not None:
            assert (reuse.block_id, reuse.organisation_id) == (
                exchange.block_id,
                exchange.requester_id,
            )
    oldest = ExchangeRequest.objects.filter(status="requested").order_by("requested_at").first()
    assert (timezone.now() - oldest.requested_at).days > 240
    orgadmin = Notification.objects.filter(recipient__username="orgadmin")
    assert orgadmin.filter(read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient__username="regisseur").exists()
