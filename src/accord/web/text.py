"""Text for pages: numbers and labels, and a document's text cut into highlighted pieces."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

_MATCH = re.compile(r"\[([^\[\]]*)\]")
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def amount(value: float | None, unit: str | None = None, short: bool = False) -> str:
    """Format a value: thousands grouped (or 1.2B when `short`), its unit after it."""
    if value is None:
        return ""
    number = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    if short:
        number = next((f"{value / size:.3g}{suffix}" for size, suffix in _SCALES if abs(value) >= size), f"{value:g}")
    return f"{number} {unit}" if unit else number


def label(value: object) -> str:
    """Return a code word as words: "in_progress" -> "in progress"."""
    return "" if value is None else str(value).replace("_", " ")


def marked_snippet(snippet: str) -> Markup:
    """Return a search snippet escaped, its [matched words] in <mark>."""
    return Markup(_MATCH.sub(r"<mark>\1</mark>", str(escape(snippet))))


@dataclass(frozen=True)
class Piece:
    """A stretch of a document's text and the kinds of fact spans covering it."""

    text: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Highlighted:
    """A document's text in pieces: before the marked stretch, inside it, and after it."""

    before: list[Piece]
    marked: list[Piece]
    after: list[Piece]


def pieces(text: str, spans: Iterable[tuple[int, int, str]], mark: tuple[int, int] | None = None) -> Highlighted:
    """Cut `text` where any span or the marked stretch starts or ends; each piece knows the kinds covering it."""
    size = len(text)
    changes: dict[int, Counter[str]] = defaultdict(Counter)
    for start, end, kind in spans:
        start, end = max(0, start), min(size, end)
        if start < end:
            changes[start][kind] += 1
            changes[end][kind] -= 1
    low, high = (max(0, min(mark[0], size)), max(0, min(mark[1], size))) if mark else (size, size)
    covering: Counter[str] = Counter()
    found = Highlighted([], [], [])
    for start, end in pairwise(sorted({0, size, low, high, *changes})):
        covering.update(changes.get(start, Counter()))
        piece = Piece(text[start:end], tuple(sorted(kind for kind, count in covering.items() if count > 0)))
        (found.before if end <= low else found.marked if end <= high else found.after).append(piece)
    return found
