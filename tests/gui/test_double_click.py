"""A double click in every overview list opens the record of the row (or, where the page shows
the record beside the list, puts the cursor in its form)."""

from __future__ import annotations

from gui_fixtures import make_window  # noqa: F401 - fixture
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QTabWidget

from gui.areas import AREAS

# Lists of figures or worked-out plans, not of records: nothing to open (the rooms follow from
# the room wishes, edited as Reiseangaben in Teilnehmende).
NO_RECORD = {("groups", "Anwesenheit"), ("reports", "Statistik"), ("excursions", "Zimmerliste")}


def _double_click(view: QTableView, row: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def _lists(page):
    """(tab label, view) of every list the page shows, tab by tab."""
    tabs = next(
        (
            t
            for t in page.findChildren(QTabWidget)
            if t.parent() is not None and t.window() is page.window() and t.isVisible()
        ),
        None,
    )
    for index in range(tabs.count() if tabs else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        label = tabs.tabText(index) if tabs else ""
        for view in page.findChildren(QTableView):
            if view.isVisible() and view.window() is page.window():
                yield label, view


def test_every_overview_list_answers_a_double_click(qtbot, make_window, demo_db, monkeypatch):
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "open", lambda dialog: opened.append(dialog))
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = make_window(demo_db)
    window.resize(1280, 800)
    checked = []
    for area in AREAS:
        window.show_area(area.key)
        page = window.page(area.key)
        qtbot.waitUntil(lambda page=page: not page.is_loading())  # lists gathered in the background
        for label, view in list(_lists(page)):
            if (area.key, label) in NO_RECORD or view.model().rowCount() == 0:
                continue
            assert view.receivers(SIGNAL("doubleClicked(QModelIndex)")) > 0, (area.key, label)
            window.activateWindow()  # a dialog opened before may have taken the activation
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            before, focus_before = len(opened), QApplication.focusWidget()
            _double_click(view)
            window.wait_for_jobs()
            moved_focus = QApplication.focusWidget() not in (focus_before, view)
            assert len(opened) > before or moved_focus, (area.key, label)
            for dialog in opened[before:]:
                dialog.hide()
            checked.append((area.key, label))
    assert {key for key, _label in checked} == {area.key for area in AREAS}
    assert len(checked) >= 16, checked
    print(f"\n{len(checked)} lists double-clicked: {checked}")
