"""What a plain-text press release says of itself: its headline, and the day its dateline gives.

A release opens with a headline on a line of its own, then its body, whose first paragraph
may open with a dateline ("TASHKENT, 2 June 2025 - ...", "Бишкек, 14 мая 2025 года."). Only a full
day (with its year) dates the document; a line that reads like web-page furniture ("Skip to main
content") titles nothing.
"""

from __future__ import annotations

import re
from datetime import date

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# English month names, whatever the machine's locale, and their short forms ("Feb.", "Sept.").
_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS |= {name[:3]: number for name, number in _MONTHS.items()} | {"sept": 9}
# "CITY, 2 June 2025 -", "City, June 2, 2025 —", "CITY (Agency) – Feb. 2, 2025 –": a place, then a day.
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z'’.\- ]{1,40}?(?:\s*\([^()\n]{1,40}\))?\s*[,–—-]\s*"
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})\.?|(?P<month_first>[A-Z][a-z]{2,8})\.?\s+(?P<day_after>\d{1,2}),?)"
    r"\s+(?P<year>\d{4})\s*(?:[.–—-]|\(|$)",
    re.MULTILINE,
)
# Russian: "Бишкек, 14 мая 2025 года.", "МОСКВА, 14 мая 2025 г. –", or the date alone on its line.
_RU_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_RU_DATELINE = re.compile(
    r"^(?:[А-ЯЁ][А-ЯЁа-яё\- ]{1,40}?\s*,\s*)?(?P<day>\d{1,2})\s+(?P<month>[а-я]{3,8})\s+(?P<year>\d{4})"
    r"(?:\s*(?:года|г\.))?\s*(?:[.–—-]|$)",
    re.MULTILINE,
)
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 30
_BODY_MIN_CHARS = 100  # what follows a headline is prose, not another line of a page's menu
_NOT_A_HEADLINE_END = (".", ",", ";", ":")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def headline(text: str) -> str | None:
    """Return the text's headline: a short first line standing alone above a paragraph of prose."""
    paragraphs = _paragraphs(text)
    if len(paragraphs) < 2 or "\n" in paragraphs[0]:
        return None
    first, body = paragraphs[0], paragraphs[1]
    if (
        len(first) > _HEADLINE_MAX_CHARS
        or len(first.split()) > _HEADLINE_MAX_WORDS
        or first.endswith(_NOT_A_HEADLINE_END)
        or len(body) < _BODY_MIN_CHARS
        or _DATELINE.match(first)
        or _RU_DATELINE.match(first)
    ):
        return None
    return first


def dateline_day(text: str) -> str | None:
    """Return the ISO day of the dateline opening the first paragraph after the headline, if it gives one."""
    paragraphs = _paragraphs(text)
    lead = paragraphs[1] if headline(text) is not None else paragraphs[0] if paragraphs else ""
    match = _DATELINE.match(lead)
    russian = _RU_DATELINE.match(lead) if match is None else None
    if russian is not None:
        return _iso_day(russian["year"], _RU_MONTHS.get(russian["month"]), russian["day"])
    if match is None:
        return None
    return _iso_day(
        match["year"],
        _MONTHS.get((match["month"] or match["month_first"]).casefold()),
        match["day"] or match["day_after"],
    )


def _iso_day(year: str, month: int | None, day: str) -> str | None:
    """Return the ISO day, or None for no month or no such day."""
    if month is None:
        return None
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None
