"""Indicators: the series of the knowledge base listed with their sizes, and one series as a chartable track."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, func, select

from accord.store import tables
from accord.store.targets import track_series


def list_series(conn: Connection) -> list[dict[str, Any]]:
    """Return every series with how many observations and targets it holds and the periods they span."""
    s, f = tables.series, tables.figures
    observed = f.c.target.is_(None)
    rows = conn.execute(
        select(
            s.c.id,
            s.c.metric,
            s.c.subjects,
            s.c.unit,
            func.sum(case((observed, 1), else_=0)).label("observations"),
            func.sum(case((observed, 0), else_=1)).label("targets"),
            func.min(f.c.period).label("first_period"),
            func.max(f.c.period).label("last_period"),
        )
        .join(f, f.c.series_id == s.c.id)
        .where(f.c.verdict.is_distinct_from("rejected"))
        .group_by(s.c.id)  # the key decides the rest (PostgreSQL cannot group JSON)
        .order_by(func.count(f.c.id).desc(), s.c.metric, s.c.id)
    )
    return [{**row._asdict(), "unit": row.unit or None} for row in rows]


def series_track(conn: Connection, series_id: int) -> dict[str, Any] | None:
    """Return the track (observations, targets, progress; see `accord.store.targets`) holding a series."""
    s, f = tables.series, tables.figures
    row = conn.execute(select(s.c.metric).where(s.c.id == series_id)).first()
    if row is None:
        return None
    figures = set(conn.scalars(select(f.c.id).where(f.c.series_id == series_id)))
    for track in track_series(conn, row.metric):
        held = {o["figure"] for o in track["observations"]} | {t["figure"] for t in track["targets"]}
        if held & figures:
            return {"id": series_id, **track}
    return None
