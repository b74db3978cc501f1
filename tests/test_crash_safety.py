"""A process killed in the middle of writing leaves the database intact and either unchanged or
fully written: a certificate batch, a person import and an organisation import, each killed
with SIGKILL while its write transaction is open."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from model.core.check import check_database
from model.core.db import open_database
from model.core.entities import Certificate, Organisation, Person

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _kill_when_halfway(script: str, marker: Path, *args: str) -> None:
    process = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, "the job ended before it was killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL


def test_killed_certificate_batch_leaves_the_register_unchanged(demo_db_path, tmp_path):
    db = open_database(demo_db_path)
    from model.training.training import accredited_events

    event = max(accredited_events(db), key=lambda e: e.attendees)
    db.dispose()
    marker = tmp_path / "halfway"
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from model.core.db import open_database
        from reports.certificate_batch import produce_certificates

        def progress(done, total, text):
            if done == total // 2:
                Path({str(marker)!r}).touch()
                time.sleep(60)

        produce_certificates(open_database({str(demo_db_path)!r}), {event.id}, Path({str(tmp_path / "out")!r}),
                             progress=progress)
    """)
    _kill_when_halfway(script, marker)
    db = open_database(demo_db_path)
    assert check_database(db) == []
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 0
    db.dispose()


# --- imports --------------------------------------------------------------------------------

PEOPLE = 6000
ORGANISATIONS = 3000

# Runs ``main.py`` as the command line does, with one change: when the import reports the
# step named in argv[2] (inside its write transaction) with at least argv[3] rows done, it
# leaves a marker and waits there to be killed. argv[4:] are the program's arguments.
HALT_IN_STEP = textwrap.dedent("""
    import sys, time
    from pathlib import Path

    import model.importing.import_rows as import_rows

    marker, step, at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    original = import_rows.Progress.__call__

    def halt(self, done, total, text=""):
        if text == step and done >= at:
            marker.touch()
            time.sleep(120)
        return original(self, done, total, text)

    import_rows.Progress.__call__ = halt
    import main
    sys.exit(main.main(sys.argv[4:]))
""")


def _dump(path: Path) -> list[str]:
    """Every table's content as SQL, to compare a database before and after."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _people_workbook(path: Path, demo_db_path: Path) -> tuple[Path, int]:
    """PEOPLE rows: the first 100 update known people (by e-mail), the rest are new; returns the
    number of new people."""
    connection = sqlite3.connect(demo_db_path)
    try:
        emails = [
            row[0]
            for row in connection.execute(
                "SELECT email FROM person WHERE email IS NOT NULL AND anonymised_at IS NULL ORDER BY id LIMIT 100"
            )
        ]
    finally:
        connection.close()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Anrede", "Vorname", "Nachname", "E-Mail", "Organisation", "Funktion", "Bemerkung"])
    for number in range(PEOPLE):
        if number < len(emails):
            sheet.append([None, None, f"Bekannt{number}", emails[number], None, "Projektleitung (Import)", None])
        else:
            sheet.append(
                [
                    "Frau" if number % 2 else "Herr",
                    f"Vorname{number:05d}",
                    f"Importiert{number:05d}",
                    f"person{number:05d}@import.example",
                    "Stadt Herne" if number % 3 else "Neuer Träger e. V.",
                    "Quartiersmanagement",
                    _typed_text(sheet, "=SUMME(A1:A3)") if number % 7 == 0 else None,
                ]
            )
    workbook.save(path)
    return path, PEOPLE - len(emails)


def _typed_text(sheet, text: str):  # openpyxl write-only types
    """A cell holding ``text`` as typed text, also when it starts with "=" (not a formula)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def _count(db_path: Path, entity) -> int:
    db = open_database(db_path)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(entity))
    finally:
        db.dispose()


def test_killed_person_import_leaves_the_database_unchanged(demo_db_path, tmp_path):
    workbook, _new = _people_workbook(tmp_path / "Personen.xlsx", demo_db_path)
    before = _dump(demo_db_path)
    marker = tmp_path / "halfway"
    # Halted after the new people were inserted, before the known ones are updated.
    _kill_when_halfway(
        HALT_IN_STEP,
        marker,
        str(marker),
        "Personen aktualisieren …",
        "0",
        "--db",
        str(demo_db_path),
        "import",
        "persons",
        str(workbook),
    )
    db = open_database(demo_db_path)
    assert check_database(db) == []  # PRAGMA integrity_check and foreign keys
    db.dispose()
    assert _dump(demo_db_path) == before


