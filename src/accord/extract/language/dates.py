"""Dates: turn a date expression of the text into ISO 8601, as precise as the text allows."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dateparser.date import DateDataParser

# A decade ("the 1990s") or a number inside a larger one ("12,2030") is not a year.
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]?\d|['’]?s\b)")
_MONTH = re.compile(
    # Capitalised only, so the verb "may" and the noun "march" are not months.
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# A range such as "September 30 – October 1" or "9-10 October": its first day stands for the whole.
_RANGE = re.compile(r"\s*(?:[–—-]|\bto\b|\buntil\b)\s*")
# Days sharing one month ("6 to 7 June", "22 and 23 January 2013"): the first day with that month.
_DAYS_OF_ONE_MONTH = re.compile(r"^(?:from\s+)?(\d{1,2})\s*(?:[–—-]|\bto\b|\band\b|\buntil\b)\s*\d{1,2}(?=\s+[A-Z])")


@cache
def _parser() -> DateDataParser:
    # Only absolute dates: "today" or "two years ago" say nothing certain about the calendar.
    return DateDataParser(languages=["en"], settings={"PARSERS": ["absolute-time"]})


def find_year(text: str) -> str | None:
    """Return the first four-digit year in `text` ("by 2030" -> "2030"), if any."""
    match = _YEAR.search(text)
    return match.group(1) if match else None


def _parse(text: str, published: str | None) -> str | None:
    data = _parser().get_date_data(text)
    if data.date_obj is None:
        return None
    value = data.date_obj
    year = find_year(text) or (published[:4] if published and published[:4].isdigit() else None)
    if data.period == "year":
        return year
    month = f"{value.month:02d}"
    if data.period == "month":
        return f"{year}-{month}" if year else None
    day = f"{month}-{value.day:02d}"
    return f"{year}-{day}" if year else f"--{day}"


def resolve_date(text: str, published: str | None) -> str | None:
    """Return the ISO date `text` names, taking a missing year from `published` (ISO) if known.

    "October 9" gives "2025-10-09" when published in 2025 and "--10-09" when the year is
    unknown; "March 2024" gives "2024-03" and "2027" gives "2027". Relative or vague
    expressions ("today", "annual", "the past 20 years") give None.
    """
    text = re.sub(r"^(?:today|yesterday|tomorrow)\W+(?=\w)", "", text.strip(), flags=re.IGNORECASE)  # "today, May 3"
    if iso := _ISO_DATE.search(text):
        return iso.group(0)
    if not _MONTH.search(text):
        year = find_year(text)
        return year if year and not re.search(r"\b(?:years?|decades?|centur(?:y|ies))\b", text, re.I) else None
    text = _DAYS_OF_ONE_MONTH.sub(r"\1", text)
    first = _RANGE.split(re.sub(r"^from\s+", "", text), maxsplit=1)[0]
    if first != text and not find_year(first) and (year := find_year(text)):
        first = f"{first} {year}"  # "June 29 – July 1, 2020": the year closes the whole range
    candidates = [text, first] if first != text else [text]
    for candidate in candidates:
        resolved = _parse(candidate, published)
        if resolved:
            return resolved
    return find_year(text)


_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def relative_day(text: str, published: str | None) -> str | None:
    """Return the ISO day "today", "yesterday" or "tomorrow" is, counted from a full ISO `published` day."""
    offset = _RELATIVE_DAYS.get(re.sub(r"^(?:earlier|later)\s+", "", text.strip().casefold()))
    if offset is None or published is None or not _ISO_DATE.fullmatch(published):
        return None
    return (date.fromisoformat(published) + timedelta(days=offset)).isoformat()
