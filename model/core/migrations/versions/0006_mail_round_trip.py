"""mail round trip: mail settings, templates, send journal, form mappings, attendance mode

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("smtp_host", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("smtp_port", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("smtp_security", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("smtp_user", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("mail_from", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("mail_pause_seconds", sa.Integer(), nullable=True))

    op.create_table(
        "mail_template",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=True),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_mail_template")),
    )
    op.create_table(
        "mail_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("event_state", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_mail_journal_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_mail_journal_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_journal")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_journal_message_id")),
    )
    op.create_index("ix_mail_journal_event_kind", "mail_journal", ["event_id", "kind", "person_id"], unique=False)
    op.create_index(op.f("ix_mail_journal_person_id"), "mail_journal", ["person_id"], unique=False)
    op.create_table(
        "form_mapping",
        sa.Column("form_key", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("form_key", name=op.f("pk_form_mapping")),
    )
    # The attendance mode per registration (Präsenz/Online) comes with 0004.


def downgrade() -> None:
    op.drop_table("form_mapping")
    op.drop_index(op.f("ix_mail_journal_person_id"), table_name="mail_journal")
    op.drop_index("ix_mail_journal_event_kind", table_name="mail_journal")
    op.drop_table("mail_journal")
    op.drop_table("mail_template")
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        for name in ("mail_pause_seconds", "mail_from", "smtp_user", "smtp_security", "smtp_port", "smtp_host"):
            batch_op.drop_column(name)
