"""The knowledge base's tables: documents, their facts with evidence, and the merged view across documents.

Per-document facts (mentions, events, initiatives, figures, statements) belong to one document and
go with it when it is replaced. Knowledge-base rows (kb_entities, kb_initiatives, series) gather
those facts across documents; a fact points at its kb row with the confidence and reasons of the merge.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True, comment="content hash of the text"),
    Column("source", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("language", String(8), nullable=False),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("notices", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)


def _document_id() -> Column[str]:
    return Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


kb_entities = Table(
    "kb_entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(2)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_id(),
    Column("local_id", String(64), nullable=False),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("country", String(2)),
    Column("spans", JSON, nullable=False),
    Column("kb_entity_id", Integer, ForeignKey("kb_entities.id"), index=True),
    Column("confidence", Float),
    Column("reasons", JSON, nullable=False),
    Index("ix_mentions_document", "document_id"),
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("kb_entity_id", Integer, ForeignKey("kb_entities.id"), nullable=False),
    Column("key", String(255), nullable=False),
    Index("ix_entity_keys_key", "key"),
    Index("ix_entity_keys_mention", "mention_id"),
)

roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("organization", Text),
    Column("country", String(2)),
    Column("date", String(10), comment="publication date of the document stating the role"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_id(),
    Column("local_id", String(64), nullable=False),
    Column("type", String(16), nullable=False),
    Column("name", Text),
    Column("date", String(10)),
    Column("place", Text),
    Column("chair", Text),
    Column("organizer", Text),
    Column("participants", JSON, nullable=False),
    Column("spans", JSON, nullable=False),
    Index("ix_events_document", "document_id"),
)

kb_initiatives = Table(
    "kb_initiatives",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("sector", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("location", Text),
)

initiatives = Table(
    "initiatives",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_id(),
    Column("local_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("description", Text),
    Column("actors", JSON, nullable=False),
    Column("parties", JSON, nullable=False),
    Column("sector", String(16), nullable=False),
    Column("location", Text),
    Column("deadline", String(10)),
    Column("milestones", JSON, nullable=False),
    Column("figures", JSON, nullable=False),
    Column("spans", JSON, nullable=False),
    Column("kb_initiative_id", Integer, ForeignKey("kb_initiatives.id"), index=True),
    Column("confidence", Float),
    Column("reasons", JSON, nullable=False),
    Index("ix_initiatives_document", "document_id"),
)

series = Table(
    "series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("metric", Text, nullable=False),
    Column(
        "subjects_key", Text, nullable=False, comment="';' before and after each sorted kb entity id or subject name"
    ),
    Column("subjects", JSON, nullable=False),
    Column("unit", String(32), nullable=False, comment="'' for plain counts"),
    UniqueConstraint("metric", "subjects_key", "unit", name="uq_series_key"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_id(),
    Column("local_id", String(64), nullable=False),
    Column("metric", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(32)),
    Column("qualifier", String(16), nullable=False),
    Column("period", String(32)),
    Column("subjects", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("spans", JSON, nullable=False),
    Column("series_id", Integer, ForeignKey("series.id"), index=True),
    Index("ix_figures_document", "document_id"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_id(),
    Column("local_id", String(64), nullable=False),
    Column("speaker", Text, nullable=False),
    Column("kb_entity_id", Integer, ForeignKey("kb_entities.id"), index=True),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("spans", JSON, nullable=False),
    Index("ix_statements_document", "document_id"),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("logged_at", DateTime(timezone=True), nullable=False),
)
