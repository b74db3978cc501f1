"""One rule for the column widths of every list: the title takes the free width.

``fit_columns(view, title_column)`` sizes a table whenever its data or its width changes:
every other column gets what its contents need (or the width a page prefers for it, widened
to its contents when the title has room to spare), never less than its header (with the sort
arrow where the list is sorted by it); the title column (stretched) takes the rest. Rows are
measured once per change, when the list is in sight. When the title would be cut although the
others could give room, the wide text columns give it, the widest first (down to their header,
at least 90 px); dates, times, amounts, counts and short states keep their full width — so at
1280×800 and 1366×768 titles show in full wherever the window has room.

Lists without a title column get starting widths from their page: ``column_widths(view, {column:
width})`` (kept until the first paint) or ``set_widths(view, (width, …))`` (never narrower than
the header; 0 leaves a column fitted to its contents). On a fitted list both are the widths the
page prefers (``prefer_widths``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MAX_COLUMN = 320  # a long place name does not take a third of the table
MAX_TITLE = 720
TEXT_MINIMUM = 90  # a text column that gives room to the title keeps at least this
SHORT = 130  # states and kinds ("teilgenommen", "Werkstatt") this narrow are never cut
PADDING = 0  # sectionSizeFromContents already holds the margins and the sort arrow
SAMPLE_ROWS = 20
MEASURED_ROWS = 50  # the rows in sight and more up to this many are measured (each asks the model ~8 roles)
# Dates, times, amounts and counts ("Do 08.01.26 10:00", "ab 08:00", "20 / 20", "1.200,00 €")
# are never cut.
FIGURES = re.compile(r"^(?:[A-ZÄÖÜa-zäöü][a-zäöü]{1,2}\.?\s)?[\d\s.,:/–€%+\-]*$")


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, title_column: int):
        super().__init__(view)
        self.view, self.title_column = view, title_column
        self.preferred: dict[int, int] = {}
        # What the rows need (measuring asks the model for every role of up to MEASURED_ROWS rows
        # per column): measured once per change of the rows, not at every resize of the window.
        self._content: dict[int, int] = {}
        self._figures: dict[int, bool] = {}
        view.horizontalHeader().setSectionResizeMode(title_column, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.refit)
        view.horizontalHeader().sortIndicatorChanged.connect(self.fit)  # the sorted column shows its arrow
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:  # the style sheet's font may have arrived meanwhile
            self.refit()
        elif event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def header_width(self, column: int) -> int:
        """The header's text (with the sort arrow where the list is sorted): no column is narrower."""
        return header_needs(self.view, column) + PADDING

    def refit(self) -> None:
        """The rows changed: measure them again."""
        self._content.clear()
        self._figures.clear()
        self.fit()

    def content_width(self, column: int) -> int:
        if column not in self._content:
            self._content[column] = self.view.sizeHintForColumn(column) if self.view.model().rowCount() else 0
        return self._content[column]

    def holds_figures(self, column: int) -> bool:
        if column not in self._figures:
            self._figures[column] = self._holds_figures(column)
        return self._figures[column]

    def _holds_figures(self, column: int) -> bool:
        model = self.view.model()
        texts = [
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            for row in range(min(model.rowCount(), SAMPLE_ROWS))
        ]
        texts = [str(text) for text in texts if text not in (None, "")]
        return bool(texts) and all(FIGURES.match(text) for text in texts)

    def wanted_width(self, column: int) -> int:
        if column in self.preferred:
            return max(self.header_width(column), self.preferred[column])
        return max(self.header_width(column), min(self.content_width(column), MAX_COLUMN))

    def natural_width(self, column: int) -> int:
        """What a column needs to show its texts (of the rows measured) and its header in full."""
        if column == self.title_column:
            if not self.view.model().rowCount():
                return self.header_width(column)
            return max(self.header_width(column), min(self.content_width(column), MAX_TITLE))
        return max(self.header_width(column), min(self.content_width(column), MAX_COLUMN))

    def full_width(self, columns: Iterable[int]) -> int:
        """What ``columns`` (shown or hidden, the title among them) need together to show in full:
        a page that may drop a column compares it with the width it has."""
        return sum(self.natural_width(column) for column in columns)

    def widths(self, available: int) -> dict[int, int]:
        """The width of every column but the title, for a viewport ``available`` pixels wide."""
        header = self.view.horizontalHeader()
        columns = [
            c
            for c in range(self.view.model().columnCount())
            if c != self.title_column and not header.isSectionHidden(c)
        ]
        wanted = {c: self.wanted_width(c) for c in columns}
        # What a column needs at least: short texts and figures their full text (a width a page
        # prefers is given up for the title), other texts their header (and TEXT_MINIMUM).
        natural = {c: self.natural_width(c) for c in columns}
        minimum = {
            c: min(
                wanted[c],
                natural[c] if natural[c] <= SHORT or self.holds_figures(c) else max(self.header_width(c), TEXT_MINIMUM),
            )
            for c in columns
        }
        title = self.natural_width(self.title_column)
        excess = sum(wanted.values()) + title - available
        if excess > 0:
            wanted = give_room(wanted, minimum, sum(wanted.values()) - excess)
        else:  # room to spare: a column a page prefers narrower than its texts shows them first
            free = -excess
            for c in columns:
                grow = min(free, max(0, natural[c] - wanted[c]))
                wanted[c] += grow
                free -= grow
        return wanted

    def fit(self) -> None:
        if self.view.model().columnCount() <= self.title_column:
            return
        if not self.view.isVisible():  # a hidden tab's list: measured when it is shown (Show event)
            return
        for column, width in self.widths(self.view.viewport().width()).items():
            if self.view.columnWidth(column) != width:
                self.view.setColumnWidth(column, width)


