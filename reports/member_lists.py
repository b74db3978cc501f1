"""Excel lists of people, organisations and mailing lists, as an office wants them.

Bold frozen header, autofilter, sensible widths, dates as dates (``reports.excel``); every text
is written as text, so ``=SUMME(A1:A3)`` or ``@Stadt`` stays those characters. The person
list's headers are the import's column names: an exported list can be edited and imported again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import func, select

from model.db import Database
from model.entities import Person
from model.errors import UserError
from model.mailing_lists import list_mailing_lists, members, unreachable_reason
from model.organisations import list_organisations

if TYPE_CHECKING:
    from model.billing import OrganisationBillingData
from model.persons import PersonRow, list_persons

from .excel import Column, Sheet, write_workbook

PERSON_COLUMNS = [
    Column("Anrede"), Column("Titel"), Column("Vorname"), Column("Nachname"), Column("Organisation"),
    Column("Art der Organisation"), Column("Abteilung"), Column("Funktion"), Column("Rolle"), Column("E-Mail"),
    Column("Telefon"), Column("Mobil"), Column("Straße"), Column("PLZ"), Column("Ort"), Column("Kammer"),
    Column("Kammer-Mitgliedsnummer"), Column("Einwilligung am", "date"), Column("Einwilligung für"),
    Column("Widerruf am", "date"), Column("aktiv", "bool"), Column("Geändert am", "datetime"), Column("Nr.", "number"),
]


def _person_details(db: Database, ids: list[int]) -> dict[int, tuple]:
    with db.session() as session:
        query = select(Person.id, Person.street, Person.postcode, Person.consent_scope)
        if len(ids) < 900:
            query = query.where(Person.id.in_(ids))
        return {row[0]: row[1:] for row in session.execute(query)}


def person_rows(db: Database, rows: list[PersonRow]) -> list[list]:
    details = _person_details(db, [row.id for row in rows])
    result = []
    for row in rows:
        street, postcode, scope = details.get(row.id, (None, None, None))
        result.append([
            row.salutation if row.salutation != "ohne" else None, row.title, row.first_name, row.last_name,
            row.organisation, row.organisation_kind, row.department, row.function, row.role, row.email, row.phone,
            row.mobile, street, postcode, row.city, row.chamber, row.chamber_number, row.consent_date, scope,
            row.consent_withdrawn_on, row.active, row.updated_at, row.id,
        ])
    return result


def write_persons(target: Path | str | BinaryIO, db: Database, rows: list[PersonRow], title: str = "Personen") -> int:
    table = person_rows(db, rows)
    write_workbook(target, [Sheet(title, PERSON_COLUMNS, table)])
    return len(table)


def export_persons(db: Database, path: Path | str, *, event_id: int | None = None, **_ignored) -> int:
    """Every person who is not anonymised (the command line's ``export persons``)."""
    if event_id is not None:
        raise UserError("--event gilt nicht für »persons«.")
    rows = [row for row in list_persons(db) if not row.anonymised]
    return write_persons(path, db, rows)


ORGANISATION_COLUMNS = [
    Column("Name"), Column("Art"), Column("AGS"), Column("Regierungsbezirk"), Column("Straße"), Column("PLZ"),
    Column("Ort"), Column("Telefon"), Column("E-Mail"), Column("Internet"), Column("Mitgliedschaft"),
    Column("Mitglied seit", "date"), Column("Jahresbeitrag", "money"), Column("Personen", "number"),
    Column("Programmgebiete", "number"), Column("Nr.", "number"),
    Column("Leitweg-ID"), Column("Rechnungsweg"), Column("E-Mail für Rechnungen"),
]


def export_organisations(db: Database, path: Path | str, *, event_id: int | None = None, rows=None,
                         **_ignored) -> int:
    """Every organisation with its current membership (the command line's ``export organisations``)."""
    if event_id is not None:
        raise UserError("--event gilt nicht für »organisations«.")
    from model.billing import billing_by_organisation

    rows = list_organisations(db) if rows is None else rows
    billing = billing_by_organisation(db)
    table = [[r.name, r.kind, r.ags, r.regierungsbezirk, r.street, r.postcode, r.city, r.phone, r.email, r.website,
              r.status or None, r.member_since, r.annual_fee, r.people, r.areas, r.id, *_billing_cells(billing.get(r.id))]
             for r in rows]
    write_workbook(path, [Sheet("Organisationen", ORGANISATION_COLUMNS, table)])
    return len(table)



def _billing_cells(data: OrganisationBillingData | None) -> tuple[str | None, str | None, str | None]:
    """Leitweg-ID, channel and invoice address; empty cells without billing data."""
    if data is None:
        return None, None, None
    return data.leitweg_id, data.channel, data.invoice_email


def export_mailing_list(db: Database, list_id: int, path: Path | str) -> int:
    """A mailing list: its people, with a column saying who gets no mail and why."""
    found = {row.id: row for row in list_mailing_lists(db)}
    if list_id not in found:
        raise UserError("Diesen Verteiler gibt es nicht mehr.")
    people = members(db, list_id)
    columns = [Column("Anrede"), Column("Titel"), Column("Vorname"), Column("Nachname"), Column("Organisation"),
               Column("Funktion"), Column("E-Mail"), Column("Telefon"), Column("erhält keine E-Mail, weil")]
    table = [[p.salutation if p.salutation != "ohne" else None, p.title, p.first_name, p.last_name, p.organisation,
              p.function, p.email, p.phone, unreachable_reason(p)] for p in people]
    write_workbook(path, [Sheet(found[list_id].name, columns, table,
                                heading=f"Verteiler »{found[list_id].name}« – Stand {dt.date.today():%d.%m.%Y}")])
    return len(table)


def count_persons(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0
