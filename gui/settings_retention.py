"""Einstellungen → Datenschutz: how long issued certificates are kept in full."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from model.settings.office import ProfileData


class RetentionTab(QWidget):
    """The retention period of certificate snapshots (then reduced to number, date, event)."""

    def __init__(self, profile: ProfileData, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years.setMaximumWidth(90)
        self.years.setSuffix(self.tr(" Jahre"))
        self.years.setValue(int(profile.certificate_retention_years))
        form.addRow(self.tr("Bescheinigungen vollständig aufbewahren"), self.years)
        note = QLabel(
            self.tr(
                "Danach behält das Bescheinigungsregister nur Nummer, Datum und Veranstaltung; Name und "
                "Kammer-Mitgliedsnummer werden gelöscht. Üblich: Prüfzeitraum der Kammer plus ein Jahr."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        form.addRow("", note)

    def apply_to(self, data: ProfileData) -> None:
        data.certificate_retention_years = self.years.value()
