"""Create the knowledge base: documents, their facts with evidence, the merged view and the ingest log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from accord.store.dialect import create_search_index, drop_search_index

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False, comment="content hash of the text"),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.Column("notices", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source"),
    )
    op.create_table(
        "ingest_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "kb_entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "kb_initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sector", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.Text(), nullable=False),
        sa.Column(
            "subjects_key",
            sa.Text(),
            nullable=False,
            comment="';' before and after each sorted kb entity id or subject name",
        ),
        sa.Column("subjects", sa.JSON(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False, comment="'' for plain counts"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("metric", "subjects_key", "unit", name="uq_series_key"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("chair", sa.Text(), nullable=True),
        sa.Column("organizer", sa.Text(), nullable=True),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_events_document", "events", ["document_id"], unique=False)
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=64), nullable=False),
        sa.Column("metric", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=True),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=True),
        sa.Column("subjects", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_figures_document", "figures", ["document_id"], unique=False)
    op.create_index(op.f("ix_figures_series_id"), "figures", ["series_id"], unique=False)
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("sector", sa.String(length=16), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("milestones", sa.JSON(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("kb_initiative_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["kb_initiative_id"],
            ["kb_initiatives.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_initiatives_document", "initiatives", ["document_id"], unique=False)
    op.create_index(op.f("ix_initiatives_kb_initiative_id"), "initiatives", ["kb_initiative_id"], unique=False)
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("kb_entity_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["kb_entity_id"],
            ["kb_entities.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mentions_document", "mentions", ["document_id"], unique=False)
    op.create_index(op.f("ix_mentions_kb_entity_id"), "mentions", ["kb_entity_id"], unique=False)
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("local_id", sa.String(length=64), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("kb_entity_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["kb_entity_id"],
            ["kb_entities.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_statements_document", "statements", ["document_id"], unique=False)
    op.create_index(op.f("ix_statements_kb_entity_id"), "statements", ["kb_entity_id"], unique=False)
    op.create_table(
        "entity_keys",
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("kb_entity_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["kb_entity_id"],
            ["kb_entities.id"],
        ),
        sa.ForeignKeyConstraint(["mention_id"], ["mentions.id"], ondelete="CASCADE"),
    )
    op.create_index("ix_entity_keys_key", "entity_keys", ["key"], unique=False)
    op.create_index("ix_entity_keys_mention", "entity_keys", ["mention_id"], unique=False)
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organization", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column(
            "date",
            sa.String(length=10),
            nullable=True,
            comment="publication date of the document stating the role",
        ),
        sa.ForeignKeyConstraint(["mention_id"], ["mentions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_roles_mention_id"), "roles", ["mention_id"], unique=False)
    create_search_index(op.get_bind())


def downgrade() -> None:
    """Revert this revision."""
    drop_search_index(op.get_bind())
    op.drop_index(op.f("ix_roles_mention_id"), table_name="roles")
    op.drop_table("roles")
    op.drop_index("ix_entity_keys_mention", table_name="entity_keys")
    op.drop_index("ix_entity_keys_key", table_name="entity_keys")
    op.drop_table("entity_keys")
    op.drop_index(op.f("ix_statements_kb_entity_id"), table_name="statements")
    op.drop_index("ix_statements_document", table_name="statements")
    op.drop_table("statements")
    op.drop_index(op.f("ix_mentions_kb_entity_id"), table_name="mentions")
    op.drop_index("ix_mentions_document", table_name="mentions")
    op.drop_table("mentions")
    op.drop_index(op.f("ix_initiatives_kb_initiative_id"), table_name="initiatives")
    op.drop_index("ix_initiatives_document", table_name="initiatives")
    op.drop_table("initiatives")
    op.drop_index(op.f("ix_figures_series_id"), table_name="figures")
    op.drop_index("ix_figures_document", table_name="figures")
    op.drop_table("figures")
    op.drop_index("ix_events_document", table_name="events")
    op.drop_table("events")
    op.drop_table("series")
    op.drop_table("kb_initiatives")
    op.drop_table("kb_entities")
    op.drop_table("ingest_log")
    op.drop_table("documents")
