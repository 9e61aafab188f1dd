"""Entity mentions: typed, cleaned spans of names found in a parsed document.

spaCy's small English model finds most names but often types them wrongly (a city as a
person, a person as an organization) and cuts long organization names apart. Each candidate
span is therefore cleaned (determiners, titles and possessives dropped), widened over the
"of/for/on" tail of an organization name, and typed again with the gazetteers first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from accord.extract.entities.descriptions import described_type
from accord.extract.entities.joined_names import without_leading_title
from accord.extract.entities.name_spans import (
    NAME_LABELS,
    body_before_its_office,
    candidate_spans,
    split_at_lone_brackets,
    strip_titles,
    widen_organization,
    widen_to_quotes,
    with_first_conjunct,
)
from accord.extract.entities.name_types import (
    classify,
    country_in_name,
    extend_place,
    lone_common_nouns,
    may_be_described,
    named_countries,
    reads_as_a_personal_name,
)
from accord.extract.entities.name_words import follows_title_of, head_word, is_acronym, is_name_word, trim
from accord.extract.language import gazetteer
from accord.extract.language.lexicon import TITLE_MODIFIERS, body_nouns, is_title_word, words
from accord.nlp import text_of
from accord.record import EntityType

__all__ = ["NAME_LABELS", "Mention", "find_mentions", "named_countries"]


@dataclass
class Mention:
    """One typed occurrence of a name in the text."""

    start: int
    end: int
    text: str
    type: EntityType
    country: str | None = None
    weak: bool = False  # seen only in a title-case headline: kept only if the name recurs
    described: bool = False  # typed by a noun the text describes it with ("X, a company"): decides its name's type


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of lines written in title case, like headlines."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        line_words = re.findall(r"[A-Za-z][\w'’-]*", match.group())
        if 4 <= len(line_words) <= 25 and not match.group().rstrip().endswith("."):
            capitalized = sum(w[0].isupper() for w in line_words if len(w) > 3)
            long_words = sum(len(w) > 3 for w in line_words)
            if long_words and capitalized / long_words >= 0.75:
                lines.append((match.start(), match.end()))
    return lines


# "Minister of [Economy and Trade]", "Secretary of [State]" name portfolios, never bodies
_MINISTER = frozenset({"minister", "secretary"})


def _is_person_in_country_list(span: Span) -> str | None:
    """Return the country code of a "Name (Country)" listing, as in "Presidents A (X), B (Y)"."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        country = gazetteer.country_named(doc[span.end + 1].text)
        return country.code if country else None
    return None


def _is_role_or_portfolio(span: Span) -> bool:
    """Tell whether a span the model took for a body is a role ("Leading Researcher") or the portfolio of
    a minister ("Minister of [Economy and Commerce]"): no body word in it, a title at its end or before it."""
    if any(t.lower_ in words("org_words") or is_acronym(t) or gazetteer.country_named(t.text) for t in span):
        return False  # "the foreign ministers of ASEAN": a body after all
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if span[-1].lower_ in TITLE_MODIFIERS and following is not None and is_title_word(following.text):
        return True  # "the Georgian First | Deputy Minister": the start of a title
    if is_title_word(span[0].text) and len(span) > 1 and span[1].lower_ == "of":
        rest = without_leading_title(span)  # "Head of Government", "Head of State": a title, no body
        return rest is None or all(t.lower_ in lone_common_nouns() for t in rest)
    return follows_title_of(span, _MINISTER) or is_title_word(span[-1].text)


def _body_before_title(span: Span) -> Span | None:
    """Return the acronym of a body that a role span begins with ("USAID" of "USAID Administrator"), if any."""
    end = span.end
    while end > span.start and (is_title_word(span.doc[end - 1].text) or span.doc[end - 1].lower_ in TITLE_MODIFIERS):
        end -= 1
    return span.doc[span.start : end] if end - span.start == 1 and is_acronym(span.doc[span.start]) else None


def _follows_body_noun(span: Span) -> bool:
    """Tell whether a span comes right after a common noun for a body or a business with an article, itself
    or set off by a comma ("the company X", "the Chinese partner, X")."""
    doc = span.doc
    previous = doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.text == "," and span.start > 1:
        previous = doc[span.start - 2]
    if previous is None or not previous.is_lower or previous.text not in body_nouns():
        return False
    # "the company X", "a Turkish investor, X"; not "billionaire investor X" or "his partner, X".
    return any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in previous.children)


def _follows_person_title(span: Span) -> bool:
    """Tell whether a span comes right after a singular person title ("President X")."""
    if span.start == 0 or len(span) < 2 or not all(t.is_title for t in span):
        return False
    previous = span.doc[span.start - 1].text
    return previous.casefold() in words("titles") and previous[0].isupper()


_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "mx", "mr.", "mrs.", "ms.", "mx.", "madam", "monsieur"})


def _follows_form_of_address(span: Span) -> bool:
    """Tell whether a span comes right after "Mr", "Ms" and the like, said only to persons ("Mr Doe suggested")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _FORMS_OF_ADDRESS and span[0].is_title


_TRAILING_MARKS = ",;:"


def without_trailing_marks(name: str) -> str:
    """Return a name without the invisible marks and the punctuation glued to its end ("Norland.\u00ad",
    '"Business Sprint,"', "Jane Doe:"); an abbreviation keeps its full stop ("Acme Ltd.", "the U.S.")."""
    while name:
        last, word = name[-1], (name.split() or [""])[-1]
        full_stop = last == "." and len(word) > 4 and "." not in word[:-1]
        if not (unicodedata.category(last) == "Cf" or last in _TRAILING_MARKS or full_stop):
            break
        name = name[:-1]
    return name


def _trimmed_candidates(doc: Doc) -> Iterator[tuple[Span, str]]:
    """Yield the candidate name spans trimmed, cut where a bracket's partner was trimmed off or lies outside."""
    for raw, label in candidate_spans(doc):
        span = trim(raw)
        if span is None:
            continue
        pieces = split_at_lone_brackets(span)
        if len(pieces) == 1:
            yield span, label
            continue
        for piece in pieces:
            trimmed = trim(piece)
            if trimmed is not None:
                yield trimmed, label


