"""Entity mentions: typed, cleaned spans of names found in a parsed document.

spaCy's small English model finds most names but often types them wrongly (a city as a
person, a person as an organization) and cuts long organization names apart. Each candidate
span is therefore cleaned (determiners, titles and possessives dropped), widened over the
"of/for/on" tail of an organization name, and typed again with the gazetteers first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.descriptions import class_nouns, described_type
from accord.extract.entities.name_echoes import before_echo, echo_starts
from accord.extract.entities.non_names import (
    glued_to_a_word,
    is_capitalized_common_word,
    is_initials,
    is_page_furniture,
    is_plural_common_noun,
    is_state_code,
    names_a_product,
)
from accord.extract.language import gazetteer
from accord.extract.language.cues import initiative_cues
from accord.extract.language.lexicon import TITLE_MODIFIERS, body_nouns, is_title_word, words
from accord.extract.language.numbers import unit_at
from accord.nlp.pipeline import dictionary_words
from accord.record import EntityType

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_CONNECTORS = frozenset({"of", "for", "on"})
_PLACE_SUFFIXES = frozenset({"region", "province", "oblast", "district", "city", "governorate", "state"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
_QUOTES = "\"'“”‘’«»"
# A city inside an organization's name marks its country only when the city is well known.
_CITY_IN_NAME_POPULATION = 300_000
_TOWN_POPULATION = 100_000  # below it, a gazetteer city must be tagged a place by the model too
_INITIAL = re.compile(r"[A-Z]\.")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")


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


def _is_capitalized(token: Token) -> bool:
    return token.is_title or (token.is_upper and token.is_alpha) or bool(_ACRONYM.match(token.text))


def _is_acronym(token: Token) -> bool:
    return len(token.text) >= 2 and bool(_ACRONYM.match(token.text)) and token.pos_ in {"PROPN", "NOUN", "X"}


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


def _is_trailing_mark(token: Token) -> bool:
    return token.is_punct or token.tag_ == "POS" or token.text in _QUOTES


def _trim(span: Span) -> Span | None:
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


def _strip_titles(span: Span) -> Span | None:
    """Drop titles, honorifics and a minister's portfolio in front of a person's name ("President Jane Doe",
    "Ms Doe", "Minister of [Energy Jane Doe]"), and take back the first half of a hyphenated given name
    the model left out ("Anna-[Maria Doe]")."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (
        is_title_word(doc[start].text) or doc[start].lower_ in TITLE_MODIFIERS | words("honorifics")
    ):
        start += 1
    if span.end - start >= 3 and _follows_title_of(span) and doc[start].lower_ in words("portfolio_words"):
        start += 1  # "Minister of [Agriculture Jane Doe]": the portfolio is the title's
    glued = start >= 2 and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    if start == span.start and glued and doc[start - 1].text == "-" and _is_name_word(doc[start - 2]):
        start -= 2
    return doc[start : span.end] if start < span.end else None


