"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 00:39:01.540266

Also seeds the one office-profile row and the yearly credit requirements per chamber
(AKNW: 16 Fortbildungspunkte of 45 minutes per calendar year since 2024).
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=True),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "chamber_requirement",
        sa.Column("chamber", sa.String(length=20), nullable=False),
        sa.Column("points_per_year", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("minutes_per_unit", sa.Integer(), nullable=False),
        sa.CheckConstraint("chamber IN ('AKNW', 'IK-Bau NRW')", name=op.f("ck_chamber_requirement_chamber_valid")),
        sa.PrimaryKeyConstraint("chamber", name=op.f("pk_chamber_requirement")),
    )
    op.create_table(
        "mailing_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailing_list")),
        sa.UniqueConstraint("name", name=op.f("uq_mailing_list_name")),
    )
    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("network_name", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("signatory_name", sa.String(length=200), nullable=True),
        sa.Column("signatory_function", sa.String(length=200), nullable=True),
        sa.Column("certificate_place", sa.String(length=100), nullable=True),
        sa.Column("certificate_title", sa.String(length=200), nullable=False),
        sa.Column("certificate_text", sa.Text(), nullable=True),
        sa.Column("certificate_prefix", sa.String(length=20), nullable=False),
        sa.Column("credit_speakers", sa.Boolean(), nullable=False),
        sa.Column("backups_to_keep", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_office_profile_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("ags", sa.String(length=8), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_key", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "kind IN ('Kommune', 'Kreis', 'Land/Ministerium', 'Wissenschaft/Beratung', 'Träger', 'Wohnungswirtschaft', 'Sonstige')",
            name=op.f("ck_organisation_kind_valid"),
        ),
        sa.CheckConstraint("ags IS NULL OR length(ags) = 8", name=op.f("ck_organisation_ags_length")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("ags", name=op.f("uq_organisation_ags")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_search_key"), ["search_key"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("annual_fee", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "type IN ('Mitglied', 'Gast', 'Kooperationspartner')", name=op.f("ck_membership_type_valid")
        ),
        sa.CheckConstraint("until IS NULL OR until >= since", name=op.f("ck_membership_period_order")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_membership_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salutation", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=50), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("mobile", sa.String(length=50), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("chamber", sa.String(length=20), nullable=True),
        sa.Column("chamber_number", sa.String(length=50), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.String(length=200), nullable=True),
        sa.Column("consent_source", sa.String(length=200), nullable=True),
        sa.Column("consent_withdrawn_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_key", sa.String(length=800), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "chamber IS NULL OR chamber IN ('AKNW', 'IK-Bau NRW')", name=op.f("ck_person_chamber_valid")
        ),
        sa.CheckConstraint(
            "role IS NULL OR role IN ('Gebietsbeauftragte/r', 'Programmkoordination', 'Quartiersmanagement', 'Stadtplanung', 'Leitung', 'Wissenschaft/Beratung', 'Ministerium', 'Geschäftsstelle', 'Sonstige')",
            name=op.f("ck_person_role_valid"),
        ),
        sa.CheckConstraint("salutation IN ('Frau', 'Herr', 'ohne')", name=op.f("ck_person_salutation_valid")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index("ix_person_name", ["last_name", "first_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_search_key"), ["search_key"], unique=False)

    op.create_table(
        "programme_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("programme", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("admitted_year", sa.Integer(), nullable=True),
        sa.Column("ended_year", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint(
            "status IN ('in Vorbereitung', 'in Förderung', 'verstetigt')", name=op.f("ck_programme_area_status_valid")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_area_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_area")),
    )
    with op.batch_alter_table("programme_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_area_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "mailing_list_member",
        sa.Column("mailing_list_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["mailing_list_id"],
            ["mailing_list.id"],
            name=op.f("fk_mailing_list_member_mailing_list_id_mailing_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_mailing_list_member_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("mailing_list_id", "person_id", name=op.f("pk_mailing_list_member")),
    )
    with op.batch_alter_table("mailing_list_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mailing_list_member_person_id"), ["person_id"], unique=False)

    op.create_table(
        "working_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("lead_person_id", sa.Integer(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("kind IN ('Arbeitsgruppe', 'Werkstattreihe')", name=op.f("ck_working_group_kind_valid")),
        sa.ForeignKeyConstraint(
            ["lead_person_id"], ["person.id"], name=op.f("fk_working_group_lead_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group")),
        sa.UniqueConstraint("name", name=op.f("uq_working_group_name")),
    )
    with op.batch_alter_table("working_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_working_group_lead_person_id"), ["lead_person_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=True),
        sa.Column("venue_address", sa.String(length=300), nullable=True),
        sa.Column("online_link", sa.String(length=500), nullable=True),
        sa.Column("host_organisation_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("registration_deadline", sa.Date(), nullable=True),
        sa.Column("fee", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=True),
        sa.Column("working_group_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_key", sa.String(length=800), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("format IN ('Präsenz', 'Online', 'Hybrid')", name=op.f("ck_event_format_valid")),
        sa.CheckConstraint(
            "kind IN ('Netzwerktreffen', 'Werkstatt', 'Arbeitsgruppensitzung', 'Fachgespräch', 'Fortbildung', 'Exkursion', 'Tagung', 'Ortsbesuch')",
            name=op.f("ck_event_kind_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('geplant', 'ausgeschrieben', 'durchgeführt', 'abgesagt')", name=op.f("ck_event_status_valid")
        ),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name=op.f("ck_event_capacity_positive")),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_event_period_order")),
        sa.ForeignKeyConstraint(
            ["host_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_event_host_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["working_group_id"],
            ["working_group.id"],
            name=op.f("fk_event_working_group_id_working_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_host_organisation_id"), ["host_organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_working_group_id"), ["working_group_id"], unique=False)

    op.create_table(
        "working_group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("working_group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.CheckConstraint("role IN ('Leitung', 'Mitglied', 'Gast')", name=op.f("ck_working_group_member_role_valid")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_working_group_member_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["working_group_id"],
            ["working_group.id"],
            name=op.f("fk_working_group_member_working_group_id_working_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_member")),
        sa.UniqueConstraint("working_group_id", "person_id", name=op.f("uq_working_group_member_working_group_id")),
    )
    with op.batch_alter_table("working_group_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_working_group_member_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_working_group_member_working_group_id"), ["working_group_id"], unique=False
        )

    op.create_table(
        "accreditation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("chamber", sa.String(length=20), nullable=False),
        sa.Column("recognition_number", sa.String(length=100), nullable=True),
        sa.Column("credit_points", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=True),
        sa.Column("recognised_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("chamber IN ('AKNW', 'IK-Bau NRW')", name=op.f("ck_accreditation_chamber_valid")),
        sa.CheckConstraint("credit_points >= 0", name=op.f("ck_accreditation_points_positive")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_accreditation_event_id_event"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accreditation")),
        sa.UniqueConstraint("event_id", "chamber", name="one_per_chamber"),
    )
    with op.batch_alter_table("accreditation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accreditation_event_id"), ["event_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("speaker_person_id", sa.Integer(), nullable=True),
        sa.Column("speaker_text", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('Begrüßung', 'Vortrag', 'Diskussion', 'Arbeitsphase', 'Pause', 'Besichtigung', 'Bericht', 'Sonstiges')",
            name=op.f("ck_agenda_item_kind_valid"),
        ),
        sa.CheckConstraint("duration_minutes >= 0", name=op.f("ck_agenda_item_duration_positive")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_agenda_item_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["speaker_person_id"],
            ["person.id"],
            name=op.f("fk_agenda_item_speaker_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_speaker_person_id"), ["speaker_person_id"], unique=False)

    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("period_year", sa.Integer(), nullable=True),
        sa.Column("chamber", sa.String(length=20), nullable=True),
        sa.Column("credit_points", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('Teilnahmebescheinigung', 'Fortbildungsnachweis')", name=op.f("ck_certificate_kind_valid")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_certificate_event_id_event"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_certificate_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_replaces_id_certificate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_number")),
        sa.UniqueConstraint("year", "sequence", name="sequence_per_year"),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_replaces_id"), ["replaces_id"], unique=False)

    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("attended_minutes", sa.Integer(), nullable=True),
        sa.Column("fee_due", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("fee_paid", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "role IN ('Teilnahme', 'Referent/in', 'Moderation', 'Organisation')",
            name=op.f("ck_registration_role_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('angemeldet', 'Warteliste', 'abgemeldet', 'teilgenommen', 'entschuldigt', 'nicht erschienen')",
            name=op.f("ck_registration_status_valid"),
        ),
        sa.CheckConstraint(
            "attended_minutes IS NULL OR attended_minutes >= 0", name=op.f("ck_registration_attended_positive")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_registration_event_id_event"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_registration_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("event_id", "person_id", name="one_per_person"),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index("ix_registration_event_status", ["event_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_registration_person_id"), ["person_id"], unique=False)

    op.create_table(
        "trip",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("destination_city", sa.String(length=100), nullable=True),
        sa.Column("destination_country", sa.String(length=100), nullable=False),
        sa.Column("travel_mode", sa.String(length=30), nullable=True),
        sa.Column("departure_point", sa.String(length=200), nullable=True),
        sa.Column("departure_at", sa.DateTime(), nullable=True),
        sa.Column("return_at", sa.DateTime(), nullable=True),
        sa.Column("accommodation_name", sa.String(length=200), nullable=True),
        sa.Column("accommodation_address", sa.String(length=300), nullable=True),
        sa.Column("min_participants", sa.Integer(), nullable=True),
        sa.Column("contribution", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("single_room_supplement", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("other_costs", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("retention_days", sa.Integer(), nullable=False),
        sa.Column("sensitive_purged_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_trip_event_id_event"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_trip")),
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("method", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_payment_registration_id_registration"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_registration_id"), ["registration_id"], unique=False)

    op.create_table(
        "trip_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_event_id", sa.Integer(), nullable=False),
        sa.Column("day_date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["trip_event_id"], ["trip.event_id"], name=op.f("fk_trip_day_trip_event_id_trip"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_day")),
    )
    with op.batch_alter_table("trip_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_day_trip_event_id"), ["trip_event_id"], unique=False)

    op.create_table(
        "trip_participant",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("room_wish", sa.String(length=2), nullable=True),
        sa.Column("room_partner_person_id", sa.Integer(), nullable=True),
        sa.Column("trip_phone", sa.String(length=50), nullable=True),
        sa.Column("dietary_needs", sa.String(length=300), nullable=True),
        sa.Column("emergency_contact", sa.String(length=300), nullable=True),
        sa.Column("refunded", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "room_wish IS NULL OR room_wish IN ('EZ', 'DZ')", name=op.f("ck_trip_participant_room_wish_valid")
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_trip_participant_registration_id_registration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["room_partner_person_id"],
            ["person.id"],
            name=op.f("fk_trip_participant_room_partner_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("registration_id", name=op.f("pk_trip_participant")),
    )
    with op.batch_alter_table("trip_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_participant_room_partner_person_id"), ["room_partner_person_id"], unique=False
        )

    op.create_table(
        "trip_programme_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("host_contact", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["day_id"], ["trip_day.id"], name=op.f("fk_trip_programme_item_day_id_trip_day"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_programme_item")),
    )
    with op.batch_alter_table("trip_programme_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_programme_item_day_id"), ["day_id"], unique=False)

    _seed_defaults()


def _seed_defaults() -> None:
    office = sa.table(
        "office_profile",
        sa.column("id", sa.Integer),
        sa.column("office_name", sa.String),
        sa.column("certificate_title", sa.String),
        sa.column("certificate_prefix", sa.String),
        sa.column("credit_speakers", sa.Boolean),
        sa.column("backups_to_keep", sa.Integer),
    )
    op.bulk_insert(
        office,
        [
            {
                "id": 1,
                "office_name": "Geschäftsstelle",
                "certificate_title": "Teilnahmebescheinigung",
                "certificate_prefix": "NWS",
                "credit_speakers": False,
                "backups_to_keep": 10,
            }
        ],
    )
    requirement = sa.table(
        "chamber_requirement",
        sa.column("chamber", sa.String),
        sa.column("points_per_year", sa.Numeric),
        sa.column("unit", sa.String),
        sa.column("minutes_per_unit", sa.Integer),
    )
    op.bulk_insert(
        requirement,
        [
            {"chamber": "AKNW", "points_per_year": 16, "unit": "Fortbildungspunkte", "minutes_per_unit": 45},
            {"chamber": "IK-Bau NRW", "points_per_year": 16, "unit": "Unterrichtsstunden", "minutes_per_unit": 45},
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("trip_programme_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_programme_item_day_id"))

    op.drop_table("trip_programme_item")
    with op.batch_alter_table("trip_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_participant_room_partner_person_id"))

    op.drop_table("trip_participant")
    with op.batch_alter_table("trip_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_day_trip_event_id"))

    op.drop_table("trip_day")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_registration_id"))

    op.drop_table("payment")
    op.drop_table("trip")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_person_id"))
        batch_op.drop_index("ix_registration_event_status")

    op.drop_table("registration")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_replaces_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_person_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_event_id"))

    op.drop_table("certificate")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_speaker_person_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_event_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("accreditation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accreditation_event_id"))

    op.drop_table("accreditation")
    with op.batch_alter_table("working_group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_member_working_group_id"))
        batch_op.drop_index(batch_op.f("ix_working_group_member_person_id"))

    op.drop_table("working_group_member")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_working_group_id"))
        batch_op.drop_index(batch_op.f("ix_event_starts_at"))
        batch_op.drop_index(batch_op.f("ix_event_kind"))
        batch_op.drop_index(batch_op.f("ix_event_host_organisation_id"))

    op.drop_table("event")
    with op.batch_alter_table("working_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_group_lead_person_id"))

    op.drop_table("working_group")
    with op.batch_alter_table("mailing_list_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mailing_list_member_person_id"))

    op.drop_table("mailing_list_member")
    with op.batch_alter_table("programme_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_area_organisation_id"))

    op.drop_table("programme_area")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_search_key"))
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index("ix_person_name")
        batch_op.drop_index(batch_op.f("ix_person_email"))

    op.drop_table("person")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_organisation_id"))

    op.drop_table("membership")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_search_key"))
        batch_op.drop_index(batch_op.f("ix_organisation_kind"))

    op.drop_table("organisation")
    op.drop_table("office_profile")
    op.drop_table("mailing_list")
    op.drop_table("chamber_requirement")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_entity")

    op.drop_table("audit_entry")
