"""A SQLite file seen from outside: the marks that make it ours, and reading it without writing.

Below both ``db`` (opening) and ``backup`` (copying), so that neither needs the other for these.
"""

from __future__ import annotations

import os
from pathlib import Path

# Written to SQLite's header (PRAGMA application_id) so our files can be told from others.
APPLICATION_ID = 0x4E575354  # "NWST"
SQLITE_HEADER = b"SQLite format 3\x00"


def is_writable(db_path: Path) -> bool:
    """Whether the file and its folder (for the -wal and -shm files) can be written."""
    return os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK)


def probe_uri(db_path: Path) -> str:
    """Read-only probe of a file; ``immutable`` where the folder cannot take a -shm file."""
    return f"file:{db_path}?mode=ro" + ("" if is_writable(db_path) else "&immutable=1")
