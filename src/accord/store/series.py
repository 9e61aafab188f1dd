"""Ask the knowledge base for series: observations of one metric about the same subjects in one unit."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from accord.names import normalize
from accord.store import tables
from accord.store.review_queue import is_weak
from accord.store.tolerance import sides


def _observations(conn: Connection, series_id: int) -> list[dict[str, Any]]:
    f, d = tables.figures, tables.documents
    rows = conn.execute(
        select(
            f.c.id.label("figure"),
            f.c.value,
            f.c.qualifier,
            f.c.period,
            f.c.text,
            f.c.spans,
            f.c.verdict,
            f.c.extraction_confidence,
            d.c.id,
            d.c.source,
            d.c.published,
        )
        .join(d, d.c.id == f.c.document_id)
        .where(f.c.series_id == series_id, f.c.target.is_(None), f.c.verdict.is_distinct_from("rejected"))
        .order_by(f.c.period, d.c.published, d.c.source)
    )
    observations = [
        {
            "figure": r.figure,
            "period": r.period,
            "value": r.value,
            "verdict": r.verdict,
            "unreviewed": r.verdict is None and is_weak(r.extraction_confidence),
            "qualifier": r.qualifier,
            "text": r.text,
            "source": {"document": r.id, "source": r.source, "published": r.published, "spans": r.spans},
        }
        for r in rows
    ]
    by_period: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for observation in observations:
        by_period[observation["period"]].append(observation)
    # Sources that disagree on one period (beyond rounding) are kept side by side and flagged, never reconciled.
    for same_period in by_period.values():
        disputed = len(sides(same_period, lambda o: o["value"])) > 1
        for observation in same_period:
            observation["conflict"] = disputed
    return observations


def metric_matches(query: str, metric: str) -> bool:
    """Tell whether every word of `query` starts a word of `metric` ('trade' matches 'mutual trade volume')."""
    words = normalize(metric).split()
    return all(any(word.startswith(wanted) for word in words) for wanted in normalize(query).split())


def find_series(conn: Connection, metric: str, subjects: list[str] | None = None) -> list[dict[str, Any]]:
    """Return every series whose metric matches `metric` and whose subjects include all of `subjects`."""
    s = tables.series
    wanted = {normalize(subject) for subject in subjects or []}
    found = []
    for row in conn.execute(select(s).order_by(s.c.metric, s.c.id)):
        if not metric_matches(metric, row.metric) or not wanted <= _subject_names(conn, row.subjects_key, row.subjects):
            continue
        found.append(
            {
                "id": row.id,
                "metric": row.metric,
                "subjects": row.subjects,
                "unit": row.unit or None,
                "observations": _observations(conn, row.id),
            }
        )
    return found


def _subject_names(conn: Connection, subjects_key: str, subjects: list[str]) -> set[str]:
    """Return every name the series' subjects go by: their names as given and their kb names and aliases."""
    names = {normalize(subject) for subject in subjects}
    ids = [int(key[1:]) for key in subjects_key.strip(";").split(";") if key.startswith("e")]
    m = tables.mentions
    for name, aliases in conn.execute(select(m.c.name, m.c.aliases).where(m.c.kb_entity_id.in_(ids))):
        names |= {normalize(form) for form in (name, *aliases)}
    return names
