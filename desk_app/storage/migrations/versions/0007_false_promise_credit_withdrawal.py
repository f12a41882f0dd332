"""false_promise_credit_withdrawal (issue 5, after-counter records)

Placeholder reserved so that parallel work keeps one linear chain; filled by that work.

Revision ID: 0007
Revises: 0006
"""

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
