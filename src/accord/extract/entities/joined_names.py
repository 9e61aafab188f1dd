"""Joined names: the names inside one span the model tagged as one.

The model often runs a title, a body or a country into a person's name ("Minister of Trade Jane Doe",
"Ruritania Jane Doe"), tags places or bodies joined by "and" or a comma as one name, and carries a
name over a line break; each such span is cut into the names it holds, each with its label.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from accord.extract.entities.name_types import COMPASS, city_named, lone_common_nouns
from accord.extract.entities.name_words import CONNECTORS, INITIAL, follows_title_of, is_capitalized, is_name_word, trim
from accord.extract.entities.non_names import is_state_code
from accord.extract.language import gazetteer
from accord.extract.language.lexicon import TITLE_MODIFIERS, is_title_word, words
from accord.nlp.pipeline import dictionary_words


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
        gazetteer.country_named(p.text) or gazetteer.subdivision_named(p.text) or city_named(p, "GPE") for p in parts
    )
    return parts if known and len(parts) == len(cuts) + 1 else []


def _owner_of_plural_bodies(ent: Span) -> Span | None:
    """Return the country in "Governments of <country>", "Ministries of <country>": a plural names no one body."""
    doc = ent.doc
    first = ent[0]
    if not (first.tag_ in {"NNS", "NNPS"} and first.lemma_.casefold() in lone_common_nouns()):
        return None
    if len(ent) < 3 or ent[1].lower_ != "of":
        return None
    start = ent.start + 2 + (doc[ent.start + 2].lower_ == "the")
    owner = doc[start : ent.end]
    return owner if len(owner) and gazetteer.country_named(owner.text) else None


def split_titled_person(ent: Span) -> Iterator[tuple[Span, str]]:
    """Yield the names inside one tagged span: the model often runs a title, a body or a country into a name.

    "Minister of Trade Jane Doe" (tagged as one organization) yields the person;
    "Federation Council Speaker Jane Doe" and "Security Council Jane Doe" yield the body and the person;
    "Ruritania Jane Doe" (tagged as one person) yields the country and the person.
    """
    for line in _lines_of(ent):
        trimmed = trim(line)  # "the Kyrgyz Republic Jane Doe's,": the article and the marks keep nothing apart
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
            yield part.doc[part.start : leader], "GPE"  # "Republic of Tajikistan Farhod Sharipov"
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
    return parts if known and all(len(p) and all(is_capitalized(t) for t in p) for p in parts) else []


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
        and ent[1].lower_ not in COMPASS | words("state_nouns")  # "the Ottoman Empire" is a state, not a body
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


def _person_tail(ent: Span) -> int | None:
    """Return where the person's name that ends a span begins: two words, or three joined by a hyphen."""
    start = ent.end
    while start > ent.start and (is_name_word(ent.doc[start - 1]) or ent.doc[start - 1].text == "-"):
        start -= 1
    tail = [t for t in ent.doc[start : ent.end] if t.text != "-"]
    if len(tail) < 2 or ent.doc[start].text == "-":
        return None
    if len(tail) == 2:
        return start
    # "Mehmet Kemal Yavuzer" has three words, but in "Minister of Trade and Integration Jane Doe" the word
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


def leading_country(ent: Span) -> int:
    """Return how many of a span's first tokens name a country ("Kazakhstan", "United Arab Emirates"), or 0."""
    for size in (3, 2, 1):
        if len(ent) > size and gazetteer.country_named(ent.doc[ent.start : ent.start + size].text):
            return size
    return 0


def without_leading_title(span: Span) -> Span | None:
    """Drop "Head of the" from "Head of the Federal Agency": what is left names the body."""
    start = span.start
    doc = span.doc
    while start < span.end and (is_title_word(doc[start].text) or doc[start].lower_ in TITLE_MODIFIERS | {"of", "the"}):
        start += 1
    return doc[start : span.end] if start < span.end else None


