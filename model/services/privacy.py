"""Data protection (DSGVO): consent and its withdrawal, the Art. 15 information about one
person, anonymisation, and the review list of people to check.

- ``information(db, person_id)`` gathers everything stored about a person as plain data
  (German keys, JSON-ready); ``reports.privacy_report`` turns it into PDF or Excel plus JSON, and
  ``note_information_export`` puts the export itself into the audit log.
- ``anonymise_person`` clears every personal field and personal notes but keeps the records of
  participation (event, status, organisation, role) for the network's statistics. The audit
  entries about the person lose their old values, which would otherwise still name them.
  Issued certificates stay in the register: the office must be able to prove them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import delete, func, select, update

from ..core import audit
from ..core.db import Database
from ..core.entities import (
    AgendaItem,
    AuditEntry,
    Certificate,
    Event,
    MailingList,
    MailingListMember,
    OfficeProfile,
    Organisation,
    Payment,
    Person,
    Registration,
    TripParticipant,
    WorkingGroup,
    WorkingGroupMember,
)
from ..core.errors import CHANGED_ELSEWHERE, ChangedElsewhere, UserError, ValidationError
from ..core.validation import clean
from ..core.vocab import NO_SALUTATION
from ..members.persons import (
    CONSENT_GIVEN,
    CONSENT_MISSING,
    CONSENT_WITHDRAWN,
    ENTITY,
    FIELD_LABELS,
    MERGED_FROM,
    consent_state,
    display_name,
)

ANONYMISED_NAME = "anonymisiert"
INFORMATION_ACTION = "Auskunft erteilt"
ANONYMISED_ACTION = "anonymisiert"

# Fields emptied by anonymisation; organisation, role and chamber stay for the statistics.
CLEARED_FIELDS = (
    "title",
    "department",
    "function",
    "email",
    "phone",
    "mobile",
    "street",
    "postcode",
    "city",
    "chamber_number",
    "consent_date",
    "consent_scope",
    "consent_source",
    "consent_withdrawn_on",
    "notes",
)


# --- consent -----------------------------------------------------------------------------------


def record_consent(db: Database, person_id: int, on: dt.date, scope: str, source: str | None = None) -> None:
    """Note a (new) consent: date, what it covers, how it was given. Clears an older withdrawal."""
    cleaned_scope = clean(scope)
    if on is None:
        raise ValidationError("Bitte das Datum der Einwilligung angeben.", "Einwilligung am")
    if on > dt.date.today():
        raise ValidationError("Das Datum der Einwilligung liegt in der Zukunft.", "Einwilligung am")
    if not cleaned_scope:
        raise ValidationError("Bitte angeben, wofür die Einwilligung gilt.", "Einwilligung für")
    with db.writing() as session:
        person = _person(session, person_id)
        old = (person.consent_date, person.consent_scope, person.consent_source, person.consent_withdrawn_on)
        person.consent_date, person.consent_scope, person.consent_source = on, cleaned_scope, clean(source)
        if person.consent_withdrawn_on and person.consent_withdrawn_on <= on:
            person.consent_withdrawn_on = None
        audit.record(
            session,
            ENTITY,
            person_id,
            "Einwilligung erteilt",
            f"Einwilligung vom {on:%d.%m.%Y}: {scope}",
            {
                FIELD_LABELS["consent_date"]: [old[0], on],
                FIELD_LABELS["consent_scope"]: [old[1], scope],
                FIELD_LABELS["consent_source"]: [old[2], clean(source)],
                FIELD_LABELS["consent_withdrawn_on"]: [old[3], person.consent_withdrawn_on],
            },
        )


def withdraw_consent(db: Database, person_id: int, on: dt.date | None = None) -> None:
    """Note the withdrawal; the person is left out of every mailing from then on."""
    on = on or dt.date.today()
    with db.writing() as session:
        person = _person(session, person_id)
        if person.consent_date and on < person.consent_date:
            raise ValidationError("Der Widerruf kann nicht vor der Einwilligung liegen.", "Widerruf am")
        old = person.consent_withdrawn_on
        person.consent_withdrawn_on = on
        audit.record(
            session,
            ENTITY,
            person_id,
            "Einwilligung widerrufen",
            f"Einwilligung widerrufen am {on:%d.%m.%Y}",
            {FIELD_LABELS["consent_withdrawn_on"]: [old, on]},
        )


def _person(session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Die Person mit der Nummer {person_id} gibt es nicht (mehr).")
    return person


# --- Art. 15: information about one person ---------------------------------------------------------

RIGHTS_TEXT = (
    "Zweck der Verarbeitung: Organisation der Netzwerkarbeit (Einladungen, Anmeldungen, Teilnahmelisten, "
    "Teilnahmebescheinigungen und Fortbildungsnachweise). Rechtsgrundlagen: Art. 6 Abs. 1 lit. a DSGVO "
    "(Einwilligung, z. B. für Einladungen per E-Mail), lit. b (Anmeldung zu Veranstaltungen) und lit. c "
    "(Nachweispflichten für anerkannte Fortbildungen). Eine Weitergabe an Dritte findet nicht statt; "
    "Bescheinigungen erhalten nur Sie selbst. Die Daten werden gespeichert, solange Sie im Netzwerk mitarbeiten "
    "oder Nachweispflichten bestehen. Sie haben das Recht auf Berichtigung (Art. 16), Löschung (Art. 17), "
    "Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21) sowie "
    "das Recht, eine erteilte Einwilligung jederzeit mit Wirkung für die Zukunft zu widerrufen. Beschwerden "
    "richten Sie an die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen."
)


def _plain(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _record(pairs: list[tuple[str, object]]) -> dict:
    return {label: _plain(value) for label, value in pairs}


def information(db: Database, person_id: int) -> dict:
    """Everything stored about a person, as JSON-ready data with German keys."""
    with db.session() as session:
        person = _person(session, person_id)
        org = session.get(Organisation, person.organisation_id) if person.organisation_id else None
        profile = session.get_one(OfficeProfile, 1)
        data: dict = {
            "Auskunft nach Art. 15 DSGVO": {
                "erstellt am": dt.datetime.now().replace(microsecond=0).isoformat(),
                "Verantwortliche Stelle": profile.office_name if profile else None,
                "Personennummer": person.id,
            },
            "Stammdaten": _record(
                [
                    (FIELD_LABELS[name], getattr(person, name))
                    for name in (
                        "salutation",
                        "title",
                        "first_name",
                        "last_name",
                        "department",
                        "function",
                        "role",
                        "email",
                        "phone",
                        "mobile",
                        "street",
                        "postcode",
                        "city",
                        "chamber",
                        "chamber_number",
                        "active",
                        "notes",
                    )
                ]
                + [
                    ("Organisation", org.name if org else None),
                    ("angelegt am", person.created_at),
                    ("zuletzt geändert am", person.updated_at),
                    ("anonymisiert am", person.anonymised_at),
                ]
            ),
            "Einwilligung": _record(
                [
                    ("Stand", consent_state(person.consent_date, person.consent_withdrawn_on)),
                    (FIELD_LABELS["consent_date"], person.consent_date),
                    (FIELD_LABELS["consent_scope"], person.consent_scope),
                    (FIELD_LABELS["consent_source"], person.consent_source),
                    (FIELD_LABELS["consent_withdrawn_on"], person.consent_withdrawn_on),
                ]
            ),
        }
        registrations = session.execute(
            select(Registration, Event.title, Event.starts_at, Event.kind)
            .join(Event, Event.id == Registration.event_id)
            .where(Registration.person_id == person_id)
            .order_by(Event.starts_at)
        ).all()
        data["Anmeldungen und Teilnahmen"] = []
        for registration, title, starts_at, kind in registrations:
            entry = _record(
                [
                    ("Veranstaltung", title),
                    ("Art", kind),
                    ("Beginn", starts_at),
                    ("Status", registration.status),
                    ("Rolle", registration.role),
                    ("angemeldet am", registration.registered_at),
                    ("anwesend (Minuten)", registration.attended_minutes),
                    ("Gebühr", registration.fee_due),
                    ("bezahlt", registration.fee_paid),
                    ("Notizen", registration.notes),
                ]
            )
            trip = session.get(TripParticipant, registration.id)
            if trip is not None:
                partner = session.get(Person, trip.room_partner_person_id) if trip.room_partner_person_id else None
                entry["Reiseangaben"] = _record(
                    [
                        ("Zimmerwunsch", trip.room_wish),
                        (
                            "Zimmerpartner/in",
                            display_name(partner.title, partner.first_name, partner.last_name) if partner else None,
                        ),
                        ("Telefon unterwegs", trip.trip_phone),
                        ("Ernährung", trip.dietary_needs),
                        ("Notfallkontakt", trip.emergency_contact),
                        ("erstattet", trip.refunded),
                    ]
                )
            payments = session.scalars(
                select(Payment).where(Payment.registration_id == registration.id).order_by(Payment.paid_on)
            ).all()
            if payments:
                entry["Zahlungen"] = [
                    _record([("am", p.paid_on), ("Betrag", p.amount), ("Art", p.method), ("Notizen", p.notes)])
                    for p in payments
                ]
            data["Anmeldungen und Teilnahmen"].append(entry)
        data["Bescheinigungen"] = [
            _record(
                [
                    ("Nummer", c.number),
                    ("Art", c.kind),
                    ("ausgestellt am", c.issued_at),
                    ("Jahr", c.period_year),
                    ("Kammer", c.chamber),
                    ("Punkte", c.credit_points),
                    ("widerrufen am", c.revoked_at),
                ]
            )
            for c in session.scalars(
                select(Certificate).where(Certificate.person_id == person_id).order_by(Certificate.issued_at)
            )
        ]
        data["Verteiler"] = list(
            session.scalars(
                select(MailingList.name)
                .join(MailingListMember, MailingListMember.mailing_list_id == MailingList.id)
                .where(MailingListMember.person_id == person_id)
                .order_by(MailingList.name)
            )
        )
        data["Arbeitsgruppen"] = [
            _record([("Arbeitsgruppe", name), ("Rolle", m.role), ("seit", m.joined_on), ("bis", m.left_on)])
            for m, name in session.execute(
                select(WorkingGroupMember, WorkingGroup.name)
                .join(WorkingGroup, WorkingGroup.id == WorkingGroupMember.working_group_id)
                .where(WorkingGroupMember.person_id == person_id)
                .order_by(WorkingGroup.name)
            )
        ]
        data["Leitung von Arbeitsgruppen"] = list(
            session.scalars(
                select(WorkingGroup.name).where(WorkingGroup.lead_person_id == person_id).order_by(WorkingGroup.name)
            )
        )
        data["Beiträge in Tagesordnungen"] = [
            _record([("Veranstaltung", title), ("Beginn", starts_at), ("Tagesordnungspunkt", item_title)])
            for item_title, title, starts_at in session.execute(
                select(AgendaItem.title, Event.title, Event.starts_at)
                .join(Event, Event.id == AgendaItem.event_id)
                .where(AgendaItem.speaker_person_id == person_id)
                .order_by(Event.starts_at)
            )
        ]
        data["Änderungsprotokoll"] = [
            _record([("Zeitpunkt", e.at), ("Benutzer", e.os_user), ("Vorgang", e.action), ("Beschreibung", e.summary)])
            | {"Änderungen": _changes(e.changes)}
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == person_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            )
        ]
        data["Hinweise"] = RIGHTS_TEXT
        return data


def _changes(text: str | None) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def information_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def note_information_export(db: Database, person_id: int, files: list[str]) -> None:
    """Record in the audit log that (and in which form) the information was handed out."""
    with db.writing() as session:
        person = _person(session, person_id)
        audit.record(
            session,
            ENTITY,
            person_id,
            INFORMATION_ACTION,
            f"Auskunft nach Art. 15 DSGVO für {display_name(person.title, person.first_name, person.last_name)} erstellt",
            {"Dateien": [None, ", ".join(files)]},
        )


# --- anonymisation -------------------------------------------------------------------------------


@dataclass
class AnonymisationPreview:
    name: str
    registrations: int
    certificates: int
    mailing_lists: int
    working_groups: int
    backups: list = field(default_factory=list)  # backup files that still hold the person

    def backups_text(self) -> str:
        """The plain statement about the backups, for the confirmation and the question after."""
        if not self.backups:
            return ""
        names = ", ".join(path.name for path in self.backups[:5]) + (" …" if len(self.backups) > 5 else "")
        return (
            f"{len(self.backups)} Sicherungskopie(n) enthalten die Person noch vollständig: {names}. "
            "Nach dem Anonymisieren können sie gelöscht werden."
        )

    def text(self) -> str:
        """What will happen, in the words of the confirmation."""
        lines = [
            f"{self.name} wird anonymisiert. Das lässt sich nicht rückgängig machen.",
            "",
            "Gelöscht werden: Name, Titel, Anschrift, E-Mail, Telefonnummern, Funktion, Abteilung, "
            "Kammer-Mitgliedsnummer, Einwilligung, Notizen, Reiseangaben (Ernährung, Notfallkontakt) "
            "und im Änderungsprotokoll alles, was die Person nennt (es bleibt nur: anonymisiert, von wem, wann).",
        ]
        if self.mailing_lists:
            lines.append(f"Die Person wird aus {self.mailing_lists} Verteiler(n) entfernt.")
        kept = [f"{self.registrations} Anmeldung(en)/Teilnahme(n)"]
        if self.working_groups:
            kept.append(f"{self.working_groups} Arbeitsgruppen-Mitgliedschaft(en)")
        lines.append(
            "Für die Statistik bleiben erhalten (ohne Namen): " + ", ".join(kept) + ", Organisation und Rolle."
        )
        if self.certificates:
            lines.append(
                f"{self.certificates} ausgestellte Bescheinigung(en) bleiben im Bescheinigungsregister "
                "(Nachweispflicht)."
            )
        if self.backups:
            lines.append(self.backups_text())
        return "\n".join(lines)


def anonymisation_preview(db: Database, person_id: int) -> AnonymisationPreview:
    with db.session() as session:
        person = _person(session, person_id)
        if person.anonymised_at is not None:
            raise UserError("Diese Person ist bereits anonymisiert.")

        def count(column, value) -> int:
            return session.scalar(select(func.count()).where(column == value)) or 0

        return AnonymisationPreview(
            display_name(person.title, person.first_name, person.last_name),
            count(Registration.person_id, person_id),
            count(Certificate.person_id, person_id),
            count(MailingListMember.person_id, person_id),
            count(WorkingGroupMember.person_id, person_id),
            backups_with_person(db, person_id),
        )


def backups_with_person(db: Database, person_id: int) -> list:
    """The program's backups of this database that still hold the person (SQLite only)."""
    from ..core.backup import all_backups, backups_holding_person
    from ..settings.office import load_profile

    if db.path is None:
        return []
    return backups_holding_person(all_backups(db.path, load_profile(db).backup_folder), person_id)


