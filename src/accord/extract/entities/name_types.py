"""Name types: what a cleaned name span names (a country, a region, a place, a person, an organization).

The gazetteers come first and the model's label second: spaCy's small English model often takes a city
for a person or a person for an organization, so the words of the name and the text around it decide.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.name_words import QUOTES, head_word, is_acronym, is_capitalized, is_name_word
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
from accord.extract.language.lexicon import body_nouns, is_title_word, words
from accord.extract.language.numbers import unit_at
from accord.nlp.pipeline import dictionary_words
from accord.record import EntityType

_PLACE_SUFFIXES = frozenset({"region", "province", "oblast", "district", "city", "governorate", "state"})
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
# A city inside an organization's name marks its country only when the city is well known.
_CITY_IN_NAME_POPULATION = 300_000
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def _precedes_place_suffix(span: Span) -> bool:
    """Tell whether a capitalized name is followed by a lower-case "region", "province" or "district"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _PLACE_SUFFIXES


def extend_place(span: Span) -> Span:
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


def country_in_name(span: Span) -> str | None:
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


def classify(span: Span, label: str) -> tuple[EntityType, str | None] | None:
    """Type a cleaned name span, gazetteers first; None when it is not an entity."""
    text = span.text
    if all(t.is_stop and not t.is_upper for t in span) or not any(is_capitalized(t) for t in span):
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
    if all(t.lower_ in COMPASS for t in span):
        return None  # "the South East of the plateau"
    if len(span) == 1 and _PLURAL_ACRONYM.match(text):
        return None  # "UAVs", "SMEs": the plural of an abbreviation names a class of things, not one body
    if gazetteer.international_organization(text):
        return "organization", None  # the UN, the SCO: an international body belongs to no one country
    country = gazetteer.country_named(text)
    if country:
        return "country", country.code
    if len(span) == 1 and span[0].lower_ in lone_common_nouns() and not span[0].is_upper:
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
    if label == "NORP" and not demonym and names_a_holders_body(span):
        return "organization", None  # "Gortrans CEO Jane Doe", tagged a nationality
    if label == "NORP" or demonym or _is_national_pair(text):
        return None
    if gazetteer.is_region(text):
        return "region", None
    if _is_a_team(span):
        return "organization", country_in_name(span)
    city = city_named(span, label)
    # A body is often named after a city ("Boston Consulting"); the city's own name alone is the city.
    own_name = city is not None and gazetteer.name_key(city.name) == gazetteer.name_key(text)
    if city and (label != "ORG" or len(span) == 1 or (own_name and city.population >= _CITY_IN_NAME_POPULATION)):
        return "place", city.country
    if not _is_person_with_a_place_word(span, label) and (place := place_by_form_or_context(span)) is not None:
        return place
    if label != "GPE" and head_word(span) not in words("org_words") and (placing := _placing_region(span)):
        return "place", placing  # "Sandy Hook, Maryland, where ...", whatever the model's tag
    head = head_word(span)
    if head not in words("org_words") and _is_common_phrase(span):
        return None  # "Industrial Design", "Rice": words the text also writes in lower case, capitalized
    if len(span) == 1 and text.casefold() in words("document_words"):
        return None  # "the Treaty reaffirms ...": a document's common noun, capitalized as a short form
    if head in words("document_words") or text.casefold() in words("document_words"):
        return "other", None
    if label in {"ORG", "GPE", "LOC", "FAC"} and reads_as_a_personal_name(span) and not _starts_with_a_city(span):
        return "person", None  # "Candace Savage" tagged a body or a place: a first name and a surname, no body's word
    if head in words("org_words") or label == "ORG":
        return "organization", country_in_name(span)
    if len(span) == 1 and is_acronym(span[0]):
        return "organization", country_in_name(span)
    if label == "PERSON":
        if not _is_person_name(span) or any(c.isdigit() for c in text):
            return None  # "the minister", "S-400 Triumf": no person's name holds a lower-case word or a number
        if len(span) > 1 and any(t.lower_ in words("org_words") for t in span):
            return "organization", country_in_name(span)  # "Corporation Acmecosmos": a body's word makes a body
        if _is_common_word_phrase(span):
            return "organization", country_in_name(span)  # "Velvet Lane", "Weather Report": a band's, a firm's
        if _names_a_facility(span):
            return None  # "the Yavan hydropower plant": a word of the plant's name, not a person
        if _after_locative(span) and span[-1].head.lower_ != "at":
            return "place", None  # "fighting in Westmark": no one lives in a person
        if is_reached(span):
            return "place", None  # "the troops withdrew from Westmark"
        if _takes_article(span):
            return "organization", None  # "the Stooges": a person's name takes no article, a band's does
        if len(span) == 1 and (national := compound_national(span)):
            return "organization", national.code  # "Kazakhtelecom": a national stem makes a body
        if len(span) == 1 and (_coordinated_with_a_body(span) or names_a_holders_body(span)):
            return "organization", country_in_name(span)  # "Novatek and Rosneft signed": two companies
        if len(span) == 1 and span[0].tag_ == "NNPS":
            return None  # "the Westmarkites", "our Olympians": a plural names a group of people, not a person
        if len(span) == 1 and _is_an_ordinary_word_alone(span):
            return None  # "Hooray!", "the General Staff": an ordinary word, no one's name in the text
        return "person", None
    if label in {"GPE", "LOC"}:
        if text.casefold() in COMPASS:
            return None
        if len(span) == 1 and len(text) > 3 and gazetteer.is_given_name(text) and not _after_locative(span):
            return "person", None  # "So again, Abdulaziz, welcome": a first name no gazetteer knows as a place
        if span[-1].dep_ == "compound" and span[-1].head.lemma_.casefold() in words("org_words"):
            return "organization", None
        if len(span) == 1 and (national := compound_national(span)):
            return "organization", national.code  # "Rosavtodor": a national stem makes a body, not a town
        return ("place" if label == "GPE" else "region"), None
    if label == "FAC":
        # A stadium, a square, an airport; but "Strategic Partnership" is a programme the model took for one.
        return ("other" if head in words("partnership_words") else "place"), None
    return None


