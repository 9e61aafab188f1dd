"""Actors: who puts an initiative forward, from the subject of its verb ("He", "The president", a name)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language.cues import initiative_cues
from accord.extract.language.lexicon import is_title_word
from accord.record import Entity

_ACTOR_TYPES = frozenset({"person", "organization", "country"})
_SUBJECTS = frozenset({"nsubj"})
# A verb without its own subject shares the subject of the verb it hangs from ("He supported X but suggested Y").
_SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl"})


def _subjects_up(verb: Token) -> Iterator[tuple[Token, Token]]:
    """Yield (verb, subject) for `verb`'s subject (or the agent of a passive one, "proposed by the
    minister"), then for those of the verbs it shares a subject with, nearest first."""
    while True:
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                yield verb, child
            elif child.dep_ == "agent":
                yield from ((verb, c) for c in child.children if c.dep_ == "pobj")
        # Past a reported clause too: "X stressed that trade had grown and proposed Y".
        if verb.dep_ not in (*_SHARED_SUBJECT, "ccomp") or verb.head.i == verb.i:
            return
        verb = verb.head


def _title_holder(word: Token, entities: EntityIndex) -> Entity | None:
    """Return the person last mentioned before `word` who holds its title, else the last person."""
    title = word.lemma_.casefold()
    holders = [
        e for e in entities.entities if e.type == "person" and any(title in role.title.casefold() for role in e.roles)
    ]
    best, best_position = None, -1
    for person in holders:
        before = [m.start for m in person.mentions if m.end <= word.idx]
        if before and max(before) > best_position:
            best, best_position = person, max(before)
    return best or entities.person_before(word.idx)


def _named_by(word: Token, entities: EntityIndex) -> Entity | None:
    return entities.at(word.left_edge.idx, word.idx + len(word))


def actor_of(verb: Token, entities: EntityIndex) -> Entity | None:
    """Return the entity that performs `verb`: a named subject, a pronoun's or a title's referent.

    A subject it shares that names no actor gives way to the next one up: in "X said that trade had
    grown and proposed Y" the parser may hang "proposed" on "grown", whose subject is no one.
    """
    for owner, subject in _subjects_up(verb):
        actor = _actor_named_by(subject, entities)
        if actor is not None or owner == verb:
            return actor  # a verb's own subject decides, even when it names no actor ("circumstances call for")
    return None


def _referent_of_they(subject: Token, entities: EntityIndex) -> Entity | None:
    """Return who "they" are when the sentence before names a pair acting together ("A and B reaffirmed
    ... They called for ..."): the first of the pair; else no one, "they" being too loose to guess."""
    sentence = subject.sent
    if sentence.start == 0:
        return None
    before = subject.doc[sentence.start - 1].sent
    for token in before:
        if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and any(c.dep_ == "conj" for c in token.children):
            return _actor_named_by(token, entities)
    return None


def _actor_named_by(subject: Token, entities: EntityIndex) -> Entity | None:
    if subject.lower_ in initiative_cues().actor_pronouns:
        return entities.person_before(subject.idx)
    if subject.lower_ == "they":
        return _referent_of_they(subject, entities)
    start = subject.left_edge.idx
    named = entities.at(start, subject.idx + len(subject))
    if named is None:  # "the Turkish company Acme Energy": the name stands beside its noun
        named = next((n for c in subject.children if c.dep_ == "appos" and (n := _named_by(c, entities))), None)
    if named is not None and named.type in _ACTOR_TYPES:
        return named
    if is_title_word(subject.text):
        return _title_holder(subject, entities)
    return None
