"""What each kb initiative is due by: its deadline, its milestones and who is responsible for it.

The machine's schedule comes from the reports: the deadline the latest report states (a later
article may move it), each milestone at the date its latest report gives, and as responsible the
bodies (organizations and countries) among the reports' actors and parties; a person who proposed
or commented on it is not. A curator's deadline, milestones or responsible bodies replace the machine's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from accord.names import normalize
from accord.store import tables

SCHEDULE_FIELDS = ("deadline", "milestones", "responsible")
BODY_TYPES = ("organization", "country")


@dataclass
class Schedule:
    """A kb initiative's deadline, milestones ({label, date, source[, reached]}) and responsible bodies."""

    deadline: str | None = None
    deadline_source: str | None = None
    milestones: list[dict[str, Any]] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    curated: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the schedule as plain JSON-ready data."""
        return {
            "deadline": self.deadline,
            "deadline_source": self.deadline_source,
            "milestones": self.milestones,
            "responsible": self.responsible,
            "curated": self.curated,
        }


def _bodies(conn: Connection, document_ids: set[str] | None) -> dict[tuple[str, str], str]:
    """Map (document, name) of every organization or country named in these documents (None: in all) to its
    kb entity's name, so that one body named in two documents, or in two languages, is listed once."""
    m, kb = tables.mentions, tables.kb_entities
    query = (
        select(m.c.document_id, m.c.name, kb.c.name.label("kb_name"))
        .join(kb, kb.c.id == m.c.kb_entity_id)
        .where(kb.c.type.in_(BODY_TYPES))
    )
    if document_ids is not None:
        query = query.where(m.c.document_id.in_(sorted(document_ids)))
    return {(document_id, name): kb_name for document_id, name, kb_name in conn.execute(query)}


def _machine(rows: list[Any], bodies: dict[tuple[str, str], str]) -> dict[int, Schedule]:
    schedules: dict[int, Schedule] = defaultdict(Schedule)
    milestones: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    # Oldest first, so what a later report says replaces what an earlier one said.
    for row in sorted(rows, key=lambda r: (r.published or "", r.source)):
        schedule = schedules[row.kb_initiative_id]
        if row.deadline:
            schedule.deadline, schedule.deadline_source = row.deadline, row.source
        for milestone in row.milestones:
            key = normalize(milestone["label"])
            milestones[row.kb_initiative_id][key] = {**milestone, "source": row.source}
        named = [bodies[row.document_id, n] for n in (*row.actors, *row.parties) if (row.document_id, n) in bodies]
        schedule.responsible += [n for n in dict.fromkeys(named) if n not in schedule.responsible]
    for kb_id, steps in milestones.items():
        schedules[kb_id].milestones = sorted(steps.values(), key=lambda m: m["date"] or "")
    return schedules


def schedules(
    conn: Connection, kb_initiative_ids: Iterable[int] | None = None, curated: bool = True
) -> dict[int, Schedule]:
    """Return the schedule of the given kb initiatives (default: all), curated fields applied unless not `curated`."""
    i, d, o = tables.initiatives, tables.documents, tables.overrides
    query = (
        select(i.c.kb_initiative_id, i.c.deadline, i.c.milestones, i.c.actors, i.c.parties, d.c.id.label("document_id"))
        .add_columns(d.c.source, d.c.published)
        .join(d, d.c.id == i.c.document_id)
    )
    overridden = select(o.c.subject_id, o.c.field, o.c.value, o.c.set_by).where(
        o.c.subject_kind == "initiative", o.c.field.in_(SCHEDULE_FIELDS)
    )
    if kb_initiative_ids is not None:
        ids = list(kb_initiative_ids)
        query = query.where(i.c.kb_initiative_id.in_(ids))
        overridden = overridden.where(o.c.subject_id.in_(ids))
    rows = [r for r in conn.execute(query) if r.kb_initiative_id is not None]
    found = _machine(rows, _bodies(conn, {r.document_id for r in rows} if kb_initiative_ids is not None else None))
    if not curated:
        return dict(found)
    for subject_id, name, value, set_by in conn.execute(overridden):
        schedule = found.setdefault(subject_id, Schedule())
        if name == "deadline":
            schedule.deadline, schedule.deadline_source = value, f"curator {set_by}"
        elif name == "milestones":
            schedule.milestones = [{**m, "source": f"curator {set_by}"} for m in value or []]
        else:
            schedule.responsible = list(value or [])
        schedule.curated.append(name)
    return dict(found)
