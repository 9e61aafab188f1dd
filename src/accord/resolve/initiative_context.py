"""What an initiative is about besides its title: sector, places, countries, actors and figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Row, select

from accord.resolve.names import normalize
from accord.store import tables

_GEOGRAPHIC = ("country", "place", "region")


@dataclass
class Context:
    """The context of one initiative, or of all the reports of a kb initiative."""

    sectors: set[str] = field(default_factory=set)
    places: set[str | int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    actors: set[str | int] = field(default_factory=set)
    metrics: set[str] = field(default_factory=set)

    def add(self, other: Context) -> None:
        """Fold another context into this one."""
        for name in ("sectors", "places", "countries", "actors", "metrics"):
            getattr(self, name).update(getattr(other, name))

    def shared_with(self, other: Context) -> list[str]:
        """Return a reason for each kind of context both share."""
        checks: list[tuple[set[Any], set[Any], str]] = [
            (self.sectors - {"other"}, other.sectors, "same sector"),
            (self.places, other.places, "same place"),
            (self.countries, other.countries, "same country"),
            (self.actors, other.actors, "shared actors or parties"),
            (self.metrics, other.metrics, "figures on the same metric"),
        ]
        return [reason for ours, theirs, reason in checks if ours & theirs]


def _document_entities(conn: Connection, document_id: str) -> dict[str, tuple[int, str, str | None]]:
    """Map each name and alias in a document to its kb entity id, type and country."""
    m = tables.mentions
    rows = conn.execute(
        select(m.c.name, m.c.aliases, m.c.kb_entity_id, m.c.type, m.c.country).where(
            m.c.document_id == document_id, m.c.kb_entity_id.is_not(None)
        )
    )
    found: dict[str, tuple[int, str, str | None]] = {}
    for name, aliases, kb_entity_id, type_, country in rows:
        for form in (name, *aliases):
            found.setdefault(normalize(form), (kb_entity_id, type_, country))
    return found


def _countries(title: str, location: str | None, entities: dict[str, tuple[int, str, str | None]]) -> set[str]:
    """Return the countries of the places an initiative is located at or names in its title."""
    words = f" {normalize(title)} "
    named = [key for key in entities if key and f" {key} " in words]
    if location:
        named.append(normalize(location))
    return {
        country
        for key in named
        if key in entities and entities[key][1] in _GEOGRAPHIC and (country := entities[key][2]) is not None
    }


def context_of(conn: Connection, row: Row[Any]) -> Context:
    """Return the context of one stored initiative, its names resolved to kb entities."""
    entities = _document_entities(conn, row.document_id)

    def identify(name: str) -> str | int:
        return entities[normalize(name)][0] if normalize(name) in entities else normalize(name)

    metrics = conn.scalars(
        select(tables.figures.c.metric).where(
            tables.figures.c.document_id == row.document_id, tables.figures.c.local_id.in_(row.figures)
        )
    )
    return Context(
        sectors={row.sector},
        places={identify(row.location)} if row.location else set(),
        countries=_countries(row.title, row.location, entities),
        actors={identify(name) for name in (*row.actors, *row.parties)},
        metrics={normalize(metric) for metric in metrics},
    )


def kb_context(conn: Connection, kb_initiative_id: int) -> Context:
    """Return the context of every report of a kb initiative, together."""
    context = Context()
    reports = conn.execute(
        select(tables.initiatives).where(tables.initiatives.c.kb_initiative_id == kb_initiative_id)
    ).all()
    for report in reports:
        context.add(context_of(conn, report))
    return context
