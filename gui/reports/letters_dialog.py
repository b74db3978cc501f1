"""Einladungsbriefe: personal DIN 5008 invitation letters for an event, to a Verteiler, all
member contacts or a working group, as one PDF in the preview (same as ``letters`` on the
command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from model.core.db import Database

from ..kit.dialog import Dialog

MEMBERS = ("members", None)


class LettersDialog(Dialog):
    """Asks who gets the letters; ``recipients()`` is ("members", None), ("list", name) or ("group", id)."""

    def __init__(
        self, event_title: str, mailing_lists: list[str], groups: list[tuple[int, str]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einladungsbriefe"))
        self.setMinimumWidth(480)
        title = QLabel(event_title)
        title.setWordWrap(True)
        title.setObjectName("sectionTitle")
        self.recipients_box = QComboBox()
        self.recipients_box.addItem(self.tr("Alle Ansprechpersonen der Mitglieder"), MEMBERS)
        for name in mailing_lists:
            self.recipients_box.addItem(self.tr("Verteiler: %1").replace("%1", name), ("list", name))
        for group_id, name in groups:
            self.recipients_box.addItem(self.tr("Arbeitsgruppe: %1").replace("%1", name), ("group", group_id))
        form = QFormLayout()
        form.addRow(self.tr("Empfänger"), self.recipients_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Briefe erstellen und anzeigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def recipients(self) -> tuple[str, object]:
        return self.recipients_box.currentData()


def invitation_letters_work(db: Database, event_id: int, choice: tuple[str, object]):
    """The background work: read the recipients (or name who has no address), write the letters."""

    def work(progress, cancelled) -> bytes:  # Job's callback protocol
        from model.reporting import postal
        from model.reporting.meeting_data import meeting_data
        from model.settings.office import load_profile
        from reports.invitation_letters import invitation_letters_pdf
        from reports.letter import Sender

        kind, value = choice
        if kind == "list":
            assert isinstance(value, str)  # a list's name
            ids = postal.mailing_list_person_ids(db, value)
        elif kind == "group":
            assert isinstance(value, int)  # a group's id
            ids = postal.group_person_ids(db, value)
        else:
            ids = postal.member_contact_person_ids(db)
        people = postal.require_addresses(postal.recipients(db, ids))
        return invitation_letters_pdf(meeting_data(db, event_id), people, Sender.from_profile(load_profile(db)))

    return work


def open_invitation_letters(parent: QWidget, db: Database, event_id: int, event_title: str, runner) -> LettersDialog:
    """Ask for the recipients, then build the letters in the background and preview them."""
    from model.events.working_groups import list_groups
    from model.members.mailing_lists import list_mailing_lists

    dialog = LettersDialog(
        event_title, [m.name for m in list_mailing_lists(db)], [(g.id, g.name) for g in list_groups(db)], parent
    )

    def start() -> None:
        title = dialog.windowTitle()
        runner.run(
            QCoreApplication.translate("LettersDialog", "Einladungsbriefe werden erstellt…"),
            invitation_letters_work(db, event_id, dialog.recipients()),
            f"{title}: {event_title}",
            f"{title} {event_title}",
        )

    dialog.accepted.connect(start)
    dialog.open()
    return dialog
