"""Move facts between kb rows, and pin rows, so that later ingests keep what a curator decided.

A moved or pinned fact leaves a claim: its (normalized name or title, document source) belongs to
the row. Resolution consults claims before matching, so re-ingesting the document, changed or
re-extracted, puts the fact back where the curator put it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from accord.names import normalize
from accord.resolve.series import resolve_figures
from accord.resolve.speakers import resolve_speakers
from accord.store import tables
from accord.store.knowledge import link_roles, prune_knowledge, refresh_entities, refresh_initiatives

CURATED_REASONS = ["placed by a curator"]


def _facts(kind: str) -> tuple[Any, Any, str]:
    """Return the fact table, its column pointing at the kb row, and the column naming the fact."""
    if kind == "entity":
        return tables.mentions, tables.mentions.c.kb_entity_id, "name"
    return tables.initiatives, tables.initiatives.c.kb_initiative_id, "title"


def facts_of(conn: Connection, kind: str, subject_id: int) -> Sequence[Any]:
    """Return the facts of a kb row, each with its id, form and document source."""
    table, key, form = _facts(kind)
    d = tables.documents
    return conn.execute(
        select(table.c.id, table.c[form].label("form"), table.c.document_id, d.c.source)
        .join(d, d.c.id == table.c.document_id)
        .where(key == subject_id)
        .order_by(table.c.id)
    ).all()


def claim(conn: Connection, kind: str, facts: Iterable[Any], subject_id: int) -> None:
    """Record that these facts (form, source) belong to a kb row, replacing any earlier claim on them."""
    c = tables.claims
    for fact in facts:
        form = normalize(fact.form)
        conn.execute(delete(c).where(c.c.subject_kind == kind, c.c.form == form, c.c.source == fact.source))
        conn.execute(insert(c).values(subject_kind=kind, form=form, source=fact.source, subject_id=subject_id))


def pin(conn: Connection, kind: str, subject_id: int) -> None:
    """Keep a kb row however documents change, and claim its facts for it."""
    table = tables.kb_entities if kind == "entity" else tables.kb_initiatives
    conn.execute(update(table).where(table.c.id == subject_id).values(curated=True))
    claim(conn, kind, facts_of(conn, kind, subject_id), subject_id)


def refresh(conn: Connection, kind: str, subject_ids: Iterable[int]) -> None:
    """Recompute kb rows from their facts and lay curated values back over them."""
    (refresh_entities if kind == "entity" else refresh_initiatives)(conn, list(subject_ids))


def move_facts(conn: Connection, kind: str, facts: Sequence[Any], subject_id: int) -> None:
    """Move facts to a kb row, claim them for it, and drop the rows left with nothing."""
    table, key, _ = _facts(kind)
    ids = [fact.id for fact in facts]
    left = set(conn.scalars(select(key).where(table.c.id.in_(ids)))) - {subject_id}
    conn.execute(
        update(table)
        .where(table.c.id.in_(ids))
        .values({key: subject_id, "confidence": 1.0, "reasons": CURATED_REASONS})
    )
    if kind == "entity":
        conn.execute(
            update(tables.entity_keys).where(tables.entity_keys.c.mention_id.in_(ids)).values(kb_entity_id=subject_id)
        )
        link_roles(conn, ids)
        # Statements and series are keyed by kb entity: file those of the documents concerned again.
        for document_id in {fact.document_id for fact in facts}:
            resolve_speakers(conn, document_id)
            resolve_figures(conn, document_id)
    claim(conn, kind, facts, subject_id)
    prune_knowledge(conn)
    refresh(conn, kind, [subject_id, *left])


def forget(conn: Connection, kind: str, subject_id: int) -> None:
    """Delete a kb row no fact supports any more, with its claims and curated fields."""
    table = tables.kb_entities if kind == "entity" else tables.kb_initiatives
    conn.execute(
        delete(tables.claims).where(tables.claims.c.subject_kind == kind, tables.claims.c.subject_id == subject_id)
    )
    conn.execute(
        delete(tables.overrides).where(
            tables.overrides.c.subject_kind == kind, tables.overrides.c.subject_id == subject_id
        )
    )
    conn.execute(delete(table).where(table.c.id == subject_id))
