"""Everything that differs between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, text
from sqlalchemy.engine import make_url

from accord.store.terms import russian_stem, search_terms

SEARCH_TABLE = "document_search"
# PostgreSQL's full-text index: the text search vector of each document's title and text, kept
# in a stored generated column (not in `tables`, SQLite has an FTS5 table instead).
SEARCH_VECTOR = "search_vector"
_DOCUMENT_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
# Since revision 0006 a Russian document is read with the `russian` configuration (Snowball stems of
# Russian words, English stems of Latin ones), any other with `english`.
_CONFIGURATION = "CASE WHEN language = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END"
_LANGUAGE_VECTOR = f"to_tsvector({_CONFIGURATION}, coalesce(title, '') || ' ' || text)"


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
    # SQLite's lower() folds ASCII only: names in Cyrillic are compared through Python's casefold.
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def folded(conn: Connection, column: Any) -> Any:
    """Return the column's text with case folded in any script (PostgreSQL's lower() already does)."""
    return func.casefold(column) if conn.dialect.name == "sqlite" else func.lower(column)


def insert_ignoring_duplicates(conn: Connection, table: Table, row: Mapping[str, Any], keys: Sequence[str]) -> None:
    """Insert a row unless one with the same unique `keys` exists (INSERT ... ON CONFLICT DO NOTHING)."""
    # Imported here: the PostgreSQL dialect package (asyncio and all) is more than a query on SQLite needs.
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).values(**row).on_conflict_do_nothing(index_elements=list(keys)))
    else:
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        conn.execute(postgresql_insert(table).values(**row).on_conflict_do_nothing(index_elements=list(keys)))


def create_search_index(conn: Connection) -> None:
    """Create the full-text index over document titles and texts."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(document_id UNINDEXED, title, body)"))
    else:
        conn.execute(text(f"CREATE INDEX ix_{SEARCH_TABLE} ON documents USING gin ({_DOCUMENT_VECTOR})"))


def drop_search_index(conn: Connection) -> None:
    """Drop the full-text index."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TABLE {SEARCH_TABLE}"))
    else:
        conn.execute(text(f"DROP INDEX ix_{SEARCH_TABLE}"))


def store_search_vectors(conn: Connection) -> None:
    """Keep each document's search vector in a column (PostgreSQL), so ranking matches reads it, not the text."""
    if conn.dialect.name == "postgresql":
        _add_vector_column(conn, _DOCUMENT_VECTOR)
        conn.execute(text(f"DROP INDEX ix_{SEARCH_TABLE}"))
        conn.execute(text(f"CREATE INDEX ix_{SEARCH_TABLE} ON documents USING gin ({SEARCH_VECTOR})"))


def _add_vector_column(conn: Connection, expression: str) -> None:
    conn.execute(
        text(f"ALTER TABLE documents ADD COLUMN {SEARCH_VECTOR} tsvector GENERATED ALWAYS AS ({expression}) STORED")
    )


def vectors_by_language(conn: Connection, by_language: bool = True) -> None:
    """Compute the stored search vectors with each document's language's configuration (PostgreSQL), or,
    with `by_language` false, with English's for all as before revision 0006."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX ix_{SEARCH_TABLE}"))
        conn.execute(text(f"ALTER TABLE documents DROP COLUMN {SEARCH_VECTOR}"))
        _add_vector_column(conn, _LANGUAGE_VECTOR if by_language else _DOCUMENT_VECTOR)
        conn.execute(text(f"CREATE INDEX ix_{SEARCH_TABLE} ON documents USING gin ({SEARCH_VECTOR})"))


def drop_search_vectors(conn: Connection) -> None:
    """Undo `store_search_vectors`: index the expression again."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX ix_{SEARCH_TABLE}"))
        conn.execute(text(f"ALTER TABLE documents DROP COLUMN {SEARCH_VECTOR}"))
        create_search_index(conn)


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


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_match(terms: list[str]) -> str:
    """The FTS5 query for all the terms: each quoted so user input is never read as query syntax, a
    Russian word also as a prefix query of its stem, so that its other forms match."""
    parts = []
    for term in terms:
        stem = russian_stem(term)
        parts.append(f"({_quoted(term)} OR {_quoted(stem)}*)" if stem else _quoted(term))
    return " AND ".join(parts)


# A document matches the query read in English or in Russian: each reads the other's words as typed.
_TS_MATCH = (
    f"({SEARCH_VECTOR} @@ plainto_tsquery('english', :words) OR {SEARCH_VECTOR} @@ plainto_tsquery('russian', :words))"
)


def count_search_matches(conn: Connection, words: str) -> int:
    """Return how many documents contain all `words`."""
    terms = search_terms(words)
    if not terms:
        return 0
    if conn.dialect.name == "sqlite":
        query = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match"
        return int(conn.scalar(text(query), {"match": _fts_match(terms)}) or 0)
    query = f"SELECT count(*) FROM documents WHERE {_TS_MATCH}"
    return int(conn.scalar(text(query), {"words": " ".join(terms)}) or 0)


def search_documents(conn: Connection, words: str, limit: int) -> list[tuple[str, str]]:
    """Return (document id, snippet) of the documents best matching all `words`, best first."""
    terms = search_terms(words)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        match = _fts_match(terms)
        rows = conn.execute(
            text(
                f"SELECT document_id, snippet({SEARCH_TABLE}, 2, '[', ']', '…', 16) FROM {SEARCH_TABLE} "
                f"WHERE {SEARCH_TABLE} MATCH :match ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
    else:
        # Rank in the subquery, from the stored vectors; mark the words in the text of the best only.
        rows = conn.execute(
            text(
                f"SELECT d.id, ts_headline({_CONFIGURATION.replace('language', 'd.language')}, d.text, best.query, "
                "'StartSel=[,StopSel=],MaxWords=24') "
                f"FROM (SELECT id, query, ts_rank({SEARCH_VECTOR}, query) AS rank FROM documents, "
                f"LATERAL (SELECT plainto_tsquery({_CONFIGURATION}, :words)) AS q(query) "
                f"WHERE {_TS_MATCH} ORDER BY rank DESC LIMIT :limit) AS best "
                "JOIN documents AS d ON d.id = best.id ORDER BY best.rank DESC"
            ),
            {"words": " ".join(terms), "limit": limit},
        )
    return [(row[0], row[1]) for row in rows]


def create_append_only_guard(conn: Connection, table: str) -> None:
    """Make the database itself refuse UPDATE and DELETE on `table`."""
    message = f"{table} is append-only"
    if conn.dialect.name == "sqlite":
        for statement in ("UPDATE", "DELETE"):
            conn.execute(
                text(
                    f"CREATE TRIGGER {table}_no_{statement.lower()} BEFORE {statement} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
            )
    else:
        conn.execute(
            text(
                f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
            )
        )
        conn.execute(
            text(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
            )
        )


def drop_append_only_guard(conn: Connection, table: str) -> None:
    """Drop the guard `create_append_only_guard` made."""
    if conn.dialect.name == "sqlite":
        for statement in ("update", "delete"):
            conn.execute(text(f"DROP TRIGGER {table}_no_{statement}"))
    else:
        conn.execute(text(f"DROP TRIGGER {table}_append_only ON {table}"))
        conn.execute(text(f"DROP FUNCTION {table}_append_only()"))
