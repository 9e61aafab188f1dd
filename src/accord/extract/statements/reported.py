"""Reported speech: what a person is told to have said in the text's own words.

"X noted that ...", "X stressed the importance of ...", "he reaffirmed support for ...", "X opened
the meeting by highlighting ...": a reporting verb in the indicative whose subject is a person (or
"he", "she", "the Secretary") and whose clause or object holds what was said.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language.speech import speech_lexicon
from accord.extract.statements.speakers import subject_speaker
from accord.record import Span

_MIN_WORDS = 4
# Right-hand parts of a reporting verb that are not what was said.
_NOT_CONTENT = frozenset({"punct", "cc", "conj", "prt", "mark"})


def _subject(verb: Token) -> Token | None:
    """Return the subject of a reporting verb: its own, a coordinated verb's, or the verb a "by ..." explains."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ == "conj":
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "by":
            verb = verb.head.head
        else:
            return None
    return None


def _is_reported(verb: Token) -> bool:
    """Tell whether a verb reports something said, not planned or passive ("will stress", "was noted")."""
    lexicon = speech_lexicon()
    lemma = verb.lemma_.casefold()
    if verb.pos_ != "VERB" or lemma not in lexicon.reporting_verbs | lexicon.stance_verbs:
        return False
    if verb.tag_ == "VBG":
        return verb.dep_ == "pcomp" and verb.head.lower_ == "by"
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    return not any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _content(verb: Token) -> tuple[int, int] | None:
    """Return the token range of what a reporting verb says: its clause, or its object and what follows."""
    lexicon = speech_lexicon()
    parts = [c for c in verb.rights if c.dep_ not in _NOT_CONTENT]
    takes_object = verb.lemma_.casefold() in lexicon.stance_verbs
    if not any(c.dep_ == "ccomp" or (takes_object and c.dep_ == "dobj") for c in parts):
        return None
    clauses = [c for c in parts if c.dep_ == "ccomp"]
    parts = clauses or parts  # "noted, in part, that ...": what was said is the clause
    start = min(c.left_edge.i for c in parts)
    end = max(c.right_edge.i for c in parts) + 1
    doc = verb.doc
    while start < end and (doc[start].lower_ == "that" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if sum(doc[i].is_alpha for i in range(start, end)) >= _MIN_WORDS else None


def _overlaps(start: int, end: int, taken: list[Span]) -> bool:
    return any(start < span.end and span.start < end for span in taken)


def reported_speech(doc: Doc, entities: EntityIndex, taken: list[Span]) -> Iterator[tuple[str, Span]]:
    """Yield (speaker, span) for each reported statement outside the `taken` spans (quotations, turns)."""
    for verb in doc:
        if not _is_reported(verb) or _overlaps(verb.idx, verb.idx + 1, taken):
            continue
        content = _content(verb)
        subject = _subject(verb)
        if content is None or subject is None:
            continue
        first, last = doc[content[0]], doc[content[1] - 1]
        span = Span(first.idx, last.idx + len(last))
        if _overlaps(span.start, span.end, taken):
            continue
        speaker = subject_speaker(subject, entities, ("person",))
        if speaker is not None:
            yield speaker, span
