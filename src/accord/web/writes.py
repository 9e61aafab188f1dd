"""Make curated changes in one transaction each, so a change is stored whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException
from sqlalchemy import Connection, Engine, Table, select

from accord.store import tables

SUBJECTS: dict[str, Table] = {
    "initiative": tables.kb_initiatives,
    "entity": tables.kb_entities,
    "figure": tables.figures,
}


@contextmanager
def change(engine: Engine, kind: str, subject_id: int) -> Iterator[Connection]:
    """Yield a connection in a transaction, after checking that the entity, initiative or figure exists."""
    table = SUBJECTS[kind]
    with engine.begin() as conn:
        if conn.scalar(select(table.c.id).where(table.c.id == subject_id)) is None:
            raise HTTPException(404, f"no {kind} #{subject_id}")
        yield conn
