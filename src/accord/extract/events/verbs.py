"""Events told by their verb rather than a noun: "X met Y", "X visited Z", "X and Y signed a compact",
"X spoke by phone with Y", "X spoke to Y" (a readout's call).

The verb must report what happened: a finite verb of a main clause, not planned or recalled in a
participle ("the treaty signed in 1958" is history cited in passing, not a signing the text reports),
and a signing dated years before the page is history too.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.events.clause import event_date, event_place, evidence_of
from accord.extract.events.participants import names, parties_in
from accord.record import Event, EventType

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp"})
_MAX_NAME_TOKENS = 12


def _reports(verb: Token) -> bool:
    """Tell whether a verb tells of something done: finite, in a main clause, with no modal."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    if not (verb.tag_ in _FINITE or passive) or verb.dep_ not in _MAIN_DEPS:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _phrase_text(phrase: Token) -> str:
    doc = phrase.doc
    end = phrase.right_edge.i + 1
    for token in doc[phrase.i : end]:
        too_long = token.i - phrase.left_edge.i >= _MAX_NAME_TOKENS
        if token.dep_ in ("relcl", "acl") or token.text in ",;(" or "\n" in token.text or too_long:
            end = token.i
            break
    return " ".join(doc[phrase.left_edge.i : end].text.split())


def _parties(verb: Token, entities: EntityIndex, partners: bool = True) -> list[str]:
    """Return who does what a verb tells: its subject, a passive's "by ...", and, with `partners`, "with ..."."""
    phrases: list[Token] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            phrases.append(child)
        elif child.dep_ == "agent" or (partners and child.dep_ == "prep" and child.lower_ == "with"):
            phrases += [c for c in child.children if c.dep_ == "pobj"]
    found: list[str] = []
    for phrase in phrases:
        found += names(parties_in(phrase, entities), found)
    return found


def _event(
    verb: Token, kind: EventType, name: str, participants: list[str], entities: EntityIndex, published: str | None
) -> Event:
    sentence = verb.sent
    return Event(
        id="",
        type=kind,
        name=name,
        date=event_date(verb, sentence, published),
        place=event_place(verb, kind, sentence, entities),
        participants=participants,
        evidence=[evidence_of(sentence)],
    )


def _signing(verb: Token, documents: frozenset[str], entities: EntityIndex, published: str | None) -> Event | None:
    signed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.casefold() in documents]
    signed = signed or [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in documents]
    if not signed:
        return None
    signers = _parties(verb, entities)
    event = _event(verb, "signing", f"signing of {_phrase_text(signed[0])}", signers, entities, published)
    return None if _long_before(event.date, published) else event


def _long_before(day: str | None, published: str | None) -> bool:
    """Tell whether a day lies years before the page's: "was signed on 9 January 2009" recalled in 2012."""
    if not day or not published or not day[:4].isdigit() or not published[:4].isdigit():
        return False
    return int(day[:4]) < int(published[:4]) - 1


def _visit(verb: Token, entities: EntityIndex, published: str | None) -> Event | None:
    places = [c for c in verb.children if c.dep_ == "dobj"]
    if not places:
        return None
    phrase = places[0]
    visited = entities.within(
        phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge), types=("country", "place")
    )
    if not visited:
        return None
    visitors = _parties(verb, entities, partners=False)
    event = _event(verb, "visit", f"visit to {_phrase_text(phrase)}", visitors, entities, published)
    event.place = event.place or visited[0].name
    return event


def _call(verb: Token, phone_words: frozenset[str], entities: EntityIndex, published: str | None) -> Event | None:
    """Return the call of "spoke by phone with X", or of "spoke to X" with no place, as readouts put it."""
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    by_phone = "by" in preps and any(c.lower_ in phone_words for c in preps["by"].children)
    partner = next((preps[p] for p in ("with", "to") if p in preps), None)
    placed = any(p in preps for p in ("in", "at", "during", "on"))  # "spoke to X at the summit" met X there
    if partner is None or (placed and not by_phone):
        return None
    callees = [e for c in partner.children if c.dep_ == "pobj" for e in parties_in(c, entities)]
    if not any(e.type == "person" for e in callees):
        return None
    callers = _parties(verb, entities, partners=False)
    pobj = next(c for c in partner.children if c.dep_ == "pobj")
    participants = callers + names(callees, callers)
    return _event(verb, "call", f"call with {_phrase_text(pobj)}", participants, entities, published)


def verb_events(
    doc: Doc, entities: EntityIndex, published: str | None, documents: frozenset[str], phone_words: frozenset[str]
) -> Iterator[Event]:
    """Yield the signings, visits and calls a document tells by their verbs."""
    for verb in doc:
        if verb.pos_ != "VERB" or not _reports(verb):
            continue
        lemma = verb.lemma_.casefold()
        event = None
        if lemma == "sign":
            event = _signing(verb, documents, entities, published)
        elif lemma == "visit" and verb.tag_ != "VBN":
            event = _visit(verb, entities, published)
        elif lemma in ("speak", "talk") and verb.tag_ == "VBD":
            event = _call(verb, phone_words, entities, published)
        if event is not None:
            yield event
