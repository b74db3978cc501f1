"""Every enabled button, action, check box and radio button of every area, clicked as a user
clicks it, on the small demo; one test per area, so that each stays short.

File dialogs answer with a path in a temporary folder (an empty file of the asked kind for
opening), message boxes with their default button. Each dialog a control opens (with
``open()`` or ``exec()``) is explored the same way — every tab, every button and check box,
Schließen/Abbrechen last — and so is a dialog such a dialog opens (one level deeper); what
opens below that is answered with Abbrechen. The test fails on any exception (pytest-qt), any
error or traceback in the log, any Qt warning (``qt_log_level_fail``) and any message or label
showing a Python value (``False``, ``None``, ``True``).
"""

from __future__ import annotations

import logging
import re
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from gui_fixtures import make_window  # noqa: F401 - fixture
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QWidget,
)

from gui.areas import AREAS

PYTHON_VALUE = re.compile(r"\b(False|None|True)\b|<bound method|object at 0x")
# Main-window actions that leave this database or the program; each has its own tests.
LEAVES_THE_DATABASE = {"open_action", "new_action", "restore_action", "quit_action"}


MAX_DEPTH = 2  # a page's dialog, and a dialog opened from it


class User:
    """Answers every question with its default button and notes what the program said."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.said: list[str] = []
        self.dialogs: list[str] = []
        self.files = 0
        self.pending: list[tuple[QDialog, int]] = []  # opened with open(): explored next, at their depth
        self.depth = 0  # 0: clicking a page; 1: a dialog of the page; 2: a dialog of that dialog
        self.explore = None  # set by the test: presses the buttons of a modal dialog

    def note(self, *texts: str) -> None:
        self.said.extend(t for t in texts if t)

    def _path(self, filter: str, create: bool) -> str:
        self.files += 1
        suffix = re.search(r"\*\.(\w+)", filter or "")
        path = self.folder / f"datei{self.files}.{suffix[1] if suffix else 'dat'}"
        if create:
            path.write_bytes(b"")  # an empty file of the asked kind: the program must say what is wrong
        return str(path)

    def save_path(self, _parent=None, caption="", directory="", filter="", *args, **kwargs):
        return self._path(filter, create=False), ""

    def open_path(self, _parent=None, caption="", directory="", filter="", *args, **kwargs):
        return self._path(filter, create=True), ""

    def open_paths(self, _parent=None, caption="", directory="", filter="", *args, **kwargs):
        return [self._path(filter, create=True)], ""

    def message_box(self, box: QMessageBox) -> int:
        self.note(box.windowTitle(), box.text(), box.informativeText())
        default = box.defaultButton()
        if default is None:  # no default: the escape answer, else the last button
            default = box.escapeButton() or (box.buttons()[-1] if box.buttons() else None)
        if default is not None:
            default.click()
            return box.standardButton(default).value
        return QMessageBox.StandardButton.Cancel.value

    def static_box(self, _parent, title, text, *args, **kwargs):
        self.note(title, text)
        return QMessageBox.StandardButton.Cancel

    def modal(self, dialog: QDialog) -> int:
        self.dialogs.append(type(dialog).__name__)
        self.note(dialog.windowTitle())
        if self.explore is not None and self.depth < MAX_DEPTH and not isinstance(dialog, QPrintDialog):
            self.depth += 1  # its buttons are pressed, and those of what it opens in turn
            try:
                dialog.show()
                self.explore(dialog)
            finally:
                self.depth -= 1
                dialog.hide()
        return QDialog.DialogCode.Rejected.value

    def opened(self, dialog: QDialog) -> None:
        self.dialogs.append(type(dialog).__name__)
        self.note(dialog.windowTitle())
        if self.depth >= MAX_DEPTH:  # deeper than explored: answered with Abbrechen
            dialog.reject()
        else:
            dialog.show()
            self.pending.append((dialog, self.depth + 1))


@pytest.fixture
def user(monkeypatch, tmp_path) -> Iterator[User]:
    person = User(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", person.save_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", person.open_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", person.open_paths)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: person.message_box(box))
    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, person.static_box)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: person.modal(dialog))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: person.modal(dialog))
    monkeypatch.setattr(QDialog, "open", lambda dialog: person.opened(dialog))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: person.note(url.scheme() + ":") or True)
    before = set(QApplication.topLevelWidgets())
    yield person
    # The dialogs the clicks opened go now, not when a later test restyles the application.
    for widget in set(QApplication.topLevelWidgets()) - before:
        if not shiboken6.isValid(widget) or type(widget).__name__ == "MainWindow":
            continue  # gone with its parent dialog; the main window: make_window closes it
        widget.hide()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(widget, QEvent.Type.DeferredDelete.value)


def _select_first_rows(page: QWidget) -> None:
    """A row chosen in every list, so that the buttons for "the selected one" have work."""
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):  # shares the table's selection; its current index clears it
            continue
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))


def _controls(page: QWidget) -> list[QObject]:
    """The visible, enabled buttons, check boxes and radio buttons of a page (menu buttons: their
    entries) in layout order."""
    found: list[QObject] = []
    for button in page.findChildren(QAbstractButton):
        if (
            not button.isVisible()
            or not button.isEnabled()
            or button.objectName().startswith("qt_")
            or isinstance(button.parent(), QTabWidget)
        ):
            continue
        if isinstance(button, QToolButton) and button.menu() is not None:  # the click opens a blocking menu
            found.extend(a for a in button.menu().actions() if a.isEnabled() and not a.isSeparator() and a.text())
        else:
            found.append(button)
    return found


CLOSING = {"Schließen", "Abbrechen", "Speichern und schließen", "Fertig", "OK", "Übernehmen", "Anlegen"}


def _press(control: QObject) -> None:
    if isinstance(control, QAction):
        control.trigger()
    elif isinstance(control, QToolButton) and control.defaultAction() is not None:
        control.defaultAction().trigger()
    else:
        control.click()


def _label(control: QObject) -> str:
    return control.text() if isinstance(control, (QAction, QAbstractButton)) else type(control).__name__


def _python_values_shown(window: QWidget, user: User) -> list[str]:
    texts = list(user.said) + [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    return [t for t in texts if PYTHON_VALUE.search(t)]


def _press_and_check(qtbot, window, where: str, control: QObject, clicked: list[str]) -> None:
    with qtbot.captureExceptions() as exceptions:
        _press(control)
        window.wait_for_jobs()
        qtbot.wait(1)
    assert not exceptions, f"{where}: " + "".join(traceback.format_exception(*exceptions[0]))
    clicked.append(where)


def _click_all(qtbot, window, place: str, dialog: QDialog, user: User, clicked: list[str]) -> None:
    """Visit every tab of ``dialog``, press each enabled control there; the closing ones last."""
    closing: list[QObject] = []
    tab_widgets = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()] or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                if not tabs.isVisible() or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
            qtbot.wait(1)
            for control in _controls(dialog):
                if _label(control).replace("&", "") in CLOSING:
                    closing.append(control)
                    continue
                if isinstance(control, QAbstractButton) and not control.isVisible():
                    continue  # an earlier click changed the dialog
                _select_first_rows(dialog)
                _press_and_check(qtbot, window, f"{place}: {_label(control)}", control, clicked)
                _explore_opened_dialogs(qtbot, window, f"{place}: {_label(control)}", user, clicked)
    for control in closing:
        if isinstance(control, QAbstractButton) and control.isVisible() and control.isEnabled():
            _press_and_check(qtbot, window, f"{place}: {_label(control)}", control, clicked)
            _explore_opened_dialogs(qtbot, window, f"{place}: {_label(control)}", user, clicked)


def _explore_opened_dialogs(qtbot, window, place: str, user: User, clicked: list[str]) -> None:
    """Explore the dialogs the last click opened (one level below the one being clicked)."""
    mine = [entry for entry in user.pending if entry[1] == user.depth + 1]
    user.pending = [entry for entry in user.pending if entry[1] != user.depth + 1]
    for dialog, depth in mine:
        outer, user.depth = user.depth, depth
        try:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                _click_all(qtbot, window, f"{place} › {dialog.windowTitle()}", dialog, user, clicked)
        finally:
            user.depth = outer
        if not shiboken6.isValid(dialog):
            continue
        if dialog.isVisible():
            dialog.reject()
        if dialog.isVisible():  # a question on closing, answered with Abbrechen: close it anyway
            dialog.hide()


def _click_page(qtbot, window, key: str, user: User, clicked: list[str]) -> None:
    window.show_area(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: not page.is_loading())
    tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                if not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
            qtbot.wait(1)
            _select_first_rows(page)
            for control in _controls(page):
                if isinstance(control, QAbstractButton) and not (control.isVisible() and control.isEnabled()):
                    continue  # an earlier click changed the page
                _select_first_rows(page)  # a reload by the click before may have cleared it
                where = f"{key}: {_label(control)}"
                _press_and_check(qtbot, window, where, control, clicked)
                _explore_opened_dialogs(qtbot, window, where, user, clicked)
                if not page.isVisible():
                    window.show_area(key)


def _check_what_the_user_saw(window, user: User, caplog) -> None:
    shown = _python_values_shown(window, user)
    assert not shown, f"Python values shown to the user: {shown[:5]}"
    logged = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR or r.exc_info or "Traceback" in r.getMessage()
    ]
    assert not logged, f"errors in the log: {logged[:3]}"


@pytest.mark.parametrize("key", [area.key for area in AREAS])
def test_every_enabled_control_of_an_area_works(qtbot, make_window, demo_db, user, caplog, key):
    caplog.set_level(logging.WARNING)
    window = make_window(demo_db)
    window.resize(1280, 800)
    started = time.perf_counter()
    clicked: list[str] = []
    user.explore = lambda dialog: _click_all(qtbot, window, f"modal › {dialog.windowTitle()}", dialog, user, clicked)
    _click_page(qtbot, window, key, user, clicked)
    _check_what_the_user_saw(window, user, caplog)
    print(
        f"\n{key}: {len(clicked)} controls clicked in {time.perf_counter() - started:.1f} s; "
        f"{len(user.dialogs)} dialogs opened, {len(user.said)} messages"
    )
    assert clicked


def test_every_action_of_the_main_window_works(qtbot, make_window, demo_db, user, caplog):
    caplog.set_level(logging.WARNING)
    window = make_window(demo_db)
    window.resize(1280, 800)
    started = time.perf_counter()
    clicked: list[str] = []
    user.explore = lambda dialog: _click_all(qtbot, window, f"modal › {dialog.windowTitle()}", dialog, user, clicked)
    for name in sorted(vars(window)):
        action = getattr(window, name)
        if isinstance(action, QAction) and name not in LEAVES_THE_DATABASE and action.isEnabled():
            where = f"window: {action.text()}"
            _press_and_check(qtbot, window, where, action, clicked)
            _explore_opened_dialogs(qtbot, window, where, user, clicked)
    _check_what_the_user_saw(window, user, caplog)
    print(
        f"\nwindow: {len(clicked)} actions and controls in {time.perf_counter() - started:.1f} s; "
        f"{len(user.dialogs)} dialogs opened, {len(user.said)} messages"
    )
    assert len(clicked) >= 10
