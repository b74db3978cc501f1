"""Benchmark: the certificate batch of the large demo's biggest Tagung as a whole process.

``main.py --db COPY certificates --event ID --out DIR`` (start, open the database, issue
every certificate, one PDF file each) against a bare Python process that imports reportlab
and the same drawing code and writes the same page as often, one file each. Both are fresh
processes, measured in the same run. Target: ≤ 1.5×.

    python tests/benchmarks/bench_certificate_files.py [LARGE_DB_FILE] [--runs 3]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Result, child_environment, copy_of, demo_database, remove, scratch_folder, standalone_arguments

RATIO_LIMIT = 1.5

BARE = """
import json, sys
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reports.certificates import ImageCache, draw_attendance_certificate
snapshot = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
out, count = Path(sys.argv[2]), int(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
images = ImageCache(lambda digest: None)
for index in range(count):
    canvas = Canvas(str(out / f"{index}.pdf"), pagesize=A4, pageCompression=1)
    draw_attendance_certificate(canvas, snapshot, images)
    canvas.save()
"""


def _timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … failed:\n{result.stderr}")
    return elapsed


def run(db_path: Path, runs: int = 3) -> dict:
    from bench_certificates import biggest_accredited_event

    from model.core.db import open_database
    from model.training.certificates import get_certificate

    work = scratch_folder()
    env = child_environment(work / "home")
    try:
        measured = []
        count = 0
        for number in range(runs + 1):  # the first run warms the byte-code caches, unmeasured
            copy = copy_of(db_path, work, f"run{number}.sqlite")  # fresh numbers each run
            db = open_database(copy)
            event_id, _ = biggest_accredited_event(db)
            db.dispose()
            whole = _timed(
                [
                    sys.executable,
                    str(ROOT / "main.py"),
                    "--db",
                    str(copy),
                    "certificates",
                    "--event",
                    str(event_id),
                    "--out",
                    str(work / f"out{number}"),
                ],
                env,
            )
            db = open_database(copy)
            from sqlalchemy import select

            from model.core.entities import Certificate

            with db.session() as s:
                ids = list(s.scalars(select(Certificate.id).where(Certificate.event_id == event_id)))
            snapshot = get_certificate(db, ids[0]).snapshot
            db.dispose()
            count = len(ids)
            snapshot_file = work / "snapshot.json"
            snapshot_file.write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
            bare = _timed(
                [sys.executable, "-c", BARE, str(snapshot_file), str(work / f"bare{number}"), str(count)], env
            )
            if number:
                measured.append((whole, bare))
        return {
            "event": event_id,
            "certificates": count,
            "whole": statistics.median(m[0] for m in measured),
            "bare": statistics.median(m[1] for m in measured),
        }
    finally:
        remove(work)


def measure(db_path: Path, runs: int = 3) -> list[Result]:
    f = run(db_path, runs)
    return [
        Result(
            f"{f['certificates']} Bescheinigungen, je eine Datei (ganzer Prozess)",
            f["whole"],
            baseline=f["bare"],
            ratio_limit=RATIO_LIMIT,
            note="baseline: a bare reportlab process writing the same page as often, one file each",
        )
    ]


def main() -> int:
    args = standalone_arguments(__doc__)
    with demo_database(args.db) as db_path:
        f = run(db_path, max(1, args.runs))
    print(f"event {f['event']}: {f['certificates']} certificates, one file each")
    print(f"main.py certificates:   {f['whole']:6.2f} s")
    print(f"bare reportlab process: {f['bare']:6.2f} s")
    print(f"ratio:                  {f['whole'] / f['bare']:6.2f} x   (target <= {RATIO_LIMIT})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
