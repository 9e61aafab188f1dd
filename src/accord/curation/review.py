"""The review queue: merges and weak extractions waiting for a person, and curated values the machine now disputes.

A merge question asks whether a fact belongs to a kb row; accepting makes the merge. An extraction
question asks whether an initiative or figure extraction was unsure of is a fact at all; accepting
confirms it and rejecting rejects it, through the same curation functions as `accord confirm|reject`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from accord.curation.facts import judge_figure, judge_initiative
from accord.curation.moves import move_facts, pin
from accord.errors import CurationError
from accord.store import tables
from accord.store.audit import log_change
from accord.store.curated import FIGURE_FIELDS, KB_COLUMNS
from accord.store.entities import find_entity
from accord.store.initiative_profile import find_initiative
from accord.store.review_queue import figure_form
from accord.store.schedule import SCHEDULE_FIELDS, schedules


def pending(conn: Connection) -> list[dict[str, Any]]:
    """Return the merges and extractions waiting for a decision, the least sure first."""
    r = tables.review_items
    rows = conn.execute(select(r).where(r.c.state == "pending").order_by(r.c.confidence, r.c.id))
    return [
        {
            "id": row.id,
            "question": row.question,
            "kind": row.subject_kind,
            "form": row.form,
            "source": row.source,
            "candidate": row.candidate,
            "confidence": row.confidence,
            "reasons": row.reasons,
        }
        for row in rows
    ]


def review_queue(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Return everything waiting for a person: merges, extractions and disputed curated values."""
    waiting = pending(conn)
    return {
        "merges": [item for item in waiting if item["question"] == "merge"],
        "extractions": [item for item in waiting if item["question"] == "extraction"],
        "disputes": disputes(conn),
    }


def _kb_disputes(conn: Connection) -> list[dict[str, Any]]:
    o = tables.overrides
    rows = conn.execute(select(o).order_by(o.c.subject_kind, o.c.subject_id, o.c.field)).all()
    machine_schedules = schedules(conn, {r.subject_id for r in rows if r.subject_kind == "initiative"}, curated=False)
    found = []
    for row in rows:
        if row.field in KB_COLUMNS[row.subject_kind]:
            now = row.machine
        elif row.field in SCHEDULE_FIELDS and row.subject_id in machine_schedules:
            now = getattr(machine_schedules[row.subject_id], row.field)
        else:
            now = None
        if now != row.value and now != row.machine_then:
            found.append(
                {
                    "kind": row.subject_kind,
                    "subject_id": row.subject_id,
                    "field": row.field,
                    "curated": row.value,
                    "machine_then": row.machine_then,
                    "machine_now": now,
                }
            )
    return found


def _figure_disputes(conn: Connection) -> list[dict[str, Any]]:
    fc = tables.figure_curations
    found = []
    for row in conn.execute(select(fc).order_by(fc.c.id)):
        changed = [f for f in FIGURE_FIELDS if row.machine.get(f) != row.machine_then.get(f)]
        if changed or not row.found:
            found.append(
                {
                    "kind": "figure",
                    "subject": f"{row.metric} {row.text} ({row.source})",
                    "field": ", ".join(changed) or "figure",
                    "curated": row.edits or row.verdict,
                    "machine_then": {f: row.machine_then.get(f) for f in changed} if changed else "present",
                    "machine_now": {f: row.machine.get(f) for f in changed} if row.found else "no longer extracted",
                }
            )
    return found


def disputes(conn: Connection) -> list[dict[str, Any]]:
    """Return each curated value beneath which extraction now says something new, for a person to look at.

    Nothing here is applied: the curated value stays until a curator edits it again.
    """
    found = _kb_disputes(conn)
    names = {
        "entity": dict(conn.execute(select(tables.kb_entities.c.id, tables.kb_entities.c.name)).tuples().all()),
        "initiative": dict(
            conn.execute(select(tables.kb_initiatives.c.id, tables.kb_initiatives.c.title)).tuples().all()
        ),
    }
    for item in found:
        item["subject"] = names[item["kind"]].get(item.pop("subject_id"), "?")
    return found + _figure_disputes(conn)


