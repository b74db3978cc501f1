"""Where things live: the user's data folder and the bundled resources.

``resource()`` is the one helper that finds shipped files both in the source tree and in a
PyInstaller bundle (where ``sys._MEIPASS`` is the unpacked root).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Netzwerkstatt"


def _bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent.parent


def resource(*parts: str) -> Path:
    """Path of a file below ``resources/``."""
    return _bundle_root().joinpath("resources", *parts)


def app_version() -> str:
    """The program's version, declared once in ``resources/VERSION``."""
    try:
        return resource("VERSION").read_text(encoding="utf-8").strip()
    except OSError:
        return "?"


def data_dir() -> Path:
    """The per-user data folder (created on demand). ``NETZWERKSTATT_HOME`` overrides it."""
    override = os.environ.get("NETZWERKSTATT_HOME")
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / "netzwerkstatt.sqlite"


def log_dir() -> Path:
    folder = data_dir() / "Protokolle"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