def _widen_organization(span: Span) -> Span:
    """Extend an organization name over its capitalized "of/for/on ... and ..." tail."""
    doc = span.doc
    start, end = span.start, span.end
    # "Ruritania–Freedonia Business Council": a dash joins the name's first part.
    while start >= 2 and doc[start - 1].text in {"–", "-", "—"} and _is_capitalized(doc[start - 2]):
        start -= 2
        while start > 0 and _is_capitalized(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
    # "Bureau of European | and Eurasian Affairs": a name with "of" in it goes on over "and" like one widened
    used_connector = any(t.lower_ in _CONNECTORS for t in doc[start + 1 : end])
    while end + 1 < len(doc):
        connector, following = doc[end], doc[end + 1]
        if following.lower_ == "the" and end + 2 < len(doc):
            following = doc[end + 2]
        joins = (
            connector.lower_ in {"and", "&"}
            and doc[end + 1].lower_ != "the"  # "the Government of A and the Government of B": two bodies
            and following.lower_ not in body_nouns()  # "... of Economy and Ministry of Finance": two bodies
            and (used_connector or _completes_a_body(doc[start:end], following))
        )
        allowed = connector.lower_ in _CONNECTORS or joins
        # A national adjective inside a name ("Centre for Eurasian Policy") does not end it; a country does.
        inner_adjective = (
            following.ent_type_ == "NORP" and following.i + 1 < len(doc) and _is_capitalized(doc[following.i + 1])
        )
        if not (
            allowed
            and _is_capitalized(following)
            and (following.ent_type_ not in {"DATE", "GPE", "NORP"} or inner_adjective)
        ):
            break
        used_connector = used_connector or connector.lower_ in _CONNECTORS
        end = following.i + 1
        while end < len(doc) and _is_capitalized(doc[end]) and not doc[end].is_sent_start:
            if doc[end].ent_type_ == "PERSON" or _is_title_start(doc[end]):
                return doc[start:end]  # "... for Asian Affairs Jane Doe", "... Affairs Deputy Secretary": no part
            end += 1
    return doc[start:end]


def _is_title_start(token: Token) -> bool:
    """Tell whether a word begins a title: a title ("Secretary") or a modifier before one ("Deputy Assistant")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    modifier = token.lower_ in TITLE_MODIFIERS and following is not None and is_title_word(following.text)
    return is_title_word(token.text) or modifier


def _completes_a_body(name: Span, following: Token) -> bool:
    """Tell whether "and" joins a name without a head word to the rest of it ("Almalyk Mining and Smelting Plant")."""
    if len(name) < 2 or _head_word(name) in words("org_words"):
        return False  # one word ("Kazakhtelecom and ...") is a whole name already
    end = following.i
    while end < len(name.doc) and _is_capitalized(name.doc[end]) and not name.doc[end].is_sent_start:
        end += 1
    return end > following.i and _head_word(name.doc[following.i : end]) in words("org_words")


def _widen_to_quotes(span: Span) -> Span:
    """Return the whole quoted name when a span sits inside a short quoted phrase."""
    doc = span.doc
    left = span.start - 1
    while left >= 0 and span.start - left <= 6 and doc[left].text not in _QUOTES and not doc[left].is_sent_start:
        left -= 1
    right = span.end
    while right < len(doc) and right - span.end <= 6 and doc[right].text not in _QUOTES:
        right += 1
    if left >= 0 and right < len(doc) and doc[left].text in _QUOTES and doc[right].text in _QUOTES:
        inner = doc[left + 1 : right]
        if all(t.is_alpha or t.is_punct or t.is_space for t in inner) and _is_capitalized(inner[0]):
            return inner
    return span


def _precedes_place_suffix(span: Span) -> bool:
    """Tell whether a capitalized name is followed by a lower-case "region", "province" or "district"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _PLACE_SUFFIXES


def _extend_place(span: Span) -> Span:
    """Include a following lower-case "region"/"province" word in a place name."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _PLACE_SUFFIXES:
        return doc[span.start : span.end + 1]
    return span


def _is_national_pair(text: str) -> bool:
    """Tell whether a name is two nations (or a nation and a known body) joined by a dash ("Kazakh-Turkish",
    "Russia‒ASEAN"): an adjective, not a name."""
    parts = re.split(r"[-‐‑‒–—]", text)
    return len(parts) > 1 and all(
        gazetteer.country_of_demonym(p) or gazetteer.country_named(p) or gazetteer.international_organization(p)
        for p in parts
    )


def _names_a_region(span: Span) -> bool:
    """Tell whether a name holds a world region ("Central Asia–Russia Hub"): it is no one country's."""
    return any(gazetteer.is_region(span[i : i + size].text) for size in (1, 2, 3) for i in range(len(span) - size + 1))


def _country_in_name(span: Span) -> str | None:
    """Return the country a name points to through a country, demonym or city inside it."""
    if _names_a_region(span):
        return None
    for token in span:
        after_of = token.i > span.start and token.nbor(-1).lower_ == "of"  # "Ministry of Energy of Kazakhstan"
        if token.i != span.start and token.ent_type_ not in {"GPE", "NORP", "LOC"} and not after_of:
            continue
        for lookup in (gazetteer.country_named, gazetteer.country_of_demonym):
            found = lookup(token.text)
            if found:
                return found.code
        city = gazetteer.city_named(token.text)
        # Only a city's own name: alternate names include old and foreign forms that are ordinary words.
        is_own_name = city is not None and gazetteer.name_key(city.name) == gazetteer.name_key(token.text)
        if city and is_own_name and len(span) > 1 and city.population >= _CITY_IN_NAME_POPULATION:
            return city.country
    compound = gazetteer.country_of_compound_name(span[0].text, named_countries(span.doc))
    return compound.code if compound else None


def named_countries(doc: Doc) -> frozenset[str]:
    """Return the codes of the countries a document names or whose people it names (computed once)."""
    known = doc.user_data.get("accord.named_countries")
    if known is None:
        found = (
            gazetteer.country_named(ent.text) or gazetteer.country_of_demonym(ent.text)
            for ent in doc.ents
            if ent.label_ in ("GPE", "NORP")
        )
        known = frozenset(country.code for country in found if country is not None)
        doc.user_data["accord.named_countries"] = known
    return known


def _head_word(span: Span) -> str:
    """Return a name's head noun, lower-cased: its last word, or the word before its first "of/for/on"."""
    head = next((t.nbor(-1) for t in span[1:] if t.lower_ in _CONNECTORS), span[-1])
    return head.lemma_.casefold() if head.lemma_ else head.lower_


def _classify(span: Span, label: str) -> tuple[EntityType, str | None] | None:
    """Type a cleaned name span, gazetteers first; None when it is not an entity."""
    text = span.text
    if all(t.is_stop and not t.is_upper for t in span) or not any(_is_capitalized(t) for t in span):
        return None  # "The", "Here"; but "US" is a country, not "us"
    if len(span) == 1 and (span[0].tag_.startswith("VB") or unit_at([span[0].lower_])[0]):
        return None  # "Taking" at the start of a paragraph, "MW" after a number
    if names_a_product(span):
        return None  # "Geran drones", "Ansat helicopters": a model's name, not a person's or a place's
    if is_page_furniture(span):
        return None  # "Skip Global Navigation": a link of the page the text was copied from
    if glued_to_a_word(span):
        return None  # "the Corona-virus pandemic": the first half of a common word
    if len(span) == 1 and is_plural_common_noun(span[0]):
        return None  # "Heroes of the Soviet Union", "six Schools": a plural common noun alone is no name
    if len(span) == 1 and is_capitalized_common_word(span[0]):
        return None  # "Success would follow", "Nationally televised": an ordinary word the model tagged
    if is_initials(span) or is_state_code(span):
        return None  # "Campbell, A.A.", "Washington, D.C.": initials or a city's state, not a name of their own
    if all(t.lower_ in _COMPASS for t in span):
        return None  # "the South East of the plateau"
    if len(span) == 1 and _PLURAL_ACRONYM.match(text):
        return None  # "UAVs", "SMEs": the plural of an abbreviation names a class of things, not one body
    if gazetteer.international_organization(text):
        return "organization", None  # the UN, the SCO: an international body belongs to no one country
    country = gazetteer.country_named(text)
    if country:
        return "country", country.code
    if len(span) == 1 and span[0].lower_ in _lone_common_nouns() and not span[0].is_upper:
        return None  # "the Government", "the Board", "the Sultanate": a common noun, not a name
    if len(span) == 1 and is_title_word(span[0].text) and label in {"PERSON", "ORG"}:
        return None  # "the Amir received ...": a title without its holder's name
    if all(t.lower_ in words("honorifics") or is_title_word(t.text) for t in span):
        return None  # "Your Majesty", "the Sultan and ...": a form of address, not a name
    region = _region_named(span, label)
    if region is not None:
        return region
    if _precedes_place_suffix(span) and not gazetteer.country_of_demonym(text):
        city = gazetteer.city_named(text, named_countries(span.doc))  # "the Westmark region", whatever its tag
        return "place", city.country if city else None
    demonym = gazetteer.country_of_demonym(text)
    if label == "NORP" and not demonym and _names_a_holders_body(span):
        return "organization", None  # "Gortrans CEO Jane Doe", tagged a nationality
    if label == "NORP" or demonym or _is_national_pair(text):
        return None
    if gazetteer.is_region(text):
        return "region", None
    if _is_a_team(span):
        return "organization", _country_in_name(span)
    city = _city_named(span, label)
    # A body is often named after a city ("Boston Consulting"); the city's own name alone is the city.
    own_name = city is not None and gazetteer.name_key(city.name) == gazetteer.name_key(text)
    if city and (label != "ORG" or len(span) == 1 or (own_name and city.population >= _CITY_IN_NAME_POPULATION)):
        return "place", city.country
    if not _is_person_with_a_place_word(span, label) and (place := _place_by_form_or_context(span)) is not None:
        return place
    if label != "GPE" and _head_word(span) not in words("org_words") and (placing := _placing_region(span)):
        return "place", placing  # "Sandy Hook, Maryland, where ...", whatever the model's tag
    head = _head_word(span)
    if head not in words("org_words") and _is_common_phrase(span):
        return None  # "Industrial Design", "Rice": words the text also writes in lower case, capitalized
    if len(span) == 1 and text.casefold() in words("document_words"):
        return None  # "the Treaty reaffirms ...": a document's common noun, capitalized as a short form
    if head in words("document_words") or text.casefold() in words("document_words"):
        return "other", None
    if label in {"ORG", "GPE", "LOC", "FAC"} and _reads_as_a_personal_name(span) and not _starts_with_a_city(span):
        return "person", None  # "Candace Savage" tagged a body or a place: a first name and a surname, no body's word
    if head in words("org_words") or label == "ORG":
        return "organization", _country_in_name(span)
    if len(span) == 1 and _is_acronym(span[0]):
        return "organization", _country_in_name(span)
    if label == "PERSON":
        if not _is_person_name(span):
            return None
        if _is_common_word_phrase(span):
            return "organization", _country_in_name(span)  # "Velvet Lane", "Weather Report": a band's, a firm's
        if _names_a_facility(span):
            return None  # "the Yavan hydropower plant": a word of the plant's name, not a person
        if _after_locative(span) and span[-1].head.lower_ != "at":
            return "place", None  # "fighting in Westmark": no one lives in a person
        if _is_reached(span):
            return "place", None  # "the troops withdrew from Westmark"
        if _takes_article(span):
            return "organization", None  # "the Stooges": a person's name takes no article, a band's does
        if len(span) == 1 and (national := _compound_national(span)):
            return "organization", national.code  # "Kazakhtelecom": a national stem makes a body
        if len(span) == 1 and (_coordinated_with_a_body(span) or _names_a_holders_body(span)):
            return "organization", _country_in_name(span)  # "Novatek and Rosneft signed": two companies
        return "person", None
    if label in {"GPE", "LOC"}:
        if text.casefold() in _COMPASS:
            return None
        if len(span) == 1 and len(text) > 3 and gazetteer.is_given_name(text) and not _after_locative(span):
            return "person", None  # "So again, Abdulaziz, welcome": a first name no gazetteer knows as a place
        if span[-1].dep_ == "compound" and span[-1].head.lemma_.casefold() in words("org_words"):
            return "organization", None
        if len(span) == 1 and (national := _compound_national(span)):
            return "organization", national.code  # "Rosavtodor": a national stem makes a body, not a town
        return ("place" if label == "GPE" else "region"), None
    if label == "FAC":
        # A stadium, a square, an airport; but "Strategic Partnership" is a programme the model took for one.
        return ("other" if head in words("partnership_words") else "place"), None
    return None


def _reads_as_a_personal_name(span: Span) -> bool:
    """Tell whether a name is a known first name and one or two capitalized words, none a body's word."""
    if not 2 <= len(span) <= 3 or _takes_article(span):
        return False
    if not all(t.is_alpha and t.is_title for t in span):
        return False
    body_words = words("org_words")
    if any(t.lower_ in body_words for t in span):
        return False
    # Two first names in a row ("Morgan Stanley") are as often a firm's name as a person's.
    surname_last = len(span) == 3 or not gazetteer.is_given_name(span[-1].text)
    return gazetteer.is_given_name(span[0].text) and surname_last


def _is_a_team(span: Span) -> bool:
    """Tell whether a name is a known place and a capitalized plural, the way sports teams are named
    ("Westport Pirates", "Ottawa 67s"); a place's own plural heads ("... Falls", "... Islands") are no team."""
    last = span[-1]
    plural = last.tag_ in {"NNS", "NNPS"} or bool(re.fullmatch(r"\d+s", last.text))
    if len(span) < 2 or not plural or not (last.text[0].isupper() or last.text[0].isdigit()):
        return False
    if last.lower_ in _place_heads()[0] or last.lower_ in words("org_words") | words("state_nouns"):
        return False
    place = span[:-1].text
    return bool(gazetteer.city_named(place) or gazetteer.subdivision_named(place) or gazetteer.country_named(place))


def _is_common_word_phrase(span: Span) -> bool:
    """Tell whether a name tagged a person is two or three ordinary English words, none a first name
    ("Weather Report", "Gentle Giant"): a person's name has a first name or a word of its own."""
    if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.is_title for t in span):
        return False
    vocabulary = dictionary_words()
    return not any(gazetteer.is_given_name(t.text) for t in span) and all(
        t.lower_ in vocabulary or t.lemma_.casefold() in vocabulary for t in span
    )


