"""chambers of all Länder, yearly rules per category, attendance mode, recognition state

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 19:00:00

- ``chamber``: the architects' and engineers' chambers of the 16 Länder (codes AKNW and
  IK-Bau NRW kept); more can be added in Einstellungen without a schema change, so the
  CHECK constraints that allowed only AKNW/IK-Bau NRW become foreign keys.
- ``chamber_rule`` replaces ``chamber_requirement``: per chamber, member category and the
  year it applies from (AKNW: 8 Unterrichtsstunden before 2024, 16 Fortbildungspunkte since;
  IK-Bau NRW: 8 / 4 / 16 for Pflicht-, freiwillige und eingeschränkt bauvorlageberechtigte
  Mitglieder), with optional carry-over of surplus.
- ``person.chamber_category``, ``registration.attendance_mode`` (Präsenz/Online),
  recognition state of an accreditation, reported external trainings, check codes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (code, name, Land, profession)
CHAMBERS = [
    ("AKBW", "Architektenkammer Baden-Württemberg", "Baden-Württemberg", "Architektur"),
    ("ByAK", "Bayerische Architektenkammer", "Bayern", "Architektur"),
    ("AK Berlin", "Architektenkammer Berlin", "Berlin", "Architektur"),
    ("BA Brandenburg", "Brandenburgische Architektenkammer", "Brandenburg", "Architektur"),
    ("AK Bremen", "Architektenkammer der Freien Hansestadt Bremen", "Bremen", "Architektur"),
    ("HAK", "Hamburgische Architektenkammer", "Hamburg", "Architektur"),
    ("AKH", "Architekten- und Stadtplanerkammer Hessen", "Hessen", "Architektur"),
    ("AK M-V", "Architektenkammer Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern", "Architektur"),
    ("AKNDS", "Architektenkammer Niedersachsen", "Niedersachsen", "Architektur"),
    ("AKNW", "Architektenkammer Nordrhein-Westfalen", "Nordrhein-Westfalen", "Architektur"),
    ("AK RLP", "Architektenkammer Rheinland-Pfalz", "Rheinland-Pfalz", "Architektur"),
    ("AK Saarland", "Architektenkammer des Saarlandes", "Saarland", "Architektur"),
    ("AK Sachsen", "Architektenkammer Sachsen", "Sachsen", "Architektur"),
    ("AK Sachsen-Anhalt", "Architektenkammer Sachsen-Anhalt", "Sachsen-Anhalt", "Architektur"),
    (
        "AIK SH",
        "Architekten- und Ingenieurkammer Schleswig-Holstein",
        "Schleswig-Holstein",
        "Architektur und Ingenieurwesen",
    ),
    ("AK Thüringen", "Architektenkammer Thüringen", "Thüringen", "Architektur"),
    ("INGBW", "Ingenieurkammer Baden-Württemberg", "Baden-Württemberg", "Ingenieurwesen"),
    ("BayIka-Bau", "Bayerische Ingenieurekammer-Bau", "Bayern", "Ingenieurwesen"),
    ("Baukammer Berlin", "Baukammer Berlin", "Berlin", "Ingenieurwesen"),
    ("BBIK", "Brandenburgische Ingenieurkammer", "Brandenburg", "Ingenieurwesen"),
    ("IK Bremen", "Ingenieurkammer der Freien Hansestadt Bremen", "Bremen", "Ingenieurwesen"),
    ("HIK-Bau", "Hamburgische Ingenieurkammer-Bau", "Hamburg", "Ingenieurwesen"),
    ("IngKH", "Ingenieurkammer Hessen", "Hessen", "Ingenieurwesen"),
    ("IK M-V", "Ingenieurkammer Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern", "Ingenieurwesen"),
    ("IngKN", "Ingenieurkammer Niedersachsen", "Niedersachsen", "Ingenieurwesen"),
    ("IK-Bau NRW", "Ingenieurkammer-Bau Nordrhein-Westfalen", "Nordrhein-Westfalen", "Ingenieurwesen"),
    ("IK RLP", "Ingenieurkammer Rheinland-Pfalz", "Rheinland-Pfalz", "Ingenieurwesen"),
    ("IK Saarland", "Ingenieurkammer des Saarlandes", "Saarland", "Ingenieurwesen"),
    ("IK Sachsen", "Ingenieurkammer Sachsen", "Sachsen", "Ingenieurwesen"),
    ("IK Sachsen-Anhalt", "Ingenieurkammer Sachsen-Anhalt", "Sachsen-Anhalt", "Ingenieurwesen"),
    ("IK Thüringen", "Ingenieurkammer Thüringen", "Thüringen", "Ingenieurwesen"),
]
# (chamber, category, valid from year, required units, unit, carry-over)
RULES = [
    ("AKNW", "", 2000, 8, "Unterrichtsstunden", False),
    ("AKNW", "", 2024, 16, "Fortbildungspunkte", False),
    ("IK-Bau NRW", "Pflichtmitglied", 2000, 8, "Unterrichtsstunden", False),
    ("IK-Bau NRW", "freiwilliges Mitglied", 2000, 4, "Unterrichtsstunden", False),
    ("IK-Bau NRW", "eingeschränkt bauvorlageberechtigt", 2024, 16, "Unterrichtsstunden", False),
]
FK_CHAMBER = "fk_%s_chamber_chamber"


def upgrade() -> None:
    chamber = op.create_table(
        "chamber",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=50), nullable=True),
        sa.Column("profession", sa.String(length=50), nullable=True),
        sa.Column("minutes_per_unit", sa.Integer(), nullable=False, server_default="45"),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_chamber")),
    )
    op.bulk_insert(
        chamber,
        [{"code": c, "name": n, "state": s, "profession": p, "minutes_per_unit": 45} for c, n, s, p in CHAMBERS],
    )
    rule = op.create_table(
        "chamber_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chamber", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("valid_from", sa.Integer(), nullable=False),
        sa.Column("required", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("carry_over", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("required >= 0", name=op.f("ck_chamber_rule_required_positive")),
        sa.ForeignKeyConstraint(
            ["chamber"], ["chamber.code"], name=op.f("fk_chamber_rule_chamber_chamber"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chamber_rule")),
        sa.UniqueConstraint("chamber", "category", "valid_from", name="one_rule_per_start"),
    )
    op.bulk_insert(
        rule,
        [
            {"chamber": c, "category": k, "valid_from": y, "required": r, "unit": u, "carry_over": o}
            for c, k, y, r, u, o in RULES
        ],
    )
    op.drop_table("chamber_requirement")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_person_chamber_valid"), type_="check")
        batch_op.add_column(sa.Column("chamber_category", sa.String(length=60), nullable=True))
        batch_op.create_foreign_key(op.f(FK_CHAMBER % "person"), "chamber", ["chamber"], ["code"], ondelete="RESTRICT")
    with op.batch_alter_table("accreditation", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_accreditation_chamber_valid"), type_="check")
        batch_op.create_foreign_key(
            op.f(FK_CHAMBER % "accreditation"), "chamber", ["chamber"], ["code"], ondelete="RESTRICT"
        )
        batch_op.add_column(sa.Column("state", sa.String(length=12), nullable=False, server_default="anerkannt"))
        batch_op.add_column(sa.Column("applied_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("late_accepted", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_check_constraint("state_valid", "state IN ('beantragt', 'anerkannt', 'abgelehnt')")
    # Without a number the chamber has not (yet) recognised the event.
    op.execute("UPDATE accreditation SET state = 'beantragt' WHERE recognition_number IS NULL")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attendance_mode", sa.String(length=10), nullable=True))
        batch_op.create_check_constraint(
            "attendance_mode_valid", "attendance_mode IS NULL OR attendance_mode IN ('Präsenz', 'Online')"
        )
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("check_secret", sa.String(length=64), nullable=True))
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("check_code", sa.String(length=20), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_certificate_check_code"), ["check_code"])
    op.create_table(
        "external_training",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("points", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("proof_seen", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=True),
        sa.CheckConstraint("points >= 0", name=op.f("ck_external_training_points_positive")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_external_training_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_training")),
    )
    op.create_index(op.f("ix_external_training_person_id"), "external_training", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_external_training_person_id"), table_name="external_training")
    op.drop_table("external_training")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_certificate_check_code"), type_="unique")
        batch_op.drop_column("check_code")
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("check_secret")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_registration_attendance_mode_valid"), type_="check")
        batch_op.drop_column("attendance_mode")
    # Chambers other than the two of old could not be stored before.
    op.execute("UPDATE person SET chamber = NULL WHERE chamber NOT IN ('AKNW', 'IK-Bau NRW')")
    op.execute("DELETE FROM accreditation WHERE chamber NOT IN ('AKNW', 'IK-Bau NRW')")
    with op.batch_alter_table("accreditation", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_accreditation_state_valid"), type_="check")
        batch_op.drop_column("late_accepted")
        batch_op.drop_column("applied_on")
        batch_op.drop_column("state")
        batch_op.drop_constraint(op.f(FK_CHAMBER % "accreditation"), type_="foreignkey")
        batch_op.create_check_constraint("chamber_valid", "chamber IN ('AKNW', 'IK-Bau NRW')")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(FK_CHAMBER % "person"), type_="foreignkey")
        batch_op.drop_column("chamber_category")
        batch_op.create_check_constraint("chamber_valid", "chamber IS NULL OR chamber IN ('AKNW', 'IK-Bau NRW')")
    requirement = op.create_table(
        "chamber_requirement",
        sa.Column("chamber", sa.String(length=20), nullable=False),
        sa.Column("points_per_year", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("minutes_per_unit", sa.Integer(), nullable=False),
        sa.CheckConstraint("chamber IN ('AKNW', 'IK-Bau NRW')", name=op.f("ck_chamber_requirement_chamber_valid")),
        sa.PrimaryKeyConstraint("chamber", name=op.f("pk_chamber_requirement")),
    )
    op.bulk_insert(
        requirement,
        [
            {"chamber": "AKNW", "points_per_year": 16, "unit": "Fortbildungspunkte", "minutes_per_unit": 45},
            {"chamber": "IK-Bau NRW", "points_per_year": 16, "unit": "Unterrichtsstunden", "minutes_per_unit": 45},
        ],
    )
    op.drop_table("chamber_rule")
    op.drop_table("chamber")
