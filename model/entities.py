"""The persistent domain model: typed SQLAlchemy 2.x mappings.

Rules that protect history live in the schema itself: foreign keys that point at history
(registrations, certificates, payments, memberships) use ``ON DELETE RESTRICT`` so that a
delete can never silently drop them; only pure components of one parent (agenda items of an
event, programme items of a trip day) cascade. Vocabularies are CHECK constraints.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
        CheckConstraint(
            f"role IS NULL OR role IN {vocab.sql_in(vocab.PERSON_ROLES)}", name="role_valid"
        ),
        CheckConstraint(
            f"chamber IS NULL OR chamber IN {vocab.sql_in(vocab.CHAMBERS)}", name="chamber_valid"
        ),
        Index("ix_person_name", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[str] = mapped_column(String(10), default="ohne")
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
    chamber: Mapped[str | None] = mapped_column(String(20))
    chamber_number: Mapped[str | None] = mapped_column(String(50))
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

    members: Mapped[list[MailingListMember]] = relationship(
        back_populates="mailing_list", cascade="all, delete-orphan"
    )


class MailingListMember(Base):
    __tablename__ = "mailing_list_member"

    mailing_list_id: Mapped[int] = mapped_column(
        ForeignKey("mailing_list.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
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
    format: Mapped[str] = mapped_column(String(10), default="Präsenz")
    venue: Mapped[str | None] = mapped_column(String(300))
    venue_address: Mapped[str | None] = mapped_column(String(300))
    online_link: Mapped[str | None] = mapped_column(String(500))
    host_organisation_id: Mapped[int | None] = _restrict("organisation.id", nullable=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    fee: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default="geplant")
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
        CheckConstraint(
            "attended_minutes IS NULL OR attended_minutes >= 0", name="attended_positive"
        ),
        Index("ix_registration_event_status", "event_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = _restrict("person.id")
    status: Mapped[str] = mapped_column(String(20), default="angemeldet")
    role: Mapped[str] = mapped_column(String(20), default="Teilnahme")
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Minutes actually attended; NULL means the whole event.
    attended_minutes: Mapped[int | None] = mapped_column(Integer)
    fee_due: Mapped[Decimal | None] = mapped_column(Money)
    fee_paid: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship(back_populates="registrations")
    trip_details: Mapped[TripParticipant | None] = relationship(back_populates="registration")
    payments: Mapped[list[Payment]] = relationship(back_populates="registration")


# --- Further training and certificates -------------------------------------------------


class Accreditation(Timestamps, Base):
    __tablename__ = "accreditation"
    __table_args__ = (
        UniqueConstraint("event_id", "chamber", name="one_per_chamber"),
        _check("chamber", vocab.CHAMBERS),
        CheckConstraint("credit_points >= 0", name="points_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = _restrict("event.id")
    chamber: Mapped[str] = mapped_column(String(20))
    recognition_number: Mapped[str | None] = mapped_column(String(100))
    credit_points: Mapped[Decimal] = mapped_column(Points)
    field: Mapped[str | None] = mapped_column(String(50))
    recognised_on: Mapped[dt.date | None] = mapped_column(Date)

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
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    replaces_id: Mapped[int | None] = _restrict("certificate.id", nullable=True)

    person: Mapped[Person] = relationship()
    event: Mapped[Event | None] = relationship()


# --- Excursions and study trips --------------------------------------------------------


class Trip(Base):
    """Excursion details of an event of kind Exkursion (one row per such event)."""

    __tablename__ = "trip"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="RESTRICT"), primary_key=True
    )
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
    trip_event_id: Mapped[int] = mapped_column(
        ForeignKey("trip.event_id", ondelete="CASCADE"), index=True
    )
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

    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="RESTRICT"), primary_key=True
    )
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
    # Printing: the label product badges are printed on (vocab.BADGE_STOCKS) and how many
    # years signed sign-in sheets are kept (stated in their data-protection note).
    badge_stock: Mapped[str] = mapped_column(String(10), default=vocab.DEFAULT_BADGE_STOCK, server_default="L4785")
    sign_in_retention_years: Mapped[int] = mapped_column(Integer, default=10, server_default="10")


class ChamberRequirement(Base):
    """Yearly further-training requirement per chamber (AKNW: 16 points since 2024)."""

    __tablename__ = "chamber_requirement"
    __table_args__ = (_check("chamber", vocab.CHAMBERS),)

    chamber: Mapped[str] = mapped_column(String(20), primary_key=True)
    points_per_year: Mapped[Decimal] = mapped_column(Points)
    unit: Mapped[str] = mapped_column(String(50), default="Fortbildungspunkte")
    minutes_per_unit: Mapped[int] = mapped_column(Integer, default=45)


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
