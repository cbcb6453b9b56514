"""Fixtures of the portfolio tests: an initiative of the actors' owner organisation, with
the other organisation as its partner, a KPI with a measurement, and blocks to link."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from anker.accounts.models import AuditEvent
from anker.portfolio.models import (
    Initiative,
    InitiativeBlock,
    Kpi,
    KpiMeasurement,
    StageDecision,
)
from tests.api.conftest import api_as  # noqa: F401 - the API client fixture, per role
from tests.factories import (
    BlockFactory,
    InitiativeFactory,
    KpiFactory,
    KpiMeasurementFactory,
)


@dataclass
class Portfolio:
    actors: Any
    initiative: Initiative  # owned by actors.owner, actors.other is a partner, at experiment
    kpi: Kpi
    measurement: KpiMeasurement
    block: Any  # the owner's block, produced by the initiative
    other_block: Any  # the partner's block


@pytest.fixture
def portfolio(actors) -> Portfolio:
    initiative = InitiativeFactory(
        name="Slimme meldingen",
        slug="slimme-meldingen",
        owner=actors.owner,
        stage="experiment",
        started_on=dt.date(2025, 3, 3),
    )
    initiative.partners.add(actors.other)
    block = BlockFactory(name="Meldingenmodule", slug="meldingenmodule", owner=actors.owner)
    InitiativeBlock.objects.create(initiative=initiative, block=block, role="produces")
    kpi = KpiFactory(initiative=initiative, name="Meldingen per maand", unit="")
    return Portfolio(
        actors=actors,
        initiative=initiative,
        kpi=kpi,
        measurement=KpiMeasurementFactory(kpi=kpi, measured_on=dt.date(2025, 6, 1), value=40),
        block=block,
        other_block=BlockFactory(name="Partnerblok", slug="partnerblok", owner=actors.other),
    )


def fingerprint() -> dict[str, Any]:
    """Every portfolio row with its last change, and the audit count: equal before and
    after a request means the request changed nothing."""
    state: dict[str, Any] = {}
    for model in (Initiative, StageDecision, Kpi, KpiMeasurement):
        fields = ["id", "modified"]
        state[model.__name__] = sorted(model.objects.values_list(*fields))
    state["links"] = sorted(InitiativeBlock.objects.values_list("id", "block_id", "role"))
    state["partners"] = sorted(Initiative.partners.through.objects.values_list("id"))
    state["stages"] = sorted(Initiative.objects.values_list("id", "stage", "stage_since"))
    state["audit"] = AuditEvent.objects.count()
    return state
