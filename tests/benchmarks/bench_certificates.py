"""Benchmark: all certificates of the large demo's big accredited Tagung.

Prints the time to issue and write them (register entries + one merged PDF, and one file
per person) next to a bare reportlab loop drawing the same page the same number of times,
measured in the same run. Target: ≤ 1.5× the bare loop.

    python tests/benchmarks/bench_certificates.py [LARGE_DB_FILE] [--runs 3]

Without a file (or with a path that does not exist yet) the large demo is built first. Each
run issues the certificates on a fresh copy of the database (new numbers every time).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result, bench_environment, copy_of, demo_database, remove, scratch_folder

RATIO_LIMIT = 1.5


def biggest_accredited_event(db) -> tuple[int, int]:
    from sqlalchemy import func, select

    from model.core.entities import Accreditation, Event, Registration

    with db.session() as s:
        row = s.execute(
            select(Event.id, func.count(Registration.id))
            .join(Accreditation, Accreditation.event_id == Event.id)
            .join(Registration, Registration.event_id == Event.id)
            .where(Registration.status == "teilgenommen")
            .group_by(Event.id)
            .order_by(func.count(Registration.id).desc())
            .limit(1)
        ).one()
    return row[0], row[1]


def bare_loop(snapshot: dict, count: int) -> float:
    """reportlab alone: the same page (same drawing code, no database) ``count`` times."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from reports.certificates import ImageCache, draw_attendance_certificate

    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A4, pageCompression=1)
    images = ImageCache(lambda digest: None)
    for _ in range(count):
        draw_attendance_certificate(canvas, snapshot, images)  # ends its own page(s)
    canvas.save()
    return time.perf_counter() - start


def run(db_path: Path, runs: int = 3) -> dict:
    """Medians of ``runs``: issue + merged PDF, the bare loop, one file per person (reprint)."""
    bench_environment()
    from model.core.db import open_database
    from reports.certificate_batch import produce_certificates

    work = scratch_folder()
    try:
        measured = []
        for number in range(runs):
            db = open_database(copy_of(db_path, work, f"run{number}.sqlite"))  # fresh numbers each run
            event_id, attendees = biggest_accredited_event(db)
            start = time.perf_counter()
            result = produce_certificates(db, event_id, work / f"out{number}", single_files=False, merged=True)
            merged_time = time.perf_counter() - start
            baseline = bare_loop(result.issued[0].snapshot, len(result.issued))
            start = time.perf_counter()
            produce_certificates(db, event_id, work / f"files{number}", single_files=True)  # reprint as files
            files_time = time.perf_counter() - start
            db.dispose()
            measured.append((merged_time, baseline, files_time))
        return {
            "event": event_id,
            "attendees": attendees,
            "certificates": len(result.issued),
            "merged": statistics.median(r[0] for r in measured),
            "baseline": statistics.median(r[1] for r in measured),
            "files": statistics.median(r[2] for r in measured),
        }
    finally:
        remove(work)


def measure(db_path: Path, runs: int = 3) -> list[Result]:
    figures = run(db_path, runs)
    return [
        Result(
            f"{figures['certificates']} Bescheinigungen (ein PDF)",
            figures["merged"],
            baseline=figures["baseline"],
            ratio_limit=RATIO_LIMIT,
            note="baseline: a bare reportlab loop drawing the same page as often; "
            f"one file per person instead: {figures['files']:.2f} s",
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="large demo database (built there if missing; default: a temporary one)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with demo_database(args.db) as db_path:
        f = run(db_path, args.runs)
    print(f"event {f['event']}: {f['attendees']} attendees, {f['certificates']} certificates")
    print(f"issue + merged PDF:     {f['merged']:6.2f} s")
    print(f"bare reportlab loop:    {f['baseline']:6.2f} s   (same page, same count)")
    print(f"ratio:                  {f['merged'] / f['baseline']:6.2f} x   (target <= {RATIO_LIMIT})")
    print(f"one file per person:    {f['files']:6.2f} s   (reprint, {f['certificates']} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
