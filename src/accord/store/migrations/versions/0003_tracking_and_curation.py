"""Tracking and curation: figure targets, verdicts, curated kb rows, overrides, claims, review queue, audit log.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from accord.store.dialect import create_append_only_guard, drop_append_only_guard

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _kept_flag() -> sa.Column[bool]:
    return sa.Column(
        "curated", sa.Boolean(), nullable=False, server_default=sa.false(), comment="kept even with no fact left"
    )


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("kb_entities", _kept_flag())
    op.add_column("kb_initiatives", _kept_flag())
    op.add_column(
        "kb_initiatives", sa.Column("verdict", sa.String(16), comment="'confirmed' or 'rejected' by a curator")
    )
    op.add_column(
        "figures",
        sa.Column("target", sa.JSON(none_as_null=True), comment="set when the figure is a goal, not an observation"),
    )
    op.add_column("figures", sa.Column("verdict", sa.String(16), comment="'confirmed' or 'rejected' by a curator"))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject_kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False, comment="name or title of what changed, when it changed"),
        sa.Column("subject_id", sa.Integer()),
        sa.Column("before", sa.JSON(none_as_null=True)),
        sa.Column("after", sa.JSON(none_as_null=True)),
        sa.Column("note", sa.Text()),
        comment="append-only: triggers refuse UPDATE and DELETE",
    )
    op.create_index("ix_audit_log_subject", "audit_log", ["subject_kind", "subject_id"])
    create_append_only_guard(op.get_bind(), "audit_log")
    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject_kind", sa.String(16), nullable=False, comment="'entity' or 'initiative'"),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.JSON(none_as_null=True)),
        sa.Column("machine", sa.JSON(none_as_null=True), comment="what extraction says now"),
        sa.Column("machine_then", sa.JSON(none_as_null=True), comment="what extraction said when the value was set"),
        sa.Column("set_by", sa.Text(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("subject_kind", "subject_id", "field", name="uq_overrides_field"),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject_kind", sa.String(16), nullable=False, comment="'entity' or 'initiative'"),
        sa.Column("form", sa.Text(), nullable=False, comment="normalized name or title"),
        sa.Column("source", sa.Text(), comment="only in this document; NULL: in every document"),
        sa.Column(
            "subject_id", sa.Integer(), nullable=False, comment="the curated kb row facts with this form belong to"
        ),
    )
    op.create_index("ix_claims_form", "claims", ["subject_kind", "form"])
    op.create_table(
        "figure_curations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("metric", sa.Text(), nullable=False, comment="as extracted, so the decision finds the figure again"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(16)),
        sa.Column("edits", sa.JSON(), nullable=False, comment="field -> curated value"),
        sa.Column("machine", sa.JSON(), nullable=False, comment="field -> what extraction says now"),
        sa.Column("machine_then", sa.JSON(), nullable=False, comment="field -> what extraction said when curated"),
        sa.Column("found", sa.Boolean(), nullable=False, comment="whether the latest extraction still has the figure"),
        sa.Column("set_by", sa.Text(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source", "metric", "text", name="uq_figure_curations_figure"),
    )
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject_kind", sa.String(16), nullable=False, comment="'entity' or 'initiative'"),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("form", sa.Text(), nullable=False, comment="the name or title as extracted"),
        sa.Column("candidate", sa.Text(), nullable=False, comment="name of the kb row it may belong to"),
        sa.Column("candidate_id", sa.Integer()),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, comment="'pending', 'accepted' or 'rejected'"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.Text()),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("subject_kind", "source", "form", "candidate", name="uq_review_items_merge"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("review_items")
    op.drop_table("figure_curations")
    op.drop_index("ix_claims_form", table_name="claims")
    op.drop_table("claims")
    op.drop_table("overrides")
    drop_append_only_guard(op.get_bind(), "audit_log")
    op.drop_index("ix_audit_log_subject", table_name="audit_log")
    op.drop_table("audit_log")
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("verdict")
        batch.drop_column("target")
    with op.batch_alter_table("kb_initiatives") as batch:
        batch.drop_column("verdict")
        batch.drop_column("curated")
    with op.batch_alter_table("kb_entities") as batch:
        batch.drop_column("curated")
