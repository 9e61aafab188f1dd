"""Russian extraction: the same record as English, read with natasha's Russian models."""

from __future__ import annotations

from accord.documents import SourceDocument
from accord.extract.confidence import rate_record
from accord.extract.ru.entities import extract_entities
from accord.extract.ru.events import extract_events
from accord.extract.ru.figures import extract_figures
from accord.extract.ru.initiatives import extract_initiatives
from accord.extract.ru.statements import extract_statements
from accord.nlp.russian import parse_russian
from accord.record import DocumentInfo, Record

__all__ = ["russian_record"]


def russian_record(document: SourceDocument, info: DocumentInfo) -> Record:
    """Extract the record of a Russian document."""
    doc = parse_russian(document.text)
    entities = extract_entities(doc)
    record = Record(
        document=info,
        entities=entities.entities,
        events=extract_events(doc, entities, document.published),
        initiatives=extract_initiatives(doc, entities, document.published),
        figures=extract_figures(doc, entities, document.published),
        statements=extract_statements(doc, entities),
    )
    return rate_record(record)
