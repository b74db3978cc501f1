"""Every list can be exported to Excel and printed as shown; the PDF preview prints."""

from __future__ import annotations

import datetime as dt

from clicking import answer_file_dialogs, answer_print_dialog
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from gui.list_output import ListOutput
from gui.pdf_preview import PdfPreviewDialog
from gui.table_model import RowTableModel, TableColumn

ROWS = [
    ("Müller & Söhne <GmbH>", dt.date(2026, 3, 5), 3),
    ("=SUMME(A1:A3)", dt.date(2025, 1, 2), 12),
    ("Łukasz Żółć", None, 1),
]


def _output(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    model = RowTableModel(
        [
            TableColumn("Name", lambda r: r[0]),
            TableColumn("Datum", lambda r: r[1]),
            TableColumn("Anzahl", lambda r: r[2]),
        ]
    )
    model.set_rows(ROWS)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    return widget, ListOutput(widget, model, lambda: "Personen: Auswahl")


def test_excel_export_keeps_order_text_and_dates(qtbot, tmp_path, monkeypatch):
    _widget, output = _output(qtbot)
    target = tmp_path / "liste.xlsx"
    answer_file_dialogs(monkeypatch, target)
    output.export_action.trigger()
    ws = load_workbook(target).active
    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == [
        "=SUMME(A1:A3)",
        "Müller & Söhne <GmbH>",
        "Łukasz Żółć",
    ]
    assert ws.cell(row=2, column=1).data_type == "s"
    assert ws.cell(row=3, column=2).value.date() == dt.date(2026, 3, 5)


def test_print_preview_shows_and_prints_the_list(qtbot, tmp_path, monkeypatch):
    widget, output = _output(qtbot)
    pdf = output.pdf_bytes()
    text = PdfReader(__import__("io").BytesIO(pdf)).pages[0].extract_text()
    assert "Müller & Söhne <GmbH>" in text and "05.03.2026" in text and "Seite 1 von 1" in text
    dialog = PdfPreviewDialog(pdf, "Personen", "Personen", widget)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 1
    answer_print_dialog(monkeypatch, tmp_path / "gedruckt.pdf")
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)  # Strg+P
    dialog.print_action.trigger()
    assert len(PdfReader(tmp_path / "gedruckt.pdf").pages) == 1


def test_printed_list_of_a_page_carries_the_office_letterhead(qtbot, db):
    from model.core.entities import OfficeProfile

    with db.writing() as s:
        profile = s.get(OfficeProfile, 1)
        profile.office_name, profile.street, profile.postcode, profile.city = (
            "Geschäftsstelle Städtenetz",
            "Musterstraße 1",
            "44135",
            "Dortmund",
        )
    page = QWidget()
    page.db = db  # a page of the program knows its database
    qtbot.addWidget(page)
    inner = QWidget(page)
    model = RowTableModel([TableColumn("Name", lambda r: r[0])])
    model.set_rows(ROWS)
    text = (
        PdfReader(__import__("io").BytesIO(ListOutput(inner, model, lambda: "Liste").pdf_bytes()))
        .pages[0]
        .extract_text()
    )
    assert "Geschäftsstelle Städtenetz" in text and "Musterstraße 1, 44135 Dortmund" in text
    assert "Müller & Söhne <GmbH>" in text and "Seite 1 von 1" in text
