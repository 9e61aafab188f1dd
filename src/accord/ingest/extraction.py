"""Extract documents in worker processes, each with a time limit, yielding records in the order given."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from itertools import islice

from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.ingest.deadline import ExtractionTimeout, time_limit
from accord.record import Record


def extract_or_explain(document: SourceDocument, timeout: float | None = None) -> Record | str:
    """Extract a document's record, or return why it could not be extracted (runs in a worker).

    With `timeout`, a document whose extraction takes longer is given up, so one pathological text
    costs one log entry, not a worker for the rest of the run.
    """
    try:
        with time_limit(timeout):
            return _record_or_reason(document)
    except ExtractionTimeout:
        return f"extraction took longer than {timeout:g} s; allow more with --timeout"


def _record_or_reason(document: SourceDocument) -> Record | str:
    try:
        return extract_record(document)
    except Exception as exc:  # one document's failure is logged and must not stop the batch
        return f"extraction failed ({type(exc).__name__}: {exc})"


def extract_all(
    documents: list[SourceDocument], executor: Executor | None, in_flight: int, timeout: float | None
) -> Iterator[tuple[SourceDocument, Record | str]]:
    """Yield each document with its record in the order given, keeping up to `in_flight` in the workers.

    The order is kept whatever the workers' speed, so the knowledge base a batch makes does not
    depend on how many workers extracted it.
    """
    if executor is None:
        yield from ((document, extract_or_explain(document, timeout)) for document in documents)
        return
    queue = iter(documents)
    running: deque[tuple[Future[Record | str], SourceDocument]] = deque(
        (executor.submit(extract_or_explain, d, timeout), d) for d in islice(queue, in_flight)
    )
    while running:
        future, document = running.popleft()
        for following in islice(queue, 1):
            running.append((executor.submit(extract_or_explain, following, timeout), following))
        try:
            extracted = future.result()
        except Exception as exc:  # a worker died (out of memory, killed): log the document, go on
            extracted = f"extraction failed ({type(exc).__name__}: {exc})"
        yield document, extracted
