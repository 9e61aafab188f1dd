"""Titles: the short noun phrase a person would use to name an initiative, cut from its parse subtree."""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.extract.language.cues import initiative_cues
from accord.record import Span

# Dependents that belong to the sentence around an item, not to its name.
_SIDE_CLAUSES = frozenset({"relcl", "advcl", "parataxis"})
_TOP_SIDE = frozenset(
    {
        "conj",
        "cc",
        "mark",
        "aux",
        "auxpass",
        "neg",
        "advmod",
        "npadvmod",
        "nsubj",
        "nsubjpass",
        "preconj",
        "dative",
        "agent",
    }
)
_MAKING_VERBS = frozenset({"produce", "manufacture", "make", "assemble", "process", "refine", "generate"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "pobj", "pcomp"})
_OPENING_QUOTES = '“«"‘'
_CLOSING_QUOTES = '”»"’'
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def is_date_phrase(prep: Token) -> bool:
    """Tell a prepositional phrase that only dates ("through 2027", "by the end of 2030") from one that names."""
    return (
        prep.dep_ == "prep"
        and any(tok.ent_type_ == "DATE" or _YEAR.match(tok.text) for tok in prep.subtree if tok is not prep)
        and all(tok.ent_type_ in ("DATE", "") for tok in prep.subtree if tok.pos_ == "PROPN")
    )


def _is_infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)


def _keeps(child: Token, parent: Token, top: bool, separate: set[int]) -> bool:
    if child.dep_ in ("acl", "relcl", "xcomp", "advcl") and _is_infinitive(child):
        # "measures to increase trade" needs its purpose, "an industrial complex to manufacture solar panels"
        # what it makes; "a council to oversee it" does neither.
        cues = initiative_cues()
        makes = parent.lemma_.lower() in cues.project_nouns and child.lemma_.lower() in _MAKING_VERBS
        return makes or parent.lemma_.lower() in cues.generic_nouns
    if child.i in separate or child.dep_ in _SIDE_CLAUSES or (top and child.dep_ in _TOP_SIDE):
        return False
    if child.dep_ == "prep" and (child.lemma_ in ("include", "such", "by") or is_date_phrase(child)):
        return False  # "by Masdar" tells who builds it, "by 2030" when: neither names it
    if child.dep_ == "acl" and child.tag_ in ("VBD", "VBZ", "VBP"):
        return False  # "the agreement between X and Y supposed to ...": a finite verb begins a clause, not a name
    if child.dep_ == "acl" and child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children):
        return False  # "built by X" says who builds it, not what it is called
    if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in initiative_cues().agreement_verbs:
        return False  # "the Agreement signed in 1991" says when it was signed, not what it is called
    return not (
        child.dep_ == "acl"
        and child.tag_ in ("VBN", "VBG")
        and any(t.text == "," for t in parent.doc[parent.i : child.i])
    )


def item_tokens(head: Token, lo: int, hi: int, separate: set[int]) -> list[Token]:
    """Return the tokens naming the item headed by `head` inside token range [lo, hi), side clauses cut."""
    kept = {head.i}
    stack = [(head, True)]
    while stack:
        token, top = stack.pop()
        for child in token.children:
            if lo <= child.i < hi and _keeps(child, token, top, separate):
                kept.add(child.i)
                stack.append((child, top and child.dep_ in _OBJECTS and token.pos_ in ("VERB", "AUX")))
    doc = head.doc
    first = min(kept)
    run = []
    for i in range(first, hi):
        if i in kept:
            if doc[i].text == "(":
                break
            run.append(doc[i])
        elif not doc[i].is_space:
            break
    return run


def _trimmed(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Cut a leading light verb, a leading "in <place>", edge words and a bare participle at the end; return
    (title, place words)."""
    light = initiative_cues().light_verbs
    if tokens and tokens[0].pos_ in ("VERB", "AUX") and tokens[0].lemma_.lower() in light:
        tokens = tokens[1:]
    place: list[Token] = []
    if tokens and tokens[0].pos_ == "ADP":
        determiner = next((k for k, t in enumerate(tokens[:7]) if t.pos_ == "DET"), None)
        if determiner:
            place, tokens = tokens[1:determiner], tokens[determiner:]
    while (
        tokens
        and (
            tokens[0].is_space or tokens[0].pos_ in ("DET", "PUNCT", "CCONJ", "PART", "ADP") or tokens[0].tag_ == "PRP$"
        )
        and tokens[0].text not in _OPENING_QUOTES
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_space
        or tokens[-1].pos_ in ("DET", "CCONJ", "ADP", "PART")
        or (tokens[-1].pos_ == "PUNCT" and tokens[-1].text not in _CLOSING_QUOTES + ")")
        or _bare_participle(tokens[-1])
    ):
        tokens = tokens[:-1]
    return tokens, place


def _bare_participle(token: Token) -> bool:
    """Tell a participle left at a title's end once its date or place went ("the old bridge built [in 1982]")."""
    return token.tag_ in ("VBN", "VBG") and token.dep_ == "acl" and token.i > token.head.i


def _balanced(tokens: list[Token]) -> list[Token]:
    opened = sum(t.text in _OPENING_QUOTES for t in tokens) - sum(t.text in _CLOSING_QUOTES for t in tokens)
    if opened > 0:
        following = tokens[-1].nbor(1) if tokens[-1].i + 1 < len(tokens[-1].doc) else None
        if following is not None and following.text in _CLOSING_QUOTES:
            return [*tokens, following]
        return [t for t in tokens if t.text not in _OPENING_QUOTES]
    return tokens


_SUMS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})


def names_a_thing(token: Token) -> bool:
    """Tell whether a word of a title names a thing: a noun, not a sum, its money or the branch of the
    economy it goes into ("another 10 billion rubles", "in the agro-industrial sector" name none), nor
    one that points back ("for these purposes")."""
    cues = initiative_cues()
    lemma = token.lemma_.lower()
    sum_word = token.ent_type_ in _SUMS or lemma in cues.money_nouns or lemma in cues.domain_nouns
    points_back = any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in token.children)
    return token.pos_ in ("NOUN", "PROPN") and not sum_word and not points_back


def title_of(tokens: list[Token]) -> tuple[str, Span, Span | None] | None:
    """Return (title, its span, a place span cut from its front) for item tokens, or None if nothing is left."""
    title_tokens, place = _trimmed(tokens)
    if not title_tokens:
        return None
    title_tokens = _balanced(title_tokens)
    doc = title_tokens[0].doc
    start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1])
    text = re.sub(r"\s+", " ", doc[title_tokens[0].i : title_tokens[-1].i + 1].text).strip()
    place_span = Span(place[0].idx, place[-1].idx + len(place[-1])) if place else None
    return text, Span(start, end), place_span