def _split_organization_and_person(ent: Span) -> Iterator[tuple[Span, str]]:
    doc = ent.doc
    country = leading_country(ent)
    if country and _person_tail(doc[ent.start + country : ent.end]) == ent.start + country:
        yield doc[ent.start : ent.start + country], "GPE"  # "Ruritania Anna-Maria Doe"
        yield doc[ent.start + country : ent.end], "PERSON"
        return
    tail = _person_tail(ent) if len(ent) >= 3 else None
    if tail is None or tail == ent.start or doc[tail - 1].lower_ in CONNECTORS:
        yield ent, ent.label_
        return
    before = doc[tail - 1]
    titled = is_title_word(ent[0].text) and ent[0].is_title
    # "Minister of [Investment, Industry and Trade Jane Doe]": the model left the title out of the span.
    titled = titled or follows_title_of(ent)
    if titled and ent[-1].lower_ not in words("org_words"):
        # "Minister of Trade Jane Doe": the title is no body; "Chairman of [the Security Council Jane Doe]" has one.
        body = without_leading_title(doc[ent.start : tail])
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
    elif gazetteer.is_given_name(doc[tail].text) and before.lower_ in words("place_words"):
        yield doc[ent.start : tail], "LOC"  # "[Envoy to the] Northern Federal District Jane Doe": a region's
        yield doc[tail : ent.end], "PERSON"  # name ends on its place word, and a known first name follows
    elif before.text == ",":
        # "Minister of Industry and [Trade, Jane Doe]": a comma sets the holder's name off the portfolio or body
        body = doc[ent.start : tail - 1]
        if any(t.lower_ in words("org_words") for t in body):
            yield body, "ORG"
        yield doc[tail : ent.end], "PERSON"
    else:
        yield ent, ent.label_


def _first_name_before(ent: Span) -> bool:
    """Tell whether the model left a one-word name's first name out ("Trade [Laziz] Kudratov")."""
    if len(ent) != 1 or ent.start == 0:
        return False
    previous = ent.doc[ent.start - 1]
    return (
        is_name_word(previous)
        and not previous.ent_type_
        and previous.lower_ not in words("honorifics") | words("portfolio_words")
        and gazetteer.country_of_demonym(previous.text) is None
        and gazetteer.city_named(previous.text) is None
    )


def _person_run_into(body: Span) -> Span | None:
    """Return the person whose first name ends a body's span, the surname (tagged apart or not) after it."""
    doc = body.doc
    last = body[-1]
    if len(body) < 2 or body.end >= len(doc) or not gazetteer.is_given_name(last.text):
        return None
    first = doc[body.end]
    if not is_name_word(first) or first.ent_type_ not in ("", "PERSON"):
        return None
    end = body.end + 1
    while end < len(doc) and is_name_word(doc[end]) and doc[end].ent_type_ in ("", "PERSON") and end - body.end < 3:
        end += 1
    return doc[last.i : end]


def _split_country_and_person(ent: Span) -> Iterator[tuple[Span, str]]:
    doc = ent.doc
    if gazetteer.country_named(ent.text):
        yield ent, "GPE"  # "Brunei Darussalam" is one country, not Brunei and a person
        return
    if _first_name_before(ent):
        yield doc[ent.start - 1 : ent.end], "PERSON"
        return
    country = leading_country(ent)
    # "Venezuela Nicolas Maduro", and after "<title> of" a surname alone: "President of [Belarus Doe]".
    if country and (len(ent) - country >= 2 or (follows_title_of(ent) and is_name_word(ent[-1]))):
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
        and not INITIAL.fullmatch(ent[1].text)  # "Antony Q. Doe": an initial follows a first name
    ):
        # "... Natural Disaster Relief Alexander Chupriyan": the title's last word ran into the name.
        yield doc[ent.start + 1 : ent.end], "PERSON"
        return
    yield ent, ent.label_
