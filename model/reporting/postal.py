"""Postal recipients of letters and labels: salutation, address lines, and who gets the post.

Rules (one place): the address is the person's own when street, postcode and town are all
known, else their organisation's; without either the person is listed as "Adresse fehlt"
before anything is printed. Anonymised people, inactive people and people who withdrew
their consent get no post.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import MailingList, MailingListMember, Organisation, Person, WorkingGroup, WorkingGroupMember
from ..core.errors import UserError
from ..core.text import fold
from ..core.vocab import NO_SALUTATION
from .listing import current_member_clause

NEUTRAL_GREETING = "Sehr geehrte Damen und Herren,"


def letter_salutation(salutation: str | None, title: str | None, first_name: str | None, last_name: str) -> str:
    """ "Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer," / "Sehr geehrter Herr …" / "Guten Tag Kim Park,"."""
    if salutation == "Frau":
        return f"Sehr geehrte Frau {_join(title, last_name)},"
    if salutation == "Herr":
        return f"Sehr geehrter Herr {_join(title, last_name)},"
    name = _join(title, first_name, last_name)
    return f"Guten Tag {name}," if name else NEUTRAL_GREETING


def address_name_line(salutation: str | None, title: str | None, first_name: str | None, last_name: str) -> str:
    """ "Frau Prof. Dr. Ayşe Öztürk-Schäfer" / "Herrn Łukasz Żółć" (DIN 5008: Herrn in the address)."""
    prefix = {"Frau": "Frau", "Herr": "Herrn"}.get(salutation or "", "")
    return _join(prefix, title, first_name, last_name)


def _join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class Recipient:
    person_id: int
    salutation: str
    title: str | None
    first_name: str
    last_name: str
    organisation: str | None
    department: str | None
    street: str | None
    postcode: str | None
    city: str | None
    from_organisation: bool  # the address is the organisation's

    @property
    def full_name(self) -> str:
        return _join(self.title, self.first_name, self.last_name)

    @property
    def greeting(self) -> str:
        return letter_salutation(self.salutation, self.title, self.first_name, self.last_name)

    @property
    def has_address(self) -> bool:
        return bool(self.street and self.postcode and self.city)

    def address_lines(self) -> list[str]:
        """Recipient lines of the address field: organisation first when it is the organisation's address."""
        name = address_name_line(self.salutation, self.title, self.first_name, self.last_name)
        lines = [self.organisation, self.department, name] if self.from_organisation else [name]
        lines += [self.street, _join(self.postcode, self.city)]
        return [line for line in lines if line]


def _complete(street, postcode, city) -> bool:  # plain column values
    return bool(street and postcode and city)


def recipients(db: Database, person_ids: list[int]) -> list[Recipient]:
    """Recipients in the order of last and first name; each with the best address known."""
    if not person_ids:
        return []
    with db.session() as session:
        rows = session.execute(
            select(
                Person.id,
                Person.salutation,
                Person.title,
                Person.first_name,
                Person.last_name,
                Person.department,
                Person.street,
                Person.postcode,
                Person.city,
                Organisation.name,
                Organisation.street,
                Organisation.postcode,
                Organisation.city,
            )
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.id.in_(set(person_ids)))
        ).all()
    result = []
    for (
        pid,
        salutation,
        title,
        first,
        last,
        department,
        street,
        postcode,
        city,
        org,
        org_street,
        org_postcode,
        org_city,
    ) in rows:
        own = _complete(street, postcode, city)
        use_org = not own and _complete(org_street, org_postcode, org_city)
        result.append(
            Recipient(
                person_id=pid,
                salutation=salutation or NO_SALUTATION,
                title=title,
                first_name=first or "",
                last_name=last or "",
                organisation=org,
                department=department,
                street=org_street if use_org else street,
                postcode=org_postcode if use_org else postcode,
                city=org_city if use_org else city,
                from_organisation=use_org,
            )
        )
    result.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.person_id))
    return result


def split_by_address(people: list[Recipient]) -> tuple[list[Recipient], list[Recipient]]:
    """(with a postal address, without one)."""
    return [p for p in people if p.has_address], [p for p in people if not p.has_address]


def missing_addresses_message(missing: list[Recipient]) -> str:
    names = ", ".join(f"{p.full_name} ({p.organisation})" if p.organisation else p.full_name for p in missing[:20])
    more = f" und {len(missing) - 20} weitere" if len(missing) > 20 else ""
    return (
        f"Adresse fehlt bei {len(missing)} {'Person' if len(missing) == 1 else 'Personen'}: {names}{more}. "
        "Bitte Anschrift der Person oder ihrer Organisation ergänzen."
    )


def require_addresses(people: list[Recipient]) -> list[Recipient]:
    """All recipients, or a clear "Adresse fehlt" list before anything is printed."""
    _with, without = split_by_address(people)
    if without:
        raise UserError(missing_addresses_message(without))
    return people


def _may_receive_post():
    return (Person.active.is_(True), Person.anonymised_at.is_(None), Person.consent_withdrawn_on.is_(None))


def mailing_list_person_ids(db: Database, name: str) -> list[int]:
    with db.session() as session:
        mailing_list = session.scalar(select(MailingList).where(MailingList.name == name))
        if mailing_list is None:
            known = ", ".join(f"»{n}«" for n in session.scalars(select(MailingList.name).order_by(MailingList.name)))
            raise UserError(f"Den Verteiler »{name}« gibt es nicht; vorhanden: {known or 'keiner'}.")
        return list(
            session.scalars(
                select(Person.id)
                .join(MailingListMember, MailingListMember.person_id == Person.id)
                .where(MailingListMember.mailing_list_id == mailing_list.id, *_may_receive_post())
            )
        )


def member_contact_person_ids(db: Database, on: dt.date | None = None) -> list[int]:
    """The contact people of all member organisations on the day (as in the member directory)."""
    on = on or dt.date.today()
    with db.session() as session:
        return list(
            session.scalars(
                select(Person.id)
                .join(Organisation, Organisation.id == Person.organisation_id)
                .where(current_member_clause(on), *_may_receive_post())
            )
        )


def group_person_ids(db: Database, group_id: int, on: dt.date | None = None) -> list[int]:
    """The current members of a working group."""
    on = on or dt.date.today()
    with db.session() as session:
        if session.get(WorkingGroup, group_id) is None:
            raise UserError(f"Die Arbeitsgruppe mit der Nummer {group_id} gibt es nicht.")
        return list(
            session.scalars(
                select(Person.id)
                .join(WorkingGroupMember, WorkingGroupMember.person_id == Person.id)
                .where(
                    WorkingGroupMember.working_group_id == group_id,
                    (WorkingGroupMember.joined_on.is_(None)) | (WorkingGroupMember.joined_on <= on),
                    (WorkingGroupMember.left_on.is_(None)) | (WorkingGroupMember.left_on > on),
                    *_may_receive_post(),
                )
            )
        )
