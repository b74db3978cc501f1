"""Who was written to when: the send journal of one event as a table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.mail.journal import journal

from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view


class MailJournalView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Zeitpunkt"), lambda r: r.at),
                TableColumn(self.tr("Name"), lambda r: r.name),
                TableColumn(self.tr("E-Mail"), lambda r: r.address),
                TableColumn(self.tr("Nachricht"), lambda r: r.kind),
                TableColumn(self.tr("Weg"), lambda r: r.channel),
                TableColumn(self.tr("Ergebnis"), lambda r: r.status, tooltip=lambda r: r.error or ""),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=1)  # the name takes the free width
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def set_event(self, event_id: int) -> None:
        rows = journal(self.db, event_id)
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%1 Nachrichten im Versandprotokoll").replace("%1", str(len(rows))))
