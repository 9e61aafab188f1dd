"""Ingest one document in a worker process of its own: the web app's uploads run here, off its event loop.

Each worker opens the store once, loads the NLP pipeline once and caps its own address space, so a
document that needs too much memory fails alone (MemoryError) instead of taking the server down. The
document goes through `ingest` itself: the same time limit, resume, duplicate and log rules.
"""

from __future__ import annotations

import resource
from dataclasses import dataclass

from sqlalchemy import Engine

from accord.documents import SourceDocument
from accord.ingest.runner import Summary, ingest
from accord.nlp import get_nlp
from accord.store import open_store
from accord.store.audit import log_change

_engine: Engine | None = None


@dataclass(frozen=True)
class IngestResult:
    """What became of one document: its outcome (added, replaced, unchanged, duplicate) or why it failed."""

    outcome: str | None
    error: str | None


def start_worker(database_url: str, memory_bytes: int | None) -> None:
    """Prepare a worker: cap its memory, open the store and load the pipeline (run once per process)."""
    global _engine
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    _engine = open_store(database_url)
    get_nlp()


def ingest_one(document: SourceDocument, actor: str, timeout: float | None) -> IngestResult:
    """Extract and store `document` for `actor`; the audit log names who sent it."""
    assert _engine is not None, "start_worker runs first"
    summary = ingest(_engine, [document], timeout=timeout)
    if summary.failures:
        return IngestResult(None, summary.failures[0].reason)
    outcome = _outcome(summary)
    with _engine.begin() as conn:
        log_change(conn, actor, "upload", ("document", document.source, None), None, {"id": document.id}, outcome)
    return IngestResult(outcome, None)


def _outcome(summary: Summary) -> str:
    for outcome in ("added", "replaced", "duplicate"):
        if getattr(summary, outcome):
            return outcome
    return "unchanged"
