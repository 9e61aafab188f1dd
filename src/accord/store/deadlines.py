"""Deadlines and milestones as of a day: passed (overdue unless completed), due soon, reached or missed.

A date counts until its last day ("2027" until 31 December 2027). A deadline has passed the day
after; it is overdue when the initiative is not completed as of that day. A milestone is reached
when the initiative is completed, when a report says so in the past tense ("the first unit was
commissioned"), or when a curator marks it reached; once its date has passed without that, it is
missed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.calendar import period_end
from accord.store.schedule import Schedule, schedules
from accord.store.statuses import StatusReport, current_status, on_or_before
from accord.store.timeline import status_chain

_LABEL = re.compile(
    r"(?P<what>.+?)\s+(?P<event>commissioned|completed|launched|opened|built|put into operation|finished|ready)$"
)


def _reached_in_text(label: str, texts: list[str]) -> bool:
    """Tell whether a text says a milestone happened ("the first unit was commissioned")."""
    match = _LABEL.fullmatch(label)
    if match is None:
        return False
    what, event = (re.escape(match[name]).replace(r"\ ", r"\s+") for name in ("what", "event"))
    # "the first unit of the plant was commissioned": a few words may stand between, within one sentence.
    said = re.compile(
        rf"\b{what}\b[^.]{{0,80}}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?{event}\b", re.I
    )
    return any(said.search(text) for text in texts)


def _report_texts(conn: Connection, reports: list[StatusReport], as_of: str) -> list[str]:
    """Return the words of every report dated on or before `as_of`."""
    counted = [r for r in reports if r.document_id and (r.date is None or on_or_before(r.date, as_of))]
    d = tables.documents
    rows = conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_({r.document_id for r in counted})))
    texts: dict[str, str] = {row.id: row.text for row in rows}
    return [texts[r.document_id][start:end] for r in counted for start, end in r.spans if r.document_id in texts]


def _item(initiative: Any, status: str, kind: str, label: str, when: str, source: str | None) -> dict[str, Any]:
    return {
        "initiative_id": initiative.id,
        "initiative": initiative.title,
        "status": status,
        "kind": kind,
        "label": label,
        "date": when,
        "source": source,
    }


def _deadline(initiative: Any, schedule: Schedule, status: str, as_of: date, horizon: date) -> list[dict[str, Any]]:
    end = period_end(schedule.deadline)
    if end is None or end > horizon or schedule.deadline is None:
        return []
    item = _item(initiative, status, "deadline", "deadline", schedule.deadline, schedule.deadline_source)
    passed = end < as_of
    return [
        {
            **item,
            "state": "passed" if passed else "due",
            "overdue": passed and status != "completed",
            "days": (as_of - end).days,
        }
    ]


def _milestones(
    conn: Connection,
    initiative: Any,
    schedule: Schedule,
    status: str,
    reports: list[StatusReport],
    as_of: date,
    horizon: date,
) -> list[dict[str, Any]]:
    items = []
    texts: list[str] | None = None
    for milestone in schedule.milestones:
        end = period_end(milestone["date"])
        if end is None or end > horizon:
            continue
        reached = milestone.get("reached")
        if reached is None:
            texts = _report_texts(conn, reports, as_of.isoformat()) if texts is None else texts
            reached = status == "completed" or _reached_in_text(milestone["label"], texts)
        passed = end < as_of
        state = "reached" if reached else "missed" if passed else "due"
        item = _item(initiative, status, "milestone", milestone["label"], milestone["date"], milestone["source"])
        items.append({**item, "state": state, "overdue": state == "missed", "days": (as_of - end).days})
    return items


def due(conn: Connection, as_of: date, within: timedelta) -> list[dict[str, Any]]:
    """Return the deadlines and milestones that matter on `as_of`, the earliest first.

    Listed: every deadline passed or falling within `within` of `as_of`, and every milestone
    reached, missed or due in that window. Rejected initiatives are left out.
    """
    # Only an initiative with a date to meet can be due; the others need no status chain read.
    plans = {kb_id: plan for kb_id, plan in schedules(conn).items() if plan.deadline or plan.milestones}
    kb = tables.kb_initiatives
    rows = conn.execute(
        select(kb.c.id, kb.c.title, kb.c.status).where(kb.c.id.in_(plans), kb.c.verdict.is_distinct_from("rejected"))
    ).all()
    horizon = as_of + within
    found = []
    for initiative in rows:
        reports = status_chain(conn, initiative.id, evidence=False)
        # An initiative added by hand, with no report yet, stands where the curator put it.
        status = current_status(reports, as_of.isoformat()) if reports else initiative.status
        schedule = plans[initiative.id]
        found += _deadline(initiative, schedule, status, as_of, horizon)
        found += _milestones(conn, initiative, schedule, status, reports, as_of, horizon)
    return sorted(found, key=lambda item: (period_end(item["date"]) or as_of, item["initiative"]))
