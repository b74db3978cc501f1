"""The import wizard: choose a file, check the detected header row and column mapping (and
change it), see what every row would do, then import everything in one go.

Reading, previewing and importing run in a background job with progress and Abbrechen; the
preview writes nothing, and an import with any error writes nothing either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from model.core.db import Database
from model.core.errors import UserError
from model.importing.import_rows import ImportField, column_titles, detect_header, header_at
from model.importing.outcome import DUPLICATE, ERROR, NEW, REVIEW, UNCHANGED, UPDATE, ImportReport
from model.importing.spreadsheet import (
    HeaderMatch,
    SheetData,
    clean_text,
    read_first_sheet,
    resolve_merged_header,
    sheet_names,
)

from .. import dialogs
from ..kit.columns import fitting_width
from ..kit.errors import show_error
from ..kit.screen import fit_to_screen
from ..table_model import RowTableModel, TableColumn
from ..translations import QT_TRANSLATE_NOOP
from ..views import make_table_view
from ..worker import Job
from .common import count_text, error_label, hint_label

IGNORE = ""
STATUS_TEXT = {
    NEW: QT_TRANSLATE_NOOP("ImportWizard", "✚ neu"),
    UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "↻ Aktualisierung"),
    DUPLICATE: QT_TRANSLATE_NOOP("ImportWizard", "⚠ mögliches Duplikat"),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportWizard", "= unverändert"),
    ERROR: QT_TRANSLATE_NOOP("ImportWizard", "✖ Fehler"),
    REVIEW: QT_TRANSLATE_NOOP("ImportWizard", "? prüfen"),
}


def status_text(status: str) -> str:
    """The translated label of an import row's status."""
    text = STATUS_TEXT.get(status)
    return QCoreApplication.translate("ImportWizard", text) if text else status


@dataclass(frozen=True)
class ImportKind:
    key: str
    title: str
    fields: tuple[ImportField, ...]
    preview: Callable[..., ImportReport]
    run: Callable[..., ImportReport]
    name_fields: tuple[str, ...]


def import_kinds() -> dict[str, ImportKind]:
    from model.importing import organisation_import, person_import

    return {
        "persons": ImportKind(
            "persons",
            "Personen",
            person_import.FIELDS,
            person_import.preview_persons,
            person_import.run_person_import,
            ("Titel", "Vorname", "Nachname"),
        ),
        "organisations": ImportKind(
            "organisations",
            "Organisationen",
            organisation_import.FIELDS,
            organisation_import.preview_organisations,
            organisation_import.run_organisation_import,
            ("Name",),
        ),
    }


