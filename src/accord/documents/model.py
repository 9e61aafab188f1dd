"""The plain text of one document with what is known of it before extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceDocument:
    """A document's decoded text, where it came from, and its metadata.

    Every character offset accord reports refers to `text`.
    """

    source: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, as precise as known

    @property
    def id(self) -> str:
        """Stable id derived from the text alone: same text, same id."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
