"""In-program PDF preview (QtPdf) with Drucken…, Speichern unter… and Im PDF-Programm öffnen."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from model.core.errors import UserError
from model.core.filenames import safe_stem
from model.core.safe_files import write_atomically

from .kit.dialog import Dialog
from .kit.screen import fit_to_screen

PRINT_DPI = 300


def print_pdf_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``, scaled to the page; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size_points = document.pagePointSize(page)
            scale = min(target.width() / max(size_points.width(), 1), target.height() / max(size_points.height(), 1))
            image_size = QSize(int(size_points.width() * scale), int(size_points.height() * scale))
            image = document.render(page, image_size)
            painter.drawImage(QRect(0, 0, image_size.width(), image_size.height()), image)
        return document.pageCount()
    finally:
        painter.end()


class PdfPreviewDialog(Dialog):
    """Shows a PDF given as bytes; the user prints, saves or opens it elsewhere."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 1000)
        self._pdf = pdf
        self._suggested = f"{safe_stem(suggested_name)}.pdf"
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        toolbar = QToolBar(self)
        self.print_action = QAction(self.tr("Drucken…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        self.save_action = QAction(self.tr("Speichern unter…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_as)
        self.open_action = QAction(self.tr("Im PDF-Programm öffnen"), self)
        self.open_action.triggered.connect(self.open_externally)
        for action in (self.print_action, self.save_action, self.open_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        count = self.document.pageCount()
        pages = QLabel(self.tr("1 Seite") if count == 1 else self.tr("%1 Seiten").replace("%1", str(count)))
        pages.setContentsMargins(8, 0, 8, 0)
        toolbar.addWidget(pages)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)

    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot()
    def print_document(self) -> None:
        """Ask for the printer (Drucken… and Strg+P), then print on it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Drucken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        if not print_pdf_document(self.document, printer):
            QMessageBox.warning(self, self.tr("Drucken"), self.tr("Der Drucker ließ sich nicht ansprechen."))

    @Slot()
    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Speichern unter"), self._suggested, self.tr("PDF-Dateien (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_atomically(path, self._pdf)
        except UserError as exc:
            from .kit.errors import show_error

            show_error(self, exc, title=self.tr("Speichern"), summary=self.tr("Die Datei ließ sich nicht speichern."))

    @Slot()
    def open_externally(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="netzwerkstatt-"))
        target = folder / self._suggested
        target.write_bytes(self._pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
