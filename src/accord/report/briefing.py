"""A briefing of part of the knowledge base: what a secretariat hands its council before a meeting.

`build_briefing` gathers, as plain data, everything a report shows: a summary (counts by status, what is
new or changed in the period, what is overdue or due), the initiatives grouped by status with their
actors, parties, schedule, last report and numbered evidence notes, the indicators with their targets
and conflicts, who is who, and a colophon saying what was selected from which knowledge base when.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from importlib.metadata import version
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import make_url

from accord.documents.label import document_label
from accord.store import tables
from accord.store.conflicts import find_conflicts
from accord.store.deadlines import due
from accord.store.entities import entity_card
from accord.store.indicators import list_series, series_track
from accord.store.register import RegisterQuery, build_register, select_rows, tally
from accord.store.schedule import Schedule, schedules
from accord.store.statuses import ADVANCEMENT
from accord.store.timeline import status_chain

DUE_WINDOW = timedelta(days=90)
MOST_INDICATORS = 12
MOST_PEOPLE = 15
NOTES_PER_INITIATIVE = 3
# Initiatives are shown furthest along first: completed, then in progress, ... proposed, unknown.
STATUS_ORDER = [*reversed(ADVANCEMENT)]


@dataclass(frozen=True)
class ReportFilters:
    """Which part of the knowledge base a briefing covers, and the day it is written as of."""

    country: str | None = None
    actor: str | None = None
    sector: str | None = None
    since: str | None = None
    until: str | None = None
    as_of: date = field(default_factory=date.today)
    title: str | None = None

    def chosen(self) -> list[tuple[str, str]]:
        """Return the selecting filters that are set, as (name, value) pairs."""
        picked = {k: v for k, v in asdict(self).items() if v and k not in ("as_of", "title")}
        return [(name, str(value)) for name, value in picked.items()]

    def within(self, day: str | None) -> bool:
        """Tell whether a (partial) ISO day falls in the period; any day does when no period is set."""
        if not day:
            return False
        return (not self.since or day >= self.since) and (not self.until or day[: len(self.until)] <= self.until)


@dataclass
class Notes:
    """Numbered evidence notes: each cited sentence once, numbered in the order it is first cited."""

    items: list[dict[str, Any]] = field(default_factory=list)
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)

    def cite(self, document: tuple[str, str, str | None], day: str | None, sentence: str) -> int:
        """Return the number of the note citing `sentence` of `document` (id, headline, published)."""
        key = (document[0], sentence)
        if key not in self._numbers:
            self.items.append(
                {"document": document[0], "source": document[1], "date": day or document[2], "sentence": sentence}
            )
            self._numbers[key] = len(self.items)
        return self._numbers[key]


def _documents(conn: Connection) -> dict[str, tuple[str, str, str | None]]:
    """Return each document as (id, headline or else source, publication date)."""
    d = tables.documents
    rows = conn.execute(select(d.c.id, d.c.title, d.c.source, d.c.published))
    return {row.id: (row.id, document_label(row.title, row.source), row.published) for row in rows}


def _initiative(
    conn: Connection,
    row: dict[str, Any],
    plan: Schedule | None,
    marks: list[dict[str, Any]],
    notes: Notes,
    documents: dict[str, tuple[str, str, str | None]],
) -> dict[str, Any]:
    reports = status_chain(conn, row["id"])
    cited = [
        notes.cite(documents[report.document_id], report.date, report.evidence)
        for report in reports[-NOTES_PER_INITIATIVE:]
        if report.evidence and report.document_id in documents
    ]
    last = reports[-1] if reports else None
    return {
        **{key: row[key] for key in ("id", "title", "kind", "sector", "status", "location", "actors", "parties")},
        "deadline": row["deadline"],
        "deadline_state": next((m for m in marks if m["kind"] == "deadline"), None),
        "milestones": [m for m in marks if m["kind"] == "milestone"],
        "responsible": plan.responsible if plan else [],
        "last_report": {"date": last.date, "status": last.status} if last else None,
        "notes": cited,
    }


def _indicators(conn: Connection, filters: ReportFilters, documents: dict) -> list[dict[str, Any]]:
    """Return the series about the selection (its country, when one is chosen) with tracks and conflicts."""
    wanted = (filters.country or "").casefold()
    chosen = [s for s in list_series(conn) if not wanted or wanted in str(s["subjects"] or "").casefold()]
    chosen.sort(key=lambda s: s["first_period"] is None)  # the series with a period to chart first
    conflicts = find_conflicts(conn)
    indicators = []
    for series in chosen[:MOST_INDICATORS]:
        track = series_track(conn, series["id"])
        if track is None:
            continue
        disputes = [c for c in conflicts if c["series"]["id"] == series["id"]]
        indicators.append({"series": series, "track": track, "conflicts": disputes})
    return indicators


def _who_is_who(conn: Connection, initiatives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the people and bodies acting in or party to most of the selected initiatives, with roles."""
    involved = Counter(name for i in initiatives for name in {*i["actors"], *i["parties"]})
    people = []
    seen: set[str] = set()
    for name, count in involved.most_common():
        card = entity_card(conn, name)
        if card is None or card["type"] not in ("person", "organization") or card["name"] in seen:
            continue
        seen.add(card["name"])
        people.append({**card, "initiatives": count})
        if len(people) == MOST_PEOPLE:
            break
    return people


