"""Charts drawn on the server as SVG: no script, no library, readable without a network.

Every text in a chart is escaped; colours come from classes styled in accord.css.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from accord.documents.label import cited_label
from accord.web.text import amount

_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 300, 64, 16, 16, 40
# Each mark's paint as SVG attributes: the pages' style sheet overrides them, and a renderer that applies no CSS
# inside an SVG (WeasyPrint, for the PDF briefing) draws the same chart from them.
_PAINT = {
    "axis": 'stroke="#1d2430"',
    "grid": 'stroke="#d9dee6" stroke-dasharray="2 3"',
    "tick": 'font-size="11" fill="#5d6878"',
    "label": 'font-size="12" fill="#1d2430"',
    "trend": 'fill="none" stroke="#1f5fae" stroke-width="2"',
    "point": 'fill="#1f5fae"',
    "conflict": 'fill="#b3261e" stroke="#fff" stroke-width="2"',
    "target": 'fill="#fff" stroke="#1e7a3c" stroke-width="2.5"',
}


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(body)}</svg>'
    )


def bar_chart(title: str, bars: Sequence[tuple[str, int, str]], css_prefix: str = "") -> Markup:
    """Return horizontal bars, one per (label, count, link), longest scale first."""
    row, label_width, bar_width = 24, 130, 220
    height = row * max(len(bars), 1) + 8
    most = max((count for _, count, _ in bars), default=1) or 1
    body = []
    for number, (name, count, href) in enumerate(bars):
        y = 4 + number * row
        length = max(2.0, bar_width * count / most)
        kind = re.sub(r"[^a-z0-9_]", "", name.lower())
        body.append(
            f'<a href="{escape(href)}"><text class="label" x="{label_width - 8}" y="{y + 16}" text-anchor="end">'
            f"{escape(name.replace('_', ' '))}</text>"
            f'<rect class="bar {css_prefix}{kind}" x="{label_width}" y="{y + 3}" width="{length:.1f}" '
            f'height="{row - 6}" rx="3"/>'
            f'<text class="count" x="{label_width + length + 6:.1f}" y="{y + 16}">{count}</text></a>'
        )
    return _svg(label_width + bar_width + 50, height, title, body)


def _year(period: str | None) -> float | None:
    """Return where a period ends on a time axis in years ("2024" -> 2024.5, "2025-01/2025-06" -> 2025.46)."""
    match = _YEAR_MONTH.match((period or "").split("/")[-1])
    if match is None:
        return None
    year, month = int(match[1]), match[2]
    return year + ((int(month) - 0.5) / 12 if month else 0.5)


def _ticks(high: float) -> list[float]:
    """Return about five round values from 0 to at least `high`."""
    if high <= 0:
        return [0.0, 1.0]
    step = 10 ** math.floor(math.log10(high / 4))
    step *= next(f for f in (1, 2, 2.5, 5, 10) if high / (step * f) <= 5)
    return [step * i for i in range(math.ceil(high / step) + 1)]


def _link(document: str, spans: list[list[int]]) -> str:
    mark = f"?mark={spans[0][0]}-{spans[0][1]}" if spans else ""
    return f"/documents/{document}{mark}#evidence"


def _dated(track: dict[str, Any]) -> tuple[list[tuple[float, Any]], list[tuple[float, Any]]]:
    """Return the observations and the targets of a track that have a place on a time axis, each with it."""
    points = [(x, o) for o in track["observations"] if (x := _year(o["period"])) is not None]
    goals = [(x, t) for t in track["targets"] if t["value"] and (x := _year(t["by"] or t["set_on"])) is not None]
    return points, goals


def dated_marks(track: dict[str, Any]) -> int:
    """Return how many of a track's observations and targets have a date to chart them at."""
    points, goals = _dated(track)
    return len(points) + len(goals)


