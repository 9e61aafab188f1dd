"""Store one extracted document in its own transaction: added, unchanged or replaced, never half-written."""

from __future__ import annotations

from importlib.metadata import version
from typing import Literal

from sqlalchemy import Connection, Engine

from accord.documents import SourceDocument
from accord.record import Record
from accord.resolve import resolve_document
from accord.store.documents import (
    delete_document,
    insert_record,
    stored_extractor_version,
    stored_id_for_source,
    stored_source,
)

# "duplicate": this exact text is stored already, under another source (a second URL of one article).
Outcome = Literal["added", "unchanged", "replaced", "duplicate"]
EXTRACTOR_VERSION = version("accord")


def is_unchanged(conn: Connection, document: SourceDocument) -> bool:
    """Tell whether this exact text is stored as this version of accord extracted it: nothing to redo."""
    return stored_extractor_version(conn, document.id) == EXTRACTOR_VERSION


def already_stored(conn: Connection, document: SourceDocument) -> Outcome | None:
    """Tell whether there is nothing to redo for a document: "unchanged", "duplicate" or None."""
    if not is_unchanged(conn, document):
        return None
    return "unchanged" if stored_source(conn, document.id) == document.source else "duplicate"


def save_document(engine: Engine, document: SourceDocument, record: Record) -> Outcome:
    """Store a document's record and merge it into the knowledge base, all in one transaction."""
    with engine.begin() as conn:
        return store_document(conn, document, record)


def store_document(conn: Connection, document: SourceDocument, record: Record) -> Outcome:
    """Store a document's record and merge it into the knowledge base, in the caller's transaction.

    The same text again changes nothing, from its source or from another ("duplicate"); a new text
    from a known source replaces that source's facts, and so does the same text extracted by a newer
    accord (curated values survive both).
    """
    if (stored := already_stored(conn, document)) is not None:
        return stored
    stored_before = stored_extractor_version(conn, document.id) is not None
    previous = document.id if stored_before else stored_id_for_source(conn, document.source)
    if previous is not None:
        delete_document(conn, previous)
    insert_record(conn, document, record, EXTRACTOR_VERSION)
    resolve_document(conn, document.id)
    return "added" if previous is None else "replaced"
