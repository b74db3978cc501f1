"""Report generation times on the large demo: annual report and the meeting pack of a big Tagung.

    python tests/benchmarks/bench_reports.py PATH/TO/large.sqlite [--runs 5]

The database is created with ``main.py --db PATH demo --size large`` if the file does not exist
yet. Targets: the annual report in under 3 s, the meeting pack of a Tagung with about 300
people in under 2 s. Each figure is the median of the runs in this process after one
unmeasured warm-up (imports, font loading, mapper set-up); the first run of a fresh process
is measured separately through the command line, as a script would call it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ANNUAL_TARGET = 3.0
PACK_TARGET = 2.0


def _median(work, runs: int) -> tuple[float, object]:
    result = work()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _pages(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _cli(*args: str) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"main.py {' '.join(args)} failed:\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.database.exists():
        print(f"Creating the large demo in {args.database} …", flush=True)
        _cli("--db", str(args.database), "demo", "--size", "large")

    from sqlalchemy import func, select

    from model.db import open_database
    from model.entities import Event, Registration
    from model.vocab import SEAT_TAKING_STATUSES
    from reports.annual_report import annual_report
    from reports.meeting_pack import DEFAULT_SECTIONS, SECTIONS, PackOptions, event_pack_pdf

    db = open_database(args.database)
    with db.session() as session:
        registrations = session.scalar(select(func.count()).select_from(Registration))
        year = session.execute(
            select(func.extract("year", Event.starts_at).label("y"), func.count())
            .group_by("y").order_by(func.count().desc())
        ).first()[0]
        seats = func.count(Registration.id)
        tagungen = session.execute(
            select(Event.id, Event.title, seats.label("people"))
            .join(Registration, Registration.event_id == Event.id)
            .where(Event.kind == "Tagung", Registration.status.in_(SEAT_TAKING_STATUSES))
            .group_by(Event.id, Event.title)
        ).all()
    year = int(year)
    tagung = min(tagungen, key=lambda row: abs(row.people - 300))
    print(f"Database: {args.database} ({registrations:,} registrations)")
    print(f"Python {sys.version.split()[0]}, {args.runs} runs each, median after a warm-up\n")

    annual, pdf = _median(lambda: annual_report(db, year), args.runs)
    print(f"annual report {year}:                {annual:6.2f} s   {_pages(pdf):3d} pages  "
          f"(target < {ANNUAL_TARGET:.0f} s: {'ok' if annual < ANNUAL_TARGET else 'MISSED'})")

    pack, pdf = _median(lambda: event_pack_pdf(db, tagung.id, PackOptions(sections=DEFAULT_SECTIONS)), args.runs)
    print(f"meeting pack, {tagung.people} people (default): {pack:6.2f} s   {_pages(pdf):3d} pages  "
          f"(target < {PACK_TARGET:.0f} s: {'ok' if pack < PACK_TARGET else 'MISSED'})")
    full, pdf = _median(lambda: event_pack_pdf(db, tagung.id, PackOptions(sections=SECTIONS)), args.runs)
    print(f"meeting pack, {tagung.people} people (+ tents):  {full:6.2f} s   {_pages(pdf):3d} pages")
    db.dispose()

    with tempfile.TemporaryDirectory() as folder:
        cold_annual = _cli("--db", str(args.database), "annual-report", "--year", str(year),
                           "--out", str(Path(folder) / "a.pdf"))
        cold_pack = _cli("--db", str(args.database), "meeting-pack", "--event", str(tagung.id),
                         "--out", str(Path(folder) / "p.pdf"))
    print("\nfresh process via main.py (imports and start-up included):")
    print(f"  annual-report --year {year}:        {cold_annual:6.2f} s")
    print(f"  meeting-pack --event {tagung.id}:         {cold_pack:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
