"""The "Tagesordnung" tab: items edited in place, reordered by keyboard or buttons; start and
end times follow from the durations (a start typed by hand stays fixed)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.vocab import AGENDA_ITEM_KINDS, TALK
from model.events.agenda import AgendaEntry, move, problems, schedule

from ..kit.columns import column_widths
from ..kit.dates import from_qtime, to_qtime
from .common import hint_label, menu_button

if TYPE_CHECKING:
    from ..kit.people_picker import PeoplePickerDialog

COL_NUMBER, COL_START, COL_END, COL_DURATION, COL_TITLE, COL_KIND, COL_SPEAKER, COL_NOTES = range(8)


class AgendaModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[AgendaEntry] = []
        self.event_start = dt.datetime(2000, 1, 1, 10)
        self._slots = []
        self.headers = [
            self.tr("Nr."),
            self.tr("Beginn"),
            self.tr("Ende"),
            self.tr("Dauer"),
            self.tr("Titel"),
            self.tr("Art"),
            self.tr("Referent/in"),
            self.tr("Notizen"),
        ]

    def set_entries(self, entries: list[AgendaEntry], event_start: dt.datetime) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.event_start = event_start
        self._slots = schedule(event_start, self.entries)
        self.endResetModel()

    def set_event_start(self, event_start: dt.datetime) -> None:
        if event_start != self.event_start:
            self.event_start = event_start
            self._recompute()

    def _recompute(self) -> None:
        self._slots = schedule(self.event_start, self.entries)
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, COL_END))

    def _touched(self) -> None:
        self._recompute()
        self.changed.emit()

    # --- Qt API ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_START, COL_DURATION, COL_TITLE, COL_KIND, COL_SPEAKER, COL_NOTES):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry, slot, column = self.entries[index.row()], self._slots[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_NUMBER: str(index.row() + 1),
                COL_START: slot.start.strftime("%H:%M"),
                COL_END: slot.end.strftime("%H:%M"),
                COL_DURATION: self.tr("%1 Min.").replace("%1", str(entry.duration_minutes)),
                COL_TITLE: entry.title,
                COL_KIND: entry.kind,
                COL_SPEAKER: entry.speaker,
                COL_NOTES: entry.notes or "",
            }.get(column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_START: slot.start.time(),
                COL_DURATION: entry.duration_minutes,
                COL_TITLE: entry.title,
                COL_KIND: entry.kind,
                COL_SPEAKER: entry.speaker_text or "",
                COL_NOTES: entry.notes or "",
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_START:
                return (
                    self.tr("Feste Uhrzeit (bleibt beim Verschieben); »Uhrzeit lösen« rechnet sie wieder aus.")
                    if slot.fixed
                    else self.tr("Ergibt sich aus dem Punkt davor. Eine eingetippte Uhrzeit bleibt fest.")
                )
            if column == COL_SPEAKER and entry.speaker_person_id is not None:
                return self.tr("Aus dem Adressbuch: %1").replace("%1", entry.speaker_name)
            if column in (COL_TITLE, COL_NOTES):
                return entry.title if column == COL_TITLE else (entry.notes or None)
        if role == Qt.ItemDataRole.FontRole and column == COL_START and (slot.fixed or slot.overlaps):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_START and (slot.fixed or slot.overlaps):
            return QColor("#b3261e") if slot.overlaps else QColor("#1d5391")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry, column = self.entries[index.row()], index.column()
        if column == COL_START:
            computed = self._computed_start(index.row())
            entry.fixed_start = None if value is None or value == computed else value
        elif column == COL_DURATION:
            entry.duration_minutes = max(0, int(value))
        elif column == COL_TITLE:
            entry.title = str(value)
        elif column == COL_KIND:
            entry.kind = str(value)
        elif column == COL_SPEAKER:
            entry.speaker_text = str(value).strip() or None
        elif column == COL_NOTES:
            entry.notes = str(value).strip() or None
        else:
            return False
        self.dataChanged.emit(index, index)
        self._touched()
        return True

    def _computed_start(self, row: int) -> dt.time:
        """The start the item would have without a fixed time."""
        if row == 0:
            return self.event_start.time()
        return self._slots[row - 1].end.time()

    # --- editing operations --------------------------------------------------------------

    def insert_entry(self, row: int, entry: AgendaEntry) -> int:
        row = max(0, min(row, len(self.entries)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.insert(row, entry)
        self._slots = schedule(self.event_start, self.entries)
        self.endInsertRows()
        self._touched()
        return row

    def remove_entry(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        self._slots = schedule(self.event_start, self.entries)
        self.endRemoveRows()
        self._touched()

    def move_entry(self, row: int, offset: int) -> int:
        target = row + offset
        if not (0 <= row < len(self.entries) and 0 <= target < len(self.entries)):
            return row
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        move(self.entries, row, offset)
        self._slots = schedule(self.event_start, self.entries)
        self.endMoveRows()
        self._touched()
        return target

    def unfix(self, row: int) -> None:
        if 0 <= row < len(self.entries) and self.entries[row].fixed_start is not None:
            self.entries[row].fixed_start = None
            self._touched()

    def set_speaker(self, row: int, person_id: int | None, name: str) -> None:
        if 0 <= row < len(self.entries):
            self.entries[row].speaker_person_id = person_id
            self.entries[row].speaker_name = name
            self.dataChanged.emit(self.index(row, COL_SPEAKER), self.index(row, COL_SPEAKER))
            self.changed.emit()


class AgendaDelegate(QStyledItemDelegate):
    """Time, minutes and kind get their own editors; text columns the default line edit."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        column = index.column()
        if column == COL_START:
            time_edit = QTimeEdit(parent)
            time_edit.setDisplayFormat("HH:mm")
            return time_edit
        if column == COL_DURATION:
            minutes = QSpinBox(parent)
            minutes.setRange(0, 1440)
            minutes.setSingleStep(5)
            minutes.setSuffix(" Min.")
            return minutes
        if column == COL_KIND:
            kinds = QComboBox(parent)
            kinds.addItems(AGENDA_ITEM_KINDS)
            return kinds
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit):
            editor.setTime(to_qtime(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, from_qtime(editor.time()))
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class AgendaEditor(QWidget):
    """Shows and edits the agenda of one event; ``entries()`` gives the result."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.event_end = dt.datetime(2000, 1, 1, 13)
        self.model = AgendaModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AgendaDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        column_widths(
            self.view,
            {
                COL_NUMBER: 44,
                COL_START: 76,
                COL_END: 60,
                COL_DURATION: 80,
                COL_KIND: 110,
                COL_SPEAKER: 240,
                COL_NOTES: 150,
            },
        )
        self.model.changed.connect(self._on_changed)

        self.add_button = QPushButton(self.tr("Punkt hinzufügen"))
        self.add_button.setToolTip(self.tr("Neuer Punkt unter dem markierten (Strg+Einfg)"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.setToolTip(self.tr("Markierten Punkt entfernen (Strg+Entf)"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("▲ Nach oben"))
        self.up_button.setToolTip(self.tr("Strg+↑"))
        self.up_button.clicked.connect(self.move_up)
        self.down_button = QPushButton(self.tr("▼ Nach unten"))
        self.down_button.setToolTip(self.tr("Strg+↓"))
        self.down_button.clicked.connect(self.move_down)
        self.unfix_button = QPushButton(self.tr("Uhrzeit lösen"))
        self.unfix_button.setToolTip(self.tr("Die feste Beginnzeit des Punkts wieder aus den Dauern berechnen"))
        self.unfix_button.clicked.connect(self.unfix_item)
        self.speaker_button = menu_button(
            self.tr("Referent/in ▾"),
            [
                (self.tr("Aus dem Adressbuch wählen…"), self.choose_speaker),
                (self.tr("Person entfernen (nur Text)"), self.clear_speaker_person),
            ],
            self,
        )
        for key, slot in (
            ("Ctrl+Up", self.move_up),
            ("Ctrl+Down", self.move_down),
            ("Ctrl+Ins", self.add_item),
            ("Ctrl+Del", self.remove_item),
        ):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.summary = QLabel()
        self.problems_label = hint_label()
        self.problems_label.setStyleSheet("color: #b3261e;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.unfix_button):
            buttons.addWidget(button)
        buttons.addWidget(self.speaker_button)
        buttons.addStretch()
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Zum Bearbeiten doppelklicken oder lostippen. Dauer und Reihenfolge bestimmen die Uhrzeiten; "
                    "eine eingetippte Beginnzeit (blau, fett) bleibt fest, z. B. für die Mittagspause."
                )
            )
        )
        self.picker: PeoplePickerDialog | None = None

    def set_agenda(self, entries: list[AgendaEntry], event_start: dt.datetime, event_end: dt.datetime) -> None:
        self.event_end = event_end
        self.model.set_entries(entries, event_start)
        self._show_summary()

    def set_event_times(self, event_start: dt.datetime, event_end: dt.datetime) -> None:
        self.event_end = event_end
        self.model.set_event_start(event_start)
        self._show_summary()

    def entries(self) -> list[AgendaEntry]:
        return list(self.model.entries)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int, column: int = COL_TITLE) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))
            self.view.selectRow(row)

    @Slot()
    def add_item(self) -> None:
        row = self.current_row()
        row = row + 1 if row >= 0 else self.model.rowCount()
        row = self.model.insert_entry(row, AgendaEntry(self.tr("Neuer Punkt"), 30, TALK))
        self._select(row)
        self.view.edit(self.model.index(row, COL_TITLE))

    @Slot()
    def remove_item(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_entry(row)
            self._select(min(row, self.model.rowCount() - 1))

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(+1)

    def _move(self, offset: int) -> None:
        row = self.current_row()
        column = max(self.view.currentIndex().column(), 0)
        if row >= 0:
            self._select(self.model.move_entry(row, offset), column)

    @Slot()
    def unfix_item(self) -> None:
        self.model.unfix(self.current_row())

    @Slot()
    def choose_speaker(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        from ..kit.people_picker import PeoplePickerDialog

        self.picker = picker = PeoplePickerDialog(
            self.db,
            self.tr("Referent/in wählen"),
            multiple=False,
            sources=False,
            accept_text=self.tr("Übernehmen"),
            parent=self,
        )
        picker.accepted.connect(lambda: self._speaker_chosen(row))
        picker.open()

    def _speaker_chosen(self, row: int) -> None:
        people = self.picker.chosen_people() if self.picker else []
        if people:
            person = people[0]
            name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
            if person.organisation:
                name = f"{name} ({person.organisation})"
            self.model.set_speaker(row, person.id, name)

    @Slot()
    def clear_speaker_person(self) -> None:
        self.model.set_speaker(self.current_row(), None, "")

    @Slot()
    def _on_changed(self) -> None:
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        entries = self.model.entries
        slots = schedule(self.model.event_start, entries)
        if slots:
            self.summary.setText(
                self.tr("%n Punkte, %1–%2 Uhr", "", len(entries))
                .replace("%1", slots[0].start.strftime("%H:%M"))
                .replace("%2", slots[-1].end.strftime("%H:%M"))
            )
        else:
            self.summary.setText(self.tr("Noch keine Tagesordnung."))
        hints = problems(self.model.event_start, self.event_end, entries)
        self.problems_label.setText("\n".join(hints))
        self.problems_label.setVisible(bool(hints))
