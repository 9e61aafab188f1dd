"""What the kill drills compare: each stored document's facts, the knowledge base's totals, the store's health."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from accord.store import tables
from accord.store.dialect import engine_for

KB_TABLES = (tables.kb_entities, tables.kb_initiatives, tables.series, tables.ingest_log, tables.review_items)


def facts_per_document(url: str) -> dict[str, tuple[Any, ...]]:
    """Return, per document source, how many facts of each kind it has and the kb entities they resolve to."""
    engine = engine_for(url)
    facts: dict[str, tuple[Any, ...]] = {}
    with engine.connect() as conn:
        for document_id, source in conn.execute(select(tables.documents.c.id, tables.documents.c.source)):
            counts = tuple(
                conn.scalar(select(func.count()).select_from(table).where(table.c.document_id == document_id))
                for table in (tables.mentions, tables.events, tables.initiatives, tables.figures, tables.statements)
            )
            kb_names = tuple(
                sorted(
                    conn.scalars(
                        select(tables.kb_entities.c.name)
                        .join(tables.mentions, tables.mentions.c.kb_entity_id == tables.kb_entities.c.id)
                        .where(tables.mentions.c.document_id == document_id)
                    )
                )
            )
            facts[Path(source).name] = (*counts, kb_names)
    engine.dispose()
    return facts


def knowledge_totals(url: str) -> dict[str, int]:
    """Return how many rows each knowledge-base table holds (a document counted twice shows here)."""
    engine = engine_for(url)
    with engine.connect() as conn:
        totals = {table.name: conn.scalar(select(func.count()).select_from(table)) or 0 for table in KB_TABLES}
    engine.dispose()
    return totals


def stored_documents(url: str) -> int:
    """Return how many documents the store holds."""
    engine = engine_for(url)
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(tables.documents)) or 0
    engine.dispose()
    return count


def store_problems(url: str) -> list[str]:
    """Return what SQLite's integrity and foreign-key checks find wrong (nothing on PostgreSQL, which
    enforces its constraints as it writes)."""
    if not url.startswith("sqlite"):
        return []
    engine = engine_for(url)
    with engine.connect() as conn:
        integrity = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
        foreign = [str(tuple(row)) for row in conn.execute(text("PRAGMA foreign_key_check"))]
    engine.dispose()
    return [line for line in integrity if line != "ok"] + foreign
