"""Per-user settings of the program (window layout, last database), declared once.

Stored with QSettings in an INI file in the user's data folder (``model.core.paths.data_dir()``),
not in the Windows registry, so that ``NETZWERKSTATT_HOME`` (tests, portable use) moves
them along with everything else. Every value is read with ``type=``: a new process gets
strings back from the file, and ``'false'`` is truthy.

Office-wide settings (letterhead, certificate texts, backups to keep, the backup folder) live
in the database (``OfficeProfile``), not here; the language of the program is a choice of
each user on each PC and lives here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from model.core.paths import data_dir

SETTINGS_FILE = "netzwerkstatt.ini"

KEY_GEOMETRY = "mainwindow/geometry"
KEY_STATE = "mainwindow/state"
KEY_AREA = "mainwindow/area"
KEY_LAST_DATABASE = "database/last"
KEY_LAST_FOLDER = "files/last_folder"
KEY_LANGUAGE = "ui/language"


class Settings:
    """Typed access to the user's settings; one instance per window is fine."""

    def __init__(self, path: Path | None = None, read_only: bool = False):
        """``read_only`` (smoke tests): read the user's settings but never change them."""
        self.path = path or data_dir() / SETTINGS_FILE
        self.read_only = read_only
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _set(self, key: str, value) -> None:  # any QSettings value
        if not self.read_only:
            self._qsettings.setValue(key, value)

    def _text(self, key: str) -> str:
        value = self._qsettings.value(key, "", type=str)
        return value if isinstance(value, str) else ""

    def _bytes(self, key: str) -> QByteArray:
        value = self._qsettings.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def sync(self) -> None:
        if not self.read_only:
            self._qsettings.sync()

    # --- window ----------------------------------------------------------------------

    def window_geometry(self) -> QByteArray:
        return self._bytes(KEY_GEOMETRY)

    def window_state(self) -> QByteArray:
        return self._bytes(KEY_STATE)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._set(KEY_GEOMETRY, geometry)
        self._set(KEY_STATE, state)

    def last_area(self) -> str:
        return self._text(KEY_AREA)

    def set_last_area(self, key: str) -> None:
        self._set(KEY_AREA, key)

    # --- files -----------------------------------------------------------------------

    def last_database(self) -> str:
        """Path or URL of the database opened last; empty when there is none."""
        return self._text(KEY_LAST_DATABASE)

    def set_last_database(self, target: str) -> None:
        self._set(KEY_LAST_DATABASE, target)

    def last_folder(self) -> str:
        return self._text(KEY_LAST_FOLDER)

    def set_last_folder(self, folder: str) -> None:
        self._set(KEY_LAST_FOLDER, folder)

    # --- language ----------------------------------------------------------------------

    def language(self) -> str:
        """ "de" (the default) or "en"; takes effect at the next start of the program."""
        from gui.translations import normalise

        return normalise(self._text(KEY_LANGUAGE))

    def set_language(self, language: str) -> None:
        from gui.translations import normalise

        self._set(KEY_LANGUAGE, normalise(language))
