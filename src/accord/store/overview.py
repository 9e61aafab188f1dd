"""What the knowledge base holds at a glance: counts, the latest documents, the latest curated changes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from accord.store import tables

COUNTED = {
    "documents": tables.documents,
    "entities": tables.kb_entities,
    "initiatives": tables.kb_initiatives,
    "series": tables.series,
    "figures": tables.figures,
    "statements": tables.statements,
}


def counts(conn: Connection) -> dict[str, int]:
    """Return how many documents, entities, initiatives, series, figures and statements are stored,
    and how many merges wait for review."""
    found = {name: conn.scalar(select(func.count()).select_from(table)) or 0 for name, table in COUNTED.items()}
    r = tables.review_items
    found["pending_review"] = conn.scalar(select(func.count()).where(r.c.state == "pending")) or 0
    return found


def latest_documents(conn: Connection, limit: int = 10, offset: int = 0) -> list[dict[str, Any]]:
    """Return documents, the latest published first (undated last), then the latest ingested."""
    d = tables.documents
    rows = conn.execute(
        select(d.c.id, d.c.source, d.c.title, d.c.language, d.c.published, d.c.ingested_at)
        .order_by(d.c.published.desc().nulls_last(), d.c.ingested_at.desc(), d.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [{**row._asdict(), "ingested_at": row.ingested_at.isoformat()} for row in rows]


def recent_changes(conn: Connection, limit: int = 10) -> list[dict[str, Any]]:
    """Return the latest curated changes from the audit log, newest first."""
    log = tables.audit_log
    rows = conn.execute(select(log).order_by(log.c.id.desc()).limit(limit))
    return [
        {
            "at": row.at.isoformat(),
            "actor": row.actor,
            "action": row.action,
            "kind": row.subject_kind,
            "subject": row.subject,
            "subject_id": row.subject_id,
            "note": row.note,
        }
        for row in rows
    ]
