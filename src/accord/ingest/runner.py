"""Ingest many documents: extract in worker processes, write each document in its own transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Engine

from accord.documents import SourceDocument
from accord.ingest.extraction import extract_all
from accord.ingest.tables import Failure
from accord.ingest.writer import Outcome, already_stored, save_document
from accord.nlp import get_nlp
from accord.record import Record
from accord.store.documents import stored_source
from accord.store.log import log_failure

Result = Outcome | Literal["failed"]
IN_FLIGHT = 4  # batches kept in each worker's queue, so one long text does not leave the others idle
DEFAULT_TIMEOUT = 600.0  # seconds; the longest press release of the corpus takes about a minute


@dataclass
class Summary:
    """How an ingest went: documents added, unchanged, replaced, duplicate and failed, and how long it took."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicate: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    def count(self, result: Result) -> None:
        """Count one document's result."""
        setattr(self, result, getattr(self, result) + 1)

    @property
    def documents(self) -> int:
        """Return how many documents were seen."""
        return self.added + self.unchanged + self.replaced + self.duplicate + self.failed


def _store(engine: Engine, document: SourceDocument, extracted: Record | str) -> tuple[Result, str | None]:
    if isinstance(extracted, str):
        return "failed", extracted
    try:
        return save_document(engine, document, extracted), None
    except Exception as exc:  # the transaction rolled back; log it and go on with the next document
        return "failed", f"could not be stored ({type(exc).__name__}: {exc})"


def _count(engine: Engine, summary: Summary, document: SourceDocument, outcome: Outcome) -> None:
    """Count a document stored or found stored; log a duplicate with the source its text is stored under."""
    summary.count(outcome)
    if outcome == "duplicate":
        with engine.begin() as conn:
            reason = f"same text as {stored_source(conn, document.id)}, which is stored once, under that source"
            log_failure(conn, document.source, reason, once=True)


def _log(engine: Engine, summary: Summary, failure: Failure) -> None:
    with engine.begin() as conn:
        log_failure(conn, failure.source, failure.reason)
    summary.failures.append(failure)
    summary.count("failed")


def ingest(
    engine: Engine,
    items: Iterable[SourceDocument | Failure],
    *,
    workers: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
    on_result: Callable[[str, Result], None] | None = None,
    executor: Executor | None = None,
) -> Summary:
    """Store every document among `items`, skipping texts already stored and logging every failure.

    Each document is written in its own transaction, so an interrupted run keeps every document it
    finished and a re-run picks up the rest. With workers > 1, extraction runs in that many processes,
    or with `executor` (a Dask cluster's, `accord.ingest.cluster`) on it, a batch of documents per task;
    storing stays here either way. A document whose extraction takes longer than `timeout` seconds is
    logged as failed.
    """
    started = time.monotonic()
    summary = Summary()
    report = on_result or (lambda source, result: None)
    pending: list[SourceDocument] = []
    for item in items:
        if isinstance(item, Failure):
            _log(engine, summary, item)
            report(item.source, "failed")
            continue
        with engine.connect() as conn:
            stored = already_stored(conn, item)
        if stored is None:
            pending.append(item)
        else:
            _count(engine, summary, item, stored)
            report(item.source, stored)
    # Stored in the order of their texts' ids, so that the same documents make the same knowledge
    # base whatever order they come in: resolution merges each document into what came before.
    pending.sort(key=lambda document: (document.id, document.source))
    own = ProcessPoolExecutor(workers, initializer=get_nlp) if executor is None and workers > 1 else None
    try:
        for document, extracted in extract_all(pending, executor or own, IN_FLIGHT * workers, timeout):
            result, reason = _store(engine, document, extracted)
            if reason is not None:
                _log(engine, summary, Failure(document.source, reason))
            elif result != "failed":
                _count(engine, summary, document, result)
            report(document.source, result)
    finally:
        if own is not None:
            own.shutdown(cancel_futures=True)
    summary.seconds = time.monotonic() - started
    return summary
