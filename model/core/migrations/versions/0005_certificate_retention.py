"""retention of certificate snapshots

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certificate_retention_years", sa.Integer(), nullable=False, server_default="6"))
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reduced_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_column("reduced_at")
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("certificate_retention_years")
