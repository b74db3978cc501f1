"""search keys fold spelled umlauts (ae/oe/ue) like the umlauts

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 19:30:00

Stored search keys were folded with ä → a only, so "Muelheim" found nothing where "Mülheim"
is stored. model.core.text.search_fold also maps ae/oe/ue to a/o/u; the stored keys are the old
fold of the same parts, so the same replacement brings them in step (the separator " | "
holds no letters). No schema change.
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("organisation", "person", "event")


def upgrade() -> None:
    for table in TABLES:
        op.execute(
            f"UPDATE {table} SET search_key = replace(replace(replace(search_key, 'ae', 'a'), 'oe', 'o'), 'ue', 'u')"
        )


def downgrade() -> None:
    pass  # the folded keys still find everything the old ones found
