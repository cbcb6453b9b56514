"""Inclusion analytics: digital-only services and life events, the channel mix from
volumes, shrinking non-digital channels; crafted data with answers known by hand, the API
(422 on bad parameters), the CLI, and the demo."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from typer.testing import CliRunner

from anker.accounts.permissions import OPERATOR
from anker.cli.main import app
from anker.insights.inclusion import inclusion
from tests.factories import (
    ChannelFiguresFactory,
    CitizenServiceFactory,
    LifeEventFactory,
    OrganisationFactory,
    ServiceChannelFactory,
)

pytestmark = pytest.mark.django_db
API = "/api/v1/insights/inclusion"
# The last twelve complete months before this day run from 2025-03 to 2026-02; the twelve
# before them from 2024-03 to 2025-02.
TODAY = dt.date(2026, 3, 15)


def service(slug: str, *kinds: str, **kwargs):
    made = CitizenServiceFactory(slug=slug, name=slug.title(), **kwargs)
    channels = {kind: ServiceChannelFactory(service=made, kind=kind) for kind in kinds}
    return made, channels


def figures(channel, month: str, requests: int) -> None:
    ChannelFiguresFactory(channel=channel, month=dt.date.fromisoformat(month), requests=requests)


def test_an_empty_ecosystem():
    result = inclusion(OPERATOR, today=TODAY)
    assert (result.services, result.digital_only_count, result.digital_only_share) == (0, 0, 0.0)
    assert result.digital_only == [] and result.life_events == [] and result.mix == []
    assert (result.requests, result.digital_share, result.non_digital_change) == (0, 0.0, None)
    assert result.shrinking == [] and result.services_compared == 0
    assert (result.window_start, result.window_end) == (dt.date(2025, 3, 1), dt.date(2026, 2, 1))
    assert result.previous_start == dt.date(2024, 3, 1)


def test_digital_only_services_and_their_life_events():
    early = LifeEventFactory(slug="early", position=1)
    late = LifeEventFactory(slug="late", position=2)
    both = LifeEventFactory(slug="both", position=3)
    calm = LifeEventFactory(slug="calm", position=4)
    organisation = OrganisationFactory(slug="town", name="Town")
    app_first, _ = service("app-first", "online", "app", organisations=[organisation],
                           life_events=[late, both])  # fmt: skip
    service("helped", "online", "assisted-digital", life_events=[late, calm])
    service("mail-only", "email", life_events=[early, both])
    service("desk", "counter", life_events=[calm])
    service("no-channels", life_events=[calm])

    result = inclusion(OPERATOR, today=TODAY)
    assert result.services == 4  # a service without channels is neither
    assert [item.service.slug for item in result.digital_only] == ["app-first", "mail-only"]
    first = result.digital_only[0]
    assert first.channels == ["online", "app"] and first.organisations[0].slug == "town"
    assert [event.slug for event in first.life_events] == ["late", "both"]
    assert first.requests is None  # no figures in the window
    assert (result.digital_only_count, result.digital_only_share) == (2, 50.0)
    # "both" has two digital-only services; "early" and "late" one each, in their order
    events = [(e.life_event.slug, e.services, e.share) for e in result.life_events]
    assert events == [("both", 2, 100.0), ("early", 1, 100.0), ("late", 2, 50.0)]
    assert [s.slug for s in result.life_events[0].digital_only] == ["app-first", "mail-only"]
    assert (result.life_event_count, result.life_events_with_services) == (3, 4)


def test_channel_mix_counts_complete_months_of_the_window_only():
    _, helped = service("helped", "online", "assisted-digital")
    _, desk = service("desk", "counter")
    figures(helped["online"], "2025-06-01", 300)
    figures(helped["assisted-digital"], "2025-06-01", 100)
    figures(helped["online"], "2026-02-01", 200)  # the last complete month
    figures(helped["online"], "2026-03-01", 5000)  # the current month: not complete
    figures(desk["counter"], "2025-02-01", 7000)  # the window before
    result = inclusion(OPERATOR, today=TODAY)
    assert result.requests == 600
    assert [(m.kind, m.requests, m.share) for m in result.mix] == [
        ("online", 500, 83.3),
        ("assisted-digital", 100, 16.7),
    ]
    assert result.digital_share == 83.3
    assert [(row.service.slug, row.requests, row.digital_share) for row in result.service_mix] == [
        ("helped", 600, 83.3)
    ]


def test_shrinking_non_digital_channels_at_the_boundary():
    _, exactly = service("exactly-ten", "online", "counter")
    figures(exactly["counter"], "2024-06-01", 1000)
    figures(exactly["online"], "2024-06-01", 1000)
    figures(exactly["counter"], "2025-06-01", 900)  # 10 % fewer: shrinking
    figures(exactly["online"], "2025-06-01", 1100)
    _, almost = service("almost", "phone")
    figures(almost["phone"], "2024-06-01", 1000)
    figures(almost["phone"], "2025-06-01", 901)  # 9.9 % fewer: not
    _, per_month = service("per-month", "post")
    figures(per_month["post"], "2024-06-01", 500)
    figures(per_month["post"], "2024-07-01", 500)
    figures(per_month["post"], "2025-06-01", 450)  # 500 a month before, 450 now: 10 % fewer
    _, steady = service("steady", "counter")
    figures(steady["counter"], "2024-06-01", 1000)
    figures(steady["counter"], "2025-06-01", 1000)
    _, new = service("new", "counter")
    figures(new["counter"], "2025-06-01", 10)  # nothing to compare with
    _, digital = service("digital", "online")
    figures(digital["online"], "2024-06-01", 1000)
    figures(digital["online"], "2025-06-01", 10)  # no non-digital channel

    result = inclusion(OPERATOR, today=TODAY)
    assert result.services_compared == 4
    rows = [(r.service.slug, r.previous, r.recent, r.change) for r in result.shrinking]
    assert rows == [("exactly-ten", 1000, 900, -10.0), ("per-month", 1000, 450, -10.0)]
    first, second = result.shrinking
    assert first.channels == ["counter"]
    assert (first.previous_share, first.recent_share) == (50.0, 45.0)
    assert (second.previous_months, second.recent_months) == (2, 1)
    assert result.shrinking_count == 2
    # the ecosystem per month with non-digital figures: 4000 requests in 2 months before,
    # 900 + 901 + 450 + 1000 + 10 = 3261 in 1 month now: +63.05 %, rounded half up
    assert result.non_digital_change == 63.1

    lenient = inclusion(OPERATOR, today=TODAY, decline=0)
    assert {r.service.slug for r in lenient.shrinking} == {"exactly-ten", "almost", "per-month"}
    strict = inclusion(OPERATOR, today=TODAY, decline=10.1)
    assert strict.shrinking == []


def test_a_shorter_window():
    _, desk = service("desk", "counter")
    figures(desk["counter"], "2026-01-01", 100)
    figures(desk["counter"], "2026-02-01", 50)
    result = inclusion(OPERATOR, today=TODAY, months=1)
    assert (result.window_start, result.window_end) == (dt.date(2026, 2, 1), dt.date(2026, 2, 1))
    assert result.requests == 50
    assert [(r.previous, r.recent, r.change) for r in result.shrinking] == [(100, 50, -50.0)]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [({"months": 0}, "months"), ({"months": 61}, "months"), ({"decline": -1}, "decline")],
)
def test_bad_parameters_are_refused(arguments, field):
    with pytest.raises(ValidationError) as refused:
        inclusion(OPERATOR, today=TODAY, **arguments)
    assert list(refused.value.message_dict) == [field]


def test_the_api_gives_the_figures_and_refuses_bad_parameters():
    service("mail-only", "email")
    body = Client().get(API, {"months": 6, "decline": 5}).json()
    assert (body["months"], body["decline"], body["digital_only_count"]) == (6, 5.0, 1)
    assert body["digital_only"][0]["service"]["slug"] == "mail-only"
    assert body["digital_only"][0]["channels"] == ["email"]
    for params, name in (({"months": 0}, "months"), ({"decline": 150}, "decline")):
        response = Client().get(API, params)
        assert response.status_code == 422
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["invalidParams"][0]["name"] == name


def test_the_cli_prints_the_tables():
    service("mail-only", "email")
    result = CliRunner().invoke(app, ["insights", "inclusion", "--months", "6"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Digital-only services (1)" in result.output and "Mail-Only" in result.output
    assert "Channel mix" in result.output and "shrink by 10 % or more" in result.output


def test_a_fixed_number_of_queries_however_many_services():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            inclusion(OPERATOR, today=TODAY)
        return len(captured)

    event = LifeEventFactory()
    service("one", "online", life_events=[event])
    few = queries()
    for number in range(5):
        _, channels = service(f"more-{number}", "online", "counter", life_events=[event])
        figures(channels["counter"], "2025-06-01", 10)
    assert queries() == few == 8
