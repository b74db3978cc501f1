"""One event in a window: Angaben, Tagesordnung, Anmeldungen, Anwesenheit.

Angaben and Tagesordnung are saved together with »Speichern« (one transaction, checked
against changes made elsewhere meanwhile: then the user reloads or compares both versions and
may keep their own, see ``gui.conflict_dialog``); Anmeldungen and Anwesenheit are saved at every
click. Closing with unsaved changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from model.core.db import Database
from model.core.entities import Event
from model.core.errors import UserError, ValidationError
from model.events.agenda import load_agenda
from model.events.events import form_choices, load_event, new_event, save_event
from model.services.conflicts import event_conflict

from .. import dialogs
from ..kit.dates import from_qdatetime
from ..kit.editor import EditorDialog, save_versioned
from ..kit.errors import show_error
from ..kit.screen import fit_to_screen
from .agenda_editor import AgendaEditor
from .attendance_tab import AttendanceTab
from .event_form import EventForm
from .invitation_dialog import InvitationDialog
from .mail_journal_view import MailJournalView
from .registrations_tab import RegistrationsTab

TAB_DETAILS, TAB_AGENDA, TAB_REGISTRATIONS, TAB_ATTENDANCE, TAB_MAIL = range(5)


class EventDialog(EditorDialog):
    saved = Signal(int)  # the event's id, after every successful save
    registrations_changed = Signal(int)

    def __init__(
        self, db: Database, event_id: int | None = None, *, template: Event | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1080, 720)
        self.record: Event = load_event(db, event_id) if event_id is not None else (template or new_event())
        self.dirty = False

        choices = form_choices(db)
        self.form = EventForm(choices, self)
        self.agenda = AgendaEditor(db, self)
        self.registrations = RegistrationsTab(db, self)
        self.attendance = AttendanceTab(db, self)
        self.mail_journal = MailJournalView(db, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Angaben"))
        self.tabs.addTab(self.agenda, self.tr("Tagesordnung"))
        self.tabs.addTab(self.registrations, self.tr("Anmeldungen"))
        self.tabs.addTab(self.attendance, self.tr("Anwesenheit"))
        self.tabs.addTab(self.mail_journal, self.tr("Versand"))
        self._loaded_tabs: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel()
        self.state.setObjectName("pageSubtitle")
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Angaben und Tagesordnung speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_close_button = QPushButton(self.tr("Speichern und schließen"))
        self.save_close_button.setDefault(True)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.clicked.connect(self.close)
        self.invite_button = QPushButton(self.tr("Einladen…"))
        self.invite_button.setToolTip(self.tr("Persönliche Einladungen mit Tagesordnung und Kalendereintrag"))
        self.invite_button.clicked.connect(self.open_invitations)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_close_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.form.changed.connect(self._on_form_changed)
        self.agenda.changed.connect(self._mark_dirty)
        self.registrations.changed.connect(self._registrations_changed)
        self.attendance.changed.connect(self._registrations_changed)
        self._show(self.record, agenda=load_agenda(db, self.record.id) if self.record.id else [])

    # --- showing ----------------------------------------------------------------------------

    def first_field(self) -> QWidget | None:
        return self.form.kind if self.record.id is None else None

    def _show(self, event: Event, agenda) -> None:
        self.record = event
        self.form.load(event)
        self.agenda.set_agenda(agenda, event.starts_at, event.ends_at)
        self._loaded_tabs = {TAB_DETAILS, TAB_AGENDA}
        saved = event.id is not None
        self.invite_button.setEnabled(saved)
        for index in (TAB_REGISTRATIONS, TAB_ATTENDANCE, TAB_MAIL):
            self.tabs.setTabEnabled(index, saved)
            self.tabs.setTabToolTip(index, "" if saved else self.tr("Erst nach dem ersten Speichern"))
        self._set_dirty(False)
        self._show_heading()
        self._tab_shown(self.tabs.currentIndex())

    def _show_heading(self) -> None:
        if self.record.id is None:
            self.setWindowTitle(self.tr("Neue Veranstaltung"))
            self.heading.setText(self.tr("Neue Veranstaltung").replace("&", "&amp;"))
            return
        title = self.record.title
        self.setWindowTitle(self.tr("Veranstaltung – %1").replace("%1", title))
        from html import escape

        from .common import long_date

        when = long_date(self.record.starts_at.date()) + self.record.starts_at.strftime(", %H:%M")
        details = f"{when} · {self.record.kind} · {self.record.status} · Nr. {self.record.id}"
        self.heading.setText(
            f"{escape(title)}<br><span style='font-size:10pt; font-weight:400; color:#5f6b78'>{escape(details)}</span>"
        )

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        """Registrations and attendance load when first shown (a Tagung has hundreds)."""
        if self.record.id is None or index in self._loaded_tabs:
            return
        self._loaded_tabs.add(index)
        if index == TAB_REGISTRATIONS:
            self.registrations.set_event(self.record.id, self.record.title)
        elif index == TAB_ATTENDANCE:
            self.attendance.set_event(self.record.id, self.record.title, self.record.starts_at, self.record.ends_at)
        elif index == TAB_MAIL:
            self.mail_journal.set_event(self.record.id)

    @Slot()
    def open_invitations(self) -> None:
        """The invitation dialog; the Versand tab reloads when shown next."""
        if self.record.id is None:
            return
        dialog = InvitationDialog(self.db, self.record.id, self.record.title, self)
        dialog.exec()
        self._loaded_tabs.discard(TAB_MAIL)
        self._tab_shown(self.tabs.currentIndex())

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)

    # --- dirty state ------------------------------------------------------------------------

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.state.setText(self.tr("Ungespeicherte Änderungen") if dirty else "")

    @Slot()
    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    @Slot()
    def _on_form_changed(self) -> None:
        self._set_dirty(True)
        starts = from_qdatetime(self.form.starts.dateTime())
        ends = from_qdatetime(self.form.ends.dateTime())
        self.agenda.set_event_times(starts, ends)

    @Slot()
    def _registrations_changed(self) -> None:
        # The other tab shows the same registrations: reload it when shown next.
        sender = self.sender()
        other = TAB_ATTENDANCE if sender is self.registrations else TAB_REGISTRATIONS
        self._loaded_tabs.discard(other)
        if self.record.id is not None:
            self.registrations_changed.emit(self.record.id)

    # --- saving -----------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Save Angaben and Tagesordnung; True on success."""
        if not self.dates_accepted():
            return False
        if self.agenda.view.state() == self.agenda.view.State.EditingState:
            self.agenda.view.setFocus()  # commits the cell being edited
        edited = self._edited_copy()
        self.form.apply_to(edited)
        return self._write(edited, self.agenda.entries())

    def _write(self, edited: Event, agenda: list) -> bool:
        title = self.tr("Speichern")
        try:
            saved = save_versioned(
                self,
                title,
                self.tr("Jemand anderes hat diese Veranstaltung gespeichert, während sie hier offen war."),
                lambda version: save_event(self.db, self._with_version(edited, version), agenda),
                lambda: event_conflict(self.db, edited, agenda),
                self.reload,
            )
        except ValidationError as exc:
            if exc.row is not None:
                self.tabs.setCurrentIndex(TAB_AGENDA)
            else:
                self.tabs.setCurrentIndex(TAB_DETAILS)
                self.form.focus_field(exc.field)
            dialogs.warn(self, title, str(exc))
            return False
        except UserError as exc:
            dialogs.warn(self, title, str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - known environment errors get a sentence
            show_error(self, exc, title=title)
            return False
        if saved is None:  # someone else saved meanwhile; the user reloaded or went back
            return False
        was_new = self.record.id is None
        self._show(saved, load_agenda(self.db, saved.id))
        self.state.setText(self.tr("Gespeichert."))
        if was_new:
            self.registrations.set_event(saved.id, saved.title)
        self.saved.emit(saved.id)
        return True

    @staticmethod
    def _with_version(edited: Event, version: int | None) -> Event:
        """The edited copy, saved over the stored version the user chose to replace."""
        if version is not None:
            edited.version = version
        return edited

    def _edited_copy(self) -> Event:
        """A detached copy of the loaded event to write the form into (the loaded one stays as it was)."""
        copy = Event()
        for column in Event.__table__.columns:
            setattr(copy, column.key, getattr(self.record, column.key))
        return copy

    @Slot()
    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    @Slot()
    def reload(self) -> None:
        if self.record.id is None:
            return
        self._show(load_event(self.db, self.record.id), load_agenda(self.db, self.record.id))

    # --- the record editor (gui.kit.editor): closing asks before edits are lost -------------

    def is_dirty(self) -> bool:
        return self.dirty

    def mark_clean(self) -> None:
        self._set_dirty(False)

    def discard_edits(self) -> None:
        self._set_dirty(False)

    def save_edits(self) -> bool:
        return self.save()
