"""Ask the knowledge base about initiatives, each with the evidence of every document reporting it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, func, select

from accord.names import normalize
from accord.store import tables
from accord.store.entities import rejected_names
from accord.store.review_queue import is_weak


@dataclass(frozen=True)
class InitiativeFilter:
    """What `list_initiatives` keeps: any field left None keeps everything."""

    status: str | None = None
    sector: str | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None


def _reports(conn: Connection, kb_initiative_ids: list[int] | None) -> dict[int, list[dict[str, Any]]]:
    """Return the reports of these kb initiatives (None: of all), each with its document, oldest first."""
    i, d = tables.initiatives, tables.documents
    query = (
        select(
            i.c.kb_initiative_id,
            i.c.title,
            i.c.kind,
            i.c.status,
            i.c.actors,
            i.c.parties,
            i.c.location,
            i.c.deadline,
            i.c.spans,
            i.c.confidence,
            i.c.reasons,
            d.c.id.label("document_id"),
            d.c.source,
            d.c.title.label("document_title"),
            d.c.published,
        )
        .join(d, d.c.id == i.c.document_id)
        .order_by(d.c.published, d.c.source)
    )
    if kb_initiative_ids is not None:
        query = query.where(i.c.kb_initiative_id.in_(kb_initiative_ids))
    reports: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(query):
        report = row._asdict()
        reports[report.pop("kb_initiative_id")].append(report)
    return reports


def unreviewed(conn: Connection, kb_initiative_ids: list[int] | None = None) -> set[int]:
    """Return the kb initiatives (of these; None: of all) no curator judged whose every report is weak.

    Such an initiative waits in the review queue; it is listed, marked unreviewed, until a curator
    confirms it (accepting the question) or rejects it, or a confident report of it comes in.
    """
    i, kb = tables.initiatives, tables.kb_initiatives
    query = select(i.c.kb_initiative_id, i.c.extraction_confidence).join(kb, kb.c.id == i.c.kb_initiative_id)
    query = query.where(kb.c.verdict.is_(None))
    if kb_initiative_ids is not None:
        query = query.where(i.c.kb_initiative_id.in_(kb_initiative_ids))
    weak: dict[int, bool] = {}
    for kb_id, confidence in conn.execute(query):
        weak[kb_id] = weak.get(kb_id, True) and is_weak(confidence)
    return {kb_id for kb_id, all_weak in weak.items() if all_weak}


def _summaries(conn: Connection, wanted: InitiativeFilter) -> list[Row[Any]]:
    """Return the kb initiatives no curator rejected that pass `wanted`'s own fields, with their documents
    and first and last report dates, the most recently reported first."""
    kb, i, d = tables.kb_initiatives, tables.initiatives, tables.documents
    last = func.max(d.c.published)
    query = (
        select(
            *kb.c,
            func.count(func.distinct(i.c.document_id)).label("documents"),
            func.min(d.c.published).label("first_reported"),
            last.label("last_reported"),
        )
        .select_from(kb.outerjoin(i.join(d, d.c.id == i.c.document_id), i.c.kb_initiative_id == kb.c.id))
        .where(kb.c.verdict.is_distinct_from("rejected"))
        .group_by(kb.c.id)
        .order_by(func.coalesce(last, "").desc(), kb.c.id.desc())
    )
    if wanted.status is not None:
        query = query.where(kb.c.status == wanted.status)
    if wanted.sector is not None:
        query = query.where(kb.c.sector == wanted.sector)
    if wanted.since is not None:
        query = query.having(last >= wanted.since)
    return list(conn.execute(query))


def _country_names(conn: Connection, country: str) -> set[str]:
    kb = tables.kb_entities
    code = country.upper() if len(country) == 2 else None
    names = {normalize(country)}
    if code:
        query = select(kb.c.name).where(kb.c.type == "country", kb.c.country == code)
        names |= {normalize(name) for name in conn.scalars(query)}
    return names


def _named(conn: Connection, wanted: InitiativeFilter) -> set[int]:
    """Return the kb initiatives with a report naming `wanted`'s actor and, as actor or place, its country."""
    i = tables.initiatives
    countries = _country_names(conn, wanted.country) if wanted.country else set()
    people: dict[int, set[str]] = defaultdict(set)
    places: dict[int, set[str]] = defaultdict(set)
    for kb_initiative_id, actors, parties, location in conn.execute(
        select(i.c.kb_initiative_id, i.c.actors, i.c.parties, i.c.location)
    ):
        people[kb_initiative_id] |= {normalize(n) for n in (*actors, *parties)}
        places[kb_initiative_id] |= {normalize(location)} if location else set()
    return {
        kb_initiative_id
        for kb_initiative_id, named in people.items()
        if (wanted.actor is None or normalize(wanted.actor) in named)
        and (wanted.country is None or bool(countries & (named | places[kb_initiative_id])))
    }


@dataclass(frozen=True)
class InitiativePage:
    """The first initiatives of a list, and how many the whole list holds."""

    initiatives: list[dict[str, Any]]
    total: int


def list_initiatives(
    conn: Connection, wanted: InitiativeFilter | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Return the kb initiatives that pass `wanted` and no curator rejected, the most recently reported first;
    their actors leave out the entities a curator rejected (their reports keep them, as evidence).

    With `limit`, only that many, and only their reports are read: the way to list a large store quickly.
    """
    return initiative_page(conn, wanted, limit).initiatives


def initiative_page(
    conn: Connection, wanted: InitiativeFilter | None = None, limit: int | None = None
) -> InitiativePage:
    """Return the first `limit` initiatives `list_initiatives` gives (None: all), with how many it gives in all."""
    wanted = wanted or InitiativeFilter()
    summaries = _summaries(conn, wanted)
    if wanted.actor is not None or wanted.country is not None:
        named = _named(conn, wanted)
        summaries = [summary for summary in summaries if summary.id in named]
    total, summaries = len(summaries), summaries[:limit]
    reports = _reports(conn, [summary.id for summary in summaries] if limit is not None else None)
    rejected = rejected_names(conn)
    waiting = unreviewed(conn, [summary.id for summary in summaries] if limit is not None else None)
    initiatives = []
    for summary in summaries:
        initiative = summary._asdict()
        dates = {key: initiative.pop(key) for key in ("documents", "first_reported", "last_reported")}
        initiatives.append(
            {
                **initiative,
                "actors": sorted({a for r in reports[summary.id] for a in r["actors"] if normalize(a) not in rejected}),
                **dates,
                "unreviewed": summary.id in waiting,
                "reports": reports[summary.id],
            }
        )
    return InitiativePage(initiatives, total)


def initiatives_of(conn: Connection, name: str) -> list[dict[str, Any]]:
    """Return the initiatives in which `name` is an actor or party."""
    return list_initiatives(conn, InitiativeFilter(actor=name))
