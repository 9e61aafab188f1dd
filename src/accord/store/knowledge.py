"""Keep the merged rows (kb entities, kb initiatives, series) in step with the facts that support them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, bindparam, case, delete, func, select, update

from accord.store import tables
from accord.store.curated import apply_overrides
from accord.store.international import is_international
from accord.store.timeline import machine_status


def prune_knowledge(conn: Connection) -> None:
    """Delete the merged rows that no stored fact points at any more, unless a curator keeps them."""
    conn.execute(
        delete(tables.kb_entities).where(
            tables.kb_entities.c.curated.is_(False),
            tables.kb_entities.c.id.not_in(
                select(tables.mentions.c.kb_entity_id).where(tables.mentions.c.kb_entity_id.is_not(None))
            ),
        )
    )
    conn.execute(
        delete(tables.kb_initiatives).where(
            tables.kb_initiatives.c.curated.is_(False),
            tables.kb_initiatives.c.id.not_in(
                select(tables.initiatives.c.kb_initiative_id).where(tables.initiatives.c.kb_initiative_id.is_not(None))
            ),
        )
    )
    conn.execute(
        delete(tables.series).where(
            tables.series.c.id.not_in(select(tables.figures.c.series_id).where(tables.figures.c.series_id.is_not(None)))
        )
    )


def link_roles(conn: Connection, mention_ids: Select[Any] | Iterable[int]) -> None:
    """Give the roles of these mentions their mention's kb entity again, after the mentions were linked or moved."""
    r, m = tables.roles, tables.mentions
    kb_entity = select(m.c.kb_entity_id).where(m.c.id == r.c.mention_id).scalar_subquery()
    conn.execute(update(r).where(r.c.mention_id.in_(mention_ids)).values(kb_entity_id=kb_entity))


def _most_common(conn: Connection, column: str, kb_entity_ids: list[int]) -> dict[int, str]:
    """Return each kb entity's most frequent value of a mention column; on a tie the longest, then the first.

    A person's name in full comes before the surname alone, however often the surname is used.
    """
    m = tables.mentions
    value = m.c[column]
    as_person = func.max(case((m.c.type == "person", 1), else_=0))
    rows = conn.execute(
        select(m.c.kb_entity_id, value, func.count(), as_person)
        .where(m.c.kb_entity_id.in_(kb_entity_ids), value.is_not(None))
        .group_by(m.c.kb_entity_id, value)
    )
    ranked: dict[int, tuple[bool, int, int, str]] = {}
    for kb_entity_id, found, count, person in rows:
        surname_alone = column == "name" and bool(person) and " " not in found.strip()
        rank = (surname_alone, -count, -len(found), found)
        if kb_entity_id not in ranked or rank < ranked[kb_entity_id]:
            ranked[kb_entity_id] = rank
    return {kb_entity_id: rank[-1] for kb_entity_id, rank in ranked.items()}


def _international(type_: str, name: str) -> bool:
    return type_ in ("organization", "other") and is_international(name)


def refresh_entities(conn: Connection, kb_entity_ids: Iterable[int]) -> None:
    """Give each kb entity the most frequent name, type and country of its mentions; an international
    organization has no country, whatever its mentions say (the host of a summit is not its owner).

    Curated values then go back over the machine's (see `accord.store.curated`).
    """
    kb_entity_ids = list(kb_entity_ids)
    if not kb_entity_ids:
        return
    names, countries = _most_common(conn, "name", kb_entity_ids), _most_common(conn, "country", kb_entity_ids)
    types = _most_common(conn, "type", kb_entity_ids)
    kb = tables.kb_entities
    if names:
        conn.execute(
            update(kb)
            .where(kb.c.id == bindparam("kb_id"))
            .values(name=bindparam("new_name"), type=bindparam("new_type"), country=bindparam("new_country")),
            [
                {
                    "kb_id": i,
                    "new_name": name,
                    "new_type": types[i],
                    "new_country": None if _international(types[i], name) else countries.get(i),
                }
                for i, name in names.items()
            ],
        )
    apply_overrides(conn, "entity", kb_entity_ids)


def refresh_initiatives(conn: Connection, kb_initiative_ids: Iterable[int]) -> None:
    """Title each kb initiative by its most frequent title, give it its reports' most frequent known
    sector and its status by the rules of `accord.store.statuses`; curated values then go back over the
    machine's."""
    ini, docs = tables.initiatives, tables.documents
    kb_initiative_ids = list(kb_initiative_ids)
    for kb_initiative_id in kb_initiative_ids:
        title = conn.scalar(
            select(ini.c.title)
            .where(ini.c.kb_initiative_id == kb_initiative_id)
            .group_by(ini.c.title)
            .order_by(func.count().desc(), func.length(ini.c.title).desc(), ini.c.title)
            .limit(1)
        )
        # Its reports first, then their dates: walking every document by date (an index) until one of
        # them turns up takes seconds in a large store when they all sit at one old date.
        reports = (
            select(ini.c.id, ini.c.location, ini.c.document_id)
            .where(ini.c.kb_initiative_id == kb_initiative_id)
            .cte("reports")
            .prefix_with("MATERIALIZED")
        )
        latest = conn.execute(
            select(reports.c.location)
            .join(docs, docs.c.id == reports.c.document_id)
            .order_by(docs.c.published.desc().nulls_last(), reports.c.id.desc())
            .limit(1)
        ).first()
        if title is None or latest is None:
            continue
        sector = conn.scalar(
            select(ini.c.sector)
            .where(ini.c.kb_initiative_id == kb_initiative_id)
            .group_by(ini.c.sector)
            .order_by((ini.c.sector == "other").asc(), func.count().desc(), ini.c.sector)
            .limit(1)
        )
        conn.execute(
            update(tables.kb_initiatives)
            .where(tables.kb_initiatives.c.id == kb_initiative_id)
            .values(title=title, sector=sector, status=machine_status(conn, kb_initiative_id), location=latest.location)
        )
    apply_overrides(conn, "initiative", kb_initiative_ids)
