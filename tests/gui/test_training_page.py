"""The Fortbildung area: accredit an event, issue certificates, credit accounts, register."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from gui.training.page import TrainingPage
from model.core.entities import Accreditation, Certificate, Event, Person, Registration

THIS_YEAR = dt.date.today().year


@pytest.fixture
def seminar(db):
    with db.writing() as s:
        event = Event(
            kind="Fortbildung",
            title="Quartiersmanagement & Beteiligung <online>",
            starts_at=dt.datetime(THIS_YEAR, 2, 5, 10),
            ends_at=dt.datetime(THIS_YEAR, 2, 5, 13),
            format="Online",
            status="durchgeführt",
        )
        people = [
            Person(salutation="Frau", first_name="Ayşe", last_name="Yılmaz", chamber="AKNW", chamber_number="A-1"),
            Person(salutation="Herr", first_name="Łukasz", last_name="Żółć", chamber="AKNW"),
        ]
        s.add_all([event, *people])
        s.flush()
        for person in people:
            s.add(
                Registration(
                    event_id=event.id,
                    person_id=person.id,
                    status="teilgenommen",
                    registered_at=dt.datetime(THIS_YEAR, 1, 5),
                )
            )
        return event.id


def test_accredit_then_issue_certificates_and_see_accounts(qtbot, db, seminar, tmp_path, monkeypatch):
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    assert page.events_model.rowCount() == 0  # not yet accredited

    page._open_accreditation(seminar, "Quartiersmanagement", dt.date(THIS_YEAR, 2, 5))
    dialog = page.dialog
    active, number, points, _field, recognised, state, _late = dialog.rows["AKNW"]
    assert state.currentData() == "anerkannt"
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
    accounts = {
        page.accounts_model.index(r, 0).data(): page.accounts_model.index(r, 4).data()
        for r in range(page.accounts_model.rowCount())
    }
    assert accounts == {"Ayşe Yılmaz": "4", "Łukasz Żółć": "4"}


def test_revoke_from_the_register(qtbot, db, seminar, monkeypatch):
    from model.training.certificates import issue_for_event
    from model.training.training import AccreditationData, save_accreditations

    save_accreditations(
        db, seminar, [AccreditationData("AKNW", "A-9", Decimal(3), "Stadtplanung", dt.date(THIS_YEAR, 1, 1))]
    )
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
        assert (
            s.scalar(select(Certificate.revoke_reason).where(Certificate.revoked_at.is_not(None)))
            == "Tippfehler im Namen"
        )
    qtbot.waitUntil(lambda: "widerrufen" in {page.register_model.index(r, 6).data() for r in range(2)})


def test_credit_account_of_the_selected_person_lists_its_events(qtbot, db, seminar):
    from model.training.training import AccreditationData, save_accreditations

    save_accreditations(
        db, seminar, [AccreditationData("AKNW", "A-9", Decimal(3), "Stadtplanung", dt.date(THIS_YEAR, 1, 1))]
    )
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
        f"Ayşe Yılmaz im Jahr {THIS_YEAR}: 3 Fortbildungspunkte angerechnet, Jahresanforderung 16, es fehlen noch 13."
    )
    page.accounts_year.setCurrentIndex(page.accounts_year.findData(THIS_YEAR - 1))  # reloads: nothing selected
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.account_entries.rowCount() == 0


def test_check_code_search_and_year_end_statements(qtbot, db, seminar, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from model.training.certificates import issue_for_event
    from model.training.training import AccreditationData, save_accreditations

    save_accreditations(
        db, seminar, [AccreditationData("AKNW", "A-9", Decimal(3), "Stadtplanung", dt.date(THIS_YEAR, 1, 1))]
    )
    code = issue_for_event(db, seminar)[0].snapshot["check_code"]
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.check_code, code.lower())
    qtbot.keyClick(page.check_code, Qt.Key.Key_Return)
    assert page.check_result.text().startswith("gültig: ")
    page.check_code.clear()
    qtbot.keyClicks(page.check_code, "ZZZZ-ZZZZ-ZZZZ")
    qtbot.keyClick(page.check_code, Qt.Key.Key_Return)
    assert page.check_result.text().startswith("unbekannt")

    page.tabs.setCurrentIndex(1)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "nachweise"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    page.all_statements_button.click()
    batch = page.dialog
    [browse] = [b for b in batch.findChildren(QPushButton) if b.text() == "Ordner…"]
    browse.click()
    batch.create_button.click()
    qtbot.waitUntil(lambda: batch.result_data is not None, timeout=15000)
    assert "2 Fortbildungsnachweise" in batch.message
    assert len(list((tmp_path / "nachweise").glob("*.pdf"))) == 3  # two people + the combined PDF


def test_external_training_is_recorded_from_the_account(qtbot, db, seminar, type_text):
    from model.training.credits import credit_account

    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    page.tabs.setCurrentIndex(1)
    with db.writing() as s:
        from model.core.entities import Person

        person = s.scalars(select(Person).order_by(Person.id)).first()
        person.chamber = "AKNW"
        person_id, name = person.id, f"{person.first_name} {person.last_name}"
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    row = next(r for r in range(page.accounts_model.rowCount()) if page.accounts_model.index(r, 0).data() == name)
    page.accounts_view.selectRow(row)
    page.external_button.click()
    dialog = page.dialog
    type_text(dialog.provider, "Akademie <Ruhr> & Co.")
    type_text(dialog.title, "Brandschutz im Bestand")
    dialog.points.setValue(3)
    dialog.proof_seen.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    account = credit_account(db, person_id, THIS_YEAR)
    assert [(e.provider, e.points, e.proof_seen) for e in account.external] == [("Akademie <Ruhr> & Co.", 3, True)]

    def account_shows_the_training() -> bool:  # the page reloads in the background after the save
        if page.is_loading():
            return False
        rows = [r for r in range(page.accounts_model.rowCount()) if page.accounts_model.index(r, 0).data() == name]
        page.accounts_view.selectRow(rows[0])
        return "3 Fortbildungspunkte angerechnet" in page.account_summary.text()

    qtbot.waitUntil(account_shows_the_training)


def test_unrecognised_event_needs_the_explicit_choice_without_points(qtbot, db, seminar, tmp_path, monkeypatch):
    from model.training.training import AccreditationData, save_accreditations

    save_accreditations(db, seminar, [AccreditationData("AKNW", None, Decimal(3), "Stadtplanung", None)])  # beantragt
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())  # the lists are gathered in the background
    page.events_view.selectRow(0)
    page.create_certificates()
    batch = page.dialog
    batch.folder.setText(str(tmp_path / "out"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    batch.start()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "keiner Kammer vor Beginn anerkannt" in warnings[0]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 0
    qtbot.waitUntil(lambda: batch.create_button.isEnabled(), timeout=10000)
    batch.without_points.setChecked(True)
    batch.start()
    qtbot.waitUntil(lambda: batch.result_data is not None, timeout=10000)
    assert all(c.snapshot["credits"] == [] for c in batch.result_data.issued)


def test_accreditation_by_a_chamber_of_another_land(qtbot, db, seminar):
    from model.training.training import event_accreditations

    page = TrainingPage(db)
    qtbot.addWidget(page)
    page._open_accreditation(seminar, "Quartiersmanagement", dt.date(THIS_YEAR, 2, 5))
    dialog = page.dialog
    dialog.other_chamber.setCurrentIndex(dialog.other_chamber.findData("ByAK"))
    dialog.add_chamber_button.click()
    _active, number, points, _field, recognised, _state, _late = dialog.rows["ByAK"]
    qtbot.keyClicks(number, "ByAK-77")
    points.setValue(3)
    recognised.setDate(dt.date(THIS_YEAR, 1, 10))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(a.chamber, a.recognition_number, a.state) for a in event_accreditations(db, seminar)] == [
        ("ByAK", "ByAK-77", "anerkannt")
    ]