def _starts_with_a_city(span: Span) -> bool:
    """Tell whether a name begins with a well-known city's own name ("Dallas Cowboys", "Paris Orly")."""
    city = gazetteer.city_named(span[0].text)
    own_name = city is not None and gazetteer.name_key(city.name) == gazetteer.name_key(span[0].text)
    return own_name and city is not None and city.population >= _CITY_IN_NAME_POPULATION


def _is_person_name(span: Span) -> bool:
    """Tell whether a span tagged a person is written as a name: capitalized words, with the particles
    a name may hold ("Tamim bin Hamad Al Thani", "Ursula von der Leyen") and a quoted nickname inside."""
    particles = words("name_particles")
    inner_quotes = [t.i for t in span[1:-1] if t.text in _QUOTES]
    for token in span:
        if _is_capitalized(token) or token.text == "-" or token.i in inner_quotes or _inside_hyphenated(token):
            continue
        if token.lower_ not in particles or token.i == span.end - 1:
            return False  # "the minister", a name ending in "de"
    return not all(t.is_stop for t in span)


def _inside_hyphenated(token: Token) -> bool:
    """Tell a lower-case part of a hyphenated name that opens capitalized ("Chan-o-cha", "Abdel-el-Aziz")."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2  # back over a hyphen glued on both sides, to the word's first part
    return i < token.i and _is_capitalized(doc[i])


def _names_a_holders_body(span: Span) -> bool:
    """Tell a one-word name right before a title and its holder's full name, as a body's is ("Acmegaz chief
    executive Jane Doe", "Kamgaz head Jane Doe"): no first name, country, known town or ordinary word."""
    doc, i = span.doc, span.end
    while i < len(doc) and (is_title_word(doc[i].text) or doc[i].lower_ in _TITLE_TAIL):
        i += 1
    titled_name = i > span.end and i + 1 < len(doc) and _is_name_word(doc[i]) and _is_name_word(doc[i + 1])
    word = span[0].text
    known = gazetteer.is_given_name(word) or gazetteer.country_named(word) or gazetteer.city_named(word)
    # an ordinary word makes a compound title ("Brigadier General", "Law Professor"), a body's name does not
    ordinary = word.casefold() in dictionary_words() or is_title_word(word)
    return len(span) == 1 and titled_name and not known and not ordinary


def _coordinated_with_a_body(span: Span) -> bool:
    """Tell a one-word name joined by "and" to an organization's ("Novatek and Rosneft"), no first name of its own."""
    word = span.root
    return not gazetteer.is_given_name(word.text) and any(c.ent_type_ == "ORG" for c in word.conjuncts)


_TITLE_TAIL = frozenset({"executive", "officer", "deputy", "vice"})  # "chief executive", "chief executive officer"
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout", "around", "outside", "inside"})


def _after_locative(span: Span) -> bool:
    """Tell whether a name is the object of a locative preposition right before it ("in Goa", "near the Rhine")."""
    doc = span.doc
    before = span.start - 1 if span.start and doc[span.start - 1].lower_ != "the" else span.start - 2
    head = span[-1].head
    return span[-1].dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPOSITIONS and head.i == before


_MOTION_VERBS = frozenset(
    {
        "go",
        "come",
        "travel",
        "fly",
        "drive",
        "march",
        "move",
        "return",
        "sail",
        "walk",
        "ride",
        "head",
        "lead",
        "relocate",
        "emigrate",
        "extend",
        "stretch",
        "evacuate",
        "deploy",
        "transfer",
        "redeploy",
        "withdraw",
    }
)


def _is_reached(span: Span) -> bool:
    """Tell whether a one-word name is where a motion goes or starts ("the line leads to Westmark", "troops
    withdrew from Westmark"): one travels to a place, not into a person."""
    preposition = span[-1].head
    return (
        len(span) == 1
        and span[-1].dep_ == "pobj"
        and preposition.lower_ in {"to", "from", "towards", "toward", "into"}
        and preposition.i == span.start - 1
        and preposition.head.pos_ == "VERB"
        and preposition.head.lemma_ in _MOTION_VERBS
        and not gazetteer.is_given_name(span.text)
    )


def _placing_region(span: Span) -> str | None:
    """Return the country of the first-level region that follows a name after a comma and ends the phrase
    ("Sandy Hook, Maryland, where ..."): that places a town, not a person."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    for size in (3, 2, 1):
        region = doc[span.end + 1 : span.end + 1 + size]
        after = doc[region.end] if region.end < len(doc) else None
        if len(region) < size or not all(t.is_title for t in region):
            continue
        if after is not None and (after.is_title or after.tag_ == "POS"):
            return None  # "Jane Doe, Ohio Governor", "Jane Doe, Ohio's senator"
        listed = after is not None and after.text == "," and region.end + 1 < len(doc) and doc[region.end + 1].is_title
        if listed:
            return None  # "bands such as Silent Lantern, Kansas, Gentle Lane": one more name of a list
        found = gazetteer.subdivision_named(region.text)
        if found is not None and found.country and gazetteer.country_named(region.text) is None:
            return found.country
    return None


def _takes_article(span: Span) -> bool:
    """Tell whether a name stands after "the" as a noun of its own, as a person's name never does ("the Donbas")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the" and span[-1].dep_ != "compound"


def _region_named(span: Span, label: str) -> tuple[EntityType, str | None] | None:
    """Type a name the gazetteer knows as a region ("British Columbia", "Khatlon", "the Sahel").

    A name of two or more words is the region whatever the model's tag; one word needs a place tag, a
    locative preposition, an article or the region's country named in the text: "Victoria" is also a person.
    A city of the same name in the same country is the place meant ("New York")."""
    region = gazetteer.subdivision_named(span.text)
    if region is None:
        return None
    trusted = len(span) > 1 or label in {"GPE", "LOC"} or _after_locative(span) or _takes_article(span)
    if not trusted and region.country not in named_countries(span.doc):
        return None
    city = gazetteer.city_named(span.text, (region.country,) if region.country else ())
    if city is not None and city.country == region.country:
        return "place", city.country
    return "region", region.country


def _lower_case_words(doc: Doc) -> frozenset[str]:
    """Return the words a document writes in lower case somewhere (computed once per document)."""
    known = doc.user_data.get("accord.lower_case_words")
    if known is None:
        known = frozenset(t.text for t in doc if t.is_lower and t.is_alpha)
        doc.user_data["accord.lower_case_words"] = known
    return known


def _is_common_phrase(span: Span) -> bool:
    """Tell whether every word of a capitalized phrase is one the text also writes in lower case, as a common
    word: a heading's or a list's "Digital Media", a crop's "Rice"; a name has a word of its own."""
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in span):
        return False  # "65th Air Division": a numbered unit is a name
    lower = _lower_case_words(span.doc)
    content = [t for t in span if t.is_alpha and not t.is_stop]
    return bool(content) and not any(t.is_upper for t in content) and all(t.lower_ in lower for t in content)


