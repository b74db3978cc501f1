"""Every commit reports the kinds of data it changed (model.core.changes); a rollback reports none."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, update

from model.core.changes import EVENTS, ORGANISATIONS, PERSONS, kinds_of
from model.core.entities import Organisation, Person


@pytest.fixture
def reports(db) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    db.on_change(seen.append)
    return seen


def test_an_orm_write_reports_its_kinds_once_per_commit(db, reports):
    with db.writing() as session:
        organisation = Organisation(name="Stadt Herne", kind="Kommune")
        session.add(organisation)
        session.flush()
        session.add(Person(salutation="Frau", first_name="Ayşe", last_name="Yılmaz", organisation_id=organisation.id))
    assert reports == [frozenset({ORGANISATIONS, PERSONS})]


def test_bulk_statements_are_reported(db, reports):
    with db.writing() as session:
        session.execute(insert(Person), [{"salutation": "ohne", "first_name": "A", "last_name": "B", "active": True}])
    with db.writing() as session:
        session.execute(update(Person).values(notes="x"))
    assert reports == [frozenset({PERSONS}), frozenset({PERSONS})]


def test_a_rolled_back_write_reports_nothing(db, reports):
    with pytest.raises(RuntimeError), db.writing() as session:
        session.add(Person(salutation="ohne", first_name="A", last_name="B"))
        session.flush()
        raise RuntimeError("bad input")
    with db.session() as session:  # reading only
        session.get(Person, 1)
    assert reports == []


def test_unknown_tables_report_their_own_name_and_the_audit_log_none():
    assert kinds_of({"event", "agenda_item", "audit_entry"}) == {EVENTS}
    assert kinds_of({"invoice"}) == {"invoice"}
