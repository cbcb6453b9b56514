"""The evidence check: which facts it reads, as of which date, and when it warns."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django.utils.translation import override

from anker.portfolio.evidence import evidence_check, warning_message
from anker.portfolio.models import InitiativeBlock
from tests.factories import BlockFactory, KpiFactory, OrganisationFactory, ReuseFactory

pytestmark = pytest.mark.django_db
AS_OF = dt.date(2026, 1, 1)


def codes(portfolio, to_stage="scaling", level=3, as_of=AS_OF):
    check = evidence_check(
        portfolio.initiative, to_stage=to_stage, evidence_level=level, as_of=as_of
    )
    return {w.code for w in check.warnings}, check.facts


def reuse(portfolio, organisation=None, **fields):
    fields.setdefault("since", dt.date(2025, 6, 1))
    fields.setdefault("confirmed_at", timezone.now())
    return ReuseFactory(
        block=portfolio.block, organisation=organisation or OrganisationFactory(), **fields
    )


def test_nothing_produced(portfolio):
    portfolio.initiative.block_links.all().delete()
    found, facts = codes(portfolio)
    assert "no-produced-blocks" in found and facts.produced_blocks == 0


def test_no_reuse_names_the_claimed_level(portfolio):
    found, _facts = codes(portfolio, level=4)
    assert "no-reuse" in found
    with override("en"):
        assert warning_message("no-reuse", {"level": 4}) == (
            "Claims evidence level 4 but none of the blocks it produced is reused by another "
            "organisation."
        )


def test_what_counts_as_reuse_on_the_date(portfolio):
    reuse(portfolio, status="evaluating")  # not reuse yet
    reuse(portfolio, since=dt.date(2026, 3, 1))  # started after the date
    reuse(portfolio, status="stopped", until=dt.date(2025, 9, 1), stop_reason="x")  # ended before
    later = reuse(portfolio, status="stopped", until=dt.date(2026, 6, 1), stop_reason="x")
    found, facts = codes(portfolio)
    assert facts.reusers == [later.organisation.name]
    assert facts.stopped_reusers == 1
    assert "no-reuse" not in found


def test_the_owner_does_not_count_and_partners_are_not_beyond_the_initiative(portfolio):
    partner_reuse = reuse(portfolio, organisation=portfolio.actors.other)
    found, facts = codes(portfolio)
    assert facts.reusers == [partner_reuse.organisation.name]
    assert facts.reusers_outside_partners == 0
    assert "partners-only" in found


def test_unconfirmed_claims(portfolio):
    reuse(portfolio, confirmed_at=None)
    found, facts = codes(portfolio)
    assert "unconfirmed-reuse" in found and facts.confirmed_reusers == 0


def test_anchoring_asks_for_three_reusers(portfolio):
    reuse(portfolio)
    reuse(portfolio)
    assert "few-reusers" in codes(portfolio, to_stage="anchored", level=4)[0]
    reuse(portfolio)
    assert "few-reusers" not in codes(portfolio, to_stage="anchored", level=4)[0]


def test_replication_needs_two_reusers(portfolio):
    reuse(portfolio)
    assert "not-replicated" in codes(portfolio, level=5)[0]
    reuse(portfolio)
    assert "not-replicated" not in codes(portfolio, level=5)[0]


def test_more_stopped_than_active(portfolio):
    reuse(portfolio)
    for _ in range(2):
        reuse(portfolio, status="stopped", until=dt.date(2025, 10, 1), stop_reason="Moved on")
    assert "more-stopped" in codes(portfolio)[0]


def test_reuse_of_another_produced_block_counts_too(portfolio):
    second = BlockFactory(owner=portfolio.actors.owner)
    InitiativeBlock.objects.create(initiative=portfolio.initiative, block=second, role="produces")
    ReuseFactory(block=second, organisation=OrganisationFactory(), confirmed_at=timezone.now())
    found, facts = codes(portfolio)
    assert facts.produced_blocks == 2 and len(facts.reusers) == 1


def test_kpis_moving_away_from_their_target(portfolio):
    portfolio.kpi.measurements.create(measured_on=dt.date(2025, 9, 1), value=30)  # 40 → 30
    lower = KpiFactory(initiative=portfolio.initiative, name="Wachttijd", direction="lower")
    lower.measurements.create(measured_on=dt.date(2025, 6, 1), value=10)
    lower.measurements.create(measured_on=dt.date(2025, 9, 1), value=8)  # better
    lower.measurements.create(measured_on=dt.date(2026, 6, 1), value=20)  # after the date
    found, facts = codes(portfolio)
    trends = {trend.name: trend.trend for trend in facts.kpis}
    assert trends == {"Meldingen per maand": "worsening", "Wachttijd": "improving"}
    assert "kpi-worsening" in found


def test_a_measured_claim_without_two_measurements(portfolio):
    assert "no-kpi-data" in codes(portfolio, level=2)[0]
    assert "no-kpi-data" not in codes(portfolio, level=1)[0]
    portfolio.kpi.measurements.create(measured_on=dt.date(2025, 9, 1), value=50)
    assert "no-kpi-data" not in codes(portfolio, level=2)[0]


@pytest.mark.parametrize(
    ("to_stage", "level", "warned"),
    [("scaling", 2, True), ("scaling", 3, False), ("anchored", 3, True), ("anchored", 4, False)],
)
def test_the_usual_evidence_level(portfolio, to_stage, level, warned):
    assert ("low-level" in codes(portfolio, to_stage=to_stage, level=level)[0]) is warned


def test_stored_warnings_read_in_the_readers_language(portfolio):
    check = evidence_check(portfolio.initiative, to_stage="anchored", evidence_level=2, as_of=AS_OF)
    stored = check.stored_warnings()
    low = next(w for w in stored if w["code"] == "low-level")
    assert low["params"] == {"stage": "anchored", "usual": 4, "level": 2}
    with override("en"):
        assert "A move to Anchored usually needs evidence level 4" in warning_message(**low)
    assert check.stored_facts()["as_of"] == "2026-01-01"