def give_room(wanted: dict[int, int], minimum: dict[int, int], total: int) -> dict[int, int]:
    """The widths, together at most ``total``, that cut the widest columns first.

    All columns wider than a level are brought down to it (never under their ``minimum``), so a
    place or a kind that is shorter than the widest text keeps its full width and as few columns
    as possible are cut. (Taking from every column in proportion cut them all.)"""
    if not wanted:
        return {}
    if sum(minimum.values()) >= total:
        return dict(minimum)
    low, high = 0, max(wanted.values())
    while low < high:  # the highest level at which the columns fit into ``total``
        level = (low + high + 1) // 2
        if sum(max(minimum[c], min(wanted[c], level)) for c in wanted) <= total:
            low = level
        else:
            high = level - 1
    return {c: max(minimum[c], min(wanted[c], low)) for c in wanted}


def arrow_width(view: QTableView) -> int:
    """The room Qt reserves in every header section for a sort arrow (0 without arrows)."""
    header = view.horizontalHeader()
    if not header.isSortIndicatorShown() or header.count() == 0:
        return 0
    known = view.property("arrowWidth")  # measured once per view (toggling the arrow lays the header out)
    if known is not None:
        return int(known)
    with_arrow = header.sectionSizeFromContents(0).width()
    blocked = header.blockSignals(True)
    header.setSortIndicatorShown(False)
    without = header.sectionSizeFromContents(0).width()
    header.setSortIndicatorShown(True)
    header.blockSignals(blocked)
    arrow = max(0, with_arrow - without)
    if view.isVisible():  # polished: the style sheet's header is what is measured
        view.setProperty("arrowWidth", arrow)
    return arrow


def header_needs(view: QTableView, column: int, arrow: int | None = None) -> int:
    """The width a column's header needs to show its text as painted (bold, padded). Qt reserves
    the sort arrow's room in every section; only the sorted one shows it, so the others need
    it not (sorting by another column fits the columns again)."""
    header = view.horizontalHeader()
    width = header.sectionSizeFromContents(column).width()
    if header.isSortIndicatorShown() and column != header.sortIndicatorSection():
        width -= arrow_width(view) if arrow is None else arrow
    return width


def set_width(view: QTableView, column: int, width: int) -> None:
    """``width`` for a column of a list that is not fitted, never less than its header needs."""
    view.setColumnWidth(column, max(width, header_needs(view, column)))


def fit_columns(view: QTableView, title_column: int) -> ColumnFitter:
    fitter = ColumnFitter(view, title_column)
    view.setProperty("columnFitter", True)
    return fitter  # a child of the view: found there by prefer_widths


def column_fitter(view: QTableView) -> ColumnFitter | None:
    """The fitter of a fitted view (a child of the view), else None."""
    return view.findChild(ColumnFitter, "", Qt.FindChildOption.FindDirectChildrenOnly)


def prefer_widths(view: QTableView, widths: dict[int, int]) -> bool:
    """Widths a page prefers for some columns of a fitted view; False if the view has no fitter."""
    fitter = column_fitter(view)
    if fitter is None:
        return False
    fitter.preferred.update(widths)
    fitter.fit()
    return True


# --- lists with widths given by the page ---------------------------------------------------


class _WidthKeeper(QObject):
    """Applies column widths until the view is first painted (see ``column_widths``)."""

    def __init__(self, view, widths: dict[int, int]):
        super().__init__(view)
        self.view, self.widths = view, widths
        self.apply()
        view.model().modelReset.connect(self.apply)
        view.viewport().installEventFilter(self)

    def apply(self) -> None:
        for column, width in self.widths.items():
            self.view.setColumnWidth(column, width)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.apply()
            watched.removeEventFilter(self)
            self.view.model().modelReset.disconnect(self.apply)
        return False


def column_widths(view, widths: dict[int, int]) -> None:
    """Set column widths that survive the first data load.

    Data loaded before the view was ever painted lets the header size the columns to their
    contents (a long place name takes a third of the table); the widths are therefore
    applied again until the first paint. Afterwards the user's own widths stay. Lists with a
    title column (``fit_columns``) take these as preferred widths instead.
    """
    if not prefer_widths(view, widths):
        _WidthKeeper(view, widths)


def set_widths(view, widths: tuple[int, ...]) -> None:
    """Initial column widths (the user can drag them; the stretch column takes the rest).

    A width of 0 keeps the width fitted to the content; no width is narrower than the
    column's heading needs (in whatever font and language the program runs)."""
    if prefer_widths(view, {column: width for column, width in enumerate(widths) if width}):
        return  # a fitted list (fit_columns): the title takes the free width, the rest fit
    header = view.horizontalHeader()
    view.preset_columns = {column for column, width in enumerate(widths) if width}  # views.py measures the rest

    def apply() -> None:
        for column, width in enumerate(widths):
            if width and column < header.count():
                header.resizeSection(column, fitting_width(header, column, width))

    apply()

    # A model reset lays the sections out anew; the first one with rows gets the widths again.
    def first_rows() -> None:
        if view.model().rowCount():
            apply()
            view.model().modelReset.disconnect(first_rows)

    view.model().modelReset.connect(first_rows)


def fitting_width(header, column: int, width: int) -> int:
    """``width``, or wider if the column's heading (with the sort arrow) would be cut off."""
    return max(width, header.sectionSizeHint(column))
