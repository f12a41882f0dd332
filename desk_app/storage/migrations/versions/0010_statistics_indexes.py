"""statistics: covering indexes for the dashboard and the reports

A period's counts by item, path and office come off ``ix_cases_stats`` without touching the
table (1 M cases: a month's figures in tens of milliseconds instead of a table scan); event
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
    op.create_index("ix_cases_stats", "cases", ["created_at", "item_code", "path", "office_code"])
    op.create_index("ix_cases_item_created", "cases", ["item_code", "created_at"])
    op.create_index("ix_case_events_kind_at", "case_events", ["kind", "at", "to_state", "case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_events_kind_at", table_name="case_events")
    op.drop_index("ix_cases_item_created", table_name="cases")
    op.drop_index("ix_cases_stats", table_name="cases")
