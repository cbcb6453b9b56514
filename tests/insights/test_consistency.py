"""Consistency analytics: one service type offered by several organisations with
different channels and service-level targets; crafted data with answers known by hand,
the API, the CLI, and the demo."""

from __future__ import annotations

import pytest
from django.test import Client
from typer.testing import CliRunner

from anker.accounts.permissions import OPERATOR
from anker.cli.main import app
from anker.insights.consistency import consistency
from tests.factories import (
    CitizenServiceFactory,
    OrganisationFactory,
    ServiceChannelFactory,
    ServiceTypeFactory,
)

pytestmark = pytest.mark.django_db
WD, D, W, H = "working-days", "days", "weeks", "hours"


def offer(service_type, slug: str, organisations: list, *channels: tuple) -> None:
    """A service of ``service_type``; each channel is (kind, value, unit) or (kind,)."""
    service = CitizenServiceFactory(
        slug=slug, name=slug, service_type=service_type, organisations=organisations
    )
    for kind, *target in channels:
        value, unit = target or (None, "")
        ServiceChannelFactory(
            service=service, kind=kind, service_level_value=value, service_level_unit=unit
        )


@pytest.fixture
def orgs():
    return {name: OrganisationFactory(slug=name, name=name.title()) for name in "abc"}


def test_an_empty_ecosystem():
    result = consistency(OPERATOR)
    assert (result.types, result.compared, result.inconsistent) == ([], 0, 0)


def test_types_need_two_services_of_two_organisations(orgs):
    alone = ServiceTypeFactory(slug="alone")
    offer(alone, "alone-1", [orgs["a"]], ("online", 5, WD))
    offer(alone, "alone-2", [orgs["a"]], ("online", 10, WD))  # one organisation twice
    shared = ServiceTypeFactory(slug="shared")
    offer(shared, "shared-1", [orgs["a"], orgs["b"]], ("online", 5, WD))  # one service
    assert consistency(OPERATOR).types == []


def test_channels_and_targets_that_differ(orgs):
    permit = ServiceTypeFactory(slug="permit", name="Permit")
    offer(permit, "permit-a", [orgs["a"]], ("online", 5, WD), ("phone", 2, W))
    offer(permit, "permit-b", [orgs["b"]], ("online", 10, WD), ("counter",))
    offer(permit, "permit-c", [orgs["c"]], ("online", 1, W), ("phone", 10, D))
    result = consistency(OPERATOR)
    assert (result.compared, result.inconsistent) == (1, 1)
    item = result.types[0]
    assert [o.slug for o in item.organisations] == ["a", "b", "c"]
    assert [s.service.slug for s in item.services] == ["permit-a", "permit-b", "permit-c"]
    assert [(c.kind, c.value, c.unit) for c in item.services[1].channels] == [
        ("online", 10, WD),
        ("counter", None, ""),
    ]
    assert item.common_channels == ["online"]
    differing = {c.kind: c for c in item.differing_channels}
    assert list(differing) == ["phone", "counter"]  # the standard channel order
    assert [o.slug for o in differing["phone"].offered_by] == ["a", "c"]
    assert [o.slug for o in differing["phone"].not_offered_by] == ["b"]
    assert differing["counter"].services == 1
    online, phone = item.spreads  # the counter has no target, so no spread
    assert [(u.unit, u.services, u.minimum, u.maximum, u.median) for u in online.units] == [
        (WD, 2, 5, 10, 7.5),
        (W, 1, 1, 1, 1.0),
    ]
    # 5 working days and 1 week are 7 calendar days, 10 working days 14
    assert (online.min_days, online.max_days, online.median_days, online.ratio) == (
        7.0,
        14.0,
        7.0,
        2.0,
    )
    assert (phone.min_days, phone.max_days, phone.median_days, phone.ratio) == (10, 14, 12, 1.4)
    assert (item.spread, item.reasons, item.consistent) == (2.0, ["channels", "targets"], False)


def test_the_same_target_in_other_units_is_consistent(orgs):
    calm = ServiceTypeFactory(slug="calm")
    offer(calm, "calm-a", [orgs["a"]], ("online", 5, WD))
    offer(calm, "calm-b", [orgs["b"]], ("online", 1, W))
    item = consistency(OPERATOR).types[0]
    assert (item.spread, item.reasons, item.consistent) == (1.0, [], True)
    assert item.differing_channels == [] and item.spreads[0].ratio == 1.0


def test_order_inconsistent_first_widest_spread_first_ties_by_name(orgs):
    def pair(slug: str, name: str, first: tuple, second: tuple) -> None:
        service_type = ServiceTypeFactory(slug=slug, name=name)
        offer(service_type, f"{slug}-a", [orgs["a"]], *first)
        offer(service_type, f"{slug}-b", [orgs["b"]], *second)

    pair("consistent", "A consistent", [("online", 5, WD)], [("online", 5, WD)])
    pair("channels-z", "Z channels", [("online", 5, WD)], [("online", 5, WD), ("phone",)])
    pair("channels-m", "M channels", [("online", 5, WD)], [("online", 5, WD), ("post",)])
    pair("double", "Double", [("online", 2, D)], [("online", 4, D)])
    pair("immediate", "Immediate", [("app", 0, H)], [("app", 1, H)])
    result = consistency(OPERATOR)
    assert [t.service_type.slug for t in result.types] == [
        "immediate",  # from 0 to 1 hour: an infinite spread
        "double",
        "channels-m",  # spread 1, one channel differs: by name
        "channels-z",
        "consistent",
    ]
    assert result.types[0].spread is None and result.types[0].spreads[0].ratio is None
    assert (result.compared, result.inconsistent) == (5, 4)


def test_the_api_and_the_cli(orgs):
    permit = ServiceTypeFactory(slug="permit", name="Permit")
    offer(permit, "permit-a", [orgs["a"]], ("online", 1, WD))
    offer(permit, "permit-b", [orgs["b"]], ("online", 10, WD), ("counter", 10, WD))
    body = Client().get("/api/v1/insights/consistency").json()
    assert (body["compared"], body["inconsistent"]) == (1, 1)
    item = body["types"][0]
    assert item["service_type"]["slug"] == "permit" and item["spread"] == 10.0
    assert item["consistent"] is False and item["reasons"] == ["channels", "targets"]
    assert item["differing_channels"][0]["kind"] == "counter"
    assert item["spreads"][0]["units"][0] == {
        "unit": WD,
        "services": 2,
        "minimum": 1,
        "maximum": 10,
        "median": 5.5,
    }
    result = CliRunner().invoke(app, ["insights", "consistency"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "(1 of 1 inconsistent)" in result.output and "1–10 working-days" in result.output


def test_a_fixed_number_of_queries_however_many_types(orgs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            consistency(OPERATOR)
        return len(captured)

    for number in range(6):
        if number == 1:
            few = queries()
        service_type = ServiceTypeFactory()
        offer(service_type, f"type-{number}-a", [orgs["a"]], ("online", number + 1, WD))
        offer(service_type, f"type-{number}-b", [orgs["b"]], ("phone",))
    assert queries() == few == 5
