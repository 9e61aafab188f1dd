"""The dateline of a Russian release: "Ташкент, 9 октября 2025 года." or a line holding only the date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extract.ru.dates import find_dates

# A dateline stands in the opening of a text, after a headline and a subtitle at most.
DATELINE_REACH = 600
_PLACE = re.compile(r"^[ \t]*(?P<place>[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?)\s*,\s*(?=\d)")


@dataclass(frozen=True)
class Dateline:
    """Where and when a release was written, and the paragraph it opens."""

    place: str | None
    date: str
    paragraph_start: int
    paragraph_end: int


def find_dateline(text: str) -> Dateline | None:
    """Return the dateline in the opening lines of `text`, if one gives a full date."""
    offset = 0
    for line in text[:DATELINE_REACH].splitlines(keepends=True):
        place = _PLACE.match(line)
        dates = find_dates(line, None, offset)
        first = dates[0] if dates else None
        at_start = first is not None and (place is not None or not line[: first.start - offset].strip())
        if first is not None and at_start and len(first.value) == 10:
            whole_line = not line[first.end - offset :].strip(" .\n\r\t")
            paragraph_start = offset + len(line) if whole_line else offset
            while paragraph_start < len(text) and text[paragraph_start].isspace():
                paragraph_start += 1
            paragraph_end = text.find("\n", paragraph_start)
            return Dateline(
                place.group("place") if place else None,
                first.value,
                paragraph_start,
                len(text) if paragraph_end == -1 else paragraph_end,
            )
        offset += len(line)
    return None
