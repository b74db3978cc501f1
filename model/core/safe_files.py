"""Writing output files so that they are either complete or not there at all.

Every file the program writes (PDF, Excel, .eml, backup, export) is written to a temporary
file in the target folder, flushed to disk and only then renamed over the final name
(``os.replace`` is atomic on one volume, Windows included). A full disk, a kill or an
exception leaves the earlier file as it was and no partial file behind; temporary files of
a killed run end in ``.partial`` and are removed by ``remove_leftovers`` at the next run.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import UserError

PARTIAL_SUFFIX = ".partial"
# SQLite writes its own files beside a database being copied into a temporary file.
_LEFTOVER_SUFFIXES = (PARTIAL_SUFFIX, PARTIAL_SUFFIX + "-journal", PARTIAL_SUFFIX + "-wal", PARTIAL_SUFFIX + "-shm")
# A temporary file touched this recently may belong to a run still going on.
LEFTOVER_MIN_AGE_SECONDS = 30


def temporary_path(target: Path) -> Path:
    """A fresh temporary name beside ``target`` (same folder, so the rename stays atomic)."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
    os.close(handle)
    return Path(name)


def check_output_file(target: Path | str) -> Path:
    """``target`` as an absolute path that can be written, or a UserError saying why not."""
    target = Path(target).absolute()
    if target.is_dir():
        raise UserError(f"{target} ist ein Ordner; bitte einen Dateinamen angeben.")
    if target.parent.exists() and not target.parent.is_dir():
        raise UserError(f"{target.parent} ist eine Datei, kein Ordner.")
    return target


def check_output_folder(folder: Path | str) -> Path:
    """``folder`` as an absolute path of a folder (created if needed), or a UserError."""
    folder = Path(folder).absolute()
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} ist eine Datei; bitte einen Ordner angeben.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, folder) from exc
    return folder


def output_error(exc: OSError, target: Path) -> UserError:
    """The German message for a failed write, saying the real cause."""
    if exc.errno == errno.ENOSPC:
        return UserError(
            f"Der Datenträger ist voll; {target} wurde nicht geschrieben (eine frühere "
            "Fassung bleibt unverändert). Bitte Platz schaffen und erneut versuchen."
        )
    if exc.errno == errno.EROFS:
        return UserError(f"Der Datenträger von {target} ist schreibgeschützt; bitte einen anderen Ort wählen.")
    if isinstance(exc, PermissionError):
        return UserError(
            f"{target} kann nicht geschrieben werden: Die Datei ist in einem anderen Programm "
            "(z. B. Excel oder einem PDF-Betrachter) geöffnet, oder es fehlen Schreibrechte."
        )
    if isinstance(exc, IsADirectoryError):
        return UserError(f"{target} ist ein Ordner; bitte einen Dateinamen angeben.")
    return UserError(f"{target} konnte nicht geschrieben werden: {exc.strerror or exc}.")


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces ``target`` in one step.

    On any failure the temporary file is removed and ``target`` is left as it was; an
    ``OSError`` becomes a UserError with the real cause (disk full, file open elsewhere).
    """
    target = check_output_file(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = temporary_path(target)
    except OSError as exc:
        raise output_error(exc, target) from exc
    try:
        yield partial
        _fsync(partial)
        os.replace(partial, target)
    except OSError as exc:
        _remove_quietly(partial)
        raise output_error(exc, target) from exc
    except BaseException:
        _remove_quietly(partial)
        raise


@contextmanager
def atomic_stream(target: Path | str) -> Iterator[BinaryIO]:
    """Like ``atomic_output`` but yields an open binary file."""
    with atomic_output(target) as partial, open(partial, "wb") as handle:
        yield handle


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` completely or not at all; returns the absolute target."""
    with atomic_stream(target) as handle:
        handle.write(data)
    return Path(target).absolute()


def remove_leftovers(folder: Path | str, min_age_seconds: float = LEFTOVER_MIN_AGE_SECONDS) -> list[Path]:
    """Delete the temporary files (and SQLite journals of them) a killed run left in ``folder``."""
    folder = Path(folder)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    limit = time.time() - min_age_seconds
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.endswith(_LEFTOVER_SUFFIXES):
            continue
        try:
            if entry.is_file() and entry.stat().st_mtime <= limit:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue  # held open by a run still going on: the next start tries again
    return removed


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
