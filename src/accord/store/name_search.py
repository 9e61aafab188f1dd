"""Find entities and initiatives by words of their names, for search beside the documents' full text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, func, select

from accord.store import tables
from accord.store.dialect import folded
from accord.store.terms import russian_stem, search_terms


def _containing(conn: Connection, column: Any, words: list[str]) -> Any:
    """Return a condition: the column contains every word, case aside, with LIKE's wildcards taken literally."""
    escaped = [w.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    return and_(*(folded(conn, column).like(f"%{w}%", escape="\\") for w in escaped))


def find_names(conn: Connection, words: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Return the entities whose name and the initiatives whose title contain all `words`, none a curator rejected."""
    # A Russian word is looked for by its stem, so that "солнечная" finds "солнечной электростанции".
    terms = [russian_stem(term) or term for term in search_terms(words)]
    if not terms:
        return {"entities": [], "initiatives": []}
    kb, ki = tables.kb_entities, tables.kb_initiatives
    entities = conn.execute(
        select(kb.c.id, kb.c.type, kb.c.name, kb.c.country)
        .where(_containing(conn, kb.c.name, terms), kb.c.verdict.is_distinct_from("rejected"))
        .order_by(func.length(kb.c.name), kb.c.name)
        .limit(limit)
    )
    initiatives = conn.execute(
        select(ki.c.id, ki.c.title, ki.c.kind, ki.c.sector, ki.c.status)
        .where(_containing(conn, ki.c.title, terms), ki.c.verdict.is_distinct_from("rejected"))
        .order_by(func.length(ki.c.title), ki.c.title)
        .limit(limit)
    )
    return {"entities": [r._asdict() for r in entities], "initiatives": [r._asdict() for r in initiatives]}
