"""Datelines: the place and day a wire story was filed from ("TASHKENT, March 14 –").

The events of a story's lead paragraph happened there and then unless the text says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extract.language.dates import resolve_date

# A line that opens with a place in capitals or title case, a comma and a day ("March 14", "2 June 2025")
# or a country and the outlet ("Tashkent, Uzbekistan (Daily News)"), then a stop or a dash; or a line
# that is only a place and a day ("Springfield, February 18, 2026").
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?(?:,\s*[A-Z]\.\s?[A-Z]\.)?),\s+"
    r"(?:(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)"
    r"|[A-Z][A-Za-z ]{2,30}\s+\([^()\n]{1,40}\))\s*(?:[.:–—-]|\(|(?P<alone>[ \t]*$))",
    re.MULTILINE,
)
# A place alone before a dash ("WASHINGTON – The ministers ...", "Washington, D.C.—The agency ...").
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\- ]{2,30}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z]\.\s?[A-Z]\.)"
    r"(?:,\s*[A-Z]\.\s?[A-Z]\.)?\s*[–—]+\s*(?=[A-Z])",
    re.MULTILINE,
)
# A day, then where, on a line of its own ("February 24, 2021, The Palace, Springfield"): the last part places.
_DAY_FIRST_DATELINE = re.compile(
    r"^(?P<day>[A-Z][a-z]{2,8}\s+\d{1,2},\s*\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}),\s+"
    r"(?:[A-Z][\w'’.\- ]{1,40},\s+)*(?P<place>[A-Z][\w'’.\- ]{1,40}?)[ \t]*$",
    re.MULTILINE,
)
# A full date as the first lines of a page give it: "September 30, 2014", "04.12.2020", "2020-01-21".
_FULL_DATE = re.compile(
    r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2},\s*\d{4})(?!\d)"
)
_HEADER_WORDS = 12
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "updated", "published"}
)
# How far into the text a dateline may stand: after a headline and a subtitle, not deep in the body.
_DATELINE_REACH = 600


@dataclass(frozen=True)
class Dateline:
    """Where and when a story was filed, and the paragraph it opens."""

    place: str
    date: str | None
    paragraph_start: int
    paragraph_end: int


def _paragraph_end(text: str, after: int, alone: bool) -> int:
    end = text.find("\n", after)
    if alone:
        # A dateline on a line of its own dates and places the paragraph after it.
        following = re.search(r"\S", text[after:])
        if following is not None:
            end = text.find("\n", after + following.start())
    return len(text) if end < 0 else end


def find_dateline(text: str, published: str | None) -> Dateline | None:
    """Return the dateline at the start of one of the text's first paragraphs, if there is one."""
    found = [pattern.search(text, 0, _DATELINE_REACH) for pattern in (_DATELINE, _DAY_FIRST_DATELINE, _PLACE_DATELINE)]
    matches = [m for m in found if m is not None and m.group("place").strip().casefold() not in _CALENDAR_WORDS]
    if not matches:
        return None  # "Tuesday, March 4, 2025" dates a page, it places nothing
    match = min(matches, key=lambda m: m.start())
    day = match.groupdict().get("day")
    alone = match.re is _DAY_FIRST_DATELINE or (match.groupdict().get("alone") is not None and bool(day))
    return Dateline(
        place=match.group("place").strip(),
        date=resolve_date(day, published) if day else None,
        paragraph_start=match.start(),
        paragraph_end=_paragraph_end(text, match.end(), alone),
    )


def find_document_date(text: str) -> str | None:
    """Return the date a page gives itself in its first lines: a short line holding a full date."""
    offset = 0
    for line in text[:_DATELINE_REACH].split("\n"):
        match = _FULL_DATE.search(line)
        # A header is short and no sentence; a date in running text may be any date the text recalls.
        if match is not None and (len(line.split()) <= _HEADER_WORDS or offset + match.start() < 40):
            if numeric := _NUMERIC_DATE.fullmatch(match.group()):
                day, month, year = numeric.groups()
                return f"{year}-{int(month):02d}-{int(day):02d}"
            resolved = resolve_date(match.group().title(), None)
            if resolved and len(resolved) == 10:
                return resolved
        offset += len(line) + 1
    return None
