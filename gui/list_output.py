""" "Exportieren (Excel)" and "Drucken" for every list: what the user sees, as shown.

Both take the rows of a RowTableModel in their current (filtered, sorted) order. Excel
gets the raw values (dates stay dates); the PDF gets the displayed text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from model.core.filenames import safe_stem

from .table_model import RowTableModel, default_display

if TYPE_CHECKING:
    from reports.pdf import Letterhead


def _excel_kind(value) -> str:
    import datetime as dt
    from decimal import Decimal

    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    return "text"


_TWO_DIGIT_YEAR = re.compile(r"\b(\d{1,2}\.\d{1,2}\.)(\d{2})(?![\d.])")


def _printed_text(shown: str) -> str:
    """The screen text with four-digit years: "23.06.26" is fine in a narrow column, not on paper."""
    return _TWO_DIGIT_YEAR.sub(lambda m: f"{m.group(1)}20{m.group(2)}", shown)


class ListOutput(QObject):
    """Owns the two actions of a list page; add them to its toolbar or buttons."""

    def __init__(
        self,
        parent: QWidget,
        model: RowTableModel,
        title: Callable[[], str],
        letterhead: Callable[[], Letterhead | None] | None = None,
    ):
        super().__init__(parent)
        self._widget, self._model, self._title, self._letterhead = parent, model, title, letterhead
        self.export_action = QAction(self.tr("Exportieren (Excel)…"), parent)
        self.export_action.triggered.connect(self.export_excel)
        self.print_action = QAction(self.tr("Drucken…"), parent)
        self.print_action.triggered.connect(self.print_list)
        self.preview: QWidget | None = None

    def _has_columns(self) -> bool:
        """A list without columns (nothing chosen yet) has nothing to print or export: say so."""
        if self._model.columns():
            return True
        QMessageBox.information(
            self._widget,
            self._title(),
            self.tr("Die Liste hat noch keine Spalten. Bitte zuerst auswählen, was sie zeigen soll."),
        )
        return False

    def table(self) -> tuple[list[str], list[list]]:
        columns = self._model.columns()
        rows = self._model.rows()
        return [c.header for c in columns], [[c.value(row) for c in columns] for row in rows]

    @Slot()
    def export_excel(self) -> None:
        if not self._has_columns():
            return
        title = self._title()
        path, _ = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Exportieren (Excel)"),
            f"{safe_stem(title)}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        if not path:
            return
        self.export_excel_to(path)

    def export_excel_to(self, path: str) -> None:
        from reports.excel import Column, Sheet, write_workbook

        title = self._title()
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        headers, rows = self.table()
        kinds = []
        for index in range(len(headers)):
            sample = next((row[index] for row in rows if row[index] is not None), None)
            kinds.append(_excel_kind(sample))
        try:
            write_workbook(path, [Sheet(title, [Column(h, k) for h, k in zip(headers, kinds, strict=True)], rows)])
        except OSError as exc:  # open in Excel, no right to write, disk full
            from .kit.errors import show_error

            show_error(
                self._widget, exc, title=self.tr("Exportieren"), summary=self.tr("Die Liste wurde nicht gespeichert.")
            )
            return
        self.exported_path = path

    def pdf_bytes(self) -> bytes:
        from reports.list_table import list_pdf

        columns = self._model.columns()
        rows = [
            [_printed_text(c.display(row) if c.display else default_display(c.value(row))) for c in columns]
            for row in self._model.rows()
        ]
        letterhead = self._letterhead() if self._letterhead else self._office_letterhead()
        count = self.tr("1 Eintrag") if len(rows) == 1 else self.tr("%1 Einträge").replace("%1", str(len(rows)))
        return list_pdf(self._title(), [c.header for c in columns], rows, letterhead, count)

    def _office_letterhead(self) -> Letterhead | None:
        """The office letterhead from the settings of the database the list's page shows (if any)."""
        from model.core.db import Database

        widget: QObject | None = self._widget
        while widget is not None:
            db = getattr(widget, "db", None)
            if isinstance(db, Database):
                break
            widget = widget.parent()
        else:
            return None
        from model.settings.office import load_profile
        from reports.pdf import Letterhead

        return Letterhead.from_profile(load_profile(db))

    @Slot()
    def print_list(self) -> None:
        from .pdf_preview import PdfPreviewDialog

        if not self._has_columns():
            return
        self.preview = PdfPreviewDialog(self.pdf_bytes(), self._title(), self._title(), self._widget)
        self.preview.open()
