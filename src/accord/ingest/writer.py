"""Store one extracted document in its own transaction: added, unchanged or replaced, never half-written."""

from __future__ import annotations

from importlib.metadata import version
from typing import Literal

from sqlalchemy import Connection, Engine

from accord.documents import SourceDocument
from accord.extract.record import Record
from accord.resolve import resolve_document
from accord.store.documents import delete_document, has_document, insert_record, stored_id_for_source

Outcome = Literal["added", "unchanged", "replaced"]
EXTRACTOR_VERSION = version("accord")


def is_unchanged(conn: Connection, document: SourceDocument) -> bool:
    """Tell whether this exact text is already stored, so extracting it again would add nothing."""
    return has_document(conn, document.id)


def save_document(engine: Engine, document: SourceDocument, record: Record) -> Outcome:
    """Store a document's record and merge it into the knowledge base, all in one transaction.

    The same text again changes nothing; a new text from a known source replaces that source's facts.
    """
    with engine.begin() as conn:
        if is_unchanged(conn, document):
            return "unchanged"
        previous = stored_id_for_source(conn, document.source)
        if previous is not None:
            delete_document(conn, previous)
        insert_record(conn, document, record, EXTRACTOR_VERSION)
        resolve_document(conn, document.id)
    return "added" if previous is None else "replaced"
