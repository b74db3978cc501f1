"""Dubletten: suspected duplicate pairs on the left; on the right the two records side by side,
a choice per field, and Zusammenführen (everything attached moves to the record kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import ChangedElsewhere
from model.core.vocab import NO_SALUTATION
from model.members.duplicates import BOTH, default_choices, dismiss_pair, find_duplicates, merge_persons
from model.members.persons import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    PersonData,
    load_person,
    organisation_choices,
    reference_counts,
)

from .. import dialogs
from ..kit.columns import set_widths
from ..kit.dialog import Dialog
from ..kit.errors import show_error
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .common import button, count_text, hint_label


def _shown(name: str, value, organisations: dict[int, str]) -> str:
    if name == "organisation_id":
        return organisations.get(value, "") if value is not None else ""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if name == "salutation" and value == NO_SALUTATION:
        return "(ohne)"
    return str(value)


def _elide(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _stored_id(record: PersonData) -> int:
    """The id of a person loaded from the database."""
    if record.id is None:
        raise RuntimeError("a loaded person has an id")
    return record.id


class DuplicatesDialog(Dialog):
    merged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Dubletten finden und zusammenführen"))
        fit_to_screen(self, 1180, 720)
        self.pairs_model = RowTableModel(
            [
                TableColumn(self.tr("Person A"), lambda p: p.first.name, tooltip=lambda p: p.first.organisation or ""),
                TableColumn(
                    self.tr("Person B"), lambda p: p.second.name, tooltip=lambda p: p.second.organisation or ""
                ),
                TableColumn(self.tr("Grund"), lambda p: p.reason, tooltip=lambda p: p.reason),
            ],
            self,
        )
        self.pairs_view = make_table_view(self.pairs_model, stretch_column=2)
        set_widths(self.pairs_view, (150, 150))
        self.pairs_view.selectionModel().selectionChanged.connect(self.show_pair)
        self.count = hint_label()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pairs_view, 1)
        left_layout.addWidget(self.count)

        self.compare = QWidget()
        self.grid = QGridLayout(self.compare)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.compare)
        self.not_duplicate_button = button(
            self.tr("Kein Duplikat"),
            self.not_duplicate,
            tip=self.tr("Die beiden sind verschiedene Personen; nicht mehr vorschlagen"),
        )
        self.merge_button = button(self.tr("Zusammenführen…"), self.merge, default=True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            hint_label(
                self.tr(
                    "Oben wählen, welcher Datensatz bleibt, und je Feld, welcher Wert übernommen wird. Anmeldungen, "
                    "Bescheinigungen, Verteiler, Arbeitsgruppen und Vorträge des anderen Datensatzes gehen auf ihn über."
                )
            )
        )
        right_layout.addWidget(scroll, 1)
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.not_duplicate_button)
        actions.addWidget(self.merge_button)
        right_layout.addLayout(actions)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 710])
        splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox()
        close.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self.organisations = {org_id: name for org_id, name, _kind in organisation_choices(db)}
        self.records: tuple = ()
        self.field_groups: dict[str, QButtonGroup] = {}
        self.keep_group = QButtonGroup(self)
        self.load()

    # --- pairs -------------------------------------------------------------------------------

    def load(self) -> None:
        pairs = find_duplicates(self.db)
        self.pairs_model.set_rows(pairs)
        self.count.setText(count_text(len(pairs), self.tr("mögliche Dublette"), self.tr("mögliche Dubletten")))
        if pairs:
            self.pairs_view.selectRow(0)
        else:
            self.show_pair()

    def current_pair(self):
        rows = selected_rows(self.pairs_view)
        return rows[0] if rows else None

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self.field_groups.values():
            group.deleteLater()
        self.field_groups = {}

    def who(self, record) -> str:  # model.members.persons.PersonData
        """How the dialog names a record: name and organisation; the e-mail address where the
        two records of the pair would read the same."""

        def label(item) -> str:
            organisation = self.organisations.get(item.organisation_id) if item.organisation_id else None
            return f"{item.name} ({organisation})" if organisation else item.name

        text = label(record)
        others = [r for r in getattr(self, "records", ()) if r.id != record.id]
        if record.email and any(label(other) == text for other in others):
            text += f", {record.email}"
        return text

    @Slot()
    def show_pair(self) -> None:
        self._clear()
        pair = self.current_pair()
        self.merge_button.setEnabled(pair is not None)
        self.not_duplicate_button.setEnabled(pair is not None)
        if pair is None:
            self.records = ()
            self.grid.addWidget(hint_label(self.tr("Keine möglichen Dubletten gefunden.")), 0, 0)
            return
        try:
            first, second = load_person(self.db, pair.first.id), load_person(self.db, pair.second.id)
        except Exception as exc:  # noqa: BLE001 - merged or deleted meanwhile
            show_error(self, exc, title=self.windowTitle())
            self.load()
            return
        self.records = (first, second)
        counts = (reference_counts(self.db, _stored_id(first)), reference_counts(self.db, _stored_id(second)))
        self.keep_group = QButtonGroup(self)
        for column, record in enumerate(self.records, start=1):
            keep = QRadioButton(self.tr("%1 behalten").replace("%1", self.who(record)))
            keep.setToolTip(record.name)
            font = keep.font()
            font.setBold(True)
            keep.setFont(font)
            keep.setProperty("person_id", record.id)
            self.keep_group.addButton(keep, _stored_id(record))
            self.grid.addWidget(keep, 0, column)
        self.keep_group.button(_stored_id(first)).setChecked(True)
        choices = default_choices(first, second)
        row = 1
        for name in EDITABLE_FIELDS:
            values = [_shown(name, getattr(record, name), self.organisations) for record in self.records]
            if not any(values):
                continue
            label = QLabel(FIELD_LABELS[name])
            label.setObjectName("pageSubtitle")
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if values[0] == values[1]:
                same = QLabel(_elide(values[0], 70))
                same.setToolTip(values[0])
                self.grid.addWidget(same, row, 1, 1, 2)
            else:
                group = QButtonGroup(self)
                for column, (record, text) in enumerate(zip(self.records, values, strict=True), start=1):
                    choice = QRadioButton(_elide(text) or self.tr("(leer)"))
                    choice.setToolTip(text)
                    group.addButton(choice, _stored_id(record))
                    self.grid.addWidget(choice, row, column)
                if name == "notes" and all(values):
                    both = QRadioButton(self.tr("beide Notizen behalten"))
                    group.addButton(both, 0)
                    row += 1
                    self.grid.addWidget(both, row, 1, 1, 2)
                chosen = choices.get(name)
                group.button(0 if chosen == BOTH else int(chosen or 0)).setChecked(True)
                self.field_groups[name] = group
            row += 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.grid.addWidget(line, row, 0, 1, 3)
        row += 1
        for label_text in counts[0]:
            numbers = [c.get(label_text, 0) for c in counts]
            if not any(numbers):
                continue
            label = QLabel(label_text)
            label.setObjectName("pageSubtitle")
            self.grid.addWidget(label, row, 0)
            for column, number in enumerate(numbers, start=1):
                self.grid.addWidget(QLabel(str(number)), row, column)
            row += 1
        self.grid.setRowStretch(row, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnMinimumWidth(1, 240)
        self.grid.setColumnMinimumWidth(2, 240)

    def survivor_id(self) -> int:
        return self.keep_group.checkedId()

    def choices(self) -> dict:
        result = {}
        for name, group in self.field_groups.items():
            checked = group.checkedId()
            result[name] = BOTH if checked == 0 else checked
        return result

    # --- actions -----------------------------------------------------------------------------------

    @Slot()
    def not_duplicate(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            dismiss_pair(self.db, pair.first.id, pair.second.id)
            self.load()

    @Slot()
    def merge(self) -> None:
        if len(self.records) != 2:
            return
        survivor_id = self.survivor_id()
        survivor, merged = self.records if self.records[0].id == survivor_id else self.records[::-1]
        counts = reference_counts(self.db, merged.id)
        moving = ", ".join(f"{count} {label}" for label, count in counts.items() if count) or self.tr(
            "keine weiteren Einträge"
        )
        title = self.tr("Zusammenführen")
        text = (
            self.tr("%1 wird in %2 zusammengeführt.").replace("%1", self.who(merged)).replace("%2", self.who(survivor))
        )
        details = (
            self.tr("Übernommen werden: %1. Danach wird der Datensatz von %2 gelöscht; der Vorgang steht im Verlauf.")
            .replace("%1", moving)
            .replace("%2", self.who(merged))
        )
        if not dialogs.ask(self, title, text, self.tr("Zusammenführen"), details):
            return
        try:
            merge_persons(
                self.db,
                survivor.id,
                merged.id,
                self.choices(),
                versions={survivor.id: survivor.version, merged.id: merged.version},
            )
        except ChangedElsewhere:
            dialogs.warn(
                self,
                title,
                self.tr(
                    "Einer der beiden Datensätze wurde inzwischen geändert. "
                    "Die Ansicht wird neu geladen; bitte noch einmal prüfen."
                ),
            )
            self.show_pair()
            return
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, title=title)
            self.load()
            return
        self.merged.emit()
        self.load()
