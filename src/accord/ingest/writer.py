"""Store one extracted document in its own transaction: added, unchanged or replaced, never half-written."""

from __future__ import annotations

from importlib.metadata import version
from typing import Literal

from sqlalchemy import Connection, Engine

from accord.documents import SourceDocument
from accord.extract.record import Record
from accord.resolve import resolve_document
from accord.store.documents import delete_document, insert_record, stored_extractor_version, stored_id_for_source

Outcome = Literal["added", "unchanged", "replaced"]
EXTRACTOR_VERSION = version("accord")


def is_unchanged(conn: Connection, document: SourceDocument) -> bool:
    """Tell whether this exact text is stored as this version of accord extracted it: nothing to redo."""
    return stored_extractor_version(conn, document.id) == EXTRACTOR_VERSION


def save_document(engine: Engine, document: SourceDocument, record: Record) -> Outcome:
    """Store a document's record and merge it into the knowledge base, all in one transaction.

    The same text again changes nothing; a new text from a known source replaces that source's facts,
    and so does the same text extracted by a newer accord (curated values survive both).
    """
    with engine.begin() as conn:
        if is_unchanged(conn, document):
            return "unchanged"
        stored_before = stored_extractor_version(conn, document.id) is not None
        previous = document.id if stored_before else stored_id_for_source(conn, document.source)
        if previous is not None:
            delete_document(conn, previous)
        insert_record(conn, document, record, EXTRACTOR_VERSION)
        resolve_document(conn, document.id)
    return "added" if previous is None else "replaced"
