"""Write one document's record into the store, and take it out again."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from accord.documents import SourceDocument
from accord.record import Event, Figure, Initiative, Record, Span, Statement
from accord.store import tables
from accord.store.dialect import index_document, unindex_document
from accord.store.knowledge import prune_knowledge, refresh_entities, refresh_initiatives


def _spans(spans: list[Span]) -> list[list[int]]:
    return [[span.start, span.end] for span in spans]


def stored_id_for_source(conn: Connection, source: str) -> str | None:
    """Return the content hash stored for `source`, or None if it was never ingested."""
    return conn.scalar(select(tables.documents.c.id).where(tables.documents.c.source == source))


def stored_source(conn: Connection, document_id: str) -> str | None:
    """Return the source stored for the text with this content hash, or None if it was never ingested."""
    return conn.scalar(select(tables.documents.c.source).where(tables.documents.c.id == document_id))


def stored_extractor_version(conn: Connection, document_id: str) -> str | None:
    """Return the version of accord that extracted the stored document with this content hash, if any."""
    documents = tables.documents
    return conn.scalar(select(documents.c.extractor_version).where(documents.c.id == document_id))


def delete_document(conn: Connection, document_id: str) -> None:
    """Remove a document with all its facts, and the merged rows no other document supports."""
    m, i = tables.mentions, tables.initiatives
    entities = set(conn.scalars(select(m.c.kb_entity_id).where(m.c.document_id == document_id)))
    initiatives = set(conn.scalars(select(i.c.kb_initiative_id).where(i.c.document_id == document_id)))
    unindex_document(conn, document_id)
    conn.execute(delete(tables.documents).where(tables.documents.c.id == document_id))
    prune_knowledge(conn)
    refresh_entities(conn, entities - {None})
    refresh_initiatives(conn, initiatives - {None})


def insert_record(conn: Connection, document: SourceDocument, record: Record, extractor_version: str) -> None:
    """Store a document, its text and every fact of its record, each with its evidence spans."""
    info = record.document
    conn.execute(
        insert(tables.documents).values(
            id=info.id,
            source=info.source,
            title=info.title,
            language=info.language,
            published=info.published,
            text=document.text,
            extractor_version=extractor_version,
            notices=list(info.notices),
            ingested_at=datetime.now(UTC),
        )
    )
    index_document(conn, info.id, info.title, document.text)
    _insert_entities(conn, record)
    rows: list[tuple[Table, list[dict[str, Any]]]] = [
        (tables.events, [_fact_row(info.id, e) for e in record.events]),
        (tables.initiatives, [_fact_row(info.id, i) for i in record.initiatives]),
        (tables.figures, [_fact_row(info.id, f) for f in record.figures]),
        (tables.statements, [_fact_row(info.id, s) for s in record.statements]),
    ]
    for table, values in rows:
        if values:
            conn.execute(insert(table), values)


def _insert_entities(conn: Connection, record: Record) -> None:
    if not record.entities:
        return
    m = tables.mentions
    mention_ids = conn.scalars(
        insert(m).returning(m.c.id, sort_by_parameter_order=True),
        [
            {
                "document_id": record.document.id,
                "local_id": entity.id,
                "type": entity.type,
                "name": entity.name,
                "aliases": list(entity.aliases),
                "country": entity.country,
                "spans": _spans(entity.mentions),
                "reasons": [],
            }
            for entity in record.entities
        ],
    ).all()
    roles = [
        {**asdict(role), "mention_id": mention_id, "date": record.document.published}
        for entity, mention_id in zip(record.entities, mention_ids, strict=True)
        for role in entity.roles
    ]
    if roles:
        conn.execute(insert(tables.roles), roles)


def _fact_row(document_id: str, fact: Event | Initiative | Figure | Statement) -> dict[str, Any]:
    row = asdict(fact)
    row["local_id"] = row.pop("id")
    row["spans"] = _spans(fact.evidence)
    del row["evidence"]
    if isinstance(fact, Initiative | Figure):
        # The record's confidence is extraction's; the table's `confidence` is the merge's.
        row["extraction_confidence"] = row.pop("confidence")
        row["extraction_reasons"] = row.pop("confidence_reasons")
    if isinstance(fact, Initiative):
        row["reasons"] = []
    return {**row, "document_id": document_id}