def reads_as_a_personal_name(span: Span) -> bool:
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
    if last.lower_ in place_heads()[0] or last.lower_ in words("org_words") | words("state_nouns"):
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
    inner_quotes = [t.i for t in span[1:-1] if t.text in QUOTES]
    for token in span:
        if is_capitalized(token) or token.text == "-" or token.i in inner_quotes or _inside_hyphenated(token):
            continue
        if token.lower_ not in particles or token.i == span.end - 1:
            return False  # "the minister", a name ending in "de"
    return not all(t.is_stop for t in span)


def _inside_hyphenated(token: Token) -> bool:
    """Tell a lower-case part of a hyphenated name that opens capitalized ("Chan-o-cha", "Abdel-el-Aziz")."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2  # back over a hyphen glued on both sides, to the word's first part
    return i < token.i and is_capitalized(doc[i])


def names_a_holders_body(span: Span) -> bool:
    """Tell a one-word name right before a title and its holder's full name, as a body's is ("Acmegaz chief
    executive Jane Doe", "Kamgaz head Jane Doe"): no first name, country, known town or ordinary word."""
    doc, i = span.doc, span.end
    while i < len(doc) and (is_title_word(doc[i].text) or doc[i].lower_ in _TITLE_TAIL):
        i += 1
    titled_name = i > span.end and i + 1 < len(doc) and is_name_word(doc[i]) and is_name_word(doc[i + 1])
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


def is_reached(span: Span) -> bool:
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
    locative preposition, an article or the region's country named in the text, unless it cannot be a person's:
    "Victoria" is also a first name, "Kent" a surname when a longer name of the text ends with it.
    A city of the same name in the same country is the place meant ("New York")."""
    region = gazetteer.subdivision_named(span.text)
    if region is None:
        return None
    trusted = len(span) > 1 or label in {"GPE", "LOC"} or _after_locative(span) or _takes_article(span)
    if not trusted and _may_name_a_person(span) and region.country not in named_countries(span.doc):
        return None
    city = gazetteer.city_named(span.text, (region.country,) if region.country else ())
    if city is not None and city.country == region.country:
        return "place", city.country
    return "region", region.country


def _surnames(doc: Doc) -> frozenset[str]:
    """Return the last words of the longer personal names the model found in a document (computed once)."""
    known = doc.user_data.get("accord.surnames")
    if known is None:
        known = frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1)
        doc.user_data["accord.surnames"] = known
    return known


def _may_name_a_person(span: Span, by_title: bool = True) -> bool:
    """Tell whether a one-word name could be a person's: a known first name, a form of address (or, with
    `by_title`, a title) before it ("Mr Kent", "President Kent"), or the surname of a longer name in the text."""
    before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    addressed = before in words("honorifics") or (by_title and is_title_word(before))
    return gazetteer.is_given_name(span.text) or addressed or span[0].text in _surnames(span.doc)


def _is_an_ordinary_word_alone(span: Span) -> bool:
    """Tell whether a one-word name tagged a person is an ordinary English word ("Hooray", "Sorrow") that
    nothing in the text makes a person's. A title before it makes no person: a title and a common noun make
    a body ("the General Staff")."""
    token = span[0]
    ordinary = not token.is_upper and token.lower_ in dictionary_words()
    return ordinary and not _may_name_a_person(span, by_title=False)


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
def place_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the last words and the first words that make a name a place ("... River", "Mount ..."), and
    the last words that are common surnames too ("Hill")."""
    entries = words("place_heads")
    surnames = frozenset(e[:-1] for e in entries if e.endswith("~"))
    last = frozenset(e for e in entries if not e.endswith(("<", "~"))) | surnames
    return last, frozenset(e[:-1] for e in entries if e.endswith("<")), surnames


