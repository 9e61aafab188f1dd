"""Name spans: the candidate spans of names in a document and the repairs each needs.

The model's spans are made whole (a first name given back to its surname, a country's or a person's
name cut short completed, names run together split), the names it left untagged are found among the
runs of capitalized proper nouns, and a kept span is cleaned of titles and widened over the rest of a
body's name.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.descriptions import class_nouns, described_type
from accord.extract.entities.joined_names import leading_country, split_titled_person
from accord.extract.entities.name_echoes import before_echo, echo_starts
from accord.extract.entities.name_types import (
    city_named,
    compound_national,
    is_reached,
    may_be_described,
    names_a_holders_body,
    place_by_form_or_context,
    place_heads,
)
from accord.extract.entities.name_words import (
    CONNECTORS,
    INITIAL,
    QUOTES,
    follows_title_of,
    head_word,
    is_acronym,
    is_capitalized,
    is_name_word,
    trim,
)
from accord.extract.entities.non_names import is_capitalized_common_word
from accord.extract.language import gazetteer
from accord.extract.language.lexicon import TITLE_MODIFIERS, body_nouns, is_title_word, words

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def strip_titles(span: Span) -> Span | None:
    """Drop titles, honorifics and a minister's portfolio in front of a person's name ("President Jane Doe",
    "Ms Doe", "Minister of [Energy Jane Doe]"), and take back the first half of a hyphenated given name
    the model left out ("Anna-[Maria Doe]")."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (
        is_title_word(doc[start].text) or doc[start].lower_ in TITLE_MODIFIERS | words("honorifics")
    ):
        start += 1
    if span.end - start >= 3 and follows_title_of(span) and doc[start].lower_ in words("portfolio_words"):
        start += 1  # "Minister of [Agriculture Jane Doe]": the portfolio is the title's
    glued = start >= 2 and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    if start == span.start and glued and doc[start - 1].text == "-" and is_name_word(doc[start - 2]):
        start -= 2
    return doc[start : span.end] if start < span.end else None


