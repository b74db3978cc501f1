"""A saved record is always shown: its row selected and scrolled to, filters giving way.

After a save the page reloads its list; a record the filters hide (a new person in a
"nur inaktive" view, a municipality while "Mitglieder heute" is shown) would vanish without a
word. ``reveal_row`` then sets the filters back to their first choice ("alle …"), clears the
search, and shows the list again with the record selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QWidget

from ..table_model import RowTableModel


def select_row(view: QTableView, record_id: object, key: Callable[[Any], object] = lambda row: row.id) -> bool:
    """Select the row whose ``key`` is ``record_id`` and scroll to it; False when not listed."""
    model = view.model()
    assert isinstance(model, RowTableModel)  # every table of the program shows one
    for number, row in enumerate(model.rows()):
        if key(row) == record_id:
            view.selectRow(number)
            view.scrollTo(model.index(number, 0))
            return True
    return False


def reveal_row(
    view: QTableView,
    record_id: object,
    filters: Iterable[QWidget],
    apply: Callable[[], None],
    key: Callable[[Any], object] = lambda row: row.id,
) -> bool:
    """Select the record's row; if the filters hide it, reset them (``apply`` lists anew) first."""
    if select_row(view, record_id, key):
        return True
    for widget in filters:
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(0)
        elif isinstance(widget, QLineEdit):
            widget.clear()
        widget.blockSignals(False)
    apply()
    return select_row(view, record_id, key)
