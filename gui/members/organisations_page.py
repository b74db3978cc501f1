"""Mitglieder: member municipalities and the other organisations, with instant search and the
filters the office asks for (kind, member today or in a year, Regierungsbezirk)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from model.core import vocab
from model.core.db import Database
from model.members import municipalities
from model.members.organisations import OrganisationFilter, filter_organisations, list_organisations

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

ALL, MEMBER_TODAY, MEMBER_IN_YEAR = "all", "today", "year"


class MembersPage(Page):
    shows = frozenset({changes.ORGANISATIONS, changes.PERSONS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db,
            self.tr("Mitglieder"),
            self.tr("Mitgliedskommunen, Partner und weitere Organisationen mit ihren Programmgebieten"),
            parent,
        )
        self._all: list = []
        self.dialog: QDialog | None = None

        self.search = search_field(self.tr("Suchen: Name, Ort oder Gemeindeschlüssel …"), self.apply_filter, self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("alle Arten"), None)
        for kind in vocab.ORGANISATION_KINDS:
            self.kind.addItem(kind, kind)
        self.membership = QComboBox()
        self.membership.addItem(self.tr("alle Organisationen"), ALL)
        self.membership.addItem(self.tr("Mitglieder heute"), MEMBER_TODAY)
        self.membership.addItem(self.tr("Mitglieder im Jahr"), MEMBER_IN_YEAR)
        self.year = QSpinBox()
        self.year.setRange(1990, dt.date.today().year + 1)
        self.year.setValue(dt.date.today().year)
        self.year.setEnabled(False)
        self.region = QComboBox()
        self.region.addItem(self.tr("alle Regierungsbezirke"), None)
        for name in sorted(set(municipalities.REGIERUNGSBEZIRKE.values())):
            self.region.addItem(name, name)
        for combo in (self.kind, self.membership, self.region):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.year.valueChanged.connect(self.apply_filter)

        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda o: o.name, tooltip=lambda o: o.name),
                TableColumn(self.tr("Art"), lambda o: o.kind),
                TableColumn(self.tr("Ort"), lambda o: o.city),
                TableColumn(self.tr("Regierungsbezirk"), lambda o: o.regierungsbezirk),
                TableColumn(self.tr("Mitgliedschaft"), lambda o: o.status),
                TableColumn(self.tr("seit"), lambda o: o.member_since),
                TableColumn(self.tr("Personen"), lambda o: o.people, align_right=True),
                TableColumn(self.tr("Programmgebiete"), lambda o: o.areas, align_right=True),
                TableColumn(self.tr("AGS"), lambda o: o.ags),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=None)
        self.view.doubleClicked.connect(self.edit_selected)
        # Every column within reach of a normal window: long names are cut off (with a tooltip),
        # the short columns fit their text.
        set_widths(self.view, (260, 0, 0, 0, 0, 0, 70, 90, 0))
        self.count = hint_label()

        self.output = ListOutput(self, self.model, self._list_title)
        self.export_action = QAction(self.tr("Exportieren (Excel)…"), self)
        self.export_action.triggered.connect(self.export_excel)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind)
        filters.addWidget(self.membership)
        filters.addWidget(self.year)
        filters.addWidget(self.region)
        filters.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(button(self.tr("Bearbeiten…"), self.edit_selected))
        bottom.addWidget(action_button(self.export_action))
        bottom.addWidget(action_button(self.output.print_action))
        content = QVBoxLayout()
        content.addWidget(self.search)
        content.addLayout(filters)
        content.addWidget(self.view, 1)
        content.addLayout(bottom)
        self.body.addLayout(content, 1)

        self.header_actions.addWidget(
            button(
                self.tr("Importieren…"),
                self.import_file,
                tip=self.tr("Organisationen aus einer Excel-Liste übernehmen"),
            )
        )
        self.header_actions.addWidget(button(self.tr("Neue Organisation…"), self.new_organisation))
        self.header_actions.addWidget(
            button(
                self.tr("Neue Mitgliedskommune…"),
                self.new_municipality,
                default=True,
                tip=self.tr("Aus dem amtlichen Verzeichnis der NRW-Kommunen wählen"),
            )
        )

    def _list_title(self) -> str:
        mode = self.membership.currentData()
        if mode == MEMBER_TODAY:
            return self.tr("Mitglieder am %1").replace("%1", dt.date.today().strftime("%d.%m.%Y"))
        if mode == MEMBER_IN_YEAR:
            return self.tr("Mitglieder %1").replace("%1", str(self.year.value()))
        return self.tr("Organisationen")

    def criteria(self) -> OrganisationFilter:
        mode = self.membership.currentData()
        return OrganisationFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            member_today=mode == MEMBER_TODAY,
            member_year=self.year.value() if mode == MEMBER_IN_YEAR else None,
            regierungsbezirk=self.region.currentData(),
        )

    def load(self) -> None:
        self._all = list_organisations(self.db)
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        self.year.setEnabled(self.membership.currentData() == MEMBER_IN_YEAR)
        rows = filter_organisations(self._all, self.criteria())
        self.model.set_rows(rows)
        shown = count_text(len(rows), self.tr("Organisation"), self.tr("Organisationen"))
        self.count.setText(
            shown
            if len(rows) == len(self._all)
            else self.tr("%1 von %2").replace("%1", shown).replace("%2", str(len(self._all)))
        )

    # --- actions ------------------------------------------------------------------------------

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._after_save)
        dialog.open()

    @Slot()
    def new_municipality(self) -> None:
        from .organisation_form import MunicipalityPickerDialog, OrganisationDialog

        picker = MunicipalityPickerDialog(self.db, self)
        self.dialog = picker
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen() is None:
            return
        self._open(OrganisationDialog(self.db, parent=self, data=picker.chosen()))

    @Slot()
    def new_organisation(self) -> None:
        from .organisation_form import OrganisationDialog

        self._open(OrganisationDialog(self.db, parent=self))

    @Slot()
    def edit_selected(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            dialogs.inform(self, self.tr("Mitglieder"), self.tr("Bitte zuerst eine Organisation auswählen."))
            return
        self.open_organisation(rows[0].id)

    def open_organisation(self, organisation_id: int) -> None:
        from .organisation_form import OrganisationDialog

        try:
            dialog = OrganisationDialog(self.db, organisation_id, parent=self)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile
            show_error(self, exc, title=self.tr("Mitglieder"))
            self.refresh()
            return
        self._open(dialog)

    @Slot(int)
    def _after_save(self, organisation_id: int) -> None:
        self.refresh()
        reveal_row(
            self.view, organisation_id, (self.search, self.kind, self.membership, self.region), self.apply_filter
        )

    @Slot()
    def export_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Organisationen exportieren"),
            f"{self._list_title()}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        if not path:
            return
        self.export_excel_to(path)

    def export_excel_to(self, path: str) -> None:
        from reports.member_lists import export_organisations

        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_organisations(self.db, path, rows=self.model.rows())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=self.tr("Organisationen exportieren"))
            return

    @Slot()
    def import_file(self) -> None:
        from .import_wizard import ImportWizard

        self.dialog = dialog = ImportWizard(self.db, "organisations", self)
        dialog.imported.connect(self.mark_stale)
        dialog.open()
