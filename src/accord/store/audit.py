"""The audit log: every curated change, who made it and when, with the value before and after.

The log is append-only; the database itself refuses to update or delete its rows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from accord.names import normalize
from accord.store import tables


def log_change(
    conn: Connection,
    actor: str,
    action: str,
    subject: tuple[str, str, int | None],
    before: Any = None,
    after: Any = None,
    note: str | None = None,
) -> None:
    """Append one change to the audit log; `subject` is (kind, name or title, kb id)."""
    kind, name, subject_id = subject
    conn.execute(
        insert(tables.audit_log).values(
            at=datetime.now(UTC),
            actor=actor,
            action=action,
            subject_kind=kind,
            subject=name,
            subject_id=subject_id,
            before=before,
            after=after,
            note=note,
        )
    )


def _rows(conn: Connection, condition: Any) -> list[dict[str, Any]]:
    log = tables.audit_log
    return [
        {
            "at": row.at.isoformat(),
            "actor": row.actor,
            "action": row.action,
            "kind": row.subject_kind,
            "subject": row.subject,
            "subject_id": row.subject_id,
            "before": row.before,
            "after": row.after,
            "note": row.note,
        }
        for row in conn.execute(select(log).where(condition).order_by(log.c.id))
    ]


def history(conn: Connection, name: str, subjects: list[tuple[str, int]] | None = None) -> list[dict[str, Any]]:
    """Return the changes to whatever is called `name`, or is one of `subjects` (kind, kb id), oldest first."""
    log = tables.audit_log
    wanted = normalize(name)
    named = [row.id for row in conn.execute(select(log.c.id, log.c.subject)) if normalize(row.subject) == wanted]
    by_id = [(log.c.subject_kind == kind) & (log.c.subject_id == subject_id) for kind, subject_id in subjects or []]
    return _rows(conn, or_(log.c.id.in_(named), *by_id))


def notes_of(conn: Connection, kind: str, subject_id: int) -> list[dict[str, Any]]:
    """Return the notes attached to a kb row, oldest first."""
    log = tables.audit_log
    return _rows(conn, (log.c.action == "note") & (log.c.subject_kind == kind) & (log.c.subject_id == subject_id))
