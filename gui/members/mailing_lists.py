"""Verteiler: the lists on the left, the chosen list's people on the right; copy the addresses
for Outlook, open the mail program with everyone in BCC, export to Excel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from model.core import vocab
from model.core.db import Database
from model.core.filenames import safe_stem
from model.members.mailing_lists import (
    add_members,
    addresses,
    create_mailing_list,
    delete_mailing_list,
    list_mailing_lists,
    mailto_fits,
    mailto_url,
    members,
    outlook_text,
    remove_members,
    rename_mailing_list,
    unreachable_reason,
)
from model.members.persons import PersonFilter, filter_persons, list_persons, persons_by_role

from .. import dialogs
from ..kit.columns import set_widths
from ..kit.dialog import Dialog
from ..kit.errors import show_error
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .common import button, count_text, hint_label, search_field


def send_mail(parent: QWidget, rows, subject: str = "") -> None:
    """Open the mail program with every reachable address in BCC (or copy them if too many)."""
    translate = QCoreApplication.translate
    emails = addresses(rows)
    title = translate("MailingListsWidget", "E-Mail schreiben")
    if not emails:
        dialogs.inform(
            parent,
            title,
            translate(
                "MailingListsWidget",
                "Keine der gewählten Personen hat eine E-Mail-Adresse, an die geschrieben werden darf.",
            ),
        )
        return
    url = mailto_url(emails, subject)
    if not mailto_fits(url):
        QGuiApplication.clipboard().setText(outlook_text(emails))
        message = translate(
            "MailingListsWidget",
            "%1 Adressen sind zu viele für einen E-Mail-Link. Sie wurden in "
            "die Zwischenablage kopiert: bitte in Outlook ins Feld »Bcc« einfügen (Strg+V).",
        )
        dialogs.inform(parent, title, message.replace("%1", str(len(emails))))
        return
    QDesktopServices.openUrl(QUrl(url))


def copy_addresses(parent: QWidget, rows) -> str:
    """Copy "a@x.de; b@y.de" for Outlook and say how many (and who was left out)."""
    translate = QCoreApplication.translate
    emails = addresses(rows)
    text = outlook_text(emails)
    QGuiApplication.clipboard().setText(text)
    left_out = [row for row in rows if unreachable_reason(row)]
    details = ""
    if left_out:
        details = translate("MailingListsWidget", "Nicht enthalten: %1").replace(
            "%1",
            "; ".join(f"{row.name} ({unreachable_reason(row)})" for row in left_out[:12])
            + (" …" if len(left_out) > 12 else ""),
        )
    message = translate(
        "MailingListsWidget",
        "%1 Adressen sind in der Zwischenablage, getrennt durch Semikolon – "
        "in Outlook ins Feld »An« oder »Bcc« einfügen.",
    )
    dialogs.inform(
        parent, translate("MailingListsWidget", "Adressen kopiert"), message.replace("%1", str(len(emails))), details
    )
    return text


class PersonPickerDialog(Dialog):
    """Choose people by search (several at once) or everyone with a role."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 560)
        self._all = [row for row in list_persons(db) if not row.anonymised]
        self.search = search_field(self.tr("Name, Organisation, Funktion oder E-Mail …"), self.run_search, self)
        self.role = QComboBox()
        self.role.addItem(self.tr("alle Rollen"), None)
        for role in vocab.PERSON_ROLES:
            self.role.addItem(role, role)
        self.role.currentIndexChanged.connect(self.run_search)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.sort_name, tooltip=lambda p: p.name),
                TableColumn(self.tr("Organisation"), lambda p: p.organisation, tooltip=lambda p: p.organisation or ""),
                TableColumn(self.tr("Rolle"), lambda p: p.role),
                TableColumn(self.tr("E-Mail"), lambda p: p.email),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=1, multi_select=True)
        set_widths(self.view, (180, 0, 160, 230))
        self.view.doubleClicked.connect(self.accept)
        self.hint = hint_label()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.role)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Auswahl hinzufügen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.all_button = buttons.addButton(
            self.tr("Alle gefundenen hinzufügen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(self._take_all)
        self._take_everything = False
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.run_search()

    @Slot()
    def run_search(self) -> None:
        rows = filter_persons(self._all, PersonFilter(text=self.search.text(), role=self.role.currentData()))
        self.model.set_rows(rows)
        self.hint.setText(count_text(len(rows), self.tr("Person gefunden"), self.tr("Personen gefunden")))

    @Slot()
    def _take_all(self) -> None:
        self._take_everything = True
        self.accept()

    def chosen_ids(self) -> list[int]:
        rows = self.model.rows() if self._take_everything else selected_rows(self.view)
        return [row.id for row in rows]


class MailingListDialog(Dialog):
    def __init__(self, title: str, name: str = "", description: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.name = QLineEdit(name)
        self.name.setMaxLength(200)
        self.description = QLineEdit(description)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Beschreibung"), self.description)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Speichern"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class MailingListsWidget(QWidget):
    """The Verteiler tab of the Personen area."""

    open_person = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.dialog: QDialog | None = None
        self.lists_model = RowTableModel(
            [
                TableColumn(self.tr("Verteiler"), lambda r: r.name, tooltip=lambda r: r.description or ""),
                TableColumn(self.tr("Personen"), lambda r: r.members, align_right=True),
            ],
            self,
        )
        self.lists_view = make_table_view(self.lists_model, stretch_column=0)
        set_widths(self.lists_view, (0, 80))
        self.lists_view.selectionModel().selectionChanged.connect(self.load_members)
        self.lists_view.doubleClicked.connect(self.rename_list)  # the list's own record: name and description
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lists_view, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(button(self.tr("Neu…"), self.new_list))
        list_buttons.addWidget(button(self.tr("Umbenennen…"), self.rename_list))
        list_buttons.addWidget(button(self.tr("Löschen…"), self.delete_list))
        list_buttons.addStretch()
        left_layout.addLayout(list_buttons)

        self.members_model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.sort_name, tooltip=lambda p: p.name),
                TableColumn(self.tr("Organisation"), lambda p: p.organisation, tooltip=lambda p: p.organisation or ""),
                TableColumn(self.tr("E-Mail"), lambda p: p.email),
                TableColumn(self.tr("Hinweis"), lambda p: unreachable_reason(p) or ""),
            ],
            self,
        )
        # The name takes the free width; organisation and address fit their text (shared rule, gui.kit.columns).
        self.members_view = make_table_view(self.members_model, stretch_column=0, multi_select=True)
        self.members_view.doubleClicked.connect(self._open_member)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.summary = hint_label()
        self.role = QComboBox()
        self.role.addItem(self.tr("Alle mit Rolle …"), None)
        for role in vocab.PERSON_ROLES:
            self.role.addItem(role, role)
        self.role.activated.connect(self.add_role)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        add_row = QHBoxLayout()
        add_row.addWidget(button(self.tr("Personen hinzufügen…"), self.add_people))
        add_row.addWidget(self.role)
        add_row.addWidget(button(self.tr("Entfernen"), self.remove_selected))
        add_row.addStretch()
        right_layout.addLayout(add_row)
        right_layout.addWidget(self.members_view, 1)
        right_layout.addWidget(self.summary)
        send_row = QHBoxLayout()
        send_row.addWidget(
            button(
                self.tr("Adressen kopieren (Outlook)"),
                self.copy_addresses,
                tip=self.tr("Alle Adressen, getrennt durch Semikolon, in die Zwischenablage"),
            )
        )
        send_row.addWidget(
            button(
                self.tr("E-Mail-Programm öffnen (Bcc)"),
                self.send_mail,
                tip=self.tr("Neue E-Mail mit allen Adressen im Feld »Bcc«"),
            )
        )
        send_row.addStretch()
        send_row.addWidget(
            button(
                self.tr("Adressetiketten…"),
                self.print_labels,
                tip=self.tr("Adressetiketten (Avery Zweckform 3475 oder 3422) für alle im Verteiler"),
            )
        )
        send_row.addWidget(button(self.tr("Exportieren (Excel)…"), self.export))
        right_layout.addLayout(send_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 710])  # the lists' names in full at 1280×800
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._list_id: int | None = None

    # --- loading ---------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_list_id()
        rows = list_mailing_lists(self.db)
        self.lists_model.set_rows(rows)
        row_index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if row_index >= 0:
            self.lists_view.selectRow(row_index)
        self.load_members()

    def current_list_id(self) -> int | None:
        rows = selected_rows(self.lists_view)
        return rows[0].id if rows else None

    def current_list(self):
        rows = selected_rows(self.lists_view)
        return rows[0] if rows else None

    @Slot()
    def load_members(self) -> None:
        current = self.current_list()
        rows = members(self.db, current.id) if current else []
        self.members_model.set_rows(rows)
        self.title.setText(current.name if current else self.tr("Kein Verteiler gewählt"))
        reachable = len(addresses(rows))
        text = count_text(len(rows), self.tr("Person"), self.tr("Personen"))
        if rows:
            text += self.tr(", davon erhalten %1 E-Mails").replace("%1", str(reachable))
        self.summary.setText(text)

    def _require_list(self):
        current = self.current_list()
        if current is None:
            dialogs.inform(self, self.tr("Verteiler"), self.tr("Bitte zuerst einen Verteiler wählen oder anlegen."))
        return current

    # --- lists -----------------------------------------------------------------------------------

    @Slot()
    def new_list(self) -> int | None:
        dialog = MailingListDialog(self.tr("Neuer Verteiler"), parent=self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            list_id = create_mailing_list(self.db, dialog.name.text(), dialog.description.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=self.tr("Neuer Verteiler"))
            return None
        self.load(list_id)
        return list_id

    @Slot()
    def rename_list(self) -> None:
        current = self._require_list()
        if current is None:
            return
        dialog = MailingListDialog(self.tr("Verteiler umbenennen"), current.name, current.description or "", self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            rename_mailing_list(self.db, current.id, dialog.name.text(), dialog.description.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=self.tr("Verteiler umbenennen"))
            return
        self.load(current.id)

    @Slot()
    def delete_list(self) -> None:
        current = self._require_list()
        if current is None:
            return
        if dialogs.ask(
            self,
            self.tr("Verteiler löschen"),
            self.tr("Den Verteiler »%1« löschen?").replace("%1", current.name),
            self.tr("Löschen"),
            self.tr("Die Personen selbst bleiben erhalten."),
        ):
            delete_mailing_list(self.db, current.id)
            self.load()

    # --- members ---------------------------------------------------------------------------------

    def add_to_list(self, list_id: int, person_ids: list[int]) -> int:
        added = add_members(self.db, list_id, person_ids)
        self.load(list_id)
        return added

    @Slot()
    def add_people(self) -> None:
        current = self._require_list()
        if current is None:
            return
        self.dialog = dialog = PersonPickerDialog(
            self.db, self.tr("Personen zu »%1« hinzufügen").replace("%1", current.name), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_to_list(current.id, dialog.chosen_ids())

    @Slot(int)
    def add_role(self, index: int) -> None:
        role = self.role.itemData(index)
        self.role.setCurrentIndex(0)
        current = self.current_list()
        if role is None or current is None:
            if role is not None:
                self._require_list()
            return
        ids = persons_by_role(self.db, role)
        added = self.add_to_list(current.id, ids)
        dialogs.inform(
            self,
            self.tr("Verteiler"),
            self.tr("%1 Personen mit der Rolle »%2« hinzugefügt.").replace("%1", str(added)).replace("%2", role),
        )

    @Slot()
    def remove_selected(self) -> None:
        current = self._require_list()
        rows = selected_rows(self.members_view)
        if current is None or not rows:
            return
        remove_members(self.db, current.id, [row.id for row in rows])
        self.load(current.id)

    @Slot()
    def _open_member(self) -> None:
        rows = selected_rows(self.members_view)
        if rows:
            self.open_person.emit(rows[0].id)

    # --- sending -----------------------------------------------------------------------------------

    @Slot()
    def copy_addresses(self) -> str:
        return copy_addresses(self, self.members_model.rows())

    @Slot()
    def send_mail(self) -> None:
        send_mail(self, self.members_model.rows())

    @Slot()
    def print_labels(self) -> None:
        """Ask for the label product, then preview the labels (or name who has no address)."""
        from PySide6.QtWidgets import QInputDialog

        from model.core.errors import UserError

        current = self._require_list()
        if current is None:
            return
        products = [self.tr("Avery Zweckform 3475 (70 × 36 mm)"), self.tr("Avery Zweckform 3422 (70 × 35 mm)")]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Adressetiketten"), self.tr("Etikettenbogen"), products, 0, False
        )
        if not ok:
            return
        try:
            pdf = self.labels_pdf(current.name, vocab.ADDRESS_LABEL_STOCKS[products.index(choice)])
        except UserError as exc:
            dialogs.warn(self, self.tr("Adressetiketten"), str(exc))
            return
        from ..pdf_preview import PdfPreviewDialog

        title = self.tr("Adressetiketten %1").replace("%1", current.name)
        self.dialog = dialog = PdfPreviewDialog(pdf, title, title, self)
        dialog.open()

    def labels_pdf(self, list_name: str, stock: str) -> bytes:
        from model.reporting import postal
        from model.settings.office import load_profile
        from reports.address_labels import address_labels_pdf

        people = postal.require_addresses(
            postal.recipients(self.db, postal.mailing_list_person_ids(self.db, list_name))
        )
        return address_labels_pdf([p.address_lines() for p in people], stock, load_profile(self.db).office_name)

    def export(self) -> None:
        current = self._require_list()
        if current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Verteiler exportieren"),
            f"Verteiler {safe_stem(current.name)}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        if not path:
            return
        self.export_to(path)

    def export_to(self, path: str) -> None:
        from reports.member_lists import export_mailing_list

        current = self._require_list()
        if current is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_mailing_list(self.db, current.id, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=self.tr("Verteiler exportieren"))
            return