def _news(rows: list[dict[str, Any]], filters: ReportFilters) -> dict[str, list[dict[str, Any]]]:
    """Return the initiatives first reported in the period (new) and those reported again in it (changed)."""
    if not (filters.since or filters.until):
        return {"new": [], "changed": []}
    new = [r for r in rows if filters.within(r["first_reported"])]
    changed = [r for r in rows if filters.within(r["last_reported"]) and r not in new]
    return {"new": new, "changed": changed}


def _store_name(url: str) -> str:
    """Return the knowledge base's URL without its password."""
    return make_url(url).render_as_string(hide_password=True)


def build_briefing(conn: Connection, filters: ReportFilters) -> dict[str, Any]:
    """Return everything a briefing of the selected initiatives shows, as plain data."""
    query = RegisterQuery(
        country=filters.country, actor=filters.actor, sector=filters.sector, since=filters.since, until=filters.until
    )
    rows = select_rows(build_register(conn), query)
    chosen = {row["id"] for row in rows}
    plans = schedules(conn, list(chosen))
    marks: dict[int, list[dict[str, Any]]] = {}
    for item in due(conn, filters.as_of, DUE_WINDOW):
        if item["initiative_id"] in chosen:
            marks.setdefault(item["initiative_id"], []).append(item)
    documents = _documents(conn)
    notes = Notes()
    rank = {status: n for n, status in enumerate(STATUS_ORDER)}
    reading_order = sorted(rows, key=lambda row: rank.get(row["status"], len(rank)))  # so notes number as read
    initiatives = [
        _initiative(conn, row, plans.get(row["id"]), marks.get(row["id"], []), notes, documents)
        for row in reading_order
    ]
    groups = [(status, [i for i in initiatives if i["status"] == status]) for status in STATUS_ORDER]
    flagged = [m for ms in marks.values() for m in ms]
    return {
        "title": filters.title or "Briefing",
        "as_of": filters.as_of.isoformat(),
        "summary": {
            "initiatives": len(rows),
            "by_status": tally(rows, "status"),
            **_news(rows, filters),
            "overdue": [m for m in flagged if m["overdue"]],
            "due": [m for m in flagged if m["state"] == "due"],
        },
        "groups": [(status, items) for status, items in groups if items],
        "indicators": _indicators(conn, filters, documents),
        "people": _who_is_who(conn, initiatives),
        "notes": notes.items,
        "colophon": {
            "knowledge_base": _store_name(str(conn.engine.url)),
            "filters": filters.chosen(),
            "as_of": filters.as_of.isoformat(),
            "made": date.today().isoformat(),
            "version": version("accord"),
        },
    }
