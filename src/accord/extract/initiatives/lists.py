"""Lists: the bulleted or numbered items a line ending in a colon introduces ("He also proposed:")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.items import make_candidate, object_of
from accord.extract.language.cues import initiative_cues
from accord.record import InitiativeKind, Span, Status

# A list item opens with a bullet sign, a number or a letter: "▪ ", "• ", "- ", "1. ", "b) ".
_BULLET = re.compile(r"[ \t\u00a0]*(?:[▪•·●◦‣∙■□➢►*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t\u00a0]+")
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


def _list_intro(verb: Token) -> Token | None:
    """Return the colon ending a "He also proposed:" line, if the verb's line ends that way."""
    doc = verb.doc
    for token in doc[verb.i + 1 : verb.sent.end + 1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            break
        if token.text == ":" and (token.i + 1 == len(doc) or "\n" in token.whitespace_ + doc[token.i + 1].text):
            return token
    return None


def list_lines(verb: Token) -> list[tuple[int, int]]:
    """Return the character ranges of the bulleted items a "He also proposed:" line introduces."""
    colon = _list_intro(verb)
    if colon is None:
        return []
    offset = colon.idx + 1
    text = verb.doc[colon.i + 1 :].text if colon.i + 1 < len(verb.doc) else ""
    items = []
    position = 0
    for line in text.splitlines(keepends=True):
        bullet = _BULLET.match(line)
        if bullet:
            items.append((offset + position + bullet.end(), offset + position + len(line.rstrip("\r\n"))))
        elif line.strip():
            break
        position += len(line)
    return items


def _line_heads(doc: Doc, start: int, end: int) -> tuple[int, int, list[Token]]:
    """Return a list line's token bounds and its item heads: the opening word and any "and <gerund> X"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0, 0, []
    words = [t for t in span if not t.is_space and not t.is_punct]
    while words and words[0].lower_ == "to" and len(words) > 1 and words[1].pos_ in _VERBS:
        words = words[1:]  # "– to establish a council": the infinitive's verb opens the item
    if not words:
        return 0, 0, []
    first = words[0]
    shared = [c for c in first.children if c.dep_ == "conj" and c.pos_ in _VERBS and c.i == first.i + 2]
    if first.pos_ in _VERBS and object_of(first) is None and shared and object_of(shared[0]) is not None:
        first = shared[0]  # "Modernize and strengthen the grid": the second verb holds the shared object
    if first.pos_ not in _VERBS:
        first = next(
            (t for t in words if t.pos_ in _NOUNS and (not span.start <= t.head.i < span.end or t.head.i == t.i)),
            words[0],
        )
    heads = [first]
    for token in words[1:]:
        previous = doc[token.i - 1] if token.i else token
        if (
            token.tag_ == "VBG"
            and token.dep_ == "conj"
            and previous.lower_ in ("and", ",")
            and object_of(token) is not None
        ):
            heads.append(token)
    return span.start, span.end, heads


def _relayed(head: Token) -> Token:
    """Return what "construction of X" or "the opening of X" is about: X names the item."""
    if head.pos_ not in _NOUNS or head.lemma_.lower() not in initiative_cues().project_relay_nouns:
        return head
    for preposition in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in preposition.children if c.dep_ == "pobj" and c.pos_ in _NOUNS):
            return pobj
    return head


def listed_candidates(
    verb: Token, lines: list[tuple[int, int]], kind: InitiativeKind, status: Status | None, entities: EntityIndex
) -> list[Candidate]:
    """Return one candidate per item of the list a verb introduces, each inheriting the verb's actor."""
    actor = actor_of(verb, entities)
    found = []
    for start, end in lines:
        lo, hi, heads = _line_heads(verb.doc, start, end)
        limits = [h.i for h in heads[1:]] + [hi]
        for head, limit in zip(heads, limits, strict=True):
            candidate = make_candidate(_relayed(head), (lo, limit), kind, status, actor, Span(start, end))
            if candidate is not None:
                candidate.context = [Span(start, end)]  # the whole line tells its schedule and figures
                candidate.found_by = "list_item"
                found.append(candidate)
    return found
