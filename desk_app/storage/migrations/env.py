from alembic import context

from desk_app.storage.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic revision --autogenerate` during development
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url"))

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
