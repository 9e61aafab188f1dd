"""Build the plain data each page and its API endpoint share, from library calls."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from accord.sentences import sentence_span
from accord.store import tables
from accord.store.audit import history
from accord.store.document_names import name_documents
from accord.store.initiative_links import linked_figures, related_entities
from accord.store.initiative_profile import initiative_profile


def _sentence(text: str, spans: list[list[int]]) -> dict[str, Any]:
    """Return the sentence around the first span, cut into the words before, the quote, and after."""
    start, end = spans[0]
    first, last = sentence_span(text, start, end)
    return {
        "start": first,
        "end": last,
        "before": text[first:start],
        "quote": text[start:end],
        "after": text[end:last],
    }


def initiative_view(conn: Connection, kb_initiative_id: int) -> dict[str, Any] | None:
    """Return an initiative's fields, status chain (each report with its sentence), figures, entities, history."""
    profile = initiative_profile(conn, f"#{kb_initiative_id}")
    if profile is None:
        return None
    d = tables.documents
    ids = {row["document"] for row in profile["chain"] if row["document"]}
    texts = dict(conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(ids))).tuples().all())
    for row in profile["chain"]:
        text = texts.get(row["document"])
        row["sentence"] = _sentence(text, row["spans"]) if text and row["spans"] else None
    view = {
        **profile,
        "figures": linked_figures(conn, kb_initiative_id),
        "entities": related_entities(conn, kb_initiative_id),
        "history": history(conn, profile["title"], [("initiative", kb_initiative_id)]),
    }
    name_documents(conn, view)
    schedule = view["schedule"]
    if schedule and schedule["deadline_source"]:  # the report that gave the deadline is in the chain
        titles = {row["source"]: row.get("document_title") for row in view["chain"]}
        schedule["deadline_title"] = titles.get(schedule["deadline_source"])
    return view
