"""languages_and_hall_devices (issue 7)

Placeholder reserved so that parallel work keeps one linear chain; filled by that work.

Revision ID: 0009
Revises: 0008
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
