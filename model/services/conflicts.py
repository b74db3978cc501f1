"""Two versions of one record side by side: what this user typed and what someone else saved
meanwhile.

A form whose save failed because the stored version is newer (``ChangedElsewhere``) asks for a ``Conflict``: the stored
version, freshly loaded, and one ``FieldComparison`` per field with German labels and the values as German text. The form
shows the table and then either takes the stored version (reload) or saves its own values
over it: with the stored version number (``Conflict.version``), so that a third save in the
meantime is noticed again.

Plain data, no Qt: the comparison is tested without a display.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import Organisation, WorkingGroup
from ..core.errors import ValidationError
from ..core.formatting import money, short_date


@dataclass(frozen=True)
class FieldComparison:
    name: str  # attribute name
    label: str  # German, as the form labels it
    mine: str  # the value as text, "" for empty
    theirs: str
    differs: bool


@dataclass
class Conflict[T]:
    stored: T  # the stored version as the load function returns it
    version: int  # its version number: save one's own values with it to overwrite
    fields: list[FieldComparison] = field(default_factory=list)

    @property
    def differences(self) -> list[FieldComparison]:
        return [item for item in self.fields if item.differs]


# --- generic comparison ------------------------------------------------------------------------


def comparable(value: Any) -> Any:
    """The value as compared: text trimmed, empty text and None the same, lists item by item."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple)):
        return tuple(comparable(item) for item in value)
    return value


