"""``model.importing.bulk.insert_rows`` stores exactly what a Core insert stores (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from model.core.entities import AuditEntry, Person
from model.importing.bulk import insert_rows


def _person(number: int, when: dt.datetime) -> dict:
    return {
        "first_name": f"Ayşe {number}",
        "last_name": "Yılmaz",
        "email": None if number % 2 else f"a{number}@x.de",
        "consent_date": dt.date(2024, 2, 29) if number % 3 == 0 else None,
        "active": number % 4 != 0,
        "search_key": f"ayse {number} | yilmaz",
        "created_at": when,
        "updated_at": when,
    }


def test_insert_rows_stores_what_a_core_insert_stores(db):
    when = dt.datetime(2026, 3, 5, 10, 30, 15, 250)
    with db.writing() as session:
        session.execute(insert(Person.__table__), [_person(n, when) for n in range(4)])  # ids 1-4
        insert_rows(session, Person.__table__, [_person(n, when) for n in range(4)])  # ids 5-8
        insert_rows(
            session,
            AuditEntry.__table__,
            [
                {
                    "at": when,
                    "os_user": "büro",
                    "entity": "person",
                    "entity_id": 1,
                    "action": "importiert",
                    "summary": "=SUMME(A1:A3) <b>",
                    "changes": None,
                }
            ],
        )
    columns = [c for c in Person.__table__.columns if c.name != "id"]
    with db.session() as session:
        rows = session.execute(select(*columns).order_by(Person.id)).all()
        audit = session.scalars(select(AuditEntry)).one()
        # Compared as the database stores them, too (SQLite keeps dates as text).
        stored = session.execute(
            select(
                Person.__table__.c.created_at.cast(Person.__table__.c.title.type), Person.version, Person.salutation
            ).order_by(Person.id)
        ).all()
    assert rows[:4] == rows[4:]
    assert stored[:4] == stored[4:]
    assert rows[0].created_at == when and rows[3].consent_date == dt.date(2024, 2, 29)
    assert [r.active for r in rows[4:]] == [False, True, True, True]
    assert {(r[1], r[2]) for r in stored} == {(1, "ohne")}  # the columns' defaults were filled in
    assert (audit.at, audit.os_user, audit.summary) == (when, "büro", "=SUMME(A1:A3) <b>")


def test_insert_rows_with_nothing_to_insert(db):
    with db.writing() as session:
        insert_rows(session, Person.__table__, [])
    with db.session() as session:
        assert session.scalars(select(Person)).all() == []
