"""print settings in the office profile: badge stock, sign-in sheet retention

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("badge_stock", sa.String(length=10), nullable=False, server_default="L4785"))
        batch_op.add_column(sa.Column("sign_in_retention_years", sa.Integer(), nullable=False, server_default="10"))


def downgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("sign_in_retention_years")
        batch_op.drop_column("badge_stock")
