"""The organisation form (master data, memberships, programme areas, people, events) and the
picker of a new member municipality from the official NRW list."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core import vocab
from model.core.db import Database
from model.core.text import fold
from model.members import municipalities
from model.members.organisations import (
    AreaData,
    MembershipData,
    OrganisationData,
    delete_organisation,
    from_municipality,
    list_organisations,
    load_organisation,
    organisation_events,
    save_organisation,
)
from model.members.persons import list_persons
from model.services.conflicts import organisation_conflict

from .. import dialogs
from ..kit.columns import set_widths
from ..kit.dates import GermanDateEdit, from_qdate, to_qdate
from ..kit.dialog import Dialog
from ..kit.editor import EditorDialog, save_versioned
from ..kit.errors import show_error
from ..kit.keys import enter_stays_in
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .billing_tab import BillingTab
from .common import OptionalDateEdit, button, count_text, hint_label, search_field, set_combo_data

if TYPE_CHECKING:
    from .person_form import PersonDialog

PROGRAMMES = (
    "Sozialer Zusammenhalt",
    "Soziale Stadt",
    "Lebendige Zentren",
    "Wachstum und nachhaltige Erneuerung",
    "Stadtumbau West",
)


def _money(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents} €"


class MembershipDialog(Dialog):
    def __init__(self, item: MembershipData, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Mitgliedschaft"))
        self.setMinimumWidth(440)
        self.type = QComboBox()
        for value in vocab.MEMBERSHIP_TYPES:
            self.type.addItem(value, value)
        set_combo_data(self.type, item.type)
        self.since = GermanDateEdit()
        self.since.setDisplayFormat("dd.MM.yyyy")
        self.since.setDate(to_qdate(item.since) if item.since else QDate(dt.date.today().year, 1, 1))
        self.until = OptionalDateEdit(self.tr("beendet am"))
        self.until.set_value(item.until)
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1_000_000)
        self.fee.setDecimals(2)
        self.fee.setSuffix(" €")
        self.fee.setSpecialValueText(self.tr("kein Beitrag"))
        self.fee.setValue(float(item.annual_fee or 0))
        self.notes = QLineEdit(item.notes or "")
        form = QFormLayout()
        form.addRow(self.tr("Art"), self.type)
        form.addRow(self.tr("seit"), self.since)
        form.addRow(self.tr("Ende"), self.until)
        form.addRow(self.tr("Jahresbeitrag"), self.fee)
        form.addRow(self.tr("Notiz"), self.notes)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> MembershipData:
        fee = Decimal(str(round(self.fee.value(), 2))).quantize(Decimal("0.01")) if self.fee.value() else None
        return replace(
            self.item,
            type=self.type.currentData(),
            since=from_qdate(self.since.date()),
            until=self.until.value(),
            annual_fee=fee,
            notes=self.notes.text() or None,
        )


class AreaDialog(Dialog):
    def __init__(self, item: AreaData, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Programmgebiet"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(item.name)
        self.name.setPlaceholderText(self.tr("z. B. Gelsenkirchen-Bismarck"))
        self.programme = QComboBox()
        self.programme.setEditable(True)
        self.programme.addItems(PROGRAMMES)
        self.programme.setEditText(item.programme or PROGRAMMES[0])
        self.status = QComboBox()
        for value in vocab.PROGRAMME_AREA_STATUSES:
            self.status.addItem(value, value)
        set_combo_data(self.status, item.status)
        self.admitted = self._year(item.admitted_year)
        self.ended = self._year(item.ended_year)
        self.notes = QLineEdit(item.notes or "")
        form = QFormLayout()
        form.addRow(self.tr("Gebiet"), self.name)
        form.addRow(self.tr("Programm"), self.programme)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("aufgenommen"), self.admitted)
        form.addRow(self.tr("beendet"), self.ended)
        form.addRow(self.tr("Notiz"), self.notes)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _year(self, value: int | None) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1969, 2100)
        spin.setSpecialValueText("—")
        spin.setValue(value or 1969)
        return spin

    def value(self) -> AreaData:
        def year(spin: QSpinBox) -> int | None:
            return spin.value() if spin.value() != spin.minimum() else None

        return replace(
            self.item,
            name=self.name.text(),
            programme=self.programme.currentText(),
            status=self.status.currentData(),
            admitted_year=year(self.admitted),
            ended_year=year(self.ended),
            notes=self.notes.text() or None,
        )


class OrganisationDialog(EditorDialog):
    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
        data: OrganisationData | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.data = (
            load_organisation(db, organisation_id)
            if organisation_id
            else (data or OrganisationData(kind=vocab.OTHER_ORGANISATION))
        )
        self.setMinimumSize(820, 620)
        self.child: PersonDialog | None = None
        self.memberships: list[MembershipData] = []
        self.areas: list[AreaData] = []

        self.tabs = QTabWidget()
        self.tabs.addTab(self._master_tab(), self.tr("Stammdaten"))
        self.tabs.addTab(self._memberships_tab(), self.tr("Mitgliedschaften"))
        self.tabs.addTab(self._areas_tab(), self.tr("Programmgebiete"))
        self.tabs.addTab(self._people_tab(), self.tr("Personen"))
        self.events_model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda r: r.starts_at.date()),
                TableColumn(self.tr("Veranstaltung"), lambda r: r.title, tooltip=lambda r: r.title),
                TableColumn(self.tr("Art"), lambda r: r.kind),
                TableColumn(self.tr("Teilnehmende"), lambda r: r.participants, align_right=True),
                TableColumn(self.tr("Gastgeber"), lambda r: "✓" if r.host else ""),
            ],
            self,
        )
        events_view = make_table_view(self.events_model, stretch_column=1)
        set_widths(events_view, (0, 0, 130, 110, 90))  # the date fitted to its text
        self.tabs.addTab(events_view, self.tr("Veranstaltungen"))
        self.billing_tab = BillingTab(db, organisation_id)
        self.tabs.addTab(self.billing_tab, self.tr("Rechnungen"))

        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Speichern"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.delete_button = button(self.tr("Organisation löschen…"), self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._fill(self.data)

    # --- tabs ----------------------------------------------------------------------------------

    @property
    def stored_id(self) -> int:
        """The organisation's id; what needs it is offered only for a stored organisation."""
        if self.data.id is None:
            raise RuntimeError("organisation not stored yet")
        return self.data.id

    def _master_tab(self) -> QWidget:
        self.pick = QLineEdit()
        self.pick.setPlaceholderText(self.tr("Kommune aus der NRW-Liste suchen, z. B. Gelsenkirchen …"))
        labels = [m.label for m in municipalities.municipalities()]
        self._by_label = {m.label: m for m in municipalities.municipalities()}
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self.take_municipality)
        self.pick.setCompleter(completer)
        enter_stays_in(self.pick)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for value in vocab.ORGANISATION_KINDS:
            self.kind.addItem(value, value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.ags = QLineEdit()
        self.ags.setMaxLength(8)
        self.ags.setMaximumWidth(120)
        self.ags.setPlaceholderText("05…")
        self.ags.textChanged.connect(self._show_official)
        self.official = hint_label()
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(5)
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.notes = QPlainTextEdit()
        ags_row = QHBoxLayout()
        ags_row.addWidget(self.ags)
        ags_row.addWidget(self.official, 1)
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        self.pick_label = QLabel(self.tr("Aus NRW-Liste"))
        form = QFormLayout()
        form.addRow(self.pick_label, self.pick)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("AGS"), ags_row)
        form.addRow(self.tr("Straße"), self.street)
        form.addRow(self.tr("PLZ, Ort"), place)
        form.addRow(self.tr("Telefon"), self.phone)
        form.addRow(self.tr("E-Mail"), self.email)
        form.addRow(self.tr("Internet"), self.website)
        form.addRow(self.tr("Notizen"), self.notes)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(form)
        return tab

    def _list_tab(self, model: RowTableModel, add, edit, remove) -> tuple[QWidget, QTableView]:
        view = make_table_view(model, stretch_column=len(model.columns()) - 1)
        view.doubleClicked.connect(edit)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Hinzufügen…"), add))
        row.addWidget(button(self.tr("Bearbeiten…"), edit))
        row.addWidget(button(self.tr("Entfernen"), remove))
        row.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return tab, view

    def _memberships_tab(self) -> QWidget:
        self.memberships_model = RowTableModel(
            [
                TableColumn(self.tr("Art"), lambda m: m.type),
                TableColumn(self.tr("seit"), lambda m: m.since),
                TableColumn(self.tr("bis"), lambda m: m.until),
                TableColumn(
                    self.tr("Jahresbeitrag"),
                    lambda m: m.annual_fee,
                    display=lambda m: _money(m.annual_fee),
                    align_right=True,
                ),
                TableColumn(self.tr("Notiz"), lambda m: m.notes, tooltip=lambda m: m.notes or ""),
            ],
            self,
        )
        tab, self.memberships_view = self._list_tab(
            self.memberships_model, self.add_membership, self.edit_membership, self.remove_membership
        )
        return tab

    def _areas_tab(self) -> QWidget:
        self.areas_model = RowTableModel(
            [
                TableColumn(self.tr("Gebiet"), lambda a: a.name),
                TableColumn(self.tr("Programm"), lambda a: a.programme),
                TableColumn(self.tr("Status"), lambda a: a.status),
                TableColumn(
                    self.tr("aufgenommen"), lambda a: a.admitted_year, display=lambda a: str(a.admitted_year or "")
                ),
                TableColumn(self.tr("beendet"), lambda a: a.ended_year, display=lambda a: str(a.ended_year or "")),
                TableColumn(self.tr("Notiz"), lambda a: a.notes, tooltip=lambda a: a.notes or ""),
            ],
            self,
        )
        tab, self.areas_view = self._list_tab(self.areas_model, self.add_area, self.edit_area, self.remove_area)
        return tab

    def _people_tab(self) -> QWidget:
        self.people_model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.sort_name, tooltip=lambda p: p.name),
                TableColumn(self.tr("Funktion"), lambda p: p.function, tooltip=lambda p: p.function or ""),
                TableColumn(self.tr("Rolle"), lambda p: p.role),
                TableColumn(self.tr("E-Mail"), lambda p: p.email),
                TableColumn(self.tr("Telefon"), lambda p: p.phone),
            ],
            self,
        )
        self.people_view = make_table_view(self.people_model, stretch_column=1)
        set_widths(self.people_view, (180, 0, 160, 220, 120))
        self.people_view.doubleClicked.connect(self.open_person)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Neue Person…"), self.new_person))
        row.addWidget(button(self.tr("Person öffnen…"), self.open_person))
        row.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.people_view, 1)
        layout.addLayout(row)
        return tab

    def first_field(self) -> QWidget | None:
        return self.name if self.data.id is None else None

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "Name": self.name,
            "Art": self.kind,
            "AGS": self.ags,
            "PLZ": self.postcode,
            "E-Mail": self.email,
            "Straße": self.street,
            "Ort": self.city,
            "Telefon": self.phone,
            "Internet": self.website,
            "Mitgliedschaften": self.memberships_view,
            "Mitgliedschaft": self.memberships_view,
            "Programmgebiete": self.areas_view,
            "Programmgebiet": self.areas_view,
            "Status": self.areas_view,
            **self.billing_tab.field_widgets(),
        }

    # --- data ------------------------------------------------------------------------------------

    def _fill(self, data: OrganisationData) -> None:
        self.name.setText(data.name or "")
        set_combo_data(self.kind, data.kind)
        self.ags.setText(data.ags or "")
        self.street.setText(data.street or "")
        self.postcode.setText(data.postcode or "")
        self.city.setText(data.city or "")
        self.phone.setText(data.phone or "")
        self.email.setText(data.email or "")
        self.website.setText(data.website or "")
        self.notes.setPlainText(data.notes or "")
        self.memberships = [replace(m) for m in data.memberships]
        self.areas = [replace(a) for a in data.areas]
        self.memberships_model.set_rows(self.memberships)
        self.areas_model.set_rows(self.areas)
        known = data.id is not None
        self.tabs.setTabEnabled(3, known)
        self.tabs.setTabEnabled(4, known)
        self.delete_button.setVisible(known)
        if data.id is not None:
            self.people_model.set_rows([p for p in list_persons(self.db, organisation_id=data.id) if not p.anonymised])
            self.events_model.set_rows(organisation_events(self.db, data.id))
            self.setWindowTitle(self.tr("Organisation: %1").replace("%1", data.name))
            self.heading.setText(data.name)
        else:
            self.setWindowTitle(self.tr("Neue Organisation"))
            self.heading.setText(data.name or self.tr("Neue Organisation"))
        self._kind_changed()
        self._update_tab_titles()
        self.mark_clean()

    def _update_tab_titles(self) -> None:
        counts = (
            None,
            self.memberships_model.rowCount(),
            self.areas_model.rowCount(),
            self.people_model.rowCount(),
            self.events_model.rowCount(),
        )
        titles = (
            self.tr("Stammdaten"),
            self.tr("Mitgliedschaften"),
            self.tr("Programmgebiete"),
            self.tr("Personen"),
            self.tr("Veranstaltungen"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def collect(self) -> OrganisationData:
        return OrganisationData(
            name=self.name.text(),
            kind=self.kind.currentData(),
            ags=self.ags.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            memberships=[replace(m) for m in self.memberships],
            areas=[replace(a) for a in self.areas],
            id=self.data.id,
            version=self.data.version,
        )

    @staticmethod
    def _comparable(data: OrganisationData) -> dict:
        values = asdict(data)
        values.pop("version")
        return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}

    def editor_state(self) -> dict:
        return self._comparable(self.collect())

    def unsaved_text(self) -> str:
        return self.tr("Die Änderungen an dieser Organisation sind noch nicht gespeichert.")

    def save_edits(self) -> bool:
        return self.save()

    def is_dirty(self) -> bool:
        return super().is_dirty() or self.billing_tab.is_dirty()

    @Slot()
    def _kind_changed(self) -> None:
        municipal = self.kind.currentData() == vocab.MUNICIPALITY
        self.pick.setVisible(municipal)
        self.pick_label.setVisible(municipal)

    @Slot()
    def _show_official(self) -> None:
        found = municipalities.by_ags(self.ags.text().strip())
        if found is None:
            self.official.setText(self.tr("nicht in der NRW-Liste") if len(self.ags.text().strip()) == 8 else "")
            return
        where = self.tr("kreisfrei") if found.is_kreisfrei else found.kreis
        people = f"{found.population:,}".replace(",", ".")
        self.official.setText(
            f"{found.official_name} · {where} · {self.tr('Regierungsbezirk')} "
            f"{found.regierungsbezirk} · {people} {self.tr('Einwohner')}"
        )

    @Slot(str)
    def take_municipality(self, label: str) -> None:
        found = self._by_label.get(label)
        if found is None:
            return
        self.name.setText(found.official_name)
        set_combo_data(self.kind, vocab.MUNICIPALITY)
        self.ags.setText(found.ags)
        if not self.postcode.text().strip() or self.data.id is None:
            self.postcode.setText(found.postcode)
        self.city.setText(found.name)
        self.pick.clear()

    # --- memberships and areas -----------------------------------------------------------------------

    def _edit(self, dialog_class, items: list, model: RowTableModel, view, index: int | None, new_item) -> None:
        item = items[index] if index is not None else new_item
        dialog = dialog_class(item, self)
        self.child = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        if index is None:
            items.append(value)
        else:
            items[index] = value
        model.set_rows(items)
        self._update_tab_titles()

    def _selected_index(self, view, items: list) -> int | None:
        rows = selected_rows(view)
        if not rows:
            dialogs.inform(self, self.windowTitle(), self.tr("Bitte zuerst eine Zeile auswählen."))
            return None
        return next(i for i, item in enumerate(items) if item is rows[0])

    @Slot()
    def add_membership(self) -> None:
        self._edit(
            MembershipDialog,
            self.memberships,
            self.memberships_model,
            self.memberships_view,
            None,
            MembershipData(vocab.MEMBER, dt.date(dt.date.today().year, 1, 1)),
        )

    @Slot()
    def edit_membership(self) -> None:
        index = self._selected_index(self.memberships_view, self.memberships)
        if index is not None:
            self._edit(MembershipDialog, self.memberships, self.memberships_model, self.memberships_view, index, None)

    @Slot()
    def remove_membership(self) -> None:
        index = self._selected_index(self.memberships_view, self.memberships)
        if index is not None:
            del self.memberships[index]
            self.memberships_model.set_rows(self.memberships)
            self._update_tab_titles()

    @Slot()
    def add_area(self) -> None:
        self._edit(AreaDialog, self.areas, self.areas_model, self.areas_view, None, AreaData())

    @Slot()
    def edit_area(self) -> None:
        index = self._selected_index(self.areas_view, self.areas)
        if index is not None:
            self._edit(AreaDialog, self.areas, self.areas_model, self.areas_view, index, None)

    @Slot()
    def remove_area(self) -> None:
        index = self._selected_index(self.areas_view, self.areas)
        if index is not None:
            del self.areas[index]
            self.areas_model.set_rows(self.areas)
            self._update_tab_titles()

    # --- people -------------------------------------------------------------------------------------

    @Slot()
    def new_person(self) -> None:
        from .person_form import PersonDialog

        self.child = child = PersonDialog(self.db, parent=self, organisation_id=self.data.id)
        child.saved.connect(self._people_changed)
        child.open()

    @Slot()
    def open_person(self) -> None:
        from .person_form import PersonDialog

        rows = selected_rows(self.people_view)
        if not rows:
            return
        self.child = child = PersonDialog(self.db, rows[0].id, parent=self)
        child.saved.connect(self._people_changed)
        child.open()

    @Slot()
    def _people_changed(self) -> None:
        self.people_model.set_rows([p for p in list_persons(self.db, organisation_id=self.data.id) if not p.anonymised])

    # --- saving ---------------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        if not self.dates_accepted():
            return False
        return self._write(self.collect())

    def _write(self, data: OrganisationData) -> bool:
        title = self.tr("Organisation speichern")
        try:
            billing = self.billing_tab.checked()  # checked before anything is saved
            saved = save_versioned(
                self,
                title,
                self.tr("Jemand anderes hat diese Organisation gespeichert, während sie hier offen war."),
                lambda version: save_organisation(self.db, data if version is None else replace(data, version=version)),
                lambda: organisation_conflict(self.db, data),
                self._reload,
            )
            if saved is not None and saved.id is not None:
                self.billing_tab.save(saved.id, billing)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=title, fields=self.field_widgets())
            return False
        if saved is None:
            return False
        self.data = saved
        self.mark_clean()
        self.saved.emit(saved.id)
        self.accept()
        return True

    def _reload(self) -> None:
        self.data = load_organisation(self.db, self.stored_id)
        self._fill(self.data)

    @Slot()
    def delete(self) -> None:
        title = self.tr("Organisation löschen")
        if not dialogs.ask(
            self,
            title,
            self.tr("»%1« löschen?").replace("%1", self.data.name),
            self.tr("Löschen"),
            self.tr(
                "Mitgliedschaften und Programmgebiete werden mit gelöscht. Das geht nur, "
                "solange ihr keine Personen und Veranstaltungen zugeordnet sind."
            ),
        ):
            return
        try:
            delete_organisation(self.db, self.stored_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=title)
            return
        self.mark_clean()
        self.saved.emit(self.stored_id)
        super().accept()


