"""The person form: master data, consent and data protection, participation, change history.

Loads the person into plain data (no session is kept), saves in one transaction and asks
before unsaved changes are lost. If someone else saved the person meanwhile, it says so and
offers to reload or to compare both versions and keep one's own (``gui.conflict_dialog``).
"""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core import vocab
from model.core.db import Database
from model.core.errors import ValidationError
from model.core.vocab import NO_SALUTATION
from model.members.persons import (
    FIELD_LABELS,
    PersonData,
    consent_state,
    email_taken,
    load_person,
    organisation_choices,
    person_history,
    person_registrations,
    save_person,
)
from model.services.conflicts import person_conflict
from model.settings.chambers import categories, ordered_chambers

from .. import dialogs
from ..kit.columns import set_widths
from ..kit.editor import EditorDialog, save_versioned
from ..kit.errors import show_error
from ..kit.keys import enter_stays_in
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view
from .common import OptionalDateEdit, button, hint_label, set_combo_data

CONSENT_SCOPES = (
    "Einladungen und Informationen per E-Mail",
    "Einladungen und Teilnehmendenlisten",
    "Veröffentlichung in Teilnehmendenlisten",
    "Fotos und Berichte",
)
CONSENT_SOURCES = ("Anmeldeformular", "E-Mail", "Einwilligungserklärung (Papier)", "mündlich (notiert)")


