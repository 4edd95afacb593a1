"""The start page's chart, drawn on the server as SVG: per month of the last twelve, what was invoiced and
how much of it is paid. Only the geometry is computed here (pure); ``templates/_chart.html`` draws it.
It reads without colour: the two series differ by pattern (solid, hatched), a legend names them, each
bar has its value as a title, and the same figures stand in a table beside it for screen readers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 96, 12, 16, 44  # room for the amount axis and the month labels
TICKS = 4


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: float


@dataclass(frozen=True)
class Month:
    key: str  # yyyymm, as the index groups by
    first_day: date
    label_x: float
    invoiced: Bar
    paid: Bar


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    baseline: float
    ticks: list[tuple[float, float]]  # (y, amount)
    months: list[Month]


def last_months(today: date, count: int = 12) -> list[date]:
    """The first days of the last ``count`` months, oldest first, this month last."""
    out = []
    year, month = today.year, today.month
    for _ in range(count):
        out.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _nice(top: float) -> float:
    """A round axis top at or above ``top``: 1, 2, 2.5 or 5 times a power of ten."""
    if top <= 0:
        return 1.0
    power = 10 ** (len(str(int(top))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= top:
            return step * power
    return 10.0 * power


def monthly_chart(months: Sequence[date], sums: Mapping[str, Mapping[str, float]]) -> Chart:
    """``sums``: yyyymm → {"gross_amount": invoiced, "paid_amount": paid}; a month without one is 0.
    Negative months (more storno than invoices) draw as empty."""
    values = [(max(0.0, sums.get(_key(m), {}).get("gross_amount", 0.0)),
               max(0.0, sums.get(_key(m), {}).get("paid_amount", 0.0))) for m in months]
    top = _nice(max((v for pair in values for v in pair), default=0.0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(1, len(months))
    bar_w = slot * 0.36
    baseline = TOP + plot_h

    def bar(x: float, value: float) -> Bar:
        height = plot_h * value / top
        return Bar(round(x, 1), round(baseline - height, 1), round(bar_w, 1), round(height, 1), value)

    drawn = [Month(_key(m), m, round(LEFT + slot * (i + 0.5), 1), bar(LEFT + slot * i + slot * 0.12, inv),
                   bar(LEFT + slot * i + slot * 0.12 + bar_w, paid))
             for i, (m, (inv, paid)) in enumerate(zip(months, values, strict=True))]
    ticks = [(round(baseline - plot_h * n / TICKS, 1), top * n / TICKS) for n in range(TICKS + 1)]
    return Chart(WIDTH, HEIGHT, LEFT, baseline, ticks, drawn)


def _key(day: date) -> str:
    return f"{day.year}{day.month:02d}"
