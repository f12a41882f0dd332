"""catalog_versions (issue 8, published catalog versions)

Placeholder reserved so that parallel work keeps one linear chain; filled by that work.

Revision ID: 0003
Revises: 0002
"""

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
