"""Read CSV and JSONL files that hold one article per row into source documents."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.documents import SourceDocument
from accord.documents.published import parse_published
from accord.documents.reader import normalize_newlines
from accord.errors import ReadError

TABLE_SUFFIXES = frozenset({".csv", ".jsonl"})
# Column names tried in order when the caller does not choose one.
DETECTED = {
    "text": ("body", "text", "content", "article", "full_text"),
    "title": ("headline", "title", "name"),
    "date": ("date", "published", "published_at", "datetime", "time"),
    "url": ("link", "url", "source", "href"),
}


@dataclass(frozen=True)
class Columns:
    """The columns holding each article's text, title, date and URL; None means detect it."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Failure:
    """A file or row that cannot be ingested, and why."""

    source: str
    reason: str


def _pick(chosen: str | None, role: str, header: list[str]) -> str | None:
    if chosen is not None:
        return chosen
    return next((name for name in DETECTED[role] if name in header), None)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        if path.suffix.lower() == ".csv":
            csv.field_size_limit(sys.maxsize)  # article bodies run past csv's 128 KiB default
            yield from csv.DictReader(file)
        else:
            for line in file:
                if line.strip():
                    yield json.loads(line)


def _published(value: Any) -> str | None:
    if not value:
        return None
    try:
        return parse_published(str(value).strip()[:10])
    except ValueError:
        return None


def read_table(path: Path, columns: Columns, published: str | None = None) -> Iterator[SourceDocument | Failure]:
    """Yield one document per row of a CSV or JSONL file, or a failure for a row without text."""
    try:
        rows = list(_rows(path))
    except (OSError, UnicodeDecodeError, csv.Error, json.JSONDecodeError) as exc:
        raise ReadError(str(path), f"cannot be read as {path.suffix.lower()[1:].upper()} ({exc})") from exc
    header = sorted({key for row in rows for key in row}) if rows else []
    text_column = _pick(columns.text, "text", header)
    if text_column is None:
        raise ReadError(str(path), f"has no text column among {header}; choose one with --text-column")
    title, date, url = (
        _pick(columns.title, "title", header),
        _pick(columns.date, "date", header),
        _pick(columns.url, "url", header),
    )
    for number, row in enumerate(rows, start=1):
        source = str(row.get(url) or f"{path}#row{number}") if url else f"{path}#row{number}"
        text = normalize_newlines(str(row.get(text_column) or ""))
        if not text.strip():
            yield Failure(source, f"row {number} of {path} has no text in column '{text_column}'")
            continue
        heading = " ".join(str(row[title]).split()) if title and row.get(title) else None
        yield SourceDocument(
            source=source,
            text=_headed(text, heading),
            title=heading,
            published=published or (_published(row.get(date)) if date else None),
        )


def _headed(body: str, heading: str | None) -> str:
    """Return the article as its page shows it: the headline on a line of its own above the body.

    The headline is often all a release says of its event ("Telephone conversation with ..."),
    so it is part of the text that is read, unless the body already opens with it."""
    if heading is None or body.lstrip().startswith(heading):
        return body
    return f"{heading}\n\n{body}"