@cache
def _place_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the last words and the first words that make a name a place ("... River", "Mount ..."), and
    the last words that are common surnames too ("Hill")."""
    entries = words("place_heads")
    surnames = frozenset(e[:-1] for e in entries if e.endswith("~"))
    last = frozenset(e for e in entries if not e.endswith(("<", "~"))) | surnames
    return last, frozenset(e[:-1] for e in entries if e.endswith("<")), surnames


def _is_person_with_a_place_word(span: Span, label: str) -> bool:
    """Tell whether a span the model tagged a person is a first name and a surname that is also a place's
    last word ("Jane Hill", "Rudy Marsh"), not a place ("Sandy Creek")."""
    surnames = _place_heads()[2]
    return label == "PERSON" and len(span) == 2 and span[1].lower_ in surnames and gazetteer.is_given_name(span[0].text)


def _followed_by_its_region(span: Span) -> str | None:
    """Return the country of the region or country after a comma that places a name ("Springfield, Ohio")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    for size in (3, 2, 1):
        following = doc[span.end + 1 : span.end + 1 + size]
        if len(following) < size or not all(t.is_title for t in following):
            continue
        if country := gazetteer.country_named(following.text):
            return country.code
        if (region := gazetteer.subdivision_named(following.text)) and region.country:
            return region.country
    return None


def _place_by_form_or_context(span: Span) -> tuple[EntityType, str | None] | None:
    """Type a name as a place by its own words ("Bow River", "Mount Kenya") or by its context: a town the
    gazetteer knows, however small, placed by a region after a comma ("Springfield, Ohio") or governed by a
    locative preposition ("in Springfield")."""
    last_words, first_words, _ = _place_heads()
    if _head_word(span) in words("org_words"):
        return None  # "Bay Area Council", "Port Authority of ...": a body
    body_before = len(span) > 2 and span[-2].lower_ in words("org_words")  # "Westvale School District": a body
    if len(span) > 1 and _is_capitalized(span[-1]) and span[-1].lower_ in last_words and not body_before:
        return "place", _country_in_name(span)
    if len(span) > 1 and span[0].lower_ in first_words:
        return "place", _country_in_name(span)
    region_country = _followed_by_its_region(span)
    located = region_country is not None or _after_locative(span)
    city = gazetteer.city_named(span.text, (region_country,) if region_country else named_countries(span.doc))
    if located and city is not None and not span.text.isupper():
        return "place", city.country
    return None


@cache
def _lone_common_nouns() -> frozenset[str]:
    """Return the common nouns for a body or a state that are no name written alone ("Government", "Board")."""
    return body_nouns() | words("state_nouns")


def _compound_national(span: Span) -> gazetteer.Country | None:
    """Return the country a one-word body's name starts with ("Kazakhtelecom"); a city's name is no body's."""
    if gazetteer.city_named(span.text) is not None:
        return None  # "Indianapolis", "Germantown"
    return gazetteer.country_of_compound_name(span.text, named_countries(span.doc))


def _city_named(span: Span, label: str | None) -> gazetteer.City | None:
    """Return the city a name span names, if the gazetteer's match can be trusted.

    An acronym ("UN") is no city, nor is it a city's other name; a town named by an ordinary word
    ("Union", "Summit", "Federal"), or a short other name of a city ("Day" of Dayton), counts only
    where the model, too, tagged a place.
    """
    text = span.text
    city = gazetteer.city_named(text, named_countries(span.doc))
    if city is None:
        return None
    if text.isupper() and (len(text) <= 3 or gazetteer.name_key(city.name) != gazetteer.name_key(text)):
        return None
    # An other name that begins the city's name cuts it short ("Day" of Dayton); "Kiev" of Kyiv is a spelling.
    key, city_key = gazetteer.name_key(text), gazetteer.name_key(city.name)
    abbreviated = key != city_key and city_key.startswith(key)
    small = city.population < _TOWN_POPULATION and not _home_town(span, city)
    if label not in {"GPE", "LOC"} and (abbreviated or small):
        return None
    return city


def _home_town(span: Span, city: gazetteer.City) -> bool:
    """Tell whether a small town the model did not tag a place is one all the same: called by its own name, in
    a country the text names, and no one's surname there ("Jane Doe ... Doe said")."""
    return (
        city.country in named_countries(span.doc)
        and gazetteer.name_key(city.name) == gazetteer.name_key(span.text)
        and not any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == span[-1].text for ent in span.doc.ents)
        and not _is_common_phrase(span)
    )


def _names_a_facility(span: Span) -> bool:
    """Tell whether a one-word name modifies a facility or body: "Yavan" in "the Yavan hydropower plant"."""
    head = span[-1].head
    nouns = words("org_words") | initiative_cues().project_nouns
    return len(span) == 1 and span[-1].dep_ == "compound" and head.lemma_.lower() in nouns


def _candidate_spans(doc: Doc) -> Iterator[tuple[Span, str]]:
    """Yield raw name spans with their spaCy label, plus names the model missed; none in a name's echo."""
    echoes = echo_starts(doc)
    covered = {i for start, end in echoes.items() for i in range(start, end)}
    for ent in _first_names_returned(doc):
        covered.update(range(ent.start, ent.end))  # dates and numbers are no names either
        name = before_echo(ent, echoes) if ent.label_ in NAME_LABELS else None
        if name is not None:
            for whole in _surname_cut_from_body(name):
                for part, label in _split_titled_person(_completed_person(_completed_country(whole))):
                    covered.update(range(part.start, part.end))  # a first name taken in before the span is no run
                    yield part, label
        elif ent.label_ in _WORK_LABELS:
            yield from _names_in_a_work(ent)
    run_start: int | None = None
    for token in [*doc, None]:
        # a known body's acronym is a name even where the parser reads it as a noun ("Head of the CSTO")
        named = token is not None and (token.pos_ == "PROPN" or gazetteer.international_organization(token.text))
        if token is not None and token.i not in covered and _is_capitalized(token) and named:
            if run_start is None:
                run_start = token.i
            continue
        if token is not None and run_start is not None and token.i not in covered and _glued_in_name(token):
            continue  # "Mazar-i-Sharif": the hyphens and the particle they hold
        if run_start is not None:
            end = token.i if token is not None else len(doc)
            while end > run_start and doc[end - 1].text == "-":
                end -= 1
            run = doc[run_start:end]
            if run.end in echoes:
                yield run, "PERSON"  # only a person's name is echoed in index form
            else:
                yield from _missed_names(run)
            run_start = None


_WORK_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
_PREPOSITIONS_IN_TITLES = frozenset({"against", "between", "with", "and", "of", "in", "to", "from"})


