"""Build small news documents and their records the way the extractors would, for the store tests."""

from __future__ import annotations

from accord.documents import SourceDocument
from accord.record import (
    DocumentInfo,
    Entity,
    EntityType,
    Event,
    Figure,
    Initiative,
    Record,
    Role,
    Span,
    Statement,
)


def span_of(text: str, words: str) -> Span:
    """Return the span of the first occurrence of `words` in `text`."""
    start = text.index(words)
    return Span(start, start + len(words))


def document(source: str, text: str, published: str | None = "2025-05-01") -> SourceDocument:
    """Return a source document titled by its first sentence."""
    return SourceDocument(source=source, text=text, title=text.split(".")[0], published=published)


def entity(
    text: str,
    type_: EntityType,
    name: str,
    *aliases: str,
    country: str | None = None,
    roles: list[Role] | None = None,
) -> Entity:
    """Return an entity mentioned wherever its name and aliases occur in `text`."""
    spans = [span_of(text, form) for form in (name, *aliases) if form in text]
    return Entity(
        id=name.casefold().replace(" ", "-"),
        type=type_,
        name=name,
        aliases=list(aliases),
        country=country,
        roles=roles or [],
        mentions=spans,
    )


def record(
    doc: SourceDocument,
    entities: list[Entity] | None = None,
    events: list[Event] | None = None,
    initiatives: list[Initiative] | None = None,
    figures: list[Figure] | None = None,
    statements: list[Statement] | None = None,
    language: str = "en",
) -> Record:
    """Return the record of `doc` holding the given facts."""
    info = DocumentInfo(id=doc.id, source=doc.source, language=language, title=doc.title, published=doc.published)
    return Record(
        document=info,
        entities=entities or [],
        events=events or [],
        initiatives=initiatives or [],
        figures=figures or [],
        statements=statements or [],
    )
