"""How a document is named for people: by its headline, never by a path on the machine that read it."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

STDIN = "-"


def is_address(source: str) -> bool:
    """Tell whether a document's source is a web address (which names it for anyone) rather than a file path."""
    return "://" in source


def document_label(title: str | None, source: str) -> str:
    """Return the document's headline, else its web address, else its file's name."""
    if title and title.strip():
        return title.strip()
    if is_address(source):
        return source
    if source == STDIN:
        return "standard input"
    return PurePath(source).name or source


def cited_label(item: dict[str, Any]) -> str:
    """Name the document an answer's item cites by its `source`: the `document_title` given it, else by its source."""
    source = item.get("source")
    return item.get("document_title") or (document_label(None, source) if source else "")
