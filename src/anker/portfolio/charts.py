"""KPI charts drawn on the server as inline SVG: no JavaScript library, no CDN, nothing
that the Content-Security-Policy would have to allow. This module computes the geometry
(points, axis ticks, target line); the template ``portfolio/partials/kpi_chart.html``
draws it, with a data table beside it for screen readers."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

WIDTH, HEIGHT = 560, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 64, 16, 40  # the right margin holds the line labels


@dataclass
class Tick:
    position: float
    value: float | dt.date
    anchor: str = "middle"  # SVG text-anchor: the outer date labels stay inside the chart


@dataclass
class ChartPoint:
    x: float
    y: float
    date: dt.date
    value: Decimal


@dataclass
class Chart:
    width: int
    height: int
    points: list[ChartPoint]
    line: str
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    target_y: float | None = None
    baseline_y: float | None = None
    plot: dict[str, float] = field(default_factory=dict)


def nice_step(span: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) that cuts ``span`` into about
    ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _value_range(values: list[float]) -> tuple[float, float, float]:
    low, high = min(values), max(values)
    if low == high:
        low, high = low - (abs(low) or 1) * 0.5, high + (abs(high) or 1) * 0.5
    step = nice_step(high - low)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _date_ticks(first: dt.date, last: dt.date, to_x) -> list[Tick]:
    """Up to five evenly spaced dates, from the first to the last measurement."""
    days = (last - first).days
    if days <= 0:
        return [Tick(to_x(first), first)]
    count = min(5, days + 1)
    dates = [first + dt.timedelta(days=round(days * i / (count - 1))) for i in range(count)]
    ticks = [Tick(to_x(date), date) for date in dates]
    ticks[0].anchor, ticks[-1].anchor = "start", "end"
    return ticks


def kpi_chart(
    series: list[tuple[dt.date, Decimal]],
    *,
    target: Decimal | None = None,
    baseline: Decimal | None = None,
) -> Chart | None:
    """The chart of dated values (oldest first), or None when there is nothing to draw."""
    if not series:
        return None
    values = [float(v) for _d, v in series]
    extra = [float(v) for v in (target, baseline) if v is not None]
    low, high, step = _value_range(values + extra)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    first, last = series[0][0], series[-1][0]
    days = max((last - first).days, 1)

    def to_x(date: dt.date) -> float:
        if first == last:
            return LEFT + plot_w / 2
        return round(LEFT + plot_w * (date - first).days / days, 1)

    def to_y(value: float) -> float:
        return round(TOP + plot_h * (1 - (value - low) / (high - low)), 1)

    points = [ChartPoint(to_x(d), to_y(float(v)), d, v) for d, v in series]
    count = round((high - low) / step)
    y_ticks = [Tick(to_y(low + i * step), round(low + i * step, 10)) for i in range(count + 1)]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        line=" ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points)),
        x_ticks=_date_ticks(first, last, to_x),
        y_ticks=y_ticks,
        target_y=to_y(float(target)) if target is not None else None,
        baseline_y=to_y(float(baseline)) if baseline is not None else None,
        plot={"left": LEFT, "right": WIDTH - RIGHT, "top": TOP, "bottom": HEIGHT - BOTTOM},
    )
