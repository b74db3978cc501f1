"""member contributions and invoices: fee schedule, billing data, invoice register

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Six tiers by population (exclusive upper bound; None: the top tier), from 2024.
DEFAULT_TIERS = [(10000, 1000), (25000, 1500), (50000, 2000), (100000, 3000), (250000, 4000), (None, 5000)]
EXEMPTION = "Mitgliedsbeitrag ohne Leistungsaustausch, nicht umsatzsteuerbar"
# A default to be confirmed by the office's tax adviser; editable in Einstellungen.
TRIP_EXEMPTION = "Umsatzsteuerfrei nach § 4 Nr. 22 Buchst. a UStG (Veranstaltung belehrender Art)"


def upgrade() -> None:
    op.create_table(
        "billing_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seller_name", sa.String(length=200), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_phone", sa.String(length=50), nullable=True),
        sa.Column("contact_email", sa.String(length=200), nullable=True),
        sa.Column("vat_id", sa.String(length=20), nullable=True),
        sa.Column("tax_number", sa.String(length=30), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("bank_name", sa.String(length=200), nullable=True),
        sa.Column("tax_category", sa.String(length=2), nullable=False),
        sa.Column("tax_rate", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("exemption_reason", sa.Text(), nullable=True),
        sa.Column("trip_tax_category", sa.String(length=2), nullable=False),
        sa.Column("trip_tax_rate", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("trip_exemption_reason", sa.Text(), nullable=True),
        sa.Column("invoice_prefix", sa.String(length=12), nullable=False),
        sa.Column("payment_days", sa.Integer(), nullable=False),
        sa.Column("pro_rata", sa.Boolean(), nullable=False),
        sa.Column("reminder1_text", sa.Text(), nullable=True),
        sa.Column("reminder2_text", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.CheckConstraint("tax_category IN ('S', 'E', 'O')", name=op.f("ck_billing_profile_tax_category_valid")),
        sa.CheckConstraint("id = 1", name=op.f("ck_billing_profile_single_row")),
        sa.CheckConstraint("payment_days >= 0", name=op.f("ck_billing_profile_payment_days_positive")),
        sa.CheckConstraint(
            "trip_tax_category IN ('S', 'E', 'O')", name=op.f("ck_billing_profile_trip_tax_category_valid")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_profile")),
    )
    op.create_table(
        "fee_kind_amount",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from_year", sa.Integer(), nullable=False),
        sa.Column("organisation_kind", sa.String(length=30), nullable=False),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.CheckConstraint(
            "organisation_kind IN ('Kommune', 'Kreis', 'Land/Ministerium', 'Wissenschaft/Beratung', 'Träger', 'Wohnungswirtschaft', 'Sonstige')",
            name=op.f("ck_fee_kind_amount_organisation_kind_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_kind_amount")),
        sa.UniqueConstraint("valid_from_year", "organisation_kind", name="uq_fee_kind_amount_kind"),
    )
    op.create_table(
        "fee_tier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from_year", sa.Integer(), nullable=False),
        sa.Column("population_below", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_fee_tier_amount_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_tier")),
        sa.UniqueConstraint("valid_from_year", "population_below", name="uq_fee_tier_bound"),
    )
    op.create_table(
        "organisation_billing",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("leitweg_id", sa.String(length=46), nullable=True),
        sa.Column("invoice_email", sa.String(length=200), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("population_override", sa.Integer(), nullable=True),
        sa.Column("fee_override", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('XRechnung', 'PDF per E-Mail', 'Brief')", name=op.f("ck_organisation_billing_channel_valid")
        ),
        sa.CheckConstraint(
            "fee_override IS NULL OR fee_override >= 0", name=op.f("ck_organisation_billing_fee_positive")
        ),
        sa.CheckConstraint(
            "population_override IS NULL OR population_override >= 0",
            name=op.f("ck_organisation_billing_population_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_billing_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_organisation_billing")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("purpose", sa.String(length=30), nullable=False),
        sa.Column("billing_key", sa.String(length=100), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("fee_year", sa.Integer(), nullable=True),
        sa.Column("trip_event_id", sa.Integer(), nullable=True),
        sa.Column("cancels_invoice_id", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("total", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=True),
        sa.CheckConstraint("kind IN ('Rechnung', 'Gutschrift')", name=op.f("ck_invoice_kind_valid")),
        sa.CheckConstraint("purpose IN ('Mitgliedsbeitrag', 'Reisekosten')", name=op.f("ck_invoice_purpose_valid")),
        sa.ForeignKeyConstraint(
            ["cancels_invoice_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_cancels_invoice_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_invoice_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_invoice_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["trip_event_id"], ["event.id"], name=op.f("fk_invoice_trip_event_id_event"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("billing_key", name=op.f("uq_invoice_billing_key")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
        sa.UniqueConstraint("year", "sequence", name="uq_invoice_sequence_per_year"),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_cancels_invoice_id"), ["cancels_invoice_id"], unique=False)
        batch_op.create_index("ix_invoice_fee_year", ["fee_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_trip_event_id"), ["trip_event_id"], unique=False)

    op.create_table(
        "invoice_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_invoice_payment_amount_nonzero")),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_payment_invoice_id_invoice"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_payment")),
    )
    with op.batch_alter_table("invoice_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_payment_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "invoice_reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.CheckConstraint("level IN (1, 2)", name=op.f("ck_invoice_reminder_level_valid")),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_reminder_invoice_id_invoice"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_reminder")),
        sa.UniqueConstraint("invoice_id", "level", name="uq_invoice_reminder_level"),
    )
    with op.batch_alter_table("invoice_reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_reminder_invoice_id"), ["invoice_id"], unique=False)

    tier = sa.table(
        "fee_tier",
        sa.column("valid_from_year", sa.Integer),
        sa.column("population_below", sa.Integer),
        sa.column("amount", sa.Numeric(10, 2)),
    )
    op.bulk_insert(
        tier,
        [{"valid_from_year": 2024, "population_below": below, "amount": amount} for below, amount in DEFAULT_TIERS],
    )
    kind = sa.table(
        "fee_kind_amount",
        sa.column("valid_from_year", sa.Integer),
        sa.column("organisation_kind", sa.String),
        sa.column("amount", sa.Numeric(10, 2)),
    )
    op.bulk_insert(kind, [{"valid_from_year": 2024, "organisation_kind": "Kreis", "amount": 2000}])
    profile = sa.table(
        "billing_profile",
        sa.column("id", sa.Integer),
        sa.column("tax_category", sa.String),
        sa.column("tax_rate", sa.Numeric(5, 2)),
        sa.column("exemption_reason", sa.Text),
        sa.column("invoice_prefix", sa.String),
        sa.column("payment_days", sa.Integer),
        sa.column("pro_rata", sa.Boolean),
        sa.column("trip_tax_category", sa.String),
        sa.column("trip_tax_rate", sa.Numeric(5, 2)),
        sa.column("trip_exemption_reason", sa.Text),
    )
    op.bulk_insert(
        profile,
        [
            {
                "id": 1,
                "tax_category": "E",
                "tax_rate": 0,
                "exemption_reason": EXEMPTION,
                "invoice_prefix": "RE",
                "payment_days": 30,
                "pro_rata": False,
                "trip_tax_category": "E",
                "trip_tax_rate": 0,
                "trip_exemption_reason": TRIP_EXEMPTION,
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("invoice_reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_reminder_invoice_id"))

    op.drop_table("invoice_reminder")
    with op.batch_alter_table("invoice_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_payment_invoice_id"))

    op.drop_table("invoice_payment")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_trip_event_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_person_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_organisation_id"))
        batch_op.drop_index("ix_invoice_fee_year")
        batch_op.drop_index(batch_op.f("ix_invoice_cancels_invoice_id"))

    op.drop_table("invoice")
    op.drop_table("organisation_billing")
    op.drop_table("fee_tier")
    op.drop_table("fee_kind_amount")
    op.drop_table("billing_profile")
