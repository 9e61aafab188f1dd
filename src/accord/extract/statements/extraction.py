"""Statements: what somebody said, quoted, spoken in a transcript, introduced by a colon or reported.

Each statement is one sentence of speech, so every claim is tied to its own sentence. The speech is:
quotations (see quotations.py); transcript turns and passages introduced by "X said:" (passages.py);
and reported speech, "X noted that ..." (reported.py), kept with direct=False.

The speaker of a quotation is, in this order: the name before a headline's colon ("Surname: “...”");
the subject of a speech verb outside the quotation in its sentence ("said", "noted", "according to"),
where "he", "she" or "the president" points back (speakers.py); the person named last before the
quotation in its sentence; the speaker of the quotation just before it, in its paragraph or the one
before ("“...,” said X. “...”"). A quotation with no speaker is left out.

A quotation repeated in the headline and the body gives two statements: headlines often shorten or
recase the words, and each is evidence of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from accord.extract.entities.index import EntityIndex
from accord.extract.language.speech import speech_lexicon
from accord.extract.statements.passages import find_passages
from accord.extract.statements.quotations import find_quotations, is_speech, sentence_pieces, trimmed
from accord.extract.statements.reported import reported_speech
from accord.extract.statements.speakers import fullest_name, person_called, subject_speaker
from accord.nlp import text_of
from accord.record import EntityType, Span, Statement

__all__ = ["extract_statements", "find_quotations"]

_SPEAKER_TYPES: tuple[EntityType, ...] = ("person", "organization")
_IRREGULAR_SPEECH = frozenset({"said", "says", "told", "wrote", "spoke", "stated"})
_HEADLINE_SPEAKER = re.compile(r"^\s*([A-Z][\w.’'\- ]{1,60}?)\s*:\s*$")


def _speech_speaker(context: list[Token], quote: Span, entities: EntityIndex) -> str | None:
    """Return the subject of a speech verb outside the quotation, or X of "according to X"."""
    lexicon = speech_lexicon()
    for token in context:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects and (speaker := subject_speaker(objects[0], entities, _SPEAKER_TYPES, quote.start)):
                return speaker
        if token.pos_ == "VERB" and token.lemma_ in lexicon.speech_verbs:
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not (quote.start <= child.idx < quote.end):
                    speaker = subject_speaker(child, entities, _SPEAKER_TYPES, quote.start)
                    if speaker is not None:
                        return speaker
    return None


def _without_speech_verb(name: str) -> str:
    """Return "Galuzin" for "Galuzin said" (from "Galuzin said: “...”")."""
    head, _, last = name.rpartition(" ")
    verbs = speech_lexicon().speech_verbs
    word = last.casefold()
    stems = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ied") else word}
    said = word in _IRREGULAR_SPEECH or bool(stems & verbs)
    return head if head and said else name


def _headline_speaker(text: str, quote: Span, entities: EntityIndex) -> str | None:
    line_start = text.rfind("\n", 0, quote.start) + 1
    match = _HEADLINE_SPEAKER.match(text[line_start : quote.start - 1])
    if match is None:
        return None
    name = _without_speech_verb(match.group(1).strip())
    person = person_called(name, entities)
    return person.name if person else name


def _speaker(text: str, quote: Tokens, span: Span, entities: EntityIndex) -> str | None:
    headline = _headline_speaker(text, span, entities)
    if headline is not None:
        return headline
    first, last = quote[0].sent, quote[-1].sent
    context = [t for t in quote.doc[first.start : last.end] if not (span.start <= t.idx < span.end)]
    speaker = _speech_speaker(context, span, entities)
    if speaker is None:
        before = entities.within(first.start_char, span.start, types=("person",))
        speaker = before[-1].name if before else None
    return speaker


def _follows(text: str, previous: Span, span: Span) -> bool:
    """Tell whether a quotation comes in the paragraph of the speech before, or in the very next paragraph."""
    breaks = re.findall(r"\n\s*", text[previous.end : span.start].strip())
    return previous.end <= span.start and len(breaks) <= 1


def _quoted(
    doc: Doc, text: str, entities: EntityIndex, taken: list[Span], told: list[tuple[str, Span, bool]]
) -> list[tuple[str, Span, bool]]:
    """Return the quotations outside `taken` as statements; one with no speaker of its own continues
    the speech just before it, quoted or `told` ("“...,” said X. “...”": the second part is X's too)."""
    found: list[tuple[str, Span, bool]] = []
    for quotation in find_quotations(text):
        span = trimmed(text, quotation)
        quote = doc.char_span(span.start, span.end, alignment_mode="expand")
        if quote is None or not is_speech(doc, quote) or any(span.start < t.end and t.start < span.end for t in taken):
            continue
        speaker = _speaker(text, quote, span, entities)
        if speaker is None:
            before = [item for item in told + found if item[1].end <= span.start]
            previous = max(before, key=lambda item: item[1].end, default=None)
            if previous is not None and _follows(text, previous[1], span):
                speaker = previous[0]
        if speaker is not None:
            found += [(speaker, piece, True) for piece in sentence_pieces(doc, text, span)]
    return found


def extract_statements(doc: Doc, entities: EntityIndex) -> list[Statement]:
    """Find what the persons of a document said, one statement per sentence, and who said it."""
    text = text_of(doc)
    passages = find_passages(doc, text, entities)
    spoken = [
        (p.speaker, piece, True) for p in passages for piece in sentence_pieces(doc, text, p.span, whole_sentences=True)
    ]
    taken = [p.span for p in passages]
    quotations = find_quotations(text)
    reported = [(speaker, span, False) for speaker, span in reported_speech(doc, entities, taken + quotations)]
    quoted = _quoted(doc, text, entities, taken, reported)
    statements: list[Statement] = []
    for speaker, span, direct in sorted(spoken + quoted + reported, key=lambda item: item[1].start):
        statements.append(
            Statement(
                id=f"statement-{len(statements) + 1}",
                speaker=fullest_name(speaker, entities),
                text=text[span.start : span.end],
                direct=direct,
                evidence=[span],
            )
        )
    return statements
