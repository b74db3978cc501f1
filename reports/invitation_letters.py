"""Personal invitation letters (DIN 5008) for an event: one letter per recipient, one PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from model.core.vocab import CONFERENCE, EXCURSION, GROUP_MEETING, TRAINING, WORKSHOP
from model.reporting.meeting_data import MeetingData
from model.reporting.postal import Recipient

from .letter import Letter, Sender, letter_date, letters_pdf
from .meeting_pack import event_date_text, facts_table, invitation_facts, programme_overview
from .pdf import para


def _article(kind: str) -> str:
    """ "zum Netzwerktreffen", "zur Werkstatt"…"""
    feminine = (WORKSHOP, GROUP_MEETING, TRAINING, EXCURSION, CONFERENCE)
    return f"zur {kind}" if kind in feminine else f"zum {kind}"


def invitation_body(pack: MeetingData) -> list:
    event = pack.event
    body: list = [
        para(
            f"hiermit laden wir Sie herzlich {_article(event.kind)} »{event.title}« am "
            f"{event_date_text(event.starts_at, event.ends_at)} ein."
        ),
        Spacer(1, 3 * mm),
        # Date, deadline and contact are already in the sentence and the info block.
        facts_table(
            [(k, v) for k, v in invitation_facts(pack) if k not in ("Datum", "Anmeldung bis", "Ansprechperson")]
        ),
        Spacer(1, 3 * mm),
    ]
    if event.description:
        body += [para(event.description), Spacer(1, 3 * mm)]
    if pack.agenda:
        body += [para("Das Programm im Überblick", "h2"), programme_overview(pack), Spacer(1, 3 * mm)]
    last = "Wir freuen uns auf Ihre Teilnahme und den Austausch."
    if event.registration_deadline:
        last = f"Bitte melden Sie sich bis zum {letter_date(event.registration_deadline)} an. {last}"
    body.append(para(last))
    return body


def invitation_letters_pdf(
    pack: MeetingData, recipients: Sequence[Recipient], sender: Sender, on: dt.date | None = None
) -> bytes:
    on = on or dt.date.today()
    event = pack.event
    info = [("Datum", letter_date(on))]
    if event.responsible:
        info.insert(0, ("Ansprechperson", event.responsible))
    body = invitation_body(pack)
    letters = [
        Letter(
            address_lines=r.address_lines(),
            subject=f"Einladung: {event.title}",
            body=body,
            salutation=r.greeting,
            info=info,
        )
        for r in recipients
    ]
    return letters_pdf(
        letters,
        sender,
        f"Einladungen – {event.title}",
        f"Einladung: {event.title}",
        empty_text="Für diese Auswahl gibt es keine Empfängerinnen und Empfänger.",
    )
