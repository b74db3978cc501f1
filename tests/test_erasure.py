"""Anonymising erases: no identifying byte of the person stays in the database file, its
write-ahead log or shared memory — not in the audit log either, where only the fact, the
user and the time remain."""

from __future__ import annotations

import datetime as dt

from events_fixtures import build_scene
from sqlalchemy import select

from model.core.entities import AuditEntry
from model.events.participants import register_people
from model.members.duplicates import merge_persons
from model.members.persons import PersonData, load_person, save_person
from model.services.privacy import ANONYMISED_ACTION, anonymise_person

NAME, SURNAME = "Xaverine", "Quasthoff-Übelacker"
EMAIL, OLD_EMAIL, DUPLICATE_EMAIL = "xaverine.q@herne.example", "xq-alt@bochum.example", "x.quasthoff@privat.example"
PHONE, STREET = "+49 2323 987654", "Wanne-Eickeler Straße 77"
TRACES = [NAME, SURNAME, EMAIL, OLD_EMAIL, DUPLICATE_EMAIL, PHONE, STREET]


def _raw_files(db_path):
    return {
        suffix: db_path.with_name(db_path.name + suffix).read_bytes()
        for suffix in ("", "-wal", "-shm")
        if db_path.with_name(db_path.name + suffix).exists()
    }


def test_no_identifying_bytes_remain_after_anonymising(sqlite_db, db_path):
    db = sqlite_db
    scene = build_scene(db, capacity=None)
    person = save_person(
        db,
        PersonData(
            first_name=NAME,
            last_name=SURNAME,
            email=OLD_EMAIL,
            phone=PHONE,
            street=STREET,
            city="Herne",
            notes="ruft nur vormittags an",
        ),
    )
    changed = load_person(db, person.id)
    changed.email = EMAIL
    save_person(db, changed)
    duplicate = save_person(db, PersonData(first_name=NAME, last_name=SURNAME, email=DUPLICATE_EMAIL))
    merge_persons(db, person.id, duplicate.id)
    register_people(db, scene.event_id, [person.id], now=dt.datetime(2027, 1, 10))
    raw = b"".join(_raw_files(db_path).values())
    assert SURNAME.encode() in raw and DUPLICATE_EMAIL.encode() in raw  # the test can fail

    anonymise_person(db, person.id)

    for suffix, content in _raw_files(db_path).items():
        for trace in TRACES:
            assert trace.encode() not in content, f"{trace!r} still in {db_path.name}{suffix}"
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == ANONYMISED_ACTION)).all()
        assert len(entries) == 1 and entries[0].os_user and entries[0].at
        assert len(s.scalars(select(AuditEntry)).all()) > 5  # the history is kept, without names


def test_entries_about_other_people_stay(sqlite_db):
    db = sqlite_db
    scene = build_scene(db, capacity=None)
    register_people(db, scene.event_id, scene.people[:2], now=dt.datetime(2027, 1, 10))
    person = save_person(db, PersonData(first_name=NAME, last_name=SURNAME))
    with db.session() as s:
        before = {e.id: e.summary for e in s.scalars(select(AuditEntry))}
    anonymise_person(db, person.id)
    with db.session() as s:
        after = {e.id: e.summary for e in s.scalars(select(AuditEntry))}
    changed = [entry for entry, summary in before.items() if after[entry] != summary]
    assert len(changed) == 1  # only the entry that created the person