def anonymise_person(db: Database, person_id: int, version: int | None = None) -> None:
    """Clear everything personal about a person in one transaction; keep the participation."""
    with db.writing() as session:
        person = _person(session, person_id)
        if person.anonymised_at is not None:
            raise UserError("Diese Person ist bereits anonymisiert.")
        if version is not None and person.version != version:
            raise ChangedElsewhere(CHANGED_ELSEWHERE)
        own_ids = own_record_ids(session, person_id)
        traces = identifying_texts(session, person, own_ids)
        for name in CLEARED_FIELDS:
            setattr(person, name, None)
        person.salutation = NO_SALUTATION
        person.first_name = ""
        person.last_name = ANONYMISED_NAME
        person.active = False
        person.anonymised_at = dt.datetime.now().replace(microsecond=0)
        person.search_key = ""
        session.execute(delete(MailingListMember).where(MailingListMember.person_id == person_id))
        own = select(Registration.id).where(Registration.person_id == person_id)
        session.execute(
            update(Registration)
            .where(Registration.person_id == person_id)
            .values(notes=None, version=Registration.version + 1)
        )
        session.execute(
            update(TripParticipant)
            .where(TripParticipant.registration_id.in_(own))
            .values(trip_phone=None, dietary_needs=None, emergency_contact=None)
        )
        session.execute(update(Payment).where(Payment.registration_id.in_(own)).values(notes=None))
        _erase_from_audit(session, own_ids, traces)
        audit.record(session, ENTITY, person_id, ANONYMISED_ACTION, "Person anonymisiert (DSGVO)")
    erase_freed_space(db)


