"""Participation history: every event of a person; a municipality's participation per year.

Both are plain widgets taking the database and an id, so that the Mitglieder and Personen
areas can show them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from model.core.db import Database
from model.core.vocab import ATTENDED
from model.events.history import organisation_participation, person_history

from ..kit.columns import column_widths
from ..kit.dialog import Dialog
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view


class PersonHistoryWidget(QWidget):
    def __init__(self, db: Database, person_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.summary = QLabel()
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda h: h.starts_at.date()),
                TableColumn(self.tr("Art"), lambda h: h.kind),
                TableColumn(self.tr("Veranstaltung"), lambda h: h.title, tooltip=lambda h: h.title),
                TableColumn(self.tr("Status"), lambda h: h.status),
                TableColumn(self.tr("Rolle"), lambda h: h.role),
                TableColumn(self.tr("Minuten"), lambda h: h.attended_minutes, align_right=True),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=2)
        column_widths(self.view, {0: 108, 1: 150, 3: 124, 4: 100, 5: 84})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        if person_id is not None:
            self.set_person(person_id)

    def set_person(self, person_id: int) -> None:
        rows = person_history(self.db, person_id)
        self.model.set_rows(rows)
        attended = sum(1 for r in rows if r.status == ATTENDED)
        self.summary.setText(
            self.tr("%1 Anmeldungen, davon %2 teilgenommen").replace("%1", str(len(rows))).replace("%2", str(attended))
        )


class OrganisationParticipationWidget(QWidget):
    def __init__(self, db: Database, organisation_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Jahr"), lambda y: y.year, display=lambda y: str(y.year)),
                TableColumn(self.tr("Veranstaltungen"), lambda y: y.events, align_right=True),
                TableColumn(self.tr("Teilnahmen"), lambda y: y.participations, align_right=True),
                TableColumn(self.tr("Personen"), lambda y: y.people, align_right=True),
                TableColumn(self.tr("Anmeldungen"), lambda y: y.registrations, align_right=True),
                TableColumn(self.tr("Nicht erschienen"), lambda y: y.no_shows, align_right=True),
                TableColumn(self.tr("Gastgeber"), lambda y: y.hosted, align_right=True),
            ],
            self,
        )
        self.view = make_table_view(self.model)
        column_widths(self.view, {0: 70, 1: 140, 2: 110, 3: 96, 4: 124, 5: 150})
        self.view.setToolTip(
            self.tr(
                "Veranstaltungen: an denen jemand der Organisation teilgenommen hat; "
                "Gastgeber: selbst ausgerichtete Veranstaltungen"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        if organisation_id is not None:
            self.set_organisation(organisation_id)

    def set_organisation(self, organisation_id: int) -> None:
        self.model.set_rows(organisation_participation(self.db, organisation_id))


class PersonHistoryDialog(Dialog):
    def __init__(self, db: Database, person_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teilnahmeverlauf: %1").replace("%1", name))
        fit_to_screen(self, 820, 480)
        self.history = PersonHistoryWidget(db, person_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)


class OrganisationParticipationDialog(Dialog):
    def __init__(self, db: Database, organisation_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beteiligung je Jahr: %1").replace("%1", name))
        fit_to_screen(self, 880, 380)
        self.participation = OrganisationParticipationWidget(db, organisation_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.participation, 1)
        layout.addWidget(buttons)
