"""Ask the knowledge base for series: observations of one metric about the same subjects in one unit."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from accord.resolve.names import normalize
from accord.store import tables


def _observations(conn: Connection, series_id: int) -> list[dict[str, Any]]:
    f, d = tables.figures, tables.documents
    rows = conn.execute(
        select(f.c.value, f.c.qualifier, f.c.period, f.c.text, f.c.spans, d.c.id, d.c.source, d.c.published)
        .join(d, d.c.id == f.c.document_id)
        .where(f.c.series_id == series_id)
        .order_by(f.c.period, d.c.published, d.c.source)
    )
    observations = [
        {
            "period": r.period,
            "value": r.value,
            "qualifier": r.qualifier,
            "text": r.text,
            "source": {"document": r.id, "source": r.source, "published": r.published, "spans": r.spans},
        }
        for r in rows
    ]
    values: dict[str | None, set[float]] = defaultdict(set)
    for observation in observations:
        values[observation["period"]].add(observation["value"])
    # Sources that disagree on one period are kept side by side and flagged, never reconciled.
    for observation in observations:
        observation["conflict"] = len(values[observation["period"]]) > 1
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
