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
    r"^(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?),\s+"
    r"(?:(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)"
    r"|[A-Z][A-Za-z ]{2,30}\s+\([^()\n]{1,40}\))\s*(?:[.–—-]|\(|(?P<alone>[ \t]*$))",
    re.MULTILINE,
)
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


def find_dateline(text: str, published: str | None) -> Dateline | None:
    """Return the dateline at the start of one of the text's first paragraphs, if there is one."""
    match = _DATELINE.search(text, 0, _DATELINE_REACH)
    if match is None or match.group("place").strip().casefold() in _CALENDAR_WORDS:
        return None  # "Tuesday, March 4, 2025" dates a page, it places nothing
    end = text.find("\n", match.end())
    if match.group("alone") is not None and match.group("day"):
        # "Springfield, February 18, 2026" on a line of its own dates and places the paragraph after it.
        following = re.search(r"\S", text[match.end() :])
        if following is not None:
            end = text.find("\n", match.end() + following.start())
    return Dateline(
        place=match.group("place").strip(),
        date=resolve_date(match.group("day"), published) if match.group("day") else None,
        paragraph_start=match.start(),
        paragraph_end=len(text) if end < 0 else end,
    )
