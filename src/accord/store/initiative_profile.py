"""One kb initiative in full: its status chain, schedule, reports, curated fields and notes."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, select

from accord.names import normalize
from accord.store import tables
from accord.store.audit import notes_of
from accord.store.curated import overrides_of
from accord.store.initiatives import unreviewed
from accord.store.schedule import schedules
from accord.store.statuses import current_status
from accord.store.timeline import chain_rows, status_chain

_BY_ID = re.compile(r"#(\d+)")


def find_initiative(conn: Connection, name: str) -> int | None:
    """Return the id of the kb initiative called `name` ("#12": id 12).

    Its title, or a report's, equal to `name` comes first; then one containing it, the most reported first.
    """
    kb, i = tables.kb_initiatives, tables.initiatives
    if by_id := _BY_ID.fullmatch(name.strip()):
        return conn.scalar(select(kb.c.id).where(kb.c.id == int(by_id[1])))
    wanted = normalize(name)
    titles: dict[int, list[str]] = {row.id: [normalize(row.title)] for row in conn.execute(select(kb.c.id, kb.c.title))}
    for report in conn.execute(select(i.c.kb_initiative_id, i.c.title)):
        if report.kb_initiative_id is not None:
            titles.setdefault(report.kb_initiative_id, []).append(normalize(report.title))
    exact = [kb_id for kb_id, forms in titles.items() if wanted in forms]
    if exact:
        return min(exact)
    within = [kb_id for kb_id, forms in titles.items() if any(wanted in form for form in forms)]
    within.sort(key=lambda kb_id: (-len(titles[kb_id]), kb_id))
    return within[0] if within else None


def _reports(conn: Connection, kb_initiative_id: int) -> list[dict[str, Any]]:
    i, d = tables.initiatives, tables.documents
    rows = conn.execute(
        select(i.c.title, i.c.kind, i.c.status, i.c.confidence, i.c.reasons, d.c.source, d.c.published)
        .join(d, d.c.id == i.c.document_id)
        .where(i.c.kb_initiative_id == kb_initiative_id)
        .order_by(d.c.published, d.c.source)
    )
    return [row._asdict() for row in rows]


def initiative_profile(conn: Connection, name: str, as_of: str | None = None) -> dict[str, Any] | None:
    """Return everything known of the kb initiative called `name`, its status as of `as_of` (default: now)."""
    kb_initiative_id = find_initiative(conn, name)
    if kb_initiative_id is None:
        return None
    kb = conn.execute(select(tables.kb_initiatives).where(tables.kb_initiatives.c.id == kb_initiative_id)).one()
    chain = status_chain(conn, kb_initiative_id)
    reports = _reports(conn, kb_initiative_id)
    schedule = schedules(conn, [kb_initiative_id]).get(kb_initiative_id)
    return {
        "id": kb.id,
        "title": kb.title,
        "kind": kb.kind,
        "sector": kb.sector,
        "status": current_status(chain, as_of) if as_of and chain else kb.status,
        "location": kb.location,
        "verdict": kb.verdict,
        "unreviewed": bool(unreviewed(conn, [kb.id])),
        "curated": overrides_of(conn, "initiative", kb.id),
        "documents": len({r["source"] for r in reports}),
        "chain": chain_rows(chain),
        "schedule": schedule.as_dict() if schedule else None,
        "reports": reports,
        "notes": notes_of(conn, "initiative", kb.id),
    }
