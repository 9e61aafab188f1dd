"""Ingest many documents: extract in worker processes, write each document in its own transaction."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from sqlalchemy import Engine

from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.extract.record import Record
from accord.ingest.tables import Failure
from accord.ingest.writer import Outcome, is_unchanged, save_document
from accord.nlp import get_nlp
from accord.store.log import log_failure

Result = Outcome | Literal["failed"]
DEFAULT_TIMEOUT = 600.0  # seconds; the longest press release of the corpus takes about a minute


@dataclass
class Summary:
    """How an ingest went: documents added, unchanged, replaced and failed, and how long it took."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    def count(self, result: Result) -> None:
        """Count one document's result."""
        setattr(self, result, getattr(self, result) + 1)

    @property
    def documents(self) -> int:
        """Return how many documents were seen."""
        return self.added + self.unchanged + self.replaced + self.failed


class ExtractionTimeout(BaseException):
    """Raised in a worker when one document's extraction runs past its time limit.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` inside extraction swallows it.
    """


def _raise_timeout(_signum: int, _frame: object) -> None:
    raise ExtractionTimeout


def extract_or_explain(document: SourceDocument, timeout: float | None = None) -> Record | str:
    """Extract a document's record, or return why it could not be extracted (runs in a worker).

    With `timeout`, a document whose extraction takes longer is given up (Unix alarm signal), so one
    pathological text costs one log entry, not a worker for the rest of the run.
    """
    if timeout:
        previous = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return extract_record(document)
    except ExtractionTimeout:
        return f"extraction took longer than {timeout:g} s; allow more with --timeout"
    except Exception as exc:  # one document's failure is logged and must not stop the batch
        return f"extraction failed ({type(exc).__name__}: {exc})"
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _extracted(
    documents: list[SourceDocument], executor: Executor | None, in_flight: int, timeout: float | None
) -> Iterator[tuple[SourceDocument, Record | str]]:
    """Yield each document with its record as soon as it is extracted, keeping `in_flight` in the workers."""
    if executor is None:
        yield from ((document, extract_or_explain(document, timeout)) for document in documents)
        return
    queue = iter(documents)
    running = {executor.submit(extract_or_explain, d, timeout): d for d in islice(queue, in_flight)}
    while running:
        done, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            document = running.pop(future)
            for following in islice(queue, 1):
                running[executor.submit(extract_or_explain, following, timeout)] = following
            try:
                extracted = future.result()
            except Exception as exc:  # a worker died (out of memory, killed): log the document, go on
                extracted = f"extraction failed ({type(exc).__name__}: {exc})"
            yield document, extracted


def _store(engine: Engine, document: SourceDocument, extracted: Record | str) -> tuple[Result, str | None]:
    if isinstance(extracted, str):
        return "failed", extracted
    try:
        return save_document(engine, document, extracted), None
    except Exception as exc:  # the transaction rolled back; log it and go on with the next document
        return "failed", f"could not be stored ({type(exc).__name__}: {exc})"


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
) -> Summary:
    """Store every document among `items`, skipping texts already stored and logging every failure.

    Each document is written in its own transaction, so an interrupted run keeps every document it
    finished and a re-run picks up the rest. With workers > 1, extraction runs in that many processes;
    a document whose extraction takes longer than `timeout` seconds is logged as failed.
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
            unchanged = is_unchanged(conn, item)
        if unchanged:
            summary.count("unchanged")
            report(item.source, "unchanged")
        else:
            pending.append(item)
    executor = ProcessPoolExecutor(workers, initializer=get_nlp) if workers > 1 else None
    try:
        for document, extracted in _extracted(pending, executor, 2 * workers, timeout):
            result, reason = _store(engine, document, extracted)
            if reason is not None:
                _log(engine, summary, Failure(document.source, reason))
            else:
                summary.count(result)
            report(document.source, result)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    summary.seconds = time.monotonic() - started
    return summary
