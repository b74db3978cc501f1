"""Message boxes with German buttons that say what they do ("Wiederherstellen", not "OK").

Every box is a ``QMessageBox`` instance run with ``exec()`` from Python, so a test can
answer for the user by patching ``QMessageBox.exec`` (see ``tests/gui/conftest.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    # Wide enough that file paths (no spaces to wrap at) stay on one line.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 480px; }")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    return box


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, details)
    box.addButton(QCoreApplication.translate("Dialoge", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.addButton(QCoreApplication.translate("Dialoge", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(
    parent: QWidget | None, title: str, text: str, accept: str, details: str = "", reject: str | None = None
) -> bool:
    """A question with a verb on the accept button; the safe answer (reject) is the default."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, details)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject or QCoreApplication.translate("Dialoge", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[str],
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> int:
    """Buttons for several ways on; returns the index of the chosen one (the last on Esc)."""
    box = _box(parent, icon, title, text, details)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options[:-1]]
    buttons.append(box.addButton(options[-1], QMessageBox.ButtonRole.RejectRole))
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(buttons) - 1
