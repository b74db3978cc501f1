"""At 1280×800 and 1366×768 every list of every area and tab shows its headers whole and its
title column in full wherever the window has room (issue 12, point 7), on the small demo.

Measured as painted: header sections against the width their text needs in the style's bold
font with padding (gui.kit.columns.header_needs), titles against Qt's own measure of the cells.
"""

from __future__ import annotations

import pytest
from gui_fixtures import make_window  # noqa: F401 - fixture
from layout_check import cut_columns, cut_headers, cut_title, every_tab, visible_tables
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from gui.kit.columns import column_fitter

SIZES = [(1280, 800), (1366, 768)]


def _settle(qtbot, window) -> None:
    QApplication.processEvents()
    for page in list(window._pages.values()):
        qtbot.waitUntil(lambda page=page: not page.is_loading(), timeout=10000)
    QApplication.processEvents()


def _click_area(window, key: str) -> None:
    from gui.areas import AREAS

    navigation = window.navigation
    item = navigation.item([area.key for area in AREAS].index(key))
    QTest.mouseClick(
        navigation.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        navigation.visualItemRect(item).center(),
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_no_header_and_no_title_is_cut_where_the_window_has_room(qtbot, make_window, demo_db, size):
    from gui.areas import AREAS

    window = make_window(demo_db)
    window.resize(*size)
    _settle(qtbot, window)
    problems, lists = [], 0
    for area in AREAS:
        _click_area(window, area.key)
        _settle(qtbot, window)
        page = window.pages.currentWidget()
        for tab in every_tab(page):
            _settle(qtbot, window)
            for view in visible_tables(page):
                lists += 1
                problems += [f"{area.label} [{tab}]: {problem}" for problem in cut_columns(view)]
    assert lists >= 25  # every area and tab with a list was looked at
    assert problems == []


def test_the_check_finds_a_cut_title_and_a_cut_header(qtbot, make_window, demo_db):
    """The check can fail: a title column squeezed by a wide neighbour, a header narrower than its text."""
    window = make_window(demo_db)
    window.resize(1280, 800)
    _click_area(window, "excursions")
    _settle(qtbot, window)
    view = window.pages.currentWidget().view
    assert isinstance(view, QTableView) and cut_columns(view) == []
    fitter = column_fitter(view)
    assert fitter is not None
    fitter.preferred[2] = 600  # the destination wants more than the window has
    view.horizontalHeader().setSectionResizeMode(fitter.title_column, view.horizontalHeader().ResizeMode.Interactive)
    view.setColumnWidth(fitter.title_column, 60)
    assert cut_title(view)
    view.setColumnWidth(5, 20)  # "Frei"
    assert any("Frei" in problem for problem in cut_headers(view))


def _cut_cells(view: QTableView) -> list[str]:
    """Every shown column whose longest text (of the first rows) is cut."""
    from layout_check import cell_text_width

    header, model = view.horizontalHeader(), view.model()
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column) or not model.rowCount():
            continue
        needed = min(
            max(cell_text_width(view, row, column) for row in range(min(model.rowCount(), 20))),
            view.sizeHintForColumn(column),
        )
        if header.sectionSize(column) + 2 < needed:
            cut.append(
                f"{model.headerData(column, Qt.Orientation.Horizontal)}: {header.sectionSize(column)} < {needed}"
            )
    return cut


def test_next_events_and_the_programme_show_every_text_in_full_at_1280x800(qtbot, make_window, demo_db):
    """The Übersicht's next events drop the kind (and an empty Warteliste) rather than cut kind,
    place and title; the programme's table gets the room the days' column does not need."""
    window = make_window(demo_db)
    window.resize(1280, 800)
    _settle(qtbot, window)
    overview = window.pages.currentWidget()
    view = overview.events_view
    assert view.isVisible() and view.model().rowCount()
    assert _cut_cells(view) == []

    _click_area(window, "excursions")
    _settle(qtbot, window)
    page = window.pages.currentWidget()
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    _settle(qtbot, window)
    programme = page.programme_tab
    assert page.tabs.currentWidget() is programme and programme.items_model.rowCount()
    items = programme.items_view
    header = items.horizontalHeader()
    assert [cut for cut in _cut_cells(items) if cut.startswith(("Zeit", "Ort", "Programm"))] == []
    assert cut_columns(items) == []
    # The check can fail: the place squeezed while the contact is wider than its header.
    items.setColumnWidth(1, 80)
    items.setColumnWidth(3, header.sectionSize(3) + 60)
    assert any("'Ort'" in problem for problem in cut_columns(items))


def test_an_events_registrations_show_every_name_and_organisation_in_full(qtbot, demo_db):
    """The person is the registrations' title; empty fee columns keep only their headers."""
    from sqlalchemy import func, select

    from gui.events.event_dialog import EventDialog
    from model.core.entities import Registration

    with demo_db.session() as s:  # the event with the most registrations
        event_id = s.execute(
            select(Registration.event_id).group_by(Registration.event_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()
    dialog = EventDialog(demo_db, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).startswith("Anmeldungen"))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    QApplication.processEvents()
    view = dialog.registrations.view
    assert view.isVisible() and view.model().rowCount() > 20
    assert [cut for cut in _cut_cells(view) if cut.startswith("Name")] == []
    assert cut_columns(view) == []