def as_text(value: Any) -> str:
    """A value as German text for the table (dates as 05.03.2026, money with €, ja/nein)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(as_text(item) for item in value)
    return str(value).strip()


def compare(
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    labels: Mapping[str, str],
    show: Mapping[str, Callable[[Any], str]] | None = None,
) -> list[FieldComparison]:
    """One comparison per label (in the labels' order).

    ``show`` gives the text of a field whose raw value means nothing to a user (an id); the
    comparison itself is made on the raw values.
    """
    show = show or {}
    result = []
    for name, label in labels.items():
        a, b = mine.get(name), theirs.get(name)
        text = show.get(name, as_text)
        result.append(FieldComparison(name, label, text(a), text(b), comparable(a) != comparable(b)))
    return result


def _values(obj: Any, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def _cleaned[T](validate: Callable[[T], T], data: T) -> T:
    """The values as they would be saved ("4462" → "04462"), so that only real differences show."""
    try:
        return validate(data)
    except ValidationError:
        return data


def _names(db: Database, entity, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    with db.session() as session:
        return dict(session.execute(select(entity.id, entity.name).where(entity.id.in_(wanted))).all())


def _by_id(names: dict[int, str]) -> Callable[[Any], str]:
    return lambda value: "" if value is None else names.get(value, f"Nr. {value} (gelöscht)")


# --- people ------------------------------------------------------------------------------------


def person_conflict(db: Database, mine) -> Conflict:
    """``mine``: the ``PersonData`` the form tried to save."""
    from ..members.persons import EDITABLE_FIELDS, FIELD_LABELS, load_person, validate_person

    stored = load_person(db, mine.id)
    mine = _cleaned(validate_person, mine)
    orgs = _names(db, Organisation, (mine.organisation_id, stored.organisation_id))
    labels = {name: FIELD_LABELS[name] for name in EDITABLE_FIELDS}
    fields = compare(
        _values(mine, EDITABLE_FIELDS), _values(stored, EDITABLE_FIELDS), labels, {"organisation_id": _by_id(orgs)}
    )
    assert stored.version is not None  # a stored record has a version
    return Conflict(stored, stored.version, fields)


# --- organisations -----------------------------------------------------------------------------


def _membership_text(m) -> str:
    text = f"{m.type} seit {short_date(m.since)}"
    if m.until:
        text += f" bis {short_date(m.until)}"
    if m.annual_fee:
        text += f", {money(m.annual_fee)}"
    if m.notes:
        text += f" ({m.notes})"
    return text


def _area_text(a) -> str:
    years = "–".join(str(y) for y in (a.admitted_year, a.ended_year) if y)
    text = f"{a.name}: {a.programme}, {a.status}"
    if years:
        text += f", {years}"
    if a.notes:
        text += f" ({a.notes})"
    return text


def organisation_conflict(db: Database, mine) -> Conflict:
    """``mine``: the ``OrganisationData`` the form tried to save (with memberships and areas)."""
    from ..members.organisations import FIELD_LABELS, SCALAR_FIELDS, load_organisation, validate_organisation

    stored = load_organisation(db, mine.id)
    mine = _cleaned(validate_organisation, mine)

    def values(data) -> dict[str, Any]:
        result = _values(data, SCALAR_FIELDS)
        result["memberships"] = sorted(_membership_text(m) for m in data.memberships)
        result["areas"] = sorted(_area_text(a) for a in data.areas)
        return result

    labels = {name: FIELD_LABELS[name] for name in (*SCALAR_FIELDS, "memberships", "areas")}
    assert stored.version is not None
    return Conflict(stored, stored.version, compare(values(mine), values(stored), labels))


# --- events ------------------------------------------------------------------------------------


def _agenda_lines(start: dt.datetime | None, entries) -> list[str]:
    from ..events.agenda import schedule

    if not entries:
        return []
    slots = schedule(start, entries) if start is not None else [None] * len(entries)
    lines = []
    for entry, slot in zip(entries, slots, strict=True):
        when = f"{slot.start:%H:%M} " if slot is not None else ""
        parts = [f"{when}{entry.title} ({entry.duration_minutes} Min., {entry.kind})"]
        if entry.speaker:
            parts.append(entry.speaker)
        if entry.notes:
            parts.append(entry.notes)
        lines.append(" – ".join(parts))
    return lines


def event_conflict(db: Database, mine, agenda=None) -> Conflict:
    """``mine``: the detached ``Event`` the form tried to save; ``agenda``: its entries, if the
    form edits the agenda too (then the agenda is compared as one field)."""
    from ..events.agenda import load_agenda
    from ..events.events import EDITABLE_FIELDS, FIELD_LABELS, load_event

    stored = load_event(db, mine.id)
    mine_values, stored_values = _values(mine, EDITABLE_FIELDS), _values(stored, EDITABLE_FIELDS)
    labels = dict(FIELD_LABELS)
    if agenda is not None:
        mine_values["agenda"] = _agenda_lines(mine.starts_at, agenda)
        stored_values["agenda"] = _agenda_lines(stored.starts_at, load_agenda(db, stored.id))
        labels["agenda"] = "Tagesordnung"
    orgs = _names(db, Organisation, (mine.host_organisation_id, stored.host_organisation_id))
    groups = _names(db, WorkingGroup, (mine.working_group_id, stored.working_group_id))
    fields = compare(
        mine_values,
        stored_values,
        labels,
        {
            "host_organisation_id": _by_id(orgs),
            "working_group_id": _by_id(groups),
            "capacity": lambda v: "unbegrenzt" if not v else str(v),
        },
    )
    return Conflict(stored, stored.version, fields)


# --- trips -------------------------------------------------------------------------------------

TRIP_LABELS = {
    "title": "Titel",
    "status": "Status",
    "starts_at": "Beginn",
    "ends_at": "Ende",
    "destination_city": "Ziel (Stadt)",
    "destination_country": "Land",
    "travel_mode": "Reiseart",
    "departure_point": "Treffpunkt",
    "departure_at": "Abfahrt",
    "return_at": "Rückkehr",
    "accommodation_name": "Unterkunft",
    "accommodation_address": "Adresse der Unterkunft",
    "min_participants": "Mindestens",
    "capacity": "Höchstens",
    "registration_deadline": "Anmeldeschluss",
    "contribution": "Beitrag pro Person",
    "single_room_supplement": "Einzelzimmerzuschlag",
    "other_costs": "Sonstige Kosten",
    "retention_days": "Sensible Angaben löschen nach (Tagen)",
}


def trip_conflict(db: Database, mine) -> Conflict:
    """``mine``: the ``TripDetails`` the Reise tab tried to save."""
    from ..excursions.excursions import load_trip, validate_trip

    stored = load_trip(db, mine.event_id)
    mine = _cleaned(validate_trip, mine)
    fields = compare(
        _values(mine, TRIP_LABELS),
        _values(stored, TRIP_LABELS),
        TRIP_LABELS,
        {"capacity": lambda v: "unbegrenzt" if v is None else str(v)},
    )
    return Conflict(stored, stored.event_version, fields)