def _surname_cut_from_body(ent: Span) -> list[Span]:
    """Give back the surname the model joined to the next body: "Jane [Doe and Acmebank] CEO ..." is the
    person "Jane Doe" and the body "Acmebank"; any other span is left whole."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or ent[1].lower_ != "and" or ent.start == 0:
        return [ent]
    first = doc[ent.start - 1]
    if not (gazetteer.is_given_name(first.text) and _is_name_word(first) and _is_name_word(ent[0])):
        return [ent]
    return [Span(doc, ent.start - 1, ent.start + 1, label="PERSON"), Span(doc, ent.start + 2, ent.end, label="ORG")]


def _names_in_a_work(ent: Span) -> Iterator[tuple[Span, str]]:
    """Yield the names in a span the model took for an event, a work or a law: the span itself when a body's
    or a place's head word ends it ("the Harbor Laboratory", "the Toll Road"), else the countries its
    prepositions govern ("the war against Great Britain", "the Treaty between Ruritania and Freedonia")."""
    span = _trim(ent)
    if span is None:
        return
    if gazetteer.country_named(span.text) or gazetteer.subdivision_named(span.text):
        yield span, "GPE"  # "the situation in Donbas", tagged a product
        return
    if len(span) > 1 and _is_capitalized(span[-1]):
        if _head_word(span) in words("org_words") and _head_word(span) not in words("document_words"):
            yield span, "ORG"
            return
        if span[-1].lower_ in _place_heads()[0]:
            yield span, "GPE"
            return
    doc = span.doc
    start = span.start + 1
    while start < span.end:
        size = next((n for n in (4, 3, 2, 1) if start + n <= span.end and _country_at(doc[start : start + n])), 0)
        if size and doc[start - 1].lower_ in _PREPOSITIONS_IN_TITLES | {"the"}:
            yield doc[start : start + size], "GPE"
        start += max(size, 1)


def _country_at(span: Span) -> bool:
    return _is_capitalized(span[0]) and gazetteer.country_named(span.text) is not None


def _first_names_returned(doc: Doc) -> list[Span]:
    """Return the model's spans with a person's name made whole: a first name it ran into a body's name
    given back to the surname ("[Aerospace Defence Concern Jane] [Doe]"), two halves of one name joined
    ("[Jane Maria] [Doe Roe]"), the first name before an initial taken in ("Jane [Q. Doe]")."""
    spans = _halves_joined(list(doc.ents))
    for number, person in enumerate(spans):
        first = doc[person.start - 1] if person.start > 0 else None
        initial = len(person) > 1 and _INITIAL.fullmatch(person[0].text) is not None
        # an initial stands after a first name, not first
        if person.label_ == "PERSON" and initial and first is not None and not first.ent_type_ and _is_name_word(first):
            spans[number] = Span(doc, person.start - 1, person.end, label="PERSON")
    for number, (body, person) in enumerate(itertools.pairwise(spans)):
        if (
            body.label_ == "ORG"
            and person.label_ == "PERSON"
            and body.end == person.start
            and len(body) > 1
            and body[-1].is_title
            and gazetteer.is_given_name(body[-1].text)
        ):
            spans[number] = Span(doc, body.start, body.end - 1, label="ORG")
            spans[number + 1] = Span(doc, body.end - 1, person.end, label="PERSON")
    return spans


def _halves_joined(spans: list[Span]) -> list[Span]:
    """Join two person spans the model cut one name into, with nothing but a space between them."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == span.label_ == "PERSON"
            and last.end == span.start
            and last[-1].whitespace_ == " "
            and last[-1].is_title
            and span[0].is_title
            and "\n" not in last.text + span.text
        ):
            joined[-1] = Span(span.doc, last.start, span.end, label="PERSON")
        else:
            joined.append(span)
    return joined


def _glued_in_name(token: Token) -> bool:
    """Tell whether a token is a hyphen, or a word after one, glued inside a name ("Mazar-i-Sharif")."""
    doc = token.doc
    previous = doc[token.i - 1]
    if previous.whitespace_:
        return False
    if token.text == "-":
        return token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].is_alpha
    return previous.text == "-" and token.is_alpha


def _coordinated_places(ent: Span) -> list[Span]:
    """Split "Osh and Herat" (tagged as one name) into its places, when every part is a known country,
    region or city; [] when it is one name ("Trinidad and Tobago", "Bosnia and Herzegovina")."""
    doc = ent.doc
    if gazetteer.country_named(ent.text) or gazetteer.subdivision_named(ent.text):
        return []
    cuts = [t.i for t in ent if t.lower_ == "and" or t.text == ","]
    if not cuts:
        return []
    starts, ends = [ent.start, *(cut + 1 for cut in cuts)], [*cuts, ent.end]
    parts = [doc[start:end] for start, end in zip(starts, ends, strict=True) if end > start]
    known = all(
        gazetteer.country_named(p.text) or gazetteer.subdivision_named(p.text) or _city_named(p, "GPE") for p in parts
    )
    return parts if known and len(parts) == len(cuts) + 1 else []


def _owner_of_plural_bodies(ent: Span) -> Span | None:
    """Return the country in "Governments of <country>", "Ministries of <country>": a plural names no one body."""
    doc = ent.doc
    first = ent[0]
    if not (first.tag_ in {"NNS", "NNPS"} and first.lemma_.casefold() in _lone_common_nouns()):
        return None
    if len(ent) < 3 or ent[1].lower_ != "of":
        return None
    start = ent.start + 2 + (doc[ent.start + 2].lower_ == "the")
    owner = doc[start : ent.end]
    return owner if len(owner) and gazetteer.country_named(owner.text) else None


def _completed_person(ent: Span) -> Span:
    """Carry a person's name the model ended at a particle over the rest of it ("Ursula von | der Leyen"), or
    inside a surname of hyphenated parts ("Somchai Wong | -na-rat")."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    if len(ent) >= 2 and (tail := _hyphenated_tail(ent)) > ent.end:
        return Span(doc, ent.start, tail, label="PERSON")
    if ent[-1].lower_ not in words("name_particles"):
        return ent
    end = ent.end
    while end < len(doc) and doc[end].lower_ in words("name_particles"):
        end += 1
    if end < len(doc) and _is_capitalized(doc[end]) and not doc[end].is_sent_start:
        return Span(doc, ent.start, end + 1, label="PERSON")
    return ent


def _hyphenated_tail(ent: Span) -> int:
    """Return where the hyphenated word a name ends inside ends, when it has two hyphens or more ("Wong-na-rat"
    and not "Corona-virus"): the index past its last part, else the name's own end."""
    doc, end = ent.doc, ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end if end - ent.end >= 4 else ent.end


def _completed_country(ent: Span) -> Span:
    """Carry a span the model ended early over the rest of a country's name ("the Republic of | Türkiye",
    "the United Kingdom of Great Britain | and Northern Ireland", "Côte | d’Ivoire")."""
    doc = ent.doc
    if ent.label_ not in {"GPE", "LOC", "ORG"}:
        return ent
    for size in (4, 3, 2, 1):
        if ent.end + size <= len(doc) and gazetteer.country_named(doc[ent.start : ent.end + size].text):
            return Span(doc, ent.start, ent.end + size, label="GPE")
    owner = next((t.i + 1 for t in reversed(ent[1:]) if t.lower_ == "of"), None)  # "the Government of | Côte"
    if ent.label_ == "ORG" and owner is not None and owner < ent.end:
        for size in (3, 2, 1):
            if ent.end + size <= len(doc) and gazetteer.country_named(doc[owner : ent.end + size].text):
                return Span(doc, ent.start, ent.end + size, label="ORG")
    return ent


def _split_titled_person(ent: Span) -> Iterator[tuple[Span, str]]:
    """Yield the names inside one tagged span: the model often runs a title, a body or a country into a name.

    "Minister of Trade Jane Doe" (tagged as one organization) yields the person;
    "Federation Council Speaker Jane Doe" and "Security Council Jane Doe" yield the body and the person;
    "Ruritania Jane Doe" (tagged as one person) yields the country and the person.
    """
    for line in _lines_of(ent):
        trimmed = _trim(line)  # "the Kyrgyz Republic Jane Doe's,": the article and the marks keep nothing apart
        if trimmed is None:
            continue
        part = Span(ent.doc, trimmed.start, trimmed.end, label=line.label_)
        if gazetteer.international_organization(part.text):
            yield part, "ORG"  # a known body's whole name holds no person ("Association of ... Asian Nations")
        elif gazetteer.country_named(part.text):
            yield part, "GPE"  # nor does a country's ("Lao People's Democratic Republic")
        elif (owner := _owner_of_plural_bodies(part)) is not None:
            yield owner, "GPE"  # "the Governments of [the United States]": several bodies, one country
        elif places := _coordinated_places(part):
            yield from ((place, "GPE") for place in places)
        elif places := _town_and_regions(part):
            yield from ((place, "GPE") for place in places)  # "Springfield, Ohio" tagged as one name
        elif part.label_ == "ORG" and (person := _person_run_into(part)) is not None:
            yield part.doc[part.start : person.start], "ORG"  # "[Acme Concern] [Pavel] Doe": the first name
            yield person, "PERSON"  # went to the body, the surname alone to a person
        elif part.label_ == "ORG" and (leader := _place_then_person(part)) is not None:
            yield part.doc[part.start : leader], "GPE"  # "Lao People's Democratic Republic Jane Doe" taken for a body
            yield part.doc[leader : part.end], "PERSON"
        elif part.label_ == "ORG" and (bodies := _bodies_of(part)):
            yield from ((body, "ORG") for body in bodies)
        elif part.label_ == "ORG":
            yield from _split_organization_and_person(part)
        elif _is_national_body(part):
            yield part, "ORG"
        elif part.label_ == "PERSON":
            yield from _split_country_and_person(part)
        elif part.label_ in {"GPE", "LOC"} and (leader := _place_then_person(part)) is not None:
            yield part.doc[part.start : leader], "GPE"  # "Republic of Tajikistan Emomali Rahmon"
            yield part.doc[leader : part.end], "PERSON"
        else:
            yield part, part.label_


