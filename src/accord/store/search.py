"""Full-text search over the stored documents."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.dialect import count_search_matches, search_documents


def search(conn: Connection, words: str, limit: int = 20) -> list[dict[str, Any]]:
    """Return the documents matching all `words`, best first, each with a snippet marking the matches."""
    hits = search_documents(conn, words, limit)
    d = tables.documents
    found = {
        row.id: row
        for row in conn.execute(
            select(d.c.id, d.c.source, d.c.title, d.c.published).where(d.c.id.in_([h[0] for h in hits]))
        )
    }
    return [{**found[document_id]._asdict(), "snippet": snippet} for document_id, snippet in hits]


def count_matches(conn: Connection, words: str) -> int:
    """Return how many documents contain all `words`, however many `search` returns."""
    return count_search_matches(conn, words)
