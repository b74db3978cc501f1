"""Alembic environment: always runs on the connection handed over by ``model.core.db``."""

from alembic import context

from model.core.entities import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run through model.core.db.open_database, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
