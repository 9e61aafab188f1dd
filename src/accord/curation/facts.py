"""Confirm or reject a fact, and edit the fields of an entity, an initiative or a figure."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from accord.curation.moves import pin, refresh
from accord.curation.references import entity_row, figure_row, initiative_row, label
from accord.errors import CurationError
from accord.store import tables
from accord.store.audit import log_change
from accord.store.curated import FIGURE_FIELDS, KB_COLUMNS, KB_TABLES
from accord.store.schedule import SCHEDULE_FIELDS, schedules

VERDICTS = ("confirmed", "rejected")
EDITABLE = {
    "entity": KB_COLUMNS["entity"],
    "initiative": (*KB_COLUMNS["initiative"], *SCHEDULE_FIELDS),
}


def _verdict(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise CurationError(verdict, f"is not a verdict; use one of {', '.join(VERDICTS)}")
    return verdict


def _judge(conn: Connection, kind: str, row: Any, verdict: str, actor: str, note: str | None) -> None:
    """Set a kb row's verdict, pin it so every later ingest keeps it, and log the change."""
    table = KB_TABLES[kind]
    conn.execute(update(table).where(table.c.id == row.id).values(verdict=_verdict(verdict)))
    pin(conn, kind, row.id)
    log_change(conn, actor, verdict.removesuffix("ed"), (kind, label(kind, row), row.id), row.verdict, verdict, note)


def judge_entity(conn: Connection, name: str, verdict: str, actor: str, note: str | None = None) -> None:
    """Confirm an entity, or reject it as no entity at all (it leaves lists, actors and search; its evidence stays)."""
    _judge(conn, "entity", entity_row(conn, name), verdict, actor, note)


def judge_initiative(conn: Connection, name: str, verdict: str, actor: str, note: str | None = None) -> None:
    """Confirm an initiative, or reject it as no initiative at all (it leaves the lists, its evidence stays)."""
    _judge(conn, "initiative", initiative_row(conn, name), verdict, actor, note)


def judge_figure(conn: Connection, figure_id: int, verdict: str, actor: str, note: str | None = None) -> None:
    """Confirm a figure (its side wins a conflict), or reject it (it leaves series, targets and conflicts)."""
    row = figure_row(conn, figure_id)
    _figure_curation(conn, row, actor, verdict=_verdict(verdict))
    conn.execute(update(tables.figures).where(tables.figures.c.id == row.id).values(verdict=verdict))
    subject = ("figure", f"{row.metric} {row.text}", row.id)
    log_change(conn, actor, verdict.removesuffix("ed"), subject, row.verdict, verdict, note)


def edit_figure(conn: Connection, figure_id: int, changes: dict[str, Any], actor: str, note: str | None = None) -> None:
    """Set a figure's value, period or qualifier; re-extraction of its document keeps the curated value."""
    unknown = set(changes) - set(FIGURE_FIELDS)
    if unknown:
        raise CurationError(
            ", ".join(sorted(unknown)), f"cannot be edited on a figure; edit {', '.join(FIGURE_FIELDS)}"
        )
    row = figure_row(conn, figure_id)
    before = {field: getattr(row, field) for field in changes}
    _figure_curation(conn, row, actor, edits=changes)
    conn.execute(update(tables.figures).where(tables.figures.c.id == row.id).values(**changes))
    log_change(conn, actor, "edit", ("figure", f"{row.metric} {row.text}", row.id), before, changes, note)


def _figure_curation(
    conn: Connection, row: Any, actor: str, verdict: str | None = None, edits: dict[str, Any] | None = None
) -> None:
    """Create or update the lasting record of a curator's decision on a figure."""
    fc = tables.figure_curations
    key = (fc.c.source == row.source, fc.c.metric == row.metric, fc.c.text == row.text)
    known = conn.execute(select(fc).where(*key)).first()
    machine = known.machine if known else {field: getattr(row, field) for field in FIGURE_FIELDS}
    values = {
        "verdict": verdict if verdict is not None else known.verdict if known else None,
        "edits": {**(known.edits if known else {}), **(edits or {})},
        "machine": machine,
        "machine_then": known.machine_then if known else machine,
        "found": True,
        "set_by": actor,
        "set_at": datetime.now(UTC),
    }
    if known:
        conn.execute(update(fc).where(fc.c.id == known.id).values(**values))
    else:
        conn.execute(insert(fc).values(source=row.source, metric=row.metric, text=row.text, **values))


def _current(conn: Connection, kind: str, row: Any) -> dict[str, Any]:
    """Return every editable field of a kb row as it stands: curated values over the machine's."""
    values = {field: getattr(row, field) for field in KB_COLUMNS[kind]}
    if kind == "initiative":
        schedule = schedules(conn, [row.id]).get(row.id)
        values |= schedule.as_dict() if schedule else dict.fromkeys(SCHEDULE_FIELDS)
    return values


def _set(conn: Connection, kind: str, row: Any, changes: dict[str, Any], actor: str, note: str | None) -> None:
    unknown = set(changes) - set(EDITABLE[kind])
    if unknown:
        raise CurationError(
            ", ".join(sorted(unknown)), f"cannot be edited on an {kind}; edit {', '.join(EDITABLE[kind])}"
        )
    o = tables.overrides
    current = _current(conn, kind, row)
    now = datetime.now(UTC)
    for field, value in changes.items():
        which = (o.c.subject_kind == kind, o.c.subject_id == row.id, o.c.field == field)
        if conn.scalar(select(o.c.id).where(*which)) is not None:
            conn.execute(update(o).where(*which).values(value=value, set_by=actor, set_at=now))
            continue
        # Not curated yet: what the row holds now is what extraction says.
        machine = current[field]
        conn.execute(
            insert(o).values(
                subject_kind=kind,
                subject_id=row.id,
                field=field,
                value=value,
                machine=machine,
                machine_then=machine,
                set_by=actor,
                set_at=now,
            )
        )
    pin(conn, kind, row.id)
    refresh(conn, kind, [row.id])
    name = row.name if kind == "entity" else row.title
    log_change(conn, actor, "edit", (kind, name, row.id), {f: current[f] for f in changes}, changes, note)


def edit_entity(conn: Connection, name: str, changes: dict[str, Any], actor: str, note: str | None = None) -> None:
    """Set an entity's name, type or country over what extraction says."""
    _set(conn, "entity", entity_row(conn, name), changes, actor, note)


def edit_initiative(conn: Connection, name: str, changes: dict[str, Any], actor: str, note: str | None = None) -> None:
    """Set an initiative's title, kind, sector, status, location, deadline, milestones or responsible bodies."""
    _set(conn, "initiative", initiative_row(conn, name), changes, actor, note)