ERASED_SUMMARY = "(Angaben anonymisiert)"
# Shorter texts (initials, a house number) would match entries about other people.
_MIN_TRACE_LENGTH = 4
_IDENTIFYING_FIELDS = ("first_name", "last_name", "email", "phone", "mobile", "street", "chamber_number")


def own_record_ids(session, person_id: int) -> set[int]:
    """The person's id and the ids of duplicates merged into it (their audit entries are the
    person's too)."""
    ids, todo = {person_id}, [person_id]
    while todo:
        current = todo.pop()
        for changes in session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == ENTITY, AuditEntry.entity_id == current, AuditEntry.changes.is_not(None)
            )
        ):
            merged = _changes(changes).get(MERGED_FROM)
            if isinstance(merged, list) and isinstance(merged[-1], int) and merged[-1] not in ids:
                ids.add(merged[-1])
                todo.append(merged[-1])
    return ids


def identifying_texts(session, person: Person, own_ids: set[int]) -> set[str]:
    """What would name the person in a log line: the name as written in summaries, e-mail,
    phones, street, chamber number — now and as recorded earlier in the person's own audit
    entries (old e-mail addresses, the data of a merged duplicate)."""
    texts: set[str] = set()
    names: dict[str, set[str]] = {"first_name": {person.first_name or ""}, "last_name": {person.last_name or ""}}
    for name in _IDENTIFYING_FIELDS[2:]:
        texts.add(getattr(person, name) or "")
    labels = {FIELD_LABELS.get(name, name): name for name in _IDENTIFYING_FIELDS}
    for changes in session.scalars(
        select(AuditEntry.changes).where(
            AuditEntry.entity == ENTITY, AuditEntry.entity_id.in_(own_ids), AuditEntry.changes.is_not(None)
        )
    ):
        for label, values in _changes(changes).items():
            field_name = labels.get(label)
            if field_name is None or not isinstance(values, list):
                continue
            found = {str(value) for value in values if value}
            (names[field_name] if field_name in names else texts).update(found)
    for first in names["first_name"]:
        for last in names["last_name"]:
            if first and last:
                texts.update({f"{first} {last}", f"{last}, {first}"})
    texts.update(last for last in names["last_name"] if len(last) >= 6)  # "Frau Quasthoff" in a summary
    texts.add(display_name(person.title, person.first_name, person.last_name))
    return {text for text in (t.strip() for t in texts) if len(text) >= _MIN_TRACE_LENGTH}


