"""Ask the knowledge base about entities: the list, and one entity with all its evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, func, select

from accord.names import normalize
from accord.store import tables
from accord.store.dialect import folded

_EDGE_DEBRIS = " \t:;,.!?-–—'\"“”‘’()[]{}*/\\"
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))


def alias_form(form: str) -> str | None:
    """Return a name as an alias shows it, its edges cleared of punctuation ("Jane Doe:" -> "Jane Doe");
    None for transcript debris: a form with a stray bracket ("Presidential] Office") or no letters."""
    cleaned = " ".join(form.split()).strip(_EDGE_DEBRIS)
    if not any(ch.isalpha() for ch in cleaned):
        return None
    if any(cleaned.count(opening) != cleaned.count(closing) for opening, closing in _BRACKETS):
        return None
    return cleaned


def _aliases(conn: Connection, kb_entity_id: int | None = None) -> dict[int, list[str]]:
    m = tables.mentions
    forms: dict[int, Counter[str]] = defaultdict(Counter)
    query = select(m.c.kb_entity_id, m.c.name, m.c.aliases)
    if kb_entity_id is not None:
        query = query.where(m.c.kb_entity_id == kb_entity_id)
    for kb_id, name, aliases in conn.execute(query):
        forms[kb_id].update(form for form in map(alias_form, [name, *aliases]) if form is not None)
    return {kb_id: [form for form, _ in counter.most_common()] for kb_id, counter in forms.items()}


def list_entities(conn: Connection, type_: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Return the kb entities no curator rejected, the most documented first, with their aliases and document counts."""
    kb, m = tables.kb_entities, tables.mentions
    documents = func.count(func.distinct(m.c.document_id))
    query = (
        select(kb.c.id, kb.c.type, kb.c.name, kb.c.country, documents.label("documents"))
        .join(m, m.c.kb_entity_id == kb.c.id)
        .where(kb.c.verdict.is_distinct_from("rejected"))
        .group_by(kb.c.id, kb.c.type, kb.c.name, kb.c.country)
        .order_by(documents.desc(), kb.c.name)
        .limit(limit)
    )
    if type_:
        query = query.where(kb.c.type == type_)
    aliases = _aliases(conn)
    return [
        {**row._asdict(), "aliases": [a for a in aliases.get(row.id, []) if a != row.name]}
        for row in conn.execute(query)
    ]


def rejected_names(conn: Connection) -> set[str]:
    """Return the normalized names of the kb entities a curator rejected and of their mentions, to leave out
    of lists. Aliases stay: a short form ("Washington") may name something else that is not rejected."""
    kb, m = tables.kb_entities, tables.mentions
    rejected = kb.c.verdict == "rejected"
    names = {normalize(name) for name in conn.scalars(select(kb.c.name).where(rejected))}
    mention_names = conn.scalars(select(m.c.name).join(kb, kb.c.id == m.c.kb_entity_id).where(rejected).distinct())
    return names | {normalize(name) for name in mention_names}


def find_entity(conn: Connection, name: str) -> int | None:
    """Return the id of the kb entity called `name` (or with it as an alias), the most documented first."""
    kb, keys = tables.kb_entities, tables.entity_keys
    exact = conn.scalar(select(kb.c.id).where(folded(conn, kb.c.name) == name.casefold()).order_by(kb.c.id))
    if exact is not None:
        return exact
    return conn.scalar(
        select(keys.c.kb_entity_id)
        .where(keys.c.key == f"n:{normalize(name)}")
        .group_by(keys.c.kb_entity_id)
        .order_by(func.count().desc())
        .limit(1)
    )


def _evidence(conn: Connection, kb_entity_id: int) -> list[dict[str, Any]]:
    m, d = tables.mentions, tables.documents
    rows = conn.execute(
        select(m.c.name, m.c.spans, m.c.confidence, m.c.reasons, d.c.id, d.c.source, d.c.title, d.c.published)
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.kb_entity_id == kb_entity_id)
        .order_by(d.c.published, d.c.source)
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


def _roles(conn: Connection, kb_entity_id: int) -> list[dict[str, Any]]:
    r, m = tables.roles, tables.mentions
    rows = conn.execute(
        select(r.c.title, r.c.organization, r.c.country, r.c.date, m.c.document_id)
        .join(m, m.c.id == r.c.mention_id)
        .where(m.c.kb_entity_id == kb_entity_id)
        .order_by(r.c.date, r.c.title)
    )
    return [row._asdict() for row in rows]


def _statements(conn: Connection, kb_entity_id: int) -> list[dict[str, Any]]:
    s = tables.statements
    rows = conn.execute(
        select(s.c.text, s.c.document_id, s.c.spans).where(s.c.kb_entity_id == kb_entity_id).order_by(s.c.id)
    )
    return [row._asdict() for row in rows]


def _figures(conn: Connection, kb_entity_id: int) -> list[dict[str, Any]]:
    s, f = tables.series, tables.figures
    rows = conn.execute(
        select(s.c.metric, s.c.unit, f.c.value, f.c.period, f.c.qualifier, f.c.document_id, f.c.spans)
        .join(f, f.c.series_id == s.c.id)
        .where(s.c.subjects_key.contains(f";e{kb_entity_id};"))
        .order_by(s.c.metric, f.c.period)
    )
    return [row._asdict() for row in rows]


def entity_profile(conn: Connection, name: str) -> dict[str, Any] | None:
    """Return everything known of the entity called `name`: evidence, documents, roles, statements, figures."""
    kb_entity_id = find_entity(conn, name)
    if kb_entity_id is None:
        return None
    kb = conn.execute(select(tables.kb_entities).where(tables.kb_entities.c.id == kb_entity_id)).one()
    evidence = _evidence(conn, kb_entity_id)
    return {
        "id": kb.id,
        "type": kb.type,
        "name": kb.name,
        "country": kb.country,
        "verdict": kb.verdict,
        "aliases": [a for a in _aliases(conn, kb.id).get(kb.id, []) if a != kb.name],
        "documents": len({e["document"]["id"] for e in evidence}),
        "roles": _roles(conn, kb_entity_id),
        "evidence": evidence,
        "statements": _statements(conn, kb_entity_id),
        "figures": _figures(conn, kb_entity_id),
    }


def entity_card(conn: Connection, name: str) -> dict[str, Any] | None:
    """Return the entity called `name` in brief: its name, type, country and the role titles it was given."""
    kb_entity_id = find_entity(conn, name)
    if kb_entity_id is None:
        return None
    kb = tables.kb_entities
    row = conn.execute(select(kb.c.name, kb.c.type, kb.c.country).where(kb.c.id == kb_entity_id)).one()
    titles = sorted({role["title"] for role in _roles(conn, kb_entity_id) if role["title"]})
    return {"name": row.name, "type": row.type, "country": row.country, "roles": titles}
