"""Merging: one initiative told several times ("a $40 million compact ... the Norland Compact ... the compact")
becomes one candidate, under its proper name when it has one."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accord.extract.initiatives.candidates import Candidate
from accord.nlp import text_of

_DESCRIBING = frozenset({"NUM", "ADJ", "SYM", "PUNCT", "DET", "ADV"})
_HEADLINE_LENGTH = 200  # a first line longer than this, or holding a sentence end, is no headline
_AMOUNTS = frozenset({"MONEY", "DATE", "CARDINAL", "QUANTITY"})  # "a five-year, $524 million compact"


def _key(title: str) -> str:
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", title.casefold()).strip("‘’“”'\" "))


def _fold(into: Candidate, other: Candidate) -> None:
    into.context += other.context
    into.actor = into.actor or other.actor
    into.status = into.status or other.status  # "signed a compact": the name told later is the signed one


def _is_named(candidate: Candidate) -> bool:
    return candidate.head_word[:1].isupper()


def _only_described(candidate: Candidate, doc: Doc) -> bool:
    """Tell "a five-year, $524 million compact" (described by size and term only) from "a trade agreement"."""
    span = doc.char_span(candidate.title_span.start, candidate.title_span.end, alignment_mode="expand")
    if span is None or _is_named(candidate):
        return False
    heads = [t for t in span if t.text == candidate.head_word]
    before = span[: heads[0].i - span.start] if heads else span
    return bool(heads) and all(t.pos_ in _DESCRIBING or t.ent_type_ in _AMOUNTS or t.text == "year" for t in before)


def _fold_described_into_named(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Fold "a $300 million compact" into the document's "Norland Investment Compact"."""
    named = {c.head_word.casefold(): c for c in reversed(candidates) if _is_named(c)}
    kept = []
    for candidate in candidates:
        target = named.get(candidate.head_word.casefold())
        if target is not None and target is not candidate and _only_described(candidate, doc):
            _fold(target, candidate)
        else:
            kept.append(candidate)
    return kept


def _fold_headline(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Fold a headline's initiative into the body's first one built on the same noun, a named one first."""
    headline_end = text.find("\n")
    if headline_end > _HEADLINE_LENGTH or ". " in text[:headline_end]:
        return candidates  # the text opens with a paragraph, not a headline
    body = sorted((c for c in candidates if c.title_span.start > headline_end), key=lambda c: not _is_named(c))
    for candidate in [c for c in candidates if c.title_span.start <= headline_end < len(text)]:
        same = next((c for c in body if c.head_word.casefold() == candidate.head_word.casefold()), None)
        if same is not None:
            _fold(same, candidate)
            candidates = [c for c in candidates if c is not candidate]
    return candidates


def _one_extends_the_other(a: str, b: str) -> bool:
    """Tell "investment compact" and "el salvador investment compact", or "pledge" and "pledge of x"."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short + " ") or long.endswith(" " + short)


def _fold_shorter_names(candidates: list[Candidate]) -> list[Candidate]:
    """Fold "the Memorandum of Understanding" into "the Memorandum of Understanding establishing X" (and
    "the Investment Compact" into "the Norland Investment Compact"), and repeated titles into the first."""
    kept: list[Candidate] = []
    for candidate in candidates:
        key = _key(candidate.title)
        same = next(
            (
                k
                for k in kept
                if _key(k.title) == key
                or (
                    k.head_word.casefold() == candidate.head_word.casefold()
                    and _one_extends_the_other(_key(k.title), key)
                )
            ),
            None,
        )
        if same is None:
            kept.append(candidate)
        else:
            _fold(same, candidate)
    return kept


def merged(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Return the candidates with every repeated mention folded into the one that stays."""
    text = text_of(doc)
    return _fold_shorter_names(_fold_headline(_fold_described_into_named(candidates, doc), text))
