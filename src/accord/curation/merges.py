"""Merge two entities or initiatives into one, and split a wrong merge apart again."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, insert, update

from accord.curation.moves import facts_of, forget, move_facts, pin
from accord.curation.references import kb_row, label
from accord.errors import CurationError
from accord.names import normalize
from accord.store import tables
from accord.store.audit import log_change


def _merge(conn: Connection, kind: str, name: str, into: str, actor: str, note: str | None) -> None:
    merged, kept = kb_row(conn, kind, name), kb_row(conn, kind, into)
    if merged.id == kept.id:
        raise CurationError(name, f"is {label(kind, kept)!r} already; nothing to merge")
    c = tables.claims
    conn.execute(update(c).where(c.c.subject_kind == kind, c.c.subject_id == merged.id).values(subject_id=kept.id))
    move_facts(conn, kind, facts_of(conn, kind, merged.id), kept.id)
    forget(conn, kind, merged.id)
    pin(conn, kind, kept.id)
    detail = {"merged": label(kind, merged), "merged_id": merged.id, "into": label(kind, kept), "into_id": kept.id}
    log_change(conn, actor, "merge", (kind, label(kind, kept), kept.id), {"id": merged.id}, detail, note)
    log_change(conn, actor, "merged away", (kind, label(kind, merged), merged.id), {"id": merged.id}, detail, note)


def merge_entities(conn: Connection, name: str, into: str, actor: str, note: str | None = None) -> None:
    """Make the entity called `name` part of the one called `into`: mentions, statements and series follow."""
    _merge(conn, "entity", name, into, actor, note)


def merge_initiatives(conn: Connection, name: str, into: str, actor: str, note: str | None = None) -> None:
    """Make the initiative called `name` part of the one called `into`, with all its reports."""
    _merge(conn, "initiative", name, into, actor, note)


def _split(conn: Connection, kind: str, name: str, chosen: Iterable[Any], actor: str, note: str | None) -> int:
    row = kb_row(conn, kind, name)
    facts = facts_of(conn, kind, row.id)
    moving = list(chosen)
    if not moving or len(moving) == len(facts):
        raise CurationError(name, "a split must leave some of its facts and take some; name sources or forms that do")
    first = moving[0]
    if kind == "entity":
        mention = conn.execute(tables.mentions.select().where(tables.mentions.c.id == first.id)).one()
        values: dict[str, Any] = {"type": mention.type, "name": mention.name, "country": mention.country}
    else:
        report = conn.execute(tables.initiatives.select().where(tables.initiatives.c.id == first.id)).one()
        values = {k: getattr(report, k) for k in ("title", "kind", "sector", "status", "location")}
    table = tables.kb_entities if kind == "entity" else tables.kb_initiatives
    new_id = conn.execute(insert(table).values(**values, curated=True).returning(table.c.id)).scalar_one()
    pin(conn, kind, row.id)
    move_facts(conn, kind, moving, new_id)
    detail = {
        "from": label(kind, row),
        "from_id": row.id,
        "new": first.form,
        "new_id": new_id,
        "sources": sorted({fact.source for fact in moving}),
    }
    log_change(conn, actor, "split", (kind, label(kind, row), row.id), {"facts": len(facts)}, detail, note)
    log_change(conn, actor, "split off", (kind, first.form, new_id), None, detail, note)
    return int(new_id)


def _chosen(facts: Sequence[Any], sources: Iterable[str], forms: Iterable[str]) -> list[Any]:
    wanted_sources, wanted_forms = set(sources), {normalize(f) for f in forms}
    return [f for f in facts if f.source in wanted_sources or normalize(f.form) in wanted_forms]


def split_entity(
    conn: Connection,
    name: str,
    actor: str,
    sources: Iterable[str] = (),
    forms: Iterable[str] = (),
    note: str | None = None,
) -> int:
    """Take the mentions of the entity called `name` in `sources`, or named one of `forms`, into a new entity."""
    row = kb_row(conn, "entity", name)
    return _split(conn, "entity", name, _chosen(facts_of(conn, "entity", row.id), sources, forms), actor, note)


def split_initiative(
    conn: Connection,
    name: str,
    actor: str,
    sources: Iterable[str] = (),
    forms: Iterable[str] = (),
    note: str | None = None,
) -> int:
    """Take the reports of the initiative called `name` from `sources`, or titled one of `forms`, into a new one."""
    row = kb_row(conn, "initiative", name)
    return _split(conn, "initiative", name, _chosen(facts_of(conn, "initiative", row.id), sources, forms), actor, note)
