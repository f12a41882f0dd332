"""catalog_versions (issue 8, published catalog versions)

Catalog item versions published by a terminal's administrator, and what central made of
them. Written for both SQLite and PostgreSQL.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # the rowid on SQLite


def upgrade() -> None:
    op.create_table(
        "catalog_publications",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("event_uuid", sa.String(length=36), nullable=False),
        sa.Column("terminal_id", sa.String(length=32), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["terminal_id"], ["terminals.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("catalog_publications", schema=None) as batch_op:
        batch_op.create_index("ix_catalog_publications_event_uuid", ["event_uuid"], unique=False)
        batch_op.create_index("ix_catalog_publications_office_key", ["office_code", "key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("catalog_publications", schema=None) as batch_op:
        batch_op.drop_index("ix_catalog_publications_office_key")
        batch_op.drop_index("ix_catalog_publications_event_uuid")
    op.drop_table("catalog_publications")
