"""Sitzungsunterlagen: choose the parts, the order and the free rows, then see the PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.reporting.meeting_data import SORT_BY_NAME, SORT_BY_ORGANISATION, participant_count

from ..kit.dialog import Dialog
from .runner import PdfJobRunner


class MeetingPackDialog(Dialog):
    """Options of a meeting pack; ``options()`` gives the ``reports.meeting_pack.PackOptions``."""

    def __init__(
        self,
        event_id: int,
        event_title: str,
        event_kind: str,
        starts_at: dt.datetime,
        participants: int,
        travel_pack: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from reports.meeting_pack import (
            AGENDA,
            BADGES,
            DEFAULT_BLANK_ROWS,
            DEFAULT_SECTIONS,
            INVITATION,
            MAX_BLANK_ROWS,
            PARTICIPANTS,
            SIGN_IN,
            TABLE_TENTS,
        )

        self.event_id = event_id
        self.event_title = event_title
        self.setWindowTitle(self.tr("Sitzungsunterlagen"))
        self.setMinimumWidth(580)

        title = QLabel(event_title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setObjectName("sectionTitle")
        when = QLocale().toString(
            QDateTime(QDate(starts_at.year, starts_at.month, starts_at.day), QTime(starts_at.hour, starts_at.minute)),
            "dddd, d. MMMM yyyy, HH:mm",
        )
        people = (
            self.tr("1 Person angemeldet")
            if participants == 1
            else self.tr("%1 Personen angemeldet").replace("%1", QLocale().toString(participants))
        )
        facts = QLabel(f"{event_kind} · {when} · {people}")
        facts.setTextFormat(Qt.TextFormat.PlainText)
        facts.setObjectName("pageSubtitle")
        facts.setWordWrap(True)

        labels = {
            INVITATION: self.tr("Einladung (Titel, Datum, Zeit, Ort oder Link, Gastgeber)"),
            AGENDA: self.tr("Tagesordnung mit Zeiten und Referierenden"),
            PARTICIPANTS: self.tr("Teilnehmendenliste (Name, Funktion, Organisation)"),
            SIGN_IN: self.tr("Unterschriftenliste mit freien Zeilen"),
            BADGES: self.tr("Namensschilder (10 je Bogen, Etikettenprodukt aus Einstellungen → Drucken)"),
            TABLE_TENTS: self.tr("Tischaufsteller (1 A4-Seite je Person, in der Mitte falten)"),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QGroupBox(self.tr("Teile"))
        sections_layout = QVBoxLayout(sections)
        for key, text in labels.items():
            box = QCheckBox(text)
            box.setChecked(key in DEFAULT_SECTIONS)
            box.toggled.connect(self._update_buttons)
            self.section_boxes[key] = box
            sections_layout.addWidget(box)

        self.sort = QComboBox()
        self.sort.addItem(self.tr("nach Organisation, dann Name"), SORT_BY_ORGANISATION)
        self.sort.addItem(self.tr("nach Nachname"), SORT_BY_NAME)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(DEFAULT_BLANK_ROWS)
        self.blank_rows.setSuffix(self.tr(" Zeilen"))
        self.blank_rows.setAccessibleName(self.tr("Freie Zeilen für Nachmeldungen"))
        form = QFormLayout()
        form.addRow(self.tr("Reihenfolge"), self.sort)
        form.addRow(self.tr("Freie Zeilen für Nachmeldungen"), self.blank_rows)

        self.travel_note = QLabel(
            self.tr("Für Exkursionen werden die Reiseunterlagen erstellt (Programm, Teilnehmende, Zimmerliste).")
        )
        self.travel_note.setWordWrap(True)
        self.travel_note.setVisible(travel_pack)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Erstellen und anzeigen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._travel_pack = travel_pack
        if travel_pack:
            # An excursion: the travel pack always, plus sign-in sheet, badges and tents on request.
            for key in (INVITATION, AGENDA, PARTICIPANTS):
                self.section_boxes[key].setChecked(False)
                self.section_boxes[key].setEnabled(False)
            for key in (SIGN_IN, BADGES):
                self.section_boxes[key].setChecked(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(self.travel_note)
        layout.addWidget(sections)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.create_button.setEnabled(self._travel_pack or any(box.isChecked() for box in self.section_boxes.values()))

    def set_sections(self, keys: tuple[str, ...]) -> None:
        for key, box in self.section_boxes.items():
            box.setChecked(key in keys)

    def options(self):
        from reports.meeting_pack import SECTIONS, TRAVEL, PackOptions

        chosen = tuple(key for key in SECTIONS if self.section_boxes[key].isChecked())
        if self._travel_pack:
            chosen = (TRAVEL, *chosen)
        return PackOptions(sections=chosen, sort=self.sort.currentData(), blank_rows=self.blank_rows.value())


def open_meeting_pack(
    parent: QWidget, db: Database, event_id: int, runner: PdfJobRunner | None = None
) -> MeetingPackDialog:
    """Ask for the options of an event's meeting pack, then produce and preview it.

    Any page may call this (the events area, the reports area). The returned dialog is open
    (window-modal); the PDF job and its preview hang on ``runner`` (made on ``parent`` if not given).
    """
    from model.reporting.meeting_data import event_summary
    from reports.meeting_pack import EXCURSION, event_pack_pdf, travel_pack_function

    summary = event_summary(db, event_id)
    runner = runner or PdfJobRunner(parent)
    travel = summary.kind == EXCURSION and travel_pack_function() is not None
    dialog = MeetingPackDialog(
        event_id, summary.title, summary.kind, summary.starts_at, participant_count(db, event_id), travel, parent
    )

    def start() -> None:
        options = dialog.options()
        name = f"{summary.starts_at:%Y-%m-%d} {'Reiseunterlagen' if travel else 'Sitzungsunterlagen'} {summary.title}"

        def work(progress, cancelled) -> bytes:  # Job's callback protocol
            return event_pack_pdf(db, event_id, options, progress, cancelled)

        title = QCoreApplication.translate("MeetingPackDialog", "Sitzungsunterlagen werden erstellt…")
        runner.run(title, work, summary.title, name)

    dialog.accepted.connect(start)
    dialog.open()
    return dialog
