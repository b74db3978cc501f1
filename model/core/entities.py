"""The persistent domain model: typed SQLAlchemy 2.x mappings.

Rules that protect history live in the schema itself: foreign keys that point at history
(registrations, certificates, payments, memberships) use ``ON DELETE RESTRICT`` so that a
delete can never silently drop them; only pure components of one parent (agenda items of an
event, programme items of a trip day) cascade. Vocabularies are CHECK constraints.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from . import vocab

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(10, 2)
Points = Numeric(5, 2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __table__: ClassVar[Table]  # every entity maps one table


def _check(column: str, values: tuple[str, ...], name: str | None = None) -> CheckConstraint:
    return CheckConstraint(f"{column} IN {vocab.sql_in(values)}", name=name or f"{column}_valid")


def _restrict(target: str, nullable: bool = False) -> Mapped:
    return mapped_column(ForeignKey(target, ondelete="RESTRICT"), nullable=nullable, index=True)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Versioned:
    """Optimistic locking: a save of a stale copy fails instead of overwriting."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


# --- Members and contacts -------------------------------------------------------------


class Organisation(Timestamps, Versioned, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        _check("kind", vocab.ORGANISATION_KINDS),
        CheckConstraint("ags IS NULL OR length(ags) = 8", name="ags_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30), index=True)
    ags: Mapped[str | None] = mapped_column(String(8), unique=True)
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    # Lower-cased, accent-folded name for case/umlaut-insensitive search on every backend.
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)

    memberships: Mapped[list[Membership]] = relationship(back_populates="organisation")
    programme_areas: Mapped[list[ProgrammeArea]] = relationship(back_populates="municipality")
    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Membership(Base):
    __tablename__ = "membership"
    __table_args__ = (
        _check("type", vocab.MEMBERSHIP_TYPES),
        CheckConstraint("until IS NULL OR until >= since", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _restrict("organisation.id")
    type: Mapped[str] = mapped_column(String(30))
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    annual_fee: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation] = relationship(back_populates="memberships")


class ProgrammeArea(Timestamps, Base):
    __tablename__ = "programme_area"
    __table_args__ = (_check("status", vocab.PROGRAMME_AREA_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _restrict("organisation.id")
    name: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str] = mapped_column(String(100), default="Sozialer Zusammenhalt")
    status: Mapped[str] = mapped_column(String(30))
    admitted_year: Mapped[int | None] = mapped_column(Integer)
    ended_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    municipality: Mapped[Organisation] = relationship(back_populates="programme_areas")


class Person(Timestamps, Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (
        _check("salutation", vocab.SALUTATIONS),
        CheckConstraint(f"role IS NULL OR role IN {vocab.sql_in(vocab.PERSON_ROLES)}", name="role_valid"),
        Index("ix_person_name", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[str] = mapped_column(String(10), default=vocab.NO_SALUTATION)
    title: Mapped[str | None] = mapped_column(String(50))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    organisation_id: Mapped[int | None] = _restrict("organisation.id", nullable=True)
    department: Mapped[str | None] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    mobile: Mapped[str | None] = mapped_column(String(50))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    chamber: Mapped[str | None] = mapped_column(
        ForeignKey("chamber.code", ondelete="RESTRICT", name="fk_person_chamber_chamber")
    )
    chamber_number: Mapped[str | None] = mapped_column(String(50))
    # Member category of the chamber's rules (e.g. IK-Bau NRW: Pflichtmitglied).
    chamber_category: Mapped[str | None] = mapped_column(String(60))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_scope: Mapped[str | None] = mapped_column(String(200))
    consent_source: Mapped[str | None] = mapped_column(String(200))
    consent_withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(String(800), default="", index=True)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    registrations: Mapped[list[Registration]] = relationship(back_populates="person")


class MailingList(Timestamps, Base):
    __tablename__ = "mailing_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[MailingListMember]] = relationship(back_populates="mailing_list", cascade="all, delete-orphan")


class MailingListMember(Base):
    __tablename__ = "mailing_list_member"

    mailing_list_id: Mapped[int] = mapped_column(ForeignKey("mailing_list.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    mailing_list: Mapped[MailingList] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class WorkingGroup(Timestamps, Base):
    __tablename__ = "working_group"
    __table_args__ = (_check("kind", vocab.WORKING_GROUP_KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="Arbeitsgruppe")
    topic: Mapped[str | None] = mapped_column(String(200))
    lead_person_id: Mapped[int | None] = _restrict("person.id", nullable=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)

    lead: Mapped[Person | None] = relationship()
    members: Mapped[list[WorkingGroupMember]] = relationship(back_populates="working_group")
    sessions: Mapped[list[Event]] = relationship(back_populates="working_group")


class WorkingGroupMember(Base):
    __tablename__ = "working_group_member"
    __table_args__ = (
        UniqueConstraint("working_group_id", "person_id"),
        _check("role", vocab.WORKING_GROUP_ROLES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    working_group_id: Mapped[int] = _restrict("working_group.id")
    person_id: Mapped[int] = _restrict("person.id")
    role: Mapped[str] = mapped_column(String(20), default="Mitglied")
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)

    working_group: Mapped[WorkingGroup] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


# --- Events ----------------------------------------------------------------------------


class Event(Timestamps, Versioned, Base):
    __tablename__ = "event"
    __table_args__ = (
        _check("kind", vocab.EVENT_KINDS),
        _check("format", vocab.EVENT_FORMATS),
        _check("status", vocab.EVENT_STATUSES),
        CheckConstraint("ends_at >= starts_at", name="period_order"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str | None] = mapped_column(String(100))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    format: Mapped[str] = mapped_column(String(10), default=vocab.IN_PERSON)
    venue: Mapped[str | None] = mapped_column(String(300))
    venue_address: Mapped[str | None] = mapped_column(String(300))
    online_link: Mapped[str | None] = mapped_column(String(500))
    host_organisation_id: Mapped[int | None] = _restrict("organisation.id", nullable=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    fee: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default=vocab.PLANNED)
    responsible: Mapped[str | None] = mapped_column(String(200))
    working_group_id: Mapped[int | None] = _restrict("working_group.id", nullable=True)
    description: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(String(800), default="")

    host: Mapped[Organisation | None] = relationship()
    working_group: Mapped[WorkingGroup | None] = relationship(back_populates="sessions")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="event", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    registrations: Mapped[list[Registration]] = relationship(back_populates="event")
    accreditations: Mapped[list[Accreditation]] = relationship(back_populates="event")
    trip: Mapped[Trip | None] = relationship(back_populates="event")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        _check("kind", vocab.AGENDA_ITEM_KINDS),
        CheckConstraint("duration_minutes >= 0", name="duration_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="Vortrag")
    speaker_person_id: Mapped[int | None] = _restrict("person.id", nullable=True)
    speaker_text: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="agenda")
    speaker: Mapped[Person | None] = relationship()


class Registration(Timestamps, Versioned, Base):
    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("event_id", "person_id", name="one_per_person"),
        _check("status", vocab.REGISTRATION_STATUSES),
        _check("role", vocab.REGISTRATION_ROLES),
        CheckConstraint("attended_minutes IS NULL OR attended_minutes >= 0", name="attended_positive"),
        Index("ix_registration_event_status", "event_id", "status"),
        CheckConstraint(
            f"attendance_mode IS NULL OR attendance_mode IN {vocab.sql_in(vocab.ATTENDANCE_MODES)}",
            name="attendance_mode_valid",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = _restrict("person.id")
    status: Mapped[str] = mapped_column(String(20), default=vocab.REGISTERED)
    role: Mapped[str] = mapped_column(String(20), default=vocab.PARTICIPANT)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Minutes actually attended; NULL means the whole event.
    attended_minutes: Mapped[int | None] = mapped_column(Integer)
    fee_due: Mapped[Decimal | None] = mapped_column(Money)
    fee_paid: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Text)
    # How the person attended (Präsenz/Online); certificates state it per person.
    attendance_mode: Mapped[str | None] = mapped_column(String(10))

    event: Mapped[Event] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship(back_populates="registrations")
    trip_details: Mapped[TripParticipant | None] = relationship(back_populates="registration")
    payments: Mapped[list[Payment]] = relationship(back_populates="registration")


# --- Further training and certificates -------------------------------------------------


class Accreditation(Timestamps, Base):
    __tablename__ = "accreditation"
    __table_args__ = (
        UniqueConstraint("event_id", "chamber", name="one_per_chamber"),
        CheckConstraint("credit_points >= 0", name="points_positive"),
        _check("state", vocab.ACCREDITATION_STATES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = _restrict("event.id")
    chamber: Mapped[str] = mapped_column(
        ForeignKey("chamber.code", ondelete="RESTRICT", name="fk_accreditation_chamber_chamber")
    )
    recognition_number: Mapped[str | None] = mapped_column(String(100))
    credit_points: Mapped[Decimal] = mapped_column(Points)
    field: Mapped[str | None] = mapped_column(String(50))
    recognised_on: Mapped[dt.date | None] = mapped_column(Date)
    # beantragt (applied_on) -> anerkannt (number, date, points) or abgelehnt.
    state: Mapped[str] = mapped_column(String(12), default="anerkannt", server_default="anerkannt")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    # Recognised only after the event began: points print only when the office confirms
    # that the chamber accepted it anyway.
    late_accepted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    event: Mapped[Event] = relationship(back_populates="accreditations")


class Certificate(Base):
    """The register of every certificate issued. Rows are never deleted, only revoked."""

    __tablename__ = "certificate"
    __table_args__ = (
        _check("kind", vocab.CERTIFICATE_KINDS),
        UniqueConstraint("year", "sequence", name="sequence_per_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[int] = _restrict("person.id")
    event_id: Mapped[int | None] = _restrict("event.id", nullable=True)
    period_year: Mapped[int | None] = mapped_column(Integer)
    chamber: Mapped[str | None] = mapped_column(String(20))
    credit_points: Mapped[Decimal | None] = mapped_column(Points)
    # JSON of exactly what the document says, so that a reprint is identical.
    snapshot: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str | None] = mapped_column(String(100))
    # Set when the retention period ended and the snapshot was reduced to number, date and event.
    reduced_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    # Short code printed on the document (HMAC of the entry with the office's secret).
    check_code: Mapped[str | None] = mapped_column(String(20), unique=True)
    replaces_id: Mapped[int | None] = _restrict("certificate.id", nullable=True)

    person: Mapped[Person] = relationship()
    event: Mapped[Event | None] = relationship()


# --- Excursions and study trips --------------------------------------------------------


class Trip(Base):
    """Excursion details of an event of kind Exkursion (one row per such event)."""

    __tablename__ = "trip"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="RESTRICT"), primary_key=True)
    destination_city: Mapped[str | None] = mapped_column(String(100))
    destination_country: Mapped[str] = mapped_column(String(100), default="Deutschland")
    travel_mode: Mapped[str | None] = mapped_column(String(30))
    departure_point: Mapped[str | None] = mapped_column(String(200))
    departure_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    return_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    accommodation_name: Mapped[str | None] = mapped_column(String(200))
    accommodation_address: Mapped[str | None] = mapped_column(String(300))
    min_participants: Mapped[int | None] = mapped_column(Integer)
    contribution: Mapped[Decimal | None] = mapped_column(Money)
    single_room_supplement: Mapped[Decimal | None] = mapped_column(Money)
    other_costs: Mapped[Decimal | None] = mapped_column(Money)
    # Days after the trip's end when dietary needs, emergency contacts etc. are erased.
    retention_days: Mapped[int] = mapped_column(Integer, default=30)
    sensitive_purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    event: Mapped[Event] = relationship(back_populates="trip")
    days: Mapped[list[TripDay]] = relationship(
        back_populates="trip", order_by="TripDay.day_date", cascade="all, delete-orphan"
    )


class TripDay(Base):
    __tablename__ = "trip_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_event_id: Mapped[int] = mapped_column(ForeignKey("trip.event_id", ondelete="CASCADE"), index=True)
    day_date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(String(200))

    trip: Mapped[Trip] = relationship(back_populates="days")
    items: Mapped[list[TripProgrammeItem]] = relationship(
        back_populates="day", order_by="TripProgrammeItem.position", cascade="all, delete-orphan"
    )


class TripProgrammeItem(Base):
    __tablename__ = "trip_programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("trip_day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(200))
    host_contact: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)

    day: Mapped[TripDay] = relationship(back_populates="items")


class TripParticipant(Base):
    """Trip-only details of a registration; the sensitive ones are purged after the trip."""

    __tablename__ = "trip_participant"
    __table_args__ = (
        CheckConstraint(
            f"room_wish IS NULL OR room_wish IN {vocab.sql_in(vocab.ROOM_WISHES)}",
            name="room_wish_valid",
        ),
    )

    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id", ondelete="RESTRICT"), primary_key=True)
    room_wish: Mapped[str | None] = mapped_column(String(2))
    room_partner_person_id: Mapped[int | None] = _restrict("person.id", nullable=True)
    trip_phone: Mapped[str | None] = mapped_column(String(50))
    dietary_needs: Mapped[str | None] = mapped_column(String(300))
    emergency_contact: Mapped[str | None] = mapped_column(String(300))
    refunded: Mapped[bool] = mapped_column(Boolean, default=False)

    registration: Mapped[Registration] = relationship(back_populates="trip_details")


class Payment(Timestamps, Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = _restrict("registration.id")
    paid_on: Mapped[dt.date] = mapped_column(Date)
    # Negative amounts are refunds.
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)

    registration: Mapped[Registration] = relationship(back_populates="payments")


# --- Office and audit ------------------------------------------------------------------


class OfficeProfile(Timestamps, Base):
    """The one row of office settings (id = 1) used by letters, reports and certificates."""

    __tablename__ = "office_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    office_name: Mapped[str] = mapped_column(String(200), default="Geschäftsstelle")
    network_name: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_function: Mapped[str | None] = mapped_column(String(200))
    certificate_place: Mapped[str | None] = mapped_column(String(100))
    certificate_title: Mapped[str] = mapped_column(String(200), default="Teilnahmebescheinigung")
    certificate_text: Mapped[str | None] = mapped_column(Text)
    certificate_prefix: Mapped[str] = mapped_column(String(20), default="NWS")
    credit_speakers: Mapped[bool] = mapped_column(Boolean, default=False)
    backups_to_keep: Mapped[int] = mapped_column(Integer, default=10)
    # Folder of the automatic backups; NULL: "Sicherungen" beside the database file.
    backup_folder: Mapped[str | None] = mapped_column(String(1000))
    # --- mail round trip (0006): the office's mail server; the password lives in the OS keyring ---
    smtp_host: Mapped[str | None] = mapped_column(String(200))
    smtp_port: Mapped[int | None] = mapped_column(Integer)
    smtp_security: Mapped[str | None] = mapped_column(String(10))
    smtp_user: Mapped[str | None] = mapped_column(String(200))
    mail_from: Mapped[str | None] = mapped_column(String(200))
    mail_pause_seconds: Mapped[int | None] = mapped_column(Integer)
    # Years a certificate's full snapshot (name, chamber number) is kept; then reduced.
    certificate_retention_years: Mapped[int] = mapped_column(Integer, default=6, server_default="6")
    # Secret for the check codes of certificates, generated once.
    check_secret: Mapped[str | None] = mapped_column(String(64))
    # Printing: the label product badges are printed on (vocab.BADGE_STOCKS) and how many
    # years signed sign-in sheets are kept (stated in their data-protection note).
    badge_stock: Mapped[str] = mapped_column(String(10), default=vocab.DEFAULT_BADGE_STOCK, server_default="L4785")
    sign_in_retention_years: Mapped[int] = mapped_column(Integer, default=10, server_default="10")


class Chamber(Base):
    """An architects' or engineers' chamber (all 16 Länder seeded; more can be added)."""

    __tablename__ = "chamber"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    state: Mapped[str | None] = mapped_column(String(50))
    profession: Mapped[str | None] = mapped_column(String(50))
    minutes_per_unit: Mapped[int] = mapped_column(Integer, default=45, server_default="45")


class ChamberRule(Base):
    """Yearly requirement of a chamber for a member category, from a year on."""

    __tablename__ = "chamber_rule"
    __table_args__ = (
        UniqueConstraint("chamber", "category", "valid_from", name="one_rule_per_start"),
        CheckConstraint("required >= 0", name="required_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chamber: Mapped[str] = mapped_column(ForeignKey("chamber.code", ondelete="RESTRICT"))
    # "" applies to every member without a rule of their own category.
    category: Mapped[str] = mapped_column(String(60), default="", server_default="")
    valid_from: Mapped[int] = mapped_column(Integer)
    required: Mapped[Decimal] = mapped_column(Points)
    unit: Mapped[str] = mapped_column(String(50))
    carry_over: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ExternalTraining(Base):
    """A training of another provider that a member reported (shown apart on statements)."""

    __tablename__ = "external_training"
    __table_args__ = (CheckConstraint("points >= 0", name="points_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _restrict("person.id")
    provider: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[dt.date] = mapped_column(Date)
    points: Mapped[Decimal] = mapped_column(Points)
    proof_seen: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp(), nullable=True)


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    os_user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str | None] = mapped_column(String(500))
    # JSON object {field: [old, new]}.
    changes: Mapped[str | None] = mapped_column(Text)


class DocumentAsset(Base):
    """Images printed on documents (logo, signature), stored once by content hash.

    Certificate snapshots refer to them by hash, so a reprint shows the very images of the
    original even after the office profile got a new logo or signature.
    """

    __tablename__ = "document_asset"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


# --- Mail round trip (0006) --------------------------------------------------------------


class MailTemplate(Base):
    """The office's own wording of one kind of mail; missing rows fall back to the defaults."""

    __tablename__ = "mail_template"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, server_default=func.current_timestamp())


class MailJournalEntry(Base):
    """One message to one person: written before sending, marked after, never sent twice.

    A log, not history to protect: deleting a person or event entered by mistake (or merging a
    duplicate) takes its journal rows along instead of being blocked by them."""

    __tablename__ = "mail_journal"
    __table_args__ = (Index("ix_mail_journal_event_kind", "event_id", "kind", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(10))
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Fingerprint of title, time, place and link when sent: a later change calls for an update.
    event_state: Mapped[str | None] = mapped_column(String(64))

    person: Mapped[Person] = relationship()


class FormMapping(Base):
    """Remembered header mapping of one online form (key: hash of its header row)."""

    __tablename__ = "form_mapping"

    form_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text)


# --- Member contributions and invoices -------------------------------------------------


class FeeTier(Base):
    """One tier of the yearly contribution of member municipalities by population.

    A schedule is the set of tiers with the same ``valid_from_year``; the schedule for a
    year is the one with the latest such year not after it. ``population_below`` is the
    exclusive upper bound; NULL is the open top tier.
    """

    __tablename__ = "fee_tier"
    __table_args__ = (
        UniqueConstraint("valid_from_year", "population_below", name="uq_fee_tier_bound"),
        CheckConstraint("amount >= 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from_year: Mapped[int] = mapped_column(Integer)
    population_below: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)


class FeeKindAmount(Base):
    """The fixed yearly contribution of members that are not municipalities (NULL: none)."""

    __tablename__ = "fee_kind_amount"
    __table_args__ = (
        UniqueConstraint("valid_from_year", "organisation_kind", name="uq_fee_kind_amount_kind"),
        _check("organisation_kind", vocab.ORGANISATION_KINDS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from_year: Mapped[int] = mapped_column(Integer)
    organisation_kind: Mapped[str] = mapped_column(String(30))
    amount: Mapped[Decimal | None] = mapped_column(Money)


class OrganisationBilling(Base):
    """Billing data of an organisation (one row or none); kept apart from the address book."""

    __tablename__ = "organisation_billing"
    __table_args__ = (
        CheckConstraint(f"channel IN {vocab.sql_in(vocab.INVOICE_CHANNELS)}", name="channel_valid"),
        CheckConstraint("population_override IS NULL OR population_override >= 0", name="population_positive"),
        CheckConstraint("fee_override IS NULL OR fee_override >= 0", name="fee_positive"),
    )

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    # Invoice address; empty fields fall back to the organisation's address.
    recipient: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    leitweg_id: Mapped[str | None] = mapped_column(String(46))
    invoice_email: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20), default="PDF per E-Mail")
    population_override: Mapped[int | None] = mapped_column(Integer)
    fee_override: Mapped[Decimal | None] = mapped_column(Money)
    override_reason: Mapped[str | None] = mapped_column(Text)


class BillingProfile(Timestamps, Base):
    """Seller data and invoice settings of the office (one row, id = 1)."""

    __tablename__ = "billing_profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(f"tax_category IN {vocab.sql_in(vocab.TAX_CATEGORIES)}", name="tax_category_valid"),
        CheckConstraint(f"trip_tax_category IN {vocab.sql_in(vocab.TAX_CATEGORIES)}", name="trip_tax_category_valid"),
        CheckConstraint("payment_days >= 0", name="payment_days_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    # Legal name of the seller (e.g. "Stadt Essen"); empty: the office name.
    seller_name: Mapped[str | None] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(50))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    vat_id: Mapped[str | None] = mapped_column(String(20))
    tax_number: Mapped[str | None] = mapped_column(String(30))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    bank_name: Mapped[str | None] = mapped_column(String(200))
    tax_category: Mapped[str] = mapped_column(String(2), default="E")
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    exemption_reason: Mapped[str | None] = mapped_column(Text)
    # Trip fees are paid for a service, not a contribution: their own tax treatment.
    trip_tax_category: Mapped[str] = mapped_column(String(2), default="E")
    trip_tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    trip_exemption_reason: Mapped[str | None] = mapped_column(Text)
    invoice_prefix: Mapped[str] = mapped_column(String(12), default="RE")
    payment_days: Mapped[int] = mapped_column(Integer, default=30)
    # Members joining or leaving during the year: True bills the months of membership.
    pro_rata: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder1_text: Mapped[str | None] = mapped_column(Text)
    reminder2_text: Mapped[str | None] = mapped_column(Text)


class Invoice(Base):
    """The invoice register: invoices and credit notes, numbered without gaps per year.

    Rows are never deleted; a credit note (kind Gutschrift) cancels an invoice. The snapshot
    holds everything the documents say, so a reprint is identical.
    """

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_invoice_sequence_per_year"),
        _check("kind", vocab.INVOICE_KINDS),
        _check("purpose", vocab.INVOICE_PURPOSES),
        Index("ix_invoice_fee_year", "fee_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(30))
    # What was billed: "fee:2027:org:12", "trip:40:org:3", "trip:40:person:9". Unique so that
    # no run bills the same thing twice; cleared when a credit note cancels the invoice.
    billing_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    organisation_id: Mapped[int | None] = _restrict("organisation.id", nullable=True)
    person_id: Mapped[int | None] = _restrict("person.id", nullable=True)
    fee_year: Mapped[int | None] = mapped_column(Integer)
    trip_event_id: Mapped[int | None] = _restrict("event.id", nullable=True)
    cancels_invoice_id: Mapped[int | None] = _restrict("invoice.id", nullable=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Money)
    channel: Mapped[str] = mapped_column(String(20))
    snapshot: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str | None] = mapped_column(String(100))

    payments: Mapped[list[InvoicePayment]] = relationship(back_populates="invoice")
    reminders: Mapped[list[InvoiceReminder]] = relationship(back_populates="invoice")


class InvoicePayment(Timestamps, Base):
    __tablename__ = "invoice_payment"
    __table_args__ = (CheckConstraint("amount <> 0", name="amount_nonzero"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = _restrict("invoice.id")
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Text)

    invoice: Mapped[Invoice] = relationship(back_populates="payments")


class InvoiceReminder(Base):
    __tablename__ = "invoice_reminder"
    __table_args__ = (
        UniqueConstraint("invoice_id", "level", name="uq_invoice_reminder_level"),
        CheckConstraint("level IN (1, 2)", name="level_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = _restrict("invoice.id")
    level: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    snapshot: Mapped[str] = mapped_column(Text)

    invoice: Mapped[Invoice] = relationship(back_populates="reminders")
