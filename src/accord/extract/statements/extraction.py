"""Statements: direct quotations attributed to their speakers.

A quotation is the text between matching quotation marks of any style (“ ” « » ‘ ’ „ " '),
or, when the closing mark is missing, from an opening mark to the end of its paragraph. It is a
statement when it reads like a clause: at least four words with a verb, and not in the place of
a name ("the “Engineers of the Future” consortium", "‘Time for Good Deeds’ forums").

The speaker is, in this order: the name before a headline's colon ("Surname: “...”"); the
subject of a speech verb outside the quotation in its sentence ("said", "noted", "according
to"), where "he", "she" or "the president" is the person named last before; the person named
last before the quotation in its sentence. A quotation with no speaker is left out.

A quotation repeated in the headline and the body gives two statements: headlines often
shorten or recase the words, and each is evidence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from accord.extract.entities.index import EntityIndex
from accord.extract.language.speech import SpeechLexicon, speech_lexicon
from accord.record import Entity, EntityType, Span, Statement

_CLOSING = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "'": "'"}
_MIN_WORDS = 4
_SPEAKER_TYPES: tuple[EntityType, ...] = ("person", "organization")
_IRREGULAR_SPEECH = frozenset({"said", "says", "told", "wrote", "spoke", "stated"})
_HEADLINE_SPEAKER = re.compile(r"^\s*([A-Z][\w.’'\- ]{1,60}?)\s*:\s*$")
# Parts of speech that put a quotation in the place of a name: "the “X” forum", "consortium “X”".
_NAME_POSITION_BEFORE = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM"})


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'‘":  # not an apostrophe inside a word ("Uzbekistan's") or an elision ("'90s")
        return not before.isalnum() and after.isalpha()
    return not after.isspace()


def _closes(text: str, i: int, mark: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'’":  # an apostrophe is followed by a letter ("Russia’s")
        return not after.isalpha()
    return True


def _paragraph_quotes(text: str, offset: int) -> Iterator[Span]:
    i = 0
    while i < len(text):
        mark = text[i]
        if mark not in _CLOSING or not _opens(text, i):
            i += 1
            continue
        closing = _CLOSING[mark]
        end = next((j for j in range(i + 1, len(text)) if text[j] == closing and _closes(text, j, closing)), -1)
        if end == -1 and mark == "'":
            i += 1  # a lone straight apostrophe opens nothing
            continue
        stop = end if end != -1 else len(text.rstrip())
        yield Span(offset + i + 1, offset + stop)
        i = stop + 1


def find_quotations(text: str) -> list[Span]:
    """Return the spans inside quotation marks, paragraph by paragraph, without the marks."""
    spans: list[Span] = []
    offset = 0
    for paragraph in text.split("\n"):
        spans.extend(_paragraph_quotes(paragraph, offset))
        offset += len(paragraph) + 1
    return spans


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span(start, end)


def _tokens(doc: Doc, span: Span) -> Tokens | None:
    return doc.char_span(span.start, span.end, alignment_mode="expand")


def _word_next_to(doc: Doc, index: int, step: int, skip_punct: bool = False) -> Token | None:
    """Return the nearest token from `index` on in direction `step` that is not whitespace."""
    while 0 <= index < len(doc):
        token = doc[index]
        if "\n" in token.text:
            return None
        if not token.is_space and not (skip_punct and token.is_punct):
            return token
        index += step
    return None


def _is_statement(doc: Doc, quote: Tokens) -> bool:
    """Tell whether quoted words read like something said, not like a quoted name."""
    words = [t for t in quote if t.is_alpha]
    if len(words) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in quote):
        return False
    mark = _word_next_to(doc, quote.start - 1, -1)
    before = _word_next_to(doc, mark.i - 1, -1) if mark is not None else None
    after = _word_next_to(doc, quote.end, 1, skip_punct=True)
    named_before = before is not None and before.pos_ in _NAME_POSITION_BEFORE
    return not named_before and not (after is not None and after.pos_ == "NOUN")


def _entity_in(tokens: Tokens, entities: EntityIndex) -> Entity | None:
    found = entities.within(tokens.start_char, tokens.end_char, types=_SPEAKER_TYPES)
    return found[0] if found else None


def _subject_speaker(subject: Token, quote: Span, entities: EntityIndex, lexicon: SpeechLexicon) -> Entity | None:
    phrase = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    named = _entity_in(phrase, entities)
    if named is not None:
        return named
    refers_back = subject.lower_ in lexicon.pronouns or (
        subject.lemma_.casefold() in lexicon.title_nouns and any(c.lower_ == "the" for c in subject.lefts)
    )
    if refers_back:
        return entities.person_before(min(subject.idx, quote.start))
    return None


def _speech_speaker(context: list[Token], quote: Span, entities: EntityIndex) -> Entity | None:
    """Return the subject of a speech verb outside the quotation, or X of "according to X"."""
    lexicon = speech_lexicon()
    for token in context:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects and (speaker := _subject_speaker(objects[0], quote, entities, lexicon)):
                return speaker
        if token.pos_ == "VERB" and token.lemma_ in lexicon.speech_verbs:
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not (quote.start <= child.idx < quote.end):
                    speaker = _subject_speaker(child, quote, entities, lexicon)
                    if speaker is not None:
                        return speaker
    return None


def _person_called(name: str, entities: EntityIndex) -> Entity | None:
    """Return the entity called `name`, or the one person whose full name ends with it (a surname)."""
    known = entities.named(name)
    if known is not None:
        return known
    surname = name.casefold()
    people = [e for e in entities.entities if e.type == "person" and e.name.casefold().endswith(" " + surname)]
    return people[0] if len(people) == 1 else None


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
    person = _person_called(name, entities)
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
        speaker = before[-1] if before else None
    return speaker.name if speaker else None


def extract_statements(doc: Doc, entities: EntityIndex) -> list[Statement]:
    """Find the direct quotations of a document and who said them."""
    statements: list[Statement] = []
    text = doc.text  # Doc.text joins every token: build it once
    for quotation in find_quotations(text):
        span = _trimmed(text, quotation)
        quote = _tokens(doc, span)
        if quote is None or not _is_statement(doc, quote):
            continue
        speaker = _speaker(text, quote, span, entities)
        if speaker is None:
            continue
        statements.append(
            Statement(
                id=f"statement-{len(statements) + 1}",
                speaker=speaker,
                text=text[span.start : span.end],
                evidence=[span],
            )
        )
    return statements
