"""Record a training of another provider that a member reports (its own block on the statement)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.training.external_training import ExternalTrainingData, record_external_training

from ..kit.dates import GermanDateEdit, from_qdate
from ..kit.dialog import Dialog
from ..kit.errors import show_error


class ExternalTrainingDialog(Dialog):
    def __init__(self, db: Database, person_id: int, person_name: str, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.person_id = db, person_id
        self.setWindowTitle(self.tr("Externe Fortbildung: %1").replace("%1", person_name))
        self.provider = QLineEdit()
        self.provider.setMaxLength(200)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.held_on = GermanDateEdit()
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.held_on.setCalendarPopup(True)
        today = dt.date.today()
        self.held_on.setDate(QDate(today) if today.year == year else QDate(year, 12, 31))
        self.points = QDoubleSpinBox()
        self.points.setRange(0, 100)
        self.points.setDecimals(1)
        self.proof_seen = QCheckBox(self.tr("Nachweis hat vorgelegen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Anbieter"), self.provider)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Datum"), self.held_on)
        form.addRow(self.tr("Punkte"), self.points)
        form.addRow("", self.proof_seen)
        form.addRow(buttons)

    @Slot()
    def save(self) -> None:
        if not self.dates_accepted():
            return
        data = ExternalTrainingData(
            self.person_id,
            self.provider.text(),
            self.title.text(),
            from_qdate(self.held_on.date()),
            Decimal(str(self.points.value())),
            self.proof_seen.isChecked(),
        )
        try:
            record_external_training(self.db, data)
        except UserError as exc:
            show_error(self, exc, title=self.windowTitle())
            return
        self.accept()
