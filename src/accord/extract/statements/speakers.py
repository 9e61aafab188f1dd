"""Speakers: the person a speech verb's subject stands for, a pronoun or a bare title included.

"he" or "she" is the person the sentences before were about (the main subject of the nearest one
that has a person for subject), "the Secretary" is the person named last with that role, and a
title that fits no one named ("The Prime Minister spoke to ...") stands for itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language.gazetteer import country_named, country_of_demonym
from accord.extract.language.lexicon import TITLE_MODIFIERS, is_title_word
from accord.extract.language.speech import speech_lexicon
from accord.record import Entity, EntityType

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How many sentences back a "he" or "she" may look for the person it stands for.
_PRONOUN_REACH = 3


def person_called(name: str, entities: EntityIndex) -> Entity | None:
    """Return the entity called `name`, or the one person whose full name ends with it (a surname)."""
    known = entities.named(name)
    if known is not None:
        return known
    surname = name.casefold()
    people = [e for e in entities.entities if e.type == "person" and e.name.casefold().endswith(" " + surname)]
    return people[0] if len(people) == 1 else None


def fullest_name(speaker: str, entities: EntityIndex) -> str:
    """Return the fullest name the text gives a person speaker ("Borrell" -> "Jane Borrell")."""
    known = entities.named(speaker)
    if known is None or known.type != "person":
        return speaker
    surname = speaker.split()[-1].casefold()
    namesakes = [e for e in entities.entities if e.type == "person" and e.name.split()[-1].casefold() == surname]
    best = max(namesakes, key=lambda e: (len(e.name.split()), len(e.mentions), len(e.name)))
    return best.name


def _phrase(subject: Token) -> list[Token]:
    return list(subject.doc[subject.left_edge.i : subject.right_edge.i + 1])


@dataclass(frozen=True)
class TitlePhrase:
    """A subject that is a title and no name: "the Prime Minister", "the President of Russia"."""

    title: str
    country: str | None  # the ISO code the title is qualified by ("of Russia", "the Russian President")
    text: str


def bare_title(subject: Token) -> TitlePhrase | None:
    """Return the title a singular subject is made of, with the country it may be qualified by."""
    if subject.tag_ in ("NNS", "NNPS") or not is_title_word(subject.text):
        return None
    words = [t for t in _phrase(subject) if t.dep_ != "det" and not t.is_punct]
    qualifier = [t for t in subject.rights if t.dep_ == "prep" and t.lower_ == "of"]
    qualified = {t for q in qualifier for t in q.subtree}
    country = None
    for token in words:
        if token in qualified or is_title_word(token.text) or token.lower_ in TITLE_MODIFIERS:
            continue
        if (nation := country_of_demonym(token.text)) is None:
            return None  # "the trade minister's spokesman" is more than a title
        country = nation.code
    if qualifier:
        named = country_named(" ".join(t.text for t in qualifier[0].subtree if t.dep_ != "det" and t != qualifier[0]))
        if named is None:
            return None
        country = named.code
    title = " ".join(
        t.text for t in words if t not in qualified and (is_title_word(t.text) or t.lower_ in TITLE_MODIFIERS)
    )
    return TitlePhrase(title, country, " ".join(t.text for t in words))


def _last_mention_before(person: Entity, position: int) -> int:
    return max((m.start for m in person.mentions if m.start < position), default=-1)


def titled_person(title: str, position: int, entities: EntityIndex) -> Entity | None:
    """Return the person with this role named last before `position`, an exact title first."""
    wanted = title.casefold()
    pattern = re.compile(rf"\b{re.escape(wanted)}\b")
    ranked = []
    for person in entities.entities:
        if person.type != "person":
            continue
        titles = [role.title.casefold() for role in person.roles if role.title]
        exact = wanted in titles
        if exact or any(pattern.search(t) for t in titles):
            ranked.append((exact, _last_mention_before(person, position), person))
    ranked.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return ranked[0][2] if ranked else None


def _named_in(subject: Token, entities: EntityIndex, types: tuple[EntityType, ...]) -> Entity | None:
    """Return who a subject names: a person before a body ("the Agency's head, Jane Doe"); of several,
    the first of a list ("Doe and Roe said") and otherwise the one nearest the verb."""
    phrase = _phrase(subject)
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    listed = any(c.dep_ == "conj" for c in subject.children)
    for kind in types:
        found = entities.within(start, end, types=(kind,))
        if found:
            return found[0] if listed else found[-1]
    return None


def _main_subject(sentence_root: Token) -> Token | None:
    return next((c for c in sentence_root.children if c.dep_ in _SUBJECT_DEPS), None)


def _previous_subject(subject: Token, entities: EntityIndex) -> str | None:
    """Return who the sentences before a pronoun were about: a named person or a bare title."""
    doc = subject.doc
    sentence = subject.sent
    for _ in range(_PRONOUN_REACH):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        main = _main_subject(sentence.root)
        if main is None:
            continue
        person = _named_in(main, entities, ("person",))
        if person is not None:
            return person.name
        if (title := bare_title(main)) is not None:
            return _title_speaker(title, main.idx, entities)
    return None


def referent(pronoun: Token, entities: EntityIndex) -> str | None:
    """Return who "he", "his" or "her" stands for: whom the sentences before were about."""
    return _previous_subject(pronoun, entities)


def _title_speaker(phrase: TitlePhrase, position: int, entities: EntityIndex) -> str:
    """Return the person a title phrase means, or the phrase itself when no person named fits it."""
    person = titled_person(phrase.title, position, entities)
    if person is not None and phrase.country is not None:
        countries = {person.country, *(role.country for role in person.roles)}
        person = person if phrase.country in countries else None  # "the President of Russia" is not any president
    return person.name if person is not None else phrase.text


def subject_speaker(
    subject: Token, entities: EntityIndex, types: tuple[EntityType, ...], before: int | None = None
) -> str | None:
    """Return who a speech verb's subject is: named in it, "he"/"she" or a title pointing back to
    a person named before `before` (the subject itself, or the quotation it follows)."""
    position = subject.idx if before is None else min(before, subject.idx)
    named = _named_in(subject, entities, types)
    if named is None and subject.pos_ == "PROPN" and not is_title_word(subject.text):  # "Administrator Doe"
        named = person_called(subject.text, entities)
    if named is not None:
        return named.name
    lexicon = speech_lexicon()
    if subject.lower_ in lexicon.pronouns:
        found = _previous_subject(subject, entities)
        if found is not None:
            return found
        person = entities.person_before(position)
        return person.name if person else None
    if not any(c.lower_ == "the" for c in subject.lefts):
        return None
    if (title := bare_title(subject)) is not None:
        return _title_speaker(title, position, entities)
    if subject.lemma_.casefold() in lexicon.title_nouns and subject.tag_ not in ("NNS", "NNPS"):  # "the Russian leader"
        person = entities.person_before(position)
        return person.name if person else None
    return None
