"""Index what an entity's page reads, so a head of state named in most documents answers in milliseconds.

A kb entity's documents are counted, and its mentions and companions read, from one index of its
mentions by document; the latest documents are read in the order of publication from an index; the
mentions with aliases have an index of their own, so an entity's aliases are not looked for among
all its mentions; and a role keeps its mention's kb entity, so an entity's roles are not looked for
among every role of the store.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

WITH_ALIASES = "CAST(aliases AS TEXT) <> '[]'"
ROLE_ENTITY = "its mention's kb entity, so an entity's roles are read by index"


def upgrade() -> None:
    """Apply this revision."""
    op.add_column(
        "roles",
        sa.Column("kb_entity_id", sa.Integer(), comment=ROLE_ENTITY),
    )
    op.execute(
        "UPDATE roles SET kb_entity_id = (SELECT kb_entity_id FROM mentions WHERE mentions.id = roles.mention_id)"
    )
    op.create_index("ix_roles_kb_entity_id", "roles", ["kb_entity_id"])
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
    op.drop_index("ix_roles_kb_entity_id", table_name="roles")
    with op.batch_alter_table("roles") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("kb_entity_id")
