"""The command line at its edges: wrong paths, URLs and arguments give one German line, never a
traceback; a mistyped --db creates nothing; foreign files stay byte-identical."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli_support import run_cli


def _one_line(result, *fragments: str, code: int = 1) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def _first(db_path: Path, sql: str) -> int:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def ids(small_demo_template) -> dict[str, int]:
    return {
        "event": _first(small_demo_template, "SELECT event_id FROM accreditation LIMIT 1"),
        "person": _first(small_demo_template, "SELECT id FROM person LIMIT 1"),
    }


@pytest.mark.parametrize("command", ["credit-statement", "meeting-pack", "annual-report", "export"])
def test_out_naming_a_folder_is_a_one_line_error(demo_db_path, tmp_path, ids, command):
    folder = tmp_path / "ordner"
    folder.mkdir()
    args = {
        "credit-statement": [
            "credit-statement",
            "--person",
            str(ids["person"]),
            "--year",
            "2025",
            "--out",
            str(folder),
        ],
        "meeting-pack": ["meeting-pack", "--event", str(ids["event"]), "--out", str(folder)],
        "annual-report": ["annual-report", "--year", "2025", "--out", str(folder)],
        "export": ["export", "persons", str(folder)],
    }[command]
    _one_line(run_cli("--db", str(demo_db_path), *args), "Ordner")
    assert list(folder.iterdir()) == []


def test_certificates_out_naming_an_existing_file_is_a_one_line_error(demo_db_path, tmp_path, ids):
    existing = tmp_path / "liste.pdf"
    existing.write_bytes(b"%PDF-1.4 alt")
    result = run_cli("--db", str(demo_db_path), "certificates", "--event", str(ids["event"]), "--out", str(existing))
    _one_line(result, "ist eine Datei", "Ordner")
    assert existing.read_bytes() == b"%PDF-1.4 alt"


@pytest.mark.parametrize(
    "url", ["mysql://nutzer@server/db", "foo://bar", "file:///tmp/x.sqlite", "smb://server/freigabe/db.sqlite"]
)
def test_unsupported_database_urls_are_a_one_line_error(url):
    _one_line(run_cli("--db", url, "list", "persons"), "wird nicht unterstützt")


def test_an_unreachable_postgresql_server_is_named_with_host_and_port():
    result = run_cli("--db", "postgresql+psycopg://nutzer:geheim@127.0.0.1:9/netzwerk", "list", "persons")
    line = _one_line(result, "127.0.0.1:9", "nicht erreichbar (Verbindung abgelehnt)")
    assert "geheim" not in line and "refused" not in line


def test_a_mistyped_database_path_creates_nothing(tmp_path):
    missing = tmp_path / "netzwerkstat.sqlite"
    for command in (["check"], ["list", "persons"], ["backup", "--out", str(tmp_path / "s.sqlite")]):
        _one_line(run_cli("--db", str(missing), *command), "gibt es nicht")
    assert list(tmp_path.iterdir()) == []
    created = run_cli("--db", str(missing), "--create", "check")
    assert created.returncode == 0, created.stderr
    assert missing.exists()


def test_argument_errors_are_german():
    result = run_cli("list", "kaffee")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "ungültige Wahl" in result.stderr and "invalid" not in result.stderr
    missing = run_cli("credit-statement", "--year", "2025")
    assert "diese Angaben fehlen" in missing.stderr and "required" not in missing.stderr
    number = run_cli("credit-statement", "--person", "x", "--year", "2025", "--out", "a.pdf")
    assert "ungültiger Wert" in number.stderr
    assert "Aufruf:" in run_cli("--help").stdout


def test_a_foreign_wal_database_stays_byte_identical_and_gets_no_companions(tmp_path):
    foreign = tmp_path / "fremd.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE kunden (name TEXT)")
    connection.execute("INSERT INTO kunden VALUES ('Ayşe Yılmaz')")
    connection.commit()
    connection.close()
    before = foreign.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fremd.sqlite"]
    for command in (["list", "persons"], ["check"], ["backup", "--out", str(tmp_path / "b" / "s.sqlite")]):
        result = run_cli("--db", str(foreign), *command)
        _one_line(result, "anderen Programms")
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fremd.sqlite"]


def test_reading_commands_work_on_a_database_that_cannot_be_written(demo_db_path, tmp_path, monkeypatch, capsys):
    """A read-only medium (simulated: the tests run with rights that ignore file modes)."""
    import main
    import model.core.sqlite_file

    monkeypatch.setattr(model.core.sqlite_file, "is_writable", lambda path: False)
    connection = sqlite3.connect(demo_db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for suffix in ("-wal", "-shm"):
        demo_db_path.with_name(demo_db_path.name + suffix).unlink(missing_ok=True)
    before = demo_db_path.read_bytes()
    assert main.main(["--db", str(demo_db_path), "list", "organisations", "--json"]) == 0
    assert '"name"' in capsys.readouterr().out
    assert main.main(["--db", str(demo_db_path), "export", "persons", str(tmp_path / "p.xlsx")]) == 0
    assert main.main(["--db", str(demo_db_path), "backup", "--out", str(tmp_path / "s.sqlite")]) == 0
    assert main.main(["--db", str(demo_db_path), "check"]) == 0
    assert (tmp_path / "p.xlsx").exists() and (tmp_path / "s.sqlite").exists()
    assert main.main(["--db", str(demo_db_path), "demo"]) == 1
    assert "schreibgeschützt" in capsys.readouterr().err
    assert demo_db_path.read_bytes() == before
    assert not demo_db_path.with_name(demo_db_path.name + "-wal").exists()


def test_long_imports_print_progress_on_stderr(capsys):
    import main

    report = main._progress_printer(interval=0)
    report(500, 5000, "Zeilen prüfen …")
    report(5000, 5000, "Personen speichern …")
    err = capsys.readouterr().err.splitlines()
    assert err == ["Zeilen prüfen – 500 von 5000 Zeilen", "Personen speichern – 5000 von 5000 Zeilen"]
