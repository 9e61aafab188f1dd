"""Search words as both stores accept them: split on white space, control characters (NUL above all) dropped."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def search_terms(words: str) -> list[str]:
    """Return the words of a query, with control characters read as spaces."""
    return _CONTROL.sub(" ", words).split()
