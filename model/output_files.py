"""Output files appear complete or not at all: written to a temporary name, then renamed.

A small self-contained helper for the printed documents; the same idea as the backup copy.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError


def write_file_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` via a temporary file in the same folder."""
    target = Path(target).absolute()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise UserError(f"Der Ordner {target.parent} kann nicht beschrieben werden ({exc.strerror}).") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except PermissionError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(f"Die Datei {target} ist gerade geöffnet oder schreibgeschützt. "
                        "Bitte schließen und erneut versuchen.") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
