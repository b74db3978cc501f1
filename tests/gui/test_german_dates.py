"""Dates typed as Germans type them, into every kind of date field, read back after saving."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import build_scene
from gui_fixtures import fake_user  # noqa: F401 - fixture
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QLineEdit,
    QStyle,
    QStyleOptionSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from gui.kit.dates import (
    DateInputError,
    GermanDateEdit,
    GermanDateTimeEdit,
    parse_german_date,
    parse_german_datetime,
)
from model.core.entities import Event, Person

TODAY = dt.date(2026, 12, 2)
TYPED = {
    "07.01.2027": dt.date(2027, 1, 7),
    "7.1.2027": dt.date(2027, 1, 7),
    "07012027": dt.date(2027, 1, 7),
    "15.03.2026": dt.date(2026, 3, 15),
    "7.1.27": dt.date(2027, 1, 7),
    "7.1.": dt.date(2026, 1, 7),
    "2027-01-07": dt.date(2027, 1, 7),
}


@pytest.mark.parametrize("typed", TYPED)
def test_typed_forms_of_a_date(typed):
    assert parse_german_date(typed, TODAY) == TYPED[typed]


@pytest.mark.parametrize(
    "typed, message",
    [
        ("31.02.2026", "Den 31.02.2026 gibt es nicht"),
        ("7.13.2026", "Den 07.13.2026 gibt es nicht"),
        ("Montag", "»Montag« ist kein Datum"),
        ("", "Bitte ein Datum"),
    ],
)
def test_impossible_dates_are_named_in_german(typed, message):
    with pytest.raises(DateInputError, match=message):
        parse_german_date(typed, TODAY)


def test_a_typed_time_follows_the_date():
    assert parse_german_datetime("7.1.2027 14:30", TODAY) == (dt.date(2027, 1, 7), dt.time(14, 30))
    assert parse_german_datetime("7.1.2027", TODAY) == (dt.date(2027, 1, 7), None)
    with pytest.raises(DateInputError, match="keine Uhrzeit"):
        parse_german_datetime("7.1.2027 25:00", TODAY)


@pytest.fixture
def app_style(qtbot):
    from gui.app import _application

    return _application()


def _row(qtbot, edit: QWidget) -> tuple[QWidget, QLineEdit, QLineEdit]:
    """The field between two line edits, shown, focus in the first."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before, after = QLineEdit(), QLineEdit()
    for widget in (before, edit, after):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    before.setFocus()
    return host, before, after


@pytest.mark.parametrize("typed", ["07.01.2027", "7.1.2027", "07012027", "15.03.2026"])
def test_date_time_field_reached_by_tab_takes_the_typed_date_and_keeps_the_time(qtbot, app_style, typed):
    edit = GermanDateTimeEdit(dt.datetime(2026, 12, 2, 18, 30))
    edit.setDisplayFormat("ddd dd.MM.yyyy HH:mm")  # the weekday section used to swallow the digits
    _host, before, _after = _row(qtbot, edit)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert edit.currentSection() == QDateTimeEdit.Section.DaySection
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.dateTime().toPython() == dt.datetime.combine(TYPED[typed], dt.time(18, 30))
    assert not edit.error_message


