"""Exkursionen: the trips with destination, dates, seats and money, and the selected trip in
tabs (Reise, Programm, Teilnehmende, Kosten, Zimmerliste)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.core.filenames import safe_stem
from model.core.formatting import money
from model.excursions import excursions as ex

from ..kit import changes
from ..kit.columns import column_widths
from ..kit.errors import show_error
from ..list_output import ListOutput
from ..page import Page
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, select_quietly
from ..worker import Job
from .dialogs import NewExcursionDialog
from .tabs import CostsTab, ParticipantsTab, ProgrammeTab, RoomsTab, TravelTab, TripTab
from .widgets import list_button

if TYPE_CHECKING:
    from ..pdf_preview import PdfPreviewDialog

# The tabs in their order; only the first is built with the page (see ``ExcursionsPage._tab``).
TAB_KINDS: tuple[type[TripTab], ...] = (TravelTab, ProgrammeTab, ParticipantsTab, CostsTab, RoomsTab)

UPCOMING = "upcoming"
ALL = "all"


# Datum, Ziel, Status, Plätze, Frei, Wartend, Eingegangen, Offen; the title (1) stretches.
WAITING_COLUMN = 6
TRIP_COLUMN_WIDTHS = {0: 132, 2: 140, 3: 132, 4: 76, 5: 52, 6: 84, 7: 118, 8: 106}


def trip_dates(row: ex.TripRow) -> str:
    start, end = row.starts_at.date(), row.ends_at.date()
    if start == end:
        return start.strftime("%d.%m.%Y")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%d.}–{end:%d.%m.%Y}"  # "17.–19.03.2027"
    if start.year == end.year:
        return f"{start:%d.%m.}–{end:%d.%m.%Y}"
    return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"


def seats_text(row: ex.TripRow) -> str:
    return f"{row.seats_taken} / {row.capacity}" if row.capacity is not None else str(row.seats_taken)


class ExcursionsPage(Page):
    shows = frozenset({changes.TRIPS, changes.EVENTS, changes.REGISTRATIONS, changes.PERSONS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, self.tr("Exkursionen"), self.tr("Studienfahrten und Tagesexkursionen"), parent)
        self.dialog: QDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self._rows: list[ex.TripRow] = []
        self._job: Job | None = None
        self._built_once = False  # _show_trip has run: a tab built later is filled at once

        new = QPushButton(self.tr("Neue Exkursion…"))
        new.clicked.connect(self.new_excursion)
        self.pack_button = QPushButton(self.tr("Reiseunterlagen (PDF)…"))
        self.pack_button.clicked.connect(self.show_travel_pack)
        self.excel_button = QPushButton(self.tr("Teilnehmerliste (Excel)…"))
        self.excel_button.clicked.connect(self.export_participants)
        for button in (new, self.pack_button, self.excel_button):
            self.header_actions.addWidget(button)

        self.filter = QComboBox()
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda r: r.starts_at, display=trip_dates),
                TableColumn(self.tr("Titel"), lambda r: r.title, tooltip=lambda r: r.title),
                TableColumn(self.tr("Ziel"), lambda r: r.destination, tooltip=lambda r: r.destination),
                TableColumn(self.tr("Status"), lambda r: r.status),
                TableColumn(
                    self.tr("Plätze"),
                    lambda r: r.seats_taken,
                    display=seats_text,
                    align_right=True,
                    tooltip=lambda r: (
                        self.tr("Mindestzahl %1 noch nicht erreicht").replace("%1", str(r.min_participants))
                        if r.below_minimum
                        else ""
                    ),
                ),
                TableColumn(self.tr("Frei"), lambda r: r.seats_free, align_right=True),
                TableColumn(self.tr("Wartend"), lambda r: r.waiting or None, align_right=True),
                TableColumn(
                    self.tr("Eingegangen"), lambda r: r.received, display=lambda r: money(r.received), align_right=True
                ),
                TableColumn(
                    self.tr("Offen"),
                    lambda r: r.outstanding,
                    display=lambda r: money(r.outstanding),
                    align_right=True,
                    tooltip=lambda r: (
                        self.tr("Zu erstatten: %1").replace("%1", money(r.to_refund)) if r.to_refund else ""
                    ),
                ),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=1)
        # Fixed starting widths (the user may change them): fitted to the contents, the headers
        # with room for a sort arrow left the title a few letters at the default window size.
        column_widths(self.view, TRIP_COLUMN_WIDTHS)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(self.open_trip)
        self.output = ListOutput(self, self.model, lambda: self.tr("Exkursionen"))
        self.empty = QLabel(self.tr("Keine Exkursionen für diese Auswahl. Mit »Neue Exkursion…« eine anlegen."))
        self.empty.setObjectName("emptyHint")

        list_bar = QHBoxLayout()
        list_bar.addWidget(QLabel(self.tr("Anzeigen")))
        list_bar.addWidget(self.filter)
        list_bar.addWidget(self.empty)
        list_bar.addStretch(1)
        list_bar.addWidget(list_button(self.output, self.tr("Liste")))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(list_bar)
        top_layout.addWidget(self.view, 1)

        self.trip_title = QLabel()
        self.trip_title.setObjectName("sectionTitle")
        self.trip_title.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("emptyHint")
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Only the Reise tab is built with the page; the others when first shown or used
        # (``_tab``): five tabs of forms made the first switch to Exkursionen slow.
        self._details: ex.TripDetails | None = None
        self._people: list[ex.ParticipantRow] = []
        self._labels = (
            self.tr("Reise"),
            self.tr("Programm"),
            self.tr("Teilnehmende"),
            self.tr("Kosten"),
            self.tr("Zimmerliste"),
        )
        self._built: dict[type[TripTab], TripTab] = {}
        self.tabs = QTabWidget()
        for label in self._labels:
            self.tabs.addTab(QWidget(), label)  # a placeholder until the tab is built
        self.travel_tab = self._tab(TravelTab)
        self.tabs.currentChanged.connect(self._tab_shown)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 8, 0, 0)
        title_bar = QHBoxLayout()
        self.feedback.setWordWrap(True)
        title_bar.addWidget(self.trip_title, 1)  # the title gets the room, the feedback what is left
        title_bar.addWidget(self.feedback, 0, Qt.AlignmentFlag.AlignRight)
        bottom_layout.addLayout(title_bar)
        bottom_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 430])  # the list's few rows were squeezed to three by the tabs' size
        self.body.addWidget(self.splitter, 1)
        self._show_trip(None)

    # --- the list ----------------------------------------------------------------------

    def tabs_list(self) -> list[TripTab]:
        """The tabs built so far (the others are filled when they are built)."""
        return list(self._built.values())

    @property
    def programme_tab(self) -> ProgrammeTab:
        return self._tab(ProgrammeTab)

    @property
    def participants_tab(self) -> ParticipantsTab:
        return self._tab(ParticipantsTab)

    @property
    def costs_tab(self) -> CostsTab:
        return self._tab(CostsTab)

    @property
    def rooms_tab(self) -> RoomsTab:
        return self._tab(RoomsTab)

    def _tab[T: TripTab](self, kind: type[T]) -> T:
        """The tab of ``kind``, built (in place of its placeholder) and filled on first use."""
        tab = self._built.get(kind)
        if isinstance(tab, kind):
            return tab
        built = kind(self.db)
        self._built[kind] = built
        built.changed.connect(self.reload_trip)
        built.message.connect(self.feedback.setText)
        if isinstance(built, ParticipantsTab):
            built.letters_button.clicked.connect(self.show_information_letters)
        index = TAB_KINDS.index(kind)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no signal
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, built, self._labels[index])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        if self._built_once:
            built.show_trip(self._details, self._people)
        return built

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(TAB_KINDS):
            self._tab(TAB_KINDS[index])

    def set_database(self, db: Database) -> None:
        for tab in self.tabs_list():
            tab.db = db
        super().set_database(db)

    def fetch(self):  # see Page.fetch: the trip overview, gathered in the background
        db = self.db
        return lambda: ex.trip_overview(db)

    def apply(self, rows: list[ex.TripRow]) -> None:
        self._rows = rows
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Kommende und laufende"), UPCOMING)
        self.filter.addItem(self.tr("Alle"), ALL)
        for year in sorted({r.starts_at.year for r in self._rows}, reverse=True):
            self.filter.addItem(str(year), year)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        selected = self.current_event_id()
        choice = self.filter.currentData()
        today = dt.date.today()
        if choice == UPCOMING:
            rows = sorted((r for r in self._rows if r.ends_at.date() >= today), key=lambda r: r.starts_at)
        elif choice == ALL or choice is None:
            rows = list(self._rows)
        else:
            rows = [r for r in self._rows if r.starts_at.year == choice]
        # nobody waits for any trip shown: the column gives its room to the titles
        self.view.setColumnHidden(WAITING_COLUMN, not any(r.waiting for r in rows))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if self.travel_tab.is_dirty():
            row = next((index for index, trip in enumerate(rows) if trip.event_id == selected), None)
            if row is not None:  # a refresh never replaces what the user is typing
                select_quietly(self.view, row)
                return
            if not self.confirm_leave():  # the filter hides the trip being edited: Zurück shows all
                self.filter.setCurrentIndex(self.filter.findData(ALL))
                return
        self.select_trip(selected if selected is not None else (rows[0].event_id if rows else None))

    def select_trip(self, event_id: int | None) -> None:
        row = next((index for index, trip in enumerate(self.model.rows()) if trip.event_id == event_id), None)
        self._shown_id = event_id if row is not None else None  # the selection signal then loads nothing twice
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.view.clearSelection()
        self._show_trip(self._shown_id)

    def current_event_id(self) -> int | None:
        return self._shown_id if hasattr(self, "_shown_id") else None

    @Slot(QModelIndex, QModelIndex)
    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = self.model.row_at(current.row()).event_id if current.isValid() else None
        if event_id is None or event_id == self.current_event_id():
            return
        shown = self.current_event_id()
        if not self.confirm_leave():
            # Zurück: the trip with the user's edits stays; after the click has selected its row.
            QTimer.singleShot(0, lambda: self._select_quietly(shown))
            return
        self.select_trip(event_id)  # saving may have reloaded the list and selected the saved trip again

    @Slot()
    def open_trip(self) -> None:
        """Double-click on a trip (shown below on selection): its details, ready to type."""
        if self.current_event_id() is None:
            return
        self.tabs.setCurrentWidget(self.travel_tab)
        self.travel_tab.title_edit.setFocus()

    def confirm_leave(self) -> bool:
        """Unsaved trip details: Speichern / Verwerfen / Zurück (see ``gui.kit.editor``)."""
        return self.travel_tab.confirm_leave()

    def _select_quietly(self, event_id: int | None) -> None:
        row = next((index for index, trip in enumerate(self.model.rows()) if trip.event_id == event_id), None)
        select_quietly(self.view, row)

    def _show_trip(self, event_id: int | None) -> None:
        self._shown_id = event_id
        details = ex.load_trip(self.db, event_id) if event_id is not None else None
        people = ex.participants(self.db, event_id) if event_id is not None else []
        self._details, self._people, self._built_once = details, people, True
        self.trip_title.setText(details.title if details else self.tr("Keine Exkursion ausgewählt"))
        self.feedback.clear()
        for tab in self.tabs_list():
            tab.show_trip(details, people)
        for button in (self.pack_button, self.excel_button):
            button.setEnabled(details is not None)

    @Slot()
    def reload_trip(self) -> None:
        """After a change in a tab: the list's figures and every tab anew."""
        message = self.feedback.text()
        self._rows = ex.trip_overview(self.db)
        event_id = self.current_event_id()
        self._apply_filter_keep(event_id)
        self.feedback.setText(message)

    def _apply_filter_keep(self, event_id: int | None) -> None:
        self._shown_id = event_id
        self._apply_filter()
        if event_id is not None and self.current_event_id() != event_id:
            # The trip is outside the filter (a new trip next year, new dates): its year, else
            # all, so that what the user saved stays in view.
            trip = next((r for r in self._rows if r.event_id == event_id), None)
            year = self.filter.findData(trip.starts_at.year) if trip is not None else -1
            self.filter.setCurrentIndex(year if year >= 0 else self.filter.findData(ALL))
            self.select_trip(event_id)

    # --- actions -----------------------------------------------------------------------

    @Slot()
    def new_excursion(self) -> None:
        self.dialog = dialog = NewExcursionDialog(self.db, self)
        dialog.accepted.connect(self._created)
        dialog.open()

    @Slot()
    def _created(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, NewExcursionDialog)  # the dialog this slot answers
        event_id = dialog.created_id
        self._rows = ex.trip_overview(self.db)
        self.load()
        self._apply_filter_keep(event_id)
        self.tabs.setCurrentWidget(self.travel_tab)
        self.feedback.setText(self.tr("Exkursion angelegt. Jetzt Reise, Programm und Kosten eintragen."))

    @Slot()
    def show_travel_pack(self) -> None:
        self._show_pdf("travel_pack_pdf", self.tr("Reiseunterlagen"))

    @Slot()
    def show_information_letters(self) -> None:
        self._show_pdf("information_letters_pdf", self.tr("Reiseinformation"))

    def _show_pdf(self, function_name: str, kind: str) -> None:
        """Build a PDF of ``reports.travel_pack`` in the background, then preview it."""
        event_id = self.current_event_id()
        if event_id is None or self._job is not None:
            return
        db = self.db
        waiting_text = self.tr("%1 wird erstellt…").replace("%1", kind)

        def run(progress, cancelled) -> bytes:  # Job's callback protocol
            from reports import travel_pack

            progress(0, 0, waiting_text)
            return getattr(travel_pack, function_name)(db, event_id)

        title = self.trip_title.text()
        self._job = Job(self, kind, run, lambda pdf: self._show_pack(pdf, kind, title), self._job_failed)

    def _show_pack(self, pdf: bytes, kind: str, title: str) -> None:
        from ..pdf_preview import PdfPreviewDialog

        self._job = None
        self.preview = preview = PdfPreviewDialog(pdf, f"{kind}: {title}", f"{kind} {title}", self)
        preview.open()

    def _job_failed(self, exc: BaseException) -> None:
        self._job = None
        show_error(self, exc, title=self.tr("Exkursionen"))

    @Slot()
    def export_participants(self) -> None:
        event_id = self.current_event_id()
        if event_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Teilnehmerliste exportieren"),
            f"{safe_stem('Teilnehmende ' + self.trip_title.text())}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        if not path:
            return
        self.export_participants_to(path)

    def export_participants_to(self, path: str) -> None:
        event_id = self.current_event_id()
        if event_id is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from reports.event_lists import export_participants

        try:
            count = export_participants(self.db, path, event_id=event_id)
        except (UserError, OSError) as exc:
            show_error(
                self,
                exc,
                title=self.tr("Teilnehmerliste exportieren"),
                summary=self.tr("Die Liste wurde nicht gespeichert."),
            )
            return
        self.exported_path = path
        self.feedback.setText(self.tr("%1 Personen exportiert: %2").replace("%1", str(count)).replace("%2", path))
