"""A document's publication date as an ISO date, as precise as it is known."""

from __future__ import annotations

import re
from datetime import date

_PARTIAL_ISO_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def parse_published(value: str) -> str:
    """Return `value` as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or raise ValueError."""
    cleaned = value.strip()
    match = _PARTIAL_ISO_DATE.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"{value!r} is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match["year"], match["month"], match["day"]
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date ({exc})") from exc
    return cleaned
