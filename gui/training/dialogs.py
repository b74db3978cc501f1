"""Dialogs of the Fortbildung area: accreditations of an event, choosing an event, and the
certificate batch and the year-end statements (files, merged PDF, Outlook drafts) with
progress and cancel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from model.core.db import Database
from model.core.errors import UserError
from model.core.filenames import safe_stem
from model.core.text import search_fold
from model.core.vocab import ACCREDITATION_STATES, APPLIED, CHAMBER_FIELDS, CHAMBER_NAMES, CHAMBERS, RECOGNISED
from model.reporting import listing
from model.settings.chambers import list_chambers
from model.training.credits import accreditation_warnings
from model.training.recognition import event_proposed_points
from model.training.training import AccreditationData, event_accreditations, save_accreditations

from ..kit.dates import GermanDateEdit
from ..kit.dialog import Dialog
from ..kit.errors import show_error
from ..kit.screen import fit_to_screen
from ..table_model import ROW_ROLE, RowTableModel, TableColumn
from ..worker import Job


class AccreditationDialog(Dialog):
    """One row per chamber: recognised? number, points, field, date recognised."""

    def __init__(
        self, db: Database, event_id: int, event_title: str, event_start: dt.date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.event_id, self.event_start = db, event_id, event_start
        self.setWindowTitle(self.tr("Anerkennung: %1").replace("%1", event_title))
        existing = {item.chamber: item for item in event_accreditations(db, event_id)}
        grid = QGridLayout()
        headers = [
            self.tr("Kammer"),
            self.tr("Anerkennungsnummer"),
            self.tr("Punkte"),
            self.tr("Fachrichtung"),
            self.tr("Anerkannt am"),
            self.tr("Stand"),
            self.tr("Nachträglich"),
        ]
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
        self.proposal = QLabel(
            self.tr("Vorschlag aus der Tagesordnung (ohne Pausen, je 45 Minuten): %1 Punkte").replace(
                "%1", str(proposal)
            )
            if proposal is not None
            else self.tr("Ohne Tagesordnung kein Vorschlag für die Punkte.")
        )
        hint = QLabel(
            self.tr("Die Kammer muss Veranstaltungen vor ihrem Beginn anerkennen. 1 Punkt entspricht 45 Minuten.")
        )
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
        state.setCurrentIndex(max(0, state.findData(item.state if item and item.state else RECOGNISED)))
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
                chosen = state.currentData() if text or state.currentData() != RECOGNISED else APPLIED
                result.append(
                    AccreditationData(
                        chamber,
                        text,
                        Decimal(str(points.value())),
                        field.currentData(),
                        recognised.date().toPython(),
                        state=chosen,
                        late_accepted=late.isChecked(),
                    )
                )
        return result

    @Slot()
    def save(self) -> None:
        if not self.dates_accepted():
            return
        items = self.items()
        warnings = accreditation_warnings(self.event_start, items)
        if warnings:
            answer = QMessageBox.question(
                self, self.tr("Anerkennung"), "\n".join(warnings) + "\n\n" + self.tr("Trotzdem speichern?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            save_accreditations(self.db, self.event_id, items)
        except UserError as exc:
            show_error(self, exc, title=self.tr("Anerkennung"))
            return
        self.accept()


class EventChooserDialog(Dialog):
    """Pick any event by typing part of its title."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Veranstaltung wählen"))
        fit_to_screen(self, 760, 480)
        self._all = sorted(listing.events(db), key=lambda e: e["start"], reverse=True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Titel oder Art eingeben …"))
        self.search.textChanged.connect(self._filter)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda e: dt.datetime.fromisoformat(e["start"]).date()),
                TableColumn(self.tr("Art"), lambda e: e["kind"]),
                TableColumn(self.tr("Titel"), lambda e: e["title"]),
            ],
            self,
        )
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


