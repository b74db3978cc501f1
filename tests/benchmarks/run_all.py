"""The whole benchmark suite on the large demo, in one table.

    python tests/benchmarks/run_all.py [--db LARGE_DB_FILE] [--runs 5] [--only NAME …]

``--db`` is where the large demo is kept: built there once with ``main.py --db FILE demo
--size large`` (about 10 s) if the file does not exist, reused afterwards. Without it the
demo is built in a temporary folder and deleted at the end. Benchmarks that write work on
copies; the file itself is never changed.

Every line shows the figure, the baseline measured in the same run where the target is a
ratio, the ratio, the target and whether it is met. The scripts beside this one run alone
too and print more detail (``bench_startup.py``, ``bench_persons.py``, ``bench_events.py``,
``bench_certificates.py``, ``bench_reports.py``, ``bench_memory.py``, ``bench_areas.py``; ``bench_demo.py``
times building the demo, ``bench_excursions.py`` the excursion area).

The machine matters: on a shared two-core PC with other work running, figures move by
±20 %; the ratios against a baseline of the same run move less.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_areas
import bench_certificate_files
import bench_certificates
import bench_events
import bench_memory
import bench_persons
import bench_reports
import bench_startup
from common import Result, bench_environment, demo_database, print_table

# In the order of the table; each takes (database file, runs) and returns Results.
SUITE = {
    "startup": lambda db, runs: bench_startup.measure(db, max(runs, 9)),
    "persons": bench_persons.measure_view,
    "events": bench_events.measure,
    "areas": bench_areas.measure,
    "certificates": lambda db, runs: bench_certificates.measure(db, max(3, runs // 2 + 1)),
    "certificate-files": lambda db, runs: bench_certificate_files.measure(db, max(3, runs // 2 + 1)),
    "import": lambda db, runs: bench_persons.measure_import(db, max(3, runs)),
    "reports": bench_reports.measure,
    "memory": bench_memory.measure,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="where the large demo is kept (built there if missing; default: a temporary file)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement; the median counts (default 5)")
    parser.add_argument(
        "--only", nargs="+", choices=tuple(SUITE), metavar="NAME", help=f"run only these: {', '.join(SUITE)}"
    )
    args = parser.parse_args()
    bench_environment()
    started = time.perf_counter()
    results: list[Result] = []
    with demo_database(args.db) as db_path:
        for name, measure in SUITE.items():
            if args.only and name not in args.only:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            results.extend(measure(db_path, args.runs))
    print(
        f"Netzwerkstatt benchmarks, large demo; Python {platform.python_version()}, {platform.system()}, "
        f"median of {args.runs} runs unless noted; {time.perf_counter() - started:.0f} s in all\n"
    )
    print_table(results)
    missed = [r.name for r in results if r.ok is False]
    if missed:
        print(f"\nMISSED: {'; '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
