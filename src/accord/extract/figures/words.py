"""Neighbouring words: the token before or after another, past whitespace tokens."""

from __future__ import annotations

from spacy.tokens import Token


def next_word(token: Token) -> Token | None:
    """Return the next token that is not whitespace."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def previous_word(token: Token) -> Token | None:
    """Return the previous token that is not whitespace."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.doc[i] if i >= 0 else None
