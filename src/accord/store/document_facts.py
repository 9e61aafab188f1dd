"""One stored document with everything extracted from it, each fact linked to the knowledge base."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables


def _mentions(conn: Connection, document_id: str) -> list[dict[str, Any]]:
    m, kb, r = tables.mentions, tables.kb_entities, tables.roles
    roles: dict[int, list[dict[str, Any]]] = {}
    for row in conn.execute(
        select(r.c.mention_id, r.c.title, r.c.organization, r.c.country)
        .join(m, m.c.id == r.c.mention_id)
        .where(m.c.document_id == document_id)
        .order_by(r.c.id)
    ):
        roles.setdefault(row.mention_id, []).append(
            {"title": row.title, "organization": row.organization, "country": row.country}
        )
    rows = conn.execute(
        select(m.c.id, m.c.local_id, m.c.type, m.c.name, m.c.aliases, m.c.country, m.c.spans, m.c.kb_entity_id)
        .add_columns(kb.c.name.label("kb_name"))
        .outerjoin(kb, kb.c.id == m.c.kb_entity_id)
        .where(m.c.document_id == document_id)
        .order_by(m.c.id)
    )
    return [
        {
            "id": row.local_id,
            "type": row.type,
            "name": row.name,
            "aliases": row.aliases,
            "country": row.country,
            "roles": roles.get(row.id, []),
            "spans": row.spans,
            "kb_entity": {"id": row.kb_entity_id, "name": row.kb_name} if row.kb_entity_id else None,
        }
        for row in rows
    ]


def _facts(conn: Connection, table: Any, document_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(table).where(table.c.document_id == document_id).order_by(table.c.id))
    found = []
    for row in rows:
        fact = row._asdict()
        fact["stored_id"] = fact.pop("id")
        fact["id"] = fact.pop("local_id")
        del fact["document_id"]
        for key in ("confidence", "reasons"):
            fact.pop(key, None)
        if "extraction_confidence" in fact:
            fact["confidence"] = fact.pop("extraction_confidence")
            fact["confidence_reasons"] = fact.pop("extraction_reasons")
        found.append(fact)
    return found


def document_facts(conn: Connection, document_id: str) -> dict[str, Any] | None:
    """Return a stored document (its text included) with its entities, events, initiatives, figures and
    statements; each entity names its kb entity, each initiative its kb initiative, each figure its series."""
    d = tables.documents
    row = conn.execute(select(d).where(d.c.id == document_id)).first()
    if row is None:
        return None
    return {
        "document": {
            "id": row.id,
            "source": row.source,
            "title": row.title,
            "language": row.language,
            "published": row.published,
            "extractor_version": row.extractor_version,
            "notices": row.notices,
            "ingested_at": row.ingested_at.isoformat(),
        },
        "text": row.text,
        "entities": _mentions(conn, document_id),
        "events": _facts(conn, tables.events, document_id),
        "initiatives": _facts(conn, tables.initiatives, document_id),
        "figures": _facts(conn, tables.figures, document_id),
        "statements": _facts(conn, tables.statements, document_id),
    }