def find_mentions(doc: Doc) -> list[Mention]:
    """Find and type every name mention in the document, longest spans first on overlap."""
    headlines = _headline_lines(text_of(doc))
    found: list[Mention] = []
    for trimmed, label in _trimmed_candidates(doc):
        span = trimmed
        listed_country = _is_person_in_country_list(span)
        if (
            label == "ORG"
            and head_word(span) not in words("org_words")
            and (listed_country or _follows_person_title(span))
        ):
            label = "PERSON"
        if label in {"ORG", "GPE", "LOC", "FAC"} and _follows_form_of_address(span):
            label = "PERSON"  # "Mr Jordan", whatever else the name may be
        if label == "ORG" and _is_role_or_portfolio(span):
            body = _body_before_title(span)  # "USAID Administrator": the body, not the title
            if body is None:
                continue
            span = body
        if label in {"ORG", "GPE", "FAC"} and _is_named_person(span):
            label = "PERSON"  # "Jane Doe, who founded the firm": "who" is said of persons
        if label == "FAC" and span[0].lower_ in words("honorifics"):
            label = "PERSON"  # "Rt Hon Jane Doe" taken for a building
        if label == "PERSON" and _follows_body_noun(span):
            label = "ORG"  # "the Turkish company Acme Enerji"
        if label == "PERSON":
            untitled = strip_titles(span)
            if untitled is None or (len(untitled) == 1 and is_acronym(untitled[0])):
                label = "ORG"
            span = untitled or trimmed
        span = body_before_its_office(span)  # "the ASEAN Chairmanship", "the G20 Presidency": the body
        if label in {"ORG", "PERSON"} or head_word(span) in words("org_words"):
            span = widen_to_quotes(span)
        if label == "ORG" or head_word(span) in words("org_words"):
            span = with_first_conjunct(widen_organization(span))
        if _is_portfolio(span):
            continue
        typed = classify(span, label)
        described = _described(span, typed)
        typed = described or typed
        if typed is None:
            continue
        entity_type, country = typed
        if entity_type == "place":
            span = extend_place(span)
        if entity_type == "person" and listed_country:
            country = listed_country
        # a country is a name in any line; other capitalized words of a title-case headline need to recur
        sure = _known_to_gazetteers(span, entity_type) or _reads_as_a_personal_name_in(span, entity_type)
        weak = not sure and any(s <= span.start_char < e for s, e in headlines)
        name = without_trailing_marks(span.text)
        if name:
            start = span.start_char
            found.append(Mention(start, start + len(name), name, entity_type, country, weak, bool(described)))
    return _without_overlaps(found)


_KINDS = {"country": "place", "region": "place", "place": "place", "person": "person", "organization": "organization"}


def _described(span: Span, typed: tuple[EntityType, str | None] | None) -> tuple[EntityType, str | None] | None:
    """Return the type the text's own description of a name gives it ("X, a company"); a country or an
    international body stays what the gazetteers say, and a name typed already keeps its country."""
    if typed is None and not may_be_described(span):
        return None
    if (typed is not None and typed[0] == "country") or gazetteer.international_organization(span.text):
        return None
    kind = described_type(span)
    if kind is None or (kind != "organization" and head_word(span) in words("org_words")):
        return None  # "Westvale Rowing Club, a park by the river": a body's own head word outweighs the text's noun
    if typed is not None and _KINDS.get(typed[0]) == kind:
        return typed
    if kind == "place":
        city = gazetteer.city_named(span.text, named_countries(span.doc))
        return "place", city.country if city else None
    return kind, country_in_name(span) if kind == "organization" else None


def _known_to_gazetteers(span: Span, entity_type: EntityType) -> bool:
    """Tell whether a name is a country, a first-level region or a city by its own name: such a name needs
    no second mention to be one, even on a line in title case ("The Kremlin, Moscow")."""
    if entity_type == "country":
        return True
    if entity_type not in {"place", "region"}:
        return False
    city = gazetteer.city_named(span.text)
    own_name = city is not None and gazetteer.name_key(city.name) == gazetteer.name_key(span.text)
    return own_name or gazetteer.subdivision_named(span.text) is not None


def _reads_as_a_personal_name_in(span: Span, entity_type: EntityType) -> bool:
    """Tell whether a person's name is one in any line: a known first name and a surname
    ("Telephone conversation with President Jane Doe")."""
    return entity_type == "person" and reads_as_a_personal_name(span)


def _is_named_person(span: Span) -> bool:
    """Tell whether a name of two or three words, none a body's, is followed by "who" or "(born" ("Jane Doe,
    who ...", "Jane Doe (born 1960)"): both are said of persons."""
    doc = span.doc
    following = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text in {",", "("} else None
    following = following if following is not None else (doc[span.end] if span.end < len(doc) else None)
    return (
        following is not None
        and following.lower_ in {"who", "born", "née"}
        and 2 <= len(span) <= 3
        and all(is_name_word(t) for t in span)
        and not any(gazetteer.city_named(t.text) for t in span)
    )


def _is_portfolio(span: Span) -> bool:
    """Tell whether a word is the portfolio of a title that follows ("Interior" in "Interior Minister")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        len(span) == 1
        and following is not None
        and is_title_word(following.text)
        and span[0].lower_ in words("portfolio_words")
    )


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