class MunicipalityPickerDialog(Dialog):
    """A new member municipality: search the official NRW list instead of typing."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Mitgliedskommune"))
        fit_to_screen(self, 960, 560)
        taken = {row.ags: row.name for row in list_organisations(db) if row.ags}
        self._all = [(m, taken.get(m.ags)) for m in municipalities.municipalities()]
        self.search = search_field(self.tr("Name der Stadt oder Gemeinde …"), self.run_search, self)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda r: r[0].official_name),
                TableColumn(self.tr("Kreis"), lambda r: self.tr("kreisfrei") if r[0].is_kreisfrei else r[0].kreis),
                TableColumn(self.tr("Regierungsbezirk"), lambda r: r[0].regierungsbezirk),
                TableColumn(
                    self.tr("Einwohner"),
                    lambda r: r[0].population,
                    display=lambda r: f"{r[0].population:,}".replace(",", "."),
                    align_right=True,
                ),
                TableColumn(self.tr("AGS"), lambda r: r[0].ags),
                TableColumn(self.tr("erfasst als"), lambda r: r[1] or ""),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=5)
        set_widths(self.view, (230, 170, 130, 90, 90))
        self.view.doubleClicked.connect(self.accept)
        self.hint = hint_label()
        buttons = QDialogButtonBox()
        self.take = buttons.addButton(self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Name, Gemeindeschlüssel, Kreis, Regierungsbezirk und Postleitzahl "
                    "kommen aus dem amtlichen Gemeindeverzeichnis (Destatis)."
                )
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.run_search()

    @Slot()
    def run_search(self) -> None:
        needle = fold(self.search.text())
        rows = [r for r in self._all if not needle or needle in fold(r[0].name) or needle in r[0].ags]
        rows.sort(key=lambda r: (not fold(r[0].name).startswith(needle), fold(r[0].name)))
        self.model.set_rows(rows)
        self.hint.setText(count_text(len(rows), self.tr("Kommune"), self.tr("Kommunen")))
        if rows:
            self.view.selectRow(0)

    def accept(self) -> None:  # Qt override
        rows = selected_rows(self.view)
        if not rows:
            return
        if rows[0][1]:
            dialogs.inform(
                self,
                self.windowTitle(),
                self.tr("%1 ist schon erfasst (als »%2«).")
                .replace("%1", rows[0][0].official_name)
                .replace("%2", rows[0][1]),
            )
            return
        super().accept()

    def chosen(self) -> OrganisationData | None:
        rows = selected_rows(self.view)
        if not rows:
            return None
        data = from_municipality(rows[0][0].ags)
        data.memberships = [MembershipData(vocab.MEMBER, dt.date.today())]
        return data