def test_person_import_killed_while_writing_is_all_or_nothing(demo_db_path, tmp_path):
    """The real command line, killed as soon as it writes to the log (the moment depends on the
    machine): afterwards the people are all there or none is."""
    workbook, new = _people_workbook(tmp_path / "Personen.xlsx", demo_db_path)
    people_before = _count(demo_db_path, Person)
    before = _dump(demo_db_path)
    wal = demo_db_path.with_name(demo_db_path.name + "-wal")
    process = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(demo_db_path), "import", "persons", str(workbook)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not (wal.exists() and wal.stat().st_size > 256 * 1024):
        if process.poll() is not None or time.monotonic() > deadline:
            break
        time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    db = open_database(demo_db_path)
    assert check_database(db) == []
    db.dispose()
    people_after = _count(demo_db_path, Person)
    assert people_after in (people_before, people_before + new)
    if people_after == people_before:
        assert _dump(demo_db_path) == before


def test_killed_organisation_import_leaves_the_database_unchanged(demo_db_path, tmp_path):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Name", "Art", "Straße", "PLZ", "Ort", "Mitgliedschaft", "Mitglied seit"])
    for number in range(ORGANISATIONS):
        sheet.append(
            [
                f"Quartiersverein {number:05d} e. V.",
                "Träger",
                f"Hauptstraße {number}",
                "44787",
                "Bochum",
                "Gast" if number % 5 == 0 else None,
                2024 if number % 5 == 0 else None,
            ]
        )
    path = tmp_path / "Organisationen.xlsx"
    workbook.save(path)
    before = _dump(demo_db_path)
    organisations_before = _count(demo_db_path, Organisation)
    marker = tmp_path / "halfway"
    # Halted when 1,500 of the 3,000 new organisations are written (progress is reported every 500).
    _kill_when_halfway(
        HALT_IN_STEP,
        marker,
        str(marker),
        "Organisationen speichern …",
        "1500",
        "--db",
        str(demo_db_path),
        "import",
        "organisations",
        str(path),
    )
    db = open_database(demo_db_path)
    assert check_database(db) == []
    db.dispose()
    assert _dump(demo_db_path) == before
    # … and the same file, not killed, is written completely.
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(demo_db_path), "import", "organisations", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert _count(demo_db_path, Organisation) == organisations_before + ORGANISATIONS


def test_a_certificate_batch_killed_while_writing_a_file_leaves_no_truncated_pdf(demo_db_path, tmp_path):
    """Killed in the middle of writing one PDF: every file under a final name is complete, the
    temporary file is cleared by the next run, and the rerun adds no "(2)" copies."""
    from pypdf import PdfReader

    db = open_database(demo_db_path)
    from model.training.training import accredited_events

    event = min((e for e in accredited_events(db) if e.attendees >= 4), key=lambda e: e.attendees)
    db.dispose()
    marker, out = tmp_path / "halfway", tmp_path / "out"
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from reportlab.pdfgen.canvas import Canvas
        from model.core.db import open_database
        from reports.certificate_batch import produce_certificates

        original_save, saved = Canvas.save, []

        def save_then_stall(self):
            original_save(self)
            saved.append(1)
            if len(saved) == 3:  # the third file is written, not yet in place
                Path({str(marker)!r}).touch()
                time.sleep(60)

        Canvas.save = save_then_stall
        produce_certificates(open_database({str(demo_db_path)!r}), {event.id}, Path({str(out)!r}))
    """)
    _kill_when_halfway(script, marker)
    finals = sorted(path for path in out.iterdir() if path.suffix == ".pdf")
    leftovers = [path for path in out.iterdir() if path.name.endswith(".partial")]
    assert len(finals) == 2 and len(leftovers) == 1
    for path in finals:
        assert len(PdfReader(path).pages) == 1
    long_ago = time.time() - 3600
    os.utime(leftovers[0], (long_ago, long_ago))
    from reports.certificate_batch import produce_certificates

    db = open_database(demo_db_path)
    result = produce_certificates(db, event.id, out)
    db.dispose()
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted(path.name for path in result.files)
    assert not any(name.endswith(".partial") or " (2)" in name for name in names)