def _facts(conn: Connection, item: Any) -> Sequence[Any]:
    d = tables.documents
    table, form = (
        (tables.mentions, tables.mentions.c.name)
        if item.subject_kind == "entity"
        else (tables.initiatives, tables.initiatives.c.title)
    )
    return conn.execute(
        select(table.c.id, form.label("form"), table.c.document_id, d.c.source)
        .join(d, d.c.id == table.c.document_id)
        .where(d.c.source == item.source, form == item.form)
    ).all()


def _candidate(conn: Connection, item: Any) -> int:
    table = tables.kb_entities if item.subject_kind == "entity" else tables.kb_initiatives
    if conn.scalar(select(table.c.id).where(table.c.id == item.candidate_id)) is not None:
        return int(item.candidate_id)
    found = (find_entity if item.subject_kind == "entity" else find_initiative)(conn, item.candidate)
    if found is None:
        raise CurationError(item.candidate, "is no longer in the knowledge base; merge by hand with `accord merge`")
    return found


def _unfound(item: Any) -> CurationError:
    return CurationError(
        item.form, f"is no longer extracted from {item.source}; `accord review reject {item.id}` drops the question"
    )


def _judge_extraction(conn: Connection, item: Any, verdict: str, actor: str, note: str | None) -> None:
    """Confirm or reject the initiative or figure an extraction question is about."""
    d = tables.documents
    if item.subject_kind == "initiative":
        i = tables.initiatives
        kb_id = conn.scalar(
            select(i.c.kb_initiative_id)
            .join(d, d.c.id == i.c.document_id)
            .where(d.c.source == item.source, i.c.title == item.form, i.c.kb_initiative_id.is_not(None))
        )
        if kb_id is None:
            raise _unfound(item)
        judge_initiative(conn, f"#{kb_id}", verdict, actor, note)
        return
    f = tables.figures
    rows = conn.execute(
        select(f.c.id, f.c.metric, f.c.text).join(d, d.c.id == f.c.document_id).where(d.c.source == item.source)
    )
    found = [row.id for row in rows if figure_form(row.metric, row.text) == item.form]
    if not found:
        raise _unfound(item)
    for figure_id in found:
        judge_figure(conn, figure_id, verdict, actor, note)


def decide(conn: Connection, item_id: int, accept: bool, actor: str, note: str | None = None) -> None:
    """Accept a queued question or reject it; either way it is never asked again.

    A merge accepted joins the fact to the candidate, rejected keeps them apart. An extraction
    accepted confirms the fact, rejected rejects it (written to the audit log as a confirm or reject).
    """
    r = tables.review_items
    item = conn.execute(select(r).where(r.c.id == item_id)).first()
    if item is None or item.state != "pending":
        raise CurationError(
            f"review item {item_id}", "is not waiting for a decision; `accord review` lists those that are"
        )
    state = "accepted" if accept else "rejected"
    if item.question == "extraction":
        try:
            _judge_extraction(conn, item, "confirmed" if accept else "rejected", actor, note)
        except CurationError:
            if accept:
                raise  # nothing left to confirm; rejecting a question about a vanished fact just drops it
        conn.execute(
            update(r).where(r.c.id == item_id).values(state=state, decided_by=actor, decided_at=datetime.now(UTC))
        )
        return
    if accept:
        target = _candidate(conn, item)
        move_facts(conn, item.subject_kind, _facts(conn, item), target)
        pin(conn, item.subject_kind, target)
    conn.execute(update(r).where(r.c.id == item_id).values(state=state, decided_by=actor, decided_at=datetime.now(UTC)))
    detail = {"form": item.form, "source": item.source, "candidate": item.candidate, "confidence": item.confidence}
    log_change(
        conn,
        actor,
        f"{'accept' if accept else 'reject'} merge",
        (item.subject_kind, item.form, None),
        detail,
        state,
        note,
    )
