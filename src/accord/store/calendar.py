"""Calendar arithmetic on the ISO dates of records: when a partial date ends, and windows like "90d"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from accord.errors import ConfigError

_WINDOW = re.compile(r"(?P<count>\d+)\s*(?P<unit>[dwmy])")
_DAYS_PER_UNIT = {"d": 1, "w": 7, "m": 30, "y": 365}
_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def period_end(value: str | None) -> date | None:
    """Return the last day a date covers ("2027" -> 2027-12-31, "2027-05" -> 2027-05-31); None without a year
    or for a day no calendar holds ("0000", "2027-13")."""
    match = _ISO.fullmatch(value or "")
    if match is None:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            return date(year, int(match["month"]), int(match["day"]))
        month = int(match["month"] or 12)
        return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def parse_window(value: str) -> timedelta:
    """Read a window such as "90d", "12w", "6m" (30-day months) or "1y" (365 days)."""
    match = _WINDOW.fullmatch(value.strip().lower())
    if match is None:
        raise ConfigError(value, "is not a window; write a number and d, w, m or y, such as 90d")
    try:
        return timedelta(days=int(match["count"]) * _DAYS_PER_UNIT[match["unit"]])
    except OverflowError:
        raise ConfigError(value, "is a longer window than a calendar holds") from None
