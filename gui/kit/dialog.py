"""The program's dialog: Enter finishes a field, never the dialog.

In a plain QDialog, Enter in a line edit presses the default button: taking a completer's
suggestion (Handlungsfeld »Kli…« + Enter) saved and closed a half-filled event. Here Enter acts
on the field it is typed in (a completer takes its suggestion, a search runs) and goes no
further; a focused button still answers Enter, Enter on a list still chooses its row (the
default button), and the dialog closes by its buttons or Escape. ``accept`` first takes the dates being typed and refuses to close over an impossible one
(``gui.kit.dates.refused_date``); dialogs that store before they close call ``dates_accepted``
first.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLineEdit

from .dates import refused_date
from .keys import ENTER_KEYS
from .screen import widen_for_tabs


class Dialog(QDialog):
    _widened = False

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._widened:
            self._widened = True
            widen_for_tabs(self)  # every tab title in full (six tabs did not fit 820 px)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in ENTER_KEYS and isinstance(self.focusWidget(), (QLineEdit, QAbstractSpinBox, QComboBox)):
            event.accept()  # the field has had its Enter; the default button is not pressed
            return
        super().keyPressEvent(event)

    def dates_accepted(self) -> bool:
        """Whether every date of the dialog is a real one; a save starts with this check and
        stores nothing while a date is refused (its message shows below it, the focus is on it)."""
        return refused_date(self) is None

    def accept(self) -> None:
        if not self.dates_accepted():
            return  # the dialog stays open
        super().accept()
