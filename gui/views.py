"""A table view set up the way every list in the program looks and behaves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolButton, QWidget

from .table_model import RowTableModel


def make_table_view(
    model: RowTableModel, stretch_column: int | None = None, multi_select: bool = False, parent: QWidget | None = None
) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    # No sort until the user clicks a header: the model keeps the order the service chose.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setSortIndicatorShown(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    header.setResizeContentsPrecision(200)  # measure a sample, not 100,000 rows
    if stretch_column is not None:
        from .kit.columns import fit_columns

        fit_columns(view, stretch_column)  # the title takes the free width, the rest fit
    else:
        _fit_columns_once(view, model)
    return view


def _fit_columns_once(view: QTableView, model: RowTableModel) -> None:
    """Size the columns to their content when the first rows arrive; later resets keep
    the widths the user may have dragged."""
    fitted = False

    def fit() -> None:
        nonlocal fitted
        if fitted or model.rowCount() == 0:
            return
        fitted = True
        header = view.horizontalHeader()
        preset: set[int] = getattr(view, "preset_columns", set())  # widths a page gives (set_widths): not measured
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or column in preset:
                continue
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column), 320))

    model.modelReset.connect(fit)


def selected_rows(view: QTableView) -> list:
    """The row objects of the selected rows, in view order."""
    model = view.model()
    assert isinstance(model, RowTableModel)  # every table of the program shows one
    return [model.row_at(index.row()) for index in sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())]


def list_menu_button(output, parent: QWidget | None = None, text: str | None = None) -> QToolButton:
    """One compact "Liste ▾" button with Exportieren (Excel)… and Drucken… (a gui.list_output.ListOutput)."""
    from PySide6.QtWidgets import QMenu

    button = QToolButton(parent)
    label = text if text is not None else QCoreApplication.translate("ListOutput", "Liste")
    button.setText(f"{label} ▾")  # as the other menu buttons ("Status ▾"); Qt's corner arrow looks clipped
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    button.setToolTip(QCoreApplication.translate("ListOutput", "Die angezeigte Liste exportieren oder drucken"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = QMenu(button)
    menu.addAction(output.export_action)
    menu.addAction(output.print_action)
    button.setMenu(menu)
    return button


def select_quietly(view: QTableView, row: int | None) -> None:
    """Select (and make current) ``row`` without the selection signals: back to the record
    being edited after the user chose Zurück."""
    selection = view.selectionModel()
    selection.blockSignals(True)
    if row is None:
        selection.clear()
    else:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(view.model().index(row, 0), flags)
    selection.blockSignals(False)
    view.viewport().update()
