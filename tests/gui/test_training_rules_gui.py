"""Fortbildung rules as the GUI shows them: buttons off before the model would refuse, the
chamber list in the filters, the year-end statements with Outlook drafts."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from events_fixtures import build_scene
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import select

from gui.events.event_dialog import TAB_ATTENDANCE, EventDialog
from gui.training.page import TrainingPage
from model.core.entities import Event, Person, Registration
from model.events.participants import register_people
from model.training.training import AccreditationData, save_accreditations

THIS_YEAR = dt.date.today().year


@pytest.fixture
def scene(db):
    return build_scene(db, capacity=None)


def _move(db, event_id, starts_at: dt.datetime, hours: int = 3) -> None:
    with db.writing() as s:
        event = s.get(Event, event_id)
        event.starts_at, event.ends_at = starts_at, starts_at + dt.timedelta(hours=hours)


def test_attendance_buttons_are_off_before_the_start_and_say_why(qtbot, db, scene):
    now = dt.datetime.now().replace(second=0, microsecond=0)
    _move(db, scene.event_id, now + dt.timedelta(weeks=5))
    register_people(db, scene.event_id, scene.people[:2], now=now - dt.timedelta(days=1))
    dialog = EventDialog(db, scene.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    buttons = (tab.all_present_button, tab.walk_in_button, tab.import_button, tab.online_button)
    for button in buttons:
        assert not button.isEnabled()
        assert "beginnt erst am" in button.toolTip() and "ab Beginn" in button.toolTip()
    QTest.mouseClick(tab.walk_in_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(tab.all_present_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    with db.session() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.event_id == scene.event_id))) == {
            "angemeldet"
        }
    dialog.close()

    _move(db, scene.event_id, now - dt.timedelta(hours=1))  # the meeting has begun
    dialog = EventDialog(db, scene.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    assert all(
        button.isEnabled()
        for button in (tab.all_present_button, tab.walk_in_button, tab.import_button, tab.online_button)
    )
    assert "beginnt" not in tab.walk_in_button.toolTip()
    QTest.mouseClick(tab.all_present_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.event_id == scene.event_id))) == {
            "teilgenommen"
        }


def test_certificate_button_is_off_until_the_event_has_ended(qtbot, db, scene, monkeypatch):
    now = dt.datetime.now().replace(second=0, microsecond=0)
    _move(db, scene.event_id, now - dt.timedelta(hours=1))  # running: ends in two hours
    register_people(db, scene.event_id, scene.people[:1], now=now - dt.timedelta(days=1))
    save_accreditations(
        db,
        scene.event_id,
        [AccreditationData("AKNW", "A-1", Decimal(3), "Stadtplanung", (now - dt.timedelta(days=30)).date())],
    )
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading() and page.events_model.rowCount() == 1)
    page.events_view.selectRow(0)
    assert not page.create_button.isEnabled()
    assert "endet erst am" in page.create_button.toolTip()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    page.events_view.doubleClicked.emit(page.events_model.index(0, 1))  # the double click asks the same rule
    assert page.dialog is None and shown and "endet erst am" in shown[0]

    _move(db, scene.event_id, now - dt.timedelta(hours=5))  # over
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading() and page.events_model.rows()[0].ends_at < now)
    page.events_view.selectRow(0)
    assert page.create_button.isEnabled() and "endet" not in page.create_button.toolTip()
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.windowTitle() == "Bescheinigungen erstellen"
    page.dialog.close()


def test_people_filter_offers_every_chamber_of_the_list(qtbot, db):
    from member_data import build_network

    from gui.members.persons_page import PeoplePage
    from model.settings.chambers import ChamberData, save_chamber

    build_network(db)
    save_chamber(db, ChamberData("AK Lummerland", "Architektenkammer Lummerland", "Lummerland"))
    with db.writing() as s:
        ayse = s.scalar(select(Person).where(Person.last_name == "Yılmaz"))
        ayse.chamber = "AK Lummerland"
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    codes = [page.chamber.itemData(i) for i in range(page.chamber.count())]
    assert codes[:4] == [None, "—", "AKNW", "IK-Bau NRW"]  # all, none, then the usual chambers first
    assert {"AK Lummerland", "ByAK", "AK Thüringen", "IngKH"} <= set(codes) and len(
        codes
    ) == 2 + 31 + 1  # the seeded chambers and Lummerland
    page.chamber.setCurrentIndex(page.chamber.findData("AK Lummerland"))
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Yılmaz, Ayşe"]

    # A chamber added meanwhile (Einstellungen) appears without restarting; the choice stays.
    save_chamber(db, ChamberData("AK Kummerland", "Architektenkammer Kummerland", "Kummerland"))
    qtbot.waitUntil(lambda: page.chamber.findData("AK Kummerland") > 0)
    assert page.chamber.currentData() == "AK Lummerland" and page.model.rowCount() == 1


@pytest.fixture
def statement_year(db):
    """Three people with credited attendance this year; two have an e-mail address."""
    from model.training.certificates import issue_for_event

    year = THIS_YEAR - 1  # a whole year that has ended
    with db.writing() as s:
        event = Event(
            kind="Fortbildung",
            title="Quartiersmanagement & Beteiligung <online>",
            starts_at=dt.datetime(year, 2, 5, 10),
            ends_at=dt.datetime(year, 2, 5, 13),
            format="Online",
            status="durchgeführt",
        )
        people = [
            Person(
                salutation="Frau",
                first_name="Ayşe",
                last_name="Yılmaz",
                chamber="AKNW",
                email="a.yilmaz@gelsenkirchen.example",
            ),
            Person(
                salutation="Herr", first_name="Łukasz", last_name="Żółć", chamber="AKNW", email="l.zolc@example.org"
            ),
            Person(salutation="ohne", first_name="Kim", last_name="Ohne-Post", chamber="AKNW"),
        ]
        s.add_all([event, *people])
        s.flush()
        for person in people:
            s.add(
                Registration(
                    event_id=event.id, person_id=person.id, status="teilgenommen", registered_at=dt.datetime(year, 1, 5)
                )
            )
        event_id = event.id
    save_accreditations(
        db, event_id, [AccreditationData("AKNW", "A-9", Decimal(3), "Stadtplanung", dt.date(year, 1, 1))]
    )
    issue_for_event(db, event_id)
    return year


def _open_statements(qtbot, db, year):
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading())
    page.tabs.setCurrentIndex(1)
    page.accounts_year.setCurrentIndex(page.accounts_year.findData(year))
    qtbot.waitUntil(lambda: not page.is_loading())
    QTest.mouseClick(page.all_statements_button, Qt.MouseButton.LeftButton)
    return page, page.dialog


def test_year_end_statements_with_outlook_drafts_by_clicks(qtbot, db, statement_year, tmp_path, monkeypatch):
    from email import policy
    from email.parser import BytesParser

    from model.core.entities import Certificate

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    _page, batch = _open_statements(qtbot, db, statement_year)
    assert batch.windowTitle() == f"Fortbildungsnachweise {statement_year}"
    out = tmp_path / "Jahresende"
    batch.folder.clear()
    qtbot.keyClicks(batch.folder, str(out))
    QTest.mouseClick(batch.drafts, Qt.MouseButton.LeftButton)
    assert batch.drafts.isChecked()
    QTest.mouseClick(batch.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.result_data is not None, timeout=20000)
    assert shown and "3 Fortbildungsnachweise (3 neu, 0 nachgedruckt)." in shown[0]
    assert (
        "2 E-Mail-Entwürfe geschrieben." in shown[0]
        and "Keine E-Mail an: Kim Ohne-Post (keine E-Mail-Adresse)" in shown[0]
    )
    stem = f"Żółć_Łukasz_Fortbildungsnachweis_{statement_year}"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [
            "Alle_Fortbildungsnachweise.pdf",
            f"Ohne-Post_Kim_Fortbildungsnachweis_{statement_year}.pdf",
            f"Yılmaz_Ayşe_Fortbildungsnachweis_{statement_year}.pdf",
            f"Yılmaz_Ayşe_Fortbildungsnachweis_{statement_year}.eml",
            f"{stem}.pdf",
            f"{stem}.eml",
        ]
    )
    draft = BytesParser(policy=policy.default).parsebytes((out / f"{stem}.eml").read_bytes())
    assert draft["X-Unsent"] == "1"
    assert draft["Subject"] == f"Fortbildungsnachweis {statement_year}"  # the default template, German
    assert draft["To"].addresses[0].display_name == "Łukasz Żółć"
    body = draft.get_body(("plain",)).get_content()
    assert body.startswith("Sehr geehrter Herr Żółć,")
    assert f"Ihren Fortbildungsnachweis für das Jahr {statement_year}" in body
    [attachment] = list(draft.iter_attachments())
    assert attachment.get_filename() == f"{stem}.pdf" and attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == (out / f"{stem}.pdf").read_bytes()
    with db.session() as s:  # each statement in the register, like a single one
        assert len(list(s.scalars(select(Certificate).where(Certificate.kind == "Fortbildungsnachweis")))) == 3


def test_year_end_statements_can_be_cancelled(qtbot, db, statement_year, tmp_path, monkeypatch):
    """Abbrechen in the progress dialog: the statements finished so far stay, the rest take no number."""
    import reports.statement_batch as batch_module
    from model.core.entities import Certificate

    original = batch_module.issue_credit_statement
    calls, go_on = [], threading.Event()

    def first_then_wait(*args, **kwargs):  # holds the run after the first statement
        issued = original(*args, **kwargs)
        calls.append(issued)
        go_on.wait(20)
        return issued

    monkeypatch.setattr(batch_module, "issue_credit_statement", first_then_wait)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    _page, batch = _open_statements(qtbot, db, statement_year)
    batch.folder.setText(str(tmp_path / "abgebrochen"))
    QTest.mouseClick(batch.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=20000)
    progress = batch.findChild(QProgressDialog)
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Abbrechen"]
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: batch.create_button.isEnabled(), timeout=20000)
    assert batch.result_data is None and len(calls) == 1
    with db.session() as s:
        assert len(list(s.scalars(select(Certificate).where(Certificate.kind == "Fortbildungsnachweis")))) == 1
    assert [p.suffix for p in (tmp_path / "abgebrochen").iterdir()] == [".pdf"]


@pytest.fixture
def smtp(db):
    from mail_fixtures import configure, start_server

    controller, mailbox = start_server()
    configure(db, controller.port)
    yield mailbox
    controller.stop()


def test_statements_are_sent_over_smtp_once(qtbot, db, statement_year, tmp_path, monkeypatch, smtp):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page, batch = _open_statements(qtbot, db, statement_year)
    for run in (1, 2):
        if run == 2:  # the same page, the year-end run once more
            batch.close()
            QTest.mouseClick(page.all_statements_button, Qt.MouseButton.LeftButton)
            batch = page.dialog
        batch.folder.setText(str(tmp_path / f"lauf{run}"))
        QTest.mouseClick(batch.drafts, Qt.MouseButton.LeftButton)
        QTest.mouseClick(batch.send_mail, Qt.MouseButton.LeftButton)
        assert batch.send_mail.isChecked() and not batch.drafts.isChecked()  # one or the other
        QTest.mouseClick(batch.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda batch=batch: batch.result_data is not None, timeout=20000)
    first, second = shown
    assert "Per E-Mail: 2 gesendet, 0 übersprungen (bereits gesendet), 0 fehlgeschlagen." in first
    assert "Keine E-Mail an: Kim Ohne-Post (keine E-Mail-Adresse)" in first
    assert "Per E-Mail: 0 gesendet, 2 übersprungen (bereits gesendet), 0 fehlgeschlagen." in second  # reprints
    messages = smtp.messages()
    assert len(messages) == 2
    by_name = {m["To"].addresses[0].display_name: m for m in messages}
    zolc = by_name["Łukasz Żółć"]
    assert zolc["Subject"] == f"Fortbildungsnachweis {statement_year}" and "X-Unsent" not in zolc
    assert zolc["From"].addresses[0].addr_spec == "geschaeftsstelle@netzwerk.example"
    [attachment] = list(zolc.iter_attachments())
    assert attachment.get_filename() == f"Żółć_Łukasz_Fortbildungsnachweis_{statement_year}.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    from model.mail.journal import journal

    rows = journal(db, None, "Jahresnachweis")
    assert sorted((r.name, r.status) for r in rows) == [("Ayşe Yılmaz", "gesendet"), ("Łukasz Żółć", "gesendet")]


def test_certificates_are_sent_over_smtp_with_the_template(qtbot, db, statement_year, tmp_path, monkeypatch, smtp):
    from model.mail.templates import CERTIFICATE, save_template

    save_template(db, CERTIFICATE, "Bescheinigung: {titel}", "{anrede},\n\nanbei für »{titel}« am {datum}.\n")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page = TrainingPage(db)
    qtbot.addWidget(page)
    page.show()
    page.events_year.setCurrentIndex(page.events_year.findData(statement_year))
    qtbot.waitUntil(lambda: not page.is_loading() and page.events_model.rowCount() == 1)
    page.events_view.selectRow(0)
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    batch = page.dialog
    batch.folder.setText(str(tmp_path / "bescheinigungen"))
    QTest.mouseClick(batch.send_mail, Qt.MouseButton.LeftButton)
    QTest.mouseClick(batch.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.result_data is not None, timeout=20000)
    assert "Per E-Mail: 2 gesendet, 0 übersprungen (bereits gesendet), 0 fehlgeschlagen." in shown[0]
    messages = {m["To"].addresses[0].display_name: m for m in smtp.messages()}
    assert set(messages) == {"Ayşe Yılmaz", "Łukasz Żółć"}
    ayse = messages["Ayşe Yılmaz"]
    assert ayse["Subject"] == "Bescheinigung: Quartiersmanagement & Beteiligung <online>"
    body = ayse.get_body(("plain",)).get_content()
    assert body.startswith("Sehr geehrte Frau Yılmaz,")
    assert (
        "anbei für »Quartiersmanagement & Beteiligung <online>« am " in body and f"5. Februar {statement_year}" in body
    )
    [attachment] = list(ayse.iter_attachments())
    assert attachment.get_filename().startswith("Yılmaz_Ayşe") and attachment.get_content().startswith(b"%PDF")
