"""The knowledge base's tables: documents, their facts with evidence, and the merged view across documents.

Per-document facts (mentions, events, initiatives, figures, statements) belong to one document and
go with it when it is replaced. Knowledge-base rows (kb_entities, kb_initiatives, series) gather
those facts across documents; a fact points at its kb row with the confidence and reasons of the merge.
Initiatives and figures also keep their extraction confidence: how sure extraction is that they are facts.

Curation (overrides, claims, figure_curations, review_items, audit_log) holds what people decided;
it outlives every ingest, and a `curated` kb row is never pruned.
"""

from __future__ import annotations

from typing import Any

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
    false,
)

metadata = MetaData()
FRAMING = "how its sentence frames it when it reports no undertaking (history, an example, a denial); NULL: as a fact"

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
    # Also (revision 0007): ix_documents_published, on published (descending, NULLs last) and source.
)


def _document_id() -> Column[str]:
    return Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _extraction_confidence() -> list[Column[Any]]:
    return [
        Column("extraction_confidence", Float, comment="how sure extraction is of the fact; NULL: not rated"),
        Column("extraction_reasons", JSON(none_as_null=True), comment="what raised or lowered it"),
    ]


kb_entities = Table(
    "kb_entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(2)),
    Column("curated", Boolean, nullable=False, server_default=false(), comment="kept even with no fact left"),
    Column("verdict", String(16), comment="'confirmed' or 'rejected' by a curator"),
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
    Column("kb_entity_id", Integer, ForeignKey("kb_entities.id")),
    Column("confidence", Float),
    Column("reasons", JSON, nullable=False),
    Index("ix_mentions_document", "document_id"),
    Index("ix_mentions_kb_entity", "kb_entity_id", "name", "country"),  # covers counting names and countries
    Index("ix_mentions_kb_entity_document", "kb_entity_id", "document_id", "id"),  # an entity's documents
    # Also (revision 0007): ix_mentions_with_aliases, on kb_entity_id of the mentions with aliases only.
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("kb_entity_id", Integer, ForeignKey("kb_entities.id"), nullable=False),
    Column("key", String(255), nullable=False),
    Index("ix_entity_keys_key", "key", "kb_entity_id"),  # covers looking kb entities up by key
    Index("ix_entity_keys_kb_entity", "kb_entity_id"),
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
    Column("kb_entity_id", Integer, index=True, comment="its mention's kb entity, so its roles are read by index"),
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
    Column("curated", Boolean, nullable=False, server_default=false(), comment="kept even with no fact left"),
    Column("verdict", String(16), comment="'confirmed' or 'rejected' by a curator"),
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
    Column("found_by", String(32), comment="the cue that found it"),
    Column("framing", Text, comment=FRAMING),
    *_extraction_confidence(),
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
    Column("target", JSON(none_as_null=True), comment="set when the figure is a goal, not an observation"),
    Column("verdict", String(16), comment="'confirmed' or 'rejected' by a curator"),
    *_extraction_confidence(),
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

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(32), nullable=False),
    Column("subject_kind", String(16), nullable=False),
    Column("subject", Text, nullable=False, comment="name or title of what changed, when it changed"),
    Column("subject_id", Integer),
    Column("before", JSON(none_as_null=True)),
    Column("after", JSON(none_as_null=True)),
    Column("note", Text),
    Index("ix_audit_log_subject", "subject_kind", "subject_id"),
    comment="append-only: triggers refuse UPDATE and DELETE",
)

overrides = Table(
    "overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subject_kind", String(16), nullable=False, comment="'entity' or 'initiative'"),
    Column("subject_id", Integer, nullable=False),
    Column("field", String(32), nullable=False),
    Column("value", JSON(none_as_null=True)),
    Column("machine", JSON(none_as_null=True), comment="what extraction says now"),
    Column("machine_then", JSON(none_as_null=True), comment="what extraction said when the value was set"),
    Column("set_by", Text, nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("subject_kind", "subject_id", "field", name="uq_overrides_field"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subject_kind", String(16), nullable=False, comment="'entity' or 'initiative'"),
    Column("form", Text, nullable=False, comment="normalized name or title"),
    Column("source", Text, comment="only in this document; NULL: in every document"),
    Column("subject_id", Integer, nullable=False, comment="the curated kb row facts with this form belong to"),
    Index("ix_claims_form", "subject_kind", "form"),
)

figure_curations = Table(
    "figure_curations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("metric", Text, nullable=False, comment="as extracted, so the decision finds the figure again"),
    Column("text", Text, nullable=False),
    Column("verdict", String(16)),
    Column("edits", JSON, nullable=False, comment="field -> curated value"),
    Column("machine", JSON, nullable=False, comment="field -> what extraction says now"),
    Column("machine_then", JSON, nullable=False, comment="field -> what extraction said when curated"),
    Column("found", Boolean, nullable=False, comment="whether the latest extraction still has the figure"),
    Column("set_by", Text, nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("source", "metric", "text", name="uq_figure_curations_figure"),
)

review_items = Table(
    "review_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subject_kind", String(16), nullable=False, comment="'entity', 'initiative' or 'figure'"),
    Column("source", Text, nullable=False),
    Column("form", Text, nullable=False, comment="the name or title as extracted; a figure's metric and text"),
    Column("candidate", Text, nullable=False, comment="name of the kb row it may belong to"),
    Column("candidate_id", Integer),
    Column("confidence", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column(
        "question",
        String(16),
        nullable=False,
        server_default="merge",
        comment="'merge': is form the candidate; 'extraction': is it a fact at all (candidate '')",
    ),
    Column("state", String(16), nullable=False, comment="'pending', 'accepted' or 'rejected'"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_by", Text),
    Column("decided_at", DateTime(timezone=True)),
    UniqueConstraint("subject_kind", "source", "form", "candidate", name="uq_review_items_merge"),
)
