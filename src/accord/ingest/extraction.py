"""Extract documents in worker processes, a batch at a time, each with a time limit, yielding records in order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from itertools import chain, islice

from accord.documents import SourceDocument
from accord.extract import extract_record, extract_records
from accord.ingest.deadline import ExtractionTimeout, time_limit
from accord.nlp.pipeline import batch_by_size
from accord.record import Record

# Characters of text a worker is given at a time: spaCy parses a batch of texts about a fifth faster
# than the same texts one by one, and a batch this size still spreads a few hundred documents evenly.
BATCH_CHARS = 30_000

Extracted = Record | str


def extract_or_explain(document: SourceDocument, timeout: float | None = None) -> Extracted:
    """Extract a document's record, or return why it could not be extracted (runs in a worker).

    With `timeout`, a document whose extraction takes longer is given up, so one pathological text
    costs one log entry, not a worker for the rest of the run.
    """
    try:
        with time_limit(timeout):
            return _record_or_reason(document)
    except ExtractionTimeout:
        return f"extraction took longer than {timeout:g} s; allow more with --timeout"


def _record_or_reason(document: SourceDocument) -> Extracted:
    try:
        return extract_record(document)
    except Exception as exc:  # one document's failure is logged and must not stop the batch
        return f"extraction failed ({type(exc).__name__}: {exc})"


def extract_batch(documents: list[SourceDocument], timeout: float | None = None) -> list[Extracted]:
    """Extract documents in one parse stream, or return why each could not be (runs in a worker).

    A batch that fails, or runs past `timeout`, is extracted again one document at a time, each with
    the whole limit, so a bad text fails alone and costs the others only time.
    """
    if len(documents) > 1:
        try:
            with time_limit(timeout):
                return list(extract_records(documents))
        except (Exception, ExtractionTimeout):  # told apart below, document by document
            pass
    return [extract_or_explain(document, timeout) for document in documents]


def _batches(documents: list[SourceDocument], in_flight: int) -> list[list[SourceDocument]]:
    """Cut the documents into batches of about BATCH_CHARS, smaller when too few would fill `in_flight` batches."""
    total = sum(map(_length, documents))
    size = min(BATCH_CHARS, total // max(in_flight, 1) + 1)
    return list(batch_by_size(documents, size, _length))


def _length(document: SourceDocument) -> int:
    """Return the characters of a document's text; a document without text is its extraction's to report."""
    return len(document.text) if isinstance(document.text, str) else 0


def extract_all(
    documents: list[SourceDocument], executor: Executor | None, in_flight: int, timeout: float | None
) -> Iterator[tuple[SourceDocument, Extracted]]:
    """Yield each document with its record in the order given, keeping up to `in_flight` batches in the workers.

    The order is kept whatever the workers' speed, so the knowledge base a batch makes does not
    depend on how many workers extracted it.
    """
    batches = _batches(documents, in_flight)
    if executor is None:
        yield from chain.from_iterable(zip(batch, extract_batch(batch, timeout), strict=True) for batch in batches)
        return
    queue = iter(batches)
    running: deque[tuple[Future[list[Extracted]], list[SourceDocument]]] = deque(
        (executor.submit(extract_batch, b, timeout), b) for b in islice(queue, in_flight)
    )
    while running:
        future, batch = running.popleft()
        for following in islice(queue, 1):
            running.append((executor.submit(extract_batch, following, timeout), following))
        try:
            extracted: list[Extracted] = future.result()
        except Exception as exc:  # a worker died (out of memory, killed): log its documents, go on
            extracted = [f"extraction failed ({type(exc).__name__}: {exc})"] * len(batch)
        yield from zip(batch, extracted, strict=True)