def _is_person_with_a_place_word(span: Span, label: str) -> bool:
    """Tell whether a span the model tagged a person is a first name and a surname that is also a place's
    last word ("Jane Hill", "Rudy Marsh"), not a place ("Sandy Creek")."""
    surnames = place_heads()[2]
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


def place_by_form_or_context(span: Span) -> tuple[EntityType, str | None] | None:
    """Type a name as a place by its own words ("Bow River", "Mount Kenya") or by its context: a town the
    gazetteer knows, however small, placed by a region after a comma ("Springfield, Ohio") or governed by a
    locative preposition ("in Springfield")."""
    last_words, first_words, _ = place_heads()
    if head_word(span) in words("org_words"):
        return None  # "Bay Area Council", "Port Authority of ...": a body
    body_before = len(span) > 2 and span[-2].lower_ in words("org_words")  # "Westvale School District": a body
    if len(span) > 1 and is_capitalized(span[-1]) and span[-1].lower_ in last_words and not body_before:
        return "place", country_in_name(span)
    if len(span) > 1 and span[0].lower_ in first_words:
        return "place", country_in_name(span)
    region_country = _followed_by_its_region(span)
    located = region_country is not None or _after_locative(span)
    city = gazetteer.city_named(span.text, (region_country,) if region_country else named_countries(span.doc))
    if located and city is not None and not span.text.isupper():
        return "place", city.country
    return None


@cache
def lone_common_nouns() -> frozenset[str]:
    """Return the common nouns for a body or a state that are no name written alone ("Government", "Board")."""
    return body_nouns() | words("state_nouns")


def compound_national(span: Span) -> gazetteer.Country | None:
    """Return the country a one-word body's name starts with ("Kazakhtelecom"); a city's name is no body's."""
    if gazetteer.city_named(span.text) is not None:
        return None  # "Indianapolis", "Germantown"
    return gazetteer.country_of_compound_name(span.text, named_countries(span.doc))


def city_named(span: Span, label: str | None) -> gazetteer.City | None:
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
    small = city.population < gazetteer.TOWN_POPULATION and not _home_town(span, city)  # the model must agree
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


def may_be_described(span: Span) -> bool:
    """Tell whether a span the rules dropped may still be a name its description types ("the village of
    Orrin", tagged a nationality): capitalized words, none a nationality, a title or a common noun's."""
    return (
        all(is_capitalized(t) for t in span)
        and gazetteer.country_of_demonym(span.text) is None
        and not any(is_title_word(t.text) or t.lower_ in lone_common_nouns() | words("honorifics") for t in span)
        and not _is_common_phrase(span)
    )
