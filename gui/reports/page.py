"""Berichte: meeting packs, member directory, annual report (each as PDF preview) and Statistik."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.core.text import fold
from model.core.vocab import GUEST, MEMBER, PARTNER
from model.reporting.meeting_data import EventChoice, event_choices

from .. import dialogs
from ..kit.dates import GermanDateEdit
from ..page import Page, mark_search
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from ..worker import Job
from .meeting_pack_dialog import open_meeting_pack
from .runner import PdfJobRunner
from .statistics_view import StatisticsView

EVENT_LIMIT = 500  # rows shown in the event list; typing narrows it down


RIGHT_COLUMN = 340  # the directory's and the annual report's boxes with their buttons in one row


class ReportsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db,
            self.tr("Berichte"),
            self.tr("Sitzungsunterlagen, Mitgliederverzeichnis, Jahresbericht und Statistik"),
            parent,
        )
        self.runner = PdfJobRunner(self)
        self.dialog: QDialog | None = None  # the dialog open (tests reach it here)
        self.excel_job: Job | None = None
        self._events: list[EventChoice] = []
        self._statistics_stale = False
        self._watching_window = False

        self.tabs = QTabWidget()
        self.tabs.addTab(self._reports_tab(), self.tr("Berichte"))
        self.statistics = StatisticsView(db)
        self.tabs.addTab(self.statistics, self.tr("Statistik"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.tabs, 1)

    # --- layout ------------------------------------------------------------------------

    def _reports_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self._meeting_pack_box(), 0, 0, 3, 1)
        grid.addWidget(self._directory_box(), 0, 1)
        grid.addWidget(self._annual_box(), 1, 1)
        # The event list takes the free width (its titles are long); the boxes on the right keep
        # what their buttons need.
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0)
        grid.setColumnMinimumWidth(1, RIGHT_COLUMN)
        grid.setRowStretch(2, 1)
        return tab

    def _meeting_pack_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sitzungsunterlagen"))
        hint = QLabel(
            self.tr(
                "Einladung, Tagesordnung, Teilnehmenden- und Unterschriftenliste, Namensschilder "
                "und Tischaufsteller für eine Veranstaltung."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        self.event_search = mark_search(QLineEdit())
        self.event_search.setPlaceholderText(self.tr("Titel, Art oder Datum eingeben …"))
        self.event_search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._filter_events)
        self.event_search.textChanged.connect(self._search_timer.start)
        self.events_model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda e: e.starts_at.date()),
                TableColumn(self.tr("Art"), lambda e: e.kind),
                TableColumn(self.tr("Titel"), lambda e: e.title, tooltip=lambda e: e.title),
                TableColumn(self.tr("Status"), lambda e: e.status),
            ],
            self,
        )
        self.events_view = make_table_view(self.events_model, stretch_column=2)
        for column, width in ((0, 100), (1, 150), (3, 105)):
            self.events_view.setColumnWidth(column, width)
        self.events_view.doubleClicked.connect(self.meeting_pack)
        self.pack_button = QPushButton(self.tr("Sitzungsunterlagen erstellen…"))
        self.pack_button.setDefault(True)
        self.pack_button.clicked.connect(self.meeting_pack)
        self.events_count = QLabel()
        self.events_count.setObjectName("pageSubtitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.events_count)
        buttons.addStretch()
        self.letters_button = QPushButton(self.tr("Einladungsbriefe…"))
        self.letters_button.setToolTip(
            self.tr("Persönliche Briefe (DIN 5008) an einen Verteiler, alle Mitglieder oder eine Arbeitsgruppe")
        )
        self.letters_button.clicked.connect(self.invitation_letters)
        buttons.addWidget(self.letters_button)
        buttons.addWidget(self.pack_button)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.event_search)
        layout.addWidget(self.events_view, 1)
        layout.addLayout(buttons)
        return box

    def _directory_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mitgliederverzeichnis"))
        hint = QLabel(self.tr("Mitgliedsorganisationen mit Programmgebieten und Ansprechpersonen."))
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        self.directory_date = GermanDateEdit(QDate.currentDate())
        self.directory_date.setDisplayFormat("dd.MM.yyyy")
        self.include_guests = QCheckBox(self.tr("auch Gäste"))
        self.include_partners = QCheckBox(self.tr("auch Kooperationspartner"))
        form = QFormLayout()
        form.addRow(self.tr("Stichtag"), self.directory_date)
        form.addRow("", self.include_guests)
        form.addRow("", self.include_partners)
        self.directory_pdf_button = QPushButton(self.tr("PDF anzeigen…"))
        self.directory_pdf_button.clicked.connect(self.directory_pdf)
        self.directory_excel_button = QPushButton(self.tr("Excel speichern…"))
        self.directory_excel_button.clicked.connect(self.directory_excel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.directory_excel_button)
        buttons.addWidget(self.directory_pdf_button)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def _annual_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jahresbericht"))
        hint = QLabel(
            self.tr(
                "Veranstaltungen nach Art und Monat, Teilnehmende, Teilnahme der Mitgliedskommunen, "
                "Fortbildungspunkte und Bescheinigungen, Mitgliedschaften, Arbeitsgruppen."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        self.annual_year = QComboBox()
        self.annual_year.setAccessibleName(self.tr("Berichtsjahr"))
        self.annual_button = QPushButton(self.tr("Jahresbericht erstellen…"))
        self.annual_button.clicked.connect(self.annual_report)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Jahr")))
        row.addWidget(self.annual_year)
        row.addStretch()
        row.addWidget(self.annual_button)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(row)
        return box

    # --- data ---------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.statistics.db = db
        super().set_database(db)

    def fetch(self):
        db = self.db

        def work() -> tuple[list[EventChoice], tuple[int, int] | None]:
            from model.reporting.statistics import event_years

            return event_choices(db), event_years(db)

        return work

    def apply(self, data: tuple[list[EventChoice], tuple[int, int] | None]) -> None:
        self._events, years = data
        self._filter_events()
        self._fill_years(years)
        self.statistics.set_years(years)
        if self.tabs.currentWidget() is self.statistics:
            self.statistics.reload()
        else:
            self._statistics_stale = True

    def _fill_years(self, years: tuple[int, int] | None) -> None:
        this_year = dt.date.today().year
        first, last = years or (this_year, this_year)
        wanted = self.annual_year.currentData()
        self.annual_year.clear()
        for year in range(max(last, this_year), min(first, this_year) - 1, -1):
            self.annual_year.addItem(str(year), year)
        default = wanted if wanted is not None else (this_year - 1 if first <= this_year - 1 else this_year)
        index = self.annual_year.findData(default)
        self.annual_year.setCurrentIndex(max(index, 0))

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.statistics and self._statistics_stale:
            self._statistics_stale = False
            self.statistics.reload()

    @Slot()
    def _filter_events(self) -> None:
        needle = fold(self.event_search.text())
        rows = [e for e in self._events if needle in e.search] if needle else self._events
        self.events_model.set_rows(rows[:EVENT_LIMIT])
        locale = QLocale()
        if len(rows) > EVENT_LIMIT:
            self.events_count.setText(
                self.tr("%1 von %2 Veranstaltungen; die Suche grenzt ein")
                .replace("%1", locale.toString(EVENT_LIMIT))
                .replace("%2", locale.toString(len(rows)))
            )
        else:
            self.events_count.setText(self.tr("%1 Veranstaltungen").replace("%1", locale.toString(len(rows))))
        if self.events_model.rowCount():
            row = _first_upcoming(self.events_model.rows())
            self.events_view.selectRow(row)
            self.events_view.scrollTo(self.events_model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def meeting_pack(self) -> None:
        rows = selected_rows(self.events_view)
        if not rows:
            QMessageBox.information(
                self, self.tr("Sitzungsunterlagen"), self.tr("Bitte zuerst eine Veranstaltung auswählen.")
            )
            return
        try:
            self.dialog = open_meeting_pack(self, self.db, rows[0].id, self.runner)
        except UserError as exc:  # e.g. deleted meanwhile at another workplace
            dialogs.warn(self, self.tr("Sitzungsunterlagen"), str(exc))
            self.refresh()

    @Slot()
    def invitation_letters(self) -> None:
        from .letters_dialog import open_invitation_letters

        rows = selected_rows(self.events_view)
        if not rows:
            QMessageBox.information(
                self, self.tr("Einladungsbriefe"), self.tr("Bitte zuerst eine Veranstaltung auswählen.")
            )
            return
        self.dialog = open_invitation_letters(self, self.db, rows[0].id, rows[0].title, self.runner)

    def _directory_types(self) -> tuple[str, ...]:
        types = [MEMBER]
        if self.include_guests.isChecked():
            types.append(GUEST)
        if self.include_partners.isChecked():
            types.append(PARTNER)
        return tuple(types)

    @Slot()
    def directory_pdf(self) -> None:
        db, on, types = self.db, self.directory_date.day(), self._directory_types()

        def work(progress, cancelled) -> bytes:  # Job's callback protocol
            from model.reporting.member_directory import member_directory
            from model.settings.office import load_profile
            from reports.member_directory import member_directory_pdf
            from reports.pdf import Letterhead

            directory = member_directory(db, on, types)
            return member_directory_pdf(directory, Letterhead.from_profile(load_profile(db)), None, progress, cancelled)

        title = self.tr("Mitgliederverzeichnis")
        self.runner.run(self.tr("Mitgliederverzeichnis wird erstellt…"), work, title, f"{title} {on:%Y-%m-%d}")

    @Slot()
    def directory_excel(self) -> None:
        on = self.directory_date.day()
        suggested = f"{self.tr('Mitgliederverzeichnis')} {on:%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Excel speichern"), suggested, self.tr("Excel-Arbeitsmappe (*.xlsx)")
        )
        if not path:
            return
        self.directory_excel_to(path)

    def directory_excel_to(self, path: str) -> None:
        on, types = self.directory_date.day(), self._directory_types()
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        db = self.db

        def work(progress, cancelled) -> str:  # Job's callback protocol
            from model.reporting.member_directory import member_directory
            from reports.member_directory import member_directory_excel

            member_directory_excel(member_directory(db, on, types), path)
            return path

        self.excel_job = Job(
            self, self.tr("Excel-Datei wird geschrieben…"), work, self._excel_written, self._excel_failed
        )

    def _excel_written(self, path: str) -> None:
        self.excel_job = None
        self.exported_path = path
        dialogs.inform(self, self.tr("Mitgliederverzeichnis"), self.tr("Die Excel-Datei wurde gespeichert."), path)

    def _excel_failed(self, exc: BaseException) -> None:
        from model.core.errors import UserError, explain

        self.excel_job = None
        message = str(exc) if isinstance(exc, UserError) else explain(exc)
        if message is None:
            raise exc
        dialogs.warn(self, self.tr("Mitgliederverzeichnis"), message)

    @Slot()
    def annual_report(self) -> None:
        year = self.annual_year.currentData()
        if year is None:
            return
        db = self.db

        def work(progress, cancelled) -> bytes:  # Job's callback protocol
            from reports.annual_report import annual_report

            return annual_report(db, year, progress, cancelled)

        title = self.tr("Jahresbericht %1").replace("%1", str(year))
        self.runner.run(self.tr("Jahresbericht wird erstellt…"), work, title, title)

    def wait_for_jobs(self, milliseconds: int = 30000, cancel: bool = False) -> None:
        for job in (self.runner.job, self.statistics.job, self.excel_job):
            if job is not None:
                if cancel:
                    job.cancel()
                job.wait(milliseconds)

    def showEvent(self, event) -> None:  # Qt override
        if not self._watching_window:
            # The window waits for its own jobs when closed; this page's jobs are waited for here.
            self.window().installEventFilter(self)
            self._watching_window = True
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.Close and watched is self.window():
            self.wait_for_jobs(cancel=True)
        return False


def _first_upcoming(rows: list[EventChoice]) -> int:
    """Row of the next event from today on (the list is newest first), else the first row."""
    now = dt.datetime.combine(dt.date.today(), dt.time.min)
    index = 0
    for position, row in enumerate(rows):
        if row.starts_at >= now:
            index = position
        else:
            break
    return index
