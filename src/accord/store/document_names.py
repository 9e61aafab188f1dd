"""Name the documents a query's answer cites: each reference to a document's source gets its title.

Many answers (status chains, series, deadlines, conflicts) cite a document by the source it was
read from, which for a file is a path on the machine that ingested it; people read the headline,
which `name_documents` adds beside the source as `document_title`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from accord.documents.label import document_label
from accord.store import tables

T = TypeVar("T")


def _citing(data: Any) -> Iterator[dict[str, Any]]:
    """Yield every dict within `data` that cites a document by its `source`."""
    if isinstance(data, dict):
        if isinstance(data.get("source"), str):
            yield data
        for value in data.values():
            yield from _citing(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _citing(value)


def document_titles(conn: Connection, sources: set[str]) -> dict[str, str]:
    """Return the label of each stored document among `sources`: its headline, else its address or file name."""
    if not sources:
        return {}
    d = tables.documents
    rows = conn.execute(select(d.c.source, d.c.title).where(d.c.source.in_(sorted(sources))))
    return {source: document_label(title, source) for source, title in rows}


def name_documents(conn: Connection, data: T) -> T:
    """Give every reference in `data` to a stored document's source its `document_title`; return `data`."""
    citing = list(_citing(data))
    titles = document_titles(conn, {item["source"] for item in citing})
    for item in citing:
        if item["source"] in titles:
            item["document_title"] = titles[item["source"]]
    return data
