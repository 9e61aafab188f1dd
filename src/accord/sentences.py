"""Where the sentence around a span of a document's text begins and ends: for evidence in pages and exports."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n")
_REACH = 2000  # no sentence of news is longer; bounds the work on a long document


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the start and end of the sentences holding text[start:end] (looking back at most `_REACH` chars)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    begin = max(0, start - _REACH)
    for match in _SENTENCE_END.finditer(text, begin, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, max(start, end - 1))
    if after is None:
        return begin, len(text)
    return begin, after.start() + (text[after.start()] != "\n")
