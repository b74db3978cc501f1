"""The rooming list (Zimmerliste) of a trip, built from room wishes and partners.

Who gets a room: everyone with a seat (angemeldet, teilgenommen). The rules:

1. An EZ wish gives a single room.
2. Two people who wish a DZ and name each other share a double room.
3. A DZ wisher whose named partner also wishes a DZ but named nobody shares with that
   partner; the list notes that the choice was one-sided.
4. Everything else is a conflict for the office to settle, and the person gets a double room
   with the partner still open: the partner is not registered (waiting list, cancelled, never
   registered), wishes an EZ or nothing, named someone else, or already shares with someone
   else; or the person wished a DZ without naming anyone.
5. An odd number of DZ wishes is a conflict of its own: someone needs a partner or an EZ.
6. On a trip with an overnight stay, a participant without a room wish is a conflict too.

Rooms are numbered: double rooms first, then single rooms, each by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.db import Database
from ..core.text import fold
from ..core.vocab import DOUBLE_ROOM, SINGLE_ROOM, WAITING
from .excursions import ParticipantRow, load_trip, participants

# Conflict kinds.
PARTNER_NOT_REGISTERED = "Partner/in nicht angemeldet"
NOT_MUTUAL = "nicht gegenseitig"
PARTNER_OTHER_WISH = "Partner/in mit anderem Wunsch"
PARTNER_TAKEN = "Partner/in schon vergeben"
NO_PARTNER = "ohne Zimmerpartner/in"
ODD_DOUBLES = "ungerade Zahl DZ"
NO_WISH = "ohne Zimmerwunsch"


@dataclass(frozen=True)
class Occupant:
    registration_id: int
    person_id: int
    name: str
    sort_name: str
    organisation: str | None


@dataclass(frozen=True)
class Room:
    number: int
    kind: str  # EZ | DZ
    occupants: tuple[Occupant, ...]
    note: str = ""

    @property
    def names(self) -> str:
        return " / ".join(o.name for o in self.occupants)

    @property
    def partner_open(self) -> bool:
        return self.kind == DOUBLE_ROOM and len(self.occupants) < 2


@dataclass(frozen=True)
class Conflict:
    kind: str
    text: str
    registration_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RoomingList:
    rooms: list[Room] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    without_wish: list[Occupant] = field(default_factory=list)
    overnight: bool = True

    @property
    def single_rooms(self) -> int:
        return sum(1 for room in self.rooms if room.kind == SINGLE_ROOM)

    @property
    def double_rooms(self) -> int:
        return sum(1 for room in self.rooms if room.kind == DOUBLE_ROOM)

    @property
    def persons(self) -> int:
        return sum(len(room.occupants) for room in self.rooms) + len(self.without_wish)

    def room_of(self, registration_id: int) -> Room | None:
        for room in self.rooms:
            if any(o.registration_id == registration_id for o in room.occupants):
                return room
        return None


def _occupant(row: ParticipantRow) -> Occupant:
    return Occupant(row.registration_id, row.person_id, row.name, row.sort_name, row.organisation)


def _status_words(row: ParticipantRow | None) -> str:
    if row is None:
        return "nicht angemeldet"
    if row.status == WAITING:
        return "auf der Warteliste"
    return row.status  # abgemeldet, entschuldigt, nicht erschienen


def build_rooming_list(rows: list[ParticipantRow], overnight: bool = True) -> RoomingList:
    """The rooming list for the registrations of one trip (any order; see the module rules)."""
    everyone = {row.person_id: row for row in rows}
    active = sorted((row for row in rows if row.has_seat), key=lambda r: (r.registered_at, r.registration_id))
    by_person = {row.person_id: row for row in active}
    conflicts: list[Conflict] = []
    pairs: list[tuple[ParticipantRow, ParticipantRow, str]] = []
    singles: list[ParticipantRow] = []
    open_doubles: list[ParticipantRow] = []
    without_wish: list[ParticipantRow] = []
    roomed: set[int] = set()

    doubles = [row for row in active if row.room_wish == DOUBLE_ROOM]
    for row in active:
        if row.room_wish == SINGLE_ROOM:
            singles.append(row)
            roomed.add(row.person_id)
        elif row.room_wish is None:
            without_wish.append(row)
    # Mutual choices first, so that a one-sided choice never breaks up a mutual pair.
    for row in doubles:
        partner = by_person.get(row.room_partner_person_id) if row.room_partner_person_id else None
        if (
            partner is not None
            and partner.room_wish == DOUBLE_ROOM
            and partner.room_partner_person_id == row.person_id
            and row.person_id not in roomed
            and partner.person_id not in roomed
        ):
            pairs.append((row, partner, ""))
            roomed.update((row.person_id, partner.person_id))
    for row in doubles:
        if row.person_id in roomed:
            continue
        partner_id = row.room_partner_person_id
        if partner_id is None:
            open_doubles.append(row)
            continue
        partner = by_person.get(partner_id)
        partner_name = row.room_partner_name or (everyone[partner_id].name if partner_id in everyone else "?")
        if partner is None:
            conflicts.append(
                Conflict(
                    PARTNER_NOT_REGISTERED,
                    f"{row.name} wünscht ein DZ mit {partner_name}, {_status_words(everyone.get(partner_id))}.",
                    (row.registration_id,),
                )
            )
        elif partner.person_id in roomed:
            conflicts.append(
                Conflict(
                    PARTNER_TAKEN,
                    f"{row.name} wünscht ein DZ mit {partner_name}; {partner_name} hat "
                    f"schon ein Zimmer ({'EZ' if partner.room_wish == SINGLE_ROOM else 'DZ mit anderer Person'}).",
                    (row.registration_id, partner.registration_id),
                )
            )
        elif partner.room_wish != DOUBLE_ROOM:
            wish = "ein EZ" if partner.room_wish == SINGLE_ROOM else "keinen Zimmerwunsch angegeben"
            verb = "wünscht" if partner.room_wish == SINGLE_ROOM else "hat"
            conflicts.append(
                Conflict(
                    PARTNER_OTHER_WISH,
                    f"{row.name} wünscht ein DZ mit {partner.name}; {partner.name} {verb} {wish}.",
                    (row.registration_id, partner.registration_id),
                )
            )
        elif partner.room_partner_person_id is None:
            pairs.append((row, partner, "nur einseitig gewählt"))
            roomed.update((row.person_id, partner.person_id))
            conflicts.append(
                Conflict(
                    NOT_MUTUAL,
                    f"{row.name} hat {partner.name} als Zimmerpartner/in angegeben, "
                    f"{partner.name} hat niemanden angegeben.",
                    (row.registration_id, partner.registration_id),
                )
            )
            continue
        else:
            chosen = partner.room_partner_name or "jemand anderen"
            conflicts.append(
                Conflict(
                    NOT_MUTUAL,
                    f"{row.name} hat {partner.name} als Zimmerpartner/in angegeben, {partner.name} aber {chosen}.",
                    (row.registration_id, partner.registration_id),
                )
            )
        if row.person_id not in roomed:
            open_doubles.append(row)
    # A one-sided choice may have paired someone listed as open before.
    open_doubles = [row for row in open_doubles if row.person_id not in roomed]
    alone = [row for row in open_doubles if row.room_partner_person_id is None]
    if alone:
        conflicts.append(
            Conflict(
                NO_PARTNER,
                "DZ ohne Zimmerpartner/in: " + ", ".join(r.name for r in alone) + ".",
                tuple(r.registration_id for r in alone),
            )
        )
    if len(doubles) % 2:
        conflicts.append(
            Conflict(
                ODD_DOUBLES,
                f"Ungerade Zahl von DZ-Wünschen ({len(doubles)}): eine Person braucht eine "
                "Zimmerpartnerin oder einen Zimmerpartner – oder ein EZ.",
            )
        )
    if overnight and without_wish:
        conflicts.append(
            Conflict(
                NO_WISH,
                "Ohne Zimmerwunsch: " + ", ".join(r.name for r in without_wish) + ".",
                tuple(r.registration_id for r in without_wish),
            )
        )

    def key(row: ParticipantRow) -> tuple:
        return fold(row.last_name), fold(row.first_name)

    rooms: list[Room] = []
    for first, second, note in sorted(pairs, key=lambda p: min(key(p[0]), key(p[1]))):
        ordered = tuple(sorted((first, second), key=key))
        rooms.append(Room(0, DOUBLE_ROOM, tuple(_occupant(r) for r in ordered), note))
    for row in sorted(open_doubles, key=key):
        rooms.append(Room(0, DOUBLE_ROOM, (_occupant(row),), "Zimmerpartner/in offen"))
    for row in sorted(singles, key=key):
        rooms.append(Room(0, SINGLE_ROOM, (_occupant(row),)))
    numbered = [Room(number, room.kind, room.occupants, room.note) for number, room in enumerate(rooms, start=1)]
    return RoomingList(numbered, conflicts, [_occupant(r) for r in sorted(without_wish, key=key)], overnight)


def rooming_list(db: Database, event_id: int) -> RoomingList:
    details = load_trip(db, event_id)
    return build_rooming_list(participants(db, event_id), overnight=details.multi_day)
