"""Ask the knowledge base about initiatives, each with the evidence of every document reporting it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from accord.resolve.names import normalize
from accord.store import tables


@dataclass(frozen=True)
class InitiativeFilter:
    """What `list_initiatives` keeps: any field left None keeps everything."""

    status: str | None = None
    sector: str | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None


def _reports(conn: Connection) -> dict[int, list[dict[str, Any]]]:
    i, d = tables.initiatives, tables.documents
    rows = conn.execute(
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
            d.c.published,
        )
        .join(d, d.c.id == i.c.document_id)
        .order_by(d.c.published, d.c.source)
    )
    reports: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        report = row._asdict()
        reports[report.pop("kb_initiative_id")].append(report)
    return reports


def _country_names(conn: Connection, country: str) -> set[str]:
    kb = tables.kb_entities
    code = country.upper() if len(country) == 2 else None
    names = {normalize(country)}
    if code:
        query = select(kb.c.name).where(kb.c.type == "country", kb.c.country == code)
        names |= {normalize(name) for name in conn.scalars(query)}
    return names


def _keeps(initiative: dict[str, Any], wanted: InitiativeFilter, countries: set[str]) -> bool:
    reports = initiative["reports"]
    people = {normalize(n) for r in reports for n in (*r["actors"], *r["parties"])}
    places = people | {normalize(r["location"]) for r in reports if r["location"]}
    return (
        (wanted.status is None or initiative["status"] == wanted.status)
        and (wanted.sector is None or initiative["sector"] == wanted.sector)
        and (wanted.actor is None or normalize(wanted.actor) in people)
        and (wanted.country is None or bool(countries & places))
        and (wanted.since is None or (initiative["last_reported"] or "") >= wanted.since)
    )


def list_initiatives(conn: Connection, wanted: InitiativeFilter | None = None) -> list[dict[str, Any]]:
    """Return the kb initiatives that pass `wanted`, the most recently reported first."""
    wanted = wanted or InitiativeFilter()
    countries = _country_names(conn, wanted.country) if wanted.country else set()
    reports = _reports(conn)
    kept = []
    for row in conn.execute(select(tables.kb_initiatives).order_by(tables.kb_initiatives.c.id)):
        dates = [r["published"] for r in reports[row.id] if r["published"]]
        initiative = {
            **row._asdict(),
            "actors": sorted({a for r in reports[row.id] for a in r["actors"]}),
            "documents": len({r["document_id"] for r in reports[row.id]}),
            "first_reported": min(dates, default=None),
            "last_reported": max(dates, default=None),
            "reports": reports[row.id],
        }
        if _keeps(initiative, wanted, countries):
            kept.append(initiative)
    return sorted(kept, key=lambda i: (i["last_reported"] or "", i["id"]), reverse=True)


def initiatives_of(conn: Connection, name: str) -> list[dict[str, Any]]:
    """Return the initiatives in which `name` is an actor or party."""
    return list_initiatives(conn, InitiativeFilter(actor=name))