def _town_and_regions(ent: Span) -> list[Span]:
    """Split a span that is a town and, after commas, its region and country ("Springfield, Ohio",
    "Leeds, Yorkshire, England"); [] unless every part after the first is a known region or country."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if not commas or commas[0] == ent.start or commas[-1] + 1 >= ent.end:
        return []
    starts, ends = [ent.start, *(c + 1 for c in commas)], [*commas, ent.end]
    parts = [doc[start:end] for start, end in zip(starts, ends, strict=True)]
    if is_state_code(parts[-1]):
        parts = parts[:-1]  # "Washington, DC": the town; its postal code is no name of its own
        if len(parts) == 1:
            return parts
    known = all(gazetteer.country_named(p.text) or gazetteer.subdivision_named(p.text) for p in parts[1:])
    return parts if known and all(len(p) and all(_is_capitalized(t) for t in p) for p in parts) else []


def _lines_of(ent: Span) -> list[Span]:
    """Cut a span at line breaks, and end it at a colon: a headline's last word and the body's first are
    not one name, and what follows a speaker's name and a colon is the speech ("Jane Doe: Colleagues")."""
    doc = ent.doc
    parts: list[Span] = []
    start = ent.start
    for token in ent:
        if token.text == ":":
            return [*parts, Span(doc, start, token.i, label=ent.label_)] if token.i > start else parts
        if token.is_space or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                parts.append(Span(doc, start, end, label=ent.label_))
            start = token.i + 1
    if start < ent.end:
        parts.append(Span(doc, start, ent.end, label=ent.label_))
    return parts


def _is_national_body(ent: Span) -> bool:
    """Tell whether a person or place is a nationality and one name word: "Kazakh Railways", "Uzbek Airways"."""
    return (
        ent.label_ in {"PERSON", "GPE"}
        and len(ent) == 2
        and gazetteer.country_of_demonym(ent[0].text) is not None
        and ent[1].is_title
        and ent[1].lower_ not in _COMPASS | words("state_nouns")  # "the Ottoman Empire" is a state, not a body
    )


def _bodies_of(ent: Span) -> list[Span]:
    """Split "Ministry of Economy and Ministry of Finance" into its bodies; [] when it names one."""
    doc = ent.doc
    cuts = [t.i for t in ent if t.lower_ == "and" and t.i + 1 < ent.end and doc[t.i + 1].lower_ in words("org_words")]
    if not cuts:
        return []
    starts = [ent.start, *(cut + 1 for cut in cuts)]
    ends = [*cuts, ent.end]
    return [doc[start:end] for start, end in zip(starts, ends, strict=True) if end > start]


def _is_name_word(token: Token) -> bool:
    """Tell whether a token can be part of a person's name: capitalized, and no title, body or country."""
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and not is_title_word(token.text)
        and token.lower_ not in TITLE_MODIFIERS  # "the Georgian First [Deputy Minister]"
        and token.lower_ not in words("org_words")
        and gazetteer.country_named(token.text) is None
    )


def _person_tail(ent: Span) -> int | None:
    """Return where the person's name that ends a span begins: two words, or three joined by a hyphen."""
    start = ent.end
    while start > ent.start and (_is_name_word(ent.doc[start - 1]) or ent.doc[start - 1].text == "-"):
        start -= 1
    tail = [t for t in ent.doc[start : ent.end] if t.text != "-"]
    if len(tail) < 2 or ent.doc[start].text == "-":
        return None
    if len(tail) == 2:
        return start
    # "Recep Tayyip Erdogan" has three words, but in "Minister of Trade and Integration Jane Doe" the word
    # after "and" ends the title: after a conjunction or a comma, a name is its last two words.
    joined = start > 0 and ent.doc[start - 1].lower_ in {"and", "&", ",", "of", "for", "the"}
    return tail[-2].i if joined or len(tail) > 3 else tail[-3].i


def _place_then_person(ent: Span) -> int | None:
    """Return where a person's name starts in a place span that is a country or region and then that name
    ("Tajikistan Jane Doe", "the Middle East Jane Doe")."""
    tail = _person_tail(ent) if len(ent) >= 3 else None
    if tail is None or tail == ent.start:
        return None
    place = ent.doc[ent.start : tail].text
    known = gazetteer.country_named(place) or gazetteer.subdivision_named(place) or gazetteer.is_region(place)
    return tail if known else None


def _leading_country(ent: Span) -> int:
    """Return how many of a span's first tokens name a country ("Kazakhstan", "United Arab Emirates"), or 0."""
    for size in (3, 2, 1):
        if len(ent) > size and gazetteer.country_named(ent.doc[ent.start : ent.start + size].text):
            return size
    return 0


def _without_leading_title(span: Span) -> Span | None:
    """Drop "Head of the" from "Head of the Federal Agency": what is left names the body."""
    start = span.start
    doc = span.doc
    while start < span.end and (is_title_word(doc[start].text) or doc[start].lower_ in TITLE_MODIFIERS | {"of", "the"}):
        start += 1
    return doc[start : span.end] if start < span.end else None


def _split_organization_and_person(ent: Span) -> Iterator[tuple[Span, str]]:
    doc = ent.doc
    country = _leading_country(ent)
    if country and _person_tail(doc[ent.start + country : ent.end]) == ent.start + country:
        yield doc[ent.start : ent.start + country], "GPE"  # "Ruritania Anna-Maria Doe"
        yield doc[ent.start + country : ent.end], "PERSON"
        return
    tail = _person_tail(ent) if len(ent) >= 3 else None
    if tail is None or tail == ent.start or doc[tail - 1].lower_ in _CONNECTORS:
        yield ent, ent.label_
        return
    before = doc[tail - 1]
    titled = is_title_word(ent[0].text) and ent[0].is_title
    # "Minister of [Investment, Industry and Trade Jane Doe]": the model left the title out of the span.
    titled = titled or _follows_title_of(ent)
    if titled and ent[-1].lower_ not in words("org_words"):
        # "Minister of Trade Jane Doe": the title is no body; "Chairman of [the Security Council Jane Doe]" has one.
        body = _without_leading_title(doc[ent.start : tail])
        if body is not None and any(t.lower_ in words("org_words") for t in body):
            yield body, "ORG"
        yield doc[tail : ent.end], "PERSON"
    elif is_title_word(before.text):
        body_end = tail - 1
        while body_end > ent.start and (
            is_title_word(doc[body_end - 1].text) or doc[body_end - 1].lower_ in TITLE_MODIFIERS
        ):
            body_end -= 1
        if body_end > ent.start:
            yield doc[ent.start : body_end], "ORG"
        yield doc[tail : ent.end], "PERSON"
    elif before.lower_ in words("org_words"):
        yield doc[ent.start : tail], "ORG"
        yield doc[tail : ent.end], "PERSON"
    elif gazetteer.is_given_name(doc[tail].text) and any(t.lower_ in words("org_words") for t in doc[ent.start : tail]):
        yield doc[ent.start : tail], "ORG"  # "Council for Science and Education Jane Doe": a known first name
        yield doc[tail : ent.end], "PERSON"
    elif before.text == ",":
        # "Minister of Industry and [Trade, Jane Doe]": a comma sets the holder's name off the portfolio or body
        body = doc[ent.start : tail - 1]
        if any(t.lower_ in words("org_words") for t in body):
            yield body, "ORG"
        yield doc[tail : ent.end], "PERSON"
    else:
        yield ent, ent.label_


# "Minister of [Economy and Trade]", "Secretary of [State]" name portfolios, never bodies
_MINISTER = frozenset({"minister", "secretary"})


