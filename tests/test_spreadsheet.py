"""Reading office Excel lists: header detection, safety against odd and hostile files."""

from __future__ import annotations

import zipfile

import pytest
from member_data import as_typed_text
from openpyxl import Workbook

from model.core.errors import UserError
from model.importing.spreadsheet import clean_text, find_header, normalise_header, read_first_sheet

ALIASES = {
    "vorname": "first_name",
    "firstname": "first_name",
    "nachname": "last_name",
    "email": "email",
    "emailadresse": "email",
    "organisation": "organisation",
}


def _workbook(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    as_typed_text(wb.active)
    wb.save(path)
    return path


def test_header_below_title_rows_in_any_order_and_language(tmp_path):
    path = _workbook(
        tmp_path / "liste.xlsx",
        [
            ["Teilnehmendenliste Netzwerktreffen"],
            [],
            ["  E-Mail-Adresse ", "Nachname", "First name", "Bemerkung"],
            ["a@b.de", "Yılmaz", "Ayşe", "=SUMME(A1:A3)"],
        ],
    )
    data = read_first_sheet(path)
    header = find_header(data, ALIASES)
    assert header.excel_row == 3
    assert header.mapping == {0: "email", 1: "last_name", 2: "first_name"}
    assert header.unknown == ["Bemerkung"]
    assert data.rows[3][3] == "=SUMME(A1:A3)"  # read as the characters typed


def test_no_header_is_a_clear_message(tmp_path):
    path = _workbook(tmp_path / "x.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(UserError, match="Überschriftenzeile"):
        find_header(read_first_sheet(path), ALIASES)


@pytest.mark.parametrize("content", [b"Vorname;Nachname\nAnna;Schmidt\n", b"", b"PK\x03\x04kaputt"])
def test_files_that_are_no_workbook_get_a_message(tmp_path, content):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError):
        read_first_sheet(path)


def test_zip_bombs_are_not_unpacked(tmp_path):
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (50 * 1024 * 1024))
    with pytest.raises(UserError, match="zu groß"):
        read_first_sheet(path)


def test_entity_declarations_are_refused(tmp_path):
    path = _workbook(tmp_path / "ok.xlsx", [["Vorname", "Nachname"], ["A", "B"]])
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY lol "lol">]>' + data
            dst.writestr(item, data)
    with pytest.raises(UserError):
        read_first_sheet(evil)


def test_clean_text_and_header_normalising():
    assert clean_text("  Anna\u00a0 Maria  ") == "Anna Maria"
    assert clean_text(4711.0) == "4711" and clean_text("") is None and clean_text(None) is None
    assert clean_text("Evil\u202eName") == "EvilName"
    assert normalise_header("E-Mail") == normalise_header("e mail") == "email"
    assert normalise_header("Straße") == "strasse"
