"""Charts of the insights, drawn on the server as inline SVG (like the portfolio's KPI
charts): no JavaScript library, no CDN, nothing the Content-Security-Policy must allow,
and the same markup works in the web page, the HTML report and the PDF (WeasyPrint draws
inline SVG). This module computes the geometry; ``insights/partials/chart.html`` draws
it, and every chart comes with a data table for screen readers.

Two kinds: horizontal bars (one labelled value per row, each bar a link to the entity
behind it) and a line over dates (the portfolio's geometry, ``kpi_chart``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from anker.portfolio.charts import Chart as LineGeometry
from anker.portfolio.charts import kpi_chart, nice_step

WIDTH = 560
LABEL_WIDTH = 230  # the bar labels' column
VALUE_ROOM = 56  # right of the longest bar, for its value
ROW = 26
BAR = 16
TOP, BOTTOM = 8, 28  # the bottom margin holds the axis ticks
LABEL_CHARS = 27  # a longer label is cut with "…"; the full one is the bar's <title>


@dataclass
class Bar:
    label: str
    value: float
    display: str  # the value as shown: "12", "45 %"
    url: str = ""
    short_label: str = ""
    y: float = 0
    width: float = 0


@dataclass
class BarChart:
    """Horizontal bars, largest first as given. ``title`` and ``description`` become the
    SVG's <title> and <desc>; ``value_label`` heads the data table's value column."""

    title: str
    description: str
    value_label: str
    bars: list[Bar]
    kind: str = "bars"
    key: str = ""  # the chart's id in a page, set by its section
    width: int = WIDTH
    height: int = 0
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR
    ticks: list[tuple[float, str]] = field(default_factory=list)
    axis_y: float = 0


@dataclass
class LineChart:
    """Values over dates. ``points`` are (date, value) pairs as given, oldest first."""

    title: str
    description: str
    value_label: str
    points: list[tuple[dt.date, float]]
    geometry: LineGeometry
    kind: str = "line"
    key: str = ""


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(
    title: str,
    description: str,
    value_label: str,
    rows: list[tuple[str, float, str, str]],
) -> BarChart | None:
    """A bar chart of ``rows`` (label, value, value as shown, url), or None when there is
    nothing to draw (no rows, or every value 0)."""
    if not rows or not any(value > 0 for _label, value, _shown, _url in rows):
        return None
    high = max(value for _label, value, _shown, _url in rows)
    step = nice_step(high, ticks=4)
    top = step * -(-high // step)  # the axis ends on the first tick at or above the maximum
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    bars = [
        Bar(
            label=label,
            value=value,
            display=shown,
            url=url,
            short_label=_short(label),
            y=TOP + index * ROW,
            width=round(room * max(value, 0) / top, 1),
        )
        for index, (label, value, shown, url) in enumerate(rows)
    ]
    axis_y = TOP + len(rows) * ROW
    ticks = []
    count = round(top / step)
    for index in range(count + 1):
        value = step * index
        shown = f"{value:g}" if value != int(value) else str(int(value))
        ticks.append((round(LABEL_WIDTH + room * value / top, 1), shown))
    return BarChart(
        title=title,
        description=description,
        value_label=value_label,
        bars=bars,
        height=int(axis_y + BOTTOM),
        ticks=ticks,
        axis_y=axis_y,
    )


def line_chart(
    title: str, description: str, value_label: str, points: list[tuple[dt.date, float]]
) -> LineChart | None:
    """A line through ``points`` (date, value), or None when there are none."""
    geometry = kpi_chart([(date, Decimal(str(value))) for date, value in points])
    if geometry is None:
        return None
    return LineChart(
        title=title,
        description=description,
        value_label=value_label,
        points=points,
        geometry=geometry,
    )
