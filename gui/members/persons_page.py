"""Personen: everyone in one list with search-as-you-type and filters, the Verteiler, and the
data-protection review list.

The people are read once (one query into plain rows); every keystroke filters that list in
Python over the folded search key, after a short pause in typing, and resets the table model.
The Verteiler and the data-protection review are read when their tab is shown: opening the area
reads only the people.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from model.core import vocab
from model.core.db import Database
from model.members.mailing_lists import list_mailing_lists
from model.members.persons import (
    CONSENT_GIVEN,
    CONSENT_MISSING,
    CONSENT_WITHDRAWN,
    NO_CHAMBER,
    PersonFilter,
    filter_persons,
    list_persons,
)
from model.settings.chambers import ordered_chambers

from .. import dialogs
from ..kit import changes
from ..kit.columns import set_widths
from ..kit.errors import show_error
from ..kit.reveal import reveal_row
from ..list_output import ListOutput
from ..page import Page
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .common import action_button, button, count_text, hint_label, search_field
from .mailing_lists import MailingListDialog, MailingListsWidget, copy_addresses, send_mail
from .privacy import ReviewWidget

CONSENT_TEXT = {CONSENT_GIVEN: "erteilt", CONSENT_MISSING: "fehlt", CONSENT_WITHDRAWN: "widerrufen"}


class PeoplePage(Page):
    # OFFICE: the chamber list (Einstellungen) fills the chamber filter
    shows = frozenset(
        {changes.PERSONS, changes.ORGANISATIONS, changes.MAILING_LISTS, changes.REGISTRATIONS, changes.OFFICE}
    )

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db, self.tr("Personen"), self.tr("Alle Ansprechpersonen, Verteiler und die Datenschutz-Prüfung"), parent
        )
        self._all: list = []
        self.dialog: QDialog | None = None  # the dialog currently open (tests reach it here)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_tab(), self.tr("Alle Personen"))
        self.lists = MailingListsWidget(db)
        self.lists.open_person.connect(self.open_person)
        self.tabs.addTab(self.lists, self.tr("Verteiler"))
        self.review = ReviewWidget(db)
        self.review.open_person.connect(self.open_person)
        self.review.person_changed.connect(self.mark_stale)
        self.tabs.addTab(self.review, self.tr("Datenschutz"))
        self._review_stale = True
        self._lists_stale = True
        self.tabs.currentChanged.connect(self._load_current_tab)
        self.body.addWidget(self.tabs, 1)

        new = button(self.tr("Neue Person…"), self.new_person, default=True)
        importing = button(
            self.tr("Importieren…"), self.import_file, tip=self.tr("Personen aus einer Excel-Liste übernehmen")
        )
        duplicates = button(
            self.tr("Dubletten…"),
            self.find_duplicates,
            tip=self.tr("Doppelt erfasste Personen finden und zusammenführen"),
        )
        for widget in (duplicates, importing, new):
            self.header_actions.addWidget(widget)

    def set_database(self, db: Database) -> None:
        super().set_database(db)
        self.lists.db = db
        self.review.db = db

    # --- the list ---------------------------------------------------------------------------

    def _people_tab(self) -> QWidget:
        self.search = search_field(
            self.tr("Suchen: Name, Organisation, Funktion oder E-Mail …"), self.apply_filter, self
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("alle Organisationen"), None)
        for kind in vocab.ORGANISATION_KINDS:
            self.kind.addItem(kind, kind)
        self.role = QComboBox()
        self.role.addItem(self.tr("alle Rollen"), None)
        for role in vocab.PERSON_ROLES:
            self.role.addItem(role, role)
        self.chamber = QComboBox()  # filled from the chamber list at each load
        self.chamber.addItem(self.tr("Kammer: alle"), None)
        self.active = QComboBox()
        self.active.addItem(self.tr("aktive und inaktive"), None)
        self.active.addItem(self.tr("nur aktive"), True)
        self.active.addItem(self.tr("nur inaktive"), False)
        self.consent = QComboBox()
        self.consent.addItem(self.tr("Einwilligung: alle"), None)
        self.consent.addItem(self.tr("Einwilligung erteilt"), CONSENT_GIVEN)
        self.consent.addItem(self.tr("ohne Einwilligung"), CONSENT_MISSING)
        self.consent.addItem(self.tr("Einwilligung widerrufen"), CONSENT_WITHDRAWN)
        self.anonymised = QCheckBox(self.tr("Anonymisierte zeigen"))
        for combo in (self.kind, self.role, self.chamber, self.active, self.consent):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.anonymised.toggled.connect(self.apply_filter)

        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.sort_name, tooltip=lambda p: p.name),
                TableColumn(self.tr("Organisation"), lambda p: p.organisation, tooltip=lambda p: p.organisation or ""),
                TableColumn(self.tr("Funktion"), lambda p: p.function, tooltip=lambda p: p.function or ""),
                TableColumn(self.tr("E-Mail"), lambda p: p.email),
                TableColumn(self.tr("Telefon"), lambda p: p.phone),
                TableColumn(self.tr("Rolle"), lambda p: p.role),
                TableColumn(self.tr("Kammer"), lambda p: p.chamber),
                TableColumn(self.tr("Einwilligung"), lambda p: CONSENT_TEXT[p.consent]),
                TableColumn(self.tr("aktiv"), lambda p: p.active),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=None, multi_select=True)
        self.view.doubleClicked.connect(self.edit_selected)
        # Every column within reach of a normal window: long texts are cut off (with a tooltip),
        # not fitted to the longest one.
        set_widths(self.view, (165, 180, 170, 210, 0, 140, 80, 95, 50))
        self.count = hint_label()

        self.output = ListOutput(self, self.model, lambda: self.tr("Personen"))
        self.export_action = QAction(self.tr("Exportieren (Excel)…"), self)
        self.export_action.triggered.connect(self.export_excel)
        self.lists_menu = QMenu(self)
        self.lists_menu.aboutToShow.connect(self._fill_lists_menu)
        to_list = QToolButton()
        to_list.setText(self.tr("Zum Verteiler"))
        to_list.setMenu(self.lists_menu)
        to_list.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        to_list.setToolTip(self.tr("Die markierten Personen (oder alle gefundenen) einem Verteiler hinzufügen"))
        mail_menu = QMenu(self)
        mail_menu.addAction(self.tr("Adressen kopieren (Outlook)"), self.copy_addresses)
        mail_menu.addAction(self.tr("E-Mail-Programm öffnen (Bcc)"), self.send_mail)
        mail = QToolButton()
        mail.setText(self.tr("E-Mail"))
        mail.setMenu(mail_menu)
        mail.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        mail.setToolTip(self.tr("An die markierten Personen (oder alle gefundenen) schreiben"))

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for widget in (self.kind, self.role, self.chamber, self.active, self.consent):
            filters.addWidget(widget)
        filters.addWidget(self.anonymised)
        filters.addStretch()
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("Bearbeiten…"), self.edit_selected))
        actions.addWidget(to_list)
        actions.addWidget(mail)
        actions.addStretch()
        actions.addWidget(action_button(self.export_action))
        actions.addWidget(action_button(self.output.print_action))

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addLayout(actions)
        layout.addLayout(bottom)
        return tab

    def criteria(self) -> PersonFilter:
        return PersonFilter(
            text=self.search.text(),
            organisation_kind=self.kind.currentData(),
            role=self.role.currentData(),
            chamber=self.chamber.currentData(),
            active=self.active.currentData(),
            consent=self.consent.currentData(),
            include_anonymised=self.anonymised.isChecked(),
        )

    def _fill_chambers(self) -> None:
        """Every chamber of the chamber list (all Länder and those added in Einstellungen);
        the chosen one stays chosen."""
        chosen = self.chamber.currentData()
        self.chamber.blockSignals(True)
        self.chamber.clear()
        self.chamber.addItem(self.tr("Kammer: alle"), None)
        self.chamber.addItem(self.tr("ohne Kammer"), NO_CHAMBER)
        for chamber in ordered_chambers(self.db):
            self.chamber.addItem(chamber.code, chamber.code)
            self.chamber.setItemData(self.chamber.count() - 1, chamber.name, Qt.ItemDataRole.ToolTipRole)
        self.chamber.setCurrentIndex(max(0, self.chamber.findData(chosen)))
        self.chamber.blockSignals(False)

    def load(self) -> None:
        self._fill_chambers()
        self._all = list_persons(self.db)
        self.apply_filter()
        self._lists_stale = True
        self._review_stale = True
        self._load_current_tab()

    @Slot()
    def _load_current_tab(self) -> None:
        """The Verteiler (≈ 0.3 s with the members of the first list on the large demo) and the
        data-protection review (an aggregate over every registration, ≈ 0.2 s) are read when
        their tab is shown, not each time the list of people opens."""
        if self.tabs.currentWidget() is self.lists and self._lists_stale:
            self._lists_stale = False
            self.lists.load()
        if self.tabs.currentWidget() is self.review and self._review_stale:
            self._review_stale = False
            self.review.load()

    @Slot()
    def apply_filter(self) -> None:
        rows = filter_persons(self._all, self.criteria())
        self.model.set_rows(rows)
        total = sum(1 for row in self._all if not row.anonymised)
        shown = count_text(len(rows), self.tr("Person"), self.tr("Personen"))
        self.count.setText(
            shown if len(rows) == total else self.tr("%1 von %2").replace("%1", shown).replace("%2", str(total))
        )

    def chosen_rows(self) -> list:
        """The marked people, or everyone the search and filters show."""
        return selected_rows(self.view) or self.model.rows()

    # --- actions ----------------------------------------------------------------------------

    @Slot()
    def new_person(self) -> None:
        from .person_form import PersonDialog

        self.dialog = dialog = PersonDialog(self.db, parent=self)
        dialog.saved.connect(self._after_save)
        dialog.open()

    @Slot()
    def edit_selected(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            dialogs.inform(self, self.tr("Personen"), self.tr("Bitte zuerst eine Person auswählen."))
            return
        self.open_person(rows[0].id)

    @Slot(int)
    def open_person(self, person_id: int) -> None:
        from .person_form import PersonDialog

        try:
            self.dialog = PersonDialog(self.db, person_id, parent=self)
        except Exception as exc:  # noqa: BLE001 - e.g. merged or deleted meanwhile
            show_error(self, exc, title=self.tr("Personen"))
            self.refresh()
            return
        self.dialog.saved.connect(self._after_save)
        self.dialog.open()

    @Slot(int)
    def _after_save(self, person_id: int) -> None:
        self.refresh()
        reveal_row(
            self.view,
            person_id,
            (self.search, self.kind, self.role, self.chamber, self.active, self.consent),
            self.apply_filter,
        )

    @Slot()
    def _fill_lists_menu(self) -> None:
        self.lists_menu.clear()
        for row in list_mailing_lists(self.db):
            action = self.lists_menu.addAction(f"{row.name} ({row.members})")
            action.setData(row.id)
            action.triggered.connect(self._add_to_list_action)
        self.lists_menu.addSeparator()
        self.lists_menu.addAction(self.tr("Neuer Verteiler…"), self.add_to_new_list)

    @Slot()
    def _add_to_list_action(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)  # the slot of the lists menu's actions
        self.add_to_list(action.data())

    def add_to_list(self, list_id: int) -> int:
        rows = self.chosen_rows()
        added = self.lists.add_to_list(list_id, [row.id for row in rows])
        name = next((r.name for r in list_mailing_lists(self.db) if r.id == list_id), "")
        dialogs.inform(
            self,
            self.tr("Verteiler"),
            self.tr("%1 Personen zu »%2« hinzugefügt (%3 waren schon darin).")
            .replace("%1", str(added))
            .replace("%2", name)
            .replace("%3", str(len(rows) - added)),
        )
        return added

    @Slot()
    def add_to_new_list(self) -> None:
        from model.members.mailing_lists import create_mailing_list

        self.dialog = dialog = MailingListDialog(self.tr("Neuer Verteiler"), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            list_id = create_mailing_list(self.db, self.dialog.name.text(), self.dialog.description.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=self.tr("Neuer Verteiler"))
            return
        self.add_to_list(list_id)

    @Slot()
    def copy_addresses(self) -> str:
        return copy_addresses(self, self.chosen_rows())

    @Slot()
    def send_mail(self) -> None:
        send_mail(self, self.chosen_rows())

    @Slot()
    def export_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Personen exportieren"), self.tr("Personen.xlsx"), self.tr("Excel-Arbeitsmappe (*.xlsx)")
        )
        if not path:
            return
        self.export_excel_to(path)

    def export_excel_to(self, path: str) -> None:
        from model.members.persons import export_rows
        from reports.member_lists import write_persons

        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_persons(path, export_rows(self.db, self.model.rows()))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=self.tr("Personen exportieren"))
            return

    @Slot()
    def find_duplicates(self) -> None:
        from .duplicates import DuplicatesDialog

        self.dialog = dialog = DuplicatesDialog(self.db, self)
        dialog.merged.connect(self.mark_stale)
        dialog.finished.connect(self.mark_stale)
        dialog.open()

    @Slot()
    def import_file(self) -> None:
        from .import_wizard import ImportWizard

        self.dialog = dialog = ImportWizard(self.db, "persons", self)
        dialog.imported.connect(self.mark_stale)
        dialog.open()
