"""What an invitation carries besides the calendar entry: the agenda as PDF (from the
meeting pack), when the event has one."""

from __future__ import annotations


def agenda_attachments(db, event_id: int) -> tuple:
    from model.events.agenda import load_agenda
    from model.mail.invitations import Attachment

    from .meeting_pack import AGENDA, PackOptions, event_pack_pdf

    if not load_agenda(db, event_id):
        return ()
    return (Attachment("Tagesordnung.pdf", event_pack_pdf(db, event_id, PackOptions(sections=(AGENDA,)))),)
