"""statistics: covering indexes for the dashboard and the reports

A period's counts by item, path, office, certificate reason and the mean time at the counter
come off ``ix_cases_stats`` without touching the table (1 M cases: a month's figures in tens of milliseconds instead of a table scan); event
figures (withdrawals, verification results, certificate reasons) use ``ix_case_events_kind_at``.

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The two payload fields as expressions, spelled exactly as storage/statistics.py queries them.
    # Building it reads every case's payload once (about a minute per million cases).
    op.execute(
        "CREATE INDEX ix_cases_stats ON cases (created_at, item_code, path, office_code, "
        "json_extract(payload, '$.certificate_reason'), json_extract(payload, '$.counter_seconds'), doc_number)"
    )
    op.create_index("ix_case_events_kind_at", "case_events", ["kind", "at", "to_state", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_events_kind_at", table_name="case_events")
    op.drop_index("ix_cases_stats", table_name="cases")
