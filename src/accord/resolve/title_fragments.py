"""Initiative titles that are fragments of their sentence rather than names of an undertaking:
they open with a preposition or a bare verb, point back at the context ("this", "previous"), or
name an agenda item. Such an initiative waits in the review queue; it is no fact of the register."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from accord.extract.language.gazetteer import country_named, is_region

_WORD = re.compile(r"[\w’'-]+")
# "over 400 billion rubles in the farm sector" is the money an undertaking takes, not the undertaking.
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|mln|bn))?"
_SUM_FIRST = re.compile(
    r"\s*(?:(?:over|about|around|nearly|almost|some|approximately|roughly|more than|up to|at least)\s+)?"
    rf"(?:[$€£¥₽]\s?\d[\d.,]*{_SCALE}|\d[\d.,]*{_SCALE}\s*"
    r"(?:rubles?|roubles?|dollars?|euros?|pounds?|yuan|tenge|somoni|manats?|usd|eur|rub)\b)"
    r"(?:\s+(?:in|for|to|of|on|into)\b|\s*$)",  # the sum heads the title: not "$5 billion investment package"
    re.IGNORECASE,
)
_ARTICLES = frozenset({"a", "an", "the"})


@cache
def _words() -> dict[str, object]:
    return dict(json.loads(resources.files("accord.data").joinpath("title_fragments.json").read_text("utf-8")))


def _is_body_name(title: str, data: dict[str, object]) -> bool:
    """Tell whether a title is an institution's proper name ("Eastgate State University"): every word
    capitalized, the last one a body's head word."""
    words = _WORD.findall(title)
    heads: list[str] = data["body_heads"]  # type: ignore[assignment]
    capitalized = all(word[:1].isupper() for word in words if word.casefold() not in ("of", "and", "the", "for"))
    return len(words) >= 2 and capitalized and words[-1].casefold() in heads


def fragment_reason(title: str) -> str | None:
    """Return why a title is a fragment ("opens with a bare verb: 'take'"), or None if it names something.

    An ordinal or anaphoric opening ("third enterprise", "previous bridge") makes a fragment only in a
    short title: "first nuclear power plant in the country's north" names a plant.
    """
    words = [word.casefold() for word in _WORD.findall(title)]
    content = [word for word in words if word not in _ARTICLES]
    if not content:
        return "names nothing"
    data = _words()
    leading: dict[str, list[str]] = data["leading"]  # type: ignore[assignment]
    anywhere: dict[str, list[str]] = data["anywhere"]  # type: ignore[assignment]
    short = len(content) <= int(data["ordinal_heads_need"])  # type: ignore[call-overload]
    for kind, opening in leading.items():
        if content[0] in opening and (kind != "ordinal or anaphora" or short):
            return f"opens with {'an' if kind[0] in 'aeiou' else 'a'} {kind}: '{content[0]}'"
    for kind, found in anywhere.items():
        hit = next((word for word in content if word in found), None)
        if hit is not None:
            return f"holds {'an' if kind[0] in 'aeiou' else 'a'} {kind}: '{hit}'"
    if _SUM_FIRST.match(title):
        return "opens with a sum of money"
    if ":" in title:
        return "runs on past a colon"
    if re.match(r"\s*[\w’'-]+,", title):
        return "its first word ends a clause"
    if country_named(title) or is_region(title):
        return "names a place, no undertaking"
    if _is_body_name(title, data):
        return "names a body, no undertaking"
    return None
