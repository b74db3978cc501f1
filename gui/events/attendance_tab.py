"""The "Anwesenheit" tab: a fast check-off grid for the door or for afterwards.

Keyboard: type a name in the search field and press Enter to mark the (first) match present;
in the grid, Leertaste toggles present, E = entschuldigt, N = nicht erschienen,
Entf = wieder offen, digits start the minutes of a partial attendance. Every mark is saved
at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core import vocab
from model.core.db import Database
from model.core.text import fold
from model.core.vocab import SALUTATIONS
from model.events.attendance import (
    ABSENT,
    EXCUSED,
    OPEN,
    PRESENT,
    AttendanceRow,
    NewPerson,
    add_walk_in,
    attendance_refusal,
    attendance_rows,
    event_minutes,
    mark_open_as,
    set_attendance,
)
from model.events.events import form_choices
from model.importing.outcome import ImportReport

from .. import dialogs
from ..kit.columns import column_widths
from ..kit.dialog import Dialog
from ..kit.keys import enter_stays_in
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from .common import fill_combo, guarded, hint_label, searchable

COL_PRESENT, COL_NAME, COL_ORGANISATION, COL_ROLE, COL_STATUS, COL_MINUTES = range(6)
STATUS_COLOURS = {PRESENT: "#1e7b34", EXCUSED: "#8a5a00", ABSENT: "#b3261e"}


class CheckOffModel(QAbstractTableModel):
    """Rows of ``AttendanceRow``; the check column and the minutes are editable."""

    mark = Signal(int, str, object)  # row, new status, minutes (None = whole event)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []
        self.total_minutes = 0
        self.headers = [
            self.tr("Da"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Rolle"),
            self.tr("Status"),
            self.tr("Minuten"),
        ]

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, updated: AttendanceRow) -> None:
        self.rows[row] = updated
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_PRESENT:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_MINUTES:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_PRESENT:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return row.name
            if column == COL_ORGANISATION:
                return row.organisation or ""
            if column == COL_ROLE:
                return row.role
            if column == COL_STATUS:
                if row.present and row.attendance_mode == vocab.ONLINE:
                    return self.tr("anwesend (online)")
                return {OPEN: self.tr("offen"), PRESENT: self.tr("anwesend")}.get(row.status, row.status)
            if column == COL_MINUTES:
                if not row.present:
                    return ""
                return str(row.attended_minutes) if row.attended_minutes is not None else self.tr("ganz")
        if role == Qt.ItemDataRole.EditRole and column == COL_MINUTES:
            return row.attended_minutes if row.attended_minutes is not None else self.total_minutes
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and row.status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MINUTES:
            return self.tr("Minuten bei teilweiser Anwesenheit; »ganz« = die ganze Veranstaltung")
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_PRESENT:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.mark.emit(index.row(), PRESENT if checked else OPEN, None)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == COL_MINUTES:
            minutes = int(value)
            self.mark.emit(index.row(), PRESENT, None if minutes >= self.total_minutes else minutes)
            return True
        return False


class MinutesDelegate(QStyledItemDelegate):
    def __init__(self, model: CheckOffModel, parent=None):
        super().__init__(parent)
        self.check_model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, max(self.check_model.total_minutes, 1))
        editor.setSingleStep(15)
        editor.setSuffix(" Min.")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QSpinBox)  # made by createEditor
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value())


ONLINE = "online"  # key O: present, attended online


class CheckOffView(QTableView):
    """Space / O / E / N / Entf mark the current row and move on to the next."""

    key_mark = Signal(int, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        row = self.currentIndex().row()
        key = event.key()
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            status = {
                Qt.Key.Key_Space: "toggle",
                Qt.Key.Key_O: ONLINE,
                Qt.Key.Key_E: EXCUSED,
                Qt.Key.Key_N: ABSENT,
                Qt.Key.Key_Delete: OPEN,
                Qt.Key.Key_Backspace: OPEN,
            }.get(Qt.Key(key))
            if status is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.key_mark.emit(row, status)
                self._next(row)
                return
            if event.text().isdigit():
                index = self.model().index(row, COL_MINUTES)
                self.setCurrentIndex(index)
                self.edit(index)
                editor = self.indexWidget(index) or self.focusWidget()
                if isinstance(editor, QSpinBox):
                    editor.lineEdit().setText(event.text())
                return
        super().keyPressEvent(event)

    def _next(self, row: int) -> None:
        if row + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row + 1, max(self.currentIndex().column(), COL_NAME)))


class AttendanceTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.event_id: int | None = None
        self.event_title = ""
        self.event_start = dt.datetime.now()
        self.dialog: QDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name eintippen, Enter = anwesend"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.mark_first_match)
        enter_stays_in(self.search)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")

        self.model = CheckOffModel(self)
        self.model.mark.connect(self._mark_row)
        self.view = CheckOffView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COL_MINUTES, MinutesDelegate(self.model, self.view))
        self.view.key_mark.connect(self._key_mark)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        column_widths(self.view, {COL_PRESENT: 44, COL_NAME: 230, COL_ROLE: 110, COL_STATUS: 130, COL_MINUTES: 90})

        all_present = self.all_present_button = QPushButton(self.tr("Alle Offenen anwesend"))
        all_present.clicked.connect(lambda: self.mark_open(PRESENT))
        all_absent = QPushButton(self.tr("Übrige: nicht erschienen"))
        all_absent.setToolTip(self.tr("Alle noch offenen Anmeldungen als »nicht erschienen« markieren"))
        all_absent.clicked.connect(lambda: self.mark_open(ABSENT))
        self.walk_in_button = QPushButton(self.tr("An der Tür hinzufügen…"))
        self.walk_in_button.setToolTip(self.tr("Jemand ist ohne Anmeldung gekommen"))
        self.walk_in_button.clicked.connect(self.walk_in)
        self.import_button = QPushButton(self.tr("Liste aus Excel einlesen…"))
        self.import_button.setToolTip(self.tr("Eine unterschriebene Anwesenheitsliste (Excel) übernehmen"))
        self.import_button.clicked.connect(self.import_list)
        self.online_button = QPushButton(self.tr("Online-Teilnahme einlesen…"))
        self.online_button.setToolTip(
            self.tr("Teilnahmebericht von Teams, Zoom oder Webex übernehmen (Minuten online)")
        )
        self.online_button.clicked.connect(self.import_online)

        self._recording_buttons = [(all_present, self.tr("Alle noch offenen Anmeldungen als anwesend markieren"))] + [
            (button, button.toolTip()) for button in (self.walk_in_button, self.import_button, self.online_button)
        ]
        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.summary, 1)
        bar = QHBoxLayout()
        for button in (all_present, all_absent, self.walk_in_button, self.import_button, self.online_button):
            bar.addWidget(button)
        bar.addStretch()
        self.message = hint_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tastatur: Leertaste = anwesend an/aus, O = anwesend online (hybrid), E = entschuldigt, "
                    "N = nicht erschienen, Entf = offen, Ziffern = Minuten bei teilweiser Anwesenheit. "
                    "Jede Eingabe wird sofort gespeichert."
                )
            )
        )
        self._all: list[AttendanceRow] = []

    # --- data --------------------------------------------------------------------------

    @property
    def shown_event_id(self) -> int:
        """The event shown; the tab's actions run only while one is shown."""
        if self.event_id is None:
            raise RuntimeError("no event shown")
        return self.event_id

    def set_event(self, event_id: int, title: str, starts_at: dt.datetime, ends_at: dt.datetime) -> None:
        self.event_id, self.event_title, self.event_start = event_id, title, starts_at
        self.model.total_minutes = event_minutes(starts_at, ends_at)
        self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            return
        self._update_recording_buttons()
        self._all = attendance_rows(self.db, self.event_id)
        self._apply_filter()

    def _update_recording_buttons(self) -> None:
        """Before the start the buttons that record attendance are off; the model's rule
        (``attendance_refusal``) says why, in their tooltip."""
        refusal = attendance_refusal(self.event_title, self.event_start)
        for button, tip in self._recording_buttons:
            button.setEnabled(refusal is None)
            button.setToolTip(refusal or tip)

    @Slot()
    def _apply_filter(self) -> None:
        words = fold(self.search.text()).split()
        rows = [
            r
            for r in self._all
            if all(w in fold(f"{r.first_name} {r.last_name} {r.organisation or ''}") for w in words)
        ]
        self.model.set_rows(rows)
        if rows and self.view.currentIndex().row() < 0:
            self.view.setCurrentIndex(self.model.index(0, COL_NAME))
        self._show_summary()

    def _show_summary(self) -> None:
        present = sum(1 for r in self._all if r.status == PRESENT)
        excused = sum(1 for r in self._all if r.status == EXCUSED)
        absent = sum(1 for r in self._all if r.status == ABSENT)
        text = self.tr("%1 von %2 anwesend").replace("%1", str(present)).replace("%2", str(len(self._all)))
        if excused:
            text += " · " + self.tr("%1 entschuldigt").replace("%1", str(excused))
        if absent:
            text += " · " + self.tr("%1 nicht erschienen").replace("%1", str(absent))
        self.summary.setText(text)

    # --- marking -----------------------------------------------------------------------

    @Slot(int, str)
    def _key_mark(self, row: int, status: str) -> None:
        if status == "toggle":
            status = OPEN if self.model.rows[row].present else PRESENT
        if status == ONLINE:  # hybrid events: present, attended online
            self._save_row(
                row, lambda current: set_attendance(self.db, current.registration_id, PRESENT, None, mode=vocab.ONLINE)
            )
            return
        self._mark_row(row, status, None)

    @Slot(int, str, object)
    def _mark_row(self, row: int, status: str, minutes) -> None:
        current = self.model.rows[row]
        if current.status == status and current.attended_minutes == minutes:
            return
        self._save_row(row, lambda current: set_attendance(self.db, current.registration_id, status, minutes))

    def _save_row(self, row: int, save) -> None:
        current = self.model.rows[row]
        ok, updated = guarded(self, self.tr("Anwesenheit"), lambda: save(current))
        if not ok:
            return
        self.model.replace_row(row, updated)
        self._all = [updated if r.registration_id == updated.registration_id else r for r in self._all]
        self._show_summary()
        self.changed.emit()

    @Slot()
    def mark_first_match(self) -> None:
        """Enter in the search field: mark the first matching person present, clear the field."""
        if not self.model.rows or not self.search.text().strip():
            return
        row = next((i for i, r in enumerate(self.model.rows) if not r.present), 0)
        name = self.model.rows[row].name
        self._mark_row(row, PRESENT, None)
        self.message.setText(self.tr("%1: anwesend").replace("%1", name))
        self.search.clear()
        self._apply_filter()
        self.search.setFocus()

    def mark_open(self, status: str) -> None:
        if self.event_id is None:
            return
        ok, count = guarded(self, self.tr("Anwesenheit"), lambda: mark_open_as(self.db, self.shown_event_id, status))
        if ok:
            self.message.setText(self.tr("%n offene Anmeldung(en) jetzt »%1«.", "", count).replace("%1", status))
            self.refresh()
            self.changed.emit()

    # --- walk-in and import ------------------------------------------------------------

    @Slot()
    def walk_in(self) -> None:
        self.dialog = dialog = WalkInDialog(self.db, self.event_title, self)
        dialog.accepted.connect(self._walk_in_chosen)
        dialog.open()

    @Slot()
    def _walk_in_chosen(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, WalkInDialog)  # the dialog this slot answers
        person_id, new_person = dialog.choice()
        ok, row = guarded(
            self,
            self.tr("An der Tür hinzufügen"),
            lambda: add_walk_in(self.db, self.shown_event_id, person_id=person_id, new_person=new_person),
        )
        if ok:
            self.message.setText(self.tr("%1 ist als anwesend eingetragen.").replace("%1", row.name))
            self.refresh()
            self.changed.emit()

    @Slot()
    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Anwesenheitsliste einlesen"), "", self.tr("Excel-Arbeitsmappe (*.xlsx)")
        )
        if not path:
            return
        self.import_list_from(path)

    def import_list_from(self, path: str) -> None:
        self.dialog = dialog = ImportPreviewDialog(self.db, self.shown_event_id, Path(path), self)
        dialog.accepted.connect(self._imported)
        dialog.open()

    @Slot()
    def import_online(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Online-Teilnahme einlesen"), "", self.tr("Teilnahmeberichte (*.csv *.txt *.xlsx)")
        )
        if path:
            self.open_online_report(Path(path))

    def open_online_report(self, path: Path) -> None:
        from model.importing.online_attendance import import_online_attendance

        from .online_import_dialog import OnlineImportDialog

        self.dialog = dialog = OnlineImportDialog(
            self.db,
            self.shown_event_id,
            path,
            import_online_attendance,
            self.tr("Online-Teilnahme einlesen: %1"),
            self.tr("Minuten"),
            self,
        )
        dialog.accepted.connect(self._imported)
        dialog.open()

    @Slot()
    def _imported(self) -> None:
        from .online_import_dialog import OnlineImportDialog

        dialog = self.dialog
        assert isinstance(dialog, (ImportPreviewDialog, OnlineImportDialog))  # the dialog this slot answers
        report = dialog.report
        if report is not None and report.written:
            self.message.setText(report.summary())
            self.refresh()
            self.changed.emit()


