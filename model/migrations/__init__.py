"""Alembic migrations, applied automatically by ``model.db.open_database``."""
