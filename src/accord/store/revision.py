"""A cheap fingerprint of the knowledge base, so callers can keep derived views until it changes."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from accord.store import tables


def knowledge_revision(conn: Connection) -> tuple[object, ...]:
    """Return a tuple that changes whenever documents, facts, merges or curated values change.

    Ingest adds rows with new ids to the fact tables and every curation appends to the audit log,
    so counts and highest ids of those tables, read from their indexes, tell one state from the next.
    """
    t = tables
    parts = [
        select(func.count()).select_from(t.documents),
        select(func.count()).select_from(t.initiatives),
        select(func.max(t.initiatives.c.id)),
        select(func.max(t.mentions.c.id)),
        select(func.max(t.figures.c.id)),
        select(func.count()).select_from(t.kb_initiatives),
        select(func.max(t.kb_initiatives.c.id)),
        select(func.max(t.audit_log.c.id)),
        select(func.max(t.review_items.c.id)),
        select(func.max(t.ingest_log.c.id)),
    ]
    # One round trip: every part as a scalar subquery of a single SELECT.
    return tuple(conn.execute(select(*(part.scalar_subquery() for part in parts))).one())
