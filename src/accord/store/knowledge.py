"""Keep the merged rows (kb entities, kb initiatives, series) in step with the facts that support them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, select, update

from accord.store import tables


def prune_knowledge(conn: Connection) -> None:
    """Delete the merged rows that no stored fact points at any more."""
    conn.execute(
        delete(tables.kb_entities).where(
            tables.kb_entities.c.id.not_in(
                select(tables.mentions.c.kb_entity_id).where(tables.mentions.c.kb_entity_id.is_not(None))
            )
        )
    )
    conn.execute(
        delete(tables.kb_initiatives).where(
            tables.kb_initiatives.c.id.not_in(
                select(tables.initiatives.c.kb_initiative_id).where(tables.initiatives.c.kb_initiative_id.is_not(None))
            )
        )
    )
    conn.execute(
        delete(tables.series).where(
            tables.series.c.id.not_in(select(tables.figures.c.series_id).where(tables.figures.c.series_id.is_not(None)))
        )
    )


def _most_common(conn: Connection, column: str, kb_entity_id: int) -> str | None:
    value = tables.mentions.c[column]
    return conn.scalar(
        select(value)
        .where(tables.mentions.c.kb_entity_id == kb_entity_id, value.is_not(None))
        .group_by(value)
        .order_by(func.count().desc(), func.length(value).desc(), value)
        .limit(1)
    )


def refresh_entities(conn: Connection, kb_entity_ids: Iterable[int]) -> None:
    """Name each kb entity by its most frequent mention name and give it its most frequent country."""
    for kb_entity_id in kb_entity_ids:
        name = _most_common(conn, "name", kb_entity_id)
        if name is None:
            continue
        conn.execute(
            update(tables.kb_entities)
            .where(tables.kb_entities.c.id == kb_entity_id)
            .values(name=name, country=_most_common(conn, "country", kb_entity_id))
        )


def refresh_initiatives(conn: Connection, kb_initiative_ids: Iterable[int]) -> None:
    """Title each kb initiative by its most frequent title and give it the status last reported."""
    ini, docs = tables.initiatives, tables.documents
    for kb_initiative_id in kb_initiative_ids:
        title = conn.scalar(
            select(ini.c.title)
            .where(ini.c.kb_initiative_id == kb_initiative_id)
            .group_by(ini.c.title)
            .order_by(func.count().desc(), func.length(ini.c.title).desc(), ini.c.title)
            .limit(1)
        )
        latest = conn.execute(
            select(ini.c.status, ini.c.location)
            .join(docs, docs.c.id == ini.c.document_id)
            .where(ini.c.kb_initiative_id == kb_initiative_id)
            .order_by(docs.c.published.desc().nulls_last(), ini.c.id.desc())
            .limit(1)
        ).first()
        if title is None or latest is None:
            continue
        conn.execute(
            update(tables.kb_initiatives)
            .where(tables.kb_initiatives.c.id == kb_initiative_id)
            .values(title=title, status=latest.status, location=latest.location)
        )
