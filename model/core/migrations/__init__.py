"""Alembic migrations, applied automatically by ``model.core.db.open_database``."""
