"""Beiträge & Rechnungen: the fees of a year (the preview of the fee run), the run itself with
progress and Abbrechen, and the invoice register with payments, reminders, credit notes,
reprints and the treasurer's Excel list of open items."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.core.formatting import money
from model.core.vocab import CALLED_OFF
from model.invoicing import invoices

from . import dialogs
from .kit.columns import set_widths
from .kit.dates import GermanDateEdit
from .kit.dialog import Dialog
from .kit.errors import show_error
from .page import Page
from .table_model import RowTableModel, TableColumn
from .views import make_table_view, selected_rows
from .worker import Job


def _money(value: Decimal | None) -> str:
    return "" if value is None else money(value)


class PaymentDialog(Dialog):
    """Date and amount of a payment (the open amount is proposed); *Buchen* books it. A wrong
    entry is said in the dialog, which stays open with what was typed."""

    def __init__(self, db: Database, row: invoices.InvoiceRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.row = db, row
        self.state: str | None = None  # the invoice's state once booked
        self.setWindowTitle(self.tr("Zahlung buchen"))
        self.date = GermanDateEdit(dt.date.today())
        self.amount = QLineEdit(f"{row.open_amount:.2f}".replace(".", ","))
        self.notes = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #a12a2a;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Rechnung"), QLabel(f"{row.number} – {row.organisation}"))
        form.addRow(self.tr("Zahlungsdatum"), self.date)
        form.addRow(self.tr("Betrag €"), self.amount)
        form.addRow(self.tr("Notiz"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buchen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.book)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @Slot()
    def book(self) -> None:
        if not self.dates_accepted():
            return
        try:
            self.state = invoices.add_payment(
                self.db, self.row.id, self.date.day(), self.amount.text(), self.notes.text() or None
            )
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.amount.setFocus()
            return
        self.accept()


class InvoicesPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db,
            self.tr("Beiträge & Rechnungen"),
            self.tr("Mitgliedsbeiträge nach Einwohnerzahl, Rechnungen als PDF und XRechnung, Zahlungen und Mahnungen"),
            parent,
        )
        self._job: Job | None = None
        self.dialog: QDialog | None = None  # the open member or preview dialog, kept alive
        self.last_folder: Path | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.run_button = QPushButton(self.tr("Beitragsrechnungen erstellen…"))
        self.run_button.clicked.connect(self.start_fee_run)
        self.header_actions.addWidget(QLabel(self.tr("Jahr")))
        self.header_actions.addWidget(self.year)
        self.header_actions.addWidget(self.run_button)
        self.trip_button = QPushButton(self.tr("Reisekosten abrechnen…"))
        self.trip_button.clicked.connect(self.start_trip_run)
        self.header_actions.addWidget(self.trip_button)

        self.fee_model = RowTableModel(
            [
                TableColumn(self.tr("Mitglied"), lambda p: p.fee.organisation),
                TableColumn(self.tr("Art"), lambda p: p.fee.kind),
                TableColumn(
                    self.tr("Einwohner"),
                    lambda p: p.fee.population,
                    align_right=True,
                    display=lambda p: "" if p.fee.population is None else f"{p.fee.population:,}".replace(",", "."),
                    tooltip=lambda p: p.fee.population_note,
                ),
                TableColumn(self.tr("Stufe"), lambda p: p.fee.tier, tooltip=lambda p: p.fee.tier),
                TableColumn(
                    self.tr("Beitrag"), lambda p: p.fee.amount, display=lambda p: _money(p.fee.amount), align_right=True
                ),
                TableColumn(self.tr("Rechnung"), lambda p: p.billed_as),
                TableColumn(self.tr("Hinweis"), lambda p: p.fee.note, tooltip=lambda p: p.fee.note),
            ]
        )
        # The member is the title: it takes the free width; tier and note show what they hold
        # as far as there is room (their full text is the tooltip).
        self.fee_view = make_table_view(self.fee_model, stretch_column=0)
        self.fee_view.doubleClicked.connect(self.open_member)
        self.fee_total = QLabel()

        self.invoice_model = RowTableModel(
            [
                TableColumn(self.tr("Nummer"), lambda r: r.number),
                TableColumn(self.tr("Datum"), lambda r: r.issued_on),
                TableColumn(self.tr("Empfänger"), lambda r: r.organisation),
                TableColumn(self.tr("Zweck"), lambda r: r.purpose),
                TableColumn(
                    self.tr("Betrag"), lambda r: r.amount, display=lambda r: _money(r.amount), align_right=True
                ),
                TableColumn(self.tr("Bezahlt"), lambda r: r.paid, display=lambda r: _money(r.paid), align_right=True),
                TableColumn(
                    self.tr("Offen"), lambda r: r.open_amount, display=lambda r: _money(r.open_amount), align_right=True
                ),
                TableColumn(self.tr("Fällig"), lambda r: r.due_on),
                TableColumn(self.tr("Mahnstufe"), lambda r: r.reminder_level or None, align_right=True),
                TableColumn(self.tr("Status"), lambda r: r.state),
            ]
        )
        self.invoice_view = make_table_view(self.invoice_model, stretch_column=2)
        self.invoice_view.doubleClicked.connect(self.show_invoice)
        set_widths(self.invoice_view, (120, 95, 0, 130, 100, 100, 100, 95, 90, 95))
        self.open_only = QCheckBox(self.tr("nur offene Posten"))
        self.open_only.toggled.connect(self.refresh)
        self.pay_button = QPushButton(self.tr("Zahlung buchen…"))
        self.pay_button.clicked.connect(self.record_payment)
        self.remind_button = QPushButton(self.tr("Mahnen…"))
        self.remind_button.clicked.connect(self.remind)
        self.cancel_button = QPushButton(self.tr("Stornieren (Gutschrift)…"))
        self.cancel_button.clicked.connect(self.cancel_invoice)
        self.reprint_button = QPushButton(self.tr("Nachdrucken…"))
        self.reprint_button.clicked.connect(self.reprint)
        self.excel_button = QPushButton(self.tr("Liste für die Kasse (Excel)…"))
        self.excel_button.clicked.connect(self.export_list)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)

        fees_tab = QWidget()
        fees_layout = QVBoxLayout(fees_tab)
        fees_layout.addWidget(self.fee_view)
        fees_layout.addWidget(self.fee_total)
        register_tab = QWidget()
        register_layout = QVBoxLayout(register_tab)
        actions = QHBoxLayout()
        actions.addWidget(self.open_only)
        actions.addStretch()
        for button in (self.pay_button, self.remind_button, self.cancel_button, self.reprint_button, self.excel_button):
            actions.addWidget(button)
        register_layout.addLayout(actions)
        register_layout.addWidget(self.invoice_view)
        self.tabs = QTabWidget()
        self.tabs.addTab(fees_tab, self.tr("Beiträge des Jahres"))
        self.tabs.addTab(register_tab, self.tr("Rechnungen"))
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(self.feedback)

    # --- data ----------------------------------------------------------------------------

    def load(self) -> None:
        year = self.year.value()
        planned = invoices.plan_fee_run(self.db, year)
        self.fee_model.set_rows(planned)
        due = sum((p.fee.amount or Decimal(0) for p in planned), Decimal(0))
        to_bill = [p for p in planned if p.fee.amount and not p.billed_as]
        self.fee_total.setText(
            self.tr("%1 Mitglieder, Beiträge zusammen %2; noch nicht berechnet: %3")
            .replace("%1", str(len(planned)))
            .replace("%2", money(due))
            .replace("%3", str(len(to_bill)))
        )
        self.run_button.setEnabled(bool(to_bill))
        self.invoice_model.set_rows(invoices.invoices(self.db, open_only=self.open_only.isChecked()))
        figures = invoices.contribution_figures(self.db, year)
        self.set_subtitle(
            self.tr("Beiträge %1: berechnet %2, bezahlt %3, offen %4")
            .replace("%1", str(year))
            .replace("%2", money(figures.billed - figures.cancelled))
            .replace("%3", money(figures.paid))
            .replace("%4", money(figures.open))
        )

    def selected_invoice(self) -> invoices.InvoiceRow | None:
        rows = selected_rows(self.invoice_view)
        if not rows:
            dialogs.inform(self, self.tr("Rechnungen"), self.tr("Bitte zuerst eine Rechnung in der Liste wählen."))
            return None
        return rows[0]

    @Slot()
    def open_member(self) -> None:
        """Double-click on a member's fee: the member's record."""
        from .members.organisation_form import OrganisationDialog

        rows = selected_rows(self.fee_view)
        if not rows:
            return
        try:
            self.dialog = dialog = OrganisationDialog(self.db, rows[0].fee.organisation_id, parent=self)
        except UserError as exc:  # deleted meanwhile
            show_error(self, exc, title=self.tr("Beiträge"))
            return
        dialog.open()

    @Slot()
    def show_invoice(self) -> None:
        """Double-click on an invoice: the invoice as issued, in the preview."""
        from reports.invoice_files import document_stem
        from reports.invoice_pdf import invoice_pdf

        from .pdf_preview import PdfPreviewDialog

        rows = selected_rows(self.invoice_view)
        if not rows:
            return
        issued = invoices.load_issued(self.db, rows[0].id)
        stem = document_stem(issued.number, issued.snapshot["buyer"]["name"])
        self.dialog = dialog = PdfPreviewDialog(
            invoice_pdf(issued.snapshot), self.tr("Rechnung %1").replace("%1", issued.number), stem, self
        )
        dialog.open()

    def _folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title, str(self.last_folder or Path.home()))
        return Path(folder) if folder else None

    def _failed(self, title: str, exc: BaseException) -> None:
        show_error(self, exc, title=title)

    # --- the fee run ---------------------------------------------------------------------------

    @Slot()
    def start_fee_run(self) -> None:
        folder = self._folder(self.tr("Ordner für die Rechnungen wählen"))
        if folder is not None:
            self.run_fee_invoices_into(folder)

    def run_fee_invoices_into(self, folder: Path) -> None:
        """Bills every member of the year not yet billed and writes PDF (and XRechnung) files."""
        year = self.year.value()
        to_bill = [p for p in self.fee_model.rows() if p.fee.amount and not p.billed_as]
        total = sum((p.fee.amount for p in to_bill), Decimal(0))
        if not dialogs.ask(
            self,
            self.tr("Beitragsrechnungen"),
            self.tr("%1 Rechnungen über zusammen %2 für %3 erstellen?")
            .replace("%1", str(len(to_bill)))
            .replace("%2", money(total))
            .replace("%3", str(year)),
            self.tr("Rechnungen erstellen"),
        ):
            return
        db = self.db

        def job(progress, cancelled):
            from reports.invoice_files import write_invoice_files

            result = invoices.run_fee_invoices(db, year, progress=progress, cancelled=cancelled)
            write_invoice_files(folder, result.issued)
            return result

        self.last_folder = folder
        self._job = Job(
            self,
            self.tr("Rechnungen werden erstellt …"),
            job,
            self._fee_run_done,
            lambda exc: self._failed(self.tr("Beitragsrechnungen"), exc),
        )

    def _fee_run_done(self, result: invoices.RunResult) -> None:
        self.feedback.setText(
            self.tr("%1 Rechnungen erstellt in %2.")
            .replace("%1", str(len(result.issued)))
            .replace("%2", str(self.last_folder))
        )
        self.refresh()

    # --- trip fees -----------------------------------------------------------------------------

    @Slot()
    def start_trip_run(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from model.excursions.excursions import trip_overview

        trips = [t for t in trip_overview(self.db, year=self.year.value()) if t.status != CALLED_OFF]
        if not trips:
            dialogs.inform(self, self.tr("Reisekosten"), self.tr("In diesem Jahr gibt es keine Exkursion."))
            return
        labels = [f"{t.starts_at:%d.%m.%Y} {t.title}" for t in trips]
        label, ok = QInputDialog.getItem(self, self.tr("Reisekosten"), self.tr("Exkursion"), labels, 0, False)
        if not ok:
            return
        folder = self._folder(self.tr("Ordner für die Rechnungen wählen"))
        if folder is not None:
            self.run_trip_invoices_into(trips[labels.index(label)].event_id, folder)

    def run_trip_invoices_into(self, event_id: int, folder: Path) -> None:
        """One invoice per paying organisation (or person) of the trip, written to ``folder``."""
        db = self.db

        def job(progress, cancelled):
            from reports.invoice_files import write_invoice_files

            result = invoices.run_trip_invoices(db, event_id, progress=progress, cancelled=cancelled)
            write_invoice_files(folder, result.issued)
            return result

        self.last_folder = folder
        self._job = Job(
            self,
            self.tr("Rechnungen werden erstellt …"),
            job,
            self._fee_run_done,
            lambda exc: self._failed(self.tr("Reisekosten"), exc),
        )

    # --- single invoices -------------------------------------------------------------------------

    @Slot()
    def record_payment(self) -> None:
        row = self.selected_invoice()
        if row is None:
            return
        dialog = PaymentDialog(self.db, row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.state is None:
            return
        state = dialog.state
        self.feedback.setText(
            self.tr("Zahlung gebucht; %1 ist jetzt %2.").replace("%1", row.number).replace("%2", state)
        )
        self.refresh()

    @Slot()
    def remind(self) -> None:
        row = self.selected_invoice()
        if row is None:
            return
        folder = self._folder(self.tr("Ordner für die Mahnung wählen"))
        if folder is not None:
            self.remind_into(row, folder)

    def remind_into(self, row: invoices.InvoiceRow, folder: Path) -> None:
        from reports.invoice_files import write_reminder_file

        try:
            path = write_reminder_file(folder, invoices.issue_reminder(self.db, row.id))
        except (UserError, OSError) as exc:
            self._failed(self.tr("Mahnen"), exc)
            return
        self.feedback.setText(self.tr("Mahnung geschrieben: %1").replace("%1", str(path)))
        self.refresh()

    @Slot()
    def cancel_invoice(self) -> None:
        row = self.selected_invoice()
        if row is None:
            return
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(
            self, self.tr("Stornieren"), self.tr("Grund der Stornierung von %1:").replace("%1", row.number)
        )
        if not ok:
            return
        folder = self._folder(self.tr("Ordner für die Gutschrift wählen"))
        if folder is not None:
            self.cancel_into(row, reason, folder)

    def cancel_into(self, row: invoices.InvoiceRow, reason: str, folder: Path) -> None:
        from reports.invoice_files import write_invoice_files

        try:
            credit = invoices.cancel_invoice(self.db, row.id, reason)
            write_invoice_files(folder, [credit])
        except (UserError, OSError) as exc:
            self._failed(self.tr("Stornieren"), exc)
            return
        self.feedback.setText(
            self.tr("Gutschrift %1 zu %2 erstellt.").replace("%1", credit.number).replace("%2", row.number)
        )
        self.refresh()

    @Slot()
    def reprint(self) -> None:
        row = self.selected_invoice()
        if row is None:
            return
        folder = self._folder(self.tr("Ordner für den Nachdruck wählen"))
        if folder is None:
            return
        from reports.invoice_files import write_invoice_files

        try:
            write_invoice_files(folder, [invoices.load_issued(self.db, row.id)])
        except (UserError, OSError) as exc:
            self._failed(self.tr("Nachdrucken"), exc)
            return
        self.feedback.setText(self.tr("%1 nachgedruckt in %2.").replace("%1", row.number).replace("%2", str(folder)))

    @Slot()
    def export_list(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Liste für die Kasse"), "Offene Posten.xlsx", self.tr("Excel-Arbeitsmappe (*.xlsx)")
        )
        if path:
            self.export_list_to(path)

    def export_list_to(self, path: str) -> None:
        from reports.invoice_lists import export_invoice_list

        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        title = "Offene Posten" if self.open_only.isChecked() else "Rechnungen"
        try:
            count = export_invoice_list(self.invoice_model.rows(), path, title=title)
        except (UserError, OSError) as exc:
            self._failed(self.tr("Liste für die Kasse"), exc)
            return
        self.feedback.setText(self.tr("%1 Rechnungen exportiert: %2").replace("%1", str(count)).replace("%2", path))
