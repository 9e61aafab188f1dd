"""The knowledge base as FollowTheMoney entities (JSON lines), for Aleph and the OpenSanctions tools.

Each accord item becomes the followthemoney schema it is, through the package's own model, which cleans
every value (a partial day without a year, say, is dropped rather than written wrong):

- a document: Article (headline, file name, publication day, language, text, source link); a text longer
  than followthemoney takes in one value is given in parts, each cut at a space;
- a person: Person (aliases, one-word forms as weak aliases, country, positions); an organization:
  Organization, or PublicBody when its name holds a public body's word (data/public_body_words.txt);
  a country: Territory (level, territory code), and its code on the events and projects it takes part in;
- each document naming one of those: Documentation (document, entity, the first sentence naming it);
- an event: Event (name, day, place, organizer, who took part, countries, its sentence, its document as proof);
- an initiative: Project (status, kind and sector as keywords, place, countries, schedule, latest sentence,
  its documents as proof); each person or body acting in or party to it: ProjectParticipant; each country
  party to it: UnknownLink from its Territory, as a participant must be a legal entity.

Places, regions and other entities are left out, as no schema surely fits them, and so are figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from sqlalchemy import Connection, select

from accord.names import normalize
from accord.sentences import sentence_span
from accord.store import tables
from accord.store.entities import list_entities
from accord.store.initiatives import list_initiatives
from accord.store.schedule import Schedule, schedules

if TYPE_CHECKING:
    from followthemoney import EntityProxy

SCHEMATA = {"person": "Person", "organization": "Organization", "country": "Territory"}
LEGAL_ENTITIES = ("person", "organization")
_SENTENCE_CHARS = 400
TEXT_LIMIT = 65_000  # followthemoney's text type takes no longer value


@cache
def _public_body_words() -> tuple[str, ...]:
    text = resources.files("accord.data").joinpath("public_body_words.txt").read_text(encoding="utf-8")
    return tuple(f" {line.strip()} " for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_public_body(name: str) -> bool:
    """Tell whether an organization's name is a public body's ("Ministry of Energy of ...", "State Committee ...")."""
    key = f" {normalize(name)} "
    return any(phrase in key for phrase in _public_body_words())


def _entity(schema: str, entity_id: str, **properties: Iterable[Any] | Any) -> EntityProxy:
    """Return a followthemoney entity with these properties, each value cleaned by its type (None left out)."""
    from followthemoney import model

    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for prop, values in properties.items():
        for value in values if isinstance(values, list | tuple | set) else [values]:
            if value not in (None, ""):
                proxy.add(prop, value, quiet=True)
    return proxy


def _sentence(text: str, spans: list[list[int]]) -> str | None:
    """Return the sentence holding the first span, on one line and at most `_SENTENCE_CHARS` long."""
    if not spans:
        return None
    start, end = sentence_span(text, spans[0][0], spans[0][1])
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= _SENTENCE_CHARS else sentence[: _SENTENCE_CHARS - 1] + "…"


def text_parts(text: str, longest: int = TEXT_LIMIT) -> list[str]:
    """Return a document's text in parts of at most `longest` characters, cut at a space where one is near: the
    longest text followthemoney takes as one value. Every part is a value of `bodyText`, so all of it is indexed."""
    parts = []
    while len(text) > longest:
        cut = text.rfind(" ", longest // 2, longest + 1)
        cut = cut if cut > 0 else longest
        parts.append(text[:cut].strip())
        text = text[cut:]
    return [*parts, text.strip()]


def _document_id(document_id: str) -> str:
    return f"accord-document-{document_id}"


def _kb_id(kb_entity_id: int) -> str:
    return f"accord-entity-{kb_entity_id}"


class _Export:
    """What the export reads once: the documents, the exported entities, and which entity a name is per document."""

    def __init__(self, conn: Connection) -> None:
        d, m = tables.documents, tables.mentions
        self.conn = conn
        self.documents = {row.id: row for row in conn.execute(select(d).order_by(d.c.published, d.c.source))}
        self.entities = {e["id"]: e for e in list_entities(conn) if e["type"] in SCHEMATA}
        self.named: dict[tuple[str, str], int] = {}
        self.mentions: dict[tuple[int, str], list[list[int]]] = {}
        rows = conn.execute(
            select(m.c.document_id, m.c.name, m.c.aliases, m.c.kb_entity_id, m.c.spans).order_by(m.c.id)
        )
        for document_id, name, aliases, kb_entity_id, spans in rows:
            if kb_entity_id in self.entities:
                self.mentions.setdefault((kb_entity_id, document_id), spans)
                for form in (name, *aliases):
                    self.named.setdefault((document_id, normalize(form)), kb_entity_id)

    def resolve(self, document_id: str, name: str | None) -> dict[str, Any] | None:
        """Return the exported entity `name` is in this document, if any."""
        kb_entity_id = self.named.get((document_id, normalize(name))) if name else None
        return self.entities.get(kb_entity_id) if kb_entity_id is not None else None

    def articles(self) -> Iterator[EntityProxy]:
        for row in self.documents.values():
            url = row.source if urlparse(row.source).scheme in ("http", "https") else None
            yield _entity(
                "Article",
                _document_id(row.id),
                title=row.title,
                fileName=PurePosixPath(urlparse(row.source).path).name or row.source,
                publishedAt=row.published,
                language=row.language,
                bodyText=text_parts(row.text),
                sourceUrl=url,
            )

    def people_and_bodies(self) -> Iterator[EntityProxy]:
        positions = self._positions()
        for entity in self.entities.values():
            schema = SCHEMATA[entity["type"]]
            if schema == "Organization" and is_public_body(entity["name"]):
                schema = "PublicBody"
            code = (entity["country"] or "").lower() or None
            aliases = entity["aliases"]
            one_word = [a for a in aliases if entity["type"] == "person" and len(a.split()) == 1]
            properties: dict[str, Any] = {
                "name": entity["name"],
                "alias": [a for a in aliases if a not in one_word],
                "weakAlias": one_word,
                "country": code,
            }
            if schema == "Person":
                properties["position"] = positions.get(entity["id"], [])
            if schema == "Territory":
                properties.update(territoryCode=code, level="country")
            yield _entity(schema, _kb_id(entity["id"]), **properties)

    def _positions(self) -> dict[int, list[str]]:
        """Return each person's roles as positions ("Minister of Energy", "Director, Institute of ...")."""
        r, m = tables.roles, tables.mentions
        found: dict[int, list[str]] = defaultdict(list)
        rows = self.conn.execute(
            select(m.c.kb_entity_id, r.c.title, r.c.organization).join(m, m.c.id == r.c.mention_id).order_by(r.c.id)
        )
        for kb_entity_id, title, organization in rows:
            position = f"{title}, {organization}" if organization and organization not in title else title
            if position not in found[kb_entity_id]:
                found[kb_entity_id].append(position)
        return found

    def documentations(self) -> Iterator[EntityProxy]:
        for (kb_entity_id, document_id), spans in self.mentions.items():
            yield _entity(
                "Documentation",
                f"accord-documentation-{kb_entity_id}-{document_id[:16]}",
                document=_document_id(document_id),
                entity=_kb_id(kb_entity_id),
                role="mentioned",
                summary=_sentence(self.documents[document_id].text, spans),
            )

    def events(self) -> Iterator[EntityProxy]:
        e = tables.events
        for row in self.conn.execute(select(e).order_by(e.c.document_id, e.c.id)):
            document = self.documents[row.document_id]
            named = [self.resolve(row.document_id, name) for name in (row.chair, *row.participants)]
            organizer = self.resolve(row.document_id, row.organizer)
            yield _entity(
                "Event",
                f"accord-event-{row.document_id[:16]}-{row.local_id}",
                name=row.name or _words(row.type),
                keywords=_words(row.type),
                date=row.date,
                location=row.place,
                organizer=_kb_id(organizer["id"]) if organizer and organizer["type"] in LEGAL_ENTITIES else None,
                involved=[_kb_id(n["id"]) for n in named if n and n["type"] in LEGAL_ENTITIES],
                country=[n["country"] for n in named if n and n["type"] == "country"],
                summary=_sentence(document.text, row.spans),
                proof=_document_id(row.document_id),
            )

    def projects(self) -> Iterator[EntityProxy]:
        plans = schedules(self.conn)
        for initiative in list_initiatives(self.conn):
            yield from self._project(initiative, plans.get(initiative["id"]))

    def _project(self, initiative: dict[str, Any], plan: Schedule | None) -> Iterator[EntityProxy]:
        project_id = f"accord-initiative-{initiative['id']}"
        reports = [r for r in initiative["reports"] if r["document_id"] in self.documents]
        responsible = {normalize(name) for name in plan.responsible} if plan else set()
        roles: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # entity -> role -> documents
        for report in reports:
            for role, names in (("actor", report["actors"]), ("party", report["parties"])):
                for name in names:
                    found = self.resolve(report["document_id"], name)
                    if found:
                        roles[found["id"]][role].add(report["document_id"])
                        if normalize(name) in responsible:
                            roles[found["id"]]["responsible"].add(report["document_id"])
        latest = next((r for r in reversed(reports) if r["spans"]), None)
        yield _entity(
            "Project",
            project_id,
            name=initiative["title"],
            status=_known(initiative["status"]),
            keywords=[_known(initiative["kind"]), _known(initiative["sector"])],
            address=initiative["location"],
            country=[self.entities[kb_id]["country"] for kb_id in roles if self.entities[kb_id]["type"] == "country"],
            description=_schedule_text(plan),
            summary=_sentence(self.documents[latest["document_id"]].text, latest["spans"]) if latest else None,
            proof=sorted({_document_id(r["document_id"]) for r in reports}),
        )
        for kb_id, named_by in roles.items():
            link = "UnknownLink" if self.entities[kb_id]["type"] == "country" else "ProjectParticipant"
            ends = (
                {"subject": _kb_id(kb_id), "object": project_id}
                if link == "UnknownLink"
                else {"participant": _kb_id(kb_id), "project": project_id}
            )
            yield _entity(
                link,
                f"accord-participation-{initiative['id']}-{kb_id}",
                role=sorted(named_by),
                proof=sorted({_document_id(d) for ids in named_by.values() for d in ids}),
                **ends,
            )


def _words(code: str) -> str:
    """Return a code as words: "in_progress" -> "in progress"."""
    return code.replace("_", " ")


def _known(code: str | None) -> str | None:
    """Return a code as words, None for the codes that say nothing ("other", "unknown")."""
    return None if code is None or code in ("other", "unknown") else _words(code)


def _schedule_text(plan: Schedule | None) -> str | None:
    """Return a schedule in words: "Deadline 2027-06. Milestones: design approved (2025-12)."."""
    if plan is None or not (plan.deadline or plan.milestones):
        return None
    parts = [f"Deadline {plan.deadline}."] if plan.deadline else []
    if plan.milestones:
        steps = ", ".join(f"{m['label']} ({m['date']})" if m.get("date") else m["label"] for m in plan.milestones)
        parts.append(f"Milestones: {steps}.")
    return " ".join(parts)


def ftm_entities(conn: Connection) -> Iterator[dict[str, Any]]:
    """Yield the knowledge base as followthemoney entity dicts: documents first, then who, then what happened."""
    export = _Export(conn)
    for part in (export.articles, export.people_and_bodies, export.documentations, export.events, export.projects):
        for proxy in part():
            yield proxy.to_dict()
