"""Report generation times on the large demo: annual report and the meeting pack of a big Tagung.

    python tests/benchmarks/bench_reports.py [LARGE_DB_FILE] [--runs 5]

Without a file (or with a path that does not exist yet) the large demo is built first
(``main.py --db FILE demo --size large``). Targets: the annual report in under 3 s, the
meeting pack of a Tagung with about 300 people in under 2 s. Each figure is the median of the
runs in this process after one unmeasured warm-up (imports, font loading, mapper set-up); the
first run of a fresh process is measured separately through the command line, as a script
would call it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Result, bench_environment, demo_database, median_seconds

ANNUAL_TARGET = 3.0
PACK_TARGET = 2.0


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


def subjects(db) -> tuple[int, int, object]:  # model.core.db.Database
    """(registrations, the year with most events, the Tagung with nearest to 300 people)."""
    from sqlalchemy import func, select

    from model.core.entities import Event, Registration
    from model.core.vocab import SEAT_TAKING_STATUSES

    with db.session() as session:
        registrations = session.scalar(select(func.count()).select_from(Registration))
        year = session.execute(
            select(func.extract("year", Event.starts_at).label("y"), func.count())
            .group_by("y")
            .order_by(func.count().desc())
        ).first()[0]
        seats = func.count(Registration.id)
        tagungen = session.execute(
            select(Event.id, Event.title, seats.label("people"))
            .join(Registration, Registration.event_id == Event.id)
            .where(Event.kind == "Tagung", Registration.status.in_(SEAT_TAKING_STATUSES))
            .group_by(Event.id, Event.title)
        ).all()
    return registrations, int(year), min(tagungen, key=lambda row: abs(row.people - 300))


def run(db_path: Path, runs: int = 5, tents: bool = False) -> dict:
    """Medians (after a warm-up) of the annual report and the meeting pack, with page counts."""
    bench_environment()
    from model.core.db import open_database
    from reports.annual_report import annual_report
    from reports.meeting_pack import DEFAULT_SECTIONS, SECTIONS, PackOptions, event_pack_pdf

    db = open_database(db_path)
    try:
        registrations, year, tagung = subjects(db)
        out: dict = {"registrations": registrations, "year": year, "tagung": tagung}
        pdfs = {}

        def timed(key: str, work) -> None:
            out[key] = median_seconds(lambda: pdfs.__setitem__(key, work()), runs, warmup=True)
            out[key + "_pages"] = _pages(pdfs[key])

        timed("annual", lambda: annual_report(db, year))
        timed("pack", lambda: event_pack_pdf(db, tagung.id, PackOptions(sections=DEFAULT_SECTIONS)))
        if tents:
            timed("full", lambda: event_pack_pdf(db, tagung.id, PackOptions(sections=SECTIONS)))
        return out
    finally:
        db.dispose()


def measure(db_path: Path, runs: int = 5) -> list[Result]:
    f = run(db_path, runs)
    return [
        Result(f"Jahresbericht {f['year']} ({f['annual_pages']} Seiten)", f["annual"], limit=ANNUAL_TARGET),
        Result(
            f"Sitzungsunterlagen Tagung, {f['tagung'].people} Personen ({f['pack_pages']} Seiten)",
            f["pack"],
            limit=PACK_TARGET,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "database", nargs="?", help="large demo database (built there if missing; default: a temporary one)"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with demo_database(args.database) as database:
        f = run(database, args.runs, tents=True)
        year, tagung = f["year"], f["tagung"]
        print(f"Database: {database} ({f['registrations']:,} registrations)")
        print(f"Python {sys.version.split()[0]}, {args.runs} runs each, median after a warm-up\n")
        print(
            f"annual report {year}:                {f['annual']:6.2f} s   {f['annual_pages']:3d} pages  "
            f"(target < {ANNUAL_TARGET:.0f} s: {'ok' if f['annual'] < ANNUAL_TARGET else 'MISSED'})"
        )
        print(
            f"meeting pack, {tagung.people} people (default): {f['pack']:6.2f} s   {f['pack_pages']:3d} pages  "
            f"(target < {PACK_TARGET:.0f} s: {'ok' if f['pack'] < PACK_TARGET else 'MISSED'})"
        )
        print(f"meeting pack, {tagung.people} people (+ tents):  {f['full']:6.2f} s   {f['full_pages']:3d} pages")

        with tempfile.TemporaryDirectory() as folder:
            cold_annual = _cli(
                "--db", str(database), "annual-report", "--year", str(year), "--out", str(Path(folder) / "a.pdf")
            )
            cold_pack = _cli(
                "--db", str(database), "meeting-pack", "--event", str(tagung.id), "--out", str(Path(folder) / "p.pdf")
            )
    print("\nfresh process via main.py (imports and start-up included):")
    print(f"  annual-report --year {year}:        {cold_annual:6.2f} s")
    print(f"  meeting-pack --event {tagung.id}:         {cold_pack:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
