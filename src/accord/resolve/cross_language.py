"""A Russian and an English report of one project: titles in two scripts that name the same thing.

Their words cannot be compared, so the proper names in them are: each romanized to its transliteration
key (Кызыл-Суу and Kyzyl-Suu meet), a Russian adjective of a name cut to its stem (Рогунская ГЭС is the
Rogun plant). Countries and demonyms are left out on the Latin side: they name the parties, not the project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from accord.extract.language.gazetteer import country_named, country_of_demonym
from accord.names import transliteration_key
from accord.romanize import has_cyrillic, name_of_adjective

# A proper name's key this long at least is specific enough to tell a project by.
MIN_NAME_LETTERS = 5
# How many letters a name may have beyond an adjective's stem (Тоголок-инская / Togoloko), and the stem
# beyond the name (Кызылсу-й-ская / Kyzylsu).
NAME_BEYOND_STEM = 2
STEM_BEYOND_NAME = 1
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Name:
    """A proper name in a title as its transliteration key; `stem` when cut from a Russian adjective."""

    key: str
    stem: bool


def _names_of_word(word: str) -> list[Name]:
    """The word's name, and that of its last hyphenated part ("Верхне-Нарынская" holds "Нарын")."""
    cyrillic = has_cyrillic(word)
    found = []
    for part in {word, word.rsplit("-", 1)[-1]}:
        stem = name_of_adjective(part) if cyrillic else part
        key = transliteration_key(stem).replace(" ", "")
        if len(key) >= MIN_NAME_LETTERS:
            found.append(Name(key, stem != part))
    return found


@lru_cache(maxsize=1 << 14)
def project_names(title: str) -> frozenset[Name]:
    """Return the proper names in a title, romanized; no common word, acronym, or (in Latin) country."""
    cyrillic = has_cyrillic(title)
    found: set[Name] = set()
    for word in _WORD.findall(title):
        if not word[:1].isupper() or word.isupper():
            continue  # a common word, or an acronym (ГЭС, EAEU) that names a kind of thing
        if not cyrillic and (country_named(word) or country_of_demonym(word)):
            continue
        found.update(_names_of_word(word))
    return frozenset(found)


def _same_name(first: Name, second: Name) -> bool:
    """Tell whether two names are one, allowing for an adjective's stem on one side."""
    if first.stem == second.stem:
        return first.key == second.key
    stem, name = (first, second) if first.stem else (second, first)
    if name.key.startswith(stem.key):
        return len(name.key) - len(stem.key) <= NAME_BEYOND_STEM
    return stem.key.startswith(name.key) and len(stem.key) - len(name.key) <= STEM_BEYOND_NAME


def shared_project_name(title: str, other: str) -> str | None:
    """Return the proper name that a Russian and an English title share, if they are in two scripts and do."""
    if has_cyrillic(title) == has_cyrillic(other):
        return None
    theirs = project_names(other)
    ours = sorted(project_names(title), key=lambda n: n.key)
    return next((name.key for name in ours if any(_same_name(name, t) for t in theirs)), None)
