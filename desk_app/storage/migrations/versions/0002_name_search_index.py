"""name search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:51:02.790987
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain index operations: a batch (copy-and-move) migration would drop the
    # append-only triggers on ``cases``.
    op.drop_index("ix_cases_applicant_name", table_name="cases")
    op.create_index("ix_cases_name_created", "cases", ["applicant_name", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_cases_name_created", table_name="cases")
    op.create_index("ix_cases_applicant_name", "cases", ["applicant_name"])
