"""Russian dates: "9 октября", "27 мая 2024 года", "в 2029 году", "до 2027 года", "в январе–сентябре 2025 года"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from accord.extract.ru.lexicon import table

_YEAR_WORD = r"(?:годы|годах|годов|года|году|год|гг\.|г\.)"


@dataclass(frozen=True)
class FoundDate:
    """A date in the text: its ISO value, its span, and the preposition that tells a deadline ("до", "к")."""

    value: str
    start: int
    end: int
    preposition: str = ""


_MONTH_ENDINGS = r"(?:ь|я|е|ю|ём|ем|а|у|ом)?"


@dataclass(frozen=True)
class _Patterns:
    day: re.Pattern[str]  # "27 мая 2024 года", "с 23 по 24 мая"
    months: re.Pattern[str]  # "в январе–сентябре 2025 года"
    year: re.Pattern[str]  # "в 2029 году", "до конца 2027 года", "на 2026–2030 годы"
    month_names: list[tuple[re.Pattern[str], int]]


@cache
def _patterns() -> _Patterns:
    months = "|".join(f"(?:{stem}){_MONTH_ENDINGS}\\b" for stem in table("dates")["months"])
    day = re.compile(
        rf"(?:\b(?P<prep>с|до|к|по)\s+)?\b(?P<day>\d{{1,2}})(?:\s*(?:[–—-]|по)\s*\d{{1,2}})?\s+(?P<month>{months})"
        rf"(?:\s+(?P<year>\d{{4}})\s*{_YEAR_WORD}?)?",
        re.IGNORECASE,
    )
    month_span = re.compile(
        rf"(?:\b(?P<prep>в|за|до|к)\s+)?\b(?P<m1>{months})(?:\s*[–—-]\s*(?P<m2>{months}))?\s+(?P<year>\d{{4}})\s*{_YEAR_WORD}",
        re.IGNORECASE,
    )
    year = re.compile(
        rf"(?:\b(?P<prep>в|до|к|с|по|на)\s+(?:конца\s+|начала\s+|середины\s+)?)?\b"
        rf"(?:(?P<since>(?:19|20)\d\d)\s*[–—-]\s*)?(?P<year>(?:19|20)\d\d)\s*{_YEAR_WORD}",
        re.IGNORECASE,
    )
    names = [
        (re.compile(rf"^(?:{stem}){_MONTH_ENDINGS}$", re.IGNORECASE), number)
        for stem, number in table("dates")["months"].items()
    ]
    return _Patterns(day, month_span, year, names)


def _month(word: str) -> int:
    for pattern, number in _patterns().month_names:
        if pattern.match(word):
            return number
    return 0


def is_month(word: str) -> bool:
    """Whether a word is a month's name in any case ("мая", "сентябре")."""
    return _month(word) > 0


def _published_date(published: str | None) -> date | None:
    if published and len(published) == 10:
        try:
            return date.fromisoformat(published)
        except ValueError:
            return None
    return None


def find_dates(text: str, published: str | None = None, offset: int = 0) -> list[FoundDate]:
    """Return the dates written in `text` (offsets shifted by `offset`), relative ones anchored to `published`."""
    patterns = _patterns()
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(value: str, match: re.Match[str]) -> None:
        if any(match.start() < b and a < match.end() for a, b in taken):
            return
        taken.append((match.start(), match.end()))
        prep = (match.group("prep") or "").lower()
        found.append(FoundDate(value, offset + match.start(), offset + match.end(), prep))

    anchor_year = published[:4] if published else None
    for match in patterns.day.finditer(text):
        month = _month(match.group("month"))
        number = int(match.group("day"))
        the_year = match.group("year") or anchor_year
        if month and 1 <= number <= 31:
            add(f"{the_year}-{month:02d}-{number:02d}" if the_year else f"--{month:02d}-{number:02d}", match)
    for match in patterns.months.finditer(text):
        first, last = _month(match.group("m1")), _month(match.group("m2") or match.group("m1"))
        the_year = match.group("year")
        value = f"{the_year}-{first:02d}" if first == last else f"{the_year}-{first:02d}/{the_year}-{last:02d}"
        add(value, match)
    for match in patterns.year.finditer(text):
        since = match.group("since")
        add(f"{since}/{match.group('year')}" if since else match.group("year"), match)
    found += _relative(text, published, offset, taken)
    return sorted(found, key=lambda d: d.start)


def _relative(text: str, published: str | None, offset: int, taken: list[tuple[int, int]]) -> list[FoundDate]:
    if not published:
        return []
    found: list[FoundDate] = []
    lowered = text.lower()
    for phrase, shift in table("dates")["relative_years"].items():
        for match in re.finditer(rf"\b{phrase}\b", lowered):
            found.append(FoundDate(str(int(published[:4]) + shift), offset + match.start(), offset + match.end()))
    anchor = _published_date(published)
    if anchor is not None:
        for word, shift in table("dates")["relative_days"].items():
            for match in re.finditer(rf"\b{word}\b", lowered):
                if not any(match.start() < b and a < match.end() for a, b in taken):
                    value = (anchor + timedelta(days=shift)).isoformat()
                    found.append(FoundDate(value, offset + match.start(), offset + match.end()))
    return found
