"""Spans that look like names and are none: ordinary words capitalized, initials, postal codes, the model
of a made thing, the first half of a hyphenated word, a web page's links copied with its text.

The model tags such spans because they are capitalized; each test here says why one is no name, so the
rules that type names never see it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.extract.language import gazetteer
from accord.extract.language.lexicon import words
from accord.nlp.pipeline import dictionary_words

_KNOWN_CITY_POPULATION = 100_000
_BULLETS = frozenset({"•", "·", "-", "–", "—", "*", "▪", "●"})
# A web page's own links and stamps, copied with its text: "Skip Global Navigation", "For Immediate Release".
_FURNITURE_VERBS = frozenset({"skip", "jump"})
_FURNITURE_PHRASES = frozenset({"immediate release", "for immediate release"})


def is_capitalized_common_word(token: Token) -> bool:
    """Tell whether a capitalized word is an ordinary English word the parser reads as one: an adverb, or an
    adjective not tagged a body ("a Liberal member" is a party's), anywhere ("Nationally"), a common noun or
    verb opening a sentence ("Success would follow")."""
    if token.is_upper or token.pos_ == "PROPN" or token.lower_ not in dictionary_words():
        return False
    adjective = token.pos_ == "ADV" or (token.pos_ == "ADJ" and token.ent_type_ != "ORG")
    opening = token.is_sent_start or (token.i > 0 and token.nbor(-1).text in _BULLETS)
    return adjective or (opening and token.pos_ in {"NOUN", "VERB"})


def is_page_furniture(span: Span) -> bool:
    """Tell a web page's link or stamp copied with its text ("Skip Breadcrumb Navigation", "Immediate Release")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    opening = span[0] if span[0].is_title else before
    skips = opening is not None and opening.is_title and opening.lower_ in _FURNITURE_VERBS
    return skips or span.text.casefold() in _FURNITURE_PHRASES


def names_a_product(span: Span) -> bool:
    """Tell whether a name stands right before a noun for a made thing ("the Geran drones"), which it names
    a model of, and no gazetteer knows it (the parse of such pairs is often wrong, so only the order counts)."""
    if len(span) > 2 or span.end >= len(span.doc):
        return False
    head = span.doc[span.end]
    return (
        head.is_lower
        and head.lemma_.casefold() in words("product_nouns")
        and gazetteer.country_named(span.text) is None
        and not _is_known_city(span.text)  # "the Moscow talks": a known city modifies as a place
    )


def _is_known_city(text: str) -> bool:
    """Tell whether a name is a city's own name, the city big enough to be written without its country."""
    city = gazetteer.city_named(text)
    own_name = city is not None and gazetteer.name_key(city.name) == gazetteer.name_key(text)
    return own_name and city is not None and city.population >= _KNOWN_CITY_POPULATION


def glued_to_a_word(span: Span) -> bool:
    """Tell whether a name is glued by a hyphen to a lower-case word after it ("Corona-virus")."""
    doc = span.doc
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not span[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
    )


def is_plural_common_noun(token: Token) -> bool:
    """Tell whether a capitalized word is the plural of an ordinary noun ("Heroes", "Criteria")."""
    lemma = token.lemma_.casefold()
    return token.tag_ in {"NNS", "NNPS"} and lemma != token.lower_ and lemma in dictionary_words()


def is_initials(span: Span) -> bool:
    """Tell whether a span is dotted initials ("A.A.", "D.C.") that name no country or international body."""
    letters = span.text.replace(".", "")
    return (
        span.text.count(".") >= 2
        and letters.isalpha()
        and len(letters) <= 3
        and gazetteer.country_abbreviated(span.text) is None
        and gazetteer.international_organization(span.text) is None
    )


def is_state_code(span: Span) -> bool:
    """Tell whether a span is a two-letter postal code after a town and a comma ("Portland, OR")."""
    doc = span.doc
    after_town = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "GPE"
    code = len(span) == 1 and len(span.text) == 2 and span.text.isupper() and span.text.isalpha()
    return code and after_town and gazetteer.country_named(span.text) is None  # "Cambridge, UK" names a country
