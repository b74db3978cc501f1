"""Einladen: personal invitations for one event to a Verteiler, the member contacts or a
working group — by the office's mail server or as Outlook drafts — with the people left out
named before anything is sent, and the send journal below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.mail.invitations import (
    CHANNEL_DRAFT,
    CHANNEL_SMTP,
    SENDING,
    MailingResult,
    RecipientPlan,
    release_unclear,
    run_mailing,
    select_recipients,
)
from model.mail.preview import group_choices, list_choices
from model.mail.settings import load_mail_settings, load_password
from model.mail.templates import INVITATION, REMINDER
from model.mail.transport import SmtpTransport
from reports.mail_attachments import agenda_attachments

from .. import dialogs
from ..kit.dialog import Dialog
from ..kit.errors import show_error
from ..kit.screen import fit_to_screen
from ..worker import Job
from .common import guarded
from .mail_journal_view import MailJournalView


class InvitationDialog(Dialog):
    def __init__(self, db: Database, event_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.event_id = db, event_id
        self.plan: RecipientPlan | None = None
        self.job: Job | None = None
        self.last_result: MailingResult | None = None
        self.setWindowTitle(self.tr("Einladen – %1").replace("%1", title))
        fit_to_screen(self, 960, 700)

        who = QGroupBox(self.tr("Empfänger"))
        grid = QGridLayout(who)
        self.by_list = QRadioButton(self.tr("Verteiler"))
        self.by_members = QRadioButton(self.tr("Alle Kontakte der Mitgliedskommunen"))
        self.by_group = QRadioButton(self.tr("Arbeitsgruppe"))
        self.by_people = QRadioButton(self.tr("Ausgewählte Personen"))
        self.by_registered = QRadioButton(self.tr("Angemeldete dieser Veranstaltung (Erinnerung)"))
        self.picked_ids: list[int] = []
        self.pick_button = QPushButton(self.tr("Personen wählen…"))
        self.pick_button.clicked.connect(self.pick_people)
        self.picked_label = QLabel()
        self.recipient_kind = QButtonGroup(self)
        for button in (self.by_list, self.by_members, self.by_group, self.by_people, self.by_registered):
            self.recipient_kind.addButton(button)
        self.lists = QComboBox()
        for label, list_id in list_choices(db):
            self.lists.addItem(label, list_id)
        self.groups = QComboBox()
        for label, group_id in group_choices(db):
            self.groups.addItem(label, group_id)
        self.by_list.setEnabled(self.lists.count() > 0)
        self.by_group.setEnabled(self.groups.count() > 0)
        (self.by_list if self.lists.count() else self.by_members).setChecked(True)
        grid.addWidget(self.by_list, 0, 0)
        grid.addWidget(self.lists, 0, 1)
        grid.addWidget(self.by_members, 1, 0, 1, 2)
        grid.addWidget(self.by_group, 2, 0)
        grid.addWidget(self.groups, 2, 1)
        grid.addWidget(self.by_people, 3, 0)
        picked = QHBoxLayout()
        picked.addWidget(self.pick_button)
        picked.addWidget(self.picked_label, 1)
        grid.addLayout(picked, 3, 1)
        grid.addWidget(self.by_registered, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.check_button = QPushButton(self.tr("Empfänger prüfen"))
        self.check_button.clicked.connect(self.check_recipients)
        grid.addWidget(self.check_button, 5, 0)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        grid.addWidget(self.counts, 5, 1)
        self.left_out = QListWidget()
        self.left_out.setMaximumHeight(110)
        grid.addWidget(QLabel(self.tr("Ausgelassen (Einwilligung, inaktiv, ohne Adresse):")), 6, 0, 1, 2)
        grid.addWidget(self.left_out, 7, 0, 1, 2)

        how = QGroupBox(self.tr("Versand"))
        how_layout = QGridLayout(how)
        self.by_smtp = QRadioButton(self.tr("Über den Mailserver senden"))
        self.by_drafts = QRadioButton(self.tr("Outlook-Entwürfe (.eml) in einen Ordner schreiben"))
        self.channel = QButtonGroup(self)
        self.channel.addButton(self.by_smtp)
        self.channel.addButton(self.by_drafts)
        settings = load_mail_settings(db)
        server_text = (
            self.tr("Server: %1, Absender: %2").replace("%1", settings.host or "").replace("%2", settings.sender or "")
            if settings.configured
            else self.tr("Kein Mailserver eingerichtet (Einstellungen › E-Mail).")
        )
        self.server_label = QLabel(server_text)
        self.server_label.setObjectName("pageSubtitle")
        (self.by_smtp if settings.configured else self.by_drafts).setChecked(True)
        self.by_smtp.setEnabled(settings.configured)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Ordner für die Entwürfe"))
        self.folder_button = QPushButton(self.tr("Ordner wählen…"))
        self.folder_button.clicked.connect(self.choose_folder)
        how_layout.addWidget(self.by_smtp, 0, 0)
        how_layout.addWidget(self.server_label, 0, 1, 1, 2)
        how_layout.addWidget(self.by_drafts, 1, 0)
        how_layout.addWidget(self.folder, 1, 1)
        how_layout.addWidget(self.folder_button, 1, 2)
        how_layout.setColumnStretch(1, 1)

        self.journal = MailJournalView(db, self)
        self.release_button = QPushButton(self.tr("Unklare erneut senden…"))
        self.release_button.setToolTip(
            self.tr("Nachrichten, deren Versand abgebrochen wurde, beim nächsten Senden wieder mitnehmen")
        )
        self.release_button.clicked.connect(self.release_unclear)
        journal_box = QGroupBox(self.tr("Versandprotokoll"))
        journal_layout = QVBoxLayout(journal_box)
        journal_layout.addWidget(self.journal)
        journal_layout.addWidget(self.release_button)

        self.start_button = QPushButton(self.tr("Einladungen senden"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.reject)
        self.calendar_button = QPushButton(self.tr("Kalenderdatei (.ics)…"))
        self.calendar_button.setToolTip(
            self.tr("Den Termin als Kalenderdatei speichern, z. B. für den eigenen Kalender")
        )
        self.calendar_button.clicked.connect(self.save_calendar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.calendar_button)
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(how)
        layout.addWidget(journal_box, 1)
        layout.addLayout(buttons)
        self.recipient_kind.buttonToggled.connect(self._recipients_changed)
        self.lists.currentIndexChanged.connect(self._recipients_changed)
        self.groups.currentIndexChanged.connect(self._recipients_changed)
        self.channel.buttonToggled.connect(self._channel_changed)
        self._channel_changed()
        self._show_journal()

    def _show_journal(self) -> None:
        self.journal.set_event(self.event_id)
        self.release_button.setVisible(any(row.status == SENDING for row in self.journal.model.rows()))

    @Slot()
    def release_unclear(self) -> None:
        title = self.tr("Unklare Nachrichten")
        text = self.tr(
            "Der Versand dieser Nachrichten wurde abgebrochen; sie können angekommen sein. Bitte in "
            "»Gesendete Elemente« prüfen. Beim nächsten Senden erneut mitnehmen?"
        )
        if dialogs.ask(self, title, text, self.tr("Erneut mitnehmen")):
            guarded(self, title, lambda: release_unclear(self.db, self.event_id, self.kind()))
            self._show_journal()
            self._recipients_changed()

    # --- recipients ---------------------------------------------------------------------

    def kind(self) -> str:
        return REMINDER if self.by_registered.isChecked() else INVITATION

    def _selection(self) -> dict:
        if self.by_registered.isChecked():
            return {"registered_for": self.event_id, "consent_needed": False}
        if self.by_people.isChecked():
            return {"person_ids": list(self.picked_ids)}
        if self.by_list.isChecked():
            return {"list_id": self.lists.currentData()} if self.lists.count() else {"person_ids": []}
        if self.by_group.isChecked():
            return {"group_id": self.groups.currentData()} if self.groups.count() else {"person_ids": []}
        return {"members": True}

    @Slot()
    def _recipients_changed(self) -> None:
        self.plan = None
        self.counts.setText("")
        self.left_out.clear()
        self._channel_changed()

    @Slot()
    def pick_people(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        self.picker = PeoplePickerDialog(
            self.db, self.tr("Personen einladen"), accept_text=self.tr("Übernehmen"), parent=self
        )
        self.picker.accepted.connect(self._people_picked)
        self.picker.open()

    @Slot()
    def _people_picked(self) -> None:
        self.picked_ids = self.picker.chosen_ids()
        self.picked_label.setText(self.tr("%1 Personen gewählt").replace("%1", str(len(self.picked_ids))))
        self.by_people.setChecked(True)
        self._recipients_changed()

    @Slot()
    def _channel_changed(self) -> None:
        drafts = self.by_drafts.isChecked()
        self.folder.setEnabled(drafts)
        self.folder_button.setEnabled(drafts)
        reminder = self.by_registered.isChecked()
        self.start_button.setText(
            self.tr("Entwürfe schreiben")
            if drafts
            else self.tr("Erinnerungen senden")
            if reminder
            else self.tr("Einladungen senden")
        )

    @Slot()
    def check_recipients(self) -> bool:
        try:
            self.plan = select_recipients(self.db, **self._selection())
        except Exception as exc:  # noqa: BLE001 - a German message for known errors
            show_error(self, exc, title=self.tr("Empfänger"))
            return False
        self.counts.setText(
            self.tr("%1 Empfänger, %2 ausgelassen")
            .replace("%1", str(len(self.plan.recipients)))
            .replace("%2", str(len(self.plan.left_out)))
        )
        self.left_out.clear()
        self.left_out.addItems([f"{name} – {reason}" for name, reason in self.plan.left_out])
        return True

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die Entwürfe"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def save_calendar(self) -> None:
        from .calendar_export import save_calendar

        save_calendar(self, self.db, self.event_id)

    # --- sending ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        title = self.tr("Einladen")
        if self.plan is None and not self.check_recipients():
            return
        plan = self.plan
        if plan is None:  # check_recipients failed and said why
            return
        if not plan.recipients:
            dialogs.inform(self, title, self.tr("Niemand auf der Liste kann angeschrieben werden."))
            return
        drafts = self.by_drafts.isChecked()
        if drafts and not self.folder.text().strip():
            dialogs.warn(self, title, self.tr("Bitte einen Ordner für die Entwürfe wählen."))
            return
        question = (
            self.tr("%1 Entwürfe schreiben?")
            if drafts
            else self.tr("%1 Nachrichten senden? Bereits gesendete werden übersprungen.")
        ).replace("%1", str(len(plan.recipients)))
        left_out = "\n".join(f"{name} – {reason}" for name, reason in plan.left_out)
        details = self.tr("Ausgelassen:") + "\n" + left_out if left_out else ""
        if not dialogs.ask(
            self, title, question, self.tr("Entwürfe schreiben") if drafts else self.tr("Senden"), details
        ):
            return
        db, event_id, kind = self.db, self.event_id, self.kind()
        folder = Path(self.folder.text().strip()) if drafts else None

        def job(progress, cancelled):
            attachments = agenda_attachments(db, event_id)
            if drafts:
                return run_mailing(
                    db,
                    event_id,
                    plan,
                    channel=CHANNEL_DRAFT,
                    kind=kind,
                    out_dir=folder,
                    attachments=attachments,
                    progress=progress,
                    cancelled=cancelled,
                )
            settings = load_mail_settings(db)
            with SmtpTransport(settings, load_password(settings)) as transport:
                return run_mailing(
                    db,
                    event_id,
                    plan,
                    channel=CHANNEL_SMTP,
                    kind=kind,
                    transport=transport,
                    attachments=attachments,
                    pause_seconds=settings.pause_seconds,
                    progress=progress,
                    cancelled=cancelled,
                )

        self.start_button.setEnabled(False)
        self.job = Job(self, title, job, self._done, self._failed)

    def _done(self, result: MailingResult) -> None:
        self.last_result = result
        self.start_button.setEnabled(True)
        self._show_journal()
        channel = CHANNEL_DRAFT if self.by_drafts.isChecked() else CHANNEL_SMTP
        failed = "\n".join(f"{name}: {reason}" for name, reason in result.failed)
        dialogs.inform(self, self.tr("Einladen"), result.summary(channel), failed)

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self._show_journal()
        show_error(self, exc, title=self.tr("Einladen"))