class DocumentBatchDialog(Dialog):
    """What the certificate and statement batches share: a target folder with »Ordner…«, a note,
    Erstellen/Schließen, the work in a background job, a failure told through show_error."""

    def __init__(self, db: Database, title: str, default_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.result_data = None
        self.job: Job | None = None
        self.setWindowTitle(title)
        self.resize(620, 300)
        self.folder = QLineEdit(str(default_folder))

    def lay_out(self, choices: list[QWidget], note_text: str) -> None:
        """The choices, then the folder row, the note and the buttons (Erstellen runs ``start``)."""
        browse = QPushButton(QCoreApplication.translate("DocumentBatchDialog", "Ordner…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        note = QLabel(note_text)
        note.setWordWrap(True)
        note.setObjectName("hint")
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            QCoreApplication.translate("DocumentBatchDialog", "Erstellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            QCoreApplication.translate("DocumentBatchDialog", "Schließen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in choices:
            layout.addWidget(widget)
        layout.addWidget(QLabel(QCoreApplication.translate("DocumentBatchDialog", "Zielordner")))
        layout.addLayout(folder_row)
        layout.addWidget(note)
        layout.addStretch()
        layout.addWidget(buttons)

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("DocumentBatchDialog", "Zielordner wählen"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    @Slot()
    def start(self) -> None:
        raise NotImplementedError

    def run(self, progress_title: str, work) -> None:
        """The batch in the background; Erstellen is off until it has finished."""
        self.create_button.setEnabled(False)
        self.job = Job(self, progress_title, work, self._done, self._failed)
        self.job.finished.connect(lambda: self.create_button.setEnabled(True))

    def _done(self, result) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc, title=self.windowTitle())


def default_certificate_folder(event_title: str, event_date: dt.date) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Bescheinigungen" / safe_stem(f"{event_date:%Y-%m-%d} {event_title}")


class CertificateBatchDialog(DocumentBatchDialog):
    """Choose what to produce, then issue and write in the background."""

    def __init__(
        self, db: Database, event_id: int, event_title: str, event_date: dt.date, parent: QWidget | None = None
    ):
        super().__init__(
            db,
            QCoreApplication.translate("CertificateBatchDialog", "Bescheinigungen erstellen"),
            default_certificate_folder(event_title, event_date),
            parent,
        )
        self.event_id = event_id
        title = QLabel(f"<b>{event_title}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setText(f"<b>{_html(event_title)}</b>")
        self.single = QCheckBox(self.tr("Eine PDF-Datei je Person (Nachname_Vorname_Veranstaltung_Datum.pdf)"))
        self.single.setChecked(True)
        self.merged = QCheckBox(self.tr("Alle Bescheinigungen in einer PDF-Datei zum Drucken"))
        self.merged.setChecked(True)
        self.drafts = QCheckBox(self.tr("E-Mail-Entwürfe für Outlook (.eml) mit der Bescheinigung im Anhang"))
        self.send_mail = QCheckBox(self.tr("Per E-Mail senden (Mailserver aus Einstellungen › E-Mail)"))
        self.send_mail.setToolTip(
            self.tr(
                "Text aus der E-Mail-Vorlage »Bescheinigung«; bereits gesendete "
                "Bescheinigungen werden nicht noch einmal gesendet"
            )
        )
        exclusive_mail_choices(self.drafts, self.send_mail)
        # Explicit choice when no chamber recognised the event: confirmations without points.
        self.without_points = QCheckBox(self.tr("Ohne Kammerpunkte (nur Teilnahmebestätigung)"))
        self.lay_out(
            [title, self.single, self.merged, self.drafts, self.send_mail, self.without_points],
            self.tr(
                "Bescheinigungen gibt es nur für Personen mit dem Status »teilgenommen«. "
                "Bereits ausgestellte Bescheinigungen werden unverändert nachgedruckt."
            ),
        )

    @Slot()
    def start(self) -> None:
        from reports.certificate_batch import produce_certificates

        folder = Path(self.folder.text().strip())
        single_files, merged, drafts = self.single.isChecked(), self.merged.isChecked(), self.drafts.isChecked()
        send = self.send_mail.isChecked()
        if not (single_files or merged or drafts or send):
            QMessageBox.information(self, self.windowTitle(), self.tr("Bitte mindestens eine Ausgabe wählen."))
            return
        without_points = self.without_points.isChecked()
        db = self.db

        def work(progress, cancelled):
            return produce_certificates(
                db,
                self.event_id,
                folder,
                progress=progress,
                cancelled=cancelled,
                without_points=without_points,
                single_files=single_files,
                merged=merged,
                drafts=drafts,
                **mail_connection(db, send),
            )

        self.run(self.tr("Bescheinigungen werden erstellt…"), work)

    def _done(self, result) -> None:
        self.result_data = result
        lines = [
            self.tr("%1 Bescheinigungen erstellt (%2 neu, %3 nachgedruckt).")
            .replace("%1", str(len(result.issued)))
            .replace("%2", str(result.new_count))
            .replace("%3", str(len(result.issued) - result.new_count))
        ]
        if result.drafts:
            lines.append(self.tr("%1 E-Mail-Entwürfe geschrieben.").replace("%1", str(len(result.drafts))))
        lines += mail_lines(self, result)
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), "\n".join(lines), parent=self)
        open_folder = box.addButton(self.tr("Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
        show = (
            box.addButton(self.tr("Sammel-PDF ansehen"), QMessageBox.ButtonRole.ActionRole) if result.merged else None
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.folder.text()))))
        elif show is not None and box.clickedButton() is show:
            from ..pdf_preview import PdfPreviewDialog

            PdfPreviewDialog(result.merged.read_bytes(), self.tr("Bescheinigungen"), result.merged.stem, self).exec()


def exclusive_mail_choices(drafts: QCheckBox, send: QCheckBox) -> None:
    """Drafts to send oneself, or sending right away: one of the two."""

    def drafts_toggled(on: bool) -> None:
        if on:
            send.setChecked(False)

    def send_toggled(on: bool) -> None:
        if on:
            drafts.setChecked(False)

    drafts.toggled.connect(drafts_toggled)
    send.toggled.connect(send_toggled)


def mail_connection(db: Database, send: bool) -> dict:
    """The keyword arguments that make a batch send its documents over SMTP (or none)."""
    if not send:
        return {}
    from model.mail.settings import load_mail_settings, load_password
    from model.mail.transport import SmtpTransport

    settings = load_mail_settings(db)
    return {
        "connect": lambda: SmtpTransport(settings, load_password(settings)),
        "pause_seconds": settings.pause_seconds,
    }


def mail_lines(widget: QWidget, result) -> list[str]:
    """What the mail part of a batch did, for its closing message."""
    lines = []
    mailing = result.mailing
    if mailing is not None:
        lines.append(
            QCoreApplication.translate(
                "DocumentMail", "Per E-Mail: %1 gesendet, %2 übersprungen (bereits gesendet), %3 fehlgeschlagen."
            )
            .replace("%1", str(len(mailing.sent)))
            .replace("%2", str(len(mailing.skipped)))
            .replace("%3", str(len(mailing.failed)))
        )
        lines += [f"{name}: {reason}" for name, reason in mailing.failed]
        if mailing.unclear:
            lines.append(
                QCoreApplication.translate(
                    "DocumentMail", "Unklar (Abbruch während des Sendens, bitte »Gesendete Elemente« prüfen): %1"
                ).replace("%1", ", ".join(mailing.unclear))
            )
        if mailing.cancelled:
            lines.append(QCoreApplication.translate("DocumentMail", "Das Senden wurde abgebrochen."))
    if result.without_email and (result.drafts or mailing is not None):
        lines.append(
            QCoreApplication.translate("DocumentMail", "Keine E-Mail an: %1").replace(
                "%1", ", ".join(f"{name} ({reason})" for name, reason in result.without_email)
            )
        )
    return lines


def default_statement_folder(year: int) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Fortbildungsnachweise" / str(year)


class StatementBatchDialog(DocumentBatchDialog):
    """The year-end run: every Fortbildungsnachweis of the year, in the background with
    progress and Abbrechen; optionally all in one PDF and Outlook drafts with the PDF attached."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None):
        super().__init__(
            db,
            QCoreApplication.translate("StatementBatchDialog", "Fortbildungsnachweise %1").replace("%1", str(year)),
            default_statement_folder(year),
            parent,
        )
        self.year = year
        self.message = ""
        intro = QLabel(
            self.tr(
                "Ein Fortbildungsnachweis für jede Person mit Kammer oder angerechneter Teilnahme "
                "im Jahr %1, je eine PDF-Datei; jeder Nachweis kommt ins Bescheinigungsregister."
            ).replace("%1", str(year))
        )
        intro.setWordWrap(True)
        self.merged = QCheckBox(self.tr("Zusätzlich alle Nachweise in einer PDF-Datei zum Drucken"))
        self.merged.setChecked(True)
        self.drafts = QCheckBox(self.tr("E-Mail-Entwürfe für Outlook (.eml) mit dem Nachweis im Anhang"))
        self.drafts.setToolTip(
            self.tr(
                "Für jede Person mit E-Mail-Adresse; Text aus der E-Mail-Vorlage "
                "»Jahresnachweis« (Einstellungen › E-Mail)"
            )
        )
        self.send_mail = QCheckBox(self.tr("Per E-Mail senden (Mailserver aus Einstellungen › E-Mail)"))
        self.send_mail.setToolTip(
            self.tr(
                "Text aus der E-Mail-Vorlage »Jahresnachweis«; bereits gesendete "
                "Nachweise werden nicht noch einmal gesendet"
            )
        )
        exclusive_mail_choices(self.drafts, self.send_mail)
        self.lay_out(
            [intro, self.merged, self.drafts, self.send_mail],
            self.tr(
                "Unveränderte Nachweise werden mit ihrer Nummer nachgedruckt. Abbrechen behält "
                "die fertigen Nachweise; für die übrigen wird keine Nummer vergeben."
            ),
        )

    @Slot()
    def start(self) -> None:
        from reports.statement_batch import produce_statements

        text = self.folder.text().strip()
        if not text:
            QMessageBox.information(self, self.windowTitle(), self.tr("Bitte einen Zielordner angeben."))
            return
        folder, year = Path(text), self.year
        merged, drafts, send, db = self.merged.isChecked(), self.drafts.isChecked(), self.send_mail.isChecked(), self.db

        def work(progress, cancelled):
            return produce_statements(
                db,
                year,
                folder,
                merged=merged,
                drafts=drafts,
                progress=progress,
                cancelled=cancelled,
                **mail_connection(db, send),
            )

        self.run(self.tr("Fortbildungsnachweise werden erstellt…"), work)

    def _done(self, result) -> None:
        self.result_data = result
        lines = [
            self.tr("%1 Fortbildungsnachweise (%2 neu, %3 nachgedruckt).")
            .replace("%1", str(len(result.files)))
            .replace("%2", str(result.new_count))
            .replace("%3", str(len(result.issued) - result.new_count))
        ]
        if self.drafts.isChecked():
            lines.append(self.tr("%1 E-Mail-Entwürfe geschrieben.").replace("%1", str(len(result.drafts))))
        lines += mail_lines(self, result)
        self.message = "\n".join(lines)
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), self.message, parent=self)
        open_folder = box.addButton(self.tr("Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))


def _html(text: str) -> str:
    from html import escape

    return escape(text)
