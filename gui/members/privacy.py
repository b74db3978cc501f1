"""Data protection in the GUI: the Art. 15 information, anonymisation with a confirmation that
says what happens, and the review list (people without consent or without activity)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import ChangedElsewhere
from model.services.privacy import anonymisation_preview, anonymise_person, review_list

from .. import dialogs
from ..kit.columns import set_widths
from ..kit.dialog import Dialog
from ..kit.errors import show_error
from ..list_output import ListOutput
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .common import action_button, button, count_text, hint_label


def confirm_and_anonymise(parent: QWidget, db: Database, person_id: int, version: int | None = None) -> bool:
    """Ask with the full consequences, then anonymise; True when done."""
    translate = QCoreApplication.translate
    title = translate("Mitglieder", "Person anonymisieren")
    try:
        preview = anonymisation_preview(db, person_id)
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, title=title)
        return False
    lines = preview.text().split("\n", 1)
    accept = translate("Mitglieder", "Endgültig anonymisieren")
    if not dialogs.ask(parent, title, lines[0], accept, lines[1].strip() if len(lines) > 1 else ""):
        return False
    try:
        anonymise_person(db, person_id, version)
    except ChangedElsewhere:
        dialogs.warn(
            parent,
            title,
            translate(
                "Mitglieder",
                "Die Person wurde inzwischen von jemand anderem geändert. "
                "Bitte die Liste neu laden und noch einmal versuchen.",
            ),
        )
        return False
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, title=title)
        return False
    if preview.backups:
        _offer_to_delete_backups(parent, preview.backups)
    return True


def _offer_to_delete_backups(parent: QWidget, backups: list) -> None:
    """The erased person is still in older backups: say so plainly and offer to delete them."""
    from model.core.backup import delete_backups

    translate = QCoreApplication.translate
    title = translate("Mitglieder", "Sicherungen mit der Person")
    text = translate(
        "Mitglieder",
        "{count} Sicherungskopie(n) enthalten die Person noch mit allen Angaben. Sollen sie gelöscht werden?",
    ).format(count=len(backups))
    details = "\n".join(str(path) for path in backups)
    if not dialogs.ask(
        parent,
        title,
        text,
        translate("Mitglieder", "Sicherungen löschen"),
        details,
        translate("Mitglieder", "Behalten"),
    ):
        return
    failed = delete_backups(backups)
    if failed:
        dialogs.warn(
            parent,
            title,
            translate("Mitglieder", "Diese Sicherungen ließen sich nicht löschen; bitte von Hand löschen:"),
            "\n".join(str(path) for path in failed),
        )


class InformationDialog(Dialog):
    """Art. 15: choose PDF or Excel and a folder; the JSON is always written beside it."""

    def __init__(self, db: Database, person_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.person_id = db, person_id
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Auskunft nach Art. 15 DSGVO"))
        self.setMinimumWidth(560)
        self.pdf = QRadioButton(self.tr("PDF (zum Versenden oder Ausdrucken)"))
        self.xlsx = QRadioButton(self.tr("Excel-Arbeitsmappe"))
        self.pdf.setChecked(True)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder = QLineEdit(documents)
        browse = QPushButton(self.tr("Ordner wählen…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Person"), QLabel(name))
        form.addRow(self.tr("Format"), self.pdf)
        form.addRow("", self.xlsx)
        form.addRow(self.tr("Ordner"), folder_row)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Auskunft erstellen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.write_files)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Enthält alle gespeicherten Angaben zur Person: Stammdaten, Einwilligung, Anmeldungen und Teilnahmen, "
                    "Reiseangaben, Zahlungen, Bescheinigungen, Verteiler, Arbeitsgruppen und das Änderungsprotokoll. "
                    "Eine JSON-Datei mit denselben Angaben wird daneben gespeichert. Die Auskunft wird im Verlauf vermerkt."
                )
            )
        )
        layout.addWidget(buttons)

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die Auskunft"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def write_files(self) -> None:
        from reports.privacy_report import write_information

        title = self.tr("Auskunft nach Art. 15 DSGVO")
        folder = self.folder.text().strip()
        if not folder:
            dialogs.warn(self, title, self.tr("Bitte einen Ordner wählen."))
            return
        try:
            self.written = write_information(self.db, self.person_id, folder, "pdf" if self.pdf.isChecked() else "xlsx")
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=title)
            return
        self.accept()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            self.tr("Die Auskunft wurde gespeichert."),
            QMessageBox.StandardButton.NoButton,
            self.parentWidget(),
        )
        box.setInformativeText("\n".join(p.name for p in self.written))
        open_button = box.addButton(self.tr("Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))


class ReviewWidget(QWidget):
    """People to check under data protection: no (or a withdrawn) consent, no activity for N years."""

    person_changed = Signal(int)
    open_person = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.years = QSpinBox()
        self.years.setRange(1, 20)
        self.years.setValue(3)
        self.years.setSuffix(self.tr(" Jahre"))
        self.without_consent = QCheckBox(self.tr("ohne Einwilligung oder widerrufen"))
        self.without_consent.setChecked(True)
        self.inactive = QCheckBox(self.tr("ohne Teilnahme seit"))
        self.inactive.setChecked(True)
        for widget in (self.without_consent, self.inactive):
            widget.toggled.connect(self.load)
        self.years.valueChanged.connect(self.load)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda r: r.name),
                TableColumn(self.tr("Organisation"), lambda r: r.organisation, tooltip=lambda r: r.organisation or ""),
                TableColumn(self.tr("E-Mail"), lambda r: r.email),
                TableColumn(self.tr("Einwilligung"), lambda r: r.consent),
                TableColumn(self.tr("Letzte Aktivität"), lambda r: r.last_activity),
                TableColumn(self.tr("Grund"), lambda r: r.reason, tooltip=lambda r: r.reason),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=5, multi_select=False)
        set_widths(self.view, (180, 210, 220, 115, 140))
        self.view.doubleClicked.connect(self._open)
        self.count = hint_label()
        self.output = ListOutput(self, self.model, lambda: self.tr("Datenschutz-Prüfliste"))
        bar = QHBoxLayout()
        bar.addWidget(self.without_consent)
        bar.addSpacing(16)
        bar.addWidget(self.inactive)
        bar.addWidget(self.years)
        bar.addStretch()
        bar.addWidget(button(self.tr("Person öffnen…"), self._open))
        bar.addWidget(button(self.tr("Auskunft…"), self._information))
        bar.addWidget(button(self.tr("Anonymisieren…"), self._anonymise))
        bar.addWidget(action_button(self.output.export_action))
        bar.addWidget(action_button(self.output.print_action))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Wen sollte die Geschäftsstelle um eine Einwilligung bitten, und wessen Angaben werden nicht mehr "
                    "gebraucht? Doppelklick öffnet die Person."
                )
            )
        )
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.dialog: QDialog | None = None

    @Slot()
    def load(self) -> None:
        rows = review_list(
            self.db,
            self.years.value(),
            without_consent=self.without_consent.isChecked(),
            inactive=self.inactive.isChecked(),
        )
        self.years.setEnabled(self.inactive.isChecked())
        self.model.set_rows(rows)
        self.count.setText(count_text(len(rows), self.tr("Person zu prüfen"), self.tr("Personen zu prüfen")))

    def _selected(self):
        rows = selected_rows(self.view)
        if not rows:
            dialogs.inform(self, self.tr("Datenschutz"), self.tr("Bitte zuerst eine Person auswählen."))
            return None
        return rows[0]

    @Slot()
    def _open(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_person.emit(row.id)

    @Slot()
    def _information(self) -> None:
        row = self._selected()
        if row is not None:
            self.dialog = dialog = InformationDialog(self.db, row.id, row.name, self)
            dialog.open()

    @Slot()
    def _anonymise(self) -> None:
        row = self._selected()
        if row is not None and confirm_and_anonymise(self, self.db, row.id):
            self.person_changed.emit(row.id)
            self.load()
