"""Suspected duplicate people and merging two records into one.

Suspicion: the same email address; the same name after folding umlauts, ß, accents, case and
spaces ("Müller" = "Mueller", "Łukasz Żółć" = "Lukasz Zolc"); above all the same name in the
same organisation. A pair marked "kein Duplikat" is not suggested again (noted in the audit log).

Merging moves everything that refers to the merged record to the survivor, in one transaction:
registrations (two for the same event become one with the better status, payments and trip
details kept), certificates, mailing-list and working-group memberships, agenda speaker,
working-group lead, trip room partner. A consent withdrawal is never lost. The merge is in the
audit log of both records, and the survivor's history shows the merged record's history too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..core import audit
from ..core.db import Database
from ..core.entities import (
    AgendaItem,
    AuditEntry,
    Certificate,
    ExternalTraining,
    Invoice,
    MailingListMember,
    MailJournalEntry,
    Organisation,
    Payment,
    Person,
    Registration,
    TripParticipant,
    WorkingGroup,
    WorkingGroupMember,
)
from ..core.errors import CHANGED_ELSEWHERE, ChangedElsewhere, UserError
from ..core.text import fold
from ..core.vocab import (
    ATTENDED,
    DEREGISTERED,
    EXCUSED,
    MODERATOR,
    NO_SALUTATION,
    NO_SHOW,
    ORGANISER,
    PARTICIPANT,
    REGISTERED,
    SPEAKER,
    WAITING,
)
from .persons import (
    EDITABLE_FIELDS,
    ENTITY,
    FIELD_LABELS,
    MERGED,
    MERGED_FROM,
    PersonRow,
    display_name,
    list_persons,
    person_search_key,
)

NOT_A_DUPLICATE = "kein Duplikat"

# Every foreign key to person.id and how a merge treats it; a test compares this with the schema.
PERSON_REFERENCES = {
    ("registration", "person_id"): "moved; two for one event become one",
    ("certificate", "person_id"): "moved",
    ("mailing_list_member", "person_id"): "moved; no double membership",
    ("working_group_member", "person_id"): "moved; two memberships of one group become one",
    ("working_group", "lead_person_id"): "moved",
    ("agenda_item", "speaker_person_id"): "moved",
    ("trip_participant", "room_partner_person_id"): "moved; never one's own partner",
    ("mail_journal", "person_id"): "moved; what was sent stays known, so nothing is sent twice",
    ("external_training", "person_id"): "moved: the trainings the person reported stay theirs",
    ("invoice", "person_id"): "moved with its billing key; the issued document stays as issued",
}

# Better first: the status that says most about what happened.
STATUS_RANK = {ATTENDED: 6, REGISTERED: 5, WAITING: 4, EXCUSED: 3, NO_SHOW: 2, DEREGISTERED: 1}
ROLE_RANK = {SPEAKER: 4, MODERATOR: 3, ORGANISER: 2, PARTICIPANT: 1}
GROUP_ROLE_RANK = {"Leitung": 3, "Mitglied": 2, "Gast": 1}

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})


_NOT_NAME_CHARACTERS = re.compile(r"[^a-z0-9]+")


def _name_part(text: str | None) -> str:
    if text and len(text) > 200:  # not worth keeping
        return _name_part_uncached(text)
    return _name_part_cached(text)


def _name_part_uncached(text: str | None) -> str:
    lowered = (text or "").lower().translate(_UMLAUTS)
    return _NOT_NAME_CHARACTERS.sub("", fold(lowered))


# First and last names repeat; imports and the duplicate search compare thousands of them.
_name_part_cached = lru_cache(maxsize=16384)(_name_part_uncached)


def name_key(first: str | None, last: str | None) -> str:
    """Folded name for comparison: "Müller" and "Mueller", "Ayşe" and "Ayse", case and spaces alike."""
    last_part = _name_part(last)
    if not last_part:
        return ""
    return f"{last_part}|{_name_part(first)}"


@dataclass
class DuplicatePair:
    first: PersonRow
    second: PersonRow
    reasons: list[str] = field(default_factory=list)
    score: int = 0

    @property
    def ids(self) -> tuple[int, int]:
        return (self.first.id, self.second.id)

    @property
    def reason(self) -> str:
        return ", ".join(self.reasons)


MAX_GROUP = 25  # a very common name yields at most this many records to compare


def find_duplicates(db: Database) -> list[DuplicatePair]:
    """Suspected duplicate pairs, the most likely first."""
    rows = [row for row in list_persons(db) if not row.anonymised]
    dismissed = dismissed_pairs(db)
    pairs: dict[tuple[int, int], DuplicatePair] = {}

    def note(group: list[PersonRow], reason_for) -> None:
        for i, a in enumerate(group[:MAX_GROUP]):
            for b in group[i + 1 : MAX_GROUP]:
                key = (min(a.id, b.id), max(a.id, b.id))
                if key in dismissed:
                    continue
                reason, score = reason_for(a, b)
                if not reason:
                    continue
                first, second = (a, b) if a.id < b.id else (b, a)
                pair = pairs.setdefault(key, DuplicatePair(first, second))
                if reason not in pair.reasons:
                    pair.reasons.append(reason)
                    pair.score += score

    by_email: dict[str, list[PersonRow]] = {}
    by_name: dict[str, list[PersonRow]] = {}
    for row in rows:
        if row.email:
            by_email.setdefault(row.email.strip().lower(), []).append(row)
        key = name_key(row.first_name, row.last_name)
        if key:
            by_name.setdefault(key, []).append(row)
    for group in by_email.values():
        if len(group) > 1:
            note(group, lambda a, b: ("gleiche E-Mail-Adresse", 50))
    for group in by_name.values():
        if len(group) > 1:
            note(
                group,
                lambda a, b: (
                    ("gleicher Name, gleiche Organisation", 60)
                    if a.organisation_id is not None and a.organisation_id == b.organisation_id
                    else ("gleicher Name", 20)
                ),
            )
    return sorted(pairs.values(), key=lambda p: (-p.score, p.first.last_name, p.first.first_name, p.ids))


def dismissed_pairs(db: Database) -> set[tuple[int, int]]:
    with db.session() as session:
        entries = session.execute(
            select(AuditEntry.entity_id, AuditEntry.changes).where(
                AuditEntry.entity == ENTITY, AuditEntry.action == NOT_A_DUPLICATE
            )
        ).all()
    result = set()
    for entity_id, changes in entries:
        try:
            other = json.loads(changes or "{}").get(audit.OTHER_PERSON, [None, None])[1]
        except (ValueError, AttributeError):
            continue
        if isinstance(other, int) and entity_id is not None:
            result.add((min(entity_id, other), max(entity_id, other)))
    return result


def dismiss_pair(db: Database, first_id: int, second_id: int) -> None:
    """Remember that two records are different people (not suggested again)."""
    low, high = min(first_id, second_id), max(first_id, second_id)
    with db.writing() as session:
        audit.record(
            session,
            ENTITY,
            low,
            NOT_A_DUPLICATE,
            f"{_who(session, low)} und {_who(session, high)} sind verschiedene Personen",
            {audit.OTHER_PERSON: [None, high]},
        )


def _who(session: Session, person_id: int) -> str:
    """ "Ayşe Yılmaz (Stadt Duisburg)": a person as users tell people apart, never by number."""
    person = session.get(Person, person_id)
    if person is None:
        return "eine gelöschte Person"
    return _name_and_organisation(session, person)


def _name_and_organisation(session: Session, person: Person) -> str:
    name = display_name(person.title, person.first_name, person.last_name)
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    return f"{name} ({organisation.name})" if organisation is not None else name


# --- merging ---------------------------------------------------------------------------------

BOTH = "beide"  # choice for notes: keep both texts


def default_choices(survivor: Person | Any, merged: Person | Any) -> dict[str, Any]:
    """Per field, whose value to keep: the survivor's, unless it is empty and the other's is not.

    Values are the id of the record to take the field from; notes that differ keep both.
    """
    choices: dict[str, Any] = {}
    for name in EDITABLE_FIELDS:
        mine, theirs = getattr(survivor, name), getattr(merged, name)
        empty = mine is None or mine == "" or (name == "salutation" and mine == NO_SALUTATION)
        choices[name] = merged.id if empty and theirs not in (None, "") else survivor.id
    if survivor.notes and merged.notes and survivor.notes != merged.notes:
        choices["notes"] = BOTH

    # Consent travels as one block: the more recent decision of the two.
    def last_decision(p) -> dt.date:
        return max(d for d in (p.consent_date, p.consent_withdrawn_on, dt.date.min) if d is not None)

    source = merged.id if last_decision(merged) > last_decision(survivor) else survivor.id
    for name in ("consent_date", "consent_scope", "consent_source", "consent_withdrawn_on"):
        choices[name] = source
    choices["active"] = survivor.id if survivor.active or not merged.active else merged.id
    return choices


@dataclass
class MergeResult:
    survivor_id: int
    merged_id: int
    moved: dict[str, int]
    changed_fields: list[str]


def merge_persons(
    db: Database,
    survivor_id: int,
    merged_id: int,
    choices: dict[str, Any] | None = None,
    versions: dict[int, int] | None = None,
) -> MergeResult:
    """Merge ``merged_id`` into ``survivor_id`` (which stays) in one transaction.

    ``choices`` maps a field to the id whose value the survivor keeps (``BOTH`` for notes);
    missing fields follow ``default_choices``. ``versions`` (id → version seen by the user)
    guards against merging records someone changed meanwhile.
    """
    if survivor_id == merged_id:
        raise UserError("Eine Person kann nicht mit sich selbst zusammengeführt werden.")
    with db.writing() as session:
        survivor, merged = session.get(Person, survivor_id), session.get(Person, merged_id)
        if survivor is None or merged is None:
            raise UserError("Einer der beiden Datensätze wurde inzwischen gelöscht oder zusammengeführt.")
        if survivor.anonymised_at or merged.anonymised_at:
            raise UserError("Anonymisierte Datensätze werden nicht zusammengeführt.")
        for person in (survivor, merged):
            if versions and person.id in versions and versions[person.id] != person.version:
                raise ChangedElsewhere(CHANGED_ELSEWHERE)
        final_choices = default_choices(survivor, merged)
        final_choices.update(choices or {})
        before = {name: getattr(survivor, name) for name in EDITABLE_FIELDS}
        _apply_choices(survivor, merged, final_choices)
        moved = _move_references(session, survivor_id, merged_id)
        org_name = session.get_one(Organisation, survivor.organisation_id).name if survivor.organisation_id else None
        survivor.search_key = person_search_key(
            survivor.first_name, survivor.last_name, org_name, survivor.function, survivor.email
        )
        changes = {
            FIELD_LABELS[name]: [before[name], getattr(survivor, name)]
            for name in EDITABLE_FIELDS
            if before[name] != getattr(survivor, name)
        }
        if "Organisation" in changes:
            old_org = session.get(Organisation, before["organisation_id"]) if before["organisation_id"] else None
            changes["Organisation"] = [old_org.name if old_org else None, org_name]
        merged_name = _name_and_organisation(session, merged)  # the merged record's own organisation
        survivor_name = _name_and_organisation(session, survivor)
        changes[MERGED_FROM] = [None, merged_id]
        for label, count in moved.items():
            if count:
                changes[f"übernommen: {label}"] = [None, count]
        survivor.updated_at = dt.datetime.now().replace(microsecond=0)
        flag_modified(survivor, "updated_at")  # an UPDATE, so the version goes up
        audit.record(
            session,
            ENTITY,
            merged_id,
            MERGED,
            f"übernommen von {survivor_name}; dieser Datensatz wurde gelöscht",
            {audit.MERGED_INTO: [merged_id, survivor_id]},
        )
        audit.record(
            session, ENTITY, survivor_id, MERGED, f"{merged_name} in diesen Datensatz zusammengeführt", changes
        )
        session.flush()
        session.delete(merged)
        session.flush()
        return MergeResult(survivor_id, merged_id, moved, [k for k in changes if k in FIELD_LABELS.values()])


def _apply_choices(survivor: Person, merged: Person, choices: dict[str, Any]) -> None:
    withdrawals = [d for d in (survivor.consent_withdrawn_on, merged.consent_withdrawn_on) if d]
    for name in EDITABLE_FIELDS:
        choice = choices.get(name, survivor.id)
        if name == "notes" and choice == BOTH:
            texts = [t for t in (survivor.notes, merged.notes) if t]
            survivor.notes = "\n\n".join(dict.fromkeys(texts)) or None
        elif choice == merged.id:
            setattr(survivor, name, getattr(merged, name))
    # A withdrawal of consent is never lost: it stands unless a later consent replaced it.
    if withdrawals:
        latest = max(withdrawals)
        if survivor.consent_date is None or latest >= survivor.consent_date:
            survivor.consent_withdrawn_on = max(latest, survivor.consent_withdrawn_on or latest)
    if survivor.chamber_number and not survivor.chamber:
        survivor.chamber = merged.chamber
    if not survivor.last_name:
        survivor.last_name = merged.last_name


def _changed(session: Session, statement: Executable) -> int:
    """How many rows an UPDATE changed."""
    return cast(CursorResult, session.execute(statement)).rowcount or 0


def _move_references(session: Session, survivor_id: int, merged_id: int) -> dict[str, int]:
    moved = {
        "Anmeldungen": 0,
        "Bescheinigungen": 0,
        "Verteiler": 0,
        "Arbeitsgruppen": 0,
        "Leitung von Arbeitsgruppen": 0,
        "Tagesordnungspunkte": 0,
        "Zimmerpartner": 0,
    }
    session.flush()
    # Registrations: one per event and person.
    mine = {r.event_id: r for r in session.scalars(select(Registration).where(Registration.person_id == survivor_id))}
    theirs = list(session.scalars(select(Registration).where(Registration.person_id == merged_id)))
    for registration in theirs:
        other = mine.get(registration.event_id)
        if other is None:
            continue
        _combine_registrations(session, other, registration, survivor_id)
        moved["Anmeldungen"] += 1
    session.flush()
    result = cast(
        CursorResult,
        session.execute(
            update(Registration)
            .where(Registration.person_id == merged_id)
            .values(person_id=survivor_id, version=Registration.version + 1)
            .execution_options(synchronize_session=False)
        ),
    )
    moved["Anmeldungen"] += result.rowcount or 0
    moved["Bescheinigungen"] = _changed(
        session, update(Certificate).where(Certificate.person_id == merged_id).values(person_id=survivor_id)
    )
    # Mailing lists: a composite key (list, person); no list twice.
    lists_of_survivor = set(
        session.scalars(select(MailingListMember.mailing_list_id).where(MailingListMember.person_id == survivor_id))
    )
    for member in list(session.scalars(select(MailingListMember).where(MailingListMember.person_id == merged_id))):
        if member.mailing_list_id not in lists_of_survivor:
            session.add(
                MailingListMember(
                    mailing_list_id=member.mailing_list_id, person_id=survivor_id, added_at=member.added_at
                )
            )
            moved["Verteiler"] += 1
        session.delete(member)
    session.flush()
    # Working groups: unique (group, person); the stronger role and the longer membership win.
    groups_of_survivor = {
        m.working_group_id: m
        for m in session.scalars(select(WorkingGroupMember).where(WorkingGroupMember.person_id == survivor_id))
    }
    for group_member in list(
        session.scalars(select(WorkingGroupMember).where(WorkingGroupMember.person_id == merged_id))
    ):
        kept = groups_of_survivor.get(group_member.working_group_id)
        if kept is None:
            group_member.person_id = survivor_id
        else:
            if GROUP_ROLE_RANK.get(group_member.role, 0) > GROUP_ROLE_RANK.get(kept.role, 0):
                kept.role = group_member.role
            joined = [d for d in (kept.joined_on, group_member.joined_on) if d]
            kept.joined_on = min(joined) if joined else None
            kept.left_on = (
                None
                if kept.left_on is None or group_member.left_on is None
                else max(kept.left_on, group_member.left_on)
            )
            session.delete(group_member)
        moved["Arbeitsgruppen"] += 1
    session.flush()
    moved["Leitung von Arbeitsgruppen"] = _changed(
        session, update(WorkingGroup).where(WorkingGroup.lead_person_id == merged_id).values(lead_person_id=survivor_id)
    )
    moved["Tagesordnungspunkte"] = _changed(
        session,
        update(AgendaItem).where(AgendaItem.speaker_person_id == merged_id).values(speaker_person_id=survivor_id),
    )
    moved["Zimmerpartner"] = _changed(
        session,
        update(TripParticipant)
        .where(TripParticipant.room_partner_person_id == merged_id)
        .values(room_partner_person_id=survivor_id),
    )
    # Nobody shares a room with themselves.
    own = select(Registration.id).where(Registration.person_id == survivor_id)
    session.execute(
        update(TripParticipant)
        .where(TripParticipant.registration_id.in_(own), TripParticipant.room_partner_person_id == survivor_id)
        .values(room_partner_person_id=None)
    )
    session.execute(
        update(MailJournalEntry).where(MailJournalEntry.person_id == merged_id).values(person_id=survivor_id)
    )
    session.execute(
        update(ExternalTraining).where(ExternalTraining.person_id == merged_id).values(person_id=survivor_id)
    )
    _move_invoices(session, survivor_id, merged_id)
    session.expire_all()
    return moved


def _move_invoices(session: Session, survivor_id: int, merged_id: int) -> None:
    """Invoices to the merged person now belong to the survivor; their billing key follows, so a
    rerun of the trip's billing still knows the person was billed."""
    for invoice in session.scalars(select(Invoice).where(Invoice.person_id == merged_id)):
        invoice.person_id = survivor_id
        old_suffix = f":person:{merged_id}"
        if invoice.billing_key and invoice.billing_key.endswith(old_suffix):
            new_key = invoice.billing_key[: -len(old_suffix)] + f":person:{survivor_id}"
            taken = session.scalar(select(Invoice.id).where(Invoice.billing_key == new_key))
            # Both were billed for the same trip: the survivor's own key stays; this one is kept
            # apart under its old key so the office sees both invoices.
            if taken is None:
                invoice.billing_key = new_key
    session.flush()


