"""Einstellungen › E-Mail and the invitation dialog, driven as the office uses them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gui_fixtures import fake_user  # noqa: F401 - fixture
from mail_fixtures import configure, mail_scene, start_server
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.events.invitation_dialog import InvitationDialog
from gui.settings_dialog import SettingsDialog
from model.mail.journal import journal
from model.mail.settings import load_mail_settings
from model.mail.templates import INVITATION, load_template


def _screenshot(widget, tmp_path: Path, name: str) -> Path:
    """Saved under tmp_path, or NETZWERKSTATT_SCREENSHOTS when set (to look at them)."""
    folder = Path(os.environ.get("NETZWERKSTATT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    widget.resize(1280, 800)
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def test_template_editor_previews_on_a_real_person_and_refuses_unknown_placeholders(
    qtbot, sqlite_db, tmp_path, type_text, fake_user
):
    event_id, _ = mail_scene(sqlite_db)
    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.mail_tab)
    tab = dialog.mail_tab
    tab.preview_person.setCurrentIndex(tab.preview_person.findText("Prof. Dr. Elif Öztürk-Schäfer"))
    tab.preview_event.setCurrentIndex(tab.preview_event.findData(event_id))
    qtbot.waitUntil(lambda: tab.preview_body.toPlainText().startswith("Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer,"))
    assert "Rathaus Essen" in tab.preview_body.toPlainText()
    _screenshot(dialog, tmp_path, "einstellungen-email.png")

    tab.body.moveCursor(tab.body.textCursor().MoveOperation.End)
    type_text(tab.body, "\nIhr {vornahme}")
    qtbot.waitUntil(lambda: "{vornahme}" in tab.problem.text())
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "Unbekannter Platzhalter {vornahme}" in fake_user.last
    assert dialog.result() != dialog.DialogCode.Accepted
    assert load_template(sqlite_db, INVITATION).body.endswith("{geschaeftsstelle}\n")

    tab.body.undo()
    tab.subject.selectAll()
    type_text(tab.subject, "Herzliche Einladung: {titel}")
    type_text(tab.host, "smtp.essen.example")
    type_text(tab.sender_edit, "netzwerk@essen.example")
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_template(sqlite_db, INVITATION).subject == "Herzliche Einladung: {titel}"
    assert load_mail_settings(sqlite_db).host == "smtp.essen.example"


@pytest.fixture
def smtp():
    controller, mailbox = start_server()
    yield controller, mailbox
    controller.stop()


def test_invitation_dialog_names_who_is_left_out_sends_and_shows_the_journal(
    qtbot, sqlite_db, tmp_path, fake_user, smtp
):
    controller, mailbox = smtp
    event_id, _ = mail_scene(sqlite_db)
    configure(sqlite_db, controller.port)
    dialog = InvitationDialog(sqlite_db, event_id, "Netzwerktreffen März 2027")
    qtbot.addWidget(dialog)
    assert dialog.by_list.isChecked() and dialog.by_smtp.isChecked()
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.counts.text() == "4 Empfänger, 3 ausgelassen"
    left_out = [dialog.left_out.item(i).text() for i in range(dialog.left_out.count())]
    assert "Jana Schulte – Einwilligung gilt nicht für Einladungen" in left_out
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "4 Nachrichten senden?" in fake_user.seen[0] and "Maria Wagner – inaktiv" in fake_user.seen[0]
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10000)
    assert len(mailbox.raw) == 4 and "4 gesendet" in fake_user.last
    assert dialog.journal.model.rowCount() == 4
    _screenshot(dialog, tmp_path, "einladen.png")
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "4 übersprungen" in fake_user.last, timeout=10000)
    assert len(mailbox.raw) == 4 and len(journal(sqlite_db, event_id)) == 4


def test_drafts_go_to_the_chosen_folder(qtbot, sqlite_db, tmp_path, fake_user):
    event_id, _ = mail_scene(sqlite_db)
    dialog = InvitationDialog(sqlite_db, event_id, "Netzwerktreffen")
    qtbot.addWidget(dialog)
    assert dialog.by_drafts.isChecked() and not dialog.by_smtp.isEnabled()  # no server configured
    dialog.folder.setText(str(tmp_path / "Entwürfe"))
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10000)
    assert len(list((tmp_path / "Entwürfe").glob("*.eml"))) == 4


def test_cancelling_in_the_registrations_tab_offers_the_mails_and_sends_them(qtbot, sqlite_db, fake_user, smtp):
    from gui.events.event_dialog import TAB_MAIL, TAB_REGISTRATIONS, EventDialog
    from model.core.entities import Event
    from model.events.participants import register_people

    controller, mailbox = smtp
    event_id, people = mail_scene(sqlite_db)
    configure(sqlite_db, controller.port)
    with sqlite_db.writing() as s:
        s.get(Event, event_id).capacity = 1
    register_people(sqlite_db, event_id, [people[1], people[3]], confirmed=True)
    dialog = EventDialog(sqlite_db, event_id)
    qtbot.addWidget(dialog)
    dialog.show_tab(TAB_REGISTRATIONS)
    tab = dialog.registrations
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).status == "angemeldet")
    tab.view.selectRow(row)
    tab.cancel_button.click()
    assert "Nachrücken: 1" in fake_user.seen[-1] and "Abmeldebestätigung: 1" in fake_user.seen[-1]
    qtbot.waitUntil(lambda: "2 gesendet" in fake_user.last, timeout=10000)
    assert sorted(m["Subject"].split(":")[0] for m in mailbox.messages()) == ["Abmeldung", "Platz frei"]
    dialog.show_tab(TAB_MAIL)
    assert dialog.mail_journal.model.rowCount() == 2


def test_calendar_file_of_the_event_from_the_invitation_dialog(qtbot, sqlite_db, tmp_path, fake_user, monkeypatch):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    event_id, _ = mail_scene(sqlite_db)
    target = tmp_path / "Termin"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog = InvitationDialog(sqlite_db, event_id, "Netzwerktreffen")
    qtbot.addWidget(dialog)
    dialog.calendar_button.click()
    calendar = Calendar.from_ical((tmp_path / "Termin.ics").read_bytes())
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "Netzwerktreffen März 2027"
    assert "Kalenderdatei gespeichert (Termine: 1)" in fake_user.last


def test_reminder_to_the_registered_needs_no_invitation_consent(qtbot, sqlite_db, fake_user, smtp):
    from model.events.participants import register_people

    controller, mailbox = smtp
    event_id, people = mail_scene(sqlite_db)
    configure(sqlite_db, controller.port)
    register_people(sqlite_db, event_id, [people[0], people[4]], confirmed=True)  # Jana: no invitation consent
    dialog = InvitationDialog(sqlite_db, event_id, "Netzwerktreffen")
    qtbot.addWidget(dialog)
    dialog.by_registered.click()
    assert dialog.start_button.text() == "Erinnerungen senden"
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10000)
    assert (
        sorted(m["Subject"] for m in mailbox.messages())
        == ["Erinnerung: Netzwerktreffen März 2027 am Donnerstag, 4. März 2027"] * 2
    )


def test_unclear_messages_are_shown_and_can_be_released(qtbot, sqlite_db, fake_user, smtp):
    import datetime as dt

    from model.core.entities import MailJournalEntry
    from model.mail.invitations import CHANNEL_SMTP, SENDING

    controller, mailbox = smtp
    event_id, people = mail_scene(sqlite_db)
    configure(sqlite_db, controller.port)
    with sqlite_db.writing() as s:
        s.add(
            MailJournalEntry(
                event_id=event_id,
                person_id=people[1],
                kind="Einladung",
                channel=CHANNEL_SMTP,
                message_id="<y@netzwerk.example>",
                status=SENDING,
                at=dt.datetime(2027, 1, 1),
            )
        )
    dialog = InvitationDialog(sqlite_db, event_id, "Netzwerktreffen")
    qtbot.addWidget(dialog)
    assert not dialog.release_button.isHidden()
    dialog.release_button.click()
    assert "Gesendete Elemente" in fake_user.last and dialog.release_button.isHidden()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10000)
    assert len(mailbox.raw) == 4


def test_connection_test_in_the_settings(qtbot, sqlite_db, type_text, smtp):
    from mail_fixtures import free_port

    from gui.settings_mail import MailSettingsTab

    controller, _ = smtp
    tab = MailSettingsTab(sqlite_db)
    qtbot.addWidget(tab)
    type_text(tab.host, "127.0.0.1")
    tab.port.setValue(controller.port)
    tab.security.setCurrentIndex(tab.security.findData("none"))
    type_text(tab.sender_edit, "gs@netzwerk.example")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.test_result.text() == "Verbindung und Anmeldung in Ordnung.", timeout=10000)
    tab.port.setValue(free_port())  # nobody listens there
    tab.test_button.click()
    qtbot.waitUntil(lambda: "nicht erreichbar" in tab.test_result.text(), timeout=10000)
