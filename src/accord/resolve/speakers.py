"""Link each statement to the kb entity of its speaker."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from accord.names import normalize
from accord.resolve.entities import entity_ids_by_name
from accord.store import tables


def resolve_speakers(conn: Connection, document_id: str) -> None:
    """Point every statement of a document at the kb entity its speaker was resolved to."""
    by_name = entity_ids_by_name(conn, document_id)
    rows = conn.execute(
        select(tables.statements.c.id, tables.statements.c.speaker).where(
            tables.statements.c.document_id == document_id
        )
    )
    for statement_id, speaker in rows.all():
        if normalize(speaker) in by_name:
            conn.execute(
                update(tables.statements)
                .where(tables.statements.c.id == statement_id)
                .values(kb_entity_id=by_name[normalize(speaker)])
            )
