"""Word lists kept as data files under accord/data, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def words(name: str) -> frozenset[str]:
    """Return the lower-cased entries of data/<name>.txt, without comments and blank lines."""
    text = resources.files("accord.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the tab-separated rows of data/<name>.tsv, without comments and blank lines."""
    text = resources.files("accord.data").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def body_nouns() -> frozenset[str]:
    """Return the common nouns for a body or a business ("company", "ministry", "partner")."""
    return words("org_words") | words("business_nouns")


TITLE_MODIFIERS = frozenset(
    {
        "deputy",
        "vice",
        "first",
        "acting",
        "executive",
        "chief",
        "senior",
        "general",
        "special",
        "former",
        "interim",
        "honorary",
        "permanent",
        "extraordinary",
        "plenipotentiary",
        "and",
        "foreign",
        "prime",
        "state",
        "trade",
    }
)


def is_title_word(word: str) -> bool:
    """Tell whether a word is a title or position ("President", "Presidents", "Director")."""
    lowered = word.casefold()
    titles = words("titles")
    return lowered in titles or (lowered.endswith("s") and lowered[:-1] in titles)
