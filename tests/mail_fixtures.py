"""A real SMTP server on loopback (aiosmtpd) and people with and without invitation consent."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from email import policy
from email.parser import BytesParser

from events_fixtures import make_event

from model.core.entities import (
    AgendaItem,
    MailingList,
    MailingListMember,
    Organisation,
    Person,
)
from model.core.text import search_key
from model.mail.settings import MailSettings, save_mail_settings

INVITED = "Einladungen und Informationen per E-Mail"
# (salutation, title, first, last, email, consent scope or None, active)
MAIL_PEOPLE = [
    ("Frau", "Prof. Dr.", "Elif", "Öztürk-Schäfer", "elif.oeztuerk@essen.example", INVITED, True),
    ("Herr", None, "Łukasz", "Żółć", "lukasz.zolc@gelsenkirchen.example", INVITED, True),
    ("ohne", None, "Ayşe", "Yılmaz", "ayse.yilmaz@bochum.example", "Einladungen und Teilnehmendenlisten", True),
    ("Herr", "Dr.", "Thomas", "Becker", "t.becker@dortmund.example", INVITED, True),
    ("Frau", None, "Jana", "Schulte", "jana.schulte@dortmund.example", "Teilnehmendenlisten", True),
    ("Herr", None, "Peter", "Klein", "peter.klein@bochum.example", None, True),
    ("Frau", None, "Maria", "Wagner", "maria.wagner@hagen.example", INVITED, False),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """What the loopback server received, parsed by the ``email`` package."""

    def __init__(self):
        self.raw: list[bytes] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.raw.append(envelope.original_content or envelope.content)
        return "250 OK"

    def messages(self):
        with self.lock:
            return [BytesParser(policy=policy.default).parsebytes(raw) for raw in self.raw]


def start_server():
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller, mailbox


def configure(db, port: int, pause: int = 0) -> None:
    save_mail_settings(
        db,
        MailSettings(
            host="127.0.0.1",
            port=port,
            security="none",
            user=None,
            sender="geschaeftsstelle@netzwerk.example",
            pause_seconds=pause,
        ),
    )


def mail_scene(db, extra_people: int = 0) -> tuple[int, list[int]]:
    """An event with agenda, a Verteiler »Netzwerk« of MAIL_PEOPLE (+ consenting extras)."""
    with db.writing() as s:
        org = Organisation(name="Stadt Essen", kind="Kommune", search_key="stadt essen")
        s.add(org)
        s.flush()
        event = make_event(
            s,
            title="Netzwerktreffen März 2027",
            venue="Rathaus Essen",
            venue_address="Porscheplatz 1, 45127 Essen",
            format="Hybrid",
            online_link="https://teams.example/meet/123",
            registration_deadline=dt.date(2027, 2, 25),
        )
        s.add(AgendaItem(event_id=event.id, position=1, title="Begrüßung", kind="Begrüßung", duration_minutes=15))
        mailing_list = MailingList(name="Netzwerk")
        s.add(mailing_list)
        s.flush()
        ids = []
        rows = list(MAIL_PEOPLE) + [
            ("Frau", None, f"Person{n}", f"Extra{n:02d}", f"extra{n}@example.org", INVITED, True)
            for n in range(extra_people)
        ]
        for salutation, title, first, last, email, scope, active in rows:
            person = Person(
                salutation=salutation,
                title=title,
                first_name=first,
                last_name=last,
                email=email,
                organisation_id=org.id,
                active=active,
                consent_scope=scope,
                consent_date=dt.date(2026, 1, 10) if scope else None,
                search_key=search_key(first, last, None, None, email),
            )
            s.add(person)
            s.flush()
            ids.append(person.id)
            s.add(MailingListMember(mailing_list_id=mailing_list.id, person_id=person.id))
        return event.id, ids