def _first_name_before(ent: Span) -> bool:
    """Tell whether the model left a one-word name's first name out ("Trade [Laziz] Kudratov")."""
    if len(ent) != 1 or ent.start == 0:
        return False
    previous = ent.doc[ent.start - 1]
    return (
        _is_name_word(previous)
        and not previous.ent_type_
        and previous.lower_ not in words("honorifics") | words("portfolio_words")
        and gazetteer.country_of_demonym(previous.text) is None
        and gazetteer.city_named(previous.text) is None
    )


def _follows_title_of(span: Span, titles: frozenset[str] | None = None) -> bool:
    """Tell whether a span comes right after "<title> of", "<title> for" or "<title> of the" ("President of",
    "Commissioner for", "Minister of the"); with `titles`, after one of those titles only."""
    doc = span.doc
    start = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start
    if start < 2 or doc[start - 1].lower_ not in {"of", "for"}:
        return False
    title = doc[start - 2]
    return title.lower_ in titles if titles is not None else is_title_word(title.text)


def _person_run_into(body: Span) -> Span | None:
    """Return the person whose first name ends a body's span, the surname (tagged apart or not) after it."""
    doc = body.doc
    last = body[-1]
    if len(body) < 2 or body.end >= len(doc) or not gazetteer.is_given_name(last.text):
        return None
    first = doc[body.end]
    if not _is_name_word(first) or first.ent_type_ not in ("", "PERSON"):
        return None
    end = body.end + 1
    while end < len(doc) and _is_name_word(doc[end]) and doc[end].ent_type_ in ("", "PERSON") and end - body.end < 3:
        end += 1
    return doc[last.i : end]


def _follows_titled_country(run: Span) -> bool:
    """Tell whether a run comes right after a country the model tagged (as whatever), itself after "<title> of"."""
    doc = run.doc
    if run.start == 0:
        return False
    country = next((e for e in doc.ents if e.end == run.start and e.label_ in ("GPE", "ORG", "LOC")), None)
    return country is not None and gazetteer.country_named(country.text) is not None and _follows_title_of(country)


def _split_country_and_person(ent: Span) -> Iterator[tuple[Span, str]]:
    doc = ent.doc
    if gazetteer.country_named(ent.text):
        yield ent, "GPE"  # "Brunei Darussalam" is one country, not Brunei and a person
        return
    if _first_name_before(ent):
        yield doc[ent.start - 1 : ent.end], "PERSON"
        return
    country = _leading_country(ent)
    # "Venezuela Nicolas Maduro", and after "<title> of" a surname alone: "President of [Belarus Doe]".
    if country and (len(ent) - country >= 2 or (_follows_title_of(ent) and _is_name_word(ent[-1]))):
        yield doc[ent.start : ent.start + country], "GPE"
        yield doc[ent.start + country : ent.end], "PERSON"
        return
    previous = doc[ent.start - 1] if ent.start > 0 else None
    if (
        len(ent) >= 3
        and previous is not None
        and previous.is_title
        and previous.is_alpha
        and not is_title_word(previous.text)
        and previous.lower_ not in words("honorifics")
        and ent[1].text != "-"
        and ent[1].lower_ not in words("name_particles")
        and not previous.is_sent_start
        and not previous.ent_type_
        and not ent[0].is_sent_start
        and ent[0].lower_ in dictionary_words()  # "Relief" of a portfolio; "Bui" of "Bui Thanh Son" is a name
        and not _INITIAL.fullmatch(ent[1].text)  # "Antony Q. Doe": an initial follows a first name
    ):
        # "... Natural Disaster Relief Alexander Chupriyan": the title's last word ran into the name.
        yield doc[ent.start + 1 : ent.end], "PERSON"
        return
    yield ent, ent.label_


def _missed_names(run: Span) -> Iterator[tuple[Span, str]]:
    """Type a run of capitalized proper nouns the model left untagged ("KazISS" of "KazISS Director")."""
    end = run.end
    while end > run.start and is_title_word(run.doc[end - 1].text):
        end -= 1
    if run.start < end < run.end:
        run = run.doc[run.start : end]
    run = _with_first_conjunct(run)
    country = _leading_country(run)
    if gazetteer.country_named(run.text) or gazetteer.is_region(run.text):
        yield run, "GPE"
    elif country and _is_full_name(run.doc[run.start + country : run.end]):
        yield run.doc[run.start : run.start + country], "GPE"  # "... of Uzbekistan Jane Doe", all untagged
        yield run.doc[run.start + country : run.end], "PERSON"
    elif (body := _body_before_its_office(run)) is not run:
        yield body, "ORG"  # "the G20 Presidency", left untagged
    elif (
        _head_word(run) in words("org_words")
        or (len(run) == 1 and _is_acronym(run[0]) and _acronym_names_a_body(run[0]))
        or (len(run) == 1 and _compound_national(run))
        or (len(run) == 1 and run[0].dep_ == "conj" and run[0].head.ent_type_ == "ORG")
        or _names_a_holders_body(run)
    ):
        yield run, "ORG"
    elif _is_one_word(run) and _city_named(run, None) and (not run[0].is_sent_start or run[0].is_upper or _dated(run)):
        yield run, "GPE"  # a capitalized word starting a sentence is no town ("Union"); a dateline's "TASHKENT" is
    elif _place_by_form_or_context(run) is not None or (_is_reached(run) and not _names_a_kind(run)):
        yield run, "GPE"  # "Bow River", "near Springfield", "marched to Harrowgate": a place by its words or context
    elif 2 <= len(run) <= 3 and _surname_of_a_tagged_person(run[-1]):
        yield run, "PERSON"  # "Recep Tayyip Erdogan" left untagged where "Erdogan" alone was tagged
    elif len(run) >= 3 and _follows_title_of(run) and (name := _name_after_portfolio(run)) is not None:
        yield name, "PERSON"  # "Minister of [Agriculture Jane Doe]"
    elif 2 <= len(run) <= 4 and _follows_titled_country(run) and all(_is_name_word(t) or t.text == "-" for t in run):
        yield run, "PERSON"  # "President of the Republic of Freedonia [Jane Doe]", the country tagged, the name not
    elif _is_full_name(run) and run.root.dep_ == "appos" and is_title_word(run.root.head.text):
        yield run, "PERSON"  # "the Deputy Minister of Industry and Trade, Jane Doe", left untagged
    elif (name := _titled_full_name(run)) is not None:
        yield name, "PERSON"  # "... State Corporation Jane Doe", "Region Governor Jane Doe", left untagged
    elif _may_be_described(run) and not _names_a_kind(run) and (kind := described_type(run)) is not None:
        yield run, _LABEL_OF_KIND[kind]  # "Velmora are a rock band from Leeds", left untagged


_LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


def _names_a_kind(span: Span) -> bool:
    """Tell whether a capitalized word is itself a noun for a kind of thing ("Son of ..." opening a sentence)."""
    return any(t.lower_ in class_nouns() or t.lemma_.casefold() in class_nouns() for t in span)


def _with_first_conjunct(run: Span) -> Span:
    """Take in the capitalized word and "and" before a body's name that it shares ("[Foreign and]
    Commonwealth Office"): one body, the first word written before the shared head."""
    doc = run.doc
    start = run.start
    if _head_word(run) not in words("org_words") or start < 2 or doc[start - 1].lower_ not in {"and", "&"}:
        return run
    first = doc[start - 2]
    own_word = first.is_title and not first.ent_type_ and not is_title_word(first.text)
    joined = own_word and first.lower_ not in body_nouns()
    opens = first.i == 0 or first.is_sent_start or first.nbor(-1).is_lower
    return doc[start - 2 : run.end] if joined and opens else run


def _titled_full_name(run: Span) -> Span | None:
    """Return the name that ends an untagged run after its last title ("Presidential Aide Jane Doe", "Vice
    President Doe's"), or a full name starting with a known first name: the model often leaves officials
    untagged. A surname alone needs the title right before it."""
    doc = run.doc
    titles = [t.i for t in run if is_title_word(t.text)]
    start = titles[-1] + 1 if titles else run.start
    name = doc[start : run.end]
    titled = start > 0 and is_title_word(doc[start - 1].text)
    following = doc[run.end] if run.end < len(doc) else None
    before_title = following is not None and is_title_word(following.text)  # "Deputy Assistant Secretary"
    surname = len(name) == 1 and _is_name_word(name[0]) and name[0].lower_ not in TITLE_MODIFIERS | words("honorifics")
    surname = surname and not before_title
    if titled and surname and not is_capitalized_common_word(name[0]):  # "Ambassador Extraordinary" is a title
        return name if gazetteer.city_named(name.text) is None else None
    if len(name.text.split()) < 2 or not _is_full_name(name):
        return None  # "Almaz-Antey": one hyphenated word is no first name and surname
    return name if titled or gazetteer.is_given_name(name[0].text) else None


