"""Countries of organizations and persons that the text implies without saying outright.

- A foreign branch: in a document about two countries A and B, "X branch in <a city of A>",
  "X representative office in A" or "the <city of A> branch of X" makes X an organization of B.
- An unnamed office holder: "the President of A" with no name next to it refers to the one
  person who holds that title in the text and has no country yet.
- A home official: a story filed from a city of A calls A's own officials plain "President X",
  "Minister Y"; foreign ones get their country ("President of B Z", "B's Foreign Minister W").
- A described body: "the Turkish company X", "China's Acme Group", "A's state-backed developer X":
  a national adjective or a country's possessive just before a body's name gives its country.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from accord.extract.language import gazetteer
from accord.extract.language.dateline import find_dateline
from accord.extract.language.gazetteer import name_key
from accord.extract.language.lexicon import body_nouns, is_title_word
from accord.nlp import text_of
from accord.record import Entity

_OFFICE = r"(?:branch|branches|office|representative office|representation|subsidiary|campus)"
_OFFICE_IN = re.compile(rf"\s+{_OFFICE}\s+in\s+(?:the\s+)?", re.IGNORECASE)
_OFFICE_OF = re.compile(rf"\s+{_OFFICE}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TITLE_OF = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+of\s+(?:the\s+)?$")


def main_countries(entities: list[Entity]) -> tuple[Entity, Entity] | None:
    """Return the two countries a document is about, when two clearly lead the mentions."""
    countries = sorted((e for e in entities if e.type == "country"), key=lambda e: -len(e.mentions))
    if len(countries) < 2 or len(countries[1].mentions) < 2:
        return None
    if len(countries) > 2 and len(countries[2].mentions) * 2 > len(countries[1].mentions):
        return None
    return countries[0], countries[1]


def _located_country(entity: Entity) -> str | None:
    return entity.country if entity.type in {"country", "place"} else None


def _mention_owner(entities: list[Entity]) -> dict[int, Entity]:
    return {m.start: e for e in entities for m in e.mentions}


def assign_foreign_branches(doc: Doc, entities: list[Entity]) -> None:
    """Give an organization with a branch in one of two main countries the other country."""
    pair = main_countries(entities)
    if pair is None:
        return
    codes = {pair[0].country, pair[1].country}
    starts = _mention_owner(entities)
    text = text_of(doc)
    for org in (e for e in entities if e.type == "organization" and e.country is None):
        for mention in org.mentions:
            after = _OFFICE_IN.match(text, mention.end, min(len(text), mention.end + 60))
            host = starts.get(after.end()) if after else None
            if host is None:
                before = _OFFICE_OF.search(text, max(0, mention.start - 40), mention.start)
                host = _owner_ending_at(entities, before.start()) if before else None
            located = _located_country(host) if host else None
            if located in codes:
                org.country = next(code for code in codes if code != located)
                break


def _owner_ending_at(entities: list[Entity], position: int) -> Entity | None:
    for entity in entities:
        if any(m.end == position for m in entity.mentions):
            return entity
    return None


def assign_unnamed_office_holders(doc: Doc, entities: list[Entity]) -> None:
    """Give "the President of A" (no name beside it) to the one president without a country."""
    persons = [e for e in entities if e.type == "person"]
    person_spans = [(m.start, m.end) for e in persons for m in e.mentions]
    text = text_of(doc)
    for country in (e for e in entities if e.type == "country"):
        for mention in country.mentions:
            match = _TITLE_OF.search(text, max(0, mention.start - 40), mention.start)
            if match is None or not is_title_word(match.group(1).split()[-1]):
                continue
            tail = text[mention.end : mention.end + 3]
            if any(abs(start - mention.end) <= 3 or abs(end - match.start()) <= 3 for start, end in person_spans):
                continue
            title = name_key(match.group(1))
            holders = [p for p in persons if p.country is None and any(name_key(r.title) == title for r in p.roles)]
            if len(holders) == 1 and not tail.startswith(" ("):
                holders[0].country = country.country


def assign_home_officials(text: str, entities: list[Entity]) -> None:
    """Give the dateline's country to a plain "President X" whom the text gives no country or body."""
    dateline = find_dateline(text, None)
    if dateline is None:
        return
    home = next(
        (e.country for e in entities if e.type == "place" and name_key(e.name) == name_key(dateline.place)), None
    )
    if home is None:
        return
    for person in (e for e in entities if e.type == "person" and e.country is None):
        if person.roles and all(r.country is None and r.organization is None for r in person.roles):
            person.country = home


_DESCRIPTION_REACH = 5  # tokens before a body's name that may describe it ("China's state-backed developer")


def _described_country(doc: Doc, start: int) -> str | None:
    """Return the country a national adjective or possessive gives the name starting at token `start`."""
    for token in reversed(doc[max(0, start - _DESCRIPTION_REACH) : start]):
        if token.tag_ == "POS" and token.i > 0:
            country = gazetteer.country_named(doc[token.i - 1].text)
            return country.code if country else None
        national = gazetteer.country_of_demonym(token.text) if token.is_title else None
        if national is not None:
            return national.code
        if not _describes(token):
            return None  # another name, a number or a clause: the description ends before it
    return None


def _describes(token: Token) -> bool:
    """Tell whether a word can stand inside a body's description: "the", "state-backed", "developer"."""
    if token.text in {",", "-"}:
        return True
    if not token.is_lower:
        return False
    if token.pos_ in ("DET", "ADJ") or token.tag_ == "VBN":
        return True
    return token.pos_ == "NOUN" and (token.text in body_nouns() or token.dep_ in ("compound", "amod", "npadvmod"))


def assign_described_bodies(doc: Doc, entities: list[Entity]) -> None:
    """Give a body the country of the national adjective or possessive that describes it."""
    for body in (e for e in entities if e.type == "organization" and e.country is None):
        for mention in body.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            country = _described_country(doc, span.start) if span is not None else None
            if country is not None:
                body.country = country
                break
