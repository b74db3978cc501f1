"""Two programs writing to one database wait for each other instead of failing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from model.core.entities import Organisation

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import sys
    from sqlalchemy import func, select
    from model.core.db import open_database
    from model.core.entities import Organisation

    db = open_database(sys.argv[1])
    for number in range(60):
        with db.writing() as s:  # read, then write: the pattern that fails without BEGIN IMMEDIATE
            count = s.scalar(select(func.count()).select_from(Organisation))
            s.add(Organisation(name=f"{sys.argv[2]} {number} nach {count}", kind="Sonstige"))
    db.dispose()
""")


def test_two_processes_write_at_once_without_database_is_locked(db):
    target = db.url
    processes = [
        subprocess.Popen([sys.executable, "-c", WRITER, target, name], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for name in ("A", "B")
    ]
    errors = [process.communicate(timeout=240)[1] for process in processes]
    assert [process.returncode for process in processes] == [0, 0], errors
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 120
        names = set(s.scalars(select(Organisation.name)))
    # Every writer saw the other's committed rows: the counts it read are all different.
    seen_counts = {name.split(" nach ")[1] for name in names}
    assert len(seen_counts) == 120
