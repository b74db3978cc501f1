"""Unsaved changes are never lost: switching trips, groups or areas, and closing dialogs or the
main window, ask Speichern / Verwerfen / Zurück (gui.kit.editor) — driven as a user does."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_fixtures import make_window  # noqa: F401 - fixtures
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.kit.editor import UnsavedQuestion
from model.events.working_groups import load_group, new_group, save_group
from model.excursions import excursions as ex


class Answer:
    """Answers the unsaved-changes question with the button named in ``choice``; keeps the texts."""

    def __init__(self):
        self.choice = "Zurück"
        self.asked: list[str] = []

    def __call__(self, box: UnsavedQuestion) -> int:
        self.asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == self.choice)
        button.click()
        return 0


@pytest.fixture
def answer(monkeypatch) -> Answer:
    answer = Answer()
    monkeypatch.setattr(UnsavedQuestion, "exec", lambda box: answer(box))
    return answer


def click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def click_area(window, key: str) -> None:
    from gui.areas import AREAS

    navigation = window.navigation
    item = navigation.item([area.key for area in AREAS].index(key))
    QTest.mouseClick(
        navigation.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        navigation.visualItemRect(item).center(),
    )


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)


# --- Exkursionen -------------------------------------------------------------------------------


@pytest.fixture
def trips(sqlite_db):
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=40), dt.time(8))
    first = ex.create_excursion(
        sqlite_db, "Tagesexkursion Dortmund", start, start.replace(hour=18), "Dortmund", "Deutschland"
    )
    second = ex.create_excursion(
        sqlite_db,
        "Tagesexkursion Essen",
        start + dt.timedelta(days=7),
        start.replace(hour=18) + dt.timedelta(days=7),
        "Essen",
        "Deutschland",
    )
    return first, second


def test_switching_trips_asks_and_back_keeps_the_edits(qtbot, make_window, sqlite_db, trips, answer):
    window = make_window(sqlite_db)
    window.show_area("excursions")
    page = window.page("excursions")
    qtbot.waitUntil(lambda: not page.is_loading())  # the list is gathered in the background
    first, second = trips
    assert page.current_event_id() == first
    retype(qtbot, page.travel_tab.title_edit, "Tagesexkursion Dortmund-Nord")

    click_row(page.view, 1)  # another trip: Zurück
    assert answer.asked and "Tagesexkursion Dortmund" in answer.asked[-1]
    assert page.current_event_id() == first
    assert page.travel_tab.title_edit.text() == "Tagesexkursion Dortmund-Nord"
    qtbot.waitUntil(lambda: [i.row() for i in page.view.selectionModel().selectedRows()] == [0])

    answer.choice = "Speichern"
    click_row(page.view, 1)
    assert ex.load_trip(sqlite_db, first).title == "Tagesexkursion Dortmund-Nord"
    assert page.current_event_id() == second
    assert page.travel_tab.title_edit.text() == "Tagesexkursion Essen"

    retype(qtbot, page.travel_tab.title_edit, "verworfen")
    answer.choice = "Verwerfen"
    click_row(page.view, 0)
    assert ex.load_trip(sqlite_db, second).title == "Tagesexkursion Essen"
    assert page.current_event_id() == first
    assert len(answer.asked) == 3


def test_nothing_typed_nothing_asked(qtbot, make_window, sqlite_db, trips, answer):
    window = make_window(sqlite_db)
    window.show_area("excursions")
    page = window.page("excursions")
    qtbot.waitUntil(lambda: not page.is_loading())  # the list is gathered in the background
    click_row(page.view, 1)
    click_area(window, "overview")
    assert answer.asked == []
    assert window.current_area().key == "overview"


# --- Arbeitsgruppen and the main window --------------------------------------------------------


@pytest.fixture
def groups(sqlite_db):
    ids = []
    for name in ("AG Quartiersmanagement", "AG Verstetigung"):
        group = new_group()
        group.name = name
        ids.append(save_group(sqlite_db, group))
    return ids


def groups_page(make_window, sqlite_db):
    window = make_window(sqlite_db)
    click_area(window, "groups")
    page = window.page("groups")
    assert window.pages.currentWidget() is page
    return window, page


def test_switching_groups_asks(qtbot, make_window, sqlite_db, groups, answer):
    _window, page = groups_page(make_window, sqlite_db)
    first, second = groups
    assert page.group.id == first
    retype(qtbot, page.name, "AG Quartiersarbeit")

    click_row(page.groups_view, 1)
    assert page.group.id == first and page.name.text() == "AG Quartiersarbeit"
    qtbot.waitUntil(lambda: [i.row() for i in page.groups_view.selectionModel().selectedRows()] == [0])

    answer.choice = "Speichern"
    click_row(page.groups_view, 1)
    assert load_group(sqlite_db, first).name == "AG Quartiersarbeit"
    assert page.group.id == second and page.name.text() == "AG Verstetigung"
    assert len(answer.asked) == 2


def test_switching_area_asks_and_back_stays(qtbot, make_window, sqlite_db, groups, answer):
    window, page = groups_page(make_window, sqlite_db)
    retype(qtbot, page.name, "AG Neu")

    click_area(window, "people")
    assert window.pages.currentWidget() is page
    assert window.current_area().key == "groups"
    assert page.name.text() == "AG Neu"

    answer.choice = "Verwerfen"
    click_area(window, "people")
    assert window.current_area().key == "people"
    assert load_group(sqlite_db, groups[0]).name == "AG Quartiersmanagement"
    click_area(window, "groups")
    assert page.name.text() == "AG Quartiersmanagement"  # the discarded text is gone


def test_closing_the_main_window_asks(qtbot, make_window, sqlite_db, groups, answer):
    window, page = groups_page(make_window, sqlite_db)
    retype(qtbot, page.name, "AG Stadtteilarbeit")

    window.close()
    assert window.isVisible()
    assert page.name.text() == "AG Stadtteilarbeit"

    answer.choice = "Speichern"
    window.close()
    assert not window.isVisible()
    assert load_group(sqlite_db, groups[0]).name == "AG Stadtteilarbeit"


# --- dialogs ------------------------------------------------------------------------------------


def test_escape_in_the_person_dialog_asks(qtbot, sqlite_db, answer):
    from gui.members.person_form import PersonDialog
    from model.members.persons import list_persons

    dialog = PersonDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.first_name, "Jana")
    qtbot.keyClicks(dialog.last_name, "Schulte")

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.last_name.text() == "Schulte"

    answer.choice = "Speichern"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [p.name for p in list_persons(sqlite_db)] == ["Jana Schulte"]


def test_settings_dialog_asks_before_dropping_changes(qtbot, sqlite_db, answer):
    from gui.settings_dialog import SettingsDialog
    from model.settings.office import load_profile

    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = next(iter(dialog.inputs.values()))
    qtbot.keyClicks(edit, " (neu)")

    answer.choice = "Verwerfen"
    dialog.close()
    assert not dialog.isVisible()
    assert answer.asked == ["Die Änderungen an den Einstellungen sind noch nicht gespeichert."]
    assert " (neu)" not in str(vars(load_profile(sqlite_db)))