class ImportWizard(QWizard):
    imported = Signal()

    def __init__(self, db: Database, kind: str = "persons", parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.kinds = import_kinds()
        self.kind = self.kinds[kind]
        self.data: SheetData | None = None
        self.header: HeaderMatch | None = None
        self.header_found = True
        self.path: Path | None = None
        self.sheet: str | None = None  # the chosen sheet (None: the active one)
        self.report: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self.job: Job | None = None
        self.preview_ready = False
        self._jobs: list[Job] = []
        self.setWindowTitle(self.tr("Aus Excel importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Importieren"))
        fit_to_screen(self, 1040, 680)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)

    # The pages after the first run only with a read sheet and its header, the last with a preview.
    def read_sheet(self) -> tuple[SheetData, HeaderMatch]:
        if self.data is None or self.header is None:
            raise RuntimeError("no sheet read yet")
        return self.data, self.header

    def preview(self) -> ImportReport:
        if self.report is None:
            raise RuntimeError("no preview yet")
        return self.report

    def busy(self) -> bool:
        return self.job is not None

    def run_job(self, title: str, work: Callable, done: Callable) -> None:
        def finished(result) -> None:
            self.job = None
            done(result)

        def failed(exc: BaseException) -> None:
            self.job = None
            show_error(self, exc, title=title)

        self.job = Job(self, title, work, finished, failed)
        self._jobs.append(self.job)  # kept until the wizard goes (a Job must outlive its signals)

    def wait_for_job(self, milliseconds: int = 30000) -> None:
        if self.job is not None:
            self.job.wait(milliseconds)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Datei wählen"))
        self.setSubTitle(
            self.tr(
                "Eine Excel-Liste (.xlsx) mit Personen oder Organisationen. Titelzeilen über den "
                "Überschriften und Spalten in beliebiger Reihenfolge sind kein Problem."
            )
        )
        self.persons = QRadioButton(self.tr("Personen"))
        self.organisations = QRadioButton(self.tr("Organisationen (Mitglieder, Partner)"))
        (self.persons if wizard.kind.key == "persons" else self.organisations).setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Pfad der Excel-Datei"))
        self.path.textChanged.connect(self.completeChanged)
        self.path.textChanged.connect(self.load_sheets)
        self.sheet = QComboBox()  # the sheet to read; first entry: the one Excel opens with
        self.sheet.addItem(self.tr("das Blatt, mit dem Excel die Datei öffnet"), None)
        self.sheet.setEnabled(False)
        browse = QPushButton(self.tr("Durchsuchen…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Importieren"), self.persons)
        form.addRow("", self.organisations)
        form.addRow(self.tr("Datei"), row)
        form.addRow(self.tr("Tabellenblatt"), self.sheet)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Erkannt werden deutsche und englische Überschriften, z. B. Anrede, Titel, Vorname, Nachname oder Name, "
                    "Kommune/Institution/Organisation, Funktion, E-Mail, Telefon. Im nächsten Schritt lässt sich die "
                    "Zuordnung ändern. Noch wird nichts gespeichert."
                )
            ),
        )

    @Slot()
    def browse(self) -> None:
        from ..settings import Settings

        settings = Settings()
        start = settings.last_folder() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Excel-Liste wählen"), start, self.tr("Excel-Arbeitsmappe (*.xlsx);;Alle Dateien (*)")
        )
        if path:
            self.path.setText(path)
            settings.set_last_folder(str(Path(path).parent))

    @Slot()
    def load_sheets(self) -> None:
        """Offer the workbook's visible sheets once the path names an existing file."""
        path = Path(self.path.text().strip().strip('"'))
        while self.sheet.count() > 1:
            self.sheet.removeItem(1)
        names: list[str] = []
        if path.suffix.lower() == ".xlsx" and path.is_file():
            try:
                names = sheet_names(path)
            except UserError:
                names = []  # the reading step explains what is wrong with the file
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(len(names) > 1)

    def isComplete(self) -> bool:  # Qt override
        return bool(self.path.text().strip()) and not self.wiz.busy()

    def validatePage(self) -> bool:  # Qt override
        kind = self.wiz.kinds["persons" if self.persons.isChecked() else "organisations"]
        path = Path(self.path.text().strip().strip('"'))
        sheet = self.sheet.currentData()
        if self.wiz.data is not None and (self.wiz.path, self.wiz.sheet) == (path, sheet) and self.wiz.kind is kind:
            return True
        if self.wiz.busy():
            return False

        def work(progress, cancelled):
            progress(0, 0, self.tr("Datei lesen …"))
            data = read_first_sheet(path, sheet=sheet)
            try:
                header, found = detect_header(data, kind.fields), True
            except Exception:  # noqa: BLE001 - no header recognised: the user maps by hand
                header, found = HeaderMatch(excel_row=data.first_row, mapping={}, unknown=[]), False
            return data, resolve_merged_header(data, header), found

        def done(result) -> None:
            self.wiz.data, self.wiz.header, self.wiz.header_found = result
            self.wiz.path, self.wiz.kind, self.wiz.sheet = path, kind, sheet
            self.wiz.next()

        self.wiz.run_job(self.tr("Datei lesen"), work, done)
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Überschriften und Spalten prüfen"))
        self.setSubTitle(
            self.tr(
                "Welche Spalte enthält was? Die Zuordnung wurde aus den Überschriften erkannt und "
                "lässt sich hier ändern."
            )
        )
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 10)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.info = hint_label()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Spalte in der Datei"), self.tr("erster Wert"), self.tr("übernehmen als")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(34)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Überschriften stehen in Zeile")))
        row.addWidget(self.header_row)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        self.combos: list[QComboBox] = []
        self._filling = False

    def initializePage(self) -> None:  # Qt override
        data, header = self.wiz.read_sheet()
        self._filling = True
        self.header_row.setRange(data.first_row, data.first_row + max(0, min(9, len(data.rows) - 1)))
        self.header_row.setValue(header.excel_row)
        self._filling = False
        self._fill_table()

    @Slot(int)
    def _header_row_changed(self, value: int) -> None:
        if self._filling or self.wiz.data is None:
            return
        try:
            self.wiz.header = header_at(self.wiz.data, value, self.wiz.kind.fields)
        except UserError as exc:  # e.g. a merged header cell over several columns
            show_error(self, exc, title=self.tr("Überschriften"))
            return
        self._fill_table()

    def _fill_table(self) -> None:
        (data, header), kind = self.wiz.read_sheet(), self.wiz.kind
        titles = column_titles(data, header)
        first_data = next(
            (
                row
                for row in data.rows[header.excel_row - data.first_row + 1 :]
                if any(v not in (None, "") for v in row)
            ),
            [],
        )
        self.table.setRowCount(len(titles))
        self.combos = []
        for index, title in enumerate(titles):
            self.table.setItem(index, 0, QTableWidgetItem(title))
            sample = clean_text(first_data[index]) if index < len(first_data) else None
            self.table.setItem(index, 1, QTableWidgetItem(sample or ""))
            combo = QComboBox()
            combo.addItem(self.tr("— nicht übernehmen —"), IGNORE)
            for field in kind.fields:
                combo.addItem(field.label, field.name)
            combo.setCurrentIndex(max(0, combo.findData(header.mapping.get(index, IGNORE))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._mapping_changed()

    @Slot()
    def _mapping_changed(self) -> None:
        mapping = self.mapping()
        data, header = self.wiz.read_sheet()
        rows = len(data.rows) - (header.excel_row - data.first_row) - 1
        text = (
            self.tr("%1 von %2 Spalten zugeordnet; darunter %3.")
            .replace("%1", str(len(mapping)))
            .replace("%2", str(len(self.combos)))
            .replace("%3", count_text(max(rows, 0), self.tr("Zeile"), self.tr("Zeilen")))
        )
        if not self.wiz.header_found and not mapping:
            text = (
                self.tr(
                    "Keine bekannten Überschriften gefunden – bitte die Zeile mit den Überschriften wählen "
                    "und die Spalten zuordnen. "
                )
                + text
            )
        self.info.setText(text)
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in enumerate(self.combos) if combo.currentData()}

    def isComplete(self) -> bool:  # Qt override
        return bool(self.mapping()) and not self.wiz.busy()

    def validatePage(self) -> bool:  # Qt override
        if self.wiz.preview_ready:  # the preview job finished and moves on
            self.wiz.preview_ready = False
            return True
        mapping = self.mapping()
        seen: dict[str, int] = {}
        labels = {f.name: f.label for f in self.wiz.kind.fields}
        for index, name in mapping.items():
            if name in seen:
                dialogs.warn(
                    self,
                    self.tr("Zuordnung"),
                    self.tr(
                        "»%1« ist zwei Spalten zugeordnet. Bitte eine davon auf »nicht übernehmen« stellen."
                    ).replace("%1", labels[name]),
                )
                return False
            seen[name] = index
        if self.wiz.busy():
            return False
        self.wiz.header = HeaderMatch(self.header_row.value(), mapping, [])
        self.wiz.preview_page.start_preview(then_next=True)
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Vorschau"))
        self.setSubTitle(
            self.tr(
                "So würde jede Zeile übernommen. Gespeichert wird erst mit »Importieren« – "
                "und nur, wenn keine Zeile einen Fehler hat."
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.errors = error_label()
        self.notes = hint_label()
        self.duplicates = QCheckBox(self.tr("Mögliche Duplikate trotzdem als neue Personen anlegen"))
        self.duplicates.toggled.connect(self._duplicates_toggled)
        self.show_only = QComboBox()
        self.show_only.addItem(self.tr("alle Zeilen"), None)
        for status in (ERROR, DUPLICATE, NEW, UPDATE, UNCHANGED):
            self.show_only.addItem(status_text(status), status)
        self.show_only.currentIndexChanged.connect(self._show_rows)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Zeile"), lambda o: o.row, align_right=True),
                TableColumn(self.tr("Status"), lambda o: status_text(o.status)),
                TableColumn(self.tr("Name"), self._name),
                TableColumn(self.tr("Organisation"), lambda o: o.values.get("Organisation") or o.values.get("Ort")),
                TableColumn(self.tr("E-Mail / AGS"), lambda o: o.values.get("E-Mail") or o.values.get("AGS")),
                TableColumn(self.tr("Hinweis"), lambda o: o.note, tooltip=lambda o: o.note),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=5)
        bar = QHBoxLayout()
        bar.addWidget(self.duplicates)
        bar.addStretch()
        bar.addWidget(QLabel(self.tr("Zeigen:")))
        bar.addWidget(self.show_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.notes)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _name(self, outcome) -> str:
        return " ".join(str(outcome.values[k]) for k in self.wiz.kind.name_fields if outcome.values.get(k))

    def start_preview(self, then_next: bool = False) -> None:
        wiz = self.wiz
        data, header, kind = wiz.data, wiz.header, wiz.kind
        duplicates = self.duplicates.isChecked()

        def work(progress, cancelled):
            return kind.preview(
                wiz.db, data, header, import_duplicates=duplicates, progress=progress, cancelled=cancelled
            )

        def done(report: ImportReport) -> None:
            wiz.report = report
            if then_next:
                wiz.preview_ready = True
                wiz.next()
            else:
                self.initializePage()

        wiz.run_job(self.tr("Vorschau"), work, done)

    def initializePage(self) -> None:  # Qt override
        report = self.wiz.preview()
        self.duplicates.setVisible(self.wiz.kind.key == "persons")
        parts = [
            count_text(report.count(NEW), self.tr("neu"), self.tr("neu")),
            count_text(report.count(UPDATE), self.tr("Aktualisierung"), self.tr("Aktualisierungen")),
        ]
        if report.count(DUPLICATE):
            parts.append(
                count_text(report.count(DUPLICATE), self.tr("mögliches Duplikat"), self.tr("mögliche Duplikate"))
            )
        if report.count(UNCHANGED):
            parts.append(count_text(report.count(UNCHANGED), self.tr("unverändert"), self.tr("unverändert")))
        if report.errors:
            # Same word in German, not in every language: told apart for the translators.
            parts.append(count_text(len(report.errors), self.tr("Fehler", "one"), self.tr("Fehler", "several")))
        self.summary.setText(", ".join(parts))
        lines = [str(issue) for issue in report.errors[:8]]
        if len(report.errors) > 8:
            lines.append(self.tr("… und %1 weitere").replace("%1", str(len(report.errors) - 8)))
        if report.errors:
            lines.insert(0, self.tr("Bitte die Fehler in der Excel-Datei korrigieren und die Datei erneut wählen:"))
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))
        note = ""
        if report.created and not report.errors:
            note = self.tr("Neu angelegt werden auch die Organisationen: %1").replace("%1", ", ".join(report.created))
        self.notes.setText(note)
        self.notes.setVisible(bool(note))
        if report.errors and self.show_only.currentData() is None:
            self.show_only.setCurrentIndex(self.show_only.findData(ERROR))
        self._show_rows()
        self.completeChanged.emit()

    @Slot()
    def _show_rows(self) -> None:
        report = self.wiz.report
        if report is None:
            return
        wanted = self.show_only.currentData()
        self.model.set_rows([o for o in report.rows if wanted is None or o.status == wanted])
        header = self.view.horizontalHeader()
        for column, width in enumerate((50, 150, 160, 140, 170)):
            header.resizeSection(column, fitting_width(header, column, width))

    @Slot(bool)
    def _duplicates_toggled(self, _checked: bool) -> None:
        if self.wiz.report is not None and self.wiz.currentPage() is self:
            self.start_preview()

    def isComplete(self) -> bool:  # Qt override
        report = self.wiz.report
        return report is not None and not report.errors and not self.wiz.busy()

    def validatePage(self) -> bool:  # Qt override
        wiz = self.wiz
        if wiz.result_report is not None:  # imported: QWizard.accept() validates once more
            return True
        if wiz.busy():
            return False
        data, header, kind, source = wiz.data, wiz.header, wiz.kind, wiz.path.name if wiz.path else ""
        duplicates = self.duplicates.isChecked()

        def work(progress, cancelled):
            report = kind.run(
                wiz.db,
                data,
                header,
                dry_run=False,
                import_duplicates=duplicates,
                source=source,
                progress=progress,
                cancelled=cancelled,
            )
            report.raise_if_errors()
            return report

        def done(report: ImportReport) -> None:
            wiz.result_report = report
            wiz.imported.emit()
            dialogs.inform(wiz, self.tr("Import abgeschlossen"), report.summary())
            wiz.accept()

        wiz.run_job(self.tr("Importieren"), work, done)
        return False
