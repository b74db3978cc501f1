"""People: the list over everyone with search and filters, the form data, validation, saving,
the change history from the audit log.

``list_persons`` runs one query into plain rows (about 30 ms for 5,000 people); searching and
filtering then happen in Python over the folded ``search_key``, fast enough for every keystroke.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import audit, vocab
from ..core.db import Database
from ..core.entities import (
    AgendaItem,
    AuditEntry,
    Certificate,
    Chamber,
    Event,
    MailingListMember,
    Organisation,
    Person,
    Registration,
    TripParticipant,
    WorkingGroup,
    WorkingGroupMember,
)
from ..core.errors import CHANGED_ELSEWHERE, ChangedElsewhere, UserError, ValidationError
from ..core.text import fold, search_fold, search_key, strip_invisible
from ..core.validation import check_choice, check_email, check_length, check_postcode, check_required, clean

ENTITY = "person"
# The audit entries of a merge of duplicates (model.members.duplicates writes them).
MERGED = "zusammengeführt"
MERGED_FROM = audit.MERGED_FROM

CONSENT_GIVEN, CONSENT_MISSING, CONSENT_WITHDRAWN = "erteilt", "fehlt", "widerrufen"
CONSENT_STATES = (CONSENT_GIVEN, CONSENT_MISSING, CONSENT_WITHDRAWN)
NO_CHAMBER = "—"  # filter value: people without a chamber


def consent_state(consent_date: dt.date | None, withdrawn_on: dt.date | None) -> str:
    if withdrawn_on is not None and (consent_date is None or withdrawn_on >= consent_date):
        return CONSENT_WITHDRAWN
    return CONSENT_GIVEN if consent_date is not None else CONSENT_MISSING


def person_search_key(
    first: str | None, last: str | None, organisation: str | None, function: str | None, email: str | None
) -> str:
    return search_key(first, last, organisation, function, email)


def display_name(title: str | None, first: str | None, last: str | None) -> str:
    return " ".join(part for part in (title, first, last) if part)


# --- the list ---------------------------------------------------------------------------


@dataclass(slots=True)
class PersonRow:
    id: int
    salutation: str
    title: str | None
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation: str | None
    organisation_kind: str | None
    department: str | None
    function: str | None
    role: str | None
    email: str | None
    phone: str | None
    mobile: str | None
    city: str | None
    chamber: str | None
    chamber_number: str | None
    active: bool
    consent_date: dt.date | None
    consent_withdrawn_on: dt.date | None
    anonymised: bool
    search_key: str
    updated_at: dt.datetime | None

    @property
    def name(self) -> str:
        return display_name(self.title, self.first_name, self.last_name)

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name

    @property
    def consent(self) -> str:
        return consent_state(self.consent_date, self.consent_withdrawn_on)


_LIST_COLUMNS = (
    Person.id,
    Person.salutation,
    Person.title,
    Person.first_name,
    Person.last_name,
    Person.organisation_id,
    Organisation.name,
    Organisation.kind,
    Person.department,
    Person.function,
    Person.role,
    Person.email,
    Person.phone,
    Person.mobile,
    Person.city,
    Person.chamber,
    Person.chamber_number,
    Person.active,
    Person.consent_date,
    Person.consent_withdrawn_on,
    Person.anonymised_at,
    Person.search_key,
    Person.updated_at,
)


def list_persons(db: Database, organisation_id: int | None = None, ids: list[int] | None = None) -> list[PersonRow]:
    """Everyone (or one organisation's people), sorted by last and first name."""
    query = (
        select(*_LIST_COLUMNS)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    if organisation_id is not None:
        query = query.where(Person.organisation_id == organisation_id)
    if ids is not None:
        query = query.where(Person.id.in_(ids))
    with db.session() as session:
        records = session.execute(query).all()
    rows = []
    for r in records:
        values = list(r)
        values[17] = bool(values[17])
        values[20] = values[20] is not None
        rows.append(PersonRow(*values))
    # Alphabetical as people read it (Ł after L, Ö with O), whatever the database's collation.
    rows.sort(key=lambda row: (fold(row.last_name), fold(row.first_name), row.id))
    return rows


@dataclass(frozen=True)
class PersonExportRow:
    """A row of the person list plus the address and consent details only the export shows."""

    row: PersonRow
    street: str | None
    postcode: str | None
    consent_scope: str | None


def export_rows(db: Database, rows: list[PersonRow]) -> list[PersonExportRow]:
    """The given list rows (as shown, in their order) with street, postcode and consent scope."""
    ids = [row.id for row in rows]
    query = select(Person.id, Person.street, Person.postcode, Person.consent_scope)
    if len(ids) < 900:  # SQLite's parameter limit: beyond it read everyone, it is one query
        query = query.where(Person.id.in_(ids))
    with db.session() as session:
        details = {r.id: (r.street, r.postcode, r.consent_scope) for r in session.execute(query)}
    return [PersonExportRow(row, *details.get(row.id, (None, None, None))) for row in rows]


def count_persons(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@dataclass
class PersonFilter:
    text: str = ""
    organisation_kind: str | None = None
    role: str | None = None
    chamber: str | None = None  # a chamber, NO_CHAMBER, or None for all
    active: bool | None = None
    consent: str | None = None  # one of CONSENT_STATES
    include_anonymised: bool = False


def filter_persons(rows: list[PersonRow], criteria: PersonFilter) -> list[PersonRow]:
    """The rows that match every criterion; the text matches words anywhere, in any order."""
    words = search_fold(criteria.text).split()
    kind, role, chamber, active, consent = (
        criteria.organisation_kind,
        criteria.role,
        criteria.chamber,
        criteria.active,
        criteria.consent,
    )
    result: list[PersonRow] = []
    append = result.append
    for row in rows:
        if row.anonymised and not criteria.include_anonymised:
            continue
        if kind and row.organisation_kind != kind:
            continue
        if role and row.role != role:
            continue
        if chamber:
            if chamber == NO_CHAMBER:
                if row.chamber:
                    continue
            elif row.chamber != chamber:
                continue
        if active is not None and row.active != active:
            continue
        if consent and row.consent != consent:
            continue
        if words:
            key = row.search_key
            if not all(word in key for word in words):
                continue
        append(row)
    return result


# --- the form ----------------------------------------------------------------------------


@dataclass
class PersonData:
    salutation: str = vocab.NO_SALUTATION
    title: str | None = None
    first_name: str = ""
    last_name: str = ""
    organisation_id: int | None = None
    department: str | None = None
    function: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    chamber: str | None = None
    chamber_number: str | None = None
    chamber_category: str | None = None
    consent_date: dt.date | None = None
    consent_scope: str | None = None
    consent_source: str | None = None
    consent_withdrawn_on: dt.date | None = None
    active: bool = True
    notes: str | None = None
    id: int | None = None
    version: int | None = None
    anonymised_at: dt.datetime | None = None

    @property
    def name(self) -> str:
        return display_name(self.title, self.first_name, self.last_name)


EDITABLE_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "organisation_id",
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
    "consent_date",
    "consent_scope",
    "consent_source",
    "consent_withdrawn_on",
    "active",
    "notes",
    "chamber_category",
)
FIELD_LABELS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "organisation_id": "Organisation",
    "department": "Abteilung",
    "function": "Funktion",
    "role": "Rolle",
    "email": "E-Mail",
    "phone": "Telefon",
    "mobile": "Mobil",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "chamber": "Kammer",
    "chamber_number": "Kammer-Mitgliedsnummer",
    "consent_date": "Einwilligung am",
    "consent_scope": "Einwilligung für",
    "consent_source": "Einwilligung erteilt über",
    "consent_withdrawn_on": "Widerruf am",
    "active": "aktiv",
    "notes": "Notizen",
    "chamber_category": "Mitgliedergruppe",
}
_LIMITS = {
    "title": 50,
    "first_name": 100,
    "last_name": 100,
    "department": 200,
    "function": 200,
    "email": 200,
    "phone": 50,
    "mobile": 50,
    "street": 200,
    "city": 100,
    "chamber_number": 50,
    "consent_scope": 200,
    "consent_source": 200,
    "chamber_category": 60,
}
SALUTATION_SYNONYMS = {
    "fr": "Frau",
    "hr": "Herr",
    "herrn": "Herr",
    "mr": "Herr",
    "mrs": "Frau",
    "ms": "Frau",
    "divers": vocab.NO_SALUTATION,
    "keine": vocab.NO_SALUTATION,
    "-": vocab.NO_SALUTATION,
    "d": vocab.NO_SALUTATION,
    "w": "Frau",
    "m": "Herr",
}
CHAMBER_SYNONYMS = {
    "architektenkammer": "AKNW",
    "architektenkammer nrw": "AKNW",
    "ak nrw": "AKNW",
    "architektenkammer nordrhein-westfalen": "AKNW",
    "ikbau": "IK-Bau NRW",
    "ik-bau": "IK-Bau NRW",
    "ingenieurkammer": "IK-Bau NRW",
    "ingenieurkammer-bau nrw": "IK-Bau NRW",
    "ingenieurkammer-bau nordrhein-westfalen": "IK-Bau NRW",
    "ikbau nrw": "IK-Bau NRW",
}


def to_data(person: Person) -> PersonData:
    return PersonData(
        **{name: getattr(person, name) for name in EDITABLE_FIELDS},
        id=person.id,
        version=person.version,
        anonymised_at=person.anonymised_at,
    )


def load_person(db: Database, person_id: int) -> PersonData:
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UserError(f"Die Person mit der Nummer {person_id} gibt es nicht (mehr).")
        return to_data(person)


def validate_person(data: PersonData) -> PersonData:
    """A cleaned copy of ``data`` or a ValidationError naming the field."""
    cleaned = replace(data)
    for name in (
        "title",
        "department",
        "function",
        "phone",
        "mobile",
        "street",
        "city",
        "chamber_number",
        "consent_scope",
        "consent_source",
    ):
        setattr(cleaned, name, clean(getattr(data, name)))
    cleaned.first_name = clean(data.first_name) or ""
    cleaned.last_name = check_required(data.last_name, "Nachname")
    cleaned.salutation = (
        check_choice(data.salutation or vocab.NO_SALUTATION, vocab.SALUTATIONS, "Anrede", SALUTATION_SYNONYMS)
        or vocab.NO_SALUTATION
    )
    cleaned.role = check_choice(data.role, vocab.PERSON_ROLES, "Rolle")
    try:
        cleaned.chamber = check_choice(data.chamber, vocab.CHAMBERS, "Kammer", CHAMBER_SYNONYMS)
    except ValidationError:  # another chamber of the table: checked against it when saving
        cleaned.chamber = clean(data.chamber)
    cleaned.chamber_category = clean(data.chamber_category)
    cleaned.email = check_email(data.email)
    cleaned.postcode = check_postcode(data.postcode)
    cleaned.notes = strip_invisible((data.notes or "").strip(), multiline=True) or None
    for name, limit in _LIMITS.items():
        check_length(getattr(cleaned, name), limit, FIELD_LABELS[name])
    if (cleaned.chamber_number or cleaned.chamber_category) and not cleaned.chamber:
        raise ValidationError("Zur Mitgliedsnummer und Mitgliedergruppe gehört eine Kammer.", "Kammer")
    if cleaned.consent_withdrawn_on and cleaned.consent_date and cleaned.consent_withdrawn_on < cleaned.consent_date:
        raise ValidationError("Der Widerruf liegt vor der Einwilligung.", "Widerruf am")
    today = dt.date.today()
    for name in ("consent_date", "consent_withdrawn_on"):
        value = getattr(cleaned, name)
        if value is not None and value > today:
            raise ValidationError(f"»{FIELD_LABELS[name]}« liegt in der Zukunft.", FIELD_LABELS[name])
    if (cleaned.consent_scope or cleaned.consent_source) and not cleaned.consent_date:
        raise ValidationError("Bitte das Datum der Einwilligung angeben.", "Einwilligung am")
    return cleaned


def _audit_value(name: str, value, org_names: dict[int, str]):
    if name == "organisation_id":
        return org_names.get(value) if value is not None else None
    return value


def save_person(db: Database, data: PersonData) -> PersonData:
    """Validate and write in one transaction; returns the saved data (new id and version).

    Raises ``ValidationError`` for bad input, ``ChangedElsewhere`` when someone else saved the
    person since it was loaded.
    """
    cleaned = validate_person(data)
    if cleaned.anonymised_at is not None:
        raise UserError("Diese Person ist anonymisiert und kann nicht mehr bearbeitet werden.")
    with db.writing() as session:
        if cleaned.chamber and session.get(Chamber, cleaned.chamber) is None:
            raise ValidationError(
                f"Die Kammer »{cleaned.chamber}« ist nicht bekannt (Einstellungen → Kammern).", "Kammer"
            )
        org_names: dict[int, str] = {}
        if cleaned.organisation_id is not None:
            org = session.get(Organisation, cleaned.organisation_id)
            if org is None:
                raise ValidationError("Die gewählte Organisation gibt es nicht mehr.", "Organisation")
            org_names[org.id] = org.name
        if cleaned.id is None:
            person = Person(**{name: getattr(cleaned, name) for name in EDITABLE_FIELDS})
            session.add(person)
            changes = {
                FIELD_LABELS[n]: [None, _audit_value(n, getattr(cleaned, n), org_names)]
                for n in EDITABLE_FIELDS
                if getattr(cleaned, n) not in (None, "") and n != "active"
            }
            action = "angelegt"
        else:
            found = session.get(Person, cleaned.id)
            if found is None:
                raise UserError("Die Person wurde inzwischen gelöscht oder zusammengeführt.")
            person = found
            if person.anonymised_at is not None:
                raise UserError("Diese Person wurde inzwischen anonymisiert und kann nicht mehr bearbeitet werden.")
            if cleaned.version is not None and person.version != cleaned.version:
                raise ChangedElsewhere(CHANGED_ELSEWHERE)
            if person.organisation_id is not None and person.organisation_id not in org_names:
                old_org = session.get(Organisation, person.organisation_id)
                org_names[person.organisation_id] = old_org.name if old_org else str(person.organisation_id)
            changes = {}
            for name in EDITABLE_FIELDS:
                old, new = getattr(person, name), getattr(cleaned, name)
                if old != new:
                    changes[FIELD_LABELS[name]] = [
                        _audit_value(name, old, org_names),
                        _audit_value(name, new, org_names),
                    ]
                    setattr(person, name, new)
            action = "geändert"
        person.search_key = person_search_key(
            cleaned.first_name,
            cleaned.last_name,
            org_names.get(cleaned.organisation_id or 0),
            cleaned.function,
            cleaned.email,
        )
        session.flush()
        if changes or cleaned.id is None:
            verb = "angelegt" if cleaned.id is None else "geändert"
            audit.record(session, ENTITY, person.id, action, f"{cleaned.name} {verb}", changes)
        session.flush()
        return replace(cleaned, id=person.id, version=person.version)


def delete_person(db: Database, person_id: int) -> None:
    """Delete a person entered by mistake; refused when anything refers to them."""
    with db.writing() as session:
        person = session.get(Person, person_id)
        if person is None:
            return
        uses = references(session, person_id)
        blocking = {name: count for name, count in uses.items() if count and name != "Verteiler"}
        if blocking:
            listed = ", ".join(f"{count} {name}" for name, count in blocking.items())
            raise UserError(
                f"{display_name(person.title, person.first_name, person.last_name)} kann nicht gelöscht werden "
                f"({listed}). Stattdessen »inaktiv« setzen oder anonymisieren."
            )
        for member in session.scalars(select(MailingListMember).where(MailingListMember.person_id == person_id)):
            session.delete(member)
        audit.record(
            session,
            ENTITY,
            person_id,
            "gelöscht",
            f"{display_name(person.title, person.first_name, person.last_name)} gelöscht",
        )
        session.delete(person)


def reference_counts(db: Database, person_id: int) -> dict[str, int]:
    with db.session() as session:
        return references(session, person_id)


def references(session, person_id: int) -> dict[str, int]:
    """How often each kind of record refers to the person (German names, for messages)."""

    def count(query) -> int:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    return {
        "Anmeldungen": count(select(Registration.id).where(Registration.person_id == person_id)),
        "Bescheinigungen": count(select(Certificate.id).where(Certificate.person_id == person_id)),
        "Verteiler": count(select(MailingListMember.person_id).where(MailingListMember.person_id == person_id)),
        "Arbeitsgruppen": count(select(WorkingGroupMember.id).where(WorkingGroupMember.person_id == person_id)),
        "Leitung von Arbeitsgruppen": count(select(WorkingGroup.id).where(WorkingGroup.lead_person_id == person_id)),
        "Tagesordnungspunkte": count(select(AgendaItem.id).where(AgendaItem.speaker_person_id == person_id)),
        "Zimmerpartner": count(
            select(TripParticipant.registration_id).where(TripParticipant.room_partner_person_id == person_id)
        ),
    }


# --- history and participation -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: dt.datetime
    user: str
    action: str
    summary: str
    changes: dict

    def change_text(self) -> str:
        """ "E-Mail: a@x.de → b@x.de; Funktion: – → Leitung"."""

        def shown(value) -> str:
            if value is None or value == "":
                return "–"
            if value is True:
                return "ja"
            if value is False:
                return "nein"
            return str(value)

        from ..core.audit import REFERENCE_KEYS

        return "; ".join(
            f"{name}: {shown(old)} → {shown(new)}"
            for name, (old, new) in self.changes.items()
            if name not in REFERENCE_KEYS
        )


def person_history(db: Database, person_id: int) -> list[HistoryRow]:
    """The audit entries about the person (and records merged into it), newest first."""
    with db.session() as session:
        ids = [person_id, *merged_ids(session, person_id)]
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id.in_(ids))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        ).all()
    rows = []
    for entry in entries:
        try:
            changes = json.loads(entry.changes) if entry.changes else {}
        except ValueError:
            changes = {}
        if not isinstance(changes, dict):
            changes = {}
        changes = {k: v for k, v in changes.items() if isinstance(v, list) and len(v) == 2}
        rows.append(HistoryRow(entry.at, entry.os_user, entry.action, entry.summary or "", changes))
    return rows


