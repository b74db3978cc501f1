"""The shared Excel writer: text stays text, dates are dates, the header is an office list's."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import load_workbook

from reports.excel import Column, Sheet, sheet_title, write_workbook

NASTY = ["=SUMME(A1:A3)", "+49 201 123", "-5", "@Stadt", "Müller & Söhne <GmbH>", "Łukasz Żółć", "Ayşe Yılmaz"]


def _roundtrip(sheet: Sheet):
    buffer = io.BytesIO()
    write_workbook(buffer, [sheet])
    buffer.seek(0)
    return load_workbook(buffer)


def test_text_that_looks_like_a_formula_stays_text():
    workbook = _roundtrip(Sheet("Personen", [Column("Name")], [[value] for value in NASTY]))
    ws = workbook["Personen"]
    cells = [ws.cell(row=r, column=1) for r in range(2, 2 + len(NASTY))]
    assert [c.value for c in cells] == NASTY
    assert all(c.data_type == "s" for c in cells)


def test_header_is_bold_frozen_and_filtered_with_real_dates_and_money():
    rows = [["Stadt Essen", dt.date(2026, 3, 5), Decimal("1234.50"), True, None]]
    columns = [
        Column("Organisation"),
        Column("Datum", "date"),
        Column("Beitrag", "money"),
        Column("Mitglied", "bool"),
        Column("Leer"),
    ]
    ws = _roundtrip(Sheet("Liste", columns, rows))["Liste"]
    assert ws["A1"].font.bold and ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E2"
    assert ws["B2"].is_date and ws["B2"].value.date() == dt.date(2026, 3, 5)
    assert ws["C2"].value == 1234.5 and "€" in ws["C2"].number_format
    assert ws["D2"].value == "ja" and ws["E2"].value is None
    assert ws.column_dimensions["A"].width >= len("Stadt Essen")


def test_control_characters_are_dropped_not_fatal():
    ws = _roundtrip(Sheet("X", [Column("Name")], [["Anna\x00\x07 Schmidt"]]))["X"]
    assert ws["A2"].value == "Anna Schmidt"


def test_sheet_titles_excel_accepts():
    title = sheet_title("Teilnehmende: Tagung 2026/27 [Entwurf]")
    assert title.startswith("Teilnehmende") and len(title) <= 31
    assert not set(title) & set("[]:*?/\\")
    assert len(sheet_title("x" * 40)) == 31 and sheet_title("???") == "Tabelle"


def test_whole_numbers_show_without_a_trailing_separator():
    rows = [[107], [Decimal("2.5")], [Decimal("4")]]
    ws = _roundtrip(Sheet("Zahlen", [Column("Anzahl", "number")], rows))["Zahlen"]
    assert ws["A2"].value == 107 and ws["A2"].number_format == "#,##0"
    assert ws["A3"].value == 2.5 and ws["A3"].number_format == "#,##0.0#"
    assert ws["A4"].value == 4 and ws["A4"].number_format == "#,##0"
