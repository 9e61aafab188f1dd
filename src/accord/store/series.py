"""Ask the knowledge base for series: observations of one metric about the same subjects in one unit."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from accord.names import normalize
from accord.store import tables
from accord.store.conflicts import conflicting_figures
from accord.store.metric_names import metric_matches
from accord.store.review_queue import is_weak


def _observations(conn: Connection, series_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Return the observations of each of these series, read in one query."""
    f, d = tables.figures, tables.documents
    rows = conn.execute(
        select(
            f.c.id.label("figure"),
            f.c.series_id,
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
        .where(f.c.series_id.in_(series_ids), f.c.target.is_(None), f.c.verdict.is_distinct_from("rejected"))
        .order_by(f.c.period, d.c.published, d.c.source)
    )
    # Sources that disagree are kept side by side and flagged, never reconciled; what a conflict is
    # is decided in accord.store.conflicts alone, so this page and the conflict list always agree.
    disputed = conflicting_figures(conn, series_ids)
    observations: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        observations[r.series_id].append(
            {
                "figure": r.figure,
                "period": r.period,
                "value": r.value,
                "verdict": r.verdict,
                "unreviewed": r.verdict is None and is_weak(r.extraction_confidence),
                "qualifier": r.qualifier,
                "text": r.text,
                "source": {"document": r.id, "source": r.source, "published": r.published, "spans": r.spans},
                "conflict": r.figure in disputed,
            }
        )
    return observations


def find_series(conn: Connection, metric: str, subjects: list[str] | None = None) -> list[dict[str, Any]]:
    """Return every series whose metric matches `metric` and whose subjects include all of `subjects`."""
    s = tables.series
    wanted = {normalize(subject) for subject in subjects or []}
    matching = [
        row
        for row in conn.execute(select(s).order_by(s.c.metric, s.c.id))
        if metric_matches(metric, row.metric)
        and (not wanted or wanted <= _subject_names(conn, row.subjects_key, row.subjects))
    ]
    observations = _observations(conn, [row.id for row in matching]) if matching else {}
    return [
        {
            "id": row.id,
            "metric": row.metric,
            "subjects": row.subjects,
            "unit": row.unit or None,
            "observations": observations.get(row.id, []),
        }
        for row in matching
    ]


def _subject_names(conn: Connection, subjects_key: str, subjects: list[str]) -> set[str]:
    """Return every name the series' subjects go by: their names as given and their kb names and aliases."""
    names = {normalize(subject) for subject in subjects}
    ids = [int(key[1:]) for key in subjects_key.strip(";").split(";") if key.startswith("e")]
    m = tables.mentions
    for name, aliases in conn.execute(select(m.c.name, m.c.aliases).where(m.c.kb_entity_id.in_(ids))):
        names |= {normalize(form) for form in (name, *aliases)}
    return names
