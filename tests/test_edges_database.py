"""Restore, check and backup at the edges: a backup from a newer version, damaged databases,
a restore killed halfway."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from model.core.backup import copy_database
from model.core.db import open_database
from model.core.entities import Organisation
from tests.cli_support import call_cli

ROOT = Path(__file__).resolve().parent.parent


def _add(db, *names: str) -> None:
    with db.writing() as s:
        s.add_all(Organisation(name=name, kind="Kommune") for name in names)


def _names(path: Path) -> list[str]:
    db = open_database(path, create=False)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(Organisation.name)))
    finally:
        db.dispose()


def _one_line(result, *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture
def live(tmp_path) -> Path:
    path = tmp_path / "live.sqlite"
    db = open_database(path)
    _add(db, "Stadt Herne", "Łukasz Żółć Stiftung")
    db.dispose()
    return path


def _newer_backup(live: Path, target: Path) -> Path:
    copy_database(live, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    return target


def test_a_backup_from_a_newer_version_is_refused_and_the_live_database_stays_usable(live, tmp_path):
    newer = _newer_backup(live, tmp_path / "neu.sqlite")
    before = live.read_bytes()
    result = call_cli("--db", str(live), "restore", str(newer))
    _one_line(result, "neueren Programmversion", "nichts wurde geändert")
    assert live.read_bytes() == before
    assert call_cli("--db", str(live), "list", "organisations").returncode == 0


def test_the_safety_copy_restores_with_the_same_command(live, tmp_path):
    old = copy_database(live, tmp_path / "alt.sqlite")
    db = open_database(live)
    _add(db, "Später hinzugefügt")
    db.dispose()
    result = call_cli("--db", str(live), "restore", str(old))
    assert result.returncode == 0, result.stderr
    safety = Path(result.stdout.split("gesichert: ")[1].strip())
    assert _names(live) == ["Stadt Herne", "Łukasz Żółć Stiftung"]
    back = call_cli("--db", str(live), "restore", str(safety))
    assert back.returncode == 0, back.stderr
    assert _names(live) == ["Später hinzugefügt", "Stadt Herne", "Łukasz Żółć Stiftung"]


def test_a_live_database_from_a_newer_version_can_still_get_a_backup_restored(live, tmp_path):
    good = copy_database(live, tmp_path / "gut.sqlite")
    _newer_backup(live, tmp_path / "x.sqlite")
    connection = sqlite3.connect(live)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    assert call_cli("--db", str(live), "list", "persons").returncode == 1  # locked out …
    result = call_cli("--db", str(live), "restore", str(good))  # … but the way back is open
    assert result.returncode == 0, result.stderr
    assert call_cli("--db", str(live), "list", "persons").returncode == 0


def _damage(path: Path) -> None:
    """Overwrite the header of a table page in the middle of the file with garbage."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    pages = path.stat().st_size // page_size
    with path.open("r+b") as handle:
        for page in range(pages // 2, pages - 1):
            handle.seek(page * page_size)
            handle.write(b"\x0d\xff\xff\xff\xff\x00\x13\x37" * 4)


@pytest.fixture
def damaged(tmp_path) -> Path:
    path = tmp_path / "kaputt.sqlite"
    db = open_database(path)
    _add(db, *(f"Organisation {number:05d} mit einem längeren Namen" for number in range(3000)))
    db.dispose()
    _damage(path)
    return path


def test_check_on_a_damaged_database_exits_3_with_a_german_summary(damaged):
    result = call_cli("--db", str(damaged), "check")
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout.startswith("Die Datenbank ist beschädigt")
    assert "restore" in result.stdout.splitlines()[0]


def test_backup_refuses_a_damaged_database(damaged, tmp_path):
    target = tmp_path / "sicherung.sqlite"
    result = call_cli("--db", str(damaged), "backup", "--out", str(target))
    _one_line(result, "beschädigt", "check", "restore")
    assert not target.exists()


def test_a_restore_killed_halfway_leaves_the_old_database_intact(tmp_path):
    live = tmp_path / "live.sqlite"
    db = open_database(live)
    _add(db, "Alter Stand")
    db.dispose()
    source = tmp_path / "gross.sqlite"
    db = open_database(source)
    _add(db, *(f"Neuer Stand {number:06d} " + "x" * 200 for number in range(6000)))
    db.dispose()
    marker = tmp_path / "halfway"
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from model.core.restore import restore_database

        def progress(done, total):
            if done >= total // 2:
                Path({str(marker)!r}).touch()
                time.sleep(60)

        restore_database(Path({str(live)!r}), Path({str(source)!r}), progress=progress)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, "the restore ended before it was killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert _names(live) == ["Alter Stand"]  # nothing of the new state reached the live file
    connection = sqlite3.connect(live)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    leftovers = list((tmp_path / "Sicherungen").glob("*.partial"))
    assert len(leftovers) == 1  # the private copy of the source, never the live file
    os.utime(leftovers[0], (time.time() - 3600,) * 2)
    result = call_cli("--db", str(live), "restore", str(source))  # and the same restore then succeeds
    assert not list((tmp_path / "Sicherungen").glob("*.partial"))
    assert result.returncode == 0, result.stderr
    assert len(_names(live)) == 6000
