"""A server-side SVG bar chart of monthly invoiced vs paid amounts (the client card).

No script and no colour needed to read it: invoiced bars are solid, paid bars are hatched and
outlined, the legend shows both patterns with their names, every bar has a ``<title>`` with its exact
amount, and the page puts the same figures in a table beside it. Only SVG presentation attributes
are used (no ``style``), so the Content-Security-Policy has nothing to refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape

from markupsafe import Markup

from services.core.client_card import MonthBar

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 96, 12, 36, 40
INK = "#1f3a5f"  # dark enough on white for both the solid fill and the hatch (contrast > 9:1)


def _scale_top(values: Sequence[Decimal]) -> Decimal:
    """A round number at or above the largest bar (1, 2 or 5 × a power of ten)."""
    top = max([v for v in values if v > 0], default=Decimal(0))
    if top <= 0:
        return Decimal(1)
    step = Decimal(1)
    while step * 10 <= top:
        step *= 10
    for m in (1, 2, 5, 10):
        if step * m >= top:
            return step * m
    return step * 10


def monthly_chart(months: Sequence[MonthBar], *, title: str, invoiced_label: str, paid_label: str,
                  amount: Callable[[Decimal], str], month_label: Callable[[str], str],
                  axis_label: Callable[[str], str]) -> Markup:
    """``month_label`` names a month in full (the bars' titles), ``axis_label`` briefly (under the bars;
    the year is written under the first bar and under each January)."""
    top = _scale_top([v for m in months for v in (m.invoiced, m.paid)])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    group = plot_w / max(1, len(months))
    bar = max(4.0, group * 0.34)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title" class="chart" data-testid="chart">',
        f'<title id="chart-title">{escape(title)}</title>',
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{INK}" stroke-width="3"/></pattern></defs>',
    ]
    for i in range(5):  # gridlines with their amounts
        value = top * i / 4
        y = TOP + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#c8ced6" '
                     'stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="#333333">{escape(amount(value))}</text>')
    for i, m in enumerate(months):
        x0 = LEFT + group * i + (group - 2 * bar) / 2
        for j, (value, label, fill) in enumerate(((m.invoiced, invoiced_label, INK),
                                                  (m.paid, paid_label, "url(#hatch)"))):
            h = float(max(value, Decimal(0)) / top) * plot_h
            x = x0 + j * bar
            parts.append(f'<rect x="{x:.1f}" y="{TOP + plot_h - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{fill}" stroke="{INK}" stroke-width="1">'
                         f'<title>{escape(month_label(m.month))} – {escape(label)}: {escape(amount(value))}</title>'
                         '</rect>')
        centre = LEFT + group * i + group / 2
        parts.append(f'<text x="{centre:.1f}" y="{HEIGHT - BOTTOM + 15}" text-anchor="middle" '
                     f'font-size="11" fill="#333333">{escape(axis_label(m.month))}</text>')
        if i == 0 or m.month.endswith("-01"):
            parts.append(f'<text x="{centre:.1f}" y="{HEIGHT - BOTTOM + 30}" text-anchor="middle" '
                         f'font-size="11" fill="#333333">{escape(m.month[:4])}</text>')
    legend_y = 14
    for j, (label, fill) in enumerate(((invoiced_label, INK), (paid_label, "url(#hatch)"))):
        x = LEFT + j * 180
        parts.append(f'<rect x="{x}" y="{legend_y - 10}" width="14" height="14" fill="{fill}" stroke="{INK}" '
                     'stroke-width="1"/>')
        parts.append(f'<text x="{x + 20}" y="{legend_y + 2}" font-size="12" fill="#111111">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
