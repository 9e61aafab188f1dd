"""Initiatives added by hand: a roadmap item no article mentions yet, with who is responsible and when it is due."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from accord.store import tables
from accord.store.audit import log_change


def add_initiative(
    conn: Connection,
    title: str,
    actor: str,
    *,
    kind: str | None = None,
    sector: str | None = None,
    status: str | None = None,
    location: str | None = None,
    responsible: list[str] | None = None,
    deadline: str | None = None,
    milestones: list[dict[str, Any]] | None = None,
    note: str | None = None,
) -> int:
    """Add an initiative by hand and return its id; every field given is curated, so articles never overwrite it.

    Fields not given take what articles reporting it later say (until then: kind and sector "other",
    status "planned"). Milestones are {"label": ..., "date": ...}.
    """
    given = {"title": title, "kind": kind, "sector": sector, "status": status, "location": location}
    defaults = {"kind": "other", "sector": "other", "status": "planned"}
    kb = tables.kb_initiatives
    row = {field: value if value is not None else defaults.get(field) for field, value in given.items()}
    subject_id = conn.execute(insert(kb).values(**row, curated=True).returning(kb.c.id)).scalar_one()
    curated = {
        **given,
        "responsible": responsible,
        "deadline": deadline,
        "milestones": milestones,
    }
    now = datetime.now(UTC)
    conn.execute(
        insert(tables.overrides),
        [
            {
                "subject_kind": "initiative",
                "subject_id": subject_id,
                "field": field,
                "value": value,
                "machine": None,
                "machine_then": None,
                "set_by": actor,
                "set_at": now,
            }
            for field, value in curated.items()
            if value is not None
        ],
    )
    log_change(conn, actor, "add", ("initiative", title, subject_id), None, curated, note)
    return int(subject_id)
