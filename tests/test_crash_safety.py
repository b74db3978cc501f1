"""A process killed in the middle of writing leaves the database intact and unchanged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from model.check import check_database
from model.db import open_database
from model.entities import Certificate

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _kill_when_halfway(script: str, marker: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, "the job ended before it was killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL


def test_killed_certificate_batch_leaves_the_register_unchanged(demo_db_path, tmp_path):
    db = open_database(demo_db_path)
    from model.training import accredited_events

    event = max(accredited_events(db), key=lambda e: e.attendees)
    db.dispose()
    marker = tmp_path / "halfway"
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from model.db import open_database
        from reports.certificate_batch import produce_certificates

        def progress(done, total, text):
            if done == total // 2:
                Path({str(marker)!r}).touch()
                time.sleep(60)

        produce_certificates(open_database({str(demo_db_path)!r}), {event.id}, Path({str(tmp_path / 'out')!r}),
                             progress=progress)
    """)
    _kill_when_halfway(script, marker)
    db = open_database(demo_db_path)
    assert check_database(db) == []
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 0
    db.dispose()
