"""Every enabled button and action of every area, clicked as a user clicks it, on the small demo.

File dialogs answer with a path in a temporary folder, message boxes and modal dialogs with
Abbrechen (cancel), dialogs opened with ``open()`` are closed by their reject. The test fails
on any exception (pytest-qt), any Qt warning (``qt_log_level_fail``) and any message or label
showing a Python value (``False``, ``None``, ``True``).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from gui.areas import AREAS
from gui_fixtures import make_window  # noqa: F401 - fixture

PYTHON_VALUE = re.compile(r"\b(False|None|True)\b|<bound method|object at 0x")
# Main-window actions that leave this database or the program; each has its own tests.
LEAVES_THE_DATABASE = {"open_action", "new_action", "restore_action", "quit_action"}


class User:
    """Answers every question with Abbrechen and notes what the program said."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.said: list[str] = []
        self.dialogs: list[str] = []
        self.files = 0

    def note(self, *texts: str) -> None:
        self.said.extend(t for t in texts if t)

    def save_path(self, _parent=None, caption="", directory="", filter="", *args, **kwargs):  # noqa: A002, ANN001, ANN002, ANN003
        self.files += 1
        suffix = re.search(r"\*\.(\w+)", filter or "")
        return str(self.folder / f"datei{self.files}.{suffix[1] if suffix else 'dat'}"), ""

    def message_box(self, box: QMessageBox) -> int:
        self.note(box.windowTitle(), box.text(), box.informativeText())
        for button in box.buttons():
            if box.buttonRole(button) in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole):
                button.click()
                return QMessageBox.StandardButton.Cancel.value
        if box.buttons():
            box.buttons()[-1].click()
        return QMessageBox.StandardButton.Cancel.value

    def static_box(self, _parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        self.note(title, text)
        return QMessageBox.StandardButton.Cancel

    def modal(self, dialog: QDialog) -> int:
        self.dialogs.append(type(dialog).__name__)
        self.note(dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    def opened(self, dialog: QDialog) -> None:
        self.dialogs.append(type(dialog).__name__)
        self.note(dialog.windowTitle())
        dialog.reject()


@pytest.fixture
def user(monkeypatch, tmp_path) -> User:
    person = User(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", person.save_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
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
    return person


def _select_first_rows(page: QWidget) -> None:
    """A row chosen in every list, so that the buttons for "the selected one" have work."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))


def _controls(page: QWidget) -> list[QObject]:
    """The visible, enabled buttons of a page (menu buttons: their entries) in layout order."""
    found: list[QObject] = []
    for button in page.findChildren(QAbstractButton):
        if (isinstance(button, (QCheckBox, QRadioButton)) or not button.isVisible() or not button.isEnabled()
                or button.objectName().startswith("qt_") or isinstance(button.parent(), QTabWidget)):
            continue
        if isinstance(button, QToolButton) and button.menu() is not None:  # the click opens a blocking menu
            found.extend(a for a in button.menu().actions() if a.isEnabled() and not a.isSeparator() and a.text())
        else:
            found.append(button)
    return found


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


def test_every_enabled_button_and_action_of_every_area_works(qtbot, make_window, demo_db, user):  # noqa: F811
    window = make_window(demo_db)
    window.resize(1280, 800)
    started = time.perf_counter()
    clicked: list[str] = []
    for area in AREAS:
        window.show_area(area.key)
        page = window.page(area.key)
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
                    if isinstance(control, QAbstractButton) and not control.isVisible():
                        continue  # an earlier click changed the page
                    with qtbot.captureExceptions() as exceptions:
                        _press(control)
                        window.wait_for_jobs()
                        qtbot.wait(1)
                    where = f"{area.key}: {_label(control)}"
                    assert not exceptions, f"{where}: " + "".join(__import__("traceback").format_exception(*exceptions[0]))
                    clicked.append(where)
                    if window.page(area.key) is not page or not page.isVisible():
                        window.show_area(area.key)
    for name in sorted(vars(window)):
        action = getattr(window, name)
        if isinstance(action, QAction) and name not in LEAVES_THE_DATABASE and action.isEnabled():
            with qtbot.captureExceptions() as exceptions:
                action.trigger()
                window.wait_for_jobs()
            assert not exceptions, f"{action.text()}: {exceptions[0][1]!r}"
            clicked.append(f"window: {action.text()}")
    shown = _python_values_shown(window, user)
    assert not shown, f"Python values shown to the user: {shown[:5]}"
    print(f"\n{len(clicked)} controls clicked in {time.perf_counter() - started:.1f} s; "
          f"{len(user.dialogs)} dialogs opened, {len(user.said)} messages")
    assert len(clicked) >= 100
