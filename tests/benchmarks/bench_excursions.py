"""Excursions on a large database: the overview, one trip, its rooming list, its travel pack, the purge.

    python tests/benchmarks/bench_excursions.py [LARGE_DB_FILE] [--runs 5]

Without a file (or with a path that does not exist yet) the large demo is built first. The
database is copied to a temporary folder first (the purge writes). Each step runs
``--runs`` times; the median counts. The purge runs once on the copy (the first run does
the work, later runs find nothing to erase) and then again to show the cost of a start
with nothing to do.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import copy_of, demo_database, median_ms, remove, scratch_folder, standalone_arguments


def main() -> int:
    args = standalone_arguments(__doc__)
    folder = scratch_folder()
    try:
        with demo_database(args.db) as db_path:
            copy = copy_of(db_path, folder)
        return _run(copy, args.runs)
    finally:
        remove(folder)


def _run(copy: Path, runs: int) -> int:
    from model.core.db import open_database
    from model.excursions import excursions, rooming, trip_privacy
    from reports.travel_pack import information_letters_pdf, travel_pack_pdf

    db = open_database(copy)
    with db.writing() as session:  # letters need a postal address for everyone (this copy only)
        from sqlalchemy import text

        for table in ("organisation", "person"):
            session.execute(
                text(
                    f"UPDATE {table} SET street = 'Rathausplatz 1', postcode = '45127', city = 'Essen' "
                    "WHERE street IS NULL OR postcode IS NULL OR city IS NULL"
                )
            )
    trips = excursions.trip_overview(db)
    biggest = max(trips, key=lambda r: r.seats_taken + r.waiting)
    people = excursions.participants(db, biggest.event_id)
    print(f"{len(trips)} excursions; the biggest has {len(people)} registrations (event {biggest.event_id})")
    steps = [
        ("trip_overview (all excursions, SQL aggregates)", lambda: excursions.trip_overview(db)),
        (
            "load_trip + participants of the biggest trip",
            lambda: (excursions.load_trip(db, biggest.event_id), excursions.participants(db, biggest.event_id)),
        ),
        ("rooming_list", lambda: rooming.rooming_list(db, biggest.event_id)),
        ("travel_pack_pdf", lambda: travel_pack_pdf(db, biggest.event_id)),
        ("information_letters_pdf", lambda: information_letters_pdf(db, biggest.event_id)),
    ]
    for name, function in steps:
        print(f"{name:55s} {median_ms(function, runs):8.1f} ms")
    start = time.perf_counter()
    purged = trip_privacy.purge_expired(db)
    print(
        f"{'purge_expired, first start (erases ' + str(len(purged)) + ' trips)':55s} "
        f"{1000 * (time.perf_counter() - start):8.1f} ms"
    )
    print(f"{'purge_expired, nothing to do':55s} {median_ms(lambda: trip_privacy.purge_expired(db), runs):8.1f} ms")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
