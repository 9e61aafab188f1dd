"""Participants: who a phrase of an event's sentence names, persons first, else countries and bodies."""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language.gazetteer import country_named
from accord.extract.language.lexicon import is_title_word, words
from accord.record import Entity, EntityType

_CLAUSE_DEPS = frozenset({"relcl", "acl"})
_SIDES: tuple[EntityType, ...] = ("country", "organization")
_GOVERNMENT = re.compile(r"^(?:the\s+)?Government of (?:the\s+)?(.+)$", re.IGNORECASE)


def parties_in(phrase: Token, entities: EntityIndex, besides: Token | None = None, every: bool = False) -> list[Entity]:
    """Return who a phrase names: its persons ("Minister Jane Doe and Minister John Roe") or, naming none,
    its countries and bodies ("the European Union and Mongolia", "officials from Chile and Peru");
    with `every`, persons, countries and bodies alike.
    A relative clause is left out: "with X, who arrived on a visit" names X, not the visit's company;
    so is an entity naming the token `besides` (the event's trigger)."""
    doc = phrase.doc
    edge = doc[phrase.left_edge.i : phrase.right_edge.i + 1]
    end = next((t.idx for t in edge if t.dep_ in _CLAUSE_DEPS and t.i > phrase.i), edge.end_char)
    persons = entities.within(edge.start_char, end, types=("person",)) or _person_after_title(phrase, entities)
    # "the UK Minister" names a person the text does not: the country only describes the minister.
    sides = [] if is_title_word(phrase.text) else entities.within(edge.start_char, end, types=_SIDES)
    found = entities.within(edge.start_char, end, types=("person", *_SIDES)) if every else persons or sides
    if besides is not None:  # the event's own phrase ("for the Strategic Dialogue (NSD)") names no party
        own = range(besides.left_edge.idx, _name_end(besides))
        found = [e for e in found if not any(m.start in own for m in e.mentions if edge.start_char <= m.start < end)]
    # The event's own name is no party to it ("co-chaired the Strategic Dialogue").
    return [e for e in found if besides is None or not _names_token(e, besides)]


def _person_after_title(phrase: Token, entities: EntityIndex) -> list[Entity]:
    """Return the person a title is followed by, set off by a comma: "spoke to the Amir of Qatar, His
    Highness Sheikh Jane Doe" (the parser often hangs that appositive on the verb, outside the phrase)."""
    doc = phrase.doc
    i = phrase.right_edge.i + 1
    if not is_title_word(phrase.text) or i + 1 >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    while i < len(doc) - 1 and (doc[i].lower_ in words("honorifics") or is_title_word(doc[i].text)):
        i += 1
    person = entities.within(doc[i].idx, doc[i].sent.end_char, types=("person",))[:1]
    return [p for p in person if any(m.start == doc[i].idx for m in p.mentions)]


def party_name(entity: Entity) -> str:
    """Return how a party is named: a government by its country ("the Government of Chile" -> Chile)."""
    match = _GOVERNMENT.match(entity.name) if entity.type == "organization" else None
    country = country_named(match.group(1)) if match else None
    return country.name if country is not None else entity.name


def _name_end(trigger: Token) -> int:
    """Return where an event's name ends: after the trigger, and its acronym in brackets if one follows."""
    doc = trigger.doc
    end = trigger.idx + len(trigger)
    if trigger.i + 1 < len(doc) and doc[trigger.i + 1].text == "(":
        closing = next((t for t in doc[trigger.i + 2 : trigger.i + 5] if t.text == ")"), None)
        end = closing.idx + 1 if closing is not None else end
    return end


def _names_token(entity: Entity, token: Token) -> bool:
    return any(m.start <= token.idx < m.end for m in entity.mentions)


def names(found: list[Entity], known: list[str] | None = None) -> list[str]:
    """Return the names of `found` not yet in `known`, in order, once each."""
    result: list[str] = []
    for entity in found:
        name = party_name(entity)
        if name not in result and name not in (known or []):
            result.append(name)
    return result
