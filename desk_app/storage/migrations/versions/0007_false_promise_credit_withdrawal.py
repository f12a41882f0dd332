"""false_promise_credit_withdrawal (issue 5, after-counter records)

credit_events: the append-only history of the terminal's own credit records (recorded,
repaired, objection filed / upheld / rejected). credit_records gains the grade of a
false-promise finding, the date an upheld objection voided it and the case number.
Findings, measures, withdrawals, conclusions and corrections are case events: no table.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("subject_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("terminal_code", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
        sa.UniqueConstraint("record_uuid", "seq"),
    )
    op.create_index("ix_credit_events_record_uuid", "credit_events", ["record_uuid"])
    op.create_index("ix_credit_events_subject_id", "credit_events", ["subject_id"])
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER credit_events_no_{verb.lower()} BEFORE {verb} ON credit_events "
            "BEGIN SELECT RAISE(ABORT, 'credit_events is append-only'); END"
        )
    with op.batch_alter_table("credit_records") as batch:
        batch.add_column(sa.Column("grade", sa.String(length=16), nullable=False, server_default=""))
        batch.add_column(sa.Column("voided_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("case_no", sa.String(length=40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("credit_records") as batch:
        batch.drop_column("case_no")
        batch.drop_column("voided_on")
        batch.drop_column("grade")
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS credit_events_no_{verb}")
    op.drop_index("ix_credit_events_subject_id", table_name="credit_events")
    op.drop_index("ix_credit_events_record_uuid", table_name="credit_events")
    op.drop_table("credit_events")
