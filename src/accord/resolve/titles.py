"""How alike two initiative titles are, in words and in the common-noun phrase they share."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from accord.names import normalize

SHARED_PHRASE = 0.8  # similarity credited to titles sharing a common-noun phrase ("nuclear power plant")
_WORD = re.compile(r"[\w’'-]+")
_FUNCTION_WORDS = frozenset(
    ("a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "between", "among")
)


# Resolution compares each new title with every kb title, so the same titles are split again and again.
@lru_cache(maxsize=1 << 16)
def _common_words(title: str) -> tuple[str | None, ...]:
    """Return the title's lowercase content words, None standing for a proper name or function word."""
    words: list[str | None] = []
    for word in _WORD.findall(title):
        plain = normalize(word)
        words.append(plain if word.islower() and plain not in _FUNCTION_WORDS else None)
    return tuple(words)


def shared_phrase(first: str, second: str) -> str | None:
    """Return the longest run of common nouns and adjectives both titles hold, if it names a thing.

    A run names a thing when it has three words, or two that end one of the titles: proper names
    and function words never count, so 'Central Asia and Russia' is no shared phrase.
    """
    a, b = _common_words(first), _common_words(second)
    if len(set(a) & set(b) - {None}) < 2:
        return None  # a shared phrase has two words at least
    best: list[str] = []
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] is not None and a[i + k] == b[j + k]:
                k += 1
            ends_a, ends_b = i + k == len(a), j + k == len(b)
            if (k >= 3 or (k == 2 and (ends_a or ends_b))) and k > len(best):
                best = [w for w in a[i : i + k] if w is not None]
    return " ".join(best) or None


def title_similarity(first: str, second: str) -> tuple[float, str]:
    """Return how alike two titles are (0..1) and a reason saying in what way."""
    a, b = normalize(first), normalize(second)
    same_words = fuzz.token_sort_ratio(a, b) / 100
    contained = fuzz.token_set_ratio(a, b) / 100
    phrase = shared_phrase(first, second)
    candidates = [
        (same_words, f"same title words ({same_words:.0%})"),
        (contained * 0.95, f"one title within the other ({contained:.0%})"),
        (SHARED_PHRASE if phrase else 0.0, f"shared phrase '{phrase}'"),
    ]
    return max(candidates)
