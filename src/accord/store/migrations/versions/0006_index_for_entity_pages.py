"""Index what an entity's page reads, so a head of state named in most documents answers in milliseconds.

A kb entity's documents are counted, and its mentions and companions read, from one index of its
mentions by document (with their ids, for its roles); the latest documents are read in the order of
publication from an index; the few mentions with aliases have an index of their own, so an
entity's aliases are not looked for among all its mentions.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

WITH_ALIASES = "CAST(aliases AS TEXT) <> '[]'"


def upgrade() -> None:
    """Apply this revision."""
    op.create_index("ix_mentions_kb_entity_document", "mentions", ["kb_entity_id", "document_id", "id"])
    # SQLite cannot say where NULLs go in an index; it orders them first, so a descending index has them last.
    nulls = " NULLS LAST" if op.get_bind().dialect.name == "postgresql" else ""
    op.create_index("ix_documents_published", "documents", [sa.text(f"published DESC{nulls}"), "source"])
    op.create_index(
        "ix_mentions_with_aliases",
        "mentions",
        ["kb_entity_id"],
        postgresql_where=sa.text(WITH_ALIASES),
        sqlite_where=sa.text(WITH_ALIASES),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_mentions_with_aliases", table_name="mentions")
    op.drop_index("ix_documents_published", table_name="documents")
    op.drop_index("ix_mentions_kb_entity_document", table_name="mentions")
