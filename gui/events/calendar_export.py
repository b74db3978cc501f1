"""Save a calendar file (.ics) of one event or of all upcoming events, for Outlook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from model.core.db import Database
from model.mail.cli import write_ics

from .. import dialogs
from .common import guarded


def save_calendar(parent: QWidget, db: Database, event_id: int | None, path: str | None = None) -> Path | None:
    """``event_id`` None: all upcoming events. Asks for the file unless ``path`` is given."""
    title = QCoreApplication.translate("CalendarExport", "Kalenderdatei")
    if path is None:
        suggestion = "Veranstaltung.ics" if event_id is not None else "Kommende Veranstaltungen.ics"
        path, _ = QFileDialog.getSaveFileName(
            parent, title, suggestion, QCoreApplication.translate("CalendarExport", "Kalenderdatei (*.ics)")
        )
        if not path:
            return None
    target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
    ok, count = guarded(
        parent, title, lambda: write_ics(db, target, event_id=event_id, group_id=None, upcoming=event_id is None)
    )
    if not ok:
        return None
    text = QCoreApplication.translate("CalendarExport", "Kalenderdatei gespeichert (Termine: %1): %2")
    dialogs.inform(parent, title, text.replace("%1", str(count)).replace("%2", str(target)))
    return target
