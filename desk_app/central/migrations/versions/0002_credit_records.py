"""credit_records (issue 5, credit records fanned out to terminals)

Placeholder reserved so that parallel work keeps one linear chain; filled by that work.

Revision ID: 0002
Revises: 0001
"""

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
