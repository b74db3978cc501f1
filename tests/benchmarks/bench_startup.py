"""Start-up time of the GUI against a bare PySide6 window, measured in the same run.

    python tests/benchmarks/bench_startup.py PATH/TO/large.sqlite [--runs 5]

The issue demands ``python main.py --db LARGE --smoke`` within 3× the time of a bare
PySide6 window process. Each variant runs in a fresh process, interleaved, after one
unmeasured warm-up run each (byte-code caches, the OS file cache, the first automatic
backup); the median of the runs counts. Settings, logs and backups of the runs go to a
temporary data folder (``NETZWERKSTATT_HOME``), never the user's.

Variants:
- bare:     import QtWidgets, QApplication, show an empty QMainWindow, process events, exit
- run_gui:  ``gui.app.run_gui(DB, smoke=True)`` in a subprocess
- main.py:  ``main.py --db DB --smoke`` (what the issue measures: adds argparse)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""

RUN_GUI = """
import sys
from gui.app import run_gui
sys.exit(run_gui(sys.argv[1], smoke=True))
"""


def _time(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])}… failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="database file (e.g. a large demo: main.py --db X demo --size large)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = str(Path(args.db).absolute())
    if not Path(db).is_file():
        raise SystemExit(f"{db}: no such database file")

    with tempfile.TemporaryDirectory(prefix="nws-bench-") as home:
        env = dict(os.environ, NETZWERKSTATT_HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        variants = {
            "bare": [sys.executable, "-c", BARE],
            "run_gui": [sys.executable, "-c", RUN_GUI, db],
            "main.py": [sys.executable, str(ROOT / "main.py"), "--db", db, "--smoke"],
        }
        for command in variants.values():  # warm-up
            _time(command, env)
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, command in variants.items():
                times[name].append(_time(command, env))

    bare = statistics.median(times["bare"])
    print(f"database: {db}")
    print(f"runs: {args.runs} per variant (median; min–max)")
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / bare
        print(f"  {name:8s} {median * 1000:7.0f} ms   ({min(values) * 1000:.0f}–{max(values) * 1000:.0f} ms)"
              f"   {ratio:4.1f}× bare")
    limit = 3 * bare
    verdict = "within" if statistics.median(times["main.py"]) <= limit else "OVER"
    print(f"main.py --smoke is {verdict} 3× bare ({limit * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
