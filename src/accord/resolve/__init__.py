"""Resolution across documents: merge a stored document's entities, initiatives and figures into the kb."""

from sqlalchemy import Connection

from accord.resolve.entities import resolve_mentions
from accord.resolve.initiatives import resolve_initiatives
from accord.resolve.series import resolve_figures
from accord.resolve.speakers import resolve_speakers
from accord.store.curated import apply_figure_curations
from accord.store.review_queue import queue_weak_facts

__all__ = ["resolve_document"]


def resolve_document(conn: Connection, document_id: str) -> None:
    """Merge one stored document's facts into the knowledge base, in the caller's transaction;
    the facts extraction is unsure of then wait in the review queue."""
    resolve_mentions(conn, document_id)
    resolve_speakers(conn, document_id)
    resolve_initiatives(conn, document_id)
    resolve_figures(conn, document_id)
    apply_figure_curations(conn, document_id)
    queue_weak_facts(conn, document_id)
