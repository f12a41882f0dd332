"""Alembic environment of the central server (SQLite and PostgreSQL)."""

from alembic import context
from sqlalchemy import Connection

from desk_app.central.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=conn.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # `alembic revision --autogenerate` during development
    from sqlalchemy import create_engine

    with create_engine(config.get_main_option("sqlalchemy.url") or "").begin() as conn:
        _run(conn)
