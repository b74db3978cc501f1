"""Peak memory of the program with the large demo open, every area visited once.

    python tests/benchmarks/bench_memory.py [LARGE_DB_FILE]

A child process opens the main window on a copy of the large demo, lets the background jobs
of the start finish (automatic backup, purge of expired trip details), shows every area of the
navigation and every tab of each area's page (so that lazily loaded lists are loaded too),
processing events (painting) after each step, and then reports its peak resident memory:
``VmHWM`` of ``/proc/self/status`` on Linux, ``resource.getrusage(RUSAGE_SELF).ru_maxrss``
elsewhere (on Linux ``ru_maxrss`` keeps the peak of the process that started the child, so
from inside ``run_all.py`` it would report the suite's own memory). A bare PySide6 window
process is measured the same way for comparison. Target: < 400 MB. Linux and macOS.
Without a file (or with a path that does not exist yet) the large demo is built first.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Result, child_environment, copy_of, demo_database, print_table, remove, scratch_folder

LIMIT_MB = 400.0

# getrusage's ru_maxrss survives exec on Linux: a child started from a big process (run_all)
# would report the parent's peak. /proc/self/status VmHWM is the peak of this process image.
_PEAK = """
def peak_mb():
    import resource, sys
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
"""

BARE = (
    _PEAK
    + """
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(json.dumps({"peak_mb": peak_mb()}))
"""
)

PROGRAM = (
    _PEAK
    + """
import json, sys, time
from model.core.db import open_database
from gui.app import _application

app = _application()
from PySide6.QtWidgets import QTabWidget
from gui.areas import AREAS
from gui.main_window import MainWindow
from gui.settings import Settings

db = open_database(sys.argv[1])
window = MainWindow(db, Settings(read_only=True))
window.resize(1280, 800)
window.show()
app.processEvents()
# As the program does once its window is shown: the automatic backup and the purge of expired
# trip details run in the background (and load SQLAlchemy and the ORM there).
window.start_automatic_backup()
window.start_trip_data_purge()
deadline = time.monotonic() + 60
while window._jobs and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
seconds = {}
for area in AREAS:
    start = time.perf_counter()
    window.show_area(area.key)
    app.processEvents()
    seconds[area.key] = time.perf_counter() - start
    for tabs in window.page(area.key).findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
window.close()
app.processEvents()
db.dispose()
print(json.dumps({"peak_mb": peak_mb(), "areas": seconds}))
"""
)


def _child(code: str, *args: str, env: dict) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"memory child failed ({result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(db_path: Path) -> dict:
    folder = scratch_folder()
    try:
        copy = copy_of(db_path, folder)
        env = child_environment(folder / "home")
        start = time.perf_counter()
        program = _child(PROGRAM, str(copy), env=env)
        program["wall"] = time.perf_counter() - start
        program["bare_mb"] = _child(BARE, env=env)["peak_mb"]
        return program
    finally:
        remove(folder)


def measure(db_path: Path, runs: int = 1) -> list[Result]:  # one run is the peak
    f = run(db_path)
    slowest = max(f["areas"], key=f["areas"].get)
    return [
        Result(
            "Spitzenspeicher, große Demo, alle Bereiche besucht",
            f["peak_mb"],
            unit="MB",
            baseline=f["bare_mb"],
            limit=LIMIT_MB,
            note=f"max RSS of a child process; baseline: a bare PySide6 window process (no target); "
            f"slowest first opening of an area: {slowest} {f['areas'][slowest] * 1000:.0f} ms",
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", nargs="?", help="large demo database (built there if missing; default: a temporary one)")
    args = parser.parse_args()
    with demo_database(args.db) as db_path:
        f = run(db_path)
    print("first opening of each area (module imports included):")
    for key, seconds in f["areas"].items():
        print(f"  {key:12s} {seconds * 1000:7.0f} ms")
    print_table(
        [
            Result(
                "Spitzenspeicher, große Demo, alle Bereiche besucht",
                f["peak_mb"],
                unit="MB",
                baseline=f["bare_mb"],
                limit=LIMIT_MB,
            )
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
