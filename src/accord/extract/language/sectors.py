"""Sectors: which field an initiative belongs to, by a weighted lexicon of word starts."""

from __future__ import annotations

from collections import Counter

from accord.extract.language.cues import sector_terms

# A word in the title names the initiative itself; a word elsewhere in the sentence only hints.
TITLE_WEIGHT = 3


def _hits(text: str) -> Counter[str]:
    scores: Counter[str] = Counter()
    remaining = text.casefold()
    for pattern, sector, weight in sector_terms():
        remaining, found = pattern.subn(" ", remaining)
        scores[sector] += weight * found
    return scores


def classify_sector(title: str, context: str = "") -> str:
    """Return the schema sector whose lexicon terms weigh most in the title and its sentence."""
    scores = _hits(context)
    for sector, score in _hits(title).items():
        scores[sector] += TITLE_WEIGHT * score
    best = [(score, sector) for sector, score in scores.items() if score > 0]
    return max(best)[1] if best else "other"
