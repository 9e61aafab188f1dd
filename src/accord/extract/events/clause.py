"""The clause of an event's trigger: its verb, and the date, place and sentence evidence attached to it."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language.dates import relative_day, resolve_date
from accord.record import Entity, EntityType, EventType, Span

PLACE_PREPOSITIONS = frozenset({"in", "at"})
_DATELINE_STOPS = frozenset({"–", "—", "-", "--", ":"})
_DATE_JOINERS = frozenset({",", "and", "to", "-", "–", "—"})


def governing_verb(token: Token) -> Token | None:
    """Return the verb a token's phrase hangs from, if any."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX"):
        if head.head == head:
            return None
        head = head.head
    return head


def previous_word(token: Token) -> Token | None:
    """Return the token before this one, skipping the whitespace tokens non-breaking spaces make."""
    index = token.i - 1
    while index >= 0 and token.doc[index].is_space:
        index -= 1
    return token.doc[index] if index >= 0 else None


def _clause_tokens(trigger: Token) -> set[Token]:
    """Return the trigger and the verb of its clause: what a date or a place can attach to."""
    verb = governing_verb(trigger)
    anchors = {trigger, *(child for child in trigger.rights if child.dep_ == "acl")}
    return anchors | ({verb} if verb is not None else set())


def _attached(token: Token, anchors: set[Token]) -> bool:
    for ancestor in token.ancestors:
        if ancestor in anchors:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def event_date(trigger: Token, sentence: Sentence, published: str | None) -> str | None:
    """Return the day the clause of a trigger gives ("on May 3", "yesterday"), in ISO."""
    anchors = _clause_tokens(trigger)
    doc = sentence.doc
    for start, end in _date_phrases(sentence):
        root = doc[start:end].root
        # A dateline's day ("GENEVA, May 3 – ...") is the filing day; the dateline itself dates the lead.
        in_dateline = end < len(doc) and doc[end].text in _DATELINE_STOPS
        if in_dateline or not _attached(root, anchors):
            continue
        text = doc[start:end].text
        resolved = resolve_date(text, published) or relative_day(text, published)
        # "During the talks, they set plans for 2030": a bare year on the verb dates the plan, not the talks.
        if resolved and len(resolved) == 4 and trigger.dep_ == "pobj" and not _attached(root, {trigger}):
            continue
        if resolved:
            return resolved
    return None


def _date_phrases(sentence: Sentence) -> list[tuple[int, int]]:
    """Return the token ranges of the sentence's dates, pieces the tagger split joined ("22 and" "23 May")."""
    phrases: list[tuple[int, int]] = []
    doc = sentence.doc
    for entity in sentence.ents:
        if entity.label_ != "DATE":
            continue
        if phrases and all(t.text in _DATE_JOINERS for t in doc[phrases[-1][1] : entity.start]):
            phrases[-1] = (phrases[-1][0], entity.end)
        else:
            phrases.append((entity.start, entity.end))
    return phrases


def _mentions_in(entity: Entity, sentence: Sentence) -> list[Span]:
    return [m for m in entity.mentions if sentence.start_char <= m.start and m.end <= sentence.end_char]


def event_place(trigger: Token, event_type: EventType, sentence: Sentence, entities: EntityIndex) -> str | None:
    """Return where the clause of a trigger puts it: "in <city>" or a visit's "to <country>"; a country
    ("signed in Egypt") only right on the trigger's verb, where no city is named; else a body's building
    ("at the White House")."""
    city = _place_of(
        trigger, event_type, sentence, entities, ("place", "country") if event_type == "visit" else ("place",)
    )
    return (
        city
        or _place_of(trigger, event_type, sentence, entities, ("country",), direct=True)
        or _place_of(trigger, event_type, sentence, entities, ("organization",), venues=venue_words())
    )


def _place_of(
    trigger: Token,
    event_type: EventType,
    sentence: Sentence,
    entities: EntityIndex,
    types: tuple[EntityType, ...],
    direct: bool = False,
    venues: frozenset[str] | None = None,
) -> str | None:
    anchors = _clause_tokens(trigger)
    doc = sentence.doc
    prepositions = PLACE_PREPOSITIONS | ({"to"} if event_type == "visit" else set())
    for entity in entities.within(sentence.start_char, sentence.end_char, types=types):
        if venues is not None and entity.name.split()[-1].casefold() not in venues:
            continue  # a body is a place only as a building: "at the White House"
        for mention in _mentions_in(entity, sentence):
            tokens = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if tokens is None or tokens.start <= trigger.i < tokens.end:
                continue  # the event's own name ("the Lake Nations Summit") is not where it is held
            preposition = previous_word(tokens[0])
            while preposition is not None and preposition.dep_ == "det":  # "to the UK"
                preposition = previous_word(preposition)
            if preposition is None or preposition.lower_ not in prepositions:
                continue
            # "a visit to Delhi" names a destination; "extended to the delegation" does not.
            if preposition.lower_ == "to" and preposition.head != trigger:
                continue
            if direct and preposition.head not in anchors:
                continue
            if _attached(tokens.root, anchors):
                return _with_district(entity.name, doc[tokens.end : tokens.end + 4].text)
    return None


@cache
def venue_words() -> frozenset[str]:
    """Return the last words of bodies that are also places to meet at (src/accord/data/events.json)."""
    data = json.loads(resources.files("accord").joinpath("data/events.json").read_text(encoding="utf-8"))
    return frozenset(data["venue_words"])


def _with_district(name: str, after: str) -> str:
    """Return "Washington, D.C." for a city the text follows with its district's initials."""
    district = re.match(r",\s*(?:[A-Z]\.\s?[A-Z]\.|DC\b)", after)
    return name + district.group() if district and not re.search(r"[A-Z]\.\s?[A-Z]\.$", name) else name


def evidence_of(sentence: Sentence) -> Span:
    """Return the span of a sentence without its trailing whitespace."""
    return Span(sentence.start_char, sentence.start_char + len(sentence.text.rstrip()))
