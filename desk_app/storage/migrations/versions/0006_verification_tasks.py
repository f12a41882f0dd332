"""verification_tasks (issue 5, verification)

Placeholder reserved so that parallel work keeps one linear chain; filled by that work.

Revision ID: 0006
Revises: 0005
"""

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
