"""Keep how an initiative's sentence frames it: as a fact, or only as history, an example, a stance or a denial.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

FRAMING = "how its sentence frames it when it reports no undertaking (history, an example, a denial); NULL: as a fact"


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("initiatives", sa.Column("framing", sa.Text(), comment=FRAMING))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("initiatives") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("framing")
