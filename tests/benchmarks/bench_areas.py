"""Switching to each area of the main window on the large demo, until it is painted.

    python tests/benchmarks/bench_areas.py [LARGE_DB_FILE] [--runs 5]

Each run opens a new main window on the Übersicht (outside the measurement), then clicks
through the areas in the navigation's order: each switch is timed from the click (the
navigation's current row) until the page has processed its events and painted
(``repaint``). Pages that gather their data in the background (``Page.fetch``) are painted
with »Daten werden geladen…« first; the next switch waits until their data is shown. The first visit of an area creates its page and loads its data, which is what
a user waits for; the target is < 200 ms per area (CONTRIBUTING.md: no freeze over 200 ms
without feedback). Without a file (or with a path that does not exist yet) the large demo is built first.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result, bench_environment, copy_of, demo_database, remove, scratch_folder, standalone_arguments

LIMIT_SECONDS = 0.2


def run(db_path: Path, runs: int = 5) -> dict[str, list[float]]:
    """Seconds per first switch to each area, one list per area (label), ``runs`` windows."""
    bench_environment()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from gui.app import _application
    from gui.areas import AREAS
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from model.core.db import open_database

    app = _application()
    folder = scratch_folder()
    try:
        copy = copy_of(db_path, folder)  # the automatic backup and the trip purge may write
        times: dict[str, list[float]] = {area.label: [] for area in AREAS[1:]}
        for _ in range(runs + 1):  # the first window warms caches (imports, SQLite pages); not counted
            db = open_database(copy)
            window = MainWindow(db, Settings(folder / "settings.ini"))
            window.show_area("overview")
            window.show()
            app.processEvents()
            for row, area in enumerate(AREAS[1:], start=1):
                started = time.perf_counter()
                window.navigation.setCurrentRow(row)
                app.processEvents()
                window.repaint()
                elapsed = time.perf_counter() - started
                if _ > 0:
                    times[area.label].append(elapsed)
                page = window.pages.currentWidget()
                while page.is_loading():  # a user reads the page before going on: no overlap
                    app.processEvents()
                    time.sleep(0.005)
            window.wait_for_jobs()
            window.close()
            window.deleteLater()
            app.processEvents()
            # outside app.exec() Qt deletes a window only when asked for its deferred deletions
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return times
    finally:
        remove(folder)


def measure(db_path: Path, runs: int = 5) -> list[Result]:
    times = run(db_path, runs)
    return [
        Result(
            f"Wechsel in den Bereich {label} (erstes Öffnen, gemalt)",
            statistics.median(values),
            limit=LIMIT_SECONDS,
            note=f"median of {runs} windows",
        )
        for label, values in times.items()
    ]


def main() -> int:
    args = standalone_arguments(__doc__)
    with demo_database(args.db) as db_path:
        times = run(db_path, args.runs)
    print(f"first switch to each area, median of {args.runs} windows (min–max)")
    for label, values in times.items():
        median = statistics.median(values)
        verdict = "ok" if median < LIMIT_SECONDS else "OVER"
        print(
            f"  {label:18s} {median * 1000:7.0f} ms   ({min(values) * 1000:.0f}–{max(values) * 1000:.0f} ms)  {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
