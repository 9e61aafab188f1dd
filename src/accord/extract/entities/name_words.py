"""Name words: the tests on a name's words that finding, splitting and typing names share.

A word capitalized or an acronym, a word that can be part of a person's name, a name's head noun, a
span right after "<title> of"; and a span trimmed of the articles and marks the model takes in with it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.extract.language import gazetteer
from accord.extract.language.lexicon import TITLE_MODIFIERS, is_title_word, words

CONNECTORS = frozenset({"of", "for", "on"})
QUOTES = "\"'“”‘’«»"
INITIAL = re.compile(r"[A-Z]\.")
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")


def is_capitalized(token: Token) -> bool:
    return token.is_title or (token.is_upper and token.is_alpha) or bool(_ACRONYM.match(token.text))


def is_acronym(token: Token) -> bool:
    return len(token.text) >= 2 and bool(_ACRONYM.match(token.text)) and token.pos_ in {"PROPN", "NOUN", "X"}


def _is_trailing_mark(token: Token) -> bool:
    return token.is_punct or token.tag_ == "POS" or token.text in QUOTES


def trim(span: Span) -> Span | None:
    """Drop leading determiners and titles, trailing possessives and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    opening = next((t.i for t in doc[start:end] if t.text == "("), None)
    if opening is not None and not any(t.text == ")" for t in doc[opening:end]):
        end = opening
    while end > start and _is_trailing_mark(doc[end - 1]):
        end -= 1
    while end > start and doc[end - 1].lower_ in {"and", "of"}:  # "Almalyk Mining and", "Jane Doe of" cut short
        end -= 1
    while end - 1 > start and doc[end - 1].is_stop and not doc[end - 1].is_upper:
        end -= 1  # "the United States Government | Here's how you know": a page's next words
        while end > start and _is_trailing_mark(doc[end - 1]):
            end -= 1
    return doc[start:end] if end > start else None


def head_word(span: Span) -> str:
    """Return a name's head noun, lower-cased: its last word, or the word before its first "of/for/on"."""
    head = next((t.nbor(-1) for t in span[1:] if t.lower_ in CONNECTORS), span[-1])
    return head.lemma_.casefold() if head.lemma_ else head.lower_


def is_name_word(token: Token) -> bool:
    """Tell whether a token can be part of a person's name: capitalized, and no title, body or country."""
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and not is_title_word(token.text)
        and token.lower_ not in TITLE_MODIFIERS  # "the Georgian First [Deputy Minister]"
        and token.lower_ not in words("org_words")
        and gazetteer.country_named(token.text) is None
    )


def follows_title_of(span: Span, titles: frozenset[str] | None = None) -> bool:
    """Tell whether a span comes right after "<title> of", "<title> for" or "<title> of the" ("President of",
    "Commissioner for", "Minister of the"); with `titles`, after one of those titles only."""
    doc = span.doc
    start = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start
    if start < 2 or doc[start - 1].lower_ not in {"of", "for"}:
        return False
    title = doc[start - 2]
    return title.lower_ in titles if titles is not None else is_title_word(title.text)
