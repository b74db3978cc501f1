"""Start-up time of the GUI against a bare PySide6 window, measured in the same run.

    python tests/benchmarks/bench_startup.py [LARGE_DB_FILE] [--runs 5]

The issue demands ``python main.py --db LARGE --smoke`` within 3× the time of a bare
PySide6 window process. Each variant runs in a fresh process, interleaved, after one
unmeasured warm-up run each (byte-code caches, the OS file cache, the first automatic
backup); the median of the runs counts. Settings, logs and backups of the runs go to a
temporary data folder (``NETZWERKSTATT_HOME``), never the user's; so do the byte-code
caches, which the runs use as an installed program does even where PYTHONDONTWRITEBYTECODE
is set (without them every start compiles the program's modules again). Without a file (or with a
path that does not exist yet) the large demo is built first.

Variants:
- bare:     import QtWidgets, QApplication, show an empty QMainWindow, process events, exit
- run_gui:  ``gui.app.run_gui(DB, smoke=True)`` in a subprocess
- main.py:  ``main.py --db DB --smoke`` (what the issue measures: adds argparse); the smoke
            run shows the main window with its first page's data, processes the events
            (painting) and exits
- groups:   the same, but the settings remember Arbeitsgruppen as the last area: the start
            opens there (the office returns to where it left off)

Besides the whole process, each run reports when its window was painted (the smoke run and
the bare window print the time); for ``groups`` also when the area's real page was ready
(the window shows the area's frame at once and loads the data layer in the background).
The figures count from the moment the process was started.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Result, child_environment, demo_database

RATIO_LIMIT = 3.0

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(f"smoke: painted={time.time():.4f} ready={time.time():.4f}", flush=True)
"""

RUN_GUI = """
import sys
from gui.app import run_gui
sys.exit(run_gui(sys.argv[1], smoke=True))
"""


@dataclass(frozen=True)
class Run:
    total: float  # seconds from the start of the process to its end
    painted: float  # … to the window painted
    ready: float  # … to the first page ready with its data


def _time(command: list[str], env: dict) -> Run:
    began = time.time()
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])}… failed ({result.returncode}):\n{result.stderr}")
    found = re.search(r"smoke: painted=([\d.]+) ready=([\d.]+)", result.stdout)
    if found is None:
        raise SystemExit(f"{' '.join(command[:3])}… printed no smoke timing:\n{result.stdout}")
    return Run(elapsed, float(found[1]) - began, float(found[2]) - began)


REMEMBERED_AREA = "groups"


def _remember_area(home: Path, key: str) -> Path:
    """A data folder whose settings remember ``key`` as the last area (as gui.settings stores it)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "netzwerkstatt.ini").write_text(f"[mainwindow]\narea={key}\n", encoding="utf-8")
    return home


def run(
    db_path: Path, runs: int = 5, variants: tuple[str, ...] = ("bare", "run_gui", "main.py", "groups")
) -> dict[str, list[Run]]:
    """The runs of each variant (fresh processes, interleaved, after a warm-up)."""
    db = str(Path(db_path).absolute())
    if not Path(db).is_file():
        raise SystemExit(f"{db}: no such database file")
    commands = {
        "bare": [sys.executable, "-c", BARE],
        "run_gui": [sys.executable, "-c", RUN_GUI, db],
        "main.py": [sys.executable, str(ROOT / "main.py"), "--db", db, "--smoke"],
        "groups": [sys.executable, str(ROOT / "main.py"), "--db", db, "--smoke"],
    }
    with tempfile.TemporaryDirectory(prefix="nws-bench-") as home:
        env = child_environment(Path(home))
        remembered = dict(env, NETZWERKSTATT_HOME=str(_remember_area(Path(home) / "remembered", REMEMBERED_AREA)))
        environments = {name: remembered if name == "groups" else env for name in variants}
        for name in variants:  # warm-up (writes the byte-code caches)
            _time(commands[name], environments[name])
        times: dict[str, list[Run]] = {name: [] for name in variants}
        for _ in range(runs):
            for name in variants:
                times[name].append(_time(commands[name], environments[name]))
    return times


def _median(runs: list[Run], figure: str) -> float:
    return statistics.median(getattr(run, figure) for run in runs)


def measure(db_path: Path, runs: int = 7) -> list[Result]:
    times = run(db_path, runs, ("bare", "main.py", "groups"))
    bare = _median(times["bare"], "total")
    bare_painted = _median(times["bare"], "painted")
    note = f"baseline: a bare PySide6 window process; fresh processes, median of {runs}"
    return [
        Result(
            "Start bis Hauptfenster mit Daten (main.py --smoke)",
            _median(times["main.py"], "total"),
            baseline=bare,
            ratio_limit=RATIO_LIMIT,
            note=note,
        ),
        Result(
            "Start im zuletzt benutzten Bereich (Arbeitsgruppen): Fenster gezeichnet",
            _median(times["groups"], "painted"),
            baseline=bare_painted,
            ratio_limit=RATIO_LIMIT,
            note=note + " (both until painted)",
        ),
        Result(
            "Start im zuletzt benutzten Bereich (Arbeitsgruppen): Seite mit Daten",
            _median(times["groups"], "ready"),
            baseline=bare_painted,
            note=note + " (bare until painted)",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", nargs="?", help="large demo database (built there if missing; default: a temporary one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with demo_database(args.db) as db_path:
        times = run(db_path, args.runs)
        print(f"database: {db_path}")
    bare = _median(times["bare"], "painted")
    print(f"runs: {args.runs} per variant (median; min–max), from the process start")
    for name, values in times.items():
        for figure in ("painted", "ready", "total"):
            numbers = [getattr(run, figure) for run in values]
            median = statistics.median(numbers)
            print(
                f"  {name:8s} {figure:8s} {median * 1000:7.0f} ms   ({min(numbers) * 1000:.0f}–{max(numbers) * 1000:.0f} ms)"
                f"   {median / bare:4.1f}× bare painted"
            )
    limit = RATIO_LIMIT * bare
    for name in ("main.py", "groups"):
        painted = _median(times[name], "painted")
        verdict = "within" if painted <= limit else "OVER"
        print(f"{name}: window painted {verdict} {RATIO_LIMIT:g}× bare ({limit * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
