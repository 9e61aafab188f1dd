"""Curated decisions laid over what extraction produces: overrides, claims and figure curations.

They are applied inside every ingest (claims while resolving, overrides after each refresh of a kb
row, figure curations after a document's figures are filed), so a curated value outlives re-ingests
and re-extraction. The machine's own value is kept beside each curated one, for review.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, exists, func, select, update

from accord.names import normalize
from accord.store import tables

KB_TABLES: dict[str, Table] = {"entity": tables.kb_entities, "initiative": tables.kb_initiatives}
# The curated fields stored on the kb row itself; others (deadline, milestones, responsible) live
# in `overrides` only and are read from there.
KB_COLUMNS = {"entity": ("name", "type", "country"), "initiative": ("title", "kind", "sector", "status", "location")}
# Fields a refresh does not rewrite: the machine's value is the one most of the facts give.
_SET_ONCE = {"type", "kind", "sector"}
FIGURE_FIELDS = ("value", "period", "qualifier")


def source_of(conn: Connection, document_id: str) -> str:
    """Return the source (path or URL) of a stored document."""
    return str(conn.scalar(select(tables.documents.c.source).where(tables.documents.c.id == document_id)))


def overrides_of(conn: Connection, kind: str, subject_id: int) -> dict[str, Any]:
    """Return the curated value of each overridden field of a kb row."""
    o = tables.overrides
    rows = conn.execute(select(o.c.field, o.c.value).where(o.c.subject_kind == kind, o.c.subject_id == subject_id))
    return {row.field: row.value for row in rows}


def is_supported(conn: Connection, kind: str, subject_id: int) -> bool:
    """Tell whether any stored fact still supports a kb row."""
    if kind == "entity":
        fact = select(tables.mentions.c.id).where(tables.mentions.c.kb_entity_id == subject_id)
    else:
        fact = select(tables.initiatives.c.id).where(tables.initiatives.c.kb_initiative_id == subject_id)
    return bool(conn.scalar(select(exists(fact))))


def _most_given(conn: Connection, kind: str, subject_id: int, field: str) -> Any:
    facts, key = (
        (tables.mentions, tables.mentions.c.kb_entity_id)
        if kind == "entity"
        else (tables.initiatives, tables.initiatives.c.kb_initiative_id)
    )
    column = facts.c[field]
    return conn.scalar(
        select(column).where(key == subject_id).group_by(column).order_by(func.count().desc(), column).limit(1)
    )


def apply_overrides(conn: Connection, kind: str, subject_ids: Iterable[int]) -> None:
    """Write curated values over the machine's on freshly refreshed kb rows, noting the machine's value.

    Call it right after the rows were refreshed: their name, title, country, status and location
    then hold what extraction says.
    """
    o, table = tables.overrides, KB_TABLES[kind]
    ids = list(subject_ids)
    if not ids:
        return
    rows = conn.execute(select(o).where(o.c.subject_kind == kind, o.c.subject_id.in_(ids))).all()
    by_subject: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        if row.field in KB_COLUMNS[kind]:
            by_subject[row.subject_id].append(row)
    for subject_id, overridden in by_subject.items():
        current = conn.execute(select(table).where(table.c.id == subject_id)).first()
        if current is None:
            continue
        supported = is_supported(conn, kind, subject_id)
        for row in overridden:
            if not supported:
                machine = None
            elif row.field in _SET_ONCE:
                machine = _most_given(conn, kind, subject_id, row.field)
            else:
                machine = getattr(current, row.field)
            conn.execute(update(o).where(o.c.id == row.id).values(machine=machine))
        conn.execute(update(table).where(table.c.id == subject_id).values({row.field: row.value for row in overridden}))


def claimed(conn: Connection, kind: str, source: str) -> dict[str, int]:
    """Return the kb row each claimed form belongs to in document `source`.

    A claim for this document wins over a claim for every document, and a later claim over an earlier one.
    """
    c = tables.claims.c
    rows = conn.execute(
        select(c.form, c.subject_id)
        .where(c.subject_kind == kind, (c.source.is_(None)) | (c.source == source))
        .order_by(c.source.is_not(None), c.id)
    )
    return {form: subject_id for form, subject_id in rows}


def claim_for(claims: dict[str, int], forms: Iterable[str]) -> int | None:
    """Return the kb row the first claimed form among `forms` belongs to."""
    return next((claims[normalize(f)] for f in forms if normalize(f) in claims), None)


def apply_figure_curations(conn: Connection, document_id: str) -> None:
    """Apply curators' verdicts and edits to a freshly stored document's figures, noting what extraction says."""
    fc, f = tables.figure_curations, tables.figures
    curations = conn.execute(select(fc).where(fc.c.source == source_of(conn, document_id))).all()
    for curation in curations:
        found = conn.execute(
            select(f).where(f.c.document_id == document_id, f.c.metric == curation.metric, f.c.text == curation.text)
        ).all()
        machine = {name: getattr(found[0], name) for name in FIGURE_FIELDS} if found else curation.machine
        if found:
            conn.execute(
                update(f)
                .where(f.c.id.in_([row.id for row in found]))
                .values(verdict=curation.verdict, **curation.edits)
            )
        conn.execute(update(fc).where(fc.c.id == curation.id).values(machine=machine, found=bool(found)))
