"""Every page shows current data: a write anywhere marks the pages showing that data stale,
and they refresh when shown, without F5 (gui.kit.changes over model.core.changes)."""

from __future__ import annotations

from gui_fixtures import make_window, sample, sqlite_sample  # noqa: F401 - fixtures
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from test_unsaved_changes import click_area


def test_a_person_added_in_the_form_counts_in_the_overview_at_once(qtbot, make_window, sqlite_db, sqlite_sample):
    window = make_window(sqlite_db)
    overview = window.page("overview")
    before = int(overview.people_tile.value.text())

    click_area(window, "people")
    people = window.page("people")
    new = next(b for b in people.findChildren(QPushButton) if b.text() == "Neue Person…")
    QTest.mouseClick(new, Qt.MouseButton.LeftButton)
    dialog = people.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.first_name, "Nora")
    qtbot.keyClicks(dialog.last_name, "Neumann")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    click_area(window, "overview")
    assert int(overview.people_tile.value.text()) == before + 1


def test_a_visible_page_refreshes_after_a_write_elsewhere(qtbot, make_window, sqlite_db, sqlite_sample):
    from model.core.entities import Person

    window = make_window(sqlite_db)
    overview = window.page("overview")
    assert window.pages.currentWidget() is overview
    before = int(overview.people_tile.value.text())
    with sqlite_db.writing() as session:  # e.g. a background job or an import
        session.add(Person(salutation="ohne", first_name="Ole", last_name="Olsen", active=True))
    qtbot.waitUntil(lambda: overview.people_tile.value.text() == str(before + 1))


def test_a_write_of_other_data_leaves_a_page_alone(qtbot, make_window, sqlite_db, sqlite_sample, monkeypatch):
    from model.settings import office

    window = make_window(sqlite_db)
    click_area(window, "groups")
    groups = window.page("groups")
    loads = []
    monkeypatch.setattr(groups, "load", lambda: loads.append(1))
    profile = office.load_profile(sqlite_db)
    profile.office_name = "Geschäftsstelle Städtenetz"
    office.save_profile(sqlite_db, profile, office.load_requirements(sqlite_db))
    qtbot.wait(20)
    assert loads == []
