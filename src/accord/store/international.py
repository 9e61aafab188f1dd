"""International organizations: bodies of many states, which belong to no one country."""

from __future__ import annotations

from functools import cache

from accord.extract.language.lexicon import words
from accord.names import normalize


@cache
def _names() -> frozenset[str]:
    return frozenset(normalize(name) for name in words("international_organizations"))


def is_international(name: str) -> bool:
    """Tell whether a name is an international organization's ('NATO', 'International Committee of ...')."""
    key = normalize(name)
    return key in _names() or key.startswith("international ") or "united nations" in key
