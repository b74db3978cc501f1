"""First steps: an empty database says what to do first, with buttons that do it; a double
click in the Übersicht's list opens the event."""

from __future__ import annotations

import pytest
from gui_fixtures import make_window, sqlite_sample  # noqa: F401 - fixtures
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton


def test_an_empty_database_shows_the_first_steps_and_the_buttons_do_them(qtbot, make_window, sqlite_db):
    window = make_window(sqlite_db)
    overview = window.page("overview")
    assert overview.first_steps.isVisible()
    QTest.mouseClick(overview.person_button, Qt.MouseButton.LeftButton)
    people = window.page("people")
    assert window.pages.currentWidget() is people
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible())
    assert people.dialog.windowTitle().startswith("Neue Person") or people.dialog.data.id is None
    people.dialog.reject()  # nothing typed: closes without asking

    window.show_area("overview")
    QTest.mouseClick(overview.meeting_button, Qt.MouseButton.LeftButton)
    events = window.page("events")
    assert window.pages.currentWidget() is events
    from gui.events.event_dialog import EventDialog

    dialogs = [d for d in events.findChildren(EventDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].record.id is None
    dialogs[0].reject()


def test_the_first_steps_are_gone_once_there_is_data(make_window, sqlite_db, sqlite_sample):
    window = make_window(sqlite_db)
    assert not window.page("overview").first_steps.isVisible()


def test_double_click_on_a_coming_event_opens_it(qtbot, make_window, sqlite_db, sqlite_sample):
    window = make_window(sqlite_db)
    overview = window.page("overview")
    view = overview.events_view
    rect = view.visualRect(overview.events_model.index(1, overview.events_model.COL_TITLE))
    first = overview.events_model.row_at(view.indexAt(rect.center()).row())  # the event under the mouse
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.waitUntil(lambda: overview.dialog is not None and overview.dialog.isVisible())
    assert overview.dialog.record.id == first.id
    overview.dialog.reject()


def test_a_list_page_opens_with_the_focus_in_its_search_field(qtbot, make_window, sqlite_db, sqlite_sample):
    from test_unsaved_changes import click_area

    window = make_window(sqlite_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    for key in ("people", "members", "events"):
        click_area(window, key)
        page = window.page(key)
        assert QApplication.focusWidget() is page.search, key
    click_area(window, "reports")
    reports = window.page("reports")
    assert QApplication.focusWidget() is reports.event_search
    click_area(window, "training")
    training = window.page("training")
    training.tabs.tabBar().setFocus()
    QTest.mouseClick(
        training.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=training.tabs.tabBar().tabRect(1).center()
    )  # Fortbildungskonten
    assert QApplication.focusWidget() is training.accounts_search


@pytest.mark.parametrize(
    "area, button, first_field",
    [
        ("people", "Neue Person…", lambda d: d.salutation),
        ("members", "Neue Organisation…", lambda d: d.name),
        ("events", "Neue Veranstaltung…", lambda d: d.form.kind),
        ("events", "Reihe anlegen…", lambda d: d.kind),
        ("excursions", "Neue Exkursion…", lambda d: d.title),
        ("groups", "Neue Arbeitsgruppe…", None),
    ],
)
def test_a_new_record_form_opens_with_the_cursor_in_its_first_field(
    qtbot, make_window, sqlite_db, sqlite_sample, area, button, first_field
):
    from test_unsaved_changes import click_area

    window = make_window(sqlite_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    click_area(window, area)
    page = window.page(area)
    page.wait_for_loading()
    new = next(b for b in page.findChildren(QPushButton) if b.text() == button and b.isVisible())
    QTest.mouseClick(new, Qt.MouseButton.LeftButton)
    if first_field is None:  # the working group's form is part of the page
        assert QApplication.focusWidget() is page.name
        return
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is first_field(dialog)
    dialog.reject()


def test_the_pdf_preview_and_the_help_fit_a_small_screen(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from gui.kit.screen import fit_to_screen

    available = QGuiApplication.primaryScreen().availableGeometry()
    widget = QWidget()
    qtbot.addWidget(widget)
    fit_to_screen(widget, available.width() + 500, available.height() + 500)
    assert widget.width() <= available.width() and widget.height() <= available.height()
    fit_to_screen(widget, 300, 200)
    assert (widget.width(), widget.height()) == (300, 200)