def series_chart(track: dict[str, Any]) -> Markup:
    """Return a series' observations as points over time (conflicting ones marked) and its targets as diamonds."""
    unit = track.get("unit")
    points, goals = _dated(track)
    title = f"{track['metric']} ({'; '.join(track['subjects'])})"
    if not points and not goals:
        empty = f'<text class="label" {_PAINT["label"]} x="16" y="34">No dated observations to chart.</text>'
        return _svg(WIDTH, 60, title, [empty])
    xs = [x for x, _ in points] + [x for x, _ in goals]
    low_x, high_x = math.floor(min(xs)), math.ceil(max(xs))
    high_x = max(high_x, low_x + 1)
    ticks = _ticks(max([o["value"] for _, o in points] + [t["value"] for _, t in goals]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(x: float) -> float:
        return LEFT + plot_w * (x - low_x) / (high_x - low_x)

    def sy(y: float) -> float:
        return TOP + plot_h * (1 - y / ticks[-1])

    body = [f'<line class="axis" {_PAINT["axis"]} x1="{LEFT}" y1="{sy(0):.1f}" x2="{WIDTH - RIGHT}" y2="{sy(0):.1f}"/>']
    for tick in ticks:
        body.append(
            f'<line class="grid" {_PAINT["grid"]} x1="{LEFT}" y1="{sy(tick):.1f}" '
            f'x2="{WIDTH - RIGHT}" y2="{sy(tick):.1f}"/>'
            f'<text class="tick" {_PAINT["tick"]} x="{LEFT - 6}" y="{sy(tick) + 4:.1f}" text-anchor="end">'
            f"{escape(amount(tick, short=True))}</text>"
        )
    step = max(1, (high_x - low_x) // 8)
    for year in range(low_x, high_x + 1, step):
        body.append(
            f'<text class="tick" {_PAINT["tick"]} x="{sx(year + 0.5) if year < high_x else sx(year):.1f}" '
            f'y="{HEIGHT - BOTTOM + 18}" '
            f'text-anchor="middle">{year if year < high_x else ""}</text>'
        )
    by_period: dict[float, list[float]] = {}
    for x, o in points:
        by_period.setdefault(x, []).append(o["value"])
    line = " ".join(f"{sx(x):.1f},{sy(sorted(v)[len(v) // 2]):.1f}" for x, v in sorted(by_period.items()))
    if len(by_period) > 1:
        body.append(f'<polyline class="trend" {_PAINT["trend"]} points="{line}"/>')
    for x, t in goals:
        setting = f"set {t['set_on'] or '?'} ({cited_label(t['source'])})"
        tip = f"target {amount(t['value'], unit)} by {t['by'] or '?'}, {setting}"
        cx, cy = sx(x), sy(t["value"])
        body.append(
            f'<a href="{escape(_link(t["source"]["document"], t["source"]["spans"]))}">'
            f'<polygon class="target" {_PAINT["target"]} '
            f'points="{cx:.1f},{cy - 7:.1f} {cx + 7:.1f},{cy:.1f} {cx:.1f},{cy + 7:.1f} '
            f'{cx - 7:.1f},{cy:.1f}"><title>{escape(tip)}</title></polygon></a>'
        )
    for x, o in points:
        source = o["source"]
        tip = f"{o['period']}: {amount(o['value'], unit)} ({cited_label(source)}, {source['published'] or 'undated'})"
        tip += " — sources disagree" if o["conflict"] else ""
        kind = "point conflict" if o["conflict"] else "point"
        paint = _PAINT["conflict" if o["conflict"] else "point"]
        body.append(
            f'<a href="{escape(_link(source["document"], source["spans"]))}"><circle class="{kind}" {paint} '
            f'cx="{sx(x):.1f}" cy="{sy(o["value"]):.1f}" r="{6 if o["conflict"] else 5}">'
            f"<title>{escape(tip)}</title></circle></a>"
        )
    if unit:
        body.append(f'<text class="tick" {_PAINT["tick"]} x="{LEFT}" y="{TOP - 4}">{escape(unit)}</text>')
    return _svg(WIDTH, HEIGHT, title, body)
