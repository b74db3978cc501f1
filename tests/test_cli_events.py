"""Command line for events: export events / participants, import attendance, list registrations."""

from __future__ import annotations

import json

import pytest
from cli_support import call_cli
from test_attendance_import import write_xlsx


def _read(path) -> list[tuple]:
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    return [row for row in workbook.active.iter_rows(values_only=True)]


@pytest.fixture
def tagung(demo_db_path) -> dict:
    """The demo's biggest event that took place: a Tagung with many registrations."""
    events = json.loads(call_cli("--db", str(demo_db_path), "list", "events", "--json").stdout)
    best = None
    for event in events:
        if event["kind"] == "Tagung" and event["status"] == "durchgeführt":
            best = event
    return best


def test_export_events_office_ready(demo_db_path, tmp_path):
    target = tmp_path / "Veranstaltungen.xlsx"
    result = call_cli("--db", str(demo_db_path), "export", "events", str(target))
    assert result.returncode == 0, result.stderr
    rows = _read(target)
    assert rows[0][0].startswith("Veranstaltungen (Stand")
    header = rows[2]
    assert header[:6] == ("Nr.", "Datum", "Beginn", "Ende", "Art", "Titel")
    data = rows[3:]
    assert len(data) >= 100 and f"{len(data)} Zeilen" in result.stdout
    assert {"Netzwerktreffen", "Tagung", "Arbeitsgruppensitzung"} <= {row[4] for row in data}
    assert hasattr(data[0][1], "year")  # a real date, not text


def test_export_participants_of_a_tagung(demo_db_path, tagung, tmp_path):
    target = tmp_path / "Teilnehmende.xlsx"
    result = call_cli("--db", str(demo_db_path), "export", "participants", "--event", str(tagung["id"]), str(target))
    assert result.returncode == 0, result.stderr
    rows = _read(target)
    assert rows[0][0].startswith(f"Teilnehmende: {tagung['title']}")
    header = rows[2]
    assert header[:5] == ("Nr.", "Anrede", "Titel", "Vorname", "Nachname") and "Warteplatz" in header
    data = rows[3:]
    registrations = json.loads(
        call_cli("--db", str(demo_db_path), "list", "registrations", "--event", str(tagung["id"]), "--json").stdout
    )
    assert len(data) == len(registrations) > 100
    assert [row[0] for row in data] == list(range(1, len(data) + 1))
    statuses = [row[header.index("Status")] for row in data]
    first_waiting = statuses.index("Warteliste") if "Warteliste" in statuses else len(statuses)
    assert set(statuses[:first_waiting]) <= {"angemeldet", "teilgenommen"}  # seats first


def test_export_needs_and_checks_the_event(demo_db_path, tmp_path):
    missing = call_cli("--db", str(demo_db_path), "export", "participants", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 1 and "--event" in missing.stderr and "Traceback" not in missing.stderr
    unknown = call_cli(
        "--db", str(demo_db_path), "export", "participants", "--event", "99999", str(tmp_path / "x.xlsx")
    )
    assert unknown.returncode == 1 and "99999" in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_import_attendance_all_or_nothing(demo_db_path, tagung, tmp_path):
    regs = json.loads(
        call_cli("--db", str(demo_db_path), "list", "registrations", "--event", str(tagung["id"]), "--json").stdout
    )
    waiting = [r for r in regs if r["status"] in ("Warteliste", "abgemeldet")][:2]
    assert waiting
    rows = [("Vorname", "Nachname", "Anwesend")]
    rows += [(r["first_name"], r["last_name"], "x") for r in waiting]
    rows.append(("Gundula", "Unbekannt-Gast", "x"))
    path = write_xlsx(tmp_path / "unterschriften.xlsx", rows, title_rows=[("Anwesenheitsliste",), ()])

    failed = call_cli("--db", str(demo_db_path), "import", "attendance", str(path), "--event", str(tagung["id"]))
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and "Zeile 6" in lines[0] and "Unbekannt-Gast" in lines[0]
    after = json.loads(
        call_cli("--db", str(demo_db_path), "list", "registrations", "--event", str(tagung["id"]), "--json").stdout
    )
    assert after == regs  # nothing written

    dry = call_cli(
        "--db",
        str(demo_db_path),
        "import",
        "attendance",
        str(path),
        "--event",
        str(tagung["id"]),
        "--dry-run",
        "--create-missing",
    )
    assert dry.returncode == 0 and "Probelauf" in dry.stdout

    done = call_cli(
        "--db", str(demo_db_path), "import", "attendance", str(path), "--event", str(tagung["id"]), "--create-missing"
    )
    assert done.returncode == 0, done.stderr
    assert "1 neu" in done.stdout and "übernommen" in done.stdout
    after = json.loads(
        call_cli("--db", str(demo_db_path), "list", "registrations", "--event", str(tagung["id"]), "--json").stdout
    )
    by_person = {r["person_id"]: r["status"] for r in after}
    assert all(by_person[r["person_id"]] == "teilgenommen" for r in waiting)
    assert any(r["last_name"] == "Unbekannt-Gast" and r["status"] == "teilgenommen" for r in after)


def test_import_attendance_needs_an_event(demo_db_path, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [("Name", "E-Mail"), ("Becker", "becker@example.org")])
    result = call_cli("--db", str(demo_db_path), "import", "attendance", str(path))
    assert result.returncode == 1 and "--event" in result.stderr