def _dated(run: Span) -> bool:
    """Tell whether a name is followed by a comma and a date, as a dateline's city is ("Westport, 10 May:")."""
    doc = run.doc
    return run.end + 1 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].ent_type_ == "DATE"


def _acronym_names_a_body(token: Token) -> bool:
    """Tell whether an acronym the model left untagged names a body: a known international one, one
    before a title ("KazISS Director"), one the text spells out in parentheses, or one mixing cases
    ("KazISS"); a plain capital abbreviation ("CD", "VIP", "SUV") is as often a thing."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if gazetteer.international_organization(token.text) or (following is not None and is_title_word(following.text)):
        return True
    if not token.text.isupper():
        return True
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def _is_one_word(span: Span) -> bool:
    """Tell whether a span is written as one word, hyphens and all ("Herat", "Mazar-i-Sharif")."""
    return not any(t.whitespace_ for t in span[:-1])


def _is_full_name(span: Span) -> bool:
    """Tell whether a span is two or three name words, a hyphenated word counting as one."""
    parts = [t for t in span if t.text != "-"]
    return 2 <= len(parts) <= 3 and all(_is_name_word(t) for t in parts) and span[0].text != "-"


def _name_after_portfolio(run: Span) -> Span | None:
    """Return the two-word name (a hyphenated word counting as one) that ends a title's portfolio, if one does."""
    doc = run.doc
    start = run.end
    for _ in range(2):
        start -= 1
        while start - 2 >= run.start and doc[start - 1].text == "-":
            start -= 2
        if start <= run.start or not _is_name_word(doc[start]):
            return None
    return doc[start : run.end]


def _surname_of_a_tagged_person(token: Token) -> bool:
    return any(ent.label_ == "PERSON" and ent.text == token.text for ent in token.doc.ents)


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
    if any(t.lower_ in words("org_words") or _is_acronym(t) or gazetteer.country_named(t.text) for t in span):
        return False  # "the foreign ministers of ASEAN": a body after all
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if span[-1].lower_ in TITLE_MODIFIERS and following is not None and is_title_word(following.text):
        return True  # "the Georgian First | Deputy Minister": the start of a title
    if is_title_word(span[0].text) and len(span) > 1 and span[1].lower_ == "of":
        rest = _without_leading_title(span)  # "Head of Government", "Head of State": a title, no body
        return rest is None or all(t.lower_ in _lone_common_nouns() for t in rest)
    return _follows_title_of(span, _MINISTER) or is_title_word(span[-1].text)


def _body_before_title(span: Span) -> Span | None:
    """Return the acronym of a body that a role span begins with ("USAID" of "USAID Administrator"), if any."""
    end = span.end
    while end > span.start and (is_title_word(span.doc[end - 1].text) or span.doc[end - 1].lower_ in TITLE_MODIFIERS):
        end -= 1
    return span.doc[span.start : end] if end - span.start == 1 and _is_acronym(span.doc[span.start]) else None


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


def find_mentions(doc: Doc) -> list[Mention]:
    """Find and type every name mention in the document, longest spans first on overlap."""
    headlines = _headline_lines(doc.text)
    found: list[Mention] = []
    for raw, label in _candidate_spans(doc):
        span = _trim(raw)
        if span is None:
            continue
        listed_country = _is_person_in_country_list(span)
        if (
            label == "ORG"
            and _head_word(span) not in words("org_words")
            and (listed_country or _follows_person_title(span))
        ):
            label = "PERSON"
        if label in {"ORG", "GPE", "LOC", "FAC"} and _follows_form_of_address(span):
            label = "PERSON"  # "Mr Jordan", whatever else the name may be
        if label == "ORG" and _is_role_or_portfolio(span):
            span = _body_before_title(span)  # "USAID Administrator": the body, not the title
            if span is None:
                continue
        if label in {"ORG", "GPE", "FAC"} and _is_named_person(span):
            label = "PERSON"  # "Jane Doe, who founded the firm": "who" is said of persons
        if label == "FAC" and span[0].lower_ in words("honorifics"):
            label = "PERSON"  # "Rt Hon Jane Doe" taken for a building
        if label == "PERSON" and _follows_body_noun(span):
            label = "ORG"  # "the Turkish company Acme Enerji"
        if label == "PERSON":
            span = _strip_titles(span)
            if span is None or (len(span) == 1 and _is_acronym(span[0])):
                label = "ORG"
                span = span or _trim(raw)
            if span is None:
                continue
        span = _body_before_its_office(span)  # "the ASEAN Chairmanship", "the G20 Presidency": the body
        if label in {"ORG", "PERSON"} or _head_word(span) in words("org_words"):
            span = _widen_to_quotes(span)
        if label == "ORG" or _head_word(span) in words("org_words"):
            span = _with_first_conjunct(_widen_organization(span))
        if _is_portfolio(span):
            continue
        typed = _classify(span, label)
        described = _described(span, typed)
        typed = described or typed
        if typed is None:
            continue
        entity_type, country = typed
        if entity_type == "place":
            span = _extend_place(span)
        if entity_type == "person" and listed_country:
            country = listed_country
        # a country is a name in any line; other capitalized words of a title-case headline need to recur
        sure = _known_to_gazetteers(span, entity_type) or _reads_as_a_personal_name_in(span, entity_type)
        weak = not sure and any(s <= span.start_char < e for s, e in headlines)
        found.append(Mention(span.start_char, span.end_char, span.text, entity_type, country, weak, bool(described)))
    return _without_overlaps(found)


def _may_be_described(span: Span) -> bool:
    """Tell whether a span the rules dropped may still be a name its description types ("the village of
    Orrin", tagged a nationality): capitalized words, none a nationality, a title or a common noun's."""
    return (
        all(_is_capitalized(t) for t in span)
        and gazetteer.country_of_demonym(span.text) is None
        and not any(is_title_word(t.text) or t.lower_ in _lone_common_nouns() | words("honorifics") for t in span)
        and not _is_common_phrase(span)
    )


_KINDS = {"country": "place", "region": "place", "place": "place", "person": "person", "organization": "organization"}


def _described(span: Span, typed: tuple[EntityType, str | None] | None) -> tuple[EntityType, str | None] | None:
    """Return the type the text's own description of a name gives it ("X, a company"); a country or an
    international body stays what the gazetteers say, and a name typed already keeps its country."""
    if typed is None and not _may_be_described(span):
        return None
    if (typed is not None and typed[0] == "country") or gazetteer.international_organization(span.text):
        return None
    kind = described_type(span)
    if kind is None or (kind != "organization" and _head_word(span) in words("org_words")):
        return None  # "Westvale Rowing Club, a park by the river": a body's own head word outweighs the text's noun
    if typed is not None and _KINDS.get(typed[0]) == kind:
        return typed
    if kind == "place":
        city = gazetteer.city_named(span.text, named_countries(span.doc))
        return "place", city.country if city else None
    return kind, _country_in_name(span) if kind == "organization" else None


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
    return entity_type == "person" and _reads_as_a_personal_name(span)


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
        and all(_is_name_word(t) for t in span)
        and not any(gazetteer.city_named(t.text) for t in span)
    )


def _body_before_its_office(span: Span) -> Span:
    """Return the international body a span begins with when one more word, no body's own, follows it
    ("ASEAN Chairmanship", "G20 Presidency", "SCO Summit"); else the span."""
    if len(span) < 2 or gazetteer.international_organization(span.text) or span[-1].lower_ in words("org_words"):
        return span
    for size in (3, 2, 1):
        if size == len(span) - 1 and gazetteer.international_organization(span[:size].text):
            return span[:size]
    return span


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
