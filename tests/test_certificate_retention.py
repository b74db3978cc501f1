"""Certificate snapshots are kept in full for the retention period from the office profile
(default 6 years) and then reduced to number, date and event."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from model.core.entities import Certificate, OfficeProfile, Person
from model.core.errors import UserError
from model.settings.office import load_profile
from model.training.retention import reduce_expired_certificates


def _certificate(session, person_id: int, number: str, issued: dt.datetime) -> None:
    snapshot = {
        "number": number,
        "person": {"first_name": "Ayşe", "last_name": "Yılmaz", "chamber_number": "A-4711"},
        "event": {"title": "Klimaanpassung im Quartier", "start": "2019-03-05T09:30:00"},
    }
    session.add(
        Certificate(
            number=number,
            year=issued.year,
            sequence=int(number[-4:]),
            kind="Teilnahmebescheinigung",
            person_id=person_id,
            snapshot=json.dumps(snapshot, ensure_ascii=False),
            issued_at=issued,
        )
    )


def test_expired_snapshots_are_reduced_to_number_date_and_event(db):
    assert load_profile(db).certificate_retention_years == 6
    with db.writing() as s:
        person = Person(first_name="Ayşe", last_name="Yılmaz")
        s.add(person)
        s.flush()
        _certificate(s, person.id, "NWS-2019-0001", dt.datetime(2019, 3, 5, 12))
        _certificate(s, person.id, "NWS-2024-0002", dt.datetime(2024, 3, 5, 12))
    assert reduce_expired_certificates(db, today=dt.date(2026, 3, 6)) == 1
    assert reduce_expired_certificates(db, today=dt.date(2026, 3, 6)) == 0  # once only
    with db.session() as s:
        old, recent = s.scalars(select(Certificate).order_by(Certificate.number)).all()
        assert "Yılmaz" not in old.snapshot and "A-4711" not in old.snapshot
        kept = json.loads(old.snapshot)
        assert kept["number"] == "NWS-2019-0001" and kept["event"]["title"] == "Klimaanpassung im Quartier"
        assert kept["issued_at"].startswith("2019-03-05")
        assert old.reduced_at is not None
        assert "Yılmaz" in recent.snapshot and recent.reduced_at is None


def test_the_period_comes_from_the_office_profile(db):
    with db.writing() as s:
        s.get(OfficeProfile, 1).certificate_retention_years = 1
        person = Person(first_name="Łukasz", last_name="Żółć")
        s.add(person)
        s.flush()
        _certificate(s, person.id, "NWS-2024-0001", dt.datetime(2024, 3, 5, 12))
    assert reduce_expired_certificates(db, today=dt.date(2026, 1, 1)) == 1


def test_a_reduced_certificate_is_not_reprinted(db):
    from model.training.certificates import _issued

    with db.writing() as s:
        person = Person(first_name="Ayşe", last_name="Yılmaz")
        s.add(person)
        s.flush()
        _certificate(s, person.id, "NWS-2019-0001", dt.datetime(2019, 3, 5, 12))
    reduce_expired_certificates(db, today=dt.date(2026, 3, 6))
    with db.session() as s:
        certificate = s.scalars(select(Certificate)).one()
        with pytest.raises(UserError, match="Aufbewahrungsfrist"):
            _issued(certificate, reprint=True)
