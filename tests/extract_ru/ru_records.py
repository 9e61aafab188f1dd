"""Extract a record from a Russian text written for a test."""

from __future__ import annotations

from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.record import Entity, Record


def russian_record(text: str, published: str | None = "2025-10-10") -> Record:
    """The record of `text`, as a news note published on `published`."""
    record = extract_record(SourceDocument(source="novost.txt", text=text, title=None, published=published))
    assert record.document.language == "ru"
    return record


def named(record: Record, name: str) -> Entity:
    """The entity of the record with this name."""
    return next(e for e in record.entities if e.name == name)
