"""An initiative's status history: one dated report per document, and a curator's status if set."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.statuses import StatusReport, advancement, current_status

_YEAR_FIRST = re.compile(r"\d{4}")
_EVIDENCE_CHARS = 240


def event_dates(conn: Connection, document_ids: set[str]) -> dict[str, list[tuple[int, str]]]:
    """Return, per document, (start, date) of each event with a known year, in text order."""
    e = tables.events
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    rows = conn.execute(select(e.c.document_id, e.c.date, e.c.spans).where(e.c.document_id.in_(document_ids)))
    for document_id, date, spans in rows:
        if date and _YEAR_FIRST.match(date):
            found[document_id].append((spans[0][0] if spans else 0, date))
    return {document_id: sorted(events) for document_id, events in found.items()}


def event_date(events: list[tuple[int, str]], position: int) -> str | None:
    """Return the date of the event a report at `position` belongs to: the last one before it, else the first."""
    if not events:
        return None
    before = bisect_right([start for start, _ in events], position)
    return events[before - 1][1] if before else events[0][1]


def _evidence(text: str | None, spans: list[list[int]]) -> str:
    if not text or not spans:
        return ""
    words = " ".join(text[spans[0][0] : spans[0][1]].split())
    return words if len(words) <= _EVIDENCE_CHARS else words[: _EVIDENCE_CHARS - 1] + "…"


def status_reports(conn: Connection, kb_initiative_id: int, evidence: bool = True) -> list[StatusReport]:
    """Return what each document reports of a kb initiative's status, dated, oldest first."""
    i, d = tables.initiatives, tables.documents
    columns = [i.c.status, i.c.spans, d.c.id, d.c.source, d.c.published, *([d.c.text] if evidence else [])]
    rows = conn.execute(
        select(*columns).join(d, d.c.id == i.c.document_id).where(i.c.kb_initiative_id == kb_initiative_id)
    ).all()
    events = event_dates(conn, {row.id for row in rows})
    reports = []
    for row in rows:
        date = event_date(events.get(row.id, []), row.spans[0][0] if row.spans else 0)
        dated_by = "event" if date else "published" if row.published else "undated"
        text = row.text if evidence else None
        reports.append(
            StatusReport(
                date or row.published, dated_by, row.status, row.source, row.id, _evidence(text, row.spans), row.spans
            )
        )
    return sorted(reports, key=lambda r: (r.date is None, r.date or "", advancement(r.status), r.source or ""))


def curated_status(conn: Connection, kb_initiative_id: int) -> StatusReport | None:
    """Return the status a curator set for a kb initiative, dated by the day it was set."""
    o = tables.overrides
    row = conn.execute(
        select(o.c.value, o.c.set_by, o.c.set_at).where(
            o.c.subject_kind == "initiative", o.c.subject_id == kb_initiative_id, o.c.field == "status"
        )
    ).first()
    if row is None:
        return None
    return StatusReport(row.set_at.date().isoformat(), "curator", row.value, evidence=f"set by {row.set_by}")


def status_chain(conn: Connection, kb_initiative_id: int, evidence: bool = True) -> list[StatusReport]:
    """Return every status report of a kb initiative, a curator's among them, oldest first."""
    reports = status_reports(conn, kb_initiative_id, evidence)
    curated = curated_status(conn, kb_initiative_id)
    if curated is not None:
        reports.append(curated)
        reports.sort(key=lambda r: (r.date is None, r.date or ""))
    return reports


def machine_status(conn: Connection, kb_initiative_id: int) -> str:
    """Return the status extraction gives a kb initiative now, by the rules of `accord.store.statuses`."""
    return current_status(status_reports(conn, kb_initiative_id, evidence=False))


def chain_rows(reports: list[StatusReport]) -> list[dict[str, Any]]:
    """Return status reports as plain JSON-ready data."""
    return [
        {
            "date": r.date,
            "dated_by": r.dated_by,
            "status": r.status,
            "source": r.source,
            "document": r.document_id,
            "evidence": r.evidence,
            "spans": r.spans,
        }
        for r in reports
    ]
