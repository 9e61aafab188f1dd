"""Workers extract documents a batch at a time: the same records as one by one, a bad text failing alone."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

from news_articles import article

from accord.documents import SourceDocument
from accord.ingest.extraction import extract_all, extract_batch, extract_or_explain
from accord.nlp import get_nlp
from accord.record import Record


def documents(count: int) -> list[SourceDocument]:
    return [SourceDocument(source=f"news/{number:03}.txt", text=article(number)) for number in range(count)]


def broken(source: str) -> SourceDocument:
    """A document no reader would make: its text is missing, so extracting it raises."""
    return SourceDocument(source=source, text=None)  # type: ignore[arg-type]


def test_a_batch_gives_each_document_the_record_it_gets_alone() -> None:
    batch = documents(4)
    assert extract_batch(batch) == [extract_or_explain(document) for document in batch]
    assert all(isinstance(record, Record) and record.figures for record in extract_batch(batch))


def test_a_document_that_cannot_be_extracted_fails_alone_and_the_rest_of_its_batch_is_extracted() -> None:
    good = documents(2)
    results = extract_batch([good[0], broken("news/broken.txt"), good[1]])
    assert isinstance(results[1], str) and results[1].startswith("extraction failed (TypeError")
    assert [results[0], results[2]] == [extract_or_explain(document) for document in good]


def test_a_batch_past_its_time_limit_gives_each_document_its_own_limit_and_reason() -> None:
    results = extract_batch(documents(3), timeout=0.001)
    assert results == ["extraction took longer than 0.001 s; allow more with --timeout"] * 3


def test_worker_processes_pair_every_document_with_its_own_record_in_the_order_given() -> None:
    batch = [*documents(6), broken("news/broken.txt"), *documents(9)[6:]]
    with ProcessPoolExecutor(2, initializer=get_nlp) as pool:
        pairs = list(extract_all(batch, pool, 4, None))
    assert [document.source for document, _ in pairs] == [document.source for document in batch]
    assert [isinstance(extracted, str) for _, extracted in pairs] == [d.source.endswith("broken.txt") for d in batch]
    assert all(extracted.document.id == document.id for document, extracted in pairs if isinstance(extracted, Record))
