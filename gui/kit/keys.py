"""Enter in a search or completer field acts on that field only.

A QLineEdit emits ``returnPressed`` and then ignores the key, so Qt hands Enter on to the
dialog, which presses its default button: "Enter = anwesend" in the attendance search closed
the whole event dialog, Enter to take a suggested organisation saved the person. Fields
marked with ``enter_stays_in`` get Enter delivered to themselves only; dialogs close by
their buttons or Escape.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterStaysInField(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS:
            watched.event(event)  # the field acts (returnPressed, the completer's choice) …
            event.accept()  # … and the key goes no further (Qt passes an ignored key to the parents):
            return True  # no default button, no closed dialog
        return False


_filter: _EnterStaysInField | None = None


def enter_stays_in(*fields: QWidget) -> None:
    """Keep Enter in these line edits or editable combo boxes (their own line edit)."""
    global _filter
    if _filter is None:
        _filter = _EnterStaysInField(QCoreApplication.instance())
    for field in fields:
        target = field.lineEdit() if isinstance(field, QComboBox) and field.isEditable() else field
        if target is not None:
            target.installEventFilter(_filter)
