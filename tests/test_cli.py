"""The command-line contract, exercised as scripts and IT use it: in a subprocess."""

from __future__ import annotations

import json

import pytest
from cli_support import run_cli

SUBCOMMANDS = [
    "demo",
    "list",
    "import",
    "export",
    "certificates",
    "credit-statement",
    "meeting-pack",
    "annual-report",
    "backup",
    "restore",
    "check",
]


def assert_user_error(result, *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("command", [[], *([name] for name in SUBCOMMANDS)])
def test_every_command_has_help(command):
    result = run_cli(*command, "--help")
    assert result.returncode == 0
    assert "Aufruf:" in result.stdout


def test_list_json_fields_are_the_contract(demo_db_path):
    expected = {
        "organisations": {"id", "name", "kind", "ags", "is_member"},
        "persons": {
            "id",
            "salutation",
            "title",
            "first_name",
            "last_name",
            "organisation",
            "email",
            "chamber",
            "chamber_number",
        },
        "events": {"id", "kind", "title", "start", "end", "format", "status", "credit_hours", "accreditations"},
        "registrations": {
            "id",
            "event_id",
            "person_id",
            "first_name",
            "last_name",
            "organisation",
            "status",
            "role",
            "mode",
            "attended_minutes",
        },
    }
    for what, fields in expected.items():
        result = run_cli("--db", str(demo_db_path), "list", what, "--json")
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)
        assert rows, what
        assert all(set(row) == fields for row in rows), what


def test_list_values_use_the_german_vocabulary(demo_db_path):
    events = json.loads(run_cli("--db", str(demo_db_path), "list", "events", "--json").stdout)
    assert {"Netzwerktreffen", "Tagung", "Fortbildung", "Exkursion"} <= {e["kind"] for e in events}
    accredited = [e for e in events if e["credit_hours"] > 0]
    assert accredited and all(e["credit_hours"] == 0 for e in events if e not in accredited)
    assert events[0]["start"][:4].isdigit() and "T" in events[0]["start"]
    tagung = max(accredited, key=lambda e: e["kind"] == "Tagung")
    regs = json.loads(
        run_cli("--db", str(demo_db_path), "list", "registrations", "--event", str(tagung["id"]), "--json").stdout
    )
    assert regs and {r["event_id"] for r in regs} == {tagung["id"]}
    assert "teilgenommen" in {r["status"] for r in regs}
    assert {r["role"] for r in regs} <= {"Teilnahme", "Referent/in", "Moderation", "Organisation"}


def test_names_come_out_exactly_as_typed(demo_db_path):
    persons = json.loads(run_cli("--db", str(demo_db_path), "list", "persons", "--json").stdout)
    names = {(p["first_name"], p["last_name"]) for p in persons}
    assert ("Ayşe", "Yılmaz") in names and ("Łukasz", "Żółć") in names
    plain = run_cli("--db", str(demo_db_path), "list", "persons")
    assert "Żółć" in plain.stdout


def test_unknown_event_is_a_one_line_error(demo_db_path):
    assert_user_error(run_cli("--db", str(demo_db_path), "list", "registrations", "--event", "999999"), "999999")


def test_demo_refuses_a_database_with_data_and_leaves_it_unchanged(demo_db_path):
    before = run_cli("--db", str(demo_db_path), "list", "persons", "--json").stdout
    assert_user_error(run_cli("--db", str(demo_db_path), "demo"), "bereits")
    assert run_cli("--db", str(demo_db_path), "list", "persons", "--json").stdout == before


def test_demo_fills_an_empty_database(tmp_path):
    target = tmp_path / "neu.sqlite"
    result = run_cli("--db", str(target), "demo", "--size", "small")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(run_cli("--db", str(target), "list", "events", "--json").stdout)) >= 100


def test_backup_and_restore_round_trip(demo_db_path, tmp_path):
    original = run_cli("--db", str(demo_db_path), "list", "organisations", "--json").stdout
    backup = tmp_path / "sicherung.sqlite"
    assert run_cli("--db", str(demo_db_path), "backup", "--out", str(backup)).returncode == 0
    empty = tmp_path / "leer.sqlite"
    assert run_cli("--db", str(empty), "--create", "check").returncode == 0  # a new file only on request
    restored = run_cli("--db", str(empty), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "gesichert" in restored.stdout  # the safety copy of the replaced state
    assert run_cli("--db", str(empty), "list", "organisations", "--json").stdout == original


def test_check_reports_a_healthy_demo_database(demo_db_path):
    result = run_cli("--db", str(demo_db_path), "check")
    assert result.returncode == 0 and "in Ordnung" in result.stdout


def test_check_finds_broken_foreign_keys(db_path):
    import sqlite3

    assert run_cli("--db", str(db_path), "--create", "check").returncode == 0
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(
        "INSERT INTO registration (event_id, person_id, status, role, registered_at, version)"
        " VALUES (4711, 4712, 'angemeldet', 'Teilnahme', '2026-01-01', 1)"
    )
    raw.commit()
    raw.close()
    result = run_cli("--db", str(db_path), "check")
    assert result.returncode != 0 and "Fremdschlüssel" in result.stdout


@pytest.mark.parametrize("content", [b"kein SQLite", b"SQLite format 3\x00kaputt" + b"\x01" * 100])
def test_a_file_that_is_no_database_is_a_one_line_error(tmp_path, content):
    path = tmp_path / "kaputt.sqlite"
    path.write_bytes(content)
    assert_user_error(run_cli("--db", str(path), "list", "persons"), "keine")
    assert path.read_bytes() == content


def test_wrong_arguments_exit_non_zero_without_traceback():
    result = run_cli("list", "kaffee")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_smoke_opens_the_main_window_and_exits_zero(demo_db_path):
    result = run_cli("--db", str(demo_db_path), "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_smoke_on_a_foreign_file_fails_with_a_message(tmp_path):
    path = tmp_path / "fremd.sqlite"
    path.write_text("Name;Vorname", encoding="utf-8")
    result = run_cli("--db", str(path), "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "keine" in result.stderr


def test_a_closed_pipe_ends_the_listing_quietly(demo_db_path):
    import subprocess
    import sys

    from cli_support import ROOT

    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(demo_db_path), "list", "registrations"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read().decode("utf-8")
    process.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
