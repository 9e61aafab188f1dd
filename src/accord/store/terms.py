"""Search words as both stores accept them: split on white space, control characters (NUL above all) dropped;
a Russian word's Snowball stem (the one PostgreSQL's `russian` configuration uses), for SQLite to match its forms."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def search_terms(words: str) -> list[str]:
    """Return the words of a query, with control characters read as spaces."""
    return _CONTROL.sub(" ", words).split()


_CYRILLIC_WORD = re.compile(r"[\u0400-\u052f]+(?:-[\u0400-\u052f]+)*")
MIN_STEM = 3  # a shorter stem ("на") would match too many words as a prefix


@cache
def _stemmer() -> Any:
    # Imported here: only a query with a Russian word needs the stemmer.
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


def russian_stem(term: str) -> str | None:
    """Return the Snowball stem of a Russian word, if it is long enough to search by."""
    if _CYRILLIC_WORD.fullmatch(term) is None:
        return None
    stem = str(_stemmer().stemWord(term.casefold().replace("ё", "е")))
    return stem if len(stem) >= MIN_STEM else None
