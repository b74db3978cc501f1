"""The "Anmeldungen" tab: who is registered, who waits, who cancelled — and the fees.

Every action is saved at once (one short transaction each); capacity, waiting list and
promotion are the model's rules, this tab only shows what happened.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.core.filenames import safe_stem
from model.core.text import fold
from model.core.vocab import DEREGISTERED, PARTICIPANT, REGISTRATION_ROLES, REGISTRATION_STATUSES
from model.events.participants import (
    ConfirmationNeeded,
    RegistrationRow,
    counts,
    list_order,
    mark_paid,
    register_people,
    registration_rows,
    set_fee,
    set_notes,
    set_role,
    set_status,
)

from .. import dialogs
from ..kit.columns import column_widths
from ..kit.dialog import Dialog
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from . import registration_mail_offer as mail_offer
from .common import guarded, hint_label, menu_button, money_text


class RegistrationsTab(QWidget):
    changed = Signal()  # registrations changed (the list page refreshes its counts)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.event_id: int | None = None
        self.event_title = ""
        self._all: list[RegistrationRow] = []
        self.dialog: QDialog | None = None

        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.message = hint_label()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Liste durchsuchen …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(260)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._timer.start)

        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.email or ""),
                TableColumn(self.tr("Organisation"), lambda r: r.organisation, tooltip=lambda r: r.organisation or ""),
                TableColumn(
                    self.tr("Status"),
                    lambda r: list_order(r.status, r.waiting_position, "", ""),
                    display=self._status_text,
                ),
                TableColumn(self.tr("Rolle"), lambda r: r.role),
                TableColumn(
                    self.tr("Angemeldet"),
                    lambda r: r.registered_at,
                    display=lambda r: f"{r.registered_at:%d.%m.%Y}",
                    tooltip=lambda r: f"{r.registered_at:%d.%m.%Y %H:%M}",
                ),
                TableColumn(
                    self.tr("Gebühr"),
                    lambda r: r.fee_due,
                    display=lambda r: money_text(r.fee_due),
                    align_right=True,
                    tooltip=lambda r: self.tr("eigener Betrag") if r.fee_individual else "",
                ),
                TableColumn(
                    self.tr("Bezahlt"), lambda r: r.fee_paid, display=lambda r: money_text(r.fee_paid), align_right=True
                ),
                TableColumn(self.tr("Bemerkung"), lambda r: r.notes, tooltip=lambda r: r.notes or ""),
            ],
            self,
        )
        # the person is the title: names show in full; a long organisation gives room (tooltip)
        self.view = make_table_view(self.model, stretch_column=0, multi_select=True)
        column_widths(self.view, {1: 240})  # the others as wide as their texts
        self.view.doubleClicked.connect(self.show_history)

        self.add_button = QPushButton(self.tr("Personen anmelden…"))
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add_people)
        self.cancel_button = QPushButton(self.tr("Abmelden"))
        self.cancel_button.setToolTip(self.tr("Markierte abmelden; wer auf der Warteliste vorne steht, rückt nach"))
        self.cancel_button.clicked.connect(lambda: self.change_status(DEREGISTERED))
        self.status_button = menu_button(
            self.tr("Status ▾"),
            [(status, partial(self.change_status, status)) for status in REGISTRATION_STATUSES],
            self,
        )
        self.role_button = menu_button(
            self.tr("Rolle ▾"), [(role, partial(self.change_role, role)) for role in REGISTRATION_ROLES], self
        )
        self.fee_button = menu_button(
            self.tr("Gebühr ▾"),
            [
                (self.tr("Als bezahlt markieren"), self.mark_paid),
                (self.tr("Betrag und Zahlung bearbeiten…"), self.edit_fee),
            ],
            self,
        )
        self.more_button = menu_button(
            self.tr("Weiteres ▾"),
            [
                (self.tr("Bemerkung bearbeiten…"), self.edit_notes),
                (self.tr("Teilnahmeverlauf der Person…"), self.show_history),
                (self.tr("Teilnehmendenliste exportieren (Excel)…"), self.export_excel),
                (self.tr("Anmeldungen aus Online-Formular einlesen…"), self.import_form),
            ],
            self,
        )

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        bar = QHBoxLayout()
        for widget in (
            self.add_button,
            self.cancel_button,
            self.status_button,
            self.role_button,
            self.fee_button,
            self.more_button,
        ):
            bar.addWidget(widget)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    # --- data --------------------------------------------------------------------------

    @property
    def shown_event_id(self) -> int:
        """The event shown; the tab's actions run only while one is shown."""
        if self.event_id is None:
            raise RuntimeError("no event shown")
        return self.event_id

    def set_event(self, event_id: int, title: str) -> None:
        self.event_id, self.event_title = event_id, title
        self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            return
        self._all = registration_rows(self.db, self.event_id)
        self._apply_filter()
        c = counts(self.db, self.event_id)
        seats = (
            self.tr("%1 von %2 Plätzen belegt").replace("%1", str(c.seats_taken)).replace("%2", str(c.capacity))
            if c.capacity is not None
            else self.tr("%1 angemeldet (ohne Platzgrenze)").replace("%1", str(c.seats_taken))
        )
        parts = [seats, self.tr("%1 auf der Warteliste").replace("%1", str(c.waiting))]
        if c.cancelled:
            parts.append(self.tr("%1 abgemeldet").replace("%1", str(c.cancelled)))
        self.summary.setText(" · ".join(parts))

    @Slot()
    def _apply_filter(self) -> None:
        needle = fold(self.filter.text())
        rows = self._all
        if needle:
            rows = [
                r
                for r in rows
                if all(w in fold(f"{r.name} {r.organisation or ''} {r.email or ''} {r.status}") for w in needle.split())
            ]
        self.model.set_rows(rows)

    def _status_text(self, row: RegistrationRow) -> str:
        if row.waiting_position is not None:
            return self.tr("Warteliste (%1.)").replace("%1", str(row.waiting_position))
        return row.status

    def _selected(self) -> list[RegistrationRow]:
        rows = selected_rows(self.view)
        if not rows:
            dialogs.inform(self, self.tr("Anmeldungen"), self.tr("Bitte zuerst eine oder mehrere Personen markieren."))
        return rows

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
        self.changed.emit()

    # --- actions -----------------------------------------------------------------------

    @Slot()
    def add_people(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        self.dialog = dialog = PeoplePickerDialog(
            self.db,
            self.tr("Personen anmelden: %1").replace("%1", self.event_title),
            roles=REGISTRATION_ROLES,
            default_role=PARTICIPANT,
            accept_text=self.tr("Anmelden"),
            parent=self,
        )
        dialog.accepted.connect(self._people_chosen)
        dialog.open()

    @Slot()
    def _people_chosen(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        dialog = self.dialog
        assert isinstance(dialog, PeoplePickerDialog)  # the dialog this slot answers
        ids, role = dialog.chosen_ids(), dialog.chosen_role()
        self.register(ids, role or PARTICIPANT)

    def register(self, person_ids: list[int], role: str = PARTICIPANT) -> None:
        if not person_ids or self.event_id is None:
            return
        title = self.tr("Anmelden")
        before = mail_offer.snapshot(self.db, self.shown_event_id)
        try:
            result = register_people(self.db, self.event_id, person_ids, role)
        except ConfirmationNeeded as question:
            if not dialogs.ask(self, title, str(question), accept=self.tr("Trotzdem anmelden")):
                return
            ok, result = guarded(
                self, title, lambda: register_people(self.db, self.shown_event_id, person_ids, role, confirmed=True)
            )
            if not ok:
                return
        except UserError as exc:
            dialogs.warn(self, title, str(exc))
            return
        text = result.summary()
        if result.waiting:
            text += " – " + self.tr("Warteliste: %1").replace("%1", ", ".join(result.waiting))
        if result.already:
            text += " – " + self.tr("schon eingetragen: %1").replace("%1", ", ".join(result.already))
        self._done(text)
        self.mail_job = mail_offer.offer_mails(self, self.db, self.shown_event_id, before)

    def import_form(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Anmeldungen einlesen"), "", self.tr("Formular-Export (*.xlsx *.csv)")
        )
        if path:
            self.open_form_export(Path(path))

    def open_form_export(self, path: Path) -> None:
        from model.importing.form_registrations import import_registrations

        from .online_import_dialog import OnlineImportDialog

        self.dialog = dialog = OnlineImportDialog(
            self.db,
            self.shown_event_id,
            path,
            import_registrations,
            self.tr("Anmeldungen einlesen: %1"),
            self.tr("Angemeldet am"),
            self,
            column_mapping=True,
        )
        dialog.accepted.connect(self._form_imported)
        dialog.open()

    @Slot()
    def _form_imported(self) -> None:
        from .online_import_dialog import OnlineImportDialog

        dialog = self.dialog
        assert isinstance(dialog, OnlineImportDialog)  # the dialog this slot answers
        if dialog.report is not None and dialog.report.written:
            self._done(dialog.report.summary())

    def change_status(self, status: str) -> None:
        rows = self._selected()
        if not rows:
            return
        before = mail_offer.snapshot(self.db, self.shown_event_id)
        ok, moved = guarded(self, self.tr("Status ändern"), lambda: set_status(self.db, [r.id for r in rows], status))
        if ok:
            text = self.tr("%n Anmeldung(en) jetzt »%1«.", "", len(rows)).replace("%1", status)
            if moved:
                text += " " + self.tr("Von der Warteliste nachgerückt: %1").replace("%1", ", ".join(moved))
            self._done(text)
            self.mail_job = mail_offer.offer_mails(self, self.db, self.shown_event_id, before)

    def change_role(self, role: str) -> None:
        rows = self._selected()
        if rows and guarded(self, self.tr("Rolle ändern"), lambda: set_role(self.db, [r.id for r in rows], role))[0]:
            self._done(self.tr("Rolle »%1« gesetzt.").replace("%1", role))

    @Slot()
    def mark_paid(self) -> None:
        rows = self._selected()
        if rows:
            ok, changed = guarded(self, self.tr("Bezahlt"), lambda: mark_paid(self.db, [r.id for r in rows]))
            if ok:
                self._done(self.tr("%n Zahlung(en) eingetragen.", "", changed))

    @Slot()
    def edit_fee(self) -> None:
        rows = self._selected()
        if not rows:
            return
        self.dialog = dialog = FeeDialog(rows[0], self)
        dialog.accepted.connect(self._save_fee)
        dialog.open()

    @Slot()
    def _save_fee(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, FeeDialog)  # the dialog this slot answers
        row, (due, paid) = dialog.row, dialog.values()
        if guarded(self, self.tr("Gebühr"), lambda: set_fee(self.db, row.id, fee_due=due, fee_paid=paid))[0]:
            self._done(self.tr("Gebühr von %1 gespeichert.").replace("%1", row.full_name))

    @Slot()
    def edit_notes(self) -> None:
        rows = self._selected()
        if not rows:
            return
        self.dialog = dialog = NotesDialog(rows[0], self)
        dialog.accepted.connect(self._save_notes)
        dialog.open()

    @Slot()
    def _save_notes(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, NotesDialog)  # the dialog this slot answers
        row, text = dialog.row, dialog.text()
        if guarded(self, self.tr("Bemerkung"), lambda: set_notes(self.db, row.id, text))[0]:
            self._done(self.tr("Bemerkung gespeichert."))

    @Slot()
    def show_history(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            return
        from .history import PersonHistoryDialog

        self.dialog = dialog = PersonHistoryDialog(self.db, rows[0].person_id, rows[0].full_name, self)
        dialog.open()

    @Slot()
    def export_excel(self) -> None:
        if self.event_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Teilnehmendenliste exportieren"),
            f"{safe_stem('Teilnehmende ' + self.event_title)}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        if not path:
            return
        self.export_excel_to(path)

    def export_excel_to(self, path: str) -> None:
        if self.event_id is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from reports.event_lists import export_participants

        ok, count = guarded(
            self, self.tr("Exportieren"), lambda: export_participants(self.db, path, event_id=self.event_id)
        )
        if ok:
            self.message.setText(
                self.tr("%1 Personen nach %2 exportiert.").replace("%1", str(count)).replace("%2", path)
            )


class FeeDialog(Dialog):
    """Individual amount (unticked: the event's standard fee) and amount paid of one registration."""

    def __init__(self, row: RegistrationRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Gebühr: %1").replace("%1", row.full_name))
        self.own = QCheckBox(self.tr("eigener Betrag"))
        self.individual = QDoubleSpinBox()
        self.paid = QDoubleSpinBox()
        for box in (self.individual, self.paid):
            box.setRange(0, 99999.99)
            box.setDecimals(2)
            box.setSuffix(" €")
            box.setSingleStep(5)
        self.paid.setSpecialValueText(self.tr("nichts"))
        self.own.setChecked(row.fee_individual)
        self.individual.setEnabled(row.fee_individual)
        self.individual.setValue(float(row.fee_due or 0))
        self.own.toggled.connect(self.individual.setEnabled)
        self.paid.setValue(float(row.fee_paid or 0))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.own)
        amount_row.addWidget(self.individual, 1)
        form = QFormLayout()
        form.addRow(self.tr("Gebühr"), amount_row)
        form.addRow(self.tr("Bezahlt"), self.paid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(self.tr("Ohne eigenen Betrag gilt die Gebühr der Veranstaltung (für die Rolle Teilnahme)."))
        )
        layout.addWidget(buttons)

    def values(self) -> tuple[Decimal | None, Decimal | None]:
        due = Decimal(str(round(self.individual.value(), 2))) if self.own.isChecked() else None
        paid = Decimal(str(round(self.paid.value(), 2))) if self.paid.value() > 0 else None
        return due, paid


class NotesDialog(Dialog):
    def __init__(self, row: RegistrationRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Bemerkung: %1").replace("%1", row.full_name))
        self.edit = QPlainTextEdit(row.notes or "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(420, 220)

    def text(self) -> str:
        return self.edit.toPlainText()
