"""``import persons|organisations`` and ``export persons|organisations`` on the command line."""

from __future__ import annotations

import json

from cli_support import call_cli
from member_data import workbook
from openpyxl import load_workbook
from test_cli import assert_user_error


def _persons(db_path) -> list[dict]:
    return json.loads(call_cli("--db", str(db_path), "list", "persons", "--json").stdout)


def test_export_persons_and_organisations(demo_db_path, tmp_path):
    result = call_cli("--db", str(demo_db_path), "export", "persons", str(tmp_path / "personen.xlsx"))
    assert result.returncode == 0, result.stderr
    count = len(_persons(demo_db_path))
    assert f"{count} Zeilen" in result.stdout
    ws = load_workbook(tmp_path / "personen.xlsx").active
    names = {(row[2], row[3]) for row in ws.iter_rows(min_row=2, values_only=True)}
    assert ("Ayşe", "Yılmaz") in names and ("Łukasz", "Żółć") in names
    result = call_cli("--db", str(demo_db_path), "export", "organisations", str(tmp_path / "org.xlsx"))
    assert result.returncode == 0, result.stderr
    ws = load_workbook(tmp_path / "org.xlsx").active
    assert "Müller & Söhne <GmbH>" in {row[0] for row in ws.iter_rows(min_row=2, values_only=True)}


def test_import_dry_run_then_real(demo_db_path, tmp_path):
    path = workbook(
        tmp_path / "neue.xlsx",
        [
            ["Anmeldungen Werkstatt"],
            ["Vorname", "Nachname", "E-Mail", "Kommune"],
            ["Ayla", "Demir", "ayla.demir@herne.example", "Herne"],
            ["Jonas", "Vogel", "jonas.vogel@example.org", "Stadt Gelsenkirchen"],
        ],
    )
    before = len(_persons(demo_db_path))
    result = call_cli("--db", str(demo_db_path), "import", "persons", str(path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "2 neu" in result.stdout and "Probelauf" in result.stdout
    assert len(_persons(demo_db_path)) == before
    result = call_cli("--db", str(demo_db_path), "import", "persons", str(path))
    assert result.returncode == 0, result.stderr
    assert "übernommen" in result.stdout
    people = {(p["first_name"], p["last_name"]): p for p in _persons(demo_db_path)}
    assert people[("Jonas", "Vogel")]["organisation"] == "Stadt Gelsenkirchen"
    assert len(_persons(demo_db_path)) == before + 2


def test_import_error_is_one_german_line_and_writes_nothing(demo_db_path, tmp_path):
    path = workbook(
        tmp_path / "fehler.xlsx",
        [
            ["Vorname", "Nachname", "E-Mail", "PLZ"],
            ["Ayla", "Demir", "ayla.demir@herne.example", "44623"],
            ["Jonas", "Vogel", "jonas.vogel(at)example.org", "44623"],
        ],
    )
    before = _persons(demo_db_path)
    result = call_cli("--db", str(demo_db_path), "import", "persons", str(path))
    assert_user_error(result, "Zeile 3", "»E-Mail«", "nichts wurde geändert")
    assert _persons(demo_db_path) == before


def test_import_of_a_file_that_is_no_workbook(demo_db_path, tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_text("Vorname;Nachname\nAnna;Schmidt\n", encoding="utf-8")
    assert_user_error(call_cli("--db", str(demo_db_path), "import", "persons", str(path)), "keine Excel-Arbeitsmappe")
    assert_user_error(
        call_cli("--db", str(demo_db_path), "import", "organisations", str(tmp_path / "fehlt.xlsx")), "gibt es nicht"
    )


def test_import_organisations(demo_db_path, tmp_path):
    path = workbook(
        tmp_path / "org.xlsx",
        [
            ["Name", "AGS", "Mitglied seit", "Mitgliedschaft"],
            ["Stadt Bottrop", None, 2025, "Gast"],
            ["Gemeinde Saerbeck", None, None, None],
        ],
    )
    result = call_cli("--db", str(demo_db_path), "import", "organisations", str(path))
    assert result.returncode == 0, result.stderr
    organisations = json.loads(call_cli("--db", str(demo_db_path), "list", "organisations", "--json").stdout)
    saerbeck = next(o for o in organisations if o["name"] == "Gemeinde Saerbeck")
    assert saerbeck["ags"] == "05566080" and saerbeck["kind"] == "Kommune"
