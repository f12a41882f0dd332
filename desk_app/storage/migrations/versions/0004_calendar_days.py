"""calendar days pulled from central

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 01:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Sync state itself (cursor, acknowledged audit seq, credentials) lives in `settings`.
    op.create_table(
        'calendar_days',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint('day'),
    )
    op.create_index('ix_calendar_days_year', 'calendar_days', ['year'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_calendar_days_year', table_name='calendar_days')
    op.drop_table('calendar_days')
