"""The initiatives register: every kb initiative as one row, filtered, sorted and paged for reading.

`build_register` reads the knowledge base once (through `list_initiatives` and `schedules`);
`select_rows` then answers any filter and sort from that, so a caller that keeps the register
(the web app, until the knowledge base changes) answers each question without the database.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from accord.names import normalize
from accord.store import tables
from accord.store.entities import rejected_names
from accord.store.initiatives import list_initiatives
from accord.store.schedule import schedules
from accord.store.statuses import advancement

SORTS = ("last_reported", "first_reported", "title", "status", "sector", "kind", "documents", "deadline")
FIELDS = (  # what a download of the register holds, in this order
    "id",
    "title",
    "kind",
    "sector",
    "status",
    "location",
    "actors",
    "parties",
    "deadline",
    "documents",
    "first_reported",
    "last_reported",
)


@dataclass(frozen=True)
class RegisterQuery:
    """Which initiatives to keep and in what order; a field left None keeps everything.

    `since` and `until` keep the initiatives reported within that range (ISO dates, as precise as wanted).
    """

    country: str | None = None
    actor: str | None = None
    sector: str | None = None
    status: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "last_reported"
    descending: bool = True


@dataclass(frozen=True)
class Register:
    """Every kb initiative no curator rejected, as register rows, with the names filters look at."""

    rows: list[dict[str, Any]]
    names: list[str] = field(default_factory=list)  # per row: " name | name | " of its actors, parties, places
    countries: dict[str, set[str]] = field(default_factory=dict)  # country code -> normalized names


def build_register(conn: Connection) -> Register:
    """Read every kb initiative with its actors, parties, deadline and reporting dates."""
    plans = schedules(conn)
    rejected = rejected_names(conn)
    rows, names = [], []
    for initiative in list_initiatives(conn):
        reports = initiative["reports"]
        parties = sorted({p for r in reports for p in r["parties"] if normalize(p) not in rejected})
        plan = plans.get(initiative["id"])
        rows.append(
            {
                **{key: initiative[key] for key in ("id", "title", "kind", "sector", "status", "location", "actors")},
                "parties": parties,
                "deadline": plan.deadline if plan else None,
                "documents": initiative["documents"],
                "first_reported": initiative["first_reported"],
                "last_reported": initiative["last_reported"],
                "unreviewed": initiative["unreviewed"],
            }
        )
        places = {initiative["location"], *(r["location"] for r in reports)} - {None}
        forms = {normalize(n) for n in (*initiative["actors"], *parties, *places)}
        names.append(" | " + " | ".join(sorted(forms)) + " | ")
    kb = tables.kb_entities
    countries: dict[str, set[str]] = {}
    for name, code in conn.execute(select(kb.c.name, kb.c.country).where(kb.c.type == "country")):
        if code:
            countries.setdefault(code, set()).add(normalize(name))
    return Register(rows, names, countries)


def _named(names: str, wanted: str) -> bool:
    """Tell whether `wanted` (normalized) is one of the names, or whole words of one ("putin" in "vladimir putin")."""
    return f" {wanted} |" in names or f"| {wanted} " in names or f" {wanted} " in names


def _country_forms(register: Register, country: str) -> set[str]:
    code = country.strip().upper()
    return {normalize(country), *(register.countries.get(code, set()) if len(code) == 2 else set())}


def _reported_by(first: str | None, until: str) -> bool:
    """Tell whether a first report date falls on or before `until`, read at `until`'s precision."""
    return bool(first) and (first or "")[: len(until)] <= until


def _sort_key(sort: str) -> Any:
    if sort == "status":
        return lambda row: advancement(row["status"])
    if sort == "title":
        return lambda row: row["title"].casefold()
    return lambda row: row[sort]


def select_rows(register: Register, query: RegisterQuery) -> list[dict[str, Any]]:
    """Return the register rows `query` keeps, in its order; rows without the sort value come last."""
    countries = [f for f in _country_forms(register, query.country) if f] if query.country else []
    actor = normalize(query.actor) if query.actor else None
    kept = []
    for row, names in zip(register.rows, register.names, strict=True):
        if (
            (query.status and row["status"] != query.status)
            or (query.sector and row["sector"] != query.sector)
            or (query.kind and row["kind"] != query.kind)
            or (actor and not _named(names, actor))
            or (query.country and not any(_named(names, form) for form in countries))
            or (query.since and (row["last_reported"] or "") < query.since)
            or (
                query.until and not (row["first_reported"] and row["first_reported"][: len(query.until)] <= query.until)
            )
        ):
            continue
        kept.append(row)
    sort = query.sort if query.sort in SORTS else "last_reported"
    known = [row for row in kept if row[sort] is not None]
    known.sort(key=_sort_key(sort), reverse=query.descending)
    return known + [row for row in kept if row[sort] is None]


def tally(rows: list[dict[str, Any]], field_name: str) -> list[tuple[str, int]]:
    """Return how many rows have each value of a field, the most common first."""
    return Counter(str(row[field_name]) for row in rows).most_common()
