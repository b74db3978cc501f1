"""Data for the mail screens: a template filled for a real person and event, and the choices."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import Event, MailingList, Person, WorkingGroup
from ..members.persons import display_name
from .invitations import Recipient, event_facts, person_values
from .templates import PLACEHOLDERS, check_template, render

SAMPLE_EVENT = {
    "titel": "Netzwerktreffen",
    "art": "Netzwerktreffen",
    "datum": "Donnerstag, 4. März 2027",
    "uhrzeit": "10:00–13:00 Uhr",
    "ort": "Rathaus",
    "online_link": "https://…",
    "anmeldeschluss": "Donnerstag, 25. Februar 2027",
    "geschaeftsstelle": "Geschäftsstelle",
    "jahr": str(dt.date.today().year),
}


def preview(db: Database, subject: str, body: str, person_id: int | None, event_id: int | None) -> tuple[str, str]:
    """The filled subject and body; a ValidationError when the template is not valid."""
    check_template(subject, body)
    values = dict(SAMPLE_EVENT)
    if event_id is not None:
        values.update(event_facts(db, event_id).values)
    if person_id is not None:
        with db.session() as session:
            person = session.get(Person, person_id)
            if person is not None:
                values.update(
                    person_values(
                        Recipient(
                            person.id,
                            person.salutation,
                            person.title,
                            person.first_name,
                            person.last_name,
                            person.email or "",
                            None,
                        )
                    )
                )
    values = {name: values.get(name, "") for name in PLACEHOLDERS}
    return render(subject, values), render(body, values)


def people_choices(db: Database, limit: int = 500) -> list[tuple[str, int]]:
    query = (
        select(Person.id, Person.title, Person.first_name, Person.last_name)
        .where(Person.anonymised_at.is_(None), Person.email.is_not(None))
        .order_by(Person.last_name, Person.first_name)
        .limit(limit)
    )
    with db.session() as session:
        return [(display_name(title, first, last), pid) for pid, title, first, last in session.execute(query)]


def event_choices(db: Database, limit: int = 200) -> list[tuple[str, int]]:
    query = (
        select(Event.id, Event.title, Event.starts_at)
        .where(Event.starts_at >= dt.datetime.now() - dt.timedelta(days=30))
        .order_by(Event.starts_at)
        .limit(limit)
    )
    with db.session() as session:
        return [(f"{starts:%d.%m.%Y} {title}", eid) for eid, title, starts in session.execute(query)]


def list_choices(db: Database) -> list[tuple[str, int]]:
    with db.session() as session:
        return [
            (name, lid)
            for lid, name in session.execute(select(MailingList.id, MailingList.name).order_by(MailingList.name))
        ]


def group_choices(db: Database) -> list[tuple[str, int]]:
    with db.session() as session:
        return [
            (name, gid)
            for gid, name in session.execute(select(WorkingGroup.id, WorkingGroup.name).order_by(WorkingGroup.name))
        ]
