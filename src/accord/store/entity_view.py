"""Entities for reading a page at a time: the index, and one entity by id with its latest evidence.

`accord.store.entities` answers with everything at once; an entity such as a head of state can
be named in thousands of documents, so these functions count all and return the latest `limit`.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Connection, Text, cast, func, select, text

from accord.store import tables
from accord.store.entities import alias_form

WITH_ALIASES = "CAST(mentions.aliases AS TEXT) <> '[]'"  # a literal, so the partial index of 0007 applies


def entity_index(conn: Connection) -> list[dict[str, Any]]:
    """Return every kb entity no curator rejected with the number of documents naming it, the most documented first."""
    kb, m = tables.kb_entities, tables.mentions
    documents = func.count(func.distinct(m.c.document_id))
    rows = conn.execute(
        select(kb.c.id, kb.c.type, kb.c.name, kb.c.country, documents.label("documents"))
        .join(m, m.c.kb_entity_id == kb.c.id)
        .where(kb.c.verdict.is_distinct_from("rejected"))
        .group_by(kb.c.id, kb.c.type, kb.c.name, kb.c.country)
        .order_by(documents.desc(), kb.c.name)
    )
    return [row._asdict() for row in rows]


def _roles(conn: Connection, kb_entity_id: int) -> list[dict[str, Any]]:
    """Return each role the entity was given, with the first and last day a document stated it."""
    r, m = tables.roles, tables.mentions
    rows = conn.execute(
        select(
            r.c.title,
            r.c.organization,
            r.c.country,
            func.min(r.c.date).label("first_stated"),
            func.max(r.c.date).label("last_stated"),
            func.count(func.distinct(m.c.document_id)).label("documents"),
        )
        .join(m, m.c.id == r.c.mention_id)
        .where(r.c.kb_entity_id == kb_entity_id)
        .group_by(r.c.title, r.c.organization, r.c.country)
        .order_by(func.min(r.c.date).nulls_last(), r.c.title)
    )
    return [row._asdict() for row in rows]


def _mentions(conn: Connection, kb_entity_id: int, limit: int) -> list[dict[str, Any]]:
    m, d = tables.mentions, tables.documents
    rows = conn.execute(
        select(m.c.name, m.c.spans, m.c.confidence, m.c.reasons, d.c.id, d.c.source, d.c.title, d.c.published)
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.kb_entity_id == kb_entity_id)
        .order_by(d.c.published.desc().nulls_last(), d.c.source)
        .limit(limit)
    )
    return [
        {
            "document": {"id": r.id, "source": r.source, "title": r.title, "published": r.published},
            "name": r.name,
            "spans": r.spans,
            "merge": {"confidence": r.confidence, "reasons": r.reasons},
        }
        for r in rows
    ]


def _statements(conn: Connection, kb_entity_id: int, limit: int) -> list[dict[str, Any]]:
    s, d = tables.statements, tables.documents
    rows = conn.execute(
        select(s.c.text, s.c.direct, s.c.spans, d.c.id.label("document"), d.c.source, d.c.published)
        .join(d, d.c.id == s.c.document_id)
        .where(s.c.kb_entity_id == kb_entity_id)
        .order_by(d.c.published.desc().nulls_last(), s.c.id)
        .limit(limit)
    )
    return [row._asdict() for row in rows]


def _series(conn: Connection, kb_entity_id: int) -> list[dict[str, Any]]:
    s, f = tables.series, tables.figures
    rows = conn.execute(
        select(s.c.id, s.c.metric, s.c.subjects, s.c.unit, func.count().label("figures"))
        .join(f, f.c.series_id == s.c.id)
        .where(s.c.subjects_key.contains(f";e{kb_entity_id};"))
        .group_by(s.c.id)  # the key decides the rest (PostgreSQL cannot group JSON)
        .order_by(func.count().desc(), s.c.metric)  # count(*): from the index of figures by series
    )
    return [{**row._asdict(), "unit": row.unit or None} for row in rows]


def companions(conn: Connection, kb_entity_id: int, limit: int = 15, documents: int = 200) -> list[dict[str, Any]]:
    """Return the entities named together with this one in the most of its latest `documents` documents."""
    m, d, other, kb = tables.mentions, tables.documents, tables.mentions.alias("other"), tables.kb_entities
    latest = (
        select(m.c.document_id)
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.kb_entity_id == kb_entity_id)
        .group_by(m.c.document_id, d.c.published)
        .order_by(d.c.published.desc().nulls_last(), m.c.document_id)
        .limit(documents)
        .subquery()
    )
    shared = func.count(func.distinct(other.c.document_id))
    rows = conn.execute(
        select(kb.c.id, kb.c.type, kb.c.name, shared.label("documents"))
        .select_from(latest)
        .join(other, other.c.document_id == latest.c.document_id)
        .join(kb, kb.c.id == other.c.kb_entity_id)
        .where(other.c.kb_entity_id != kb_entity_id, kb.c.verdict.is_distinct_from("rejected"))
        .group_by(kb.c.id, kb.c.type, kb.c.name)
        .order_by(shared.desc(), kb.c.name)
        .limit(limit)
    )
    return [row._asdict() for row in rows]


def _names(conn: Connection, kb_entity_id: int) -> tuple[list[str], int]:
    """Return the names and aliases an entity's mentions use, the most used first, and its number of documents.

    A form counts once per mention using it, as its name or an alias: the names are counted from an
    index, the aliases only among the mentions that have any (revision 0007 indexes those).
    """
    m = tables.mentions
    mine = m.c.kb_entity_id == kb_entity_id
    forms: Counter[str] = Counter()
    for name, count in conn.execute(select(m.c.name, func.count()).where(mine).group_by(m.c.name)):
        if (form := alias_form(name)) is not None:
            forms[form] += count
    aliases = cast(m.c.aliases, Text)  # as text: PostgreSQL cannot group JSON
    for name, listed, count in conn.execute(
        select(m.c.name, aliases, func.count()).where(mine, text(WITH_ALIASES)).group_by(m.c.name, aliases)
    ):
        own = alias_form(name)
        others = [f for f in map(alias_form, json.loads(listed)) if f is not None and f != own]
        forms.update(dict.fromkeys(others, count))
    documents = conn.scalar(select(func.count()).select_from(select(m.c.document_id).where(mine).distinct().subquery()))
    return [form for form, _ in forms.most_common()], documents or 0


def entity_view(conn: Connection, kb_entity_id: int, limit: int = 50) -> dict[str, Any] | None:
    """Return a kb entity with its aliases, roles over time, and its latest `limit` mentions and statements."""
    kb = tables.kb_entities
    row = conn.execute(select(kb).where(kb.c.id == kb_entity_id)).first()
    if row is None:
        return None
    forms, documents = _names(conn, kb_entity_id)
    s = tables.statements
    return {
        "id": row.id,
        "type": row.type,
        "name": row.name,
        "country": row.country,
        "curated": row.curated,
        "verdict": row.verdict,
        "aliases": [form for form in forms if form != row.name],
        "documents": documents,
        "roles": _roles(conn, kb_entity_id),
        "mentions": _mentions(conn, kb_entity_id, limit),
        "statements": _statements(conn, kb_entity_id, limit),
        "statement_count": conn.scalar(select(func.count()).where(s.c.kb_entity_id == kb_entity_id)) or 0,
        "series": _series(conn, kb_entity_id),
    }
