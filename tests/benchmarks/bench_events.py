"""Veranstaltungen on the large demo: open the list, filter by year, open an event with ~300 registrations.

    python tests/benchmarks/bench_events.py [LARGE_DB_FILE] [--runs 5]

Without a file (or with a path that does not exist yet) the large demo is built first. The
database is copied, so nothing of the original changes. Each step runs ``--runs`` times
offscreen; the median counts. Target: every GUI step below 300 ms.

Steps, as the user meets them:
- the events page is created and shown (filter: this year), then »Alle Jahre« (2,500 rows);
- the year filter changes to another year;
- the event with the number of registrations nearest to 300 opens (dialog with its details
  and agenda), then its Anmeldungen and its Anwesenheit tab are shown.
The model functions behind them are timed on their own as well.
"""

from __future__ import annotations

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
    median_ms,
    remove,
    scratch_folder,
    standalone_arguments,
)

TARGET_MS = 300


def run_steps(db_path: Path, runs: int = 5) -> tuple[str, list[tuple[str, float, bool]]]:
    """(what was opened, [(step, milliseconds, is a GUI step)]) on a copy of ``db_path``."""
    bench_environment()
    from sqlalchemy import func, select

    from model.core.db import open_database
    from model.core.entities import Registration
    from model.events.attendance import attendance_rows
    from model.events.events import EventFilter, event_years, list_events
    from model.events.participants import registration_rows

    folder = scratch_folder()
    db = open_database(copy_of(db_path, folder))
    try:
        all_events = list_events(db)
        with db.session() as session:
            counts = dict(
                session.execute(select(Registration.event_id, func.count()).group_by(Registration.event_id)).all()
            )
        event_id = min(counts, key=lambda e: abs(counts[e] - 300))
        event = next(r for r in all_events if r.id == event_id)
        year = event.starts_at.year
        other_year = max(y for y in event_years(db) if y != year)
        info = (
            f"{len(all_events)} Veranstaltungen, {sum(counts.values())} Anmeldungen; "
            f"geöffnet wird Nr. {event_id} »{event.title}« mit {counts[event_id]} Anmeldungen"
        )

        results: list[tuple[str, float, bool]] = []

        def step(name: str, function, gui: bool = False) -> None:
            results.append((name, median_ms(function, runs), gui))

        # --- the model functions -----------------------------------------------------------
        step("Modell: list_events (alle Jahre)", lambda: list_events(db))
        step("Modell: list_events (ein Jahr)", lambda: list_events(db, EventFilter(year=year)))
        step(
            "Modell: list_events (Suche »netzwerktreffen«)",
            lambda: list_events(db, EventFilter(text="netzwerktreffen")),
        )
        step("Modell: registration_rows (eine Veranstaltung)", lambda: registration_rows(db, event_id))
        step("Modell: attendance_rows (eine Veranstaltung)", lambda: attendance_rows(db, event_id))

        # --- the GUI -----------------------------------------------------------------------
        from PySide6.QtWidgets import QApplication

        from gui.app import _application

        _application()
        from gui.events.event_dialog import TAB_ATTENDANCE, TAB_REGISTRATIONS, EventDialog
        from gui.events.page import EventsPage

        pages = []

        def open_page():
            page = EventsPage(db)
            page.resize(1080, 760)
            page.show()
            QApplication.processEvents()
            pages.append(page)

        step("GUI: Veranstaltungen öffnen (dieses Jahr)", open_page, True)
        page = pages[-1]

        def one_year(value: int | None):
            page.year.setCurrentIndex(page.year.findData(value) if value is not None else 0)
            QApplication.processEvents()

        def timed_switch(before, after) -> float:
            """Median time of switching the year filter from ``before`` to ``after``."""
            times = []
            for _ in range(runs):
                one_year(before)
                start = time.perf_counter()
                one_year(after)
                times.append(time.perf_counter() - start)
            return 1000 * statistics.median(times)

        results.append(("GUI: Filter »Alle Jahre« (2.500 Zeilen)", timed_switch(year, None), True))
        results.append(("GUI: Filter nach Jahr (von »Alle Jahre«)", timed_switch(None, year), True))
        results.append(("GUI: Filter auf ein anderes Jahr", timed_switch(year, other_year), True))

        dialogs = []

        def open_event():
            dialog = EventDialog(db, event_id)
            dialog.show()
            QApplication.processEvents()
            dialogs.append(dialog)

        def open_event_with_lists():
            open_event()
            dialog = dialogs[-1]
            dialog.show_tab(TAB_REGISTRATIONS)
            QApplication.processEvents()
            dialog.show_tab(TAB_ATTENDANCE)
            QApplication.processEvents()

        step("GUI: Veranstaltung öffnen (Angaben, Tagesordnung)", open_event, True)
        step(f"GUI: … mit Anmeldungen und Anwesenheit ({counts[event_id]})", open_event_with_lists, True)
        for widget in dialogs + pages:
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
        return info, results
    finally:
        db.dispose()
        remove(folder)


# The GUI steps that go into run_all's table: step name → line in the table.
SUMMARY = {
    "GUI: Veranstaltungen öffnen (dieses Jahr)": "Veranstaltungen öffnen",
    "GUI: Filter »Alle Jahre« (2.500 Zeilen)": "Veranstaltungen: »Alle Jahre« (2.500 Zeilen)",
    "GUI: Filter auf ein anderes Jahr": "Veranstaltungen: Filter nach Jahr",
}


def measure(db_path: Path, runs: int = 5) -> list[Result]:
    _info, steps = run_steps(db_path, runs)
    results = [Result(SUMMARY[name], ms / 1000, limit=TARGET_MS / 1000) for name, ms, _gui in steps if name in SUMMARY]
    name, ms, _gui = steps[-1]  # the event with its registrations and attendance
    count = name[name.rfind("(") + 1 : name.rfind(")")]
    results.append(
        Result(f"Veranstaltung mit {count} Anmeldungen öffnen (alle Reiter)", ms / 1000, limit=TARGET_MS / 1000)
    )
    return results


def main() -> int:
    args = standalone_arguments(__doc__)
    with demo_database(args.db) as db_path:
        info, results = run_steps(db_path, args.runs)
    print(info)
    width = max(len(name) for name, _, _ in results)
    for name, milliseconds, gui in results:
        verdict = ("ok" if milliseconds < TARGET_MS else "ZU LANGSAM") if gui else ""
        print(f"{name:<{width}}  {milliseconds:8.1f} ms  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
