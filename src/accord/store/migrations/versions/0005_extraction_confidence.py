"""Extraction confidence on initiatives and figures, entity verdicts, and extraction questions in the review queue.

Revision ID: 0005
Revises: 0004
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _confidence_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("extraction_confidence", sa.Float(), comment="how sure extraction is of the fact; NULL: not rated"),
        sa.Column("extraction_reasons", sa.JSON(none_as_null=True), comment="what raised or lowered it"),
    ]


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("initiatives", sa.Column("found_by", sa.String(32), comment="the cue that found it"))
    for column in _confidence_columns():
        op.add_column("initiatives", column)
    for column in _confidence_columns():
        op.add_column("figures", column)
    op.add_column("kb_entities", sa.Column("verdict", sa.String(16), comment="'confirmed' or 'rejected' by a curator"))
    op.add_column(
        "review_items",
        sa.Column(
            "question",
            sa.String(16),
            nullable=False,
            server_default="merge",
            comment="'merge': is form the candidate; 'extraction': is it a fact at all (candidate '')",
        ),
    )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("review_items") as batch:
        batch.drop_column("question")
    with op.batch_alter_table("kb_entities") as batch:
        batch.drop_column("verdict")
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("extraction_reasons")
        batch.drop_column("extraction_confidence")
    with op.batch_alter_table("initiatives") as batch:
        batch.drop_column("extraction_reasons")
        batch.drop_column("extraction_confidence")
        batch.drop_column("found_by")
