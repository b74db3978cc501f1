"""Fortbildung: accredited events, credit accounts per person, the certificate register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.core.formatting import number
from model.core.text import search_fold
from model.core.vocab import ATTENDANCE_CERTIFICATE
from model.training.certificates import (
    asset_bytes,
    get_certificate,
    issue_credit_statement,
    register_rows,
    reissue,
    revoke,
)
from model.training.credits import CREDIT_RULE_TEXT, credit_account, unit_label
from model.training.training import accredited_events, yearly_credits

from ..kit import changes
from ..kit.errors import show_error
from ..list_output import ListOutput
from ..page import Page, mark_search
from ..table_model import RowTableModel, TableColumn
from ..views import list_menu_button, make_table_view, selected_rows
from .dialogs import AccreditationDialog, CertificateBatchDialog, EventChooserDialog

ALL_YEARS = None


def _points(value) -> str:
    return "–" if value is None else number(value)


class TrainingPage(Page):
    shows = frozenset({changes.EVENTS, changes.REGISTRATIONS, changes.CERTIFICATES, changes.PERSONS, changes.OFFICE})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db,
            self.tr("Fortbildung"),
            self.tr("Anerkannte Veranstaltungen, Fortbildungskonten und Bescheinigungen"),
            parent,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._events_tab(), self.tr("Anerkannte Veranstaltungen"))
        self.tabs.addTab(self._accounts_tab(), self.tr("Fortbildungskonten"))
        self.tabs.addTab(self._register_tab(), self.tr("Bescheinigungsregister"))
        self.body.addWidget(self.tabs, 1)
        self.dialog: QDialog | None = None  # the dialog currently open (kept alive; tests reach it here)

    # --- tab: accredited events -------------------------------------------------------

    def _year_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Alle Jahre"), ALL_YEARS)
        this_year = dt.date.today().year
        for year in range(this_year + 1, this_year - 8, -1):
            combo.addItem(str(year), year)
        return combo

    def _events_tab(self) -> QWidget:
        tab = QWidget()
        self.events_year = self._year_combo()
        self.events_year.setCurrentIndex(self.events_year.findData(dt.date.today().year))
        self.events_year.currentIndexChanged.connect(self.refresh)
        self.events_model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda e: e.starts_at.date()),
                TableColumn(self.tr("Titel"), lambda e: e.title, tooltip=lambda e: e.title),
                TableColumn(self.tr("Art"), lambda e: e.kind),
                TableColumn(self.tr("Kammern"), lambda e: e.chambers),
                TableColumn(
                    self.tr("Punkte"), lambda e: e.points, display=lambda e: _points(e.points), align_right=True
                ),
                TableColumn(self.tr("Teilgenommen"), lambda e: e.attendees, align_right=True),
                TableColumn(self.tr("Bescheinigungen"), lambda e: e.certificates, align_right=True),
            ],
            self,
        )
        self.events_view = make_table_view(self.events_model, stretch_column=1)
        self.events_view.doubleClicked.connect(self.create_certificates)
        accredit = QPushButton(self.tr("Anerkennen…"))
        accredit.setToolTip(self.tr("Eine weitere Veranstaltung als Fortbildung anerkennen lassen"))
        accredit.clicked.connect(self.accredit_other_event)
        edit = QPushButton(self.tr("Anerkennung ändern…"))
        edit.clicked.connect(self.edit_accreditation)
        create = self.create_button = QPushButton(self.tr("Bescheinigungen…"))
        create.setToolTip(self.tr("Teilnahmebescheinigungen der ausgewählten Veranstaltung erstellen"))
        create.setDefault(True)
        create.clicked.connect(self.create_certificates)
        self.events_view.selectionModel().selectionChanged.connect(self._update_certificate_button)
        self.events_model.modelReset.connect(self._update_certificate_button)
        self.events_output = ListOutput(self, self.events_model, lambda: self.tr("Anerkannte Veranstaltungen"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Jahr")))
        bar.addWidget(self.events_year)
        bar.addStretch()
        for button in (accredit, edit, create):
            bar.addWidget(button)
        bar.addWidget(list_menu_button(self.events_output))
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.events_view)
        return tab

    @Slot()
    def _update_certificate_button(self, *_args) -> None:
        """Certificates only after the event's end: the model's rule says why not yet."""
        rows = selected_rows(self.events_view)
        refusal = rows[0].certificate_refusal() if rows else None
        self.create_button.setEnabled(refusal is None)
        self.create_button.setToolTip(
            refusal if refusal else self.tr("Teilnahmebescheinigungen der ausgewählten Veranstaltung erstellen")
        )

    def _selected_event(self):
        rows = selected_rows(self.events_view)
        if not rows:
            QMessageBox.information(self, self.tr("Fortbildung"), self.tr("Bitte zuerst eine Veranstaltung auswählen."))
            return None
        return rows[0]

    @Slot()
    def accredit_other_event(self) -> None:
        chooser = EventChooserDialog(self.db, self)
        event = chooser.chosen() if chooser.exec() else None
        if event:
            start = dt.datetime.fromisoformat(event["start"])
            self._open_accreditation(event["id"], event["title"], start.date())

    @Slot()
    def edit_accreditation(self) -> None:
        event = self._selected_event()
        if event is not None:
            self._open_accreditation(event.id, event.title, event.starts_at.date())

    def _open_accreditation(self, event_id: int, title: str, start: dt.date) -> None:
        self.dialog = dialog = AccreditationDialog(self.db, event_id, title, start, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    @Slot()
    def create_certificates(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        refusal = event.certificate_refusal()
        if refusal:  # e.g. a double click on an event still to come
            QMessageBox.information(self, self.tr("Fortbildung"), refusal)
            return
        self.dialog = CertificateBatchDialog(self.db, event.id, event.title, event.starts_at.date(), self)
        self.dialog.finished.connect(self.refresh)
        self.dialog.open()

    # --- tab: credit accounts ---------------------------------------------------------

    def _accounts_tab(self) -> QWidget:
        tab = QWidget()
        self.accounts_year = self._year_combo()
        self.accounts_year.removeItem(0)
        self.accounts_year.setCurrentIndex(self.accounts_year.findData(dt.date.today().year))
        self.accounts_year.currentIndexChanged.connect(self.refresh)
        self.accounts_search = mark_search(QLineEdit())
        self.accounts_search.setPlaceholderText(self.tr("Name, Organisation oder Mitgliedsnummer …"))
        self.accounts_search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._filter_accounts)
        self.accounts_search.textChanged.connect(self._search_timer.start)
        self.accounts_model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda c: c.name),
                TableColumn(self.tr("Organisation"), lambda c: c.organisation, tooltip=lambda c: c.organisation or ""),
                TableColumn(self.tr("Kammer"), lambda c: c.chamber),
                TableColumn(self.tr("Mitgliedsnr."), lambda c: c.chamber_number),
                TableColumn(
                    self.tr("Punkte"), lambda c: c.points, display=lambda c: _points(c.points), align_right=True
                ),
                TableColumn(
                    self.tr("Anforderung"),
                    lambda c: c.requirement,
                    display=lambda c: _points(c.requirement),
                    align_right=True,
                ),
                TableColumn(
                    self.tr("Fehlt"),
                    lambda c: c.missing,
                    display=lambda c: _points(c.missing) if c.missing else "✓",
                    align_right=True,
                ),
            ],
            self,
        )
        self.accounts_view = make_table_view(self.accounts_model, stretch_column=1)
        self.accounts_view.doubleClicked.connect(self.show_statement)
        statement = QPushButton(self.tr("Fortbildungsnachweis…"))
        statement.clicked.connect(self.show_statement)
        self.all_statements_button = QPushButton(self.tr("Alle Nachweise des Jahres…"))
        self.all_statements_button.setToolTip(
            self.tr(
                "Fortbildungsnachweise für alle mit Kammer oder angerechneter "
                "Teilnahme, je eine PDF-Datei und eine Sammel-PDF"
            )
        )
        self.all_statements_button.clicked.connect(self.all_statements)
        self.accounts_output = ListOutput(
            self,
            self.accounts_model,
            lambda: self.tr("Fortbildungskonten %1").replace("%1", str(self.accounts_year.currentData())),
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Jahr")))
        bar.addWidget(self.accounts_year)
        bar.addWidget(self.accounts_search, 1)
        bar.addWidget(statement)
        bar.addWidget(self.all_statements_button)
        bar.addWidget(list_menu_button(self.accounts_output))
        rule = QLabel(CREDIT_RULE_TEXT.format(minutes=45))
        rule.setWordWrap(True)
        rule.setObjectName("hint")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.accounts_view)
        splitter.addWidget(self._account_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(rule)
        self._all_accounts: list = []
        self.accounts_view.selectionModel().selectionChanged.connect(self._show_account)
        self.accounts_model.modelReset.connect(self._show_account)
        return tab

    def _account_detail(self) -> QGroupBox:
        """The selected person's credit account: every credited event of the year and the total."""
        box = QGroupBox(self.tr("Fortbildungskonto"))
        self.account_summary = QLabel()
        self.account_summary.setWordWrap(True)
        self.account_entries = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda e: e.date),
                TableColumn(self.tr("Veranstaltung"), lambda e: e.title, tooltip=lambda e: e.title),
                TableColumn(self.tr("Art"), lambda e: e.kind),
                TableColumn(self.tr("Kammer"), lambda e: e.chamber),
                TableColumn(self.tr("Anerkennungsnummer"), lambda e: e.recognition_number),
                TableColumn(
                    self.tr("Punkte"), lambda e: e.points, display=lambda e: _points(e.points), align_right=True
                ),
            ],
            self,
        )
        self.account_view = make_table_view(self.account_entries, stretch_column=1)
        self.external_button = QPushButton(self.tr("Externe Fortbildung erfassen…"))
        self.external_button.setToolTip(
            self.tr(
                "Eine Fortbildung eines anderen Anbieters, die die Person meldet; "
                "sie erscheint gesondert im Fortbildungsnachweis"
            )
        )
        self.external_button.clicked.connect(self.record_external)
        top = QHBoxLayout()
        top.addWidget(self.account_summary, 1)
        top.addWidget(self.external_button)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.account_view, 1)
        self._show_account()
        return box

    @Slot()
    def _show_account(self, *_args) -> None:
        rows = selected_rows(self.accounts_view)
        if not rows:
            self.account_entries.set_rows([])
            self.account_summary.setText(
                self.tr("Bitte oben eine Person wählen: hier stehen dann ihre angerechneten Veranstaltungen.")
            )
            return
        person, year = rows[0], self.accounts_year.currentData()
        try:
            account = credit_account(self.db, person.person_id, year)
        except UserError as exc:  # e.g. deleted meanwhile at another workplace
            self.account_entries.set_rows([])
            self.account_summary.setText(str(exc))
            return
        self.account_entries.set_rows(account.entries)
        # Credited: the office's events, reported external trainings and any carry-over.
        total, required, missing = _points(account.credited), _points(account.requirement), _points(account.missing)
        if account.requirement is None:
            text = self.tr("%1 im Jahr %2: %3 %5 angerechnet; keine Jahresanforderung (keine Kammer oder keine Regel).")
        elif account.missing:
            text = self.tr("%1 im Jahr %2: %3 %5 angerechnet, Jahresanforderung %4, es fehlen noch %6.").replace(
                "%6", missing
            )
        else:
            text = self.tr("%1 im Jahr %2: %3 %5 angerechnet, die Jahresanforderung von %4 ist erfüllt.")
        self.account_summary.setText(  # the name last: it is data and may contain anything
            text.replace("%5", unit_label(total, account.unit))
            .replace("%4", required)
            .replace("%3", total)
            .replace("%2", str(year))
            .replace("%1", person.name)
        )

    @Slot()
    def _filter_accounts(self) -> None:
        needle = search_fold(self.accounts_search.text())
        self.accounts_model.set_rows(
            [
                c
                for c in self._all_accounts
                if not needle or needle in search_fold(f"{c.name} {c.organisation or ''} {c.chamber_number or ''}")
            ]
        )

    @Slot()
    def show_statement(self) -> None:
        rows = selected_rows(self.accounts_view)
        if not rows:
            QMessageBox.information(self, self.tr("Fortbildung"), self.tr("Bitte zuerst eine Person auswählen."))
            return
        from reports.credit_statement import credit_statement_pdf

        year = self.accounts_year.currentData()
        try:
            statement = issue_credit_statement(self.db, rows[0].person_id, year)
        except UserError as exc:
            show_error(self, exc, title=self.tr("Fortbildung"))
            return
        pdf = credit_statement_pdf(statement.snapshot, lambda digest: asset_bytes(self.db, digest))
        self._preview(pdf, self.tr("Fortbildungsnachweis"), f"Fortbildungsnachweis_{year}_{rows[0].name}")
        self.refresh()

    @Slot()
    def record_external(self) -> None:
        from .external_dialog import ExternalTrainingDialog

        rows = selected_rows(self.accounts_view)
        if not rows:
            QMessageBox.information(self, self.tr("Fortbildung"), self.tr("Bitte zuerst eine Person auswählen."))
            return
        self.dialog = dialog = ExternalTrainingDialog(
            self.db, rows[0].person_id, rows[0].name, self.accounts_year.currentData(), self
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()

    @Slot()
    def all_statements(self) -> None:
        """The year-end run: a dialog with the options, then progress and cancel."""
        from .dialogs import StatementBatchDialog

        self.dialog = StatementBatchDialog(self.db, self.accounts_year.currentData(), self)
        self.dialog.finished.connect(self.refresh)
        self.dialog.open()

    # --- tab: register ----------------------------------------------------------------

    def _register_tab(self) -> QWidget:
        tab = QWidget()
        self.register_year = self._year_combo()
        self.register_year.setCurrentIndex(self.register_year.findData(dt.date.today().year))
        self.register_year.currentIndexChanged.connect(self.refresh)
        self.register_model = RowTableModel(
            [
                TableColumn(self.tr("Nummer"), lambda r: r["number"]),
                TableColumn(self.tr("Art"), lambda r: r["kind"]),
                TableColumn(self.tr("Person"), lambda r: f"{r['first_name']} {r['last_name']}"),
                TableColumn(
                    self.tr("Veranstaltung / Jahr"),
                    lambda r: r["event_title"] or str(r["period_year"] or ""),
                    tooltip=lambda r: r["event_title"] or "",
                ),
                TableColumn(self.tr("Ausgestellt"), lambda r: r["issued_at"]),
                TableColumn(
                    self.tr("Punkte"),
                    lambda r: r["credit_points"],
                    display=lambda r: _points(r["credit_points"]),
                    align_right=True,
                ),
                TableColumn(
                    self.tr("Status"),
                    lambda r: self.tr("widerrufen") if r["revoked_at"] else self.tr("gültig"),
                    tooltip=lambda r: r["revoke_reason"] or "",
                ),
            ],
            self,
        )
        self.register_view = make_table_view(self.register_model, stretch_column=3)
        self.register_view.doubleClicked.connect(self.reprint)
        reprint = QPushButton(self.tr("Nachdrucken…"))
        reprint.clicked.connect(self.reprint)
        revoke_button = QPushButton(self.tr("Widerrufen…"))
        revoke_button.clicked.connect(self.revoke_selected)
        reissue_button = QPushButton(self.tr("Neu ausstellen…"))
        reissue_button.clicked.connect(self.reissue_selected)
        self.register_output = ListOutput(self, self.register_model, lambda: self.tr("Bescheinigungsregister"))
        # A chamber asks about a document: its check code answers gültig / widerrufen / unbekannt.
        self.check_code = QLineEdit()
        self.check_code.setPlaceholderText(self.tr("Prüfcode, z. B. K7QX-3M9P-2HDA"))
        self.check_code.setClearButtonEnabled(True)
        self.check_code.returnPressed.connect(self.verify_code)
        verify_button = QPushButton(self.tr("Prüfen"))
        verify_button.clicked.connect(self.verify_code)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Jahr")))
        bar.addWidget(self.register_year)
        bar.addWidget(self.check_code, 1)
        bar.addWidget(verify_button)
        bar.addStretch()
        for button in (reprint, revoke_button, reissue_button):
            bar.addWidget(button)
        bar.addWidget(list_menu_button(self.register_output))
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.check_result)
        layout.addWidget(self.register_view)
        return tab

    @Slot()
    def verify_code(self) -> None:
        from model.training.check_codes import verify

        if self.check_code.text().strip():
            self.check_result.setText(verify(self.db, self.check_code.text()).line())

    def _selected_certificate(self):
        rows = selected_rows(self.register_view)
        if not rows:
            QMessageBox.information(self, self.tr("Fortbildung"), self.tr("Bitte zuerst eine Bescheinigung auswählen."))
            return None
        return rows[0]

    def _certificate_pdf(self, certificate) -> bytes:
        from reports.certificates import certificates_pdf
        from reports.credit_statement import credit_statement_pdf

        def load(digest: str | None) -> bytes | None:
            return asset_bytes(self.db, digest)

        if certificate.kind == ATTENDANCE_CERTIFICATE:
            return certificates_pdf([certificate.snapshot], load)
        return credit_statement_pdf(certificate.snapshot, load)

    @Slot()
    def reprint(self) -> None:
        row = self._selected_certificate()
        if row is None:
            return
        certificate = get_certificate(self.db, row["id"])
        self._preview(self._certificate_pdf(certificate), certificate.number, certificate.number)

    @Slot()
    def revoke_selected(self) -> None:
        row = self._selected_certificate()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Widerrufen"),
            self.tr("Die Bescheinigung %1 bleibt im Register, gilt aber nicht mehr. Grund:").replace(
                "%1", row["number"]
            ),
        )
        if not ok:
            return
        try:
            revoke(self.db, row["id"], reason)
        except UserError as exc:
            show_error(self, exc, title=self.tr("Widerrufen"))
            return
        self.refresh()

    @Slot()
    def reissue_selected(self) -> None:
        row = self._selected_certificate()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Neu ausstellen"),
            self.tr(
                "%1 wird widerrufen und mit den heutigen Daten unter einer neuen Nummer neu ausgestellt. Fortfahren?"
            ).replace("%1", row["number"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            fresh = reissue(self.db, row["id"])
        except UserError as exc:
            show_error(self, exc, title=self.tr("Neu ausstellen"))
            return
        self.refresh()
        self._preview(self._certificate_pdf(fresh), fresh.number, fresh.number)

    # --- common -------------------------------------------------------------------------

    def _preview(self, pdf: bytes, title: str, name: str) -> None:
        from ..pdf_preview import PdfPreviewDialog

        self.dialog = dialog = PdfPreviewDialog(pdf, title, name, self)
        dialog.open()

    def fetch(self):  # see Page.fetch: the three lists, gathered in the background
        db = self.db
        years = (self.events_year.currentData(), self.accounts_year.currentData(), self.register_year.currentData())
        return lambda: (accredited_events(db, years[0]), yearly_credits(db, years[1]), register_rows(db, years[2]))

    def apply(self, data) -> None:  # what fetch's function returned
        events, accounts, register = data
        self.events_model.set_rows(events)
        self._all_accounts = accounts
        self._filter_accounts()
        self.register_model.set_rows(register)
