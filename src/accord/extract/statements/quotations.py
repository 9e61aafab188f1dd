"""Quotations: the text between matching quotation marks of any style, and whether it reads like speech.

A quotation runs between matching marks (“ ” « » ‘ ’ „ " '), or, when the closing mark is missing,
from an opening mark to the end of its paragraph. It is speech when it reads like a clause: at least
four words with a verb, and not in the place of a name ("the “Engineers of the Future” consortium").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from accord.record import Span

_CLOSING = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "'": "'"}
QUOTE_MARKS = "“”«»„‘’\"'"
MIN_WORDS = 4
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


def trimmed(text: str, span: Span) -> Span:
    """Return the span without the spaces, quotation marks and clause punctuation at its edges."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" + QUOTE_MARKS):
        end -= 1
    return Span(start, end)


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


def reads_as_clause(tokens: Tokens) -> bool:
    """Tell whether words make a clause: at least four words and a verb."""
    words = [t for t in tokens if t.is_alpha]
    return len(words) >= MIN_WORDS and any(t.pos_ in ("VERB", "AUX") for t in tokens)


def is_speech(doc: Doc, quote: Tokens) -> bool:
    """Tell whether quoted words read like something said, not like a quoted name."""
    if not reads_as_clause(quote):
        return False
    mark = _word_next_to(doc, quote.start - 1, -1)
    before = _word_next_to(doc, mark.i - 1, -1) if mark is not None else None
    # A noun right after the closing mark takes the quotation for its name; after a comma it does not.
    after = _word_next_to(doc, quote.end, 1, skip_punct=True)
    comma_between = after is not None and any(t.text in ",;:" for t in doc[quote.end : after.i])
    named_after = after is not None and after.pos_ == "NOUN" and not comma_between
    named_before = before is not None and before.pos_ in _NAME_POSITION_BEFORE
    return not named_before and not named_after


def _sentences(doc: Doc, tokens: Tokens) -> Iterator[Tokens]:
    sentence = tokens[0].sent
    while True:
        yield sentence
        if sentence.end >= min(tokens.end, len(doc)):
            return
        sentence = doc[sentence.end].sent


def _is_full_sentence(part: Tokens, last_char: str) -> bool:
    return sum(t.is_alpha for t in part) >= MIN_WORDS and last_char in ".!?…"


def sentence_pieces(doc: Doc, text: str, span: Span, whole_sentences: bool = False) -> list[Span]:
    """Return the parts of a span (of `text`, the doc's text) in each of its sentences that read as clauses,
    or, with `whole_sentences`, that end as a sentence does (a spoken passage need not have a verb)."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return []
    pieces = []
    for sentence in _sentences(doc, tokens):
        piece = trimmed(text, Span(max(span.start, sentence.start_char), min(span.end, sentence.end_char)))
        part = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if part is None:
            continue
        if reads_as_clause(part) or (whole_sentences and _is_full_sentence(part, text[piece.end - 1])):
            pieces.append(piece)
    return pieces
