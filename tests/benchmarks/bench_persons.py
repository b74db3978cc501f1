"""Personen on the large demo: open the view, one search keystroke, import 5,000 people.

    python tests/benchmarks/bench_persons.py [LARGE_DB_FILE] [--runs 5]

Without a file (or with a path that does not exist yet) the large demo is built first. The
import works on copies of it; the view only reads.

- Personen öffnen: a new Personen page is created, shown and painted with all 5,000 people
  (median of the runs after an unmeasured first one, which imports the page's modules).
  Target < 300 ms.
- Suchtaste: one letter typed into the search field (a real key event) and the filter
  finishing, the table reset and repainted. The field waits for a pause in typing
  (``SEARCH_DELAY_MS``) before it filters; that deliberate delay is not counted: the
  benchmark stops the timer and runs what it would start. Target ≤ 30 ms (median of every
  keystroke of a few words; the slowest one is printed too).
- Import: ``model.importing.person_import.import_persons`` of a 5,000-row workbook written by this
  script (German headers, names with their real letters, organisations of the demo and some
  new ones), all rows written (``import_duplicates``), against a baseline measured in the same
  run: reading the same file with openpyxl in read-only mode plus a plain sqlite3
  ``executemany`` of the rows into a temporary table of the same database and a commit.
  Target ≤ 2×.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    Result,
    bench_environment,
    copy_of,
    demo_database,
    print_table,
    remove,
    scratch_folder,
    standalone_arguments,
)

IMPORT_ROWS = 5000
HEADERS = ("Anrede", "Titel", "Vorname", "Nachname", "Organisation", "Funktion", "E-Mail", "Telefon", "Ort")
SEARCH_WORDS = ("müller", "gelsenkirchen", "quartiersmanagement")


# --- the view ---------------------------------------------------------------------------------


def _type_letter(widget, char: str) -> None:
    """One key press and release carrying ``char`` (any Unicode letter, as a user types it)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def measure_view(db_path: Path, runs: int = 5) -> list[Result]:
    bench_environment()
    from PySide6.QtWidgets import QApplication

    from gui.app import _application
    from model.core.db import open_database

    _application()
    from gui.members.persons_page import PeoplePage

    db = open_database(db_path)
    openings = []
    page = None
    for run in range(runs + 1):  # the first run is a warm-up (page modules, first queries)
        if page is not None:  # the previous page goes away first, unmeasured
            page.close()
            page.deleteLater()
            QApplication.processEvents()
        start = time.perf_counter()
        page = PeoplePage(db)
        page.resize(1280, 800)
        page.show()
        QApplication.processEvents()
        if run:
            openings.append(time.perf_counter() - start)
    opening = statistics.median(openings)
    shown = page.model.rowCount()

    timer = page.search.search_timer
    keystrokes: list[float] = []
    for _ in range(max(1, runs // 2)):
        for word in SEARCH_WORDS:
            page.search.clear()
            timer.stop()
            page.apply_filter()
            QApplication.processEvents()
            page.search.setFocus()
            for char in word:
                start = time.perf_counter()
                _type_letter(page.search, char)  # textChanged starts the pause timer …
                timer.stop()  # … whose wait is not counted: run what it would start, now
                page.apply_filter()
                QApplication.processEvents()
                keystrokes.append(time.perf_counter() - start)
            if page.search.text() != word or page.model.rowCount() >= shown:
                raise SystemExit(f"typing »{word}« did not filter the list")
    page.close()
    db.dispose()
    key = statistics.median(keystrokes)
    return [
        Result(f"Personen öffnen ({shown:,} Personen)".replace(",", "."), opening, limit=0.3),
        Result(
            "Personen: eine Suchtaste (ohne die Tipp-Pause)",
            key,
            limit=0.03,
            note=f"median of {len(keystrokes)} keystrokes, slowest {max(keystrokes) * 1000:.1f} ms; "
            f"the {page_delay()} ms pause before filtering is not counted",
        ),
    ]


def page_delay() -> int:
    from gui.members.common import SEARCH_DELAY_MS

    return SEARCH_DELAY_MS


# --- the import -------------------------------------------------------------------------------


def write_import_file(path: Path, db_path: Path, rows: int = IMPORT_ROWS) -> Path:
    """A workbook of ``rows`` new people as an office list looks: a title row above the header."""
    from openpyxl import Workbook

    from model.demo.names import NAME_ORIGINS

    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        organisations = [name for (name,) in connection.execute("SELECT name FROM organisation ORDER BY id")]
    finally:
        connection.close()
    rng = random.Random(5000)
    functions = (
        "Gebietsbeauftragte/r",
        "Quartiersmanagement",
        "Programmkoordination",
        "Stadtplanung",
        "Sozialplanung",
        "Amtsleitung",
        "Referent/in",
        "Sachbearbeitung",
    )
    towns = ("Gelsenkirchen", "Bochum", "Dortmund", "Köln", "Düsseldorf", "Essen", "Herne", "Hamm")
    # A normal workbook, as Excel saves one: shared strings and the sheet's dimension up front
    # (a write-only workbook has neither, and reading it costs an extra pass over the sheet).
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Teilnehmende"
    sheet.append(["Adressliste Fachtagung (Import)"])
    sheet.append(list(HEADERS))
    weights = [origin.weight for origin in NAME_ORIGINS]
    for number in range(rows):
        origin = rng.choices(NAME_ORIGINS, weights)[0]
        female = rng.random() < 0.55
        first = rng.choice(origin.female if female else origin.male)
        last = rng.choice(origin.last)
        organisation = rng.choice(organisations) if rng.random() < 0.9 else f"Neue Einrichtung {number % 40}"
        sheet.append(
            [
                "Frau" if female else "Herr",
                "Dr." if rng.random() < 0.08 else None,
                first,
                last,
                organisation,
                rng.choice(functions),
                f"import{number}.{rng.randrange(10**6)}@beispiel.de",
                f"0201 {rng.randrange(100000, 999999)}",
                rng.choice(towns),
            ]
        )
    workbook.save(path)
    return path


def baseline_import(xlsx: Path, db_path: Path) -> float:
    """openpyxl read-only read of the file plus a plain sqlite3 insert of its rows (same DB)."""
    from openpyxl import load_workbook

    start = time.perf_counter()
    workbook = load_workbook(xlsx, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(min_row=3, values_only=True))
    workbook.close()
    connection = sqlite3.connect(db_path)
    try:
        connection.execute(f"CREATE TEMP TABLE bench_person ({', '.join(f'c{i} TEXT' for i in range(len(HEADERS)))})")
        connection.executemany(f"INSERT INTO bench_person VALUES ({', '.join('?' * len(HEADERS))})", rows)
        connection.commit()
    finally:
        connection.close()
    return time.perf_counter() - start


def measure_import(db_path: Path, runs: int = 3) -> list[Result]:
    bench_environment()
    from model.core.db import open_database
    from model.importing.outcome import DUPLICATE, NEW
    from model.importing.person_import import import_persons

    folder = scratch_folder()
    try:
        xlsx = write_import_file(folder / "personen.xlsx", db_path)
        imports, baselines = [], []
        written = 0
        for run in range(runs + 1):  # the first run warms up (imports, mappers) and is not counted
            target = copy_of(db_path, folder, f"import{run}.sqlite")
            db = open_database(target)
            start = time.perf_counter()
            report = import_persons(db, xlsx, import_duplicates=True)
            elapsed = time.perf_counter() - start
            db.dispose()
            written = report.count(NEW) + report.count(DUPLICATE)
            baseline = baseline_import(xlsx, copy_of(db_path, folder, f"baseline{run}.sqlite"))
            if run:
                imports.append(elapsed)
                baselines.append(baseline)
            (folder / f"import{run}.sqlite").unlink(missing_ok=True)
            (folder / f"baseline{run}.sqlite").unlink(missing_ok=True)
        return [
            Result(
                f"Import von {IMPORT_ROWS:,} Personen (Excel)".replace(",", "."),
                statistics.median(imports),
                baseline=statistics.median(baselines),
                ratio_limit=2.0,
                note=f"baseline: openpyxl read-only + sqlite3 executemany into a temp table; "
                f"{written:,} people written".replace(",", "."),
            )
        ]
    finally:
        remove(folder)


def measure(db_path: Path, runs: int = 5) -> list[Result]:
    return measure_view(db_path, runs) + measure_import(db_path, max(3, runs // 2 + 1))


def main() -> int:
    args = standalone_arguments(__doc__)
    with demo_database(args.db) as db_path:
        print_table(measure(db_path, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
