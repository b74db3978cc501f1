"""Benchmark: all certificates of the large demo's big accredited Tagung.

Prints the time to issue and write them (register entries + one merged PDF, and one file
per person) next to a bare reportlab loop drawing the same page the same number of times,
measured in the same run. Target: ≤ 1.5× the bare loop.

    python tests/benchmarks/bench_certificates.py [DB]     (default: a fresh large demo)
"""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from model.backup import copy_database  # noqa: E402
from model.db import open_database  # noqa: E402
from model.entities import Accreditation, Event, Registration  # noqa: E402


def biggest_accredited_event(db) -> tuple[int, int]:
    with db.session() as s:
        row = s.execute(
            select(Event.id, func.count(Registration.id))
            .join(Accreditation, Accreditation.event_id == Event.id)
            .join(Registration, Registration.event_id == Event.id)
            .where(Registration.status == "teilgenommen")
            .group_by(Event.id).order_by(func.count(Registration.id).desc()).limit(1)
        ).one()
    return row[0], row[1]


def bare_loop(snapshot: dict, count: int) -> float:
    """reportlab alone: the same page (same drawing code, no database) ``count`` times."""
    from reports.certificates import ImageCache, draw_attendance_certificate

    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A4, pageCompression=1)
    images = ImageCache(lambda digest: None)
    for _ in range(count):
        draw_attendance_certificate(canvas, snapshot, images)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> None:
    from reports.certificate_batch import produce_certificates

    work = Path(tempfile.mkdtemp(prefix="nws-bench-"))
    try:
        if len(sys.argv) > 1:
            source = Path(sys.argv[1])
        else:
            from model.demo import fill_demo

            source = work / "large.sqlite"
            db = open_database(source)
            fill_demo(db, "large")
            db.dispose()
        runs = []
        for run in range(3):
            target = copy_database(source, work / f"run{run}.sqlite")  # each run issues fresh numbers
            db = open_database(target)
            event_id, attendees = biggest_accredited_event(db)
            start = time.perf_counter()
            result = produce_certificates(db, event_id, work / f"out{run}", single_files=False, merged=True)
            merged_time = time.perf_counter() - start
            baseline = bare_loop(result.issued[0].snapshot, len(result.issued))
            start = time.perf_counter()
            produce_certificates(db, event_id, work / f"files{run}", single_files=True)  # reprint as files
            files_time = time.perf_counter() - start
            db.dispose()
            runs.append((merged_time, baseline, files_time))
        merged_time = statistics.median(r[0] for r in runs)
        baseline = statistics.median(r[1] for r in runs)
        files_time = statistics.median(r[2] for r in runs)
        print(f"event {event_id}: {attendees} attendees, {len(result.issued)} certificates")
        print(f"issue + merged PDF:     {merged_time:6.2f} s")
        print(f"bare reportlab loop:    {baseline:6.2f} s   (same page, same count)")
        print(f"ratio:                  {merged_time / baseline:6.2f} x   (target <= 1.5)")
        print(f"one file per person:    {files_time:6.2f} s   (reprint, {len(result.issued)} files)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