def _erase_from_audit(session, own_ids: set[int], traces: set[str]) -> None:
    """Keep the audit entries (that something happened, by whom, when) but nothing identifying:
    the person's own entries and every other entry whose text contains one of ``traces``."""
    from sqlalchemy import or_

    session.execute(
        update(AuditEntry)
        .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id.in_(own_ids))
        .values(changes=None, summary=ERASED_SUMMARY)
    )
    if not traces:
        return
    conditions = []
    for text in traces:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions += [AuditEntry.summary.ilike(pattern, escape="\\"), AuditEntry.changes.ilike(pattern, escape="\\")]
    session.execute(
        update(AuditEntry)
        .where(or_(*conditions))
        .values(changes=None, summary=ERASED_SUMMARY)
        .execution_options(synchronize_session=False)
    )


def erase_freed_space(db: Database) -> None:
    """Leave no copy of erased text in the SQLite files: deleted content is zeroed as it is
    freed (``secure_delete``), and the write-ahead log, which still holds the old pages, is
    written back and truncated."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- review list ------------------------------------------------------------------------------------


@dataclass
class ReviewRow:
    id: int
    name: str
    organisation: str | None
    email: str | None
    consent: str
    last_activity: dt.date | None
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def review_list(
    db: Database,
    inactive_years: int = 3,
    today: dt.date | None = None,
    without_consent: bool = True,
    inactive: bool = True,
) -> list[ReviewRow]:
    """People to check: without (or with withdrawn) consent, or without any activity for N years.

    Activity is the latest event a person registered for, else the date the record was created.
    """
    today = today or dt.date.today()
    try:
        limit = today.replace(year=today.year - inactive_years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - inactive_years, day=28)
    last_event = (
        select(Registration.person_id, func.max(Event.starts_at).label("last"))
        .join(Event, Event.id == Registration.event_id)
        .group_by(Registration.person_id)
        .subquery()
    )
    query = (
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Organisation.name,
            Person.email,
            Person.consent_date,
            Person.consent_withdrawn_on,
            last_event.c.last,
            Person.created_at,
        )
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(last_event, last_event.c.person_id == Person.id)
        .where(Person.anonymised_at.is_(None))
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    with db.session() as session:
        records = session.execute(query).all()
    rows = []
    for pid, title, first, last, org, email, consent_date, withdrawn, last_seen, created in records:
        state = consent_state(consent_date, withdrawn)
        activity = _as_date(last_seen) or _as_date(created)
        reasons = []
        if without_consent and state == CONSENT_MISSING:
            reasons.append("keine Einwilligung")
        if without_consent and state == CONSENT_WITHDRAWN:
            reasons.append("Einwilligung widerrufen")
        if inactive and (activity is None or activity < limit):
            reasons.append(
                f"letzte Teilnahme vor über {inactive_years} Jahren"
                if last_seen
                else f"seit über {inactive_years} Jahren erfasst, nie teilgenommen"
            )
        if reasons:
            rows.append(ReviewRow(pid, display_name(title, first, last), org, email, state, activity, reasons))
    return rows


def _as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


__all__ = [
    "CONSENT_GIVEN",
    "AnonymisationPreview",
    "ReviewRow",
    "anonymisation_preview",
    "anonymise_person",
    "information",
    "information_json",
    "note_information_export",
    "record_consent",
    "review_list",
    "withdraw_consent",
]
