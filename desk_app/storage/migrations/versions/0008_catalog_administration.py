"""catalog_administration (issue 8)

Placeholder reserved so that parallel work keeps one linear chain; filled by that work.

Revision ID: 0008
Revises: 0007
"""

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
