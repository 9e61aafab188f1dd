"""Turn documents into records: route each by language, parse it, run every section's extractor."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from accord.documents import SourceDocument
from accord.extract.confidence import rate_record
from accord.extract.entities import extract_entities
from accord.extract.events import extract_events
from accord.extract.figures import extract_figures, mark_targets
from accord.extract.initiatives import extract_initiatives
from accord.extract.statements import extract_statements
from accord.nlp import parse_many
from accord.nlp.language import detect_language
from accord.record import DocumentInfo, Record

__all__ = ["SUPPORTED_LANGUAGES", "extract_record", "extract_records", "iter_records", "record_from_doc"]

SUPPORTED_LANGUAGES = frozenset({"en", "ru"})
# Languages read by their own pipeline rather than the English spaCy stream.
_OWN_PIPELINE = frozenset({"ru"})


def _document_info(document: SourceDocument, language: str) -> DocumentInfo:
    return DocumentInfo(
        id=document.id,
        source=document.source,
        language=language,
        title=document.title,
        published=document.published,
    )


def record_from_doc(document: SourceDocument, doc: Doc, language: str = "en") -> Record:
    """Extract a record from a document already parsed by the English pipeline."""
    entities = extract_entities(doc)
    figures = mark_targets(doc, extract_figures(doc, entities, document.published), entities, document.published)
    record = Record(
        document=_document_info(document, language),
        entities=entities.entities,
        events=extract_events(doc, entities, document.published),
        initiatives=extract_initiatives(doc, entities, figures, document.published),
        figures=figures,
        statements=extract_statements(doc, entities),
    )
    return rate_record(record)


def iter_records(documents: Iterable[SourceDocument]) -> Iterator[Record]:
    """Yield one record per document, in order, parsing the English ones in one stream.

    Documents are parsed and extracted as they stream through the pipeline, so memory stays
    flat however many documents there are.
    """
    queue: deque[tuple[SourceDocument, str]] = deque()

    def english_texts() -> Iterator[str]:
        for document in documents:
            language = detect_language(document.text)
            queue.append((document, language))
            if language == "en":
                yield document.text

    def flush_other() -> Iterator[Record]:
        while queue and queue[0][1] != "en":
            yield _other_language(*queue.popleft())

    for doc in parse_many(english_texts()):
        yield from flush_other()
        document, language = queue.popleft()
        yield record_from_doc(document, doc, language)
    yield from flush_other()


def _other_language(document: SourceDocument, language: str) -> Record:
    if language not in _OWN_PIPELINE:
        return _unsupported(document, language)
    from accord.extract.ru import russian_record  # natasha loads only when a Russian document comes

    return russian_record(document, _document_info(document, language))


def _unsupported(document: SourceDocument, language: str) -> Record:
    info = _document_info(document, language)
    supported = ", ".join(sorted(SUPPORTED_LANGUAGES))
    info.notices.append(
        f"language '{language}' is not extracted yet (supported: {supported}); the record holds the document part only"
    )
    return Record(document=info)


def extract_records(documents: Iterable[SourceDocument]) -> list[Record]:
    """Extract one record per document, in order."""
    return list(iter_records(documents))


def extract_record(document: SourceDocument) -> Record:
    """Extract the record of one document."""
    return extract_records([document])[0]