@dataclass(frozen=True, slots=True)
class RegistrationRow:
    event_id: int
    starts_at: dt.datetime
    title: str
    kind: str
    status: str
    role: str


def person_registrations(db: Database, person_id: int) -> list[RegistrationRow]:
    query = (
        select(Event.id, Event.starts_at, Event.title, Event.kind, Registration.status, Registration.role)
        .join(Registration, Registration.event_id == Event.id)
        .where(Registration.person_id == person_id)
        .order_by(Event.starts_at.desc())
    )
    with db.session() as session:
        return [RegistrationRow(*row) for row in session.execute(query)]


def organisation_choices(db: Database) -> list[tuple[int, str, str]]:
    """(id, name, kind) of every organisation, for pickers."""
    with db.session() as session:
        return [
            (row[0], row[1], row[2])
            for row in session.execute(
                select(Organisation.id, Organisation.name, Organisation.kind).order_by(Organisation.name)
            )
        ]


def persons_by_role(db: Database, role: str) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Person.id).where(Person.role == role, Person.anonymised_at.is_(None), Person.active.is_(True))
            )
        )


def email_taken(db: Database, email: str, except_id: int | None = None) -> str | None:
    """The name of another person with this email, if any (case-insensitive)."""
    query = select(Person.title, Person.first_name, Person.last_name).where(
        func.lower(Person.email) == email.strip().lower()
    )
    if except_id is not None:
        query = query.where(Person.id != except_id)
    with db.session() as session:
        row = session.execute(query.limit(1)).first()
    return display_name(*row) if row else None


def merged_ids(session: Session, person_id: int) -> list[int]:
    """The ids of every record merged into ``person_id`` (also indirectly)."""
    found: list[int] = []
    todo = [person_id]
    while todo:
        current = todo.pop()
        for changes in session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == ENTITY, AuditEntry.entity_id == current, AuditEntry.action == MERGED
            )
        ):
            try:
                other = json.loads(changes or "{}").get(MERGED_FROM, [None, None])[1]
            except (ValueError, AttributeError):
                continue
            if isinstance(other, int) and other not in found and other != person_id:
                found.append(other)
                todo.append(other)
    return found
