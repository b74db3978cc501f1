"""Preview and take over an online-form export (registrations) or a Teams/Zoom/Webex report
(online attendance): every row with its outcome first, nothing written until »Übernehmen«."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.importing.outcome import ImportFailed, ImportReport

from ..kit.columns import column_widths
from ..kit.dialog import Dialog
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view
from .common import guarded


class OnlineImportDialog(Dialog):
    def __init__(
        self,
        db: Database,
        event_id: int,
        path: Path,
        importer: Callable,
        title: str,
        detail_column: str,
        parent: QWidget | None = None,
        *,
        column_mapping: bool = False,
    ):
        super().__init__(parent)
        self.db, self.event_id, self.path, self.importer = db, event_id, path, importer
        self.report: ImportReport | None = None
        self.header = None  # the form's header row and mapping (registrations only)
        self.mapping_combos: dict[int, QComboBox] = {}
        self.setWindowTitle(title.replace("%1", path.name))
        fit_to_screen(self, 980, 560)
        self.headline = QLabel()
        self.headline.setObjectName("sectionTitle")
        self.headline.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a1260d;")
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Zeile"), lambda o: o.row, align_right=True),
                TableColumn(self.tr("Ergebnis"), lambda o: o.status),
                TableColumn(self.tr("Name"), lambda o: o.values.get("Name")),
                TableColumn(self.tr("E-Mail"), lambda o: o.values.get("E-Mail")),
                TableColumn(detail_column, lambda o: o.values.get("Minuten", o.values.get("Zeitpunkt"))),
                TableColumn(self.tr("Hinweis"), lambda o: o.note, tooltip=lambda o: o.note),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=5)
        column_widths(self.view, {0: 56, 1: 110, 2: 190, 3: 220, 4: 120})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Übernehmen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        if column_mapping:
            layout.addWidget(self._mapping_box())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.check()

    def _mapping_box(self) -> QWidget:
        """One choice per column of the form: which field it holds (remembered for this form)."""
        from model.importing.form_registrations import FIELDS, detect_header
        from model.importing.report_files import read_table

        box = QGroupBox(self.tr("Spalten des Formulars"))
        ok, header = guarded(self, self.windowTitle(), lambda: detect_header(self.db, read_table(self.path).rows))
        if not ok:
            return box
        self.header = header
        grid = QGridLayout()
        for position, (column, cell) in enumerate((c, cell) for c, cell in enumerate(header.cells) if cell):
            combo = QComboBox()
            combo.addItem(self.tr("– nicht übernehmen –"), None)
            for name, label in FIELDS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(header.mapping.get(column))))
            combo.currentIndexChanged.connect(self.check)
            self.mapping_combos[column] = combo
            title = QLabel(cell if len(cell) <= 40 else cell[:39] + "…")
            title.setToolTip(cell)
            grid.addWidget(title, position // 3, (position % 3) * 2)
            grid.addWidget(combo, position // 3, (position % 3) * 2 + 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(170)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(box).addWidget(scroll)
        return box

    def mapping(self) -> dict[int, str] | None:
        if not self.mapping_combos:
            return None
        return {column: combo.currentData() for column, combo in self.mapping_combos.items() if combo.currentData()}

    def _run(self, dry_run: bool):
        extra = {"mapping": self.mapping()} if self.mapping_combos else {}
        try:
            return self.importer(self.db, self.path, event_id=self.event_id, dry_run=dry_run, **extra)
        except ImportFailed as failed:  # show every row's problem, not only the first
            return failed.report

    @Slot()
    def check(self) -> None:
        ok, report = guarded(self, self.windowTitle(), lambda: self._run(True))
        if not ok:
            self.headline.setText(self.tr("Die Datei kann nicht eingelesen werden."))
            self.apply_button.setEnabled(False)
            return
        self._show(report)

    def _show(self, report) -> None:
        self.report = report
        self.model.set_rows(report.rows)
        if report.errors:
            self.headline.setText(
                self.tr("%n Fehler – es wird nichts übernommen, solange Fehler da sind.", "", len(report.errors))
            )
            self.problems.setText("\n".join(str(issue) for issue in report.errors[:20]))
        else:
            self.headline.setText(report.summary().replace(" (Probelauf, nichts geschrieben)", ""))
            self.problems.setText("")
        self.apply_button.setEnabled(not report.errors)

    @Slot()
    def apply(self) -> None:
        ok, report = guarded(self, self.windowTitle(), lambda: self._run(False))
        if not ok:
            return
        if report.errors or not report.written:
            self._show(report)
            return
        self.report = report
        if self.header is not None:  # the next export of this form maps itself
            from model.importing.form_registrations import remember_mapping

            guarded(self, self.windowTitle(), lambda: remember_mapping(self.db, self.header.cells, self.mapping()))
        self.accept()
