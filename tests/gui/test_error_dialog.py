"""The error dialog: one German sentence on top, the technical detail folded away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTabWidget

from gui.kit.errors import ErrorDialog, describe_error, show_error
from model.core.errors import UserError, ValidationError


def _bug() -> BaseException:
    try:
        # What PySide says when a slot gets an argument it cannot take: a signature dump.
        raise TypeError(
            "'PySide6.QtWidgets.QFileDialog.getSaveFileName' called with wrong argument types:\n"
            "  PySide6.QtWidgets.QFileDialog.getSaveFileName(ListOutput, str, bool)"
        )
    except TypeError as exc:
        return exc


def test_a_bug_has_a_one_sentence_headline_and_folded_details(qtbot):
    dialog = ErrorDialog(*describe_error(_bug()))  # as the program's exception hook shows it
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.headline.text() == (
        "Ein unerwarteter Fehler ist aufgetreten; die Arbeit kann meist fortgesetzt werden."
    )
    assert "PySide6" not in dialog.headline.text() + dialog.hint.text()
    assert not dialog.details_view.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details_view.isVisible() and "getSaveFileName" in dialog.details_view.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Ein unerwarteter Fehler") and "TypeError" in copied and "Traceback" in copied


def test_a_known_error_shows_its_sentence_and_nothing_else(qtbot):
    title, message, details = describe_error(UserError("Die Veranstaltung ist ausgebucht."))
    assert (message, details) == ("Die Veranstaltung ist ausgebucht.", "")
    dialog = ErrorDialog(title, message, details)
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == "Die Veranstaltung ist ausgebucht." and not hasattr(dialog, "details_button")


def test_show_error_says_a_known_error_in_german_and_puts_the_cursor_in_its_field(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(), box.informativeText())) or 0
    )
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    name, email = QLineEdit(), QLineEdit()
    tabs.addTab(name, "Person")
    tabs.addTab(email, "Kontakt")
    tabs.show()
    with qtbot.waitActive(tabs):
        tabs.activateWindow()
    show_error(
        tabs,
        ValidationError("E-Mail: »ayşe@« ist keine gültige Adresse.", field="email"),
        title="Person speichern",
        fields={"name": name, "email": email},
    )
    assert shown == [("Person speichern", "E-Mail: »ayşe@« ist keine gültige Adresse.", "")]
    assert tabs.currentWidget() is email and QApplication.focusWidget() is email
    show_error(
        tabs,
        PermissionError(13, "Permission denied", "Liste.xlsx"),
        title="Exportieren",
        summary="Die Liste wurde nicht gespeichert.",
    )
    assert shown[-1][1] == "Die Liste wurde nicht gespeichert." and "Liste.xlsx" in shown[-1][2]


def test_show_error_passes_a_bug_on_to_the_exception_hook(qtbot):
    with pytest.raises(TypeError):
        show_error(None, _bug(), title="Exportieren")
