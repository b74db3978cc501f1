"""document assets for certificate snapshots

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 01:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_asset",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_document_asset")),
    )


def downgrade() -> None:
    op.drop_table("document_asset")
