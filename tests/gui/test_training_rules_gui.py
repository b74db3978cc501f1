"""Fortbildung rules as the GUI shows them: buttons off before the model would refuse, the
chamber list in the filters, the year-end statements with Outlook drafts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from events_fixtures import build_scene
from gui.events.event_dialog import TAB_ATTENDANCE, EventDialog
from gui.training.page import TrainingPage
from model.entities import Event, Person, Registration
from model.participants import register_people
from model.training import AccreditationData, save_accreditations

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
        assert set(s.scalars(select(Registration.status).where(Registration.event_id == scene.event_id))) == {"angemeldet"}
    dialog.close()

    _move(db, scene.event_id, now - dt.timedelta(hours=1))  # the meeting has begun
    dialog = EventDialog(db, scene.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    assert all(button.isEnabled() for button in (tab.all_present_button, tab.walk_in_button, tab.import_button,
                                                 tab.online_button))
    assert "beginnt" not in tab.walk_in_button.toolTip()
    QTest.mouseClick(tab.all_present_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert set(s.scalars(select(Registration.status).where(Registration.event_id == scene.event_id))) == {"teilgenommen"}


def test_certificate_button_is_off_until_the_event_has_ended(qtbot, db, scene, monkeypatch):
    now = dt.datetime.now().replace(second=0, microsecond=0)
    _move(db, scene.event_id, now - dt.timedelta(hours=1))  # running: ends in two hours
    register_people(db, scene.event_id, scene.people[:1], now=now - dt.timedelta(days=1))
    save_accreditations(db, scene.event_id, [AccreditationData("AKNW", "A-1", Decimal(3), "Stadtplanung",
                                                               (now - dt.timedelta(days=30)).date())])
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
    from gui.members.persons_page import PeoplePage
    from member_data import build_network
    from model.chambers import ChamberData, save_chamber

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
    assert {"AK Lummerland", "ByAK", "AK Thüringen", "IngKH"} <= set(codes) and len(codes) == 2 + 31 + 1  # the seeded chambers and Lummerland
    page.chamber.setCurrentIndex(page.chamber.findData("AK Lummerland"))
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Yılmaz, Ayşe"]

    # A chamber added meanwhile (Einstellungen) appears without restarting; the choice stays.
    save_chamber(db, ChamberData("AK Kummerland", "Architektenkammer Kummerland", "Kummerland"))
    qtbot.waitUntil(lambda: page.chamber.findData("AK Kummerland") > 0)
    assert page.chamber.currentData() == "AK Lummerland" and page.model.rowCount() == 1