def test_impossible_date_gets_a_message_at_the_field_and_is_not_taken(qtbot, app_style):
    edit = GermanDateEdit(dt.date(2026, 12, 2))
    _host, before, _after = _row(qtbot, edit)
    messages = []
    edit.invalid_input.connect(messages.append)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(edit, "31.02.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toPython() == dt.date(2026, 12, 2)
    assert messages == ["Den 31.02.2026 gibt es nicht. Bitte das Datum prüfen."] and edit.toolTip() == messages[0]
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(edit, "28.02.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter takes the date, the message goes
    assert edit.date().toPython() == dt.date(2026, 2, 28) and not edit.error_message and not edit.toolTip()


def test_a_date_outside_the_allowed_range_is_refused(qtbot, app_style):
    edit = GermanDateEdit(dt.date(2026, 5, 1))
    edit.setDateRange(QDate(2026, 5, 1), QDate(2026, 5, 3))
    _host, before, _after = _row(qtbot, edit)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(edit, "07.05.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert (
        edit.date().toPython() == dt.date(2026, 5, 1)
        and "zwischen dem 01.05.2026 und dem 03.05.2026" in edit.error_message
    )


# --- the program's date fields, saved and read back -------------------------------------------------


def test_event_begin_and_end_typed_and_saved(qtbot, sqlite_db, fake_user, app_style):  # fixture
    from gui.events.event_dialog import EventDialog

    build_scene(sqlite_db)
    dialog = EventDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.title_edit, "Netzwerktreffen Januar")
    form.starts.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(10, 0)))
    form.ends.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(16, 0)))
    qtbot.keyClicks(form.starts, "07.01.2027")
    qtbot.keyClick(form.starts, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.ends, "7.1.2027")
    qtbot.keyClick(form.ends, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with sqlite_db.session() as s:
        event = s.scalars(select(Event).where(Event.title == "Netzwerktreffen Januar")).one()
        assert (event.starts_at, event.ends_at) == (dt.datetime(2027, 1, 7, 10), dt.datetime(2027, 1, 7, 16))


def test_consent_date_typed_and_saved(qtbot, db, fake_user, app_style):  # fixture
    from member_data import build_network

    from gui.members.persons_page import PeoplePage

    build_network(db)
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.new_person()
    form = page.dialog
    qtbot.keyClicks(form.first_name, "Nina")
    qtbot.keyClicks(form.last_name, "Neumann")
    form.consent_date.check.setChecked(True)
    qtbot.keyClicks(form.consent_date.edit, "15.03.2026")
    qtbot.keyClick(form.consent_date.edit, Qt.Key.Key_Tab)
    form.save_button.click()
    with db.session() as s:
        person = s.scalars(select(Person).where(Person.last_name == "Neumann")).one()
        assert person.consent_date == dt.date(2026, 3, 15)


def test_membership_since_and_until_typed(qtbot, app_style):
    from gui.members.organisation_form import MembershipDialog
    from model.members.organisations import MembershipData

    dialog = MembershipDialog(MembershipData(since=dt.date(2020, 1, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.since, "07012027")
    qtbot.keyClick(dialog.since, Qt.Key.Key_Tab)
    dialog.until.check.setChecked(True)
    qtbot.keyClicks(dialog.until.edit, "31.12.2027")
    qtbot.keyClick(dialog.until.edit, Qt.Key.Key_Tab)
    value = dialog.value()
    assert (value.since, value.until) == (dt.date(2027, 1, 7), dt.date(2027, 12, 31))


def test_trip_dates_typed_and_saved(qtbot, sqlite_db, app_style):
    from gui.excursions.dialogs import NewExcursionDialog

    dialog = NewExcursionDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Studienfahrt Delft")
    qtbot.keyClicks(dialog.starts, "07.01.2027")
    qtbot.keyClick(dialog.starts, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ends, "9.1.2027")
    qtbot.keyClick(dialog.ends, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.city, "Delft")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.created_id is not None
    with sqlite_db.session() as s:
        event = s.get(Event, dialog.created_id)
        assert (event.starts_at, event.ends_at) == (dt.datetime(2027, 1, 7, 8), dt.datetime(2027, 1, 9, 18))


def test_every_date_field_of_the_program_is_a_german_one():
    """QDateEdit/QDateTimeEdit are made in gui/kit only; areas use its fields."""
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "gui"
    offenders = [
        f"{path.relative_to(gui.parent)}:{number}"
        for path in gui.rglob("*.py")
        if path.parent.name != "kit"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QDateEdit(" in line or "QDateTimeEdit(" in line
    ]
    assert not offenders


# --- the calendar popup --------------------------------------------------------------------------


def test_calendar_popup_shows_the_whole_month_with_weekdays_and_week_numbers(qtbot, app_style, tmp_path):
    edit = GermanDateEdit(dt.date(2026, 3, 15))  # March: 31 days over six week rows
    _host = _row(qtbot, edit)  # keeps the field alive
    option = QStyleOptionSpinBox()
    edit.initStyleOption(option)
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxDown, edit
    )
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow.center())  # opens the popup as a user does
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    view = calendar.findChild(QWidget, "qt_calendar_calendarview")
    model = view.model()
    texts = {str(model.index(r, c).data()): (r, c) for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert "Mo." in texts and "So." in texts  # weekday header in German
    assert str(QDate(2026, 3, 15).weekNumber()[0]) in texts  # ISO week numbers
    cells = [
        model.index(r, c)
        for r in range(1, model.rowCount())
        for c in range(1, model.columnCount())
        if str(model.index(r, c).data()) == "31"
    ]
    rect = view.visualRect(cells[-1])  # the 31 of March (not of the previous month)
    assert view.viewport().rect().contains(rect)
    image = calendar.grab().toImage()
    image.save(str(tmp_path / "kalender.png"))
    origin = view.viewport().mapTo(calendar, rect.topLeft())
    background = QColor(image.pixel(origin + QPoint(1, 1)))
    inked = [
        QColor(image.pixel(origin.x() + x, origin.y() + y)) for x in range(rect.width()) for y in range(rect.height())
    ]
    assert any(abs(c.lightness() - background.lightness()) > 80 for c in inked), "the 31 is not painted"
    assert rect.width() >= 20 and rect.height() >= 14


def test_an_impossible_date_stops_the_save_and_says_so_below_the_field(qtbot, sqlite_db, fake_user, app_style):
    from PySide6.QtWidgets import QLabel

    from gui.events.event_dialog import EventDialog

    build_scene(sqlite_db)
    dialog = EventDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.title_edit, "Werkstatt Februar")
    qtbot.keyClicks(form.starts, "31.02.2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with sqlite_db.session() as s:  # nothing stored over the refused date
        assert s.scalars(select(Event).where(Event.title == "Werkstatt Februar")).first() is None
    assert dialog.isVisible() and dialog.focusWidget() is form.starts
    [line] = [label for label in dialog.findChildren(QLabel, "fieldError") if label.isVisible()]
    assert line.text() == "Den 31.02.2027 gibt es nicht. Bitte das Datum prüfen."
    assert line.geometry().top() >= form.starts.mapTo(dialog, form.starts.rect().bottomLeft()).y()  # below it
    qtbot.keyClicks(form.starts, "26.02.2027")
    qtbot.keyClick(form.starts, Qt.Key.Key_Tab)
    assert not line.isVisible()  # corrected: the line goes
    form.ends.setDateTime(QDateTime(QDate(2027, 2, 26), QTime(18, 0)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with sqlite_db.session() as s:
        event = s.scalars(select(Event).where(Event.title == "Werkstatt Februar")).one()
        assert event.starts_at.date() == dt.date(2027, 2, 26)


def test_a_dialog_does_not_store_over_an_impossible_date(qtbot, sqlite_db, app_style):
    from gui.excursions.dialogs import NewExcursionDialog

    dialog = NewExcursionDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Studienfahrt Delft")
    qtbot.keyClicks(dialog.city, "Delft")
    qtbot.keyClicks(dialog.starts, "30.02.2027")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.created_id is None and dialog.isVisible() and dialog.starts.error_message
