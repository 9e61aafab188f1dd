"""Cyrillic to Latin letters (BGN/PCGN), light enough for the store and the resolver to use."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

_CYRILLIC = re.compile(r"[\u0400-\u052f]")
# The endings of a Russian adjective made from a name ("Рогунская", "Нарынского", "Тоголокинская").
_ADJECTIVE_OF_NAME = re.compile(r"(?:ин)?(?:ск|цк)(?:ая|ий|ое|ой|ую|ом|ого|ому|ие|их|им|ими|ых|ым|ыми|ый)$")
MIN_STEM = 3


@cache
def _translit() -> tuple[dict[str, str], dict[str, str], str]:
    data = json.loads(resources.files("accord.data").joinpath("ru/translit.json").read_text(encoding="utf-8"))
    return data["letters"], data["iotated"], data["softening"]


def has_cyrillic(text: str) -> bool:
    """Tell whether a text holds a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def latin(text: str) -> str:
    """Romanize Cyrillic text (BGN/PCGN), keeping capitals and everything that is not Cyrillic."""
    letters, iotated, softening = _translit()
    out: list[str] = []
    previous = ""
    for char in text:
        lower = char.lower()
        if lower in letters:
            at_start = not previous.isalpha()
            spelled = iotated[lower] if lower in iotated and (at_start or previous in softening) else letters[lower]
            out.append(spelled.capitalize() if char.isupper() and spelled else spelled)
        else:
            out.append(char)
        previous = lower
    return "".join(out)


def name_of_adjective(word: str) -> str:
    """Return the name a Russian adjective is made from ("Самаркандская" -> "Самарканд"), else the word."""
    stem = _ADJECTIVE_OF_NAME.sub("", word)
    return stem if len(stem) >= MIN_STEM else word
