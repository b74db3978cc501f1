"""A fast table model over plain rows, shared by every list in the program.

Sorting and filtering happen here in Python (or in SQL before ``set_rows``), never in a
QSortFilterProxyModel: the proxy needs ~10 s to sort 100,000 rows, a Python sort on a key
~0.1 s. Rows are any objects; each column says how to read, show and sort a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ROW_ROLE) -> the row object


@dataclass
class TableColumn:
    """One column: header (already translated), value getter and optional display/sort keys."""

    header: str
    value: Callable[[Any], Any]
    display: Callable[[Any], str] | None = None
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None


def default_display(value: Any) -> str:
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return locale.toString(
            QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)), "dd.MM.yyyy HH:mm"
        )
    if isinstance(value, dt.date):
        return locale.toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")
    if isinstance(value, Decimal):
        return locale.toString(float(value), "f", 2)
    return str(value)


def _sortable(value: Any) -> tuple:
    """None sorts last; strings compare case- and accent-insensitively."""
    if value is None:
        return (1, "")
    if isinstance(value, str):
        from model.core.text import fold

        return (0, fold(value))
    return (0, value)


class RowTableModel(QAbstractTableModel):
    """Read-only table of rows; ``set_rows`` replaces the content in one reset."""

    # Empty when the instance's own are gone: the garbage collector empties the Python side of a
    # closed dialog's or page's objects before Qt has destroyed them, and a view being destroyed
    # may still ask its model for data or headers; it then gets an empty table, not an error.
    _columns: Sequence[TableColumn] = ()
    _rows: Sequence[Any] = ()
    _sort_column = -1
    _sort_order = Qt.SortOrder.AscendingOrder

    def __init__(self, columns: Sequence[TableColumn], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- content --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column >= 0:
            self._sort_rows()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def columns(self) -> list[TableColumn]:
        return list(self._columns)

    # --- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return column.display(row) if column.display else default_display(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
            and self._columns[section].align_right
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        # A reset (not a layout change) keeps no stale persistent indexes; selection is
        # cheap to lose compared to mapping 100,000 persistent indexes.
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        column = self._columns[self._sort_column]
        key = column.sort_key or column.value
        self._rows = sorted(
            self._rows,
            key=lambda row: _sortable(key(row)),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
