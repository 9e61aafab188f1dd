"""Everything that differs between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url

SEARCH_TABLE = "document_search"


def engine_for(url: str) -> Engine:
    """Create an engine for a database URL, with accord's connection settings for its dialect."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (`accord entities` during an ingest) run beside the writer, and with
    # synchronous=NORMAL a committed document survives the writer being killed.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def insert_ignoring_duplicates(conn: Connection, table: Table, row: Mapping[str, Any], keys: Sequence[str]) -> None:
    """Insert a row unless one with the same unique `keys` exists (INSERT ... ON CONFLICT DO NOTHING)."""
    if conn.dialect.name == "sqlite":
        conn.execute(sqlite_insert(table).values(**row).on_conflict_do_nothing(index_elements=list(keys)))
    else:
        conn.execute(postgresql_insert(table).values(**row).on_conflict_do_nothing(index_elements=list(keys)))


def create_search_index(conn: Connection) -> None:
    """Create the full-text index over document titles and texts."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(document_id UNINDEXED, title, body)"))
    else:
        conn.execute(
            text(
                f"CREATE INDEX ix_{SEARCH_TABLE} ON documents "
                "USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))"
            )
        )


def drop_search_index(conn: Connection) -> None:
    """Drop the full-text index."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TABLE {SEARCH_TABLE}"))
    else:
        conn.execute(text(f"DROP INDEX ix_{SEARCH_TABLE}"))


def index_document(conn: Connection, document_id: str, title: str | None, body: str) -> None:
    """Add a document to the full-text index (PostgreSQL indexes the documents table itself)."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(f"INSERT INTO {SEARCH_TABLE} (document_id, title, body) VALUES (:id, :title, :body)"),
            {"id": document_id, "title": title or "", "body": body},
        )


def unindex_document(conn: Connection, document_id: str) -> None:
    """Remove a document from the full-text index."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE document_id = :id"), {"id": document_id})


def search_documents(conn: Connection, words: str, limit: int) -> list[tuple[str, str]]:
    """Return (document id, snippet) of the documents best matching all `words`, best first."""
    terms = [w for w in words.split() if w]
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        # Quote each word so user input is never read as FTS5 query syntax.
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = conn.execute(
            text(
                f"SELECT document_id, snippet({SEARCH_TABLE}, 2, '[', ']', '…', 16) FROM {SEARCH_TABLE} "
                f"WHERE {SEARCH_TABLE} MATCH :match ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
    else:
        rows = conn.execute(
            text(
                "SELECT id, ts_headline('english', text, query, 'StartSel=[,StopSel=],MaxWords=24') "
                "FROM documents, plainto_tsquery('english', :words) AS query "
                "WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) @@ query "
                "ORDER BY ts_rank(to_tsvector('english', coalesce(title, '') || ' ' || text), query) DESC "
                "LIMIT :limit"
            ),
            {"words": " ".join(terms), "limit": limit},
        )
    return [(row[0], row[1]) for row in rows]
