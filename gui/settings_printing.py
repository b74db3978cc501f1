"""Einstellungen → Drucken: the label product for name badges and how long sign-in sheets are kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from model.core.vocab import BADGE_STOCKS
from model.settings.office import ProfileData

from .translations import QT_TRANSLATE_NOOP

STOCK_NAMES = {
    "L4785": QT_TRANSLATE_NOOP("PrintingTab", "Avery Zweckform L4785 – Namensetiketten 80 × 50 mm"),
    "LP800": QT_TRANSLATE_NOOP("PrintingTab", "Sigel LP800 – Visitenkarten 85 × 55 mm"),
    "C32011": QT_TRANSLATE_NOOP("PrintingTab", "Avery Zweckform C32011 – Visitenkarten 85 × 54 mm"),
    "A4": QT_TRANSLATE_NOOP("PrintingTab", "Normalpapier A4 mit Schnittmarken (85 × 55 mm)"),
}


class PrintingTab(QWidget):
    """Reads from and writes into the office profile (stored in the database, used by every PC)."""

    def __init__(self, profile: ProfileData, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.badge_stock = QComboBox()
        for code in BADGE_STOCKS:
            self.badge_stock.addItem(QCoreApplication.translate("PrintingTab", STOCK_NAMES[code]), code)
        self.badge_stock.setCurrentIndex(max(0, self.badge_stock.findData(profile.badge_stock)))
        form.addRow(self.tr("Namensschilder auf"), self.badge_stock)
        self.retention = QSpinBox()
        self.retention.setRange(1, 30)
        self.retention.setSuffix(self.tr(" Jahre"))
        self.retention.setValue(int(profile.sign_in_retention_years or 10))
        form.addRow(self.tr("Unterschriftenlisten aufbewahren"), self.retention)
        note = QLabel(self.tr("Die Aufbewahrungsfrist steht im Datenschutzhinweis jeder Unterschriftenliste."))
        note.setWordWrap(True)
        form.addRow("", note)

    def apply(self, data: ProfileData) -> None:
        data.badge_stock = self.badge_stock.currentData()
        data.sign_in_retention_years = self.retention.value()
