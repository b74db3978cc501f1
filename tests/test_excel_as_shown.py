"""Imports read a workbook as Excel shows it: the active visible sheet, no hidden rows, merged
headers understood, formulas by their stored value, error cells and oddities as row errors, and
clear messages for locked, protected, foreign and oversized files. Every hostile workbook is
built here with openpyxl (and, where openpyxl cannot, by editing its XML)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from events_fixtures import build_scene
from openpyxl import Workbook
from sqlalchemy import select

from model.core.entities import Person
from model.core.errors import UserError
from model.events.participants import register_people, registration_rows
from model.importing import spreadsheet
from model.importing.attendance_import import import_attendance
from model.importing.outcome import ImportFailed
from model.importing.person_import import import_persons

NOW = dt.datetime(2027, 3, 4, 14)
HEADER = ("Vorname", "Nachname", "E-Mail")

# What a sheet shows is read before any SQL; imports run on both servers in their own tests.
pytestmark = pytest.mark.sqlite_only


def _people(db) -> list[tuple[str, str, str | None]]:
    with db.session() as s:
        return sorted(s.execute(select(Person.first_name, Person.last_name, Person.email)).all())


def _save(workbook: Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def _edit_part(path: Path, name: str, edit) -> Path:  # bytes -> bytes
    """Change one XML part of a saved workbook (for what openpyxl will not write)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[name] = edit(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, content in parts.items():
            archive.writestr(filename, content)
    return path


def _with_cached_values(path: Path, cached: dict[str, str]) -> Path:
    """Give formula cells the value Excel would have stored (openpyxl writes formulas without)."""
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    xml = parts[name].decode("utf-8")
    for coordinate, value in cached.items():
        xml = re.sub(
            rf'<c r="{coordinate}"([^>]*)><f>(.*?)</f><v\s*/>',
            rf'<c r="{coordinate}"\1 t="str"><f>\2</f><v>{value}</v>',
            xml,
        )
        xml = re.sub(
            rf'<c r="{coordinate}"([^>]*)><f>(.*?)</f><v></v>',
            rf'<c r="{coordinate}"\1 t="str"><f>\2</f><v>{value}</v>',
            xml,
        )
    assert all(f"<v>{value}</v>" in xml for value in cached.values()), xml
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, content in parts.items():
            archive.writestr(filename, content)
    return path


def test_a_hidden_first_sheet_is_not_imported(db, tmp_path):
    workbook = Workbook()
    old = workbook.active
    old.title = "Alt"
    old.append(HEADER)
    old.append(("Alte", "Liste", "alt@herne.de"))
    old.sheet_state = "hidden"
    shown = workbook.create_sheet("Liste")
    shown.append(HEADER)
    shown.append(("Ayşe", "Yılmaz", "ayse@herne.de"))
    workbook.active = 1
    import_persons(db, _save(workbook, tmp_path / "liste.xlsx"))
    assert _people(db) == [("Ayşe", "Yılmaz", "ayse@herne.de")]


def test_a_hidden_active_sheet_is_refused_naming_the_visible_sheets(tmp_path):
    workbook = Workbook()
    first = workbook.active
    first.title = "Teilnehmende"
    first.append(HEADER)
    hidden = workbook.create_sheet("Entwurf")
    hidden.append(HEADER)
    hidden.sheet_state = "hidden"
    path = _save(workbook, tmp_path / "liste.xlsx")
    _edit_part(path, "xl/workbook.xml", lambda xml: re.sub(rb'activeTab="\d+"', b'activeTab="1"', xml))
    with pytest.raises(UserError, match=r"ausgeblendet.*»Teilnehmende«"):
        spreadsheet.read_first_sheet(path)


def test_an_empty_active_sheet_names_the_other_sheets_and_a_sheet_can_be_chosen(db, tmp_path):
    workbook = Workbook()
    workbook.active.title = "Deckblatt"
    data = workbook.create_sheet("Personen")
    data.append(HEADER)
    data.append(("Łukasz", "Żółć", "lukasz@bochum.de"))
    path = _save(workbook, tmp_path / "liste.xlsx")
    with pytest.raises(UserError, match=r"»Deckblatt«.*leer.*»Personen«"):
        spreadsheet.read_first_sheet(path)
    assert spreadsheet.sheet_names(path) == ["Deckblatt", "Personen"]
    chosen = spreadsheet.read_first_sheet(path, sheet="Personen")
    assert chosen.rows[1][:2] == ["Łukasz", "Żółć"]


@pytest.fixture
def scene(db):
    scene = build_scene(db, capacity=None)
    register_people(db, scene.event_id, scene.people[:4], now=dt.datetime(2027, 1, 10))
    return scene


def test_rows_hidden_by_a_filter_are_not_marked_present_and_are_counted(db, scene, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    rows = registration_rows(db, scene.event_id)
    sheet.append(("Vorname", "Nachname", "Anwesend"))
    for row in rows[:3]:
        sheet.append((row.first_name, row.last_name, "x"))
    sheet.auto_filter.ref = "A1:C4"
    sheet.row_dimensions[3].hidden = True  # the filter hides the second person
    report = import_attendance(db, _save(workbook, tmp_path / "liste.xlsx"), event_id=scene.event_id, now=NOW)
    statuses = {r.last_name: r.status for r in registration_rows(db, scene.event_id)}
    assert statuses[rows[0].last_name] == "teilgenommen"
    assert statuses[rows[1].last_name] != "teilgenommen"
    assert report.hidden_rows == 1 and "1 ausgeblendete Zeilen" in report.summary()


def test_a_name_header_merged_over_two_columns_gives_first_and_last_name(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(("Name", None, "E-Mail"))
    sheet.merge_cells("A1:B1")
    sheet.append(("Ayşe", "Yılmaz", "ayse@herne.de"))
    import_persons(db, _save(workbook, tmp_path / "liste.xlsx"))
    assert _people(db) == [("Ayşe", "Yılmaz", "ayse@herne.de")]


def test_another_merged_header_is_refused_naming_the_cells(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(("Vorname", "Nachname", "E-Mail", None))
    sheet.merge_cells("C1:D1")
    sheet.append(("Ayşe", "Yılmaz", "ayse@herne.de", "privat@example.org"))
    with pytest.raises(UserError, match="C1:D1"):
        import_persons(db, _save(workbook, tmp_path / "liste.xlsx"))
    assert _people(db) == []


def test_a_formula_gives_the_value_excel_shows(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(("Ayşe", "Yilmaz", '=LOWER(B2)&"@herne.de"'))
    path = _with_cached_values(_save(workbook, tmp_path / "liste.xlsx"), {"C2": "yilmaz@herne.de"})
    import_persons(db, path)
    assert _people(db) == [("Ayşe", "Yilmaz", "yilmaz@herne.de")]


def test_a_formula_without_a_stored_value_is_a_row_error(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(("Nr.", *HEADER))
    for number in range(1, 6):
        sheet.append((number, "Ayşe", f"Yilmaz{number}", f"y{number}@herne.de"))
    sheet.append((6, "Jana", "Schulte", '=LOWER(C7)&"@herne.de"'))
    with pytest.raises(ImportFailed) as failed:
        import_persons(db, _save(workbook, tmp_path / "liste.xlsx"))
    assert "Zeile 7, Feld »E-Mail«: Formel ohne gespeicherten Wert – Datei in Excel öffnen und speichern" in str(
        failed.value
    )
    assert _people(db) == []


@pytest.mark.parametrize("value, shown", [("#REF!", "#REF!"), ("#N/A", "#N/A"), (True, "WAHR")])
def test_error_and_boolean_cells_are_row_errors_in_text_fields(db, tmp_path, value, shown):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(("Ayşe", value, "ayse@herne.de"))
    with pytest.raises(ImportFailed, match=f"Zeile 2, Feld »Nachname«: .*{re.escape(shown)}"):
        import_persons(db, _save(workbook, tmp_path / "liste.xlsx"))
    assert _people(db) == []


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    encrypted = tmp_path / "geschützt.xlsx"
    encrypted.write_bytes(spreadsheet.OLE_SIGNATURE + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    with pytest.raises(UserError, match="Kennwort"):
        spreadsheet.read_first_sheet(encrypted)
    old = tmp_path / "alt.xls"
    old.write_bytes(spreadsheet.OLE_SIGNATURE + b"\0" * 1024)
    with pytest.raises(UserError, match=r"ältere Excel-Datei \(\.xls\)"):
        spreadsheet.read_first_sheet(old)
    text = tmp_path / "liste.xlsx"
    text.write_text("Name;E-Mail\n", encoding="utf-8")
    with pytest.raises(UserError, match="keine Excel-Arbeitsmappe"):
        spreadsheet.read_first_sheet(text)


def test_a_workbook_open_in_excel_is_named_as_locked(tmp_path, monkeypatch):
    workbook = Workbook()
    workbook.active.append(HEADER)
    path = _save(workbook, tmp_path / "liste.xlsx")
    real_open = Path.open

    def locked(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(UserError, match="gesperrt – vermutlich in Excel geöffnet"):
        spreadsheet.read_first_sheet(path)


def test_hostile_xml_entities_get_a_german_message(tmp_path):
    workbook = Workbook()
    workbook.active.append(HEADER)
    path = _save(workbook, tmp_path / "liste.xlsx")
    _edit_part(
        path,
        "xl/workbook.xml",
        lambda xml: b'<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' + xml,
    )
    with pytest.raises(UserError) as refused:
        spreadsheet.read_first_sheet(path)
    assert "Entity" in str(refused.value) and "forbidden" not in str(refused.value)


def test_oversized_workbooks_are_refused_with_a_clear_message(tmp_path, monkeypatch):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(HEADER)
    for number in range(300):
        sheet.append(("Ayşe", f"Yılmaz {number}", f"a{number}@herne.de"))
    path = _save(workbook, tmp_path / "gross.xlsx")
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 200)
    with pytest.raises(UserError, match="mehr als 200 Zeilen"):
        spreadsheet.read_first_sheet(path)
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 50_000)
    monkeypatch.setattr(spreadsheet, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(UserError, match=r"entpackt zu groß.*höchstens"):
        spreadsheet.read_first_sheet(path)


def test_the_caps_are_the_promised_ones():
    assert spreadsheet.MAX_ROWS == 50_000
    assert spreadsheet.MAX_UNCOMPRESSED_BYTES == 50 * 1024 * 1024
