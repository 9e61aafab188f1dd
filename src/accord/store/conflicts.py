"""Conflicts: sources that give one series and period values further apart than a tolerance.

Targets and rejected figures are not observations and never conflict; a side holding a confirmed
figure is marked, so a curator's choice shows without hiding the other sources.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.series import metric_matches
from accord.store.tolerance import DEFAULT_TOLERANCE, sides


def _observations(conn: Connection) -> dict[tuple[int, str], list[Any]]:
    f, d = tables.figures, tables.documents
    rows = conn.execute(
        select(f.c.id, f.c.series_id, f.c.period, f.c.value, f.c.qualifier, f.c.text, f.c.spans, f.c.verdict)
        .add_columns(d.c.id.label("document"), d.c.source, d.c.published)
        .join(d, d.c.id == f.c.document_id)
        .where(
            f.c.series_id.is_not(None),
            f.c.period.is_not(None),
            f.c.target.is_(None),
            f.c.verdict.is_distinct_from("rejected"),
        )
        .order_by(f.c.id)
    )
    grouped: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for row in rows:
        grouped[(row.series_id, row.period)].append(row)
    return grouped


def _side(rows: list[Any]) -> dict[str, Any]:
    return {
        "value": rows[0].value,
        "confirmed": any(row.verdict == "confirmed" for row in rows),
        "sources": [
            {
                "figure": row.id,
                "value": row.value,
                "qualifier": row.qualifier,
                "text": row.text,
                "source": row.source,
                "published": row.published,
                "document": row.document,
                "spans": row.spans,
            }
            for row in rows
        ],
    }


def find_conflicts(
    conn: Connection, tolerance: float = DEFAULT_TOLERANCE, metric: str | None = None
) -> list[dict[str, Any]]:
    """Return every series and period whose sources disagree by more than `tolerance`, each side with its sources."""
    s = tables.series
    series = {row.id: row for row in conn.execute(select(s.c.id, s.c.metric, s.c.subjects, s.c.unit))}
    conflicts = []
    for (series_id, period), rows in _observations(conn).items():
        info = series[series_id]
        if metric is not None and not metric_matches(metric, info.metric):
            continue
        grouped = sides(rows, lambda row: row.value, tolerance)
        if len(grouped) < 2:
            continue
        low, high = grouped[0][0].value, grouped[-1][0].value
        conflicts.append(
            {
                "series": {
                    "id": series_id,
                    "metric": info.metric,
                    "subjects": info.subjects,
                    "unit": info.unit or None,
                },
                "period": period,
                "spread": round(abs(high - low) / max(abs(high), abs(low)), 4),
                "sides": [_side(side) for side in grouped],
            }
        )
    return sorted(conflicts, key=lambda c: (c["series"]["metric"], c["period"]))
