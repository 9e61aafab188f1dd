"""Russian extraction: the same record as English, read with natasha's Russian models."""

from __future__ import annotations

from accord.documents import SourceDocument
from accord.documents.headline import headline
from accord.extract.confidence import rate_record
from accord.extract.ru.dateline import find_dateline
from accord.extract.ru.entities import extract_entities
from accord.extract.ru.events import extract_events
from accord.extract.ru.figures import extract_figures
from accord.extract.ru.initiatives import extract_initiatives
from accord.extract.ru.statements import extract_statements
from accord.nlp.russian import parse_russian
from accord.record import DocumentInfo, Figure, Initiative, Record

__all__ = ["russian_record"]


def _link_figures(initiatives: list[Initiative], figures: list[Figure]) -> None:
    """A figure written inside an initiative's words ("фонд объёмом 500 млн долларов") is about it."""
    for initiative in initiatives:
        for figure in figures:
            inside = any(
                span.start <= evidence.start and evidence.end <= span.end
                for span in initiative.evidence
                for evidence in figure.evidence
            )
            if inside:
                initiative.figures.append(figure.id)
                figure.subjects = [initiative.title, *figure.subjects]


def _headline_end(document: SourceDocument) -> int:
    """Where the headline ends in the text, 0 when the document has none."""
    title = document.title or headline(document.text) or ""
    start = document.text.find(title) if title else -1
    return start + len(title) if start != -1 and not document.text[:start].strip() else 0


def _without_headline_repeats(figures: list[Figure], headline_end: int) -> list[Figure]:
    """A headline's figure that the body gives again (same value and unit) is the body's: one figure, two spans."""
    kept: list[Figure] = []
    for figure in figures:
        again = next(
            (
                other
                for other in figures
                if other is not figure
                and other.evidence[0].start >= headline_end
                and (other.value, other.unit) == (figure.value, figure.unit)
            ),
            None,
        )
        if figure.evidence[0].start < headline_end and again is not None:
            again.evidence = sorted([*figure.evidence, *again.evidence])
        else:
            kept.append(figure)
    for number, figure in enumerate(kept, 1):
        figure.id = f"f{number}"
    return kept


def russian_record(document: SourceDocument, info: DocumentInfo) -> Record:
    """Extract the record of a Russian document."""
    doc = parse_russian(document.text)
    dateline = find_dateline(document.text)
    # Relative dates ("в прошлом году") are anchored to the publication date, else to the dateline's.
    published = document.published or (dateline.date if dateline is not None else None)
    entities = extract_entities(doc)
    initiatives = extract_initiatives(doc, entities, published)
    figures = _without_headline_repeats(extract_figures(doc, entities, published), _headline_end(document))
    _link_figures(initiatives, figures)
    record = Record(
        document=info,
        entities=entities.entities,
        events=extract_events(doc, entities, published, dateline),
        initiatives=initiatives,
        figures=figures,
        statements=extract_statements(doc, entities),
    )
    return rate_record(record)
