"""Countries that a two-country document implies through the side a person or organization is on.

In a document about two countries A and B (a bilateral round table, a state visit, a joint project):
- a speaker names their own country first: "Uzbek-Russian relations", "ties between A and B";
- an organization shares the country of the people who hold a post in it, and they share its;
- the partners of a joint undertaking named together ("the joint venture of X and Y") are one per side;
- an organization named in what a speaker reports ("he highlighted projects with X") is on the speaker's side.
Each cue fills only a country that is still unknown, the surest cues first.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.affiliation import main_countries
from accord.extract.entities.index import EntityIndex
from accord.extract.language import gazetteer
from accord.extract.language.cues import initiative_cues
from accord.extract.language.lexicon import words
from accord.extract.language.speech import speech_lexicon
from accord.nlp import text_of
from accord.record import Entity

# What may stand between the two countries of a pair: "A and B", "A-B", "A–B", "A/B".
_PAIR_JOINERS = frozenset({"and", "-", "–", "—", "/"})
_PARTNERS_BEFORE = re.compile(r"\b(\w+)\s+(?:of|between)\s+(?:the\s+)?$", re.IGNORECASE)


def assign_sides(doc: Doc, index: EntityIndex) -> None:
    """Fill the unknown countries of persons and organizations from the sides of a two-country document."""
    pair = main_countries(index.entities)
    if pair is None:
        return
    codes = (pair[0].country, pair[1].country)
    if codes[0] is None or codes[1] is None:
        return
    sides = (codes[0], codes[1])
    _assign_speakers_by_pair_order(doc, index, sides)
    _share_countries_with_members(index.entities)
    _assign_partners(text_of(doc), index, sides)
    _assign_organizations_in_reports(doc, index, sides)
    _share_countries_with_members(index.entities)


def _country_words(sentence: Span, index: EntityIndex, sides: tuple[str, str]) -> list[tuple[int, int, str]]:
    """Return (first token, last token, country) for each name or adjective of a side in a sentence."""
    found: list[tuple[int, int, str]] = []
    for entity in index.within(sentence.start_char, sentence.end_char, types=("country",)):
        if entity.country in sides:
            for mention in entity.mentions:
                span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None and sentence.start <= span.start < sentence.end:
                    found.append((span.start, span.end - 1, entity.country))
    taken = {i for start, end, _ in found for i in range(start, end + 1)}
    for token in sentence:
        if token.i in taken:
            continue
        country = gazetteer.country_of_demonym(token.text)
        if country is not None and country.code in sides:
            found.append((token.i, token.i, country.code))
    return sorted(found)


def _ordered_pairs(sentence: Span, index: EntityIndex, sides: tuple[str, str]) -> list[tuple[Token, str]]:
    """Return (first token, first country) for each "A and B" or "A-B" that names both sides."""
    doc = sentence.doc
    named = _country_words(sentence, index, sides)
    pairs = []
    for (start, end, first), (next_start, _, second) in pairwise(named):
        between = {t.lower_ for t in doc[end + 1 : next_start]}
        if first != second and next_start - end <= 2 and between <= _PAIR_JOINERS:
            pairs.append((doc[start], first))
    return pairs


def _reporting_verb(token: Token) -> Token | None:
    """Return the nearest speech verb that governs a token ("noted that ... A and B")."""
    verbs = speech_lexicon().speech_verbs
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.lemma_ in verbs:
            return ancestor
    return None


def _subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)


def _speaker_of(verb: Token, index: EntityIndex) -> Entity | None:
    """Return the person or organization that speaks through a verb: a name, a pronoun or "the Director of X"."""
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.lower_ in speech_lexicon().pronouns:
        return index.person_before(subject.idx)
    phrase = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    named = index.within(phrase.start_char, phrase.end_char, types=("person", "organization"))
    persons = [e for e in named if e.type == "person"]
    return persons[0] if persons else (named[0] if named else None)


def _assign_speakers_by_pair_order(doc: Doc, index: EntityIndex, sides: tuple[str, str]) -> None:
    """Give a speaker the country they name first when they name both sides."""
    for sentence in doc.sents:
        for first_token, first_country in _ordered_pairs(sentence, index, sides):
            verb = _reporting_verb(first_token)
            speaker = _speaker_of(verb, index) if verb is not None else None
            if speaker is not None and speaker.country is None:
                speaker.country = first_country


def _share_countries_with_members(entities: list[Entity]) -> None:
    """Give an organization the one country of the people holding posts in it, and them its country."""
    organizations = {e.name: e for e in entities if e.type == "organization"}
    persons = [e for e in entities if e.type == "person"]
    for organization in organizations.values():
        if organization.country is None:
            countries = {
                p.country for p in persons if p.country and any(r.organization == organization.name for r in p.roles)
            }
            if len(countries) == 1:
                organization.country = countries.pop()
    for person in persons:
        if person.country is None:
            person.country = next(
                (
                    organizations[r.organization].country
                    for r in person.roles
                    if r.organization in organizations and organizations[r.organization].country
                ),
                None,
            )


def _other_side(country: str | None, sides: tuple[str, str]) -> str | None:
    if country == sides[0]:
        return sides[1]
    return sides[0] if country == sides[1] else None


def _assign_partners(text: str, index: EntityIndex, sides: tuple[str, str]) -> None:
    """Give the unknown one of two partners named together ("the joint venture of X and Y") the other side."""
    organizations = [(m, e) for e in index.entities if e.type == "organization" for m in e.mentions]
    by_start = {m.start: e for m, e in organizations}
    partnership_nouns = words("partnership_words")
    for mention, first in organizations:
        joined = re.match(r"\s+and\s+(?:the\s+)?", text[mention.end : mention.end + 10])
        second = by_start.get(mention.end + joined.end()) if joined else None
        before = _PARTNERS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if second is None or second is first or before is None or before.group(1).casefold() not in partnership_nouns:
            continue
        for known, unknown in ((first, second), (second, first)):
            if unknown.country is None:
                unknown.country = _other_side(known.country, sides)


def _assign_organizations_in_reports(doc: Doc, index: EntityIndex, sides: tuple[str, str]) -> None:
    """Give an organization a speaker reports on ("he highlighted projects with X") the speaker's side.

    What a speaker proposes is left alone: a proposed centre or hub is nobody's yet.
    """
    cues = initiative_cues()
    proposing = cues.proposal_verbs | cues.announcement_verbs
    for organization in (e for e in index.entities if e.type == "organization" and e.country is None):
        for mention in organization.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            verb = _reporting_verb(span.root) if span is not None else None
            if verb is None or verb.lemma_ in proposing:
                continue
            speaker = _speaker_of(verb, index)
            if speaker is not None and speaker is not organization and speaker.country in sides:
                organization.country = speaker.country
                break
