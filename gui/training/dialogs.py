"""Dialogs of the Fortbildung area: accreditations of an event, choosing an event, and the
certificate batch (files, merged PDF, Outlook drafts) with progress and cancel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from model import listing
from model.chambers import list_chambers
from model.credits import accreditation_warnings
from model.db import Database
from model.errors import UserError
from model.filenames import safe_stem
from model.recognition import event_proposed_points
from model.text import search_fold
from model.training import AccreditationData, event_accreditations, person_emails, save_accreditations
from model.vocab import ACCREDITATION_STATES, CHAMBER_FIELDS, CHAMBER_NAMES, CHAMBERS

from ..kit.dates import GermanDateEdit
from ..table_model import ROW_ROLE, RowTableModel, TableColumn
from ..worker import Job


class AccreditationDialog(QDialog):
    """One row per chamber: recognised? number, points, field, date recognised."""

    def __init__(self, db: Database, event_id: int, event_title: str, event_start: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.event_id, self.event_start = db, event_id, event_start
        self.setWindowTitle(self.tr("Anerkennung: %1").replace("%1", event_title))
        existing = {item.chamber: item for item in event_accreditations(db, event_id)}
        grid = QGridLayout()
        headers = [self.tr("Kammer"), self.tr("Anerkennungsnummer"), self.tr("Punkte"), self.tr("Fachrichtung"),
                   self.tr("Anerkannt am"), self.tr("Stand"), self.tr("Nachträglich")]
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, column)
        self.grid = grid
        self.rows: dict[str, tuple] = {}
        for chamber in list(CHAMBERS) + sorted(set(existing) - set(CHAMBERS)):
            self._add_row(chamber, existing.get(chamber))
        # Chambers of other Länder recognise events too: add a row for one of them.
        self.other_chamber = QComboBox()
        for known in list_chambers(db):
            if known.code not in self.rows:
                self.other_chamber.addItem(f"{known.code} – {known.name}", known.code)
        self.add_chamber_button = QPushButton(self.tr("Weitere Kammer hinzufügen"))
        self.add_chamber_button.clicked.connect(self.add_other_chamber)
        other = QHBoxLayout()
        other.addWidget(self.other_chamber, 1)
        other.addWidget(self.add_chamber_button)
        proposal = event_proposed_points(db, event_id)
        self.proposal = QLabel(self.tr("Vorschlag aus der Tagesordnung (ohne Pausen, je 45 Minuten): %1 Punkte")
                               .replace("%1", str(proposal)) if proposal is not None else
                               self.tr("Ohne Tagesordnung kein Vorschlag für die Punkte."))
        hint = QLabel(self.tr("Die Kammer muss Veranstaltungen vor ihrem Beginn anerkennen. "
                              "1 Punkt entspricht 45 Minuten."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(other)
        layout.addWidget(self.proposal)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _add_row(self, chamber: str, item: AccreditationData | None) -> None:
        row = len(self.rows) + 1
        active = QCheckBox(chamber)
        active.setToolTip(CHAMBER_NAMES.get(chamber, chamber))
        active.setChecked(item is not None)
        number = QLineEdit(item.recognition_number or "" if item else "")
        points = QDoubleSpinBox()
        points.setRange(0, 100)
        points.setDecimals(1)
        points.setValue(float(item.credit_points) if item else 0)
        field = QComboBox()
        field.addItem("", None)
        for name in CHAMBER_FIELDS:
            field.addItem(name, name)
        field.setCurrentIndex(max(0, field.findData(item.field if item else "Stadtplanung")))
        recognised = GermanDateEdit()
        recognised.setCalendarPopup(True)
        recognised.setDisplayFormat("dd.MM.yyyy")
        recognised.setDate(QDate(item.recognised_on) if item and item.recognised_on else QDate.currentDate())
        state = QComboBox()
        for value in ACCREDITATION_STATES:
            state.addItem(value, value)
        state.setCurrentIndex(max(0, state.findData(item.state if item and item.state else "anerkannt")))
        late = QCheckBox(self.tr("akzeptiert"))
        late.setToolTip(self.tr("Nach Beginn anerkannt: Punkte nur bescheinigen, wenn die Kammer dies bestätigt hat"))
        late.setChecked(bool(item and item.late_accepted))
        for column, widget in enumerate((active, number, points, field, recognised, state, late)):
            self.grid.addWidget(widget, row, column)
        self.rows[chamber] = (active, number, points, field, recognised, state, late)

    @Slot()
    def add_other_chamber(self) -> None:
        code = self.other_chamber.currentData()
        if not code or code in self.rows:
            return
        self._add_row(code, None)
        self.rows[code][0].setChecked(True)
        self.other_chamber.removeItem(self.other_chamber.currentIndex())

    def items(self) -> list[AccreditationData]:
        result = []
        for chamber, (active, number, points, field, recognised, state, late) in self.rows.items():
            if active.isChecked():
                text = number.text().strip() or None
                chosen = state.currentData() if text or state.currentData() != "anerkannt" else "beantragt"
                result.append(AccreditationData(chamber, text, Decimal(str(points.value())),
                                                field.currentData(), recognised.date().toPython(),
                                                state=chosen, late_accepted=late.isChecked()))
        return result

    @Slot()
    def save(self) -> None:
        items = self.items()
        warnings = accreditation_warnings(self.event_start, items)
        if warnings:
            answer = QMessageBox.question(
                self, self.tr("Anerkennung"),
                "\n".join(warnings) + "\n\n" + self.tr("Trotzdem speichern?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            save_accreditations(self.db, self.event_id, items)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Anerkennung"), str(exc))
            return
        self.accept()


class EventChooserDialog(QDialog):
    """Pick any event by typing part of its title."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Veranstaltung wählen"))
        self.resize(760, 480)
        self._all = sorted(listing.events(db), key=lambda e: e["start"], reverse=True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Titel oder Art eingeben …"))
        self.search.textChanged.connect(self._filter)
        self.model = RowTableModel([
            TableColumn(self.tr("Datum"), lambda e: dt.datetime.fromisoformat(e["start"]).date()),
            TableColumn(self.tr("Art"), lambda e: e["kind"]),
            TableColumn(self.tr("Titel"), lambda e: e["title"]),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self._filter("")

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = search_fold(text)
        self.model.set_rows([e for e in self._all if needle in search_fold(f"{e['title']} {e['kind']}")][:500])
        if self.model.rowCount():
            self.view.selectRow(0)

    def chosen(self) -> dict | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None


def default_certificate_folder(event_title: str, event_date: dt.date) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Bescheinigungen" / safe_stem(f"{event_date:%Y-%m-%d} {event_title}")


class CertificateBatchDialog(QDialog):
    """Choose what to produce, then issue and write in the background."""

    def __init__(self, db: Database, event_id: int, event_title: str, event_date: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.result_data = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Bescheinigungen erstellen"))
        self.resize(620, 300)
        title = QLabel(f"<b>{event_title}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setText(f"<b>{_html(event_title)}</b>")
        self.single = QCheckBox(self.tr("Eine PDF-Datei je Person (Nachname_Vorname_Veranstaltung_Datum.pdf)"))
        self.single.setChecked(True)
        self.merged = QCheckBox(self.tr("Alle Bescheinigungen in einer PDF-Datei zum Drucken"))
        self.merged.setChecked(True)
        self.drafts = QCheckBox(self.tr("E-Mail-Entwürfe für Outlook (.eml) mit der Bescheinigung im Anhang"))
        # Explicit choice when no chamber recognised the event: confirmations without points.
        self.without_points = QCheckBox(self.tr("Ohne Kammerpunkte (nur Teilnahmebestätigung)"))
        self.folder = QLineEdit(str(default_certificate_folder(event_title, event_date)))
        browse = QPushButton(self.tr("Ordner…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        note = QLabel(self.tr("Bescheinigungen gibt es nur für Personen mit dem Status »teilgenommen«. "
                              "Bereits ausgestellte Bescheinigungen werden unverändert nachgedruckt."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Erstellen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for widget in (self.single, self.merged, self.drafts, self.without_points):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Zielordner")))
        layout.addLayout(folder_row)
        layout.addWidget(note)
        layout.addStretch()
        layout.addWidget(buttons)

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def start(self) -> None:
        from reports.certificate_batch import produce_certificates

        folder = Path(self.folder.text().strip())
        options = dict(single_files=self.single.isChecked(), merged=self.merged.isChecked(), drafts=self.drafts.isChecked())
        if not any(options.values()):
            QMessageBox.information(self, self.windowTitle(), self.tr("Bitte mindestens eine Ausgabe wählen."))
            return
        emails = person_emails(self.db, self.event_id) if options["drafts"] else None
        without_points = self.without_points.isChecked()
        self.create_button.setEnabled(False)

        def work(progress, cancelled):
            return produce_certificates(self.db, self.event_id, folder, emails=emails, progress=progress,
                                        cancelled=cancelled, without_points=without_points,
                                        single_files=options["single_files"], merged=options["merged"],
                                        drafts=options["drafts"])

        self.job = Job(self, self.tr("Bescheinigungen werden erstellt…"), work, self._done, self._failed)
        self.job.finished.connect(lambda: self.create_button.setEnabled(True))

    def _done(self, result) -> None:
        self.result_data = result
        lines = [self.tr("%1 Bescheinigungen erstellt (%2 neu, %3 nachgedruckt).")
                 .replace("%1", str(len(result.issued))).replace("%2", str(result.new_count))
                 .replace("%3", str(len(result.issued) - result.new_count))]
        if result.drafts:
            lines.append(self.tr("%1 E-Mail-Entwürfe geschrieben.").replace("%1", str(len(result.drafts))))
        if result.without_email:
            lines.append(self.tr("Ohne E-Mail-Adresse: %1").replace("%1", ", ".join(result.without_email)))
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), "\n".join(lines), parent=self)
        open_folder = box.addButton(self.tr("Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
        show = box.addButton(self.tr("Sammel-PDF ansehen"), QMessageBox.ButtonRole.ActionRole) if result.merged else None
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.folder.text()))))
        elif show is not None and box.clickedButton() is show:
            from ..pdf_preview import PdfPreviewDialog

            PdfPreviewDialog(result.merged.read_bytes(), self.tr("Bescheinigungen"), result.merged.stem, self).exec()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        raise exc


def _html(text: str) -> str:
    from html import escape

    return escape(text)
