"""File each figure as an observation in the series of its metric, subjects and unit."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from accord.names import normalize
from accord.resolve.entities import entity_ids_by_name
from accord.store import tables
from accord.store.dialect import insert_ignoring_duplicates
from accord.store.metric_names import metric_name, unit_name


def subjects_key(subjects: list[str], by_name: dict[str, int], figure: str) -> str:
    """Key a figure's subjects by kb entity where resolved, else by normalized name, in a stable order.

    A figure about no one is keyed by itself (`figure`): it is shown on its own, joins no series.
    """
    keys = {
        f"e{by_name[normalize(s)]}" if normalize(s) in by_name else f"n:{normalize(s)}"
        for s in subjects
        if normalize(s)
    }
    # Delimited on both sides so one subject can be found with LIKE '%;e12;%'.
    return ";" + ";".join(sorted(keys) or [f"f:{figure}"]) + ";"


def series_id(conn: Connection, metric: str, subjects: list[str], unit: str | None, key: str) -> int:
    """Return the id of the series (metric, subjects, unit), creating it on first use."""
    values = {"metric": metric_name(metric), "subjects_key": key, "unit": unit_name(unit)}
    insert_ignoring_duplicates(conn, tables.series, {**values, "subjects": subjects}, list(values))
    s = tables.series.c
    found = conn.scalar(
        select(s.id).where(s.metric == values["metric"], s.subjects_key == key, s.unit == values["unit"])
    )
    assert found is not None, "the series was just inserted"
    return found


def resolve_figures(conn: Connection, document_id: str) -> None:
    """Attach every figure of a document to its series."""
    by_name = entity_ids_by_name(conn, document_id)
    rows = conn.execute(select(tables.figures).where(tables.figures.c.document_id == document_id)).all()
    for row in rows:
        key = subjects_key(row.subjects, by_name, f"{document_id}:{row.local_id}")
        conn.execute(
            update(tables.figures)
            .where(tables.figures.c.id == row.id)
            .values(series_id=series_id(conn, row.metric, row.subjects, row.unit, key))
        )
