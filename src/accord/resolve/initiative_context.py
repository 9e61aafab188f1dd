"""What an initiative is about besides its title: sector, places, countries, actors and figures."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Row, func, select

from accord.extract.language.gazetteer import country_named, country_of_demonym
from accord.names import normalize, transliteration_key
from accord.store import tables
from accord.store.international import is_international

_GEOGRAPHIC = ("country", "place", "region")
# A kb initiative's context is read from its latest reports only, so a report of an initiative a thousand
# documents tell of costs what the tenth did (reading all of them took seconds a report at 100,000
# documents); an initiative reported that often has shown its countries, actors and names by then.
CONTEXT_REPORTS = 50


@dataclass(frozen=True)
class Particular:
    """A name in a title that singles one undertaking out of its kind: a body, a person, a place."""

    name: str  # normalized
    identity: str | int  # its kb entity
    country: str | None  # where a place lies, when it is no party: a place in a country both share excuses it


@dataclass
class Context:
    """The context of one initiative, or of all the reports of a kb initiative."""

    sectors: set[str] = field(default_factory=set)
    places: set[str | int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    actors: set[str | int] = field(default_factory=set)
    metrics: set[str] = field(default_factory=set)
    amounts: set[tuple[float, str | None]] = field(default_factory=set)  # its figures' values with their units
    names: set[str] = field(default_factory=set)  # what the title names: a place, a firm, a nation
    bodies: set[str] = field(default_factory=set)  # the names in the title besides places: a firm, a body
    organizations: set[str] = field(default_factory=set)  # the names in the title of bodies and people
    title_countries: set[str] = field(default_factory=set)  # the countries the title names
    parties: set[str | int] = field(default_factory=set)
    particulars: set[Particular] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)  # the content words of every title

    def add(self, other: Context) -> None:
        """Fold another context into this one."""
        for name in (
            "sectors",
            "places",
            "countries",
            "actors",
            "metrics",
            "amounts",
            "names",
            "bodies",
            "organizations",
            "title_countries",
            "parties",
            "particulars",
            "title_words",
        ):
            getattr(self, name).update(getattr(other, name))

    def clash_with(self, other: Context) -> str | None:
        """Return how two contexts tell their initiatives apart, if they do: on each side a different
        country, place, body named in the title, sector or set of parties (places named in titles differ
        only by their countries: a region lies in its country)."""
        checks: list[tuple[set[Any], set[Any], str]] = [
            (self.countries, other.countries, "different countries"),
            (self.places, other.places, "different places"),
            (self.sectors - {"other"}, other.sectors - {"other"}, "different sectors"),
        ]
        found = next((reason for ours, theirs, reason in checks if ours and theirs and not ours & theirs), None)
        if found is None and self.bodies and other.bodies and not _overlapping(self.bodies, other.bodies):
            return "the titles name different things"
        if (
            found is None
            and self.title_countries - other.title_countries
            and other.title_countries - self.title_countries
        ):
            return "the titles name different countries"
        # One party named on a side is often the one that acts, not all who take part.
        if found is None and min(len(self.parties), len(other.parties)) >= 2 and not self.parties & other.parties:
            return "different parties"
        return found

    def particular_lacking_in(self, other: Context) -> str | None:
        """Return a name that singles this side out and that the other's titles lack, if any.

        "security system in the Asia-Pacific" is not "security system": the region makes it one of
        several; a place is excused when it lies in a country both sides share.
        """
        theirs = {p.identity for p in other.particulars}
        for particular in sorted(self.particulars, key=lambda p: p.name):
            if particular.identity in theirs or set(particular.name.split()) <= other.title_words:
                continue
            if particular.country is not None and particular.country in other.countries:
                continue
            return particular.name
        return None

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


def _overlapping(ours: set[str], theirs: set[str]) -> bool:
    """Tell whether a name of one side holds a name of the other, word for word ("solar park" in "x solar park"),
    in any script ("гэс кызыл суу" holds "kyzyl suu")."""
    keys = [({transliteration_key(a) for a in side}) for side in (ours, theirs)]
    return any(f" {a} " in f" {b} " or f" {b} " in f" {a} " for a in keys[0] for b in keys[1])


Entities = dict[str, tuple[int, str, str | None]]  # normalized name or alias -> kb entity id, type, country


def _document_entities(conn: Connection, document_ids: Collection[str]) -> dict[str, Entities]:
    """Map each name and alias in each document to its kb entity id, type and country."""
    m = tables.mentions
    rows = conn.execute(
        select(m.c.document_id, m.c.name, m.c.aliases, m.c.kb_entity_id, m.c.type, m.c.country).where(
            m.c.document_id.in_(document_ids), m.c.kb_entity_id.is_not(None)
        )
    )
    found: dict[str, Entities] = defaultdict(dict)
    for document_id, name, aliases, kb_entity_id, type_, country in rows:
        for form in (name, *aliases):
            found[document_id].setdefault(normalize(form), (kb_entity_id, type_, country))
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Return where the sentence holding text[start:end] begins and ends."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return left, right


def _sentence_countries(conn: Connection, reports: Collection[Row[Any]]) -> dict[int, set[str]]:
    """Return, by report id, the countries its sentence names, as places or as national bodies ("the
    Ministry of Energy of X"), else those of the places its document names: who the undertaking is
    between or where it stands, when its title and parties leave that unsaid."""
    documents = {report.document_id for report in reports if report.spans}
    if not documents:
        return {}
    d, m = tables.documents, tables.mentions
    texts = dict(conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(documents))).tuples().all())
    named: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    for document_id, spans, country, type_, name in conn.execute(
        select(m.c.document_id, m.c.spans, m.c.country, m.c.type, m.c.name).where(
            m.c.document_id.in_(documents), m.c.type.in_((*_GEOGRAPHIC, "organization")), m.c.country.is_not(None)
        )
    ):
        if type_ in _GEOGRAPHIC or not is_international(name):
            named[document_id] += [(start, country, type_ in _GEOGRAPHIC) for start, _ in spans]
    found: dict[int, set[str]] = {}
    for report in reports:
        if report.document_id in texts:
            left, right = _sentence_of(texts[report.document_id], *report.spans[0])
            mentioned = named[report.document_id]
            found[report.id] = {country for start, country, _ in mentioned if left <= start < right} or {
                country for _, country, place in mentioned if place
            }
    return found


Figures = dict[tuple[str, str], tuple[str, float, str | None]]  # (document, local id) -> metric, value, unit


def _metrics(conn: Connection, document_ids: Collection[str]) -> Figures:
    """Map each figure of the documents, by document and local id, to its metric, value and unit."""
    f = tables.figures
    rows = conn.execute(
        select(f.c.document_id, f.c.local_id, f.c.metric, f.c.value, f.c.unit).where(f.c.document_id.in_(document_ids))
    )
    return {(document_id, local_id): (metric, value, unit) for document_id, local_id, metric, value, unit in rows}


def _named_in(title: str, entities: Entities) -> list[str]:
    """Return the document's names and aliases that the title holds, as whole words."""
    words = f" {normalize(title)} "
    return [key for key in entities if key and f" {key} " in words]


def _title_countries(title: str) -> set[str]:
    """Return the countries a title's national adjectives name ("Russian-Egyptian", "Hungarian")."""
    found = (
        country_of_demonym(word) or country_named(word) for word in re.split(r"[\s\-–—/]+", title) if word[:1].isupper()
    )
    return {country.code for country in found if country is not None}


def _countries(row: Row[Any], entities: Entities) -> set[str]:
    """Return the countries of an initiative: of the places it is located at, its title names, and its
    parties that are countries (the places its sentence names are added by the caller). An actor's
    nationality does not count: a minister acts abroad too."""
    named = [*_named_in(row.title, entities), *(normalize(p) for p in row.parties)]
    if row.location:
        named.append(normalize(row.location))
    geographic = {
        country
        for key in named
        if key in entities and entities[key][1] in _GEOGRAPHIC and (country := entities[key][2]) is not None
    }
    return geographic | _title_countries(row.title)


def _title_bodies(title: str, entities: Entities) -> set[str]:
    """Return the names, normalized, of what the title names besides places (a company, a body, an event)."""
    return {key for key in _named_in(title, entities) if entities[key][1] not in _GEOGRAPHIC}


def _title_names(title: str, entities: Entities) -> set[str]:
    """Return what the title names: its document's names, and the countries of its national adjectives."""
    return set(_named_in(title, entities)) | {f"c:{c}" for c in _title_countries(title)}


def _countries_in_title(title: str, entities: Entities) -> set[str]:
    """Return the countries of the places a title names and of its national adjectives."""
    places = {
        country
        for key in _named_in(title, entities)
        if entities[key][1] in _GEOGRAPHIC and (country := entities[key][2]) is not None
    }
    return places | _title_countries(title)


def _title_words(title: str) -> set[str]:
    return set(normalize(title).split()) - {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "between"}


def _particulars(row: Row[Any], entities: Entities) -> set[Particular]:
    """Return the names in a title that are no country and not the title's own name (more than half its words)."""
    words = _title_words(row.title)
    parties = {normalize(p) for p in row.parties}
    found = set()
    for key in _named_in(row.title, entities):
        identity, type_, country = entities[key]
        if type_ == "country" or 2 * len(key.split()) > len(words):
            continue
        place = type_ in _GEOGRAPHIC and key not in parties
        found.add(Particular(key, identity, country if place else None))
    return found


def _context(row: Row[Any], entities: Entities, metrics: Figures, around: set[str]) -> Context:
    def identify(name: str) -> str | int:
        return entities[normalize(name)][0] if normalize(name) in entities else normalize(name)

    return Context(
        sectors={row.sector},
        places={identify(row.location)} if row.location else set(),
        countries=_countries(row, entities) | around,
        actors={identify(name) for name in (*row.actors, *row.parties)},
        metrics={normalize(metrics[row.document_id, f][0]) for f in row.figures if (row.document_id, f) in metrics},
        amounts={metrics[row.document_id, f][1:] for f in row.figures if (row.document_id, f) in metrics},
        names=_title_names(row.title, entities),
        bodies=_title_bodies(row.title, entities),
        organizations={k for k in _named_in(row.title, entities) if entities[k][1] in ("organization", "person")},
        title_countries=_countries_in_title(row.title, entities),
        parties={identify(name) for name in row.parties},
        particulars=_particulars(row, entities),
        title_words=_title_words(row.title),
    )


def context_of(conn: Connection, row: Row[Any]) -> Context:
    """Return the context of one stored initiative, its names resolved to kb entities."""
    documents = [row.document_id]
    around = _sentence_countries(conn, [row]).get(row.id, set())
    return _context(row, _document_entities(conn, documents)[row.document_id], _metrics(conn, documents), around)


def kb_contexts(conn: Connection, kb_initiative_ids: Collection[int]) -> dict[int, Context]:
    """Return the context of each kb initiative: the contexts of its latest CONTEXT_REPORTS reports, together."""
    i = tables.initiatives
    latest = (
        select(i.c.id, func.row_number().over(partition_by=i.c.kb_initiative_id, order_by=i.c.id.desc()).label("n"))
        .where(i.c.kb_initiative_id.in_(kb_initiative_ids))
        .subquery()
    )
    reports = conn.execute(
        select(i).join(latest, latest.c.id == i.c.id).where(latest.c.n <= CONTEXT_REPORTS).order_by(i.c.id)
    ).all()
    documents = {report.document_id for report in reports}
    entities, metrics = _document_entities(conn, documents), _metrics(conn, documents)
    around = _sentence_countries(conn, reports)
    contexts = {kb_initiative_id: Context() for kb_initiative_id in kb_initiative_ids}
    for report in reports:
        context = _context(report, entities[report.document_id], metrics, around.get(report.id, set()))
        contexts[report.kb_initiative_id].add(context)
    return contexts
