"""The KPI chart geometry: round axis steps, points inside the plot, the target line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from anker.portfolio.charts import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, kpi_chart, nice_step


@pytest.mark.parametrize(
    ("span", "step"), [(10, 5), (4, 1), (0.8, 0.2), (130, 50), (1000, 500), (0, 1.0)]
)
def test_nice_step(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_nothing_to_draw():
    assert kpi_chart([]) is None


def test_points_fill_the_plot_and_the_axis_holds_the_target():
    series = [(dt.date(2025, 1, 1), Decimal("40")), (dt.date(2025, 7, 1), Decimal("52.5"))]
    chart = kpi_chart(series, target=Decimal("60"), baseline=Decimal("35"))
    first, last = chart.points
    assert (first.x, last.x) == (LEFT, WIDTH - RIGHT)
    assert all(TOP <= p.y <= HEIGHT - BOTTOM for p in chart.points)
    assert TOP <= chart.target_y < first.y, "the target is above the values"
    assert chart.baseline_y > first.y
    assert chart.line == f"M{first.x},{first.y} L{last.x},{last.y}"
    values = [tick.value for tick in chart.y_ticks]
    assert values[0] <= 35 and values[-1] >= 60
    assert chart.x_ticks[0].anchor == "start" and chart.x_ticks[-1].anchor == "end"


def test_one_measurement_sits_in_the_middle():
    chart = kpi_chart([(dt.date(2025, 1, 1), Decimal("7"))])
    assert chart.points[0].x == LEFT + (WIDTH - LEFT - RIGHT) / 2
    assert len(chart.x_ticks) == 1
