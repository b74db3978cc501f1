"""One rule for the column widths of every list: the title takes the free width.

``fit_columns(view, title_column)`` sizes a table whenever its data or its width changes:
every other column gets what its contents need (or the width a page prefers for it), never
less than its header with the sort arrow; the title column (stretched) takes the rest. When
the title would be cut although the others could give room, the wide text columns give it
(down to their header, at least 90 px); dates, times, amounts, counts and short states keep
their full width — so at 1280×800 and 1366×768 titles show in full wherever the window has room.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MAX_COLUMN = 320  # a long place name does not take a third of the table
MAX_TITLE = 720
TEXT_MINIMUM = 90  # a text column that gives room to the title keeps at least this
SHORT = 130  # states and kinds ("teilgenommen", "Werkstatt") this narrow are never cut
PADDING = 0  # sectionSizeFromContents already holds the margins and the sort arrow
SAMPLE_ROWS = 20
# Dates, times, amounts and counts ("Do 08.01.26 10:00", "20 / 20", "1.200,00 €") are never cut.
FIGURES = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöü]{1,2}\.?\s)?[\d\s.,:/–€%+\-]*$")


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, title_column: int):
        super().__init__(view)
        self.view, self.title_column = view, title_column
        self.preferred: dict[int, int] = {}
        view.horizontalHeader().setSectionResizeMode(title_column, QHeaderView.ResizeMode.Stretch)
        view.model().modelReset.connect(self.fit)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def header_width(self, column: int) -> int:
        """The header's text with the sort arrow: no column is narrower."""
        return self.view.horizontalHeader().sectionSizeFromContents(column).width() + PADDING

    def holds_figures(self, column: int) -> bool:
        model = self.view.model()
        texts = [model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                 for row in range(min(model.rowCount(), SAMPLE_ROWS))]
        texts = [str(text) for text in texts if text not in (None, "")]
        return bool(texts) and all(FIGURES.match(text) for text in texts)

    def wanted_width(self, column: int) -> int:
        if column in self.preferred:
            return max(self.header_width(column), self.preferred[column])
        content = self.view.sizeHintForColumn(column) if self.view.model().rowCount() else 0
        return max(self.header_width(column), min(content, MAX_COLUMN))

    def widths(self, available: int) -> dict[int, int]:
        """The width of every column but the title, for a viewport ``available`` pixels wide."""
        header = self.view.horizontalHeader()
        columns = [c for c in range(self.view.model().columnCount())
                   if c != self.title_column and not header.isSectionHidden(c)]
        wanted = {c: self.wanted_width(c) for c in columns}
        minimum = {c: wanted[c] if wanted[c] <= SHORT or self.holds_figures(c)
                   else max(self.header_width(c), TEXT_MINIMUM) for c in columns}
        title = self.header_width(self.title_column)
        if self.view.model().rowCount():
            title = max(title, min(self.view.sizeHintForColumn(self.title_column), MAX_TITLE))
        excess = sum(wanted.values()) + title - available
        reducible = sum(wanted[c] - minimum[c] for c in columns)
        if excess > 0 and reducible > 0:
            share = min(1.0, excess / reducible)
            wanted = {c: round(wanted[c] - share * (wanted[c] - minimum[c])) for c in columns}
        return wanted

    def fit(self) -> None:
        if self.view.model().columnCount() <= self.title_column:
            return
        for column, width in self.widths(self.view.viewport().width()).items():
            if self.view.columnWidth(column) != width:
                self.view.setColumnWidth(column, width)


def fit_columns(view: QTableView, title_column: int) -> ColumnFitter:
    fitter = ColumnFitter(view, title_column)
    view.setProperty("columnFitter", True)
    return fitter  # a child of the view: found there by prefer_widths


def prefer_widths(view: QTableView, widths: dict[int, int]) -> bool:
    """Widths a page prefers for some columns of a fitted view; False if the view has no fitter."""
    fitter = view.findChild(ColumnFitter, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if fitter is None:
        return False
    fitter.preferred.update(widths)
    fitter.fit()
    return True
