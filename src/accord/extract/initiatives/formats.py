"""Formats: new institutions and regular formats — a secretariat, a commission, a strategic dialogue, a
consulate — told as set up, launched or held for the first time."""

from __future__ import annotations

import re

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.items import make_candidate
from accord.extract.initiatives.named import name_of
from accord.extract.language.cues import initiative_cues
from accord.record import Span, Status

_NOUNS = frozenset({"NOUN", "PROPN"})
# "three working groups focused on A, B, and C": one item per counted topic.
_TOPICS = re.compile(r"\b(?:focused|focusing|centred|centered)?\s*(?:on|for)\s+(?P<topics>[^.;:]+)")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def is_format(noun: Token) -> bool:
    """Tell a noun that names an institution or a format: "Secretariat", "dialogue", "Consulate-General"."""
    nouns = initiative_cues().format_nouns
    if noun.pos_ not in _NOUNS:
        return False
    working_group = noun.lemma_.lower() == "group" and noun.i > 0 and noun.nbor(-1).lower_ == "working"
    if noun.lemma_.lower() in nouns or working_group:
        return True
    # "Consulate-General" is split at its hyphen: the first part tells what it is.
    return noun.i > 1 and noun.nbor(-1).text == "-" and noun.nbor(-2).lemma_.lower() in nouns


def _creates(verb: Token) -> bool:
    """Tell a verb that sets something up, its inflection read off the word when the lemmatizer slips
    ("relaunched" lemmatized "relaunche")."""
    verbs = initiative_cues().creation_verbs
    return verb.lemma_.lower() in verbs or re.sub(r"(?:ed|d|es|s|ing)$", "", verb.lower_) in verbs


def _creating_verb(noun: Token) -> Token | None:
    """Return the verb that sets `noun` up: "established a secretariat", "the dialogue, relaunched in 2021"."""
    if noun.dep_ in ("dobj", "nsubjpass") and _creates(noun.head):
        return noun.head
    # "the new Consulate-General in X, opened in 2023": the parser may make the participle its verb.
    if noun.dep_ == "nsubj" and _creates(noun.head) and not any(c.dep_ == "dobj" for c in noun.head.children):
        return noun.head
    # "a new Consulate-General in Recife, opened in 2011", the participle hung elsewhere.
    after = noun.doc[noun.right_edge.i + 1 : noun.right_edge.i + 3]
    if len(after) == 2 and after[0].text == "," and after[1].tag_ == "VBN" and _creates(after[1]):
        return after[1]
    for owner in (noun, *(c for c in noun.children if c.dep_ == "appos")):
        for clause in owner.children:
            if clause.dep_ in ("acl", "relcl") and _creates(clause):
                return clause
    return None


def _relayed_by_creation(noun: Token) -> bool:
    """Tell "the establishment of the Secretariat" and "the first meeting of the Commission"."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of":
        return False
    relay = preposition.head
    cues = initiative_cues()
    if relay.lemma_.lower() in cues.creation_relay_nouns:
        return True
    return relay.lemma_.lower() in cues.session_nouns and _opens_a_series(relay)


def _opens_a_series(noun: Token) -> bool:
    """Tell "the first meeting", "the inaugural dialogue": the format starts here."""
    return any(c.dep_ == "amod" and c.lower_ in initiative_cues().inaugural_words for c in noun.children)


def _status(verb: Token | None) -> Status:
    """Return "planned" for a format still to come ("will establish", "to launch"), else "in_progress"."""
    if verb is not None and (
        any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "to", "shall") for c in verb.children)
        or verb.tag_ == "VB"
    ):
        return "planned"
    return "in_progress"


def _created_plural(sentence: Sentence) -> set[str]:
    """Return the format nouns a sentence creates in the plural: "dialogues have been launched"."""
    return {t.lemma_.lower() for t in sentence if t.tag_ == "NNS" and is_format(t) and _creating_verb(t) is not None}


def _format_candidate(noun: Token, sentence: Sentence, entities: EntityIndex, verb: Token | None) -> Candidate | None:
    described = Span(sentence.start_char, sentence.end_char)
    name = name_of(noun, (sentence.start, sentence.end)) if noun.text[:1].isupper() else []
    actor = actor_of(verb, entities) if verb is not None else None
    candidate: Candidate | None
    if name:
        span = Span(name[0].idx, name[-1].idx + len(name[-1]))
        candidate = Candidate(
            kind="other",
            title=sentence.doc[name[0].i : name[-1].i + 1].text,
            head_word=noun.text,
            title_span=span,
            extent=span,
            description=described,
            actor=actor,
        )
    elif noun.lemma_.lower() in initiative_cues().named_only_formats:
        return None  # "a constructive dialogue" is a manner of talking, not a format
    else:
        candidate = make_candidate(noun, (sentence.start, sentence.end), "other", None, actor, described)
    if candidate is not None:
        candidate.status = _status(verb)
        candidate.found_by = "format_creation"
        candidate.context = [described]
    return candidate


def _counted_topics(noun: Token, sentence: Sentence) -> list[str]:
    """Return the topics of "three working groups focused on A, B, and C" when they count as many as said."""
    count = next((_NUMBERS.get(c.lower_) for c in noun.children if c.dep_ == "nummod"), None)
    if count is None:
        return []
    after = sentence.doc[noun.i + 1 : sentence.end].text
    match = _TOPICS.match(after.strip())
    if match is None:
        return []
    topics = [re.sub(r"^(?:and|or)\s+", "", t.strip()) for t in match.group("topics").split(",")]
    if len(topics) == count - 1 and " and " in topics[-1]:  # "on water and tourism": the last pair splits
        topics[-1:] = topics[-1].rsplit(" and ", 1)
    return topics if len(topics) == count and all(topics) else []


def _topic_candidates(noun: Token, sentence: Sentence, verb: Token | None) -> list[Candidate]:
    """Return one "working group on A" per counted topic of a format set up with its parts."""
    described = Span(sentence.start_char, sentence.end_char)
    kind = "working group" if noun.lower_ == "groups" else noun.lemma_.lower()
    span = Span(noun.idx, noun.idx + len(noun))
    return [
        Candidate(
            kind="other",
            title=f"{kind} on {topic}",
            head_word=noun.lemma_,
            title_span=span,
            extent=span,
            description=described,
            status=_status(verb),
            context=[described],
            found_by="format_creation",
        )
        for topic in _counted_topics(noun, sentence)
    ]


def _sets_up(sentence: Sentence) -> bool:
    cues = initiative_cues()
    return any(t.lemma_.lower() in cues.creation_verbs | cues.creation_relay_nouns for t in sentence)


def find_formats(sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return the institutions and formats a sentence shows being set up, launched or first held."""
    found: list[Candidate] = []
    plural = _created_plural(sentence)
    for noun in sentence:
        if noun.i in taken or not is_format(noun):
            continue
        verb = _creating_verb(noun)
        if noun.tag_ in ("NNS", "NNPS"):
            if _sets_up(sentence):
                found += _topic_candidates(noun, sentence, verb or sentence.root)
            continue
        named_in_a_created_series = noun.text[:1].isupper() and noun.lemma_.lower() in plural
        if not (verb or _relayed_by_creation(noun) or _opens_a_series(noun) or named_in_a_created_series):
            continue
        candidate = _format_candidate(noun, sentence, entities, verb)
        if candidate is not None:
            found.append(candidate)
            title = sentence.doc.char_span(candidate.title_span.start, candidate.title_span.end, "expand")
            taken.update(t.i for t in title or [noun])
    return found
