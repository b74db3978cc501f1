"""What a person sees of a list at a given window size: cut headers and cut titles.

``cut_columns(view)`` names every column of a table whose header text does not fit its
section, the title column (the one the shared column fitter stretches, gui.kit.columns)
when its longest text is cut although the other columns could give room, and any other
column whose text is cut although the table has room for it (``cut_texts``). Measured with the
view's font metrics, as painted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

TEXT_MARGIN = 8  # a cell or a header section paints its text inside a few pixels of margin
TOLERANCE = 2


def header_text_width(view: QTableView, column: int) -> int:
    """What the header section needs to show its text (as the style paints it, bold, with its
    padding), with the sort arrow only where the list is sorted by that column."""
    header = view.horizontalHeader()
    shown = header.isSortIndicatorShown()
    if shown and column != header.sortIndicatorSection():
        blocked = header.blockSignals(True)
        header.setSortIndicatorShown(False)
        width = header.sectionSizeFromContents(column).width()
        header.setSortIndicatorShown(True)
        header.blockSignals(blocked)
        return width
    return header.sectionSizeFromContents(column).width()


def cell_text_width(view: QTableView, row: int, column: int) -> int:
    text = view.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)
    return view.fontMetrics().horizontalAdvance(str(text or "")) + TEXT_MARGIN if text not in (None, "") else 0


def cut_headers(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionSize(column) + TOLERANCE < header_text_width(view, column):
            cut.append(
                f"header {view.model().headerData(column, Qt.Orientation.Horizontal)!r}: "
                f"{header.sectionSize(column)} < {header_text_width(view, column)} px"
            )
    return cut


def cut_title(view: QTableView) -> list[str]:
    """The title column's longest text (of the first rows) when it is cut although there is room:
    every other column could give up width down to its header (dates and figures keep theirs)."""
    from gui.kit.columns import MAX_TITLE, SHORT, TEXT_MINIMUM, column_fitter

    fitter = column_fitter(view)
    if fitter is None or not view.model().rowCount():
        return []

    column = fitter.title_column
    rows = range(min(view.model().rowCount(), 20))
    needed = min(max(cell_text_width(view, row, column) for row in rows), MAX_TITLE)
    needed = min(needed, view.sizeHintForColumn(column))  # Qt's own measure of the painted cells
    header = view.horizontalHeader()
    others = [c for c in range(header.count()) if c != column and not header.isSectionHidden(c)]
    minimum = 0
    for other in others:  # full text for figures and short texts, the header for longer texts
        natural = max(header_text_width(view, other), min(view.sizeHintForColumn(other), 320))
        short = natural <= SHORT or fitter.holds_figures(other)
        minimum += min(
            header.sectionSize(other), natural if short else max(header_text_width(view, other), TEXT_MINIMUM)
        )
    room = view.viewport().width() - minimum
    width = header.sectionSize(column)
    if width + TOLERANCE < min(needed, room):
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        return [f"title {title!r}: {width} px shown of {needed} px (room {room} px)"]
    return []


def cut_texts(view: QTableView) -> list[str]:
    """Every other column of a fitted list whose longest text (of the first rows) is cut although
    the table has room for it: width left unused, a title wider than its text, or a wider text
    column that could give some (the widest are cut first, down to their header)."""
    from gui.kit.columns import MAX_COLUMN, MAX_TITLE, SHORT, TEXT_MINIMUM, column_fitter

    fitter = column_fitter(view)
    model = view.model()
    if fitter is None or not model.rowCount():
        return []
    header = view.horizontalHeader()
    rows = range(min(model.rowCount(), 20))
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def needed(column: int, cap: int) -> int:
        text = min(max(cell_text_width(view, row, column) for row in rows), cap)
        return min(text, view.sizeHintForColumn(column))  # Qt's own measure of the painted cells

    def floor(column: int) -> int:  # what the column keeps when it gives room
        natural = max(header_text_width(view, column), min(view.sizeHintForColumn(column), MAX_COLUMN))
        if natural <= SHORT or fitter.holds_figures(column):
            return natural
        return max(header_text_width(view, column), TEXT_MINIMUM)

    title = fitter.title_column
    unused = view.viewport().width() - sum(header.sectionSize(c) for c in shown)
    title_spare = header.sectionSize(title) - max(
        min(view.sizeHintForColumn(title), MAX_TITLE), header_text_width(view, title)
    )
    cut = []
    for column in shown:
        if column == title:
            continue
        width, need = header.sectionSize(column), needed(column, MAX_COLUMN)
        if width + TOLERANCE >= need:
            continue
        spare = max(0, unused) + max(0, title_spare)
        spare += sum(
            max(0, header.sectionSize(other) - max(floor(other), width))
            for other in shown
            if other not in (column, title)
        )
        if spare > TOLERANCE:
            name = model.headerData(column, Qt.Orientation.Horizontal)
            cut.append(
                f"column {name!r}: {width} px shown of {need} px although {spare} px could be given"
                f" (unused {unused}, title {title_spare})"
            )
    return cut


def cut_columns(view: QTableView) -> list[str]:
    return cut_headers(view) + cut_title(view) + cut_texts(view)


def visible_tables(widget: QWidget) -> list[QTableView]:
    return [
        view
        for view in widget.findChildren(QTableView)
        if view.isVisible() and view.horizontalHeader().isVisible() and view.width() > 0
    ]


def every_tab(widget: QWidget):
    """Yield once for every combination of the widget's tabs (tabs of tabs included)."""
    tabs = [tab for tab in widget.findChildren(QTabWidget) if tab.isVisible()]
    if not tabs:
        yield ""
        return
    outer = tabs[0]
    for index in range(outer.count()):
        if not outer.isTabEnabled(index):
            continue
        outer.setCurrentIndex(index)
        label = outer.tabText(index)
        inner = [tab for tab in outer.widget(index).findChildren(QTabWidget) if tab.isVisible()]
        if inner:
            for inner_index in range(inner[0].count()):
                inner[0].setCurrentIndex(inner_index)
                yield f"{label} › {inner[0].tabText(inner_index)}"
        else:
            yield label


__all__ = ["cut_columns", "cut_headers", "cut_texts", "cut_title", "every_tab", "visible_tables"]
