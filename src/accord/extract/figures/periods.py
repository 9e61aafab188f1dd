"""Periods: the time a figure holds for, from its own phrase or its clause, as an ISO date or interval.

"$11.6 billion in 2024", "In January–June 2025, exports reached ...", "assistance during the period
2014-2020 amounted to ...", "grew by 22% in 2016, reaching £4.8 billion" (the participle shares the
verb's time); "last year" and a month range without a year take the year the document was filed.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.documents.headline import MONTH_NAMES
from accord.extract.figures.subjects import governing_clause
from accord.extract.figures.words import next_word
from accord.extract.language.dates import resolve_date

YEAR = re.compile(r"(1[89]|20)\d\d")
MONTHS = frozenset(MONTH_NAMES)
_PERIOD_PREPOSITIONS = frozenset({"in", "for", "during", "as", "of", "by", "over", "between"})
# Words that give the base a change is measured from.
_BASE_WORDS = frozenset({"since", "from", "compared", "relative", "against"})
# Nouns that name a stretch of time a year or a range of years can follow: "the period 2014-2020".
_TIME_SPANS = frozenset({"period", "year", "years", "fiscal", "season", "programme", "program", "cycle"})
_MONTH_RANGE = re.compile(r"([a-z]+)\s*[-–—]\s*([a-z]+)\s+(\d{4})", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"(\d{4})\s*(?:[-–—/]|to|and)\s*(\d{4})")
_RELATIVE_YEAR = re.compile(r"(?:the\s+)?(last|previous|this|current)\s+year", re.IGNORECASE)


def figure_period(expression: Span, head: Token, published: str | None, growth: bool = False) -> str | None:
    """Return the date the figure holds for: one right after it ("$11.6 billion in 2024"), else one
    its governing verb or metric noun takes ("In 2024, exports grew", "allocations for 2021 topped").
    A growth runs from its base ("since 2019", "compared with 2022", "from $9 billion in 2009 to ...")
    to its own time, or the document's year."""
    period = _period(expression, head, published) or _opening_period(expression, published)
    if not growth:
        return period
    base, end, since = _base_and_end(governing_clause(expression.root).root)
    if base is None:
        return period
    # "since 2019" runs to the day of writing; "compared with 2022" to the figure's own time only.
    year = published[:4] if since and published and YEAR.fullmatch(published[:4]) else None
    start, finish = iso_period(base, published), iso_period(end, published) if end else (period or year)
    return f"{start}/{finish}" if start and finish and start != finish and "/" not in finish else period


def _base_and_end(verb: Token) -> tuple[str | None, str | None, bool]:
    """Return the dates a change is measured from and to, and whether it runs "since" its base:
    "since 2019", "compared with 2022", "from $9 billion in 2009 to $22 billion in 2021"."""
    for child in verb.children:
        if child.lower_ in _BASE_WORDS and child.dep_ in ("prep", "advcl"):
            dates = [
                e.text
                for e in verb.doc.ents
                if e.label_ == "DATE" and child.left_edge.i <= e.start and e.end <= child.right_edge.i + 1
            ]
            if dates:
                return dates[0], dates[-1] if len(dates) > 1 else None, child.lower_ == "since"
    return None, None, False


def _period(expression: Span, head: Token, published: str | None) -> str | None:
    """Return the date right after a figure or the one its verb or metric noun takes."""
    following = next_word(expression[-1])
    date = next_word(following) if following is not None and following.lower_ in _PERIOD_PREPOSITIONS else None
    if date is not None and date.ent_type_ == "DATE":
        return iso_period(_date_text(date), published)
    verb = governing_clause(expression.root).root
    # "trade grew by 9 percent last year and reached $2 billion", "rose 22% in 2016, reaching £4.8 billion":
    # coordinated verbs and a participle after the verb share its time.
    borrows = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    shared = list(verb.head.children) if borrows else []
    for token in (*verb.children, *head.children, *shared):
        if token.dep_ == "prep" and token.lower_ in _PERIOD_PREPOSITIONS:
            for pobj in token.children:
                text = _time_of(pobj)
                if pobj.dep_ == "pobj" and text:
                    return iso_period(text, published)
    # "grew by 12 percent last year": a bare time phrase on the verb.
    for token in (*verb.children, *shared):
        if token.dep_ == "npadvmod" and token.ent_type_ == "DATE":
            return iso_period(_date_text(token), published)
    return None


def _opening_period(expression: Span, published: str | None) -> str | None:
    """Return the time a sentence opens with, however the parser hung it: "In January–September 2025,
    146 projects were launched, creating 9,000 jobs" dates both figures."""
    sentence = expression.sent
    for token in sentence:
        if token.i >= expression.start:
            return None
        if token.lower_ in _PERIOD_PREPOSITIONS and token.i + 1 < len(token.doc) and token.nbor().ent_type_ == "DATE":
            # The date's own comma ("as of December 1, 2019, 78 percent") is inside it, not after it.
            date_end = next(e.end for e in token.doc.ents if e.start <= token.i + 1 < e.end)
            comma = next((t for t in token.doc[date_end : expression.start] if t.text == ","), None)
            words = token.doc[token.i + 1 : comma.i] if comma is not None else None
            if words is not None and all(t.ent_type_ == "DATE" or t.is_punct for t in words):
                return iso_period(words.text, published)
    return None


def _time_of(pobj: Token) -> str | None:
    """Return the time a preposition's object names: a date, or a time span with its years."""
    if pobj.ent_type_ == "DATE":
        return _date_text(pobj)
    if pobj.lower_ in _TIME_SPANS:
        text = pobj.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
        return text if YEAR.search(text) else None
    return None


def _date_text(token: Token) -> str:
    """Return the text of the date entity a token belongs to."""
    return next(e for e in token.doc.ents if e.start <= token.i < e.end).text


def iso_period(text: str, published: str | None) -> str | None:
    """Normalize a period: "2023-2024" -> 2023/2024, "January–June 2025" -> 2025-01/2025-06;
    "last year" and a month range without a year take the year from `published`."""
    years = _YEAR_RANGE.search(text)
    if years:
        return f"{years.group(1)}/{years.group(2)}"
    year = published[:4] if published and published[:4].isdigit() else None
    relative = _RELATIVE_YEAR.fullmatch(text.strip())
    if relative:
        if year is None:
            return None
        return str(int(year) - 1) if relative.group(1).lower() in ("last", "previous") else year
    if year and not YEAR.search(text):
        text = f"{text} {year}"
    months = _MONTH_RANGE.search(text)
    if months and months.group(1).lower() in MONTHS and months.group(2).lower() in MONTHS:
        first = resolve_date(f"{months.group(1)} {months.group(3)}", None)
        last = resolve_date(f"{months.group(2)} {months.group(3)}", None)
        if first and last:
            return f"{first}/{last}"
    return resolve_date(text, None)
