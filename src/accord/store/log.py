"""The ingest log: every document that could not be read, extracted or stored, and why."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from accord.store import tables


def log_failure(conn: Connection, source: str, reason: str, *, once: bool = False) -> None:
    """Record that `source` failed for `reason`, now; with `once`, unless that was recorded before."""
    log = tables.ingest_log
    if once and conn.scalar(select(log.c.id).where(log.c.source == source, log.c.reason == reason).limit(1)):
        return
    conn.execute(insert(log).values(source=source, reason=reason, logged_at=datetime.now(UTC)))


def failures(conn: Connection, limit: int | None = None) -> list[dict[str, Any]]:
    """Return the logged failures, latest first."""
    log = tables.ingest_log
    rows = conn.execute(select(log).order_by(log.c.id.desc()).limit(limit))
    return [{"source": r.source, "reason": r.reason, "time": r.logged_at.isoformat()} for r in rows]