class WalkInDialog(Dialog):
    """Someone at the door: an existing person (search) or a new one (a few fields)."""

    def __init__(self, db: Database, event_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        from model.events.participants import search_people

        self.db = db
        self._search_people = search_people
        self.setWindowTitle(self.tr("An der Tür: %1").replace("%1", event_title))
        fit_to_screen(self, 640, 460)
        self.tabs = QTabWidget()

        existing = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, Organisation oder E-Mail …"))
        self.search.setClearButtonEnabled(True)
        self.results = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.name),
                TableColumn(self.tr("Organisation"), lambda p: p.organisation),
            ],
            self,
        )
        from ..views import make_table_view

        self.results_view = make_table_view(self.results, stretch_column=1)
        self.results_view.doubleClicked.connect(self.accept)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(existing)
        layout.addWidget(self.search)
        layout.addWidget(self.results_view, 1)

        new = QWidget()
        self.salutation = QComboBox()
        self.salutation.addItems(SALUTATIONS)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(50)
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(100)
        self.last_name = QLineEdit()
        self.last_name.setMaxLength(100)
        self.organisation = searchable(QComboBox())
        fill_combo(self.organisation, [(c.name, c.id) for c in form_choices(db).organisations], self.tr("— keine —"))
        self.email = QLineEdit()
        self.email.setMaxLength(200)
        self.function = QLineEdit()
        self.function.setMaxLength(200)
        form = QFormLayout(new)
        form.addRow(self.tr("Anrede"), self.salutation)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Vorname"), self.first_name)
        form.addRow(self.tr("Nachname"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("E-Mail"), self.email)
        form.addRow(self.tr("Funktion"), self.function)
        form.addRow(
            hint_label(
                self.tr(
                    "Die Person wird ins Adressbuch aufgenommen; eine bekannte E-Mail-Adresse "
                    "führt zur vorhandenen Person."
                )
            )
        )

        self.tabs.addTab(existing, self.tr("Aus dem Adressbuch"))
        self.tabs.addTab(new, self.tr("Neue Person"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Als anwesend eintragen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs, 1)
        main.addWidget(buttons)
        self._run_search()

    @Slot()
    def _run_search(self) -> None:
        self.results.set_rows(self._search_people(self.db, self.search.text(), limit=100))

    @Slot()
    def _check_and_accept(self) -> None:
        person_id, new_person = self.choice()
        if person_id is None and new_person is None:
            dialogs.inform(
                self,
                self.windowTitle(),
                self.tr("Bitte eine Person auswählen oder Vor- und Nachnamen der neuen Person eingeben."),
            )
            return
        self.accept()

    def choice(self) -> tuple[int | None, NewPerson | None]:
        if self.tabs.currentIndex() == 0:
            from ..views import selected_rows

            rows = selected_rows(self.results_view)
            return (rows[0].id, None) if rows else (None, None)
        if not self.last_name.text().strip():
            return None, None
        organisation_id = (
            self.organisation.currentData()
            if self.organisation.findText(self.organisation.currentText()) >= 0
            else None
        )
        return None, NewPerson(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            salutation=self.salutation.currentText(),
            title=self.title_edit.text(),
            organisation_id=organisation_id,
            email=self.email.text(),
            function=self.function.text(),
        )


class ImportPreviewDialog(Dialog):
    """Checks the list first (nothing written) and shows every row; »Übernehmen« writes it."""

    def __init__(self, db: Database, event_id: int, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.event_id, self.path = db, event_id, path
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Anwesenheitsliste einlesen: %1").replace("%1", path.name))
        fit_to_screen(self, 940, 540)
        self.create_missing = QCheckBox(self.tr("Unbekannte Personen neu anlegen"))
        self.create_missing.toggled.connect(self.check)
        self.headline = QLabel()
        self.headline.setObjectName("sectionTitle")
        self.headline.setWordWrap(True)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Zeile"), lambda o: o.row, align_right=True),
                TableColumn(self.tr("Ergebnis"), lambda o: o.status),
                TableColumn(self.tr("Name"), lambda o: o.values.get("Name")),
                TableColumn(self.tr("E-Mail"), lambda o: o.values.get("E-Mail")),
                TableColumn(self.tr("Hinweis"), lambda o: o.note, tooltip=lambda o: o.note),
            ],
            self,
        )
        from ..views import make_table_view

        self.view = make_table_view(self.model, stretch_column=4)
        column_widths(self.view, {0: 56, 1: 110, 2: 170, 3: 170})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Übernehmen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.create_missing)
        layout.addWidget(self.buttons)
        self.check()

    def _run(self, dry_run: bool):
        from model.importing.attendance_import import import_attendance

        return import_attendance(
            self.db,
            self.path,
            event_id=self.event_id,
            dry_run=dry_run,
            create_missing=self.create_missing.isChecked(),
            raise_errors=False,
        )

    @Slot()
    def check(self) -> None:
        ok, report = guarded(self, self.windowTitle(), lambda: self._run(True))
        if not ok:
            self.headline.setText(self.tr("Die Datei kann nicht eingelesen werden."))
            self.apply_button.setEnabled(False)
            return
        self.report = report
        self.model.set_rows(report.rows)
        if report.errors:
            self.headline.setText(
                self.tr("%n Fehler – es wird nichts übernommen, solange Fehler da sind.", "", len(report.errors))
            )
        else:
            self.headline.setText(
                report.summary().replace(" (Probelauf, nichts geschrieben)", "")
                + " "
                + self.tr("Mit »Übernehmen« wird die Anwesenheit gespeichert.")
            )
        self.apply_button.setEnabled(not report.errors)

    @Slot()
    def apply(self) -> None:
        ok, report = guarded(self, self.windowTitle(), lambda: self._run(False))
        if ok:
            self.report = report
            if report.errors:
                self.model.set_rows(report.rows)
                self.apply_button.setEnabled(False)
                return
            self.accept()
