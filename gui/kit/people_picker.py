"""Choosing people from the address book: by search (several at once), a whole Verteiler, or
all current members of a working group. Used wherever people are added in a group: event
registrations and invitations, working-group members, trip participants."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.events.events import form_choices
from model.events.participants import (
    PersonChoice,
    mailing_list_person_ids,
    mailing_lists,
    search_people,
    working_group_person_ids,
)

from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .columns import prefer_widths
from .dialog import Dialog
from .keys import enter_stays_in
from .screen import fit_to_screen


def _hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageSubtitle")
    label.setWordWrap(True)
    return label


def _fill_combo(combo: QComboBox, items: list[tuple[str, int]], none_text: str) -> None:
    combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)


def _people_model(parent) -> RowTableModel:
    translate = QCoreApplication.translate
    return RowTableModel(
        [
            TableColumn(translate("PeoplePickerDialog", "Name"), lambda p: p.name),
            TableColumn(
                translate("PeoplePickerDialog", "Organisation"),
                lambda p: p.organisation,
                tooltip=lambda p: p.organisation or "",
            ),
            TableColumn(translate("PeoplePickerDialog", "E-Mail"), lambda p: p.email),
        ],
        parent,
    )


class PeoplePickerDialog(Dialog):
    """Returns ``chosen_ids()``; with ``roles`` the user also picks the role for all of them."""

    def __init__(
        self,
        db: Database,
        title: str,
        *,
        multiple: bool = True,
        roles: tuple[str, ...] = (),
        default_role: str | None = None,
        accept_text: str | None = None,
        sources: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.multiple = multiple
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 560)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, Organisation, Funktion oder E-Mail …"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.run_search)
        enter_stays_in(self.search)
        self.search_model = _people_model(self)
        self.search_view = make_table_view(self.search_model, stretch_column=1, multi_select=multiple)
        prefer_widths(self.search_view, {0: 220, 2: 240})
        self.search_view.doubleClicked.connect(self._accept_double_click)
        self.search_hint = _hint_label()
        search_tab = QWidget()
        layout = QVBoxLayout(search_tab)
        layout.addWidget(self.search)
        layout.addWidget(self.search_view, 1)
        layout.addWidget(self.search_hint)

        self.tabs = QTabWidget()
        self.tabs.addTab(search_tab, self.tr("Suchen"))
        self.list_combo = QComboBox()
        self.group_combo = QComboBox()
        if sources and multiple:
            self.list_model = _people_model(self)
            self.group_model = _people_model(self)
            _fill_combo(
                self.list_combo,
                [(f"{name} ({count})", list_id) for list_id, name, count in mailing_lists(db)],
                self.tr("— Verteiler wählen —"),
            )
            _fill_combo(
                self.group_combo,
                [(c.name, c.id) for c in form_choices(db).working_groups],
                self.tr("— Arbeitsgruppe wählen —"),
            )
            self.list_combo.currentIndexChanged.connect(self._show_list)
            self.group_combo.currentIndexChanged.connect(self._show_group)
            self.tabs.addTab(
                self._source_tab(
                    self.list_combo, self.list_model, self.tr("Alle aktiven Personen des Verteilers werden übernommen.")
                ),
                self.tr("Verteiler"),
            )
            self.tabs.addTab(
                self._source_tab(
                    self.group_combo,
                    self.group_model,
                    self.tr("Alle heutigen Mitglieder der Arbeitsgruppe werden übernommen."),
                ),
                self.tr("Arbeitsgruppe"),
            )

        self.role = QComboBox()
        for role in roles:
            self.role.addItem(role, role)
        if default_role:
            self.role.setCurrentIndex(max(0, self.role.findData(default_role)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text or self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        if roles:
            bottom.addWidget(QLabel(self.tr("Rolle")))
            bottom.addWidget(self.role)
        bottom.addStretch()
        bottom.addWidget(buttons)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs, 1)
        main.addLayout(bottom)
        self.run_search()

    def _source_tab(self, combo: QComboBox, model: RowTableModel, hint: str) -> QWidget:
        tab = QWidget()
        view = make_table_view(model, stretch_column=1)
        prefer_widths(view, {0: 220, 2: 240})
        layout = QVBoxLayout(tab)
        layout.addWidget(combo)
        layout.addWidget(view, 1)
        layout.addWidget(_hint_label(hint))
        return tab

    @Slot()
    def run_search(self) -> None:
        rows = search_people(self.db, self.search.text())
        self.search_model.set_rows(rows)
        if len(rows) >= 200:
            self.search_hint.setText(self.tr("Die ersten 200 Treffer; bitte die Suche genauer fassen."))
        else:
            self.search_hint.setText(
                self.tr("%n Treffer. Mehrere mit Strg oder Umschalt markieren.", "", len(rows))
                if self.multiple
                else self.tr("%n Treffer.", "", len(rows))
            )

    def _people(self, ids: list[int]) -> list[PersonChoice]:
        if not ids:
            return []
        by_id = {p.id: p for p in search_people(self.db, "", limit=len(ids) + 1, ids=ids, include_inactive=True)}
        return [by_id[i] for i in ids if i in by_id]

    @Slot()
    def _show_list(self) -> None:
        list_id = self.list_combo.currentData()
        self.list_model.set_rows(self._people(mailing_list_person_ids(self.db, list_id)) if list_id else [])

    @Slot()
    def _show_group(self) -> None:
        group_id = self.group_combo.currentData()
        self.group_model.set_rows(self._people(working_group_person_ids(self.db, group_id)) if group_id else [])

    @Slot()
    def _accept_double_click(self) -> None:
        if not self.multiple:
            self.accept()

    def chosen_ids(self) -> list[int]:
        index = self.tabs.currentIndex()
        if index == 1:
            return [p.id for p in self.list_model.rows()]
        if index == 2:
            return [p.id for p in self.group_model.rows()]
        return [p.id for p in selected_rows(self.search_view)]

    def chosen_people(self) -> list[PersonChoice]:
        index = self.tabs.currentIndex()
        if index == 1:
            return self.list_model.rows()
        if index == 2:
            return self.group_model.rows()
        return selected_rows(self.search_view)

    def chosen_role(self) -> str | None:
        return self.role.currentData()
