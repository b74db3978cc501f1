"""The error dialog: one German sentence on top, the technical detail folded away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.kit.errors import ErrorDialog, describe_error, show_error
from model.errors import UserError


def _bug() -> BaseException:
    try:
        # What PySide says when a slot gets an argument it cannot take: a signature dump.
        raise TypeError("'PySide6.QtWidgets.QFileDialog.getSaveFileName' called with wrong argument types:\n"
                        "  PySide6.QtWidgets.QFileDialog.getSaveFileName(ListOutput, str, bool)")
    except TypeError as exc:
        return exc


def test_a_bug_has_a_one_sentence_headline_and_folded_details(qtbot):
    dialog = show_error(None, _bug())
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == ("Ein unerwarteter Fehler ist aufgetreten; "
                                      "die Arbeit kann meist fortgesetzt werden.")
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
