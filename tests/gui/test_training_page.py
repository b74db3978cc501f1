"""The Fortbildung area: accredit an event, issue certificates, credit accounts, register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from gui.training.page import TrainingPage
from model.entities import Accreditation, Certificate, Event, Person, Registration

THIS_YEAR = dt.date.today().year


@pytest.fixture
def seminar(db):
    with db.writing() as s:
        event = Event(kind="Fortbildung", title="Quartiersmanagement & Beteiligung <online>",
                      starts_at=dt.datetime(THIS_YEAR, 2, 5, 10), ends_at=dt.datetime(THIS_YEAR, 2, 5, 13),
                      format="Online", status="durchgeführt")
        people = [Person(salutation="Frau", first_name="Ayşe", last_name="Yılmaz", chamber="AKNW", chamber_number="A-1"),
                  Person(salutation="Herr", first_name="Łukasz", last_name="Żółć", chamber="AKNW")]
        s.add_all([event, *people])
        s.flush()
        for person in people:
            s.add(Registration(event_id=event.id, person_id=person.id, status="teilgenommen", registered_at=dt.datetime(THIS_YEAR, 1, 5)))
        return event.id


def test_accredit_then_issue_certificates_and_see_accounts(qtbot, db, seminar, tmp_path, monkeypatch):
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    assert page.events_model.rowCount() == 0  # not yet accredited

    page._open_accreditation(seminar, "Quartiersmanagement", dt.date(THIS_YEAR, 2, 5))
    dialog = page.dialog
    active, number, points, _field, recognised = dialog.rows["AKNW"]
    active.setChecked(True)
    qtbot.keyClicks(number, "AKNW-42")
    points.setValue(4)
    recognised.setDate(dt.date(THIS_YEAR, 1, 10))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        assert s.scalar(select(Accreditation.credit_points)) == Decimal(4)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    assert page.events_model.rowCount() == 1
    assert page.events_model.index(0, 5).data() == "2"

    page.events_view.selectRow(0)
    page.create_certificates()
    batch = page.dialog
    batch.folder.setText(str(tmp_path / "out"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    batch.start()
    qtbot.waitUntil(lambda: batch.result_data is not None, timeout=10000)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3  # two people + merged
    with db.session() as s:
        assert len(s.scalars(select(Certificate)).all()) == 2

    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    accounts = {page.accounts_model.index(r, 0).data(): page.accounts_model.index(r, 4).data()
                for r in range(page.accounts_model.rowCount())}
    assert accounts == {"Ayşe Yılmaz": "4", "Łukasz Żółć": "4"}


def test_revoke_from_the_register(qtbot, db, seminar, monkeypatch):
    from model.certificates import issue_for_event
    from model.training import AccreditationData, save_accreditations

    save_accreditations(db, seminar, [AccreditationData("AKNW", "A-9", Decimal(3), "Stadtplanung", dt.date(THIS_YEAR, 1, 1))])
    issue_for_event(db, seminar)
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    page.tabs.setCurrentIndex(2)
    assert page.register_model.rowCount() == 2
    page.register_view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Tippfehler im Namen", True))
    page.revoke_selected()
    with db.session() as s:
        assert s.scalar(select(Certificate.revoke_reason).where(Certificate.revoked_at.is_not(None))) == "Tippfehler im Namen"
    qtbot.waitUntil(lambda: "widerrufen" in {page.register_model.index(r, 6).data() for r in range(2)})


def test_credit_account_of_the_selected_person_lists_its_events(qtbot, db, seminar):
    from model.training import AccreditationData, save_accreditations

    save_accreditations(db, seminar, [AccreditationData("AKNW", "A-9", Decimal(3), "Stadtplanung", dt.date(THIS_YEAR, 1, 1))])
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    page.tabs.setCurrentIndex(1)
    assert page.account_entries.rowCount() == 0 and "Person wählen" in page.account_summary.text()
    row = next(i for i, c in enumerate(page.accounts_model.rows()) if c.name == "Ayşe Yılmaz")
    page.accounts_view.selectRow(row)
    assert page.account_entries.rowCount() == 1
    assert page.account_entries.index(0, 1).data() == "Quartiersmanagement & Beteiligung <online>"
    assert page.account_entries.index(0, 4).data() == "A-9"
    assert page.account_entries.index(0, 5).data() == "3"
    assert page.account_summary.text() == (
        f"Ayşe Yılmaz im Jahr {THIS_YEAR}: 3 Fortbildungspunkte angerechnet, Jahresanforderung 16, es fehlen noch 13.")
    page.accounts_year.setCurrentIndex(page.accounts_year.findData(THIS_YEAR - 1))  # reloads: nothing selected
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.account_entries.rowCount() == 0
