"""credit_records (issue 5, credit records fanned out to terminals)

Credit records made at terminals, as their latest event left them. Written for both SQLite
and PostgreSQL.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credit_records",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("subject_id", sa.String(length=32), nullable=False),
        sa.Column("subject_name", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=False),
        sa.Column("recorded_on", sa.String(length=10), nullable=False),
        sa.Column("repaired_on", sa.String(length=10), nullable=True),
        sa.Column("voided_on", sa.String(length=10), nullable=True),
        sa.Column("source", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("case_no", sa.String(length=40), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("last_event_at", sa.DateTime(), nullable=False),
        sa.Column("last_event_uuid", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_index("ix_credit_records_subject_id", "credit_records", ["subject_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_credit_records_subject_id", table_name="credit_records")
    op.drop_table("credit_records")
