"""The kind of thing a name is, read from the common noun the text describes it with.

A text often says what a name stands for: "Aldmoor is a village", "Brightway, a software company",
"the band Velvet Lane", "the town of Aldmoor", "guitarists such as Rui Costa and Ana Lima". That noun
decides between a person, an organization and a place better than the model's label, which is a guess
from the name's letters and its neighbours.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from accord.extract.language.lexicon import rows
from accord.record import EntityType

_LIST_PREPOSITIONS = frozenset({"as", "like", "including"})


@cache
def class_nouns() -> dict[str, EntityType]:
    """Return the common nouns that say what kind of thing a name is, with the type each gives."""
    return {noun: kind for noun, kind in rows("class_nouns")}  # type: ignore[misc]


def _kind_of(noun: Token) -> EntityType | None:
    """Return the type a common noun gives ("village": place); None for a name or another word."""
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    return class_nouns().get(noun.lemma_.casefold())


def described_type(span: Span) -> EntityType | None:
    """Return the type the text gives a name through a common noun for its kind, if it gives one."""
    root = span.root
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None  # "bands such as Jane Doe's": the owner, not the thing described
    return (
        _by_copula(span, root)
        or _by_apposition(span, root)
        or _by_premodifier(span)
        or _by_place_of(span, root)
        or _by_example_list(root)
    )


def _by_copula(span: Span, root: Token) -> EntityType | None:
    """Type a name that opens a sentence "<name> is a <noun>" ("Aldmoor is a small village")."""
    verb = root.head
    opening = span.sent.start
    if span.start > opening and not (span.start == opening + 1 and span.doc[opening].lower_ == "the"):
        return None  # "born in Aldmoor, Westshire is a singer": a name inside the subject is not it
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
    return _kind_of(attribute) if attribute is not None and attribute.i > root.i else None


def _by_apposition(span: Span, root: Token) -> EntityType | None:
    """Type a name set off by commas with a noun for its kind, after it or before it ("Brightway, a
    software company"; "the record label, Brightway")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ",":
        for child in root.children:
            if child.dep_ == "appos" and child.i > span.end and (kind := _kind_of(child)) is not None:
                return kind
    if root.dep_ == "appos" and root.head.i < span.start and doc[span.start - 1].text == ",":
        return _kind_of(root.head)
    return None


def _by_premodifier(span: Span) -> EntityType | None:
    """Type a name right after a noun for its kind that modifies it ("the band Velvet Lane")."""
    if span.start == 0:
        return None
    noun = span.doc[span.start - 1]
    modifies = noun.dep_ in {"compound", "nmod", "appos"} and span.start <= noun.head.i < span.end
    if not modifies and not (span.root.dep_ == "appos" and span.root.head.i == noun.i):
        return None  # "the journal Science Today" is parsed either way
    if any(c.dep_ == "conj" for c in span.root.children):
        return None  # "the duo Jane Doe and John Roe": the noun stands for the pair, not for one name
    return _kind_of(noun)


def _by_place_of(span: Span, root: Token) -> EntityType | None:
    """Type a name after "<place noun> of" as a place ("the town of Aldmoor", "the island of Vell")."""
    if span.start < 2 or root.dep_ != "pobj" or root.head.i != span.start - 1 or root.head.lower_ != "of":
        return None
    noun = span.doc[span.start - 2]
    kind = _kind_of(noun) if noun.tag_ == "NN" and root.head.head.i == noun.i else None
    return kind if kind == "place" else None


def _by_example_list(root: Token) -> EntityType | None:
    """Type the names a plural noun for their kind introduces ("bands like A, B and C", "cities such as A")."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ not in _LIST_PREPOSITIONS:
        return None
    if preposition.lower_ == "as" and not (preposition.i > 0 and preposition.nbor(-1).lower_ == "such"):
        return None
    noun = preposition.head
    kind = _kind_of(noun) if noun.tag_ == "NNS" else None
    # "bands and singers such as ...": nouns of two kinds leave each name's kind open
    return kind if all(_kind_of(c) == kind for c in noun.children if c.dep_ == "conj") else None
