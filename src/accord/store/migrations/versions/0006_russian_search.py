"""Russian documents are searched by their words' stems: PostgreSQL reads each document with its language's
text-search configuration (`russian` for Russian, `english` otherwise). SQLite's FTS5 needs no change: its
unicode61 tokenizer folds Cyrillic case, and a Russian query word is also looked up by its stem's prefix.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from accord.store.dialect import vectors_by_language

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    vectors_by_language(op.get_bind())


def downgrade() -> None:
    """Undo this revision."""
    vectors_by_language(op.get_bind(), by_language=False)
