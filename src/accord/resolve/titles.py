"""How alike two initiative titles are, in words and in the common-noun phrase they share."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from rapidfuzz import fuzz

from accord.extract.language.gazetteer import country_named, country_of_demonym
from accord.names import normalize

SHARED_PHRASE = 0.8  # similarity credited to titles sharing a common-noun phrase ("nuclear power plant")
BARE_COMMON_NOUN = 2  # a title of this many content words at most, naming nothing, is a common noun
_WORD = re.compile(r"[\w’'-]+")
_ARTICLES = frozenset(("a", "an", "the"))
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "between", "among"}
    # Russian prepositions and conjunctions, as `normalize` writes them (й as и)
    | {"и", "в", "во", "на", "о", "об", "по", "с", "со", "для", "между", "из", "к", "при", "от", "до", "а", "или"}
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


def is_bare_common_noun(title: str, names: Collection[object]) -> bool:
    """Tell whether a title is a common noun that names no one thing ("joint statement", "the project")."""
    content = [word for word in _WORD.findall(title) if normalize(word) not in _FUNCTION_WORDS]
    return not names and len(content) <= BARE_COMMON_NOUN


def _content_words(title: str) -> set[str]:
    return {normalize(word) for word in _WORD.findall(title)} - _FUNCTION_WORDS - {""}


def _head(title: str) -> str | None:
    """Return a title's head noun: its last word before the first preposition ("station" of "station in X")."""
    head = None
    for word in _WORD.findall(title):
        plain = normalize(word)
        if plain in _FUNCTION_WORDS - _ARTICLES and head is not None:
            break
        head = plain if plain not in _ARTICLES else head
    return head


def _contained(first: str, second: str) -> float:
    """Return how alike two titles are when one's content words all stand in the other and both name
    the same kind of thing (one head noun), else 0.

    The shorter must say something (two content words): a bare "Russia" is within many titles; and
    "zone of the country" is not "station in the zone of the country", unless the shorter is a named
    thing the longer is about.
    """
    ours, theirs = _content_words(first), _content_words(second)
    shorter, longer = sorted((ours, theirs), key=len)
    if len(shorter) < BARE_COMMON_NOUN or not shorter <= longer:
        return 0.0
    if _head(first) != _head(second) and not _about_named(*sorted((first, second), key=len)):
        return 0.0
    return fuzz.token_set_ratio(normalize(first), normalize(second)) / 100


def _about_named(shorter: str, longer: str) -> bool:
    """Tell whether the longer title is an act about the shorter, a named thing: "agreement on the
    construction of the X Solar Park" is about "X Solar Park"."""
    named = any(not word.isupper() for word in _proper_words(shorter))
    return named and f" {normalize(longer)} ".endswith(f" {normalize(shorter)} ")


def _proper_words(title: str, first: bool = False) -> set[str]:
    """Return a title's proper names: its capitalized words (the first only if national, or if `first`),
    a national word as its country's code."""
    found = set()
    for number, word in enumerate(_WORD.findall(title)):
        if word[:1].isupper() and normalize(word) not in _FUNCTION_WORDS:
            country = country_of_demonym(word) or country_named(word)
            if country is not None or number > 0 or first:
                found.add(country.code if country else normalize(word))
    return found


def same_proper_name(first: str, second: str) -> bool:
    """Tell whether two titles hold the same proper names, one at least not a country's ("Ashford dam")."""
    ours = _proper_words(first, first=True)
    return ours == _proper_words(second, first=True) and any(not word.isupper() for word in ours)


def names_differ(first: str, second: str) -> bool:
    """Tell whether two titles each hold a proper name the other lacks ("... and Lugansk" / "... and Donetsk").

    A country on one side only is no such name: a region or city named on the other may lie in it.
    """
    ours, theirs = _proper_words(first), _proper_words(second)
    return any(not w.isupper() for w in ours - theirs) and any(not w.isupper() for w in theirs - ours)


def _phrase_credit(phrase: str | None) -> float:
    """Return the similarity a shared phrase lends: a two-word one ("power plant") names a kind, not a thing."""
    if phrase is None:
        return 0.0
    return SHARED_PHRASE if len(phrase.split()) >= 3 else SHARED_PHRASE - 0.1


def title_similarity(first: str, second: str) -> tuple[float, str]:
    """Return how alike two titles are (0..1) and a reason saying in what way."""
    a, b = normalize(first), normalize(second)
    same_words = fuzz.token_sort_ratio(a, b) / 100
    contained = _contained(first, second)
    phrase = shared_phrase(first, second)
    candidates = [
        (same_words, f"same title words ({same_words:.0%})"),
        (contained * 0.95, f"one title within the other ({contained:.0%})"),
        (_phrase_credit(phrase), f"shared phrase '{phrase}'"),
    ]
    return max(candidates)
