"""Verteiler: named sets of people, their addresses for Outlook and the mail program.

Only people who can be written to get an address: an email, active, not anonymised and
without a withdrawn consent. The others stay on the list (so nobody has to re-add them) but
are counted and named as left out.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import cast

from sqlalchemy import CursorResult, delete, func, insert, select

from ..core import audit
from ..core.db import Database
from ..core.entities import MailingList, MailingListMember, Person
from ..core.errors import UserError, ValidationError
from ..core.validation import check_length, check_required, clean
from .persons import CONSENT_WITHDRAWN, PersonRow, consent_state, list_persons

ENTITY = "mailing_list"
# Windows hands a mailto: link to the mail program through the shell, which cuts long links
# (Outlook: about 2,000 characters). Longer lists go through the clipboard.
MAILTO_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class MailingListRow:
    id: int
    name: str
    description: str | None
    members: int


def list_mailing_lists(db: Database) -> list[MailingListRow]:
    counts = (
        select(MailingListMember.mailing_list_id, func.count().label("n"))
        .group_by(MailingListMember.mailing_list_id)
        .subquery()
    )
    query = (
        select(MailingList.id, MailingList.name, MailingList.description, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.mailing_list_id == MailingList.id)
        .order_by(MailingList.name)
    )
    with db.session() as session:
        return [MailingListRow(*row) for row in session.execute(query)]


def _check_name(session, name: str, except_id: int | None) -> str:
    name = check_length(check_required(name, "Name"), 200, "Name")
    other = session.scalar(select(MailingList.id).where(func.lower(MailingList.name) == name.lower()))
    if other is not None and other != except_id:
        raise ValidationError(f"Einen Verteiler »{name}« gibt es schon.", "Name")
    return name


def create_mailing_list(db: Database, name: str, description: str | None = None) -> int:
    with db.writing() as session:
        name = _check_name(session, name, None)
        item = MailingList(name=name, description=clean(description))
        session.add(item)
        session.flush()
        audit.record(session, ENTITY, item.id, "angelegt", f"Verteiler »{name}« angelegt")
        return item.id


def rename_mailing_list(db: Database, list_id: int, name: str, description: str | None) -> None:
    with db.writing() as session:
        item = _get(session, list_id)
        new_name = _check_name(session, name, list_id)
        changes: dict[str, list[str | None]] = {}
        if item.name != new_name:
            changes["Name"] = [item.name, new_name]
        if item.description != clean(description):
            changes["Beschreibung"] = [item.description, clean(description)]
        item.name, item.description = new_name, clean(description)
        if changes:
            audit.record(session, ENTITY, list_id, "geändert", f"Verteiler »{new_name}« geändert", changes)


def delete_mailing_list(db: Database, list_id: int) -> None:
    with db.writing() as session:
        item = _get(session, list_id)
        session.execute(delete(MailingListMember).where(MailingListMember.mailing_list_id == list_id))
        audit.record(session, ENTITY, list_id, "gelöscht", f"Verteiler »{item.name}« gelöscht")
        session.delete(item)


def _get(session, list_id: int) -> MailingList:
    item = session.get(MailingList, list_id)
    if item is None:
        raise UserError("Diesen Verteiler gibt es nicht mehr.")
    return item


def add_members(db: Database, list_id: int, person_ids: list[int]) -> int:
    """Add people (already members are skipped); returns how many were new."""
    with db.writing() as session:
        item = _get(session, list_id)
        present = set(
            session.scalars(select(MailingListMember.person_id).where(MailingListMember.mailing_list_id == list_id))
        )
        usable = set(
            session.scalars(select(Person.id).where(Person.id.in_(set(person_ids)), Person.anonymised_at.is_(None)))
        )
        new = [pid for pid in dict.fromkeys(person_ids) if pid in usable and pid not in present]
        if new:
            session.execute(insert(MailingListMember), [{"mailing_list_id": list_id, "person_id": pid} for pid in new])
            audit.record(
                session,
                ENTITY,
                list_id,
                "Personen hinzugefügt",
                f"{len(new)} Personen zum Verteiler »{item.name}« hinzugefügt",
            )
        return len(new)


def remove_members(db: Database, list_id: int, person_ids: list[int]) -> int:
    with db.writing() as session:
        item = _get(session, list_id)
        result = cast(
            CursorResult,
            session.execute(
                delete(MailingListMember).where(
                    MailingListMember.mailing_list_id == list_id, MailingListMember.person_id.in_(person_ids)
                )
            ),
        )
        if result.rowcount:
            audit.record(
                session,
                ENTITY,
                list_id,
                "Personen entfernt",
                f"{result.rowcount} Personen aus dem Verteiler »{item.name}« entfernt",
            )
        return result.rowcount or 0


def member_ids(db: Database, list_id: int) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(select(MailingListMember.person_id).where(MailingListMember.mailing_list_id == list_id))
        )


def members(db: Database, list_id: int) -> list[PersonRow]:
    return list_persons(db, ids=member_ids(db, list_id))


def reachable(row: PersonRow) -> bool:
    return (
        bool(row.email)
        and row.active
        and not row.anonymised
        and consent_state(row.consent_date, row.consent_withdrawn_on) != CONSENT_WITHDRAWN
    )


def unreachable_reason(row: PersonRow) -> str | None:
    if row.anonymised:
        return "anonymisiert"
    if not row.email:
        return "keine E-Mail-Adresse"
    if not row.active:
        return "inaktiv"
    if consent_state(row.consent_date, row.consent_withdrawn_on) == CONSENT_WITHDRAWN:
        return "Einwilligung widerrufen"
    return None


def addresses(rows: list[PersonRow]) -> list[str]:
    """The distinct email addresses of the people who can be written to, in list order."""
    seen: dict[str, str] = {}
    for row in rows:
        if reachable(row):
            email = (row.email or "").strip()
            seen.setdefault(email.lower(), email)
    return list(seen.values())


def outlook_text(emails: list[str]) -> str:
    """What Outlook's To/BCC field accepts when pasted: addresses separated by "; "."""
    return "; ".join(emails)


def mailto_url(emails: list[str], subject: str = "") -> str:
    """``mailto:?bcc=…`` with every address in BCC (nobody sees the others' addresses)."""
    query = {"bcc": ",".join(emails)}
    if subject:
        query["subject"] = subject
    return "mailto:?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote, safe="@,")


def mailto_fits(url: str) -> bool:
    return len(url) <= MAILTO_LIMIT
