"""Metric names and units folded to one spelling, so one thing measured is filed under one series."""

from __future__ import annotations

import re

from accord.names import normalize

# Spellings of one unit or metric word that must file together ("per cent" and "percent"). Trade between a
# series' subjects is one measure whether the text calls it mutual, bilateral, its volume or its turnover.
_SPELLINGS = (
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"\bpercentage\b"), "percent"),
    (re.compile(r"\b(?:mutual|bilateral|reciprocal|two way) (?=trade\b)"), ""),
    (re.compile(r"(?<=\btrade) (?:volume|volumes|turnover)\b"), ""),
)
_UNITS = {"%": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent"}


def metric_name(metric: str) -> str:
    """Return the one spelling of a metric's name: case, accents, punctuation and variants folded."""
    name = normalize(metric)
    for pattern, spelling in _SPELLINGS:
        name = pattern.sub(spelling, name)
    return name


def unit_name(unit: str | None) -> str:
    """Return the one spelling of a unit ('' for a plain count)."""
    plain = (unit or "").strip()
    return _UNITS.get(plain.casefold(), plain)


def metric_matches(query: str, metric: str) -> bool:
    """Tell whether every word of `query` starts a word of `metric` ('trade' matches 'mutual trade volume')."""
    words = metric_name(metric).split()
    return all(any(word.startswith(wanted) for word in words) for wanted in metric_name(query).split())
