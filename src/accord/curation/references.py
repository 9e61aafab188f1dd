"""Find what a curator names: an entity or initiative by name ("#12" for its id), a figure by id."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from accord.errors import CurationError
from accord.store import tables
from accord.store.entities import find_entity
from accord.store.initiative_profile import find_initiative

KINDS = ("entity", "initiative")


def entity_row(conn: Connection, name: str) -> Any:
    """Return the kb entity called `name` ("#12": id 12)."""
    kb = tables.kb_entities
    found = int(name[1:]) if name.startswith("#") and name[1:].isdigit() else find_entity(conn, name)
    row = conn.execute(select(kb).where(kb.c.id == found)).first() if found is not None else None
    if row is None:
        raise CurationError(name, "no entity is called so; `accord entities` lists them")
    return row


def initiative_row(conn: Connection, name: str) -> Any:
    """Return the kb initiative called `name` ("#12": id 12)."""
    kb = tables.kb_initiatives
    found = find_initiative(conn, name)
    row = conn.execute(select(kb).where(kb.c.id == found)).first() if found is not None else None
    if row is None:
        raise CurationError(name, "no initiative is called so; `accord initiatives` lists them")
    return row


def kb_row(conn: Connection, kind: str, name: str) -> Any:
    """Return the kb entity or initiative called `name`."""
    if kind not in KINDS:
        raise CurationError(kind, f"is not something to curate here; use one of {', '.join(KINDS)}")
    return entity_row(conn, name) if kind == "entity" else initiative_row(conn, name)


def label(kind: str, row: Any) -> str:
    """Return the name or title a kb row goes by."""
    return str(row.name if kind == "entity" else row.title)


def figure_row(conn: Connection, figure_id: int) -> Any:
    """Return a stored figure with its document's source."""
    f, d = tables.figures, tables.documents
    row = conn.execute(select(f, d.c.source).join(d, d.c.id == f.c.document_id).where(f.c.id == figure_id)).first()
    if row is None:
        raise CurationError(f"figure {figure_id}", "no such figure; `accord series` and `accord conflicts` show ids")
    return row