def _combine_registrations(session: Session, mine: Registration, theirs: Registration, survivor_id: int) -> None:
    """Two registrations of one person for one event: keep one with the better of everything."""
    keep_theirs = STATUS_RANK.get(theirs.status, 0) > STATUS_RANK.get(mine.status, 0)
    kept, dropped = (theirs, mine) if keep_theirs else (mine, theirs)
    if ROLE_RANK.get(dropped.role, 0) > ROLE_RANK.get(kept.role, 0):
        kept.role = dropped.role
    kept.registered_at = min(kept.registered_at, dropped.registered_at)
    for name in ("attended_minutes", "fee_due", "fee_paid"):
        if getattr(kept, name) is None and getattr(dropped, name) is not None:
            setattr(kept, name, getattr(dropped, name))
    notes = [t for t in (kept.notes, dropped.notes) if t]
    kept.notes = "\n".join(dict.fromkeys(notes)) or None
    session.flush()
    session.execute(update(Payment).where(Payment.registration_id == dropped.id).values(registration_id=kept.id))
    kept_trip = session.get(TripParticipant, kept.id)
    dropped_trip = session.get(TripParticipant, dropped.id)
    if dropped_trip is not None:
        if kept_trip is None:
            session.flush()
            session.execute(
                update(TripParticipant)
                .where(TripParticipant.registration_id == dropped.id)
                .values(registration_id=kept.id)
            )
            session.expunge(dropped_trip)
        else:
            for name in ("room_wish", "room_partner_person_id", "trip_phone", "dietary_needs", "emergency_contact"):
                if getattr(kept_trip, name) is None and getattr(dropped_trip, name) is not None:
                    setattr(kept_trip, name, getattr(dropped_trip, name))
            kept_trip.refunded = kept_trip.refunded or dropped_trip.refunded
            session.delete(dropped_trip)
    session.flush()
    dropped_id = dropped.id
    session.expunge(dropped)
    session.execute(delete(Registration).where(Registration.id == dropped_id))
    if kept.person_id != survivor_id:
        kept.person_id = survivor_id
    session.flush()
