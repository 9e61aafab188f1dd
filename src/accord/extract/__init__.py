"""Step two: turn a parsed document into a record of entities, events, initiatives, figures and quotes."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.documents import SourceDocument
from accord.extract.entities import extract_entities
from accord.extract.events import extract_events
from accord.extract.figures import extract_figures
from accord.extract.initiatives import extract_initiatives
from accord.extract.record import DocumentInfo, Record
from accord.extract.statements import extract_statements
from accord.nlp import parse_many
from accord.nlp.language import detect_language

__all__ = ["SUPPORTED_LANGUAGES", "extract_record", "extract_records"]

SUPPORTED_LANGUAGES = frozenset({"en"})


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
    figures = extract_figures(doc, entities)
    return Record(
        document=_document_info(document, language),
        entities=entities.entities,
        events=extract_events(doc, entities, document.published),
        initiatives=extract_initiatives(doc, entities, figures, document.published),
        figures=figures,
        statements=extract_statements(doc, entities),
    )


def extract_records(documents: list[SourceDocument]) -> list[Record]:
    """Extract one record per document, parsing the English ones in a single batch."""
    languages = [detect_language(d.text) for d in documents]
    english = [d for d, lang in zip(documents, languages, strict=True) if lang in SUPPORTED_LANGUAGES]
    parsed = dict(zip((id(d) for d in english), parse_many(d.text for d in english), strict=True))
    records = []
    for document, language in zip(documents, languages, strict=True):
        if id(document) in parsed:
            records.append(record_from_doc(document, parsed[id(document)], language))
        else:
            info = _document_info(document, language)
            info.notices.append(
                f"language '{language}' is not extracted yet (supported: {', '.join(sorted(SUPPORTED_LANGUAGES))});"
                " the record holds the document part only"
            )
            records.append(Record(document=info))
    return records


def extract_record(document: SourceDocument) -> Record:
    """Extract the record of one document."""
    return extract_records([document])[0]
