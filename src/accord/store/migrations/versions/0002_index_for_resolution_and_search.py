"""Index what resolution and search look up on every document, so both stay fast as the store grows.

Entity keys are looked up by key for their kb entities, and kb entities are pruned by id; a kb
entity's mentions are counted by name and country; PostgreSQL ranks search matches by a stored vector.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from accord.store.dialect import drop_search_vectors, store_search_vectors

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.drop_index("ix_entity_keys_key", table_name="entity_keys")
    op.create_index("ix_entity_keys_key", "entity_keys", ["key", "kb_entity_id"])
    op.create_index("ix_entity_keys_kb_entity", "entity_keys", ["kb_entity_id"])
    op.drop_index("ix_mentions_kb_entity_id", table_name="mentions")
    op.create_index("ix_mentions_kb_entity", "mentions", ["kb_entity_id", "name", "country"])
    store_search_vectors(op.get_bind())


def downgrade() -> None:
    """Revert this revision."""
    drop_search_vectors(op.get_bind())
    op.drop_index("ix_mentions_kb_entity", table_name="mentions")
    op.create_index("ix_mentions_kb_entity_id", "mentions", ["kb_entity_id"])
    op.drop_index("ix_entity_keys_kb_entity", table_name="entity_keys")
    op.drop_index("ix_entity_keys_key", table_name="entity_keys")
    op.create_index("ix_entity_keys_key", "entity_keys", ["key"])
