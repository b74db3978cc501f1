"""Excursions on a large database: the overview, one trip, its rooming list, its travel pack, the purge.

    python tests/benchmarks/bench_excursions.py PATH/TO/large.sqlite [--runs 5]

The database is copied to a temporary folder first (the purge writes). Each step runs
``--runs`` times; the median counts. The purge runs once on the copy (the first run does
the work, later runs find nothing to erase) and then again to show the cost of a start
with nothing to do.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _median_ms(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="database file (e.g. a large demo: main.py --db X demo --size large)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("NETZWERKSTATT_HOME", tempfile.mkdtemp(prefix="nws-bench-"))

    from model import excursions, rooming, trip_privacy
    from model.backup import copy_database
    from model.db import open_database
    from reports.travel_pack import information_letters_pdf, travel_pack_pdf

    copy = copy_database(Path(args.db).absolute(), Path(tempfile.mkdtemp(prefix="nws-bench-")) / "copy.sqlite")
    db = open_database(copy)
    trips = excursions.trip_overview(db)
    biggest = max(trips, key=lambda r: r.seats_taken + r.waiting)
    people = excursions.participants(db, biggest.event_id)
    print(f"{len(trips)} excursions; the biggest has {len(people)} registrations (event {biggest.event_id})")
    steps = [
        ("trip_overview (all excursions, SQL aggregates)", lambda: excursions.trip_overview(db)),
        ("load_trip + participants of the biggest trip",
         lambda: (excursions.load_trip(db, biggest.event_id), excursions.participants(db, biggest.event_id))),
        ("rooming_list", lambda: rooming.rooming_list(db, biggest.event_id)),
        ("travel_pack_pdf", lambda: travel_pack_pdf(db, biggest.event_id)),
        ("information_letters_pdf", lambda: information_letters_pdf(db, biggest.event_id)),
    ]
    for name, function in steps:
        print(f"{name:55s} {_median_ms(function, args.runs):8.1f} ms")
    start = time.perf_counter()
    purged = trip_privacy.purge_expired(db)
    print(f"{'purge_expired, first start (erases ' + str(len(purged)) + ' trips)':55s} "
          f"{1000 * (time.perf_counter() - start):8.1f} ms")
    print(f"{'purge_expired, nothing to do':55s} {_median_ms(lambda: trip_privacy.purge_expired(db), args.runs):8.1f} ms")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