def widen_organization(span: Span) -> Span:
    """Extend an organization name over its capitalized "of/for/on ... and ..." tail."""
    doc = span.doc
    start, end = span.start, span.end
    # "Ruritania–Freedonia Business Council": a dash joins the name's first part.
    while start >= 2 and doc[start - 1].text in {"–", "-", "—"} and is_capitalized(doc[start - 2]):
        start -= 2
        while start > 0 and is_capitalized(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
    # "Bureau of European | and Eurasian Affairs": a name with "of" in it goes on over "and" like one widened
    used_connector = any(t.lower_ in CONNECTORS for t in doc[start + 1 : end])
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
        allowed = connector.lower_ in CONNECTORS or joins
        # A national adjective inside a name ("Centre for Eurasian Policy") does not end it; a country does.
        inner_adjective = (
            following.ent_type_ == "NORP" and following.i + 1 < len(doc) and is_capitalized(doc[following.i + 1])
        )
        if not (
            allowed
            and is_capitalized(following)
            and (following.ent_type_ not in {"DATE", "GPE", "NORP"} or inner_adjective)
        ):
            break
        used_connector = used_connector or connector.lower_ in CONNECTORS
        end = following.i + 1
        while end < len(doc) and is_capitalized(doc[end]) and not doc[end].is_sent_start:
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
    if len(name) < 2 or head_word(name) in words("org_words"):
        return False  # one word ("Kazakhtelecom and ...") is a whole name already
    end = following.i
    while end < len(name.doc) and is_capitalized(name.doc[end]) and not name.doc[end].is_sent_start:
        end += 1
    return end > following.i and head_word(name.doc[following.i : end]) in words("org_words")


def widen_to_quotes(span: Span) -> Span:
    """Return the whole quoted name when a span sits inside a short quoted phrase."""
    doc = span.doc
    left = span.start - 1
    while left >= 0 and span.start - left <= 6 and doc[left].text not in QUOTES and not doc[left].is_sent_start:
        left -= 1
    right = span.end
    while right < len(doc) and right - span.end <= 6 and doc[right].text not in QUOTES:
        right += 1
    if left >= 0 and right < len(doc) and doc[left].text in QUOTES and doc[right].text in QUOTES:
        inner = doc[left + 1 : right]
        if all(t.is_alpha or t.is_punct or t.is_space for t in inner) and is_capitalized(inner[0]):
            return inner
    return span


def candidate_spans(doc: Doc) -> Iterator[tuple[Span, str]]:
    """Yield raw name spans with their spaCy label, plus names the model missed; none in a name's echo."""
    echoes = echo_starts(doc)
    covered = {i for start, end in echoes.items() for i in range(start, end)}
    for ent in _first_names_returned(doc):
        covered.update(range(ent.start, ent.end))  # dates and numbers are no names either
        name = before_echo(ent, echoes) if ent.label_ in NAME_LABELS else None
        if name is not None:
            for whole in _surname_cut_from_body(name):
                for part, label in split_titled_person(_completed_person(_completed_country(whole))):
                    covered.update(range(part.start, part.end))  # a first name taken in before the span is no run
                    yield part, label
        elif ent.label_ in _WORK_LABELS:
            yield from _names_in_a_work(ent)
    run_start: int | None = None
    for token in [*doc, None]:
        # a known body's acronym is a name even where the parser reads it as a noun ("Head of the CSTO")
        named = token is not None and (token.pos_ == "PROPN" or gazetteer.international_organization(token.text))
        if token is not None and token.i not in covered and is_capitalized(token) and named:
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


_OPENING = {"(": ")", "[": "]", "{": "}"}


def split_at_lone_brackets(span: Span) -> list[Span]:
    """Cut a span at each bracket whose partner lies outside it: "Acmenadzor [Federal Service" is two names,
    a body and the start of its gloss; "Highways (Avtodor) Company" keeps its bracketed word."""
    lone: set[int] = set()
    waiting: list[int] = []
    for token in span:
        if token.text in _OPENING:
            waiting.append(token.i)
        elif token.text in _OPENING.values():
            if waiting and _OPENING[span.doc[waiting[-1]].text] == token.text:
                waiting.pop()
            else:
                lone.add(token.i)
    lone.update(waiting)
    if not lone:
        return [span]
    edges = [span.start - 1, *sorted(lone), span.end]
    return [span.doc[a + 1 : b] for a, b in itertools.pairwise(edges) if b > a + 1]


def _surname_cut_from_body(ent: Span) -> list[Span]:
    """Give back the surname the model joined to the next body: "Jane [Doe and Acmebank] CEO ..." is the
    person "Jane Doe" and the body "Acmebank"; any other span is left whole."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or ent[1].lower_ != "and" or ent.start == 0:
        return [ent]
    first = doc[ent.start - 1]
    if not (gazetteer.is_given_name(first.text) and is_name_word(first) and is_name_word(ent[0])):
        return [ent]
    return [Span(doc, ent.start - 1, ent.start + 1, label="PERSON"), Span(doc, ent.start + 2, ent.end, label="ORG")]


def _names_in_a_work(ent: Span) -> Iterator[tuple[Span, str]]:
    """Yield the names in a span the model took for an event, a work or a law: the span itself when a body's
    or a place's head word ends it ("the Harbor Laboratory", "the Toll Road"), else the countries its
    prepositions govern ("the war against Great Britain", "the Treaty between Ruritania and Freedonia")."""
    span = trim(ent)
    if span is None:
        return
    if gazetteer.country_named(span.text) or gazetteer.subdivision_named(span.text):
        yield span, "GPE"  # "the situation in Donbas", tagged a product
        return
    if len(span) > 1 and is_capitalized(span[-1]):
        if head_word(span) in words("org_words") and head_word(span) not in words("document_words"):
            yield span, "ORG"
            return
        if span[-1].lower_ in place_heads()[0]:
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
    return is_capitalized(span[0]) and gazetteer.country_named(span.text) is not None


def _first_names_returned(doc: Doc) -> list[Span]:
    """Return the model's spans with a person's name made whole: a first name it ran into a body's name
    given back to the surname ("[Aerospace Defence Concern Jane] [Doe]"), two halves of one name joined
    ("[Jane Maria] [Doe Roe]"), the first name before an initial taken in ("Jane [Q. Doe]")."""
    spans = _halves_joined(list(doc.ents))
    for number, person in enumerate(spans):
        first = doc[person.start - 1] if person.start > 0 else None
        initial = len(person) > 1 and INITIAL.fullmatch(person[0].text) is not None
        # an initial stands after a first name, not first
        if person.label_ == "PERSON" and initial and first is not None and not first.ent_type_ and is_name_word(first):
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
    if end < len(doc) and is_capitalized(doc[end]) and not doc[end].is_sent_start:
        return Span(doc, ent.start, end + 1, label="PERSON")
    return ent


def _hyphenated_tail(ent: Span) -> int:
    """Return where the hyphenated word a name ends inside ends, when it has two hyphens or more ("Wong-na-rat"
    and not "Corona-virus"): the index past its last part, else the name's own end."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and _glued_in_name(doc[end]):
        end += 1
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


def _follows_titled_country(run: Span) -> bool:
    """Tell whether a run comes right after a country the model tagged (as whatever), itself after "<title> of"."""
    doc = run.doc
    if run.start == 0:
        return False
    country = next((e for e in doc.ents if e.end == run.start and e.label_ in ("GPE", "ORG", "LOC")), None)
    return country is not None and gazetteer.country_named(country.text) is not None and follows_title_of(country)


def _missed_names(run: Span) -> Iterator[tuple[Span, str]]:
    """Type a run of capitalized proper nouns the model left untagged ("KazISS" of "KazISS Director")."""
    end = run.end
    while end > run.start and is_title_word(run.doc[end - 1].text):
        end -= 1
    if run.start < end < run.end:
        run = run.doc[run.start : end]
    run = with_first_conjunct(run)
    country = leading_country(run)
    if gazetteer.country_named(run.text) or gazetteer.is_region(run.text):
        yield run, "GPE"
    elif country and _is_full_name(run.doc[run.start + country : run.end]):
        yield run.doc[run.start : run.start + country], "GPE"  # "... of Uzbekistan Jane Doe", all untagged
        yield run.doc[run.start + country : run.end], "PERSON"
    elif (body := body_before_its_office(run)) is not run:
        yield body, "ORG"  # "the G20 Presidency", left untagged
    elif (
        head_word(run) in words("org_words")
        or (len(run) == 1 and is_acronym(run[0]) and _acronym_names_a_body(run[0]))
        or (len(run) == 1 and compound_national(run))
        or (len(run) == 1 and run[0].dep_ == "conj" and run[0].head.ent_type_ == "ORG")
        or names_a_holders_body(run)
    ):
        yield run, "ORG"
    elif _is_one_word(run) and city_named(run, None) and (not run[0].is_sent_start or run[0].is_upper or _dated(run)):
        yield run, "GPE"  # a capitalized word starting a sentence is no town ("Union"); a dateline's "TASHKENT" is
    elif place_by_form_or_context(run) is not None or (is_reached(run) and not _names_a_kind(run)):
        yield run, "GPE"  # "Bow River", "near Springfield", "marched to Harrowgate": a place by its words or context
    elif 2 <= len(run) <= 3 and _surname_of_a_tagged_person(run[-1]):
        yield run, "PERSON"  # "Mehmet Kemal Yavuzer" left untagged where "Yavuzer" alone was tagged
    elif len(run) >= 3 and follows_title_of(run) and (name := _name_after_portfolio(run)) is not None:
        yield name, "PERSON"  # "Minister of [Agriculture Jane Doe]"
    elif 2 <= len(run) <= 4 and _follows_titled_country(run) and all(is_name_word(t) or t.text == "-" for t in run):
        yield run, "PERSON"  # "President of the Republic of Freedonia [Jane Doe]", the country tagged, the name not
    elif _is_full_name(run) and run.root.dep_ == "appos" and is_title_word(run.root.head.text):
        yield run, "PERSON"  # "the Deputy Minister of Industry and Trade, Jane Doe", left untagged
    elif (name := _titled_full_name(run)) is not None:
        yield name, "PERSON"  # "... State Corporation Jane Doe", "Region Governor Jane Doe", left untagged
    elif may_be_described(run) and not _names_a_kind(run) and (kind := described_type(run)) is not None:
        yield run, _LABEL_OF_KIND[kind]  # "Velmora are a rock band from Leeds", left untagged


_LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


def _names_a_kind(span: Span) -> bool:
    """Tell whether a capitalized word is itself a noun for a kind of thing ("Son of ..." opening a sentence)."""
    return any(t.lower_ in class_nouns() or t.lemma_.casefold() in class_nouns() for t in span)


def with_first_conjunct(run: Span) -> Span:
    """Take in the capitalized word and "and" before a body's name that it shares ("[Foreign and]
    Commonwealth Office"): one body, the first word written before the shared head."""
    doc = run.doc
    start = run.start
    if head_word(run) not in words("org_words") or start < 2 or doc[start - 1].lower_ not in {"and", "&"}:
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
    surname = len(name) == 1 and is_name_word(name[0]) and name[0].lower_ not in TITLE_MODIFIERS | words("honorifics")
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
    return 2 <= len(parts) <= 3 and all(is_name_word(t) for t in parts) and span[0].text != "-"


def _name_after_portfolio(run: Span) -> Span | None:
    """Return the two-word name (a hyphenated word counting as one) that ends a title's portfolio, if one does."""
    doc = run.doc
    start = run.end
    for _ in range(2):
        start -= 1
        while start - 2 >= run.start and doc[start - 1].text == "-":
            start -= 2
        if start <= run.start or not is_name_word(doc[start]):
            return None
    return doc[start : run.end]


def _surname_of_a_tagged_person(token: Token) -> bool:
    return any(ent.label_ == "PERSON" and ent.text == token.text for ent in token.doc.ents)


def body_before_its_office(span: Span) -> Span:
    """Return the international body a span begins with when one more word, no body's own, follows it
    ("ASEAN Chairmanship", "G20 Presidency", "SCO Summit"); else the span."""
    if len(span) < 2 or gazetteer.international_organization(span.text) or span[-1].lower_ in words("org_words"):
        return span
    for size in (3, 2, 1):
        if size == len(span) - 1 and gazetteer.international_organization(span[:size].text):
            return span[:size]
    return span
