"""What an initiative is linked to: the figures its reports name, and the entities acting in or party to it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select, tuple_

from accord.store import tables


def _reports(conn: Connection, kb_initiative_id: int) -> list[Any]:
    i = tables.initiatives
    query = select(i.c.document_id, i.c.figures, i.c.actors, i.c.parties).where(
        i.c.kb_initiative_id == kb_initiative_id
    )
    return list(conn.execute(query))


def linked_figures(conn: Connection, kb_initiative_id: int) -> list[dict[str, Any]]:
    """Return the figures the initiative's reports are about, each with its document and series."""
    wanted = [(r.document_id, local_id) for r in _reports(conn, kb_initiative_id) for local_id in r.figures]
    if not wanted:
        return []
    f, d = tables.figures, tables.documents
    rows = conn.execute(
        select(f.c.id, f.c.metric, f.c.value, f.c.unit, f.c.qualifier, f.c.period, f.c.text, f.c.spans)
        .add_columns(f.c.series_id, f.c.verdict, d.c.id.label("document"), d.c.source, d.c.published)
        .join(d, d.c.id == f.c.document_id)
        .where(tuple_(f.c.document_id, f.c.local_id).in_(wanted))
        .order_by(f.c.period, d.c.published)
    )
    return [row._asdict() for row in rows]


def related_entities(conn: Connection, kb_initiative_id: int) -> list[dict[str, Any]]:
    """Return the kb entities named as the initiative's actors or parties, with the documents that say so."""
    named: dict[tuple[str, str], str] = {}  # (document, name) -> "actor" or "party"
    for report in _reports(conn, kb_initiative_id):
        for role, names in (("actor", report.actors), ("party", report.parties)):
            for name in names:
                named.setdefault((report.document_id, name), role)
    if not named:
        return []
    m, kb = tables.mentions, tables.kb_entities
    rows = conn.execute(
        select(m.c.document_id, m.c.name, kb.c.id, kb.c.type, kb.c.name.label("kb_name"))
        .join(kb, kb.c.id == m.c.kb_entity_id)
        .where(m.c.document_id.in_({document for document, _ in named}), m.c.name.in_({n for _, n in named}))
    )
    found: dict[int, dict[str, Any]] = {}
    documents: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        if (row.document_id, row.name) not in named:
            continue
        role = named[(row.document_id, row.name)]
        entity = found.setdefault(row.id, {"id": row.id, "type": row.type, "name": row.kb_name, "roles": []})
        if role not in entity["roles"]:
            entity["roles"].append(role)
        documents[row.id].add(row.document_id)
    for kb_id, entity in found.items():
        entity["documents"] = len(documents[kb_id])
    return sorted(found.values(), key=lambda e: (-e["documents"], e["name"]))