class PersonDialog(EditorDialog):
    saved = Signal(int)  # the person's id, after every successful save (and anonymisation)

    def __init__(
        self,
        db: Database,
        person_id: int | None = None,
        parent: QWidget | None = None,
        organisation_id: int | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.data = load_person(db, person_id) if person_id else PersonData(organisation_id=organisation_id)
        self.setMinimumSize(780, 600)
        self.child: QDialog | None = None  # a sub-dialog currently open (tests reach it here)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_tab(), self.tr("Person"))
        self.tabs.addTab(self._consent_tab(), self.tr("Einwilligung und Datenschutz"))
        self.registrations_model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda r: r.starts_at.date()),
                TableColumn(self.tr("Veranstaltung"), lambda r: r.title, tooltip=lambda r: r.title),
                TableColumn(self.tr("Art"), lambda r: r.kind),
                TableColumn(self.tr("Status"), lambda r: r.status),
                TableColumn(self.tr("Rolle"), lambda r: r.role),
            ],
            self,
        )
        self.registrations_view = make_table_view(self.registrations_model, stretch_column=1)
        set_widths(self.registrations_view, (0, 0, 130, 0, 110))  # date and status fitted to their text
        self.tabs.addTab(self.registrations_view, self.tr("Teilnahmen"))
        self.history_model = RowTableModel(
            [
                TableColumn(self.tr("Zeitpunkt"), lambda h: h.at),
                TableColumn(self.tr("Benutzer"), lambda h: h.user),
                TableColumn(self.tr("Vorgang"), lambda h: h.action),
                TableColumn(
                    self.tr("Änderungen"),
                    lambda h: h.change_text() or h.summary,
                    tooltip=lambda h: "\n".join(filter(None, (h.summary, h.change_text().replace("; ", "\n")))),
                ),
            ],
            self,
        )
        self.history_view = make_table_view(self.history_model, stretch_column=3)
        set_widths(self.history_view, (130, 100, 150))
        self.tabs.addTab(self.history_view, self.tr("Verlauf"))

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Speichern"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._fill(self.data)

    # --- building ---------------------------------------------------------------------

    @property
    def stored_id(self) -> int:
        """The person's id; what needs it is offered only for a stored person."""
        if self.data.id is None:
            raise RuntimeError("person not stored yet")
        return self.data.id

    def _line(self, limit: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        return edit

    def _person_tab(self) -> QWidget:
        self.salutation = QComboBox()
        for value in vocab.SALUTATIONS:
            self.salutation.addItem(value if value != NO_SALUTATION else self.tr("(ohne)"), value)
        self.title = self._line(50)
        self.title.setPlaceholderText(self.tr("z. B. Dr."))
        self.first_name = self._line(100)
        self.last_name = self._line(100)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem("", None)
        for org_id, name, _kind in organisation_choices(self.db):
            self.organisation.addItem(name, org_id)
        completer, line = self.organisation.completer(), self.organisation.lineEdit()
        assert completer is not None and line is not None  # an editable combo box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setPlaceholderText(self.tr("Organisation suchen …"))
        enter_stays_in(self.organisation)
        self.department = self._line()
        self.function = self._line()
        self.role = QComboBox()
        self.role.addItem("", None)
        for value in vocab.PERSON_ROLES:
            self.role.addItem(value, value)
        self.email = self._line()
        self.phone = self._line(50)
        self.mobile = self._line(50)
        self.street = self._line()
        self.postcode = self._line(10)
        self.postcode.setFixedWidth(70)
        self.city = self._line(100)
        self.chamber = QComboBox()
        self.chamber.addItem(self.tr("(keine)"), None)
        for chamber in ordered_chambers(self.db):  # the NRW chambers first, then those of the other Länder
            self.chamber.addItem(chamber.code, chamber.code)
            self.chamber.setItemData(self.chamber.count() - 1, chamber.name, Qt.ItemDataRole.ToolTipRole)
        self.chamber_number = self._line(50)
        self.chamber_category = QComboBox()  # member group of the chamber's rules (IK-Bau: Pflichtmitglied …)
        self.chamber_category.setEditable(True)
        category_line = self.chamber_category.lineEdit()
        assert category_line is not None  # editable
        category_line.setMaxLength(60)
        self.chamber.currentIndexChanged.connect(self._offer_categories)
        self.active = QCheckBox(self.tr("aktiv (erhält Einladungen)"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("z. B. Vertretung, Erreichbarkeit, Absprachen"))

        place = QHBoxLayout()
        place.setSpacing(6)
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        rows: list[tuple[str, QWidget, str, QWidget | QHBoxLayout]] = [
            (self.tr("Anrede"), self.salutation, self.tr("E-Mail"), self.email),
            (self.tr("Titel"), self.title, self.tr("Telefon"), self.phone),
            (self.tr("Vorname"), self.first_name, self.tr("Mobil"), self.mobile),
            (self.tr("Nachname"), self.last_name, self.tr("Straße"), self.street),
            (self.tr("Organisation"), self.organisation, self.tr("PLZ, Ort"), place),
            (self.tr("Abteilung"), self.department, self.tr("Kammer"), self.chamber),
            (self.tr("Funktion"), self.function, self.tr("Mitgliedsnummer"), self.chamber_number),
            (self.tr("Rolle"), self.role, self.tr("Mitgliedergruppe"), self.chamber_category),
            ("", QWidget(), "", self.active),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, (left_label, left_field, right_label, right_field) in enumerate(rows):
            grid.addWidget(QLabel(left_label), row, 0)
            grid.addWidget(left_field, row, 1)
            grid.addWidget(QLabel(right_label), row, 3)
            if isinstance(right_field, QHBoxLayout):
                grid.addLayout(right_field, row, 4)
            else:
                grid.addWidget(right_field, row, 4)
        grid.setColumnMinimumWidth(2, 18)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        for combo in (self.salutation, self.organisation, self.role, self.chamber):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Notizen")))
        layout.addWidget(self.notes, 1)
        return tab

    def _consent_tab(self) -> QWidget:
        self.consent_date = OptionalDateEdit(self.tr("erteilt am"))
        self.consent_scope = QComboBox()
        self.consent_scope.setEditable(True)
        self.consent_scope.addItem("")
        self.consent_scope.addItems(CONSENT_SCOPES)
        self.consent_source = QComboBox()
        self.consent_source.setEditable(True)
        self.consent_source.addItem("")
        self.consent_source.addItems(CONSENT_SOURCES)
        self.consent_withdrawn = OptionalDateEdit(self.tr("widerrufen am"))
        self.consent_status = QLabel()
        self.consent_date.changed.connect(self._show_consent_state)
        self.consent_withdrawn.changed.connect(self._show_consent_state)
        form = QFormLayout()
        form.addRow(self.tr("Stand"), self.consent_status)
        form.addRow(self.tr("Einwilligung"), self.consent_date)
        form.addRow(self.tr("gilt für"), self.consent_scope)
        form.addRow(self.tr("erteilt über"), self.consent_source)
        form.addRow(self.tr("Widerruf"), self.consent_withdrawn)
        consent = QGroupBox(self.tr("Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)"))
        consent.setLayout(form)

        self.information_button = button(self.tr("Auskunft nach Art. 15 erstellen…"), self.information)
        self.anonymise_button = button(self.tr("Anonymisieren…"), self.anonymise)
        rights = QGroupBox(self.tr("Rechte der Person"))
        rights_layout = QVBoxLayout(rights)
        rights_layout.addWidget(
            hint_label(
                self.tr(
                    "Auskunft: alle gespeicherten Angaben als PDF oder Excel, dazu maschinenlesbar als JSON. "
                    "Anonymisieren: persönliche Angaben werden gelöscht, die Teilnahmen bleiben ohne Namen für die Statistik."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.information_button)
        row.addWidget(self.anonymise_button)
        row.addStretch()
        rights_layout.addLayout(row)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(consent)
        layout.addWidget(rights)
        layout.addStretch()
        return tab

    def first_field(self) -> QWidget | None:
        return self.salutation if self.data.id is None else None

    def field_widgets(self) -> dict[str, QWidget]:
        """Widget per field label, to put the cursor where a validation error points."""
        return {
            "Anrede": self.salutation,
            "Titel": self.title,
            "Vorname": self.first_name,
            "Nachname": self.last_name,
            "Organisation": self.organisation,
            "Abteilung": self.department,
            "Funktion": self.function,
            "Rolle": self.role,
            "E-Mail": self.email,
            "Telefon": self.phone,
            "Mobil": self.mobile,
            "Straße": self.street,
            "PLZ": self.postcode,
            "Ort": self.city,
            "Kammer": self.chamber,
            FIELD_LABELS["chamber_number"]: self.chamber_number,
            FIELD_LABELS["consent_date"]: self.consent_date,
            FIELD_LABELS["consent_scope"]: self.consent_scope,
            FIELD_LABELS["consent_source"]: self.consent_source,
            FIELD_LABELS["consent_withdrawn_on"]: self.consent_withdrawn,
            "Notizen": self.notes,
        }

    # --- data in and out ------------------------------------------------------------------

    def _fill(self, data: PersonData) -> None:
        set_combo_data(self.salutation, data.salutation)
        self.title.setText(data.title or "")
        self.first_name.setText(data.first_name or "")
        self.last_name.setText(data.last_name or "")
        set_combo_data(self.organisation, data.organisation_id)
        self.department.setText(data.department or "")
        self.function.setText(data.function or "")
        set_combo_data(self.role, data.role)
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.mobile.setText(data.mobile or "")
        self.street.setText(data.street or "")
        self.postcode.setText(data.postcode or "")
        self.city.setText(data.city or "")
        set_combo_data(self.chamber, data.chamber)
        self._offer_categories()
        self.chamber_category.setEditText(data.chamber_category or "")
        self.chamber_number.setText(data.chamber_number or "")
        self.active.setChecked(data.active)
        self.notes.setPlainText(data.notes or "")
        self.consent_date.set_value(data.consent_date)
        self.consent_scope.setEditText(data.consent_scope or "")
        self.consent_source.setEditText(data.consent_source or "")
        self.consent_withdrawn.set_value(data.consent_withdrawn_on)
        self._show_consent_state()
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long addresses show their beginning
        known = data.id is not None
        for index in (2, 3):
            self.tabs.setTabEnabled(index, known)
        self.information_button.setEnabled(known)
        self.anonymise_button.setEnabled(known and data.anonymised_at is None)
        if data.id is not None:
            self.registrations_model.set_rows(person_registrations(self.db, data.id))
            self.history_model.set_rows(person_history(self.db, data.id))
        self._update_title()
        self.save_button.setEnabled(data.anonymised_at is None)
        self.mark_clean()

    @Slot()
    def _offer_categories(self) -> None:
        text = self.chamber_category.currentText()
        self.chamber_category.clear()
        self.chamber_category.addItem("")
        self.chamber_category.addItems(categories(self.db, self.chamber.currentData()))
        self.chamber_category.setEditText(text)

    def _update_title(self) -> None:
        if self.data.id is None:
            self.setWindowTitle(self.tr("Neue Person"))
            self.heading.setText(self.tr("Neue Person"))
        else:
            self.setWindowTitle(self.tr("Person: %1").replace("%1", self.data.name))
            self.heading.setText(self.data.name)

    def _organisation_id(self) -> int | None:
        text = self.organisation.currentText().strip()
        if not text:
            return None
        index = self.organisation.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValidationError(
                self.tr(
                    "Die Organisation »%1« ist nicht bekannt; bitte aus der Liste wählen "
                    "oder zuerst unter »Mitglieder« anlegen."
                ).replace("%1", text),
                "Organisation",
            )
        return self.organisation.itemData(index)

    def collect(self) -> PersonData:
        try:
            organisation_id = self._organisation_id()
        except ValidationError:
            organisation_id = -1  # unknown text: differs from anything loaded
        return PersonData(
            salutation=self.salutation.currentData(),
            title=self.title.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation_id=organisation_id,
            department=self.department.text(),
            function=self.function.text(),
            role=self.role.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            chamber=self.chamber.currentData(),
            chamber_number=self.chamber_number.text(),
            chamber_category=self.chamber_category.currentText(),
            consent_date=self.consent_date.value(),
            consent_scope=self.consent_scope.currentText(),
            consent_source=self.consent_source.currentText(),
            consent_withdrawn_on=self.consent_withdrawn.value(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
            id=self.data.id,
            version=self.data.version,
            anonymised_at=self.data.anonymised_at,
        )

    @staticmethod
    def _comparable(data: PersonData) -> dict:
        values = asdict(data)
        values.pop("version", None)
        return {
            k: (v.strip() if isinstance(v, str) else v) or None if not isinstance(v, bool) else v
            for k, v in values.items()
        }

    def editor_state(self) -> dict:
        return self._comparable(self.collect())

    def unsaved_text(self) -> str:
        return self.tr("Die Änderungen an dieser Person sind noch nicht gespeichert.")

    def save_edits(self) -> bool:
        return self.save()

    @Slot()
    def _show_consent_state(self) -> None:
        state = consent_state(self.consent_date.value(), self.consent_withdrawn.value())
        texts = {
            "erteilt": self.tr("✓ Einwilligung erteilt"),
            "fehlt": self.tr("keine Einwilligung erfasst"),
            "widerrufen": self.tr("✗ widerrufen – erhält keine E-Mails aus Verteilern"),
        }
        self.consent_status.setText(texts[state])

    # --- actions -----------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        if not self.dates_accepted():
            return False
        title = self.tr("Person speichern")
        try:
            data = self.collect()
            data.organisation_id = self._organisation_id()
            if data.email and data.email.strip():
                other = email_taken(self.db, data.email, except_id=data.id)
                if other and not dialogs.ask(
                    self,
                    title,
                    self.tr("Die E-Mail-Adresse %1 gehört schon zu %2. Ist das vielleicht dieselbe Person?")
                    .replace("%1", data.email.strip())
                    .replace("%2", other),
                    self.tr("Trotzdem speichern"),
                    self.tr("Unter »Dubletten« können zwei Datensätze zusammengeführt werden."),
                    reject=self.tr("Zurück"),
                ):
                    return False
        except Exception as exc:  # noqa: BLE001 - known errors are shown, bugs go to the hook
            show_error(self, exc, title=title, fields=self.field_widgets())
            return False
        return self._write(data)

    def _write(self, data: PersonData) -> bool:
        saved = self._store(data)
        if saved is None:
            return False
        self.data = saved
        self.mark_clean()
        self.saved.emit(saved.id)
        self.accept()
        return True

    def _store(self, data: PersonData) -> PersonData | None:
        """Save; the saved data, or None when nothing was saved (the user was told why)."""
        title = self.tr("Person speichern")
        try:
            return save_versioned(
                self,
                title,
                self.tr("Jemand anderes hat diese Person gespeichert, während sie hier offen war."),
                lambda version: save_person(self.db, data if version is None else replace(data, version=version)),
                lambda: person_conflict(self.db, data),
                self._reload,
            )
        except Exception as exc:  # noqa: BLE001 - known errors are shown, bugs go to the hook
            show_error(self, exc, title=title, fields=self.field_widgets())
            return None

    def _reload(self) -> None:
        self.data = load_person(self.db, self.stored_id)
        self._fill(self.data)

    @Slot()
    def information(self) -> None:
        from .privacy import InformationDialog

        if self.is_dirty() and not self.save_first():
            return
        self.child = child = InformationDialog(self.db, self.stored_id, self.data.name, self)
        child.finished.connect(self._refresh_history)
        child.open()

    def save_first(self) -> bool:
        if dialogs.ask(
            self, self.tr("Erst speichern"), self.tr("Die Änderungen werden zuerst gespeichert."), self.tr("Speichern")
        ):
            saved = self._store(self.collect() if self._organisation_ok() else self.data)
            if saved is None:
                return False
            self.data = saved
            self._fill(self.data)
            self.saved.emit(self.data.id)
            return True
        return False

    def _organisation_ok(self) -> bool:
        try:
            self._organisation_id()
        except ValidationError:
            return False
        return True

    @Slot()
    def _refresh_history(self) -> None:
        if self.data.id is not None:
            self.history_model.set_rows(person_history(self.db, self.data.id))

    @Slot()
    def anonymise(self) -> None:
        from .privacy import confirm_and_anonymise

        if confirm_and_anonymise(self, self.db, self.stored_id, self.data.version):
            self.saved.emit(self.data.id)
            self.mark_clean()
            super().accept()
