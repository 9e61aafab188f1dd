"""Notes a curator attaches to an entity, an initiative or a figure; they live in the audit log."""

from __future__ import annotations

from sqlalchemy import Connection

from accord.curation.references import figure_row, kb_row, label
from accord.store.audit import log_change


def attach_note(conn: Connection, kind: str, name: str, text: str, actor: str) -> None:
    """Attach a note to the entity or initiative called `name`, or to figure `name` (its id)."""
    if kind == "figure":
        row = figure_row(conn, int(name))
        subject = ("figure", f"{row.metric} {row.text}", row.id)
    else:
        row = kb_row(conn, kind, name)
        subject = (kind, label(kind, row), row.id)
    log_change(conn, actor, "note", subject, note=text)
