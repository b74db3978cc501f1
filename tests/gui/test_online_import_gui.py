"""Import previews for a Microsoft Forms export (Anmeldungen) and a Teams report (Anwesenheit)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from events_fixtures import make_event
from PySide6.QtWidgets import QFileDialog

from gui.events.event_dialog import TAB_ATTENDANCE, TAB_REGISTRATIONS, EventDialog
from model.core.entities import Person, Registration


def _shot(widget, tmp_path, name):
    folder = Path(os.environ.get("NETZWERKSTATT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    widget.resize(1280, 800)
    assert widget.grab().save(str(folder / name))


def _scene(db):
    with db.writing() as s:
        s.add(
            Person(
                salutation="Frau",
                first_name="Ayşe",
                last_name="Yılmaz",
                email="ayse.yilmaz@bochum.example",
                search_key="ayse yilmaz",
            )
        )
        return make_event(s, day=dt.date(2026, 11, 5), format="Hybrid", capacity=30).id


def test_forms_export_preview_then_take_over(qtbot, sqlite_db, tmp_path, monkeypatch):
    from openpyxl import Workbook

    event_id = _scene(sqlite_db)
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "ID",
            "Startzeit",
            "Fertigstellungszeit",
            "E-Mail",
            "Name",
            "Vorname",
            "Nachname",
            "Ihre E-Mail-Adresse",
            "Organisation",
            "Ich willige ein, Einladungen zu erhalten",
        ]
    )
    sheet.append(
        [
            1,
            dt.datetime(2026, 10, 1, 9),
            dt.datetime(2026, 10, 1, 9, 4),
            "anonymous",
            "",
            "Ayşe",
            "Yılmaz",
            "ayse.yilmaz@bochum.example",
            "Stadt Bochum",
            "Ja",
        ]
    )
    sheet.append(
        [
            2,
            dt.datetime(2026, 10, 2, 9),
            dt.datetime(2026, 10, 2, 9, 3),
            "anonymous",
            "",
            "Łukasz",
            "Żółć",
            "l.zolc@gelsenkirchen.example",
            "Müller & Söhne <GmbH>",
            "Ja",
        ]
    )
    book.save(tmp_path / "Anmeldung Netzwerktreffen.xlsx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(tmp_path / "Anmeldung Netzwerktreffen.xlsx"), "")
    )
    dialog = EventDialog(sqlite_db, event_id)
    qtbot.addWidget(dialog)
    dialog.show_tab(TAB_REGISTRATIONS)
    tab = dialog.registrations
    action = next(a for a in tab.more_button.menu().actions() if a.text().startswith("Anmeldungen aus Online"))
    action.trigger()
    preview = tab.dialog
    assert preview.model.rowCount() == 2 and "2 neu angemeldet" in preview.headline.text()
    assert preview.model.row_at(1).note == "neue Person mit Einwilligung"
    _shot(preview, tmp_path, "vorschau-forms.png")
    with sqlite_db.session() as s:
        assert s.query(Registration).count() == 0
    preview.apply_button.click()
    with sqlite_db.session() as s:
        assert s.query(Registration).count() == 2
    assert "2 neu angemeldet" in tab.message.text()


def test_teams_report_preview_then_take_over(qtbot, sqlite_db, tmp_path, monkeypatch):
    event_id = _scene(sqlite_db)
    path = tmp_path / "meetingAttendanceReport(Netzwerktreffen).csv"
    path.write_bytes(
        "\r\n".join(
            [
                "1. Zusammenfassung",
                "Besprechungstitel\tNetzwerktreffen",
                "",
                "2. Teilnehmer",
                "Name\tErster Beitritt\tLetztes Verlassen\tDauer der Besprechung\tE-Mail\tTeilnehmer-ID (UPN)\tRolle",
                "Ayşe Yılmaz\t05.11.2026, 09:58:00\t05.11.2026, 12:40:10\t2h 42m 10s\tayse.yilmaz@bochum.example\t\tTeilnehmer",
                "Gast (Unverifiziert)\t05.11.2026, 10:00:00\t05.11.2026, 10:30:00\t30m\t\t\tTeilnehmer",
            ]
        ).encode("utf-16")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    dialog = EventDialog(sqlite_db, event_id)
    qtbot.addWidget(dialog)
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    tab.online_button.click()
    preview = tab.dialog
    assert "(Microsoft Teams)" in preview.headline.text() and "Gast (Unverifiziert)" in preview.headline.text()
    assert preview.model.row_at(0).values["Minuten"] == 160
    _shot(preview, tmp_path, "vorschau-teams.png")
    preview.apply_button.click()
    with sqlite_db.session() as s:
        registration = s.query(Registration).one()
        assert (registration.status, registration.attendance_mode, registration.attended_minutes) == (
            "teilgenommen",
            "Online",
            160,
        )


def test_a_column_mapped_by_hand_is_remembered_for_the_next_export(qtbot, sqlite_db, tmp_path, monkeypatch):
    from model.importing.form_registrations import detect_header
    from model.importing.report_files import read_table

    event_id = _scene(sqlite_db)
    path = tmp_path / "results-survey4711.csv"
    path.write_text(
        '"id","submitdate","Vorname","Familienname","Kontakt (dienstlich)"\n'
        '"1","2026-10-01 10:00:00","Miriam","Hoffmann","m.hoffmann@example.org"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    dialog = EventDialog(sqlite_db, event_id)
    qtbot.addWidget(dialog)
    dialog.show_tab(TAB_REGISTRATIONS)
    tab = dialog.registrations
    next(a for a in tab.more_button.menu().actions() if a.text().startswith("Anmeldungen aus Online")).trigger()
    preview = tab.dialog
    assert preview.model.row_at(0).values["E-Mail"] == ""
    combo = preview.mapping_combos[4]
    combo.setCurrentIndex(combo.findData("email"))
    assert preview.model.row_at(0).values["E-Mail"] == "m.hoffmann@example.org"
    preview.apply_button.click()
    header = detect_header(sqlite_db, read_table(path).rows)
    assert header.remembered and header.mapping[4] == "email"
