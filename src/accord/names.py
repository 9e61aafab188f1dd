"""Name keys that let mentions of one entity find each other across documents and spellings.

Resolution files entities under these keys and the store looks names up by them, so both use this module.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accord.romanize import has_cyrillic, latin

# General equivalences between Latin transliterations of the same Cyrillic or Turkic spelling,
# applied left to right to any name; they rewrite each variant to one spelling. English news writes
# the Central Asian Ж and ДЖ as 'j' (Zhakupov, Dzhumaev: Jakupov, Jumaev), hence zh -> j -> dj.
TRANSLITERATION_EQUIVALENCES: tuple[tuple[str, str], ...] = (
    ("ksandr", "xandr"),
    ("ks", "x"),
    ("kh", "h"),
    ("zh", "j"),
    ("iy", "i"),
    ("yy", "y"),
    ("ey", "ei"),
    ("yu", "iu"),
    ("ya", "ia"),
    ("yo", "io"),
    ("ye", "e"),
    ("j", "dj"),
    ("ddj", "dj"),
    ("w", "v"),
    ("y", "i"),
)
_LEADING_ARTICLE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^\w]+")
_VOWELS = re.compile(r"[aeiouy]")
_ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de"})


def _kept(char: str) -> bool:
    """Keep ASCII and Cyrillic letters; accents (split off by NFKD) and other scripts go."""
    return char.isascii() or "\u0400" <= char <= "\u052f"


@lru_cache(maxsize=1 << 16)  # resolution normalizes the same names over and over, document after document
def normalize(name: str) -> str:
    """Fold case, accents, punctuation and a leading 'the' so equal names compare equal (Cyrillic stays
    Cyrillic, with ё and й read as е and и)."""
    folded = "".join(filter(_kept, unicodedata.normalize("NFKD", name.replace("’", "'"))))
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", folded.casefold())).strip()
    return _LEADING_ARTICLE.sub("", words)


@lru_cache(maxsize=1 << 16)
def transliteration_key(name: str) -> str:
    """Rewrite a name's transliteration variants to one spelling (Alexey, Aleksei -> alexei); a Cyrillic
    name is romanized first, so that it meets its English spellings (Жакупов, Jakupov -> djakupov)."""
    key = normalize(latin(name) if has_cyrillic(name) else name)
    for variant, spelling in TRANSLITERATION_EQUIVALENCES:
        key = key.replace(variant, spelling)
    return re.sub(r"(\w)\1+", r"\1", key)


def consonant_skeleton(name: str) -> str:
    """Keep each word's first letter and its consonants, so vowel variants (Tashkent/Toshkent) meet."""
    return " ".join(word[0] + _VOWELS.sub("", word[1:]) for word in transliteration_key(name).split())


def acronym(name: str) -> str | None:
    """Return the acronym a name is or stands for (both 'MoHE' and 'Ministry of Higher Education' give 'mhe').

    A single word is an acronym when most of its letters are capitals; acronyms under three letters
    are too ambiguous to merge by and give None.
    """
    words = name.split()
    if len(words) == 1:
        letters = [c for c in name if c.isalpha()]
        capitals = [c for c in letters if c.isupper()]
        is_acronym = len(capitals) * 2 > len(letters) and name.isalnum()
        return "".join(capitals).casefold() if is_acronym and len(capitals) >= 3 else None
    initials = [w[0] for w in words if w.casefold() not in _ACRONYM_STOPWORDS and w[:1].isalpha()]
    return "".join(initials).casefold() if len(initials) >= 3 else None


def surname(name: str) -> str:
    """Return the transliteration key of a person's last name."""
    words = transliteration_key(name).split()
    return words[-1] if words else ""
