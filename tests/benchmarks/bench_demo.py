"""Time to build the large demo (5,000 people, 2,500 events, 100,000 registrations).

    python tests/benchmarks/bench_demo.py [--size large|small] [--db URL] [--keep]

Without ``--db`` the demo goes into a new SQLite file in a temporary folder (deleted
afterwards unless ``--keep``). With ``--db`` it goes into the given, empty database, e.g. a
PostgreSQL server (``postgresql+psycopg://…``). Prints the seconds per phase (as reported by
the progress callback), the total and the rows per table. The goal: well under two minutes
on a two-core office PC, aiming at less than 30 seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--db", help="SQLAlchemy URL or file of an empty database (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database and print its path")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="netzwerkstatt-bench-"))
    keep_folder = args.keep and not args.db
    try:
        _run(args, folder)
    finally:  # the folder holds the temporary database and data folder
        if not keep_folder:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def _run(args: argparse.Namespace, folder: Path) -> None:
    os.environ.setdefault("NETZWERKSTATT_HOME", str(folder / "home"))  # never the user's data folder
    from model.core.db import open_database
    from model.demo.build import fill_demo

    target = args.db or folder / f"demo-{args.size}.sqlite"
    database = open_database(target)
    phases: list[tuple[str, float]] = []
    started = time.perf_counter()
    try:
        counts = fill_demo(database, args.size, progress=lambda text: phases.append((text, time.perf_counter())))
    finally:
        database.dispose()
    total = time.perf_counter() - started

    print(f"Demo »{args.size}« in {database.display_name}")
    marks = [(text, moment - started) for text, moment in phases] + [("fertig", total)]
    for (text, begin), (_next, end) in pairwise(marks):
        print(f"  {text:<18} {end - begin:6.2f} s")
    print(f"  {'gesamt':<18} {total:6.2f} s")
    for name, count in counts.items():
        print(f"  {name:<22} {count:>8,}".replace(",", "."))
    if args.keep or args.db:
        print(f"Datenbank: {target}")


if __name__ == "__main__":
    raise SystemExit(main())
