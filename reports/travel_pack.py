"""The travel pack of an excursion (Reiseunterlagen) as one PDF.

Sections, each from a new page: the cover (destination, dates, travel, accommodation,
seats), "Reiseprogramm" day by day, "Teilnehmende" with organisation and a phone for the
trip, "Zimmerliste" with the conflicts still to settle, and "Kosten" with every person's
payment status. The pack is for the office and the trip's leaders (it shows who has paid);
dietary needs and emergency contacts stay in the program and are not printed here.

Optionally, ``information_letters_pdf`` writes a personal letter to every participant with
a seat: travel, room, what is still to pay, the programme in short.

Every value goes through ``escape``/``para``: names print exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from model.core.db import Database
from model.core.formatting import long_date, money, short_date, time_of_day, time_span
from model.core.vocab import DOUBLE_ROOM, PARTICIPANT, SINGLE_ROOM
from model.excursions import excursions, itinerary, rooming
from model.settings.office import load_profile

from .pdf import ACCENT, Bookmark, Letterhead, numbered_canvas, para, register_fonts, styles

PAGE_LEFT = 20 * mm
TEXT_WIDTH = 210 * mm - 2 * PAGE_LEFT
GRID = colors.HexColor("#D5DBE3")
STRIPE = colors.HexColor("#F3F6FA")

SECTION_PROGRAMME = "Reiseprogramm"
SECTION_PARTICIPANTS = "Teilnehmende"
SECTION_ROOMS = "Zimmerliste"
SECTION_COSTS = "Kosten"


@dataclass
class TravelPack:
    """Everything the pack prints, read in short sessions before drawing."""

    trip: excursions.TripDetails
    days: list[itinerary.DayData]
    people: list[excursions.ParticipantRow]
    rooms: rooming.RoomingList
    costs: excursions.CostSummary
    letterhead: Letterhead
    office_contact: str
    printed_on: dt.date
    reach: str = ""  # phone and e-mail of the office, for the letters


def load_travel_pack(db: Database, event_id: int) -> TravelPack:
    trip = excursions.load_trip(db, event_id)  # raises UserError for other kinds of events
    people = excursions.participants(db, event_id)
    profile = load_profile(db)
    contact = " · ".join(p for p in (profile.office_name, profile.phone, profile.email) if p)
    return TravelPack(
        trip=trip,
        days=itinerary.load_days(db, event_id),
        people=people,
        rooms=rooming.build_rooming_list(people, overnight=trip.multi_day),
        costs=excursions.summarise_costs(trip, people),
        letterhead=Letterhead.from_profile(profile),
        office_contact=contact,
        printed_on=dt.date.today(),
        reach=" oder ".join(p for p in (profile.phone, profile.email) if p),
    )


def travel_pack_pdf(db: Database, event_id: int) -> bytes:
    """The travel pack of the excursion ``event_id`` as PDF bytes."""
    return render_travel_pack(load_travel_pack(db, event_id))


# --- drawing ---------------------------------------------------------------------------


def _table(rows: list[list], widths: list[float], header: bool = True, money_columns: tuple[int, ...] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ]
    else:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID))
    table.setStyle(TableStyle(commands))
    return table


def _cell(value, bold: bool = False):
    return para(value if value not in (None, "") else "", "cell_bold" if bold else "cell")


def _right(value, bold: bool = False):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from .pdf import escape

    base = styles()["cell_bold" if bold else "cell"]
    return Paragraph(escape(value), ParagraphStyle(base.name + "Right", parent=base, alignment=TA_RIGHT))


def _facts(rows: list[tuple[str, str | None]]) -> Table:
    data = [[_cell(label, bold=True), _cell(value)] for label, value in rows if value]
    return _table(data, [45 * mm, TEXT_WIDTH - 45 * mm], header=False)


def _travel_line(trip: excursions.TripDetails) -> str | None:
    parts = []
    if trip.travel_mode:
        parts.append(trip.travel_mode)
    if trip.departure_point:
        parts.append(f"ab {trip.departure_point}")
    if trip.departure_at:
        parts.append(f"{long_date(trip.departure_at.date())}, {time_of_day(trip.departure_at)} Uhr")
    return ", ".join(parts) or None


def _return_line(trip: excursions.TripDetails) -> str | None:
    if not trip.return_at:
        return None
    return f"{long_date(trip.return_at.date())}, {time_of_day(trip.return_at)} Uhr"


def _destination(trip: excursions.TripDetails) -> str:
    city = trip.destination_city or trip.venue or ""
    country = trip.destination_country or "Deutschland"
    return f"{city}, {country}" if city else country


def _seats_line(pack: TravelPack) -> str:
    seats = excursions.seat_counts(pack.trip, pack.people)
    text = f"{seats.taken} angemeldet"
    if seats.capacity is not None:
        text += f" von höchstens {seats.capacity}"
    if seats.min_participants:
        text += f" (mindestens {seats.min_participants})"
    if seats.waiting:
        text += f", {seats.waiting} auf der Warteliste"
    return text


def _cover(pack: TravelPack) -> list:
    trip = pack.trip
    story = [
        Spacer(0, 12 * mm),
        para("Reiseunterlagen", "small"),
        para(trip.title, "title"),
        para(_destination(trip), "h2"),
        para(time_span(trip.starts_at, trip.ends_at)),
        Spacer(0, 8 * mm),
    ]
    story.append(
        _facts(
            [
                ("Ziel", _destination(trip)),
                ("Hinreise", _travel_line(trip)),
                ("Rückkehr", _return_line(trip)),
                (
                    "Unterkunft",
                    ", ".join(p for p in (trip.accommodation_name, trip.accommodation_address) if p) or None,
                ),
                ("Teilnehmende", _seats_line(pack)),
                ("Anmeldeschluss", short_date(trip.registration_deadline) if trip.registration_deadline else None),
                ("Beitrag", _price_line(trip)),
                ("Kontakt", pack.office_contact),
            ]
        )
    )
    story += [Spacer(0, 10 * mm), para("Inhalt", "h2")]
    for title in (SECTION_PROGRAMME, SECTION_PARTICIPANTS, SECTION_ROOMS, SECTION_COSTS):
        story.append(para(f"• {title}"))
    story += [
        Spacer(0, 6 * mm),
        para(
            "Nur für die Geschäftsstelle und die Reiseleitung: enthält Telefonnummern und den "
            "Zahlungsstand der Teilnehmenden.",
            "small",
        ),
    ]
    return story


def _price_line(trip: excursions.TripDetails) -> str | None:
    if not trip.contribution:
        return None
    text = f"{money(trip.contribution)} pro Person"
    if trip.single_room_supplement:
        text += f", Einzelzimmerzuschlag {money(trip.single_room_supplement)}"
    return text


def _programme(pack: TravelPack) -> list:
    story = [para(SECTION_PROGRAMME, "h1")]
    if not pack.days:
        return story + [para("Das Programm steht noch nicht fest.")]
    first = pack.trip.starts_at.date()
    widths = [20 * mm, 42 * mm, TEXT_WIDTH - 20 * mm - 42 * mm - 45 * mm, 45 * mm]
    for day in pack.days:
        number = (day.day_date - first).days + 1
        heading = f"Tag {number} – {long_date(day.day_date)}"
        if day.title:
            heading += f": {day.title}"
        rows = [[_cell("Zeit", True), _cell("Ort", True), _cell("Programm", True), _cell("Gastgeber / Kontakt", True)]]
        for item in day.items:
            rows.append(
                [
                    _cell(f"{time_of_day(item.start_time)} Uhr" if item.start_time else ""),
                    _cell(item.place),
                    _cell(item.description),
                    _cell(item.host_contact),
                ]
            )
        if not day.items:
            rows.append([_cell(""), _cell(""), _cell("Noch keine Programmpunkte."), _cell("")])
        # A day's heading never stands alone at the foot of a page.
        story.append(CondPageBreak(35 * mm))
        story += [para(heading, "h2"), _table(rows, widths)]
    return story


def _participants(pack: TravelPack) -> list:
    story = [para(SECTION_PARTICIPANTS, "h1")]
    seated = [p for p in pack.people if p.has_seat]
    widths = [13 * mm, 52 * mm, TEXT_WIDTH - 13 * mm - 52 * mm - 38 * mm - 17 * mm, 38 * mm, 17 * mm]
    rows = [
        [
            _cell("Nr.", True),
            _cell("Name", True),
            _cell("Organisation", True),
            _cell("Telefon (Reise)", True),
            _cell("Zimmer", True),
        ]
    ]
    for number, person in enumerate(sorted(seated, key=_name_key), start=1):
        name = person.sort_name + (f" ({person.role})" if person.role != PARTICIPANT else "")
        rows.append(
            [
                _cell(str(number)),
                _cell(name),
                _cell(person.organisation),
                _cell(person.phone_for_trip),
                _cell(person.room_wish),
            ]
        )
    if not seated:
        rows.append([_cell(""), _cell("Noch niemand angemeldet."), _cell(""), _cell(""), _cell("")])
    story.append(_table(rows, widths))
    waiting = [p for p in pack.people if p.waiting]
    if waiting:
        story += [Spacer(0, 4 * mm), para("Warteliste", "h2")]
        rows = [
            [
                _cell("Platz", True),
                _cell("Name", True),
                _cell("Organisation", True),
                _cell("Telefon", True),
                _cell("Zimmer", True),
            ]
        ]
        for person in waiting:
            rows.append(
                [
                    _cell(str(person.waiting_position)),
                    _cell(person.sort_name),
                    _cell(person.organisation),
                    _cell(person.phone_for_trip),
                    _cell(person.room_wish),
                ]
            )
        story.append(_table(rows, widths))
    return story


def _name_key(person: excursions.ParticipantRow) -> tuple:
    from model.core.text import fold

    return fold(person.last_name), fold(person.first_name)


def _rooms(pack: TravelPack) -> list:
    story = [para(SECTION_ROOMS, "h1")]
    rooms = pack.rooms
    if not rooms.overnight:
        return story + [para("Ohne Übernachtung: keine Zimmerliste.")]
    if pack.trip.accommodation_name:
        story.append(para(", ".join(p for p in (pack.trip.accommodation_name, pack.trip.accommodation_address) if p)))
    story.append(
        para(f"{rooms.double_rooms} Doppelzimmer, {rooms.single_rooms} Einzelzimmer, {rooms.persons} Personen", "small")
    )
    story.append(Spacer(0, 3 * mm))
    widths = [12 * mm, 14 * mm, TEXT_WIDTH - 12 * mm - 14 * mm - 52 * mm, 52 * mm]
    rows = [[_cell("Nr.", True), _cell("Art", True), _cell("Belegung", True), _cell("Hinweis", True)]]
    for room in rooms.rooms:
        names = "\n".join(o.sort_name for o in room.occupants)
        rows.append([_cell(str(room.number)), _cell(room.kind), _cell(names), _cell(room.note)])
    for occupant in rooms.without_wish:
        rows.append([_cell("–"), _cell("?"), _cell(occupant.sort_name), _cell("ohne Zimmerwunsch")])
    if len(rows) == 1:
        rows.append([_cell(""), _cell(""), _cell("Noch niemand angemeldet."), _cell("")])
    story.append(_table(rows, widths))
    if rooms.conflicts:
        story += [Spacer(0, 5 * mm), para("Noch zu klären", "h2")]
        for conflict in rooms.conflicts:
            story.append(para(f"• {conflict.text}"))
    return story


def _costs(pack: TravelPack) -> list:
    costs = pack.costs
    story = [para(SECTION_COSTS, "h1")]
    story.append(
        _facts(
            [
                ("Beitrag pro Person", money(costs.contribution)),
                ("Einzelzimmerzuschlag", money(costs.single_room_supplement) if costs.single_room_supplement else None),
                (
                    "Sonstige Kosten",
                    f"{money(costs.other_costs)} (trägt die Geschäftsstelle)" if costs.other_costs else None,
                ),
            ]
        )
    )
    story.append(Spacer(0, 4 * mm))
    totals = [
        [_right("Erwartet", True), _right("Eingegangen", True), _right("Offen", True), _right("Zu erstatten", True)],
        [
            _right(money(costs.expected)),
            _right(money(costs.received)),
            _right(money(costs.outstanding)),
            _right(money(costs.to_refund)),
        ],
    ]
    story.append(_table(totals, [TEXT_WIDTH / 4] * 4))
    story.append(Spacer(0, 5 * mm))
    relevant = [p for p in pack.people if p.in_cost_list]
    widths = [0, 17 * mm, 24 * mm, 24 * mm, 24 * mm, 30 * mm]
    widths[0] = TEXT_WIDTH - sum(widths[1:])
    rows = [
        [
            _cell("Name", True),
            _cell("Zimmer", True),
            _right("Fällig", True),
            _right("Gezahlt", True),
            _right("Offen", True),
            _cell("Status", True),
        ]
    ]
    for person in sorted(relevant, key=_name_key):
        name = person.sort_name
        if person.cancelled:
            name += f" ({person.status})"
        rows.append(
            [
                _cell(name),
                _cell(person.room_wish),
                _right(money(person.due)),
                _right(money(person.paid)),
                _right(money(person.balance)),
                _cell(person.payment_status, bold=person.balance > 0),
            ]
        )
    rows.append(
        [
            _cell("Summe", True),
            _cell(""),
            _right(money(costs.expected), True),
            _right(money(costs.received), True),
            _right(money(costs.expected - costs.received), True),
            _cell(""),
        ]
    )
    table = _table(rows, widths)
    table.setStyle(
        TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, -1), (-1, -1), colors.white)])
    )
    story.append(table)
    story.append(Spacer(0, 3 * mm))
    story.append(
        para(
            "Status: offen = noch zu zahlen; Erstattung offen = Geld zurückzuzahlen; erstattet = "
            "Erstattung ist erfolgt; beitragsfrei = nichts zu zahlen.",
            "small",
        )
    )
    return story


def travel_story(pack: TravelPack) -> list:
    """The parts of the travel pack, each with a bookmark; also the first part of an excursion's pack."""
    story = [Bookmark("reise", "Reiseunterlagen"), *_cover(pack)]
    story += [PageBreak(), Bookmark("reise-programm", SECTION_PROGRAMME, 1), *_programme(pack)]
    story += [PageBreak(), Bookmark("reise-teilnehmende", SECTION_PARTICIPANTS, 1), *_participants(pack)]
    # A day trip has no rooms: its short note follows the participants on the same page.
    story += [
        PageBreak() if pack.rooms.overnight else Spacer(0, 8 * mm),
        Bookmark("reise-zimmer", SECTION_ROOMS, 1),
        *_rooms(pack),
    ]
    story += [PageBreak(), Bookmark("reise-kosten", SECTION_COSTS, 1), *_costs(pack)]
    return story


def render_travel_pack(pack: TravelPack) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        leftMargin=PAGE_LEFT - 6,
        rightMargin=PAGE_LEFT - 6,
        topMargin=36 * mm,
        bottomMargin=20 * mm,
        title=f"Reiseunterlagen: {pack.trip.title}",
        author=pack.letterhead.office_name,
    )
    story = travel_story(pack)
    footer = f"Reiseunterlagen: {pack.trip.title}"
    if len(footer) > 90:
        footer = footer[:89] + "…"
    doc.build(story, canvasmaker=numbered_canvas(footer, pack.letterhead, pack.printed_on))
    return buffer.getvalue()


# --- personal information letters --------------------------------------------------------


def _room_text(person: excursions.ParticipantRow, rooms: rooming.RoomingList) -> str | None:
    if not rooms.overnight:
        return None
    if person.room_wish == SINGLE_ROOM:
        return "Einzelzimmer"
    if person.room_wish == DOUBLE_ROOM:
        room = rooms.room_of(person.registration_id)
        others = [o.name for o in room.occupants if o.registration_id != person.registration_id] if room else []
        return f"Doppelzimmer mit {others[0]}" if others else "Doppelzimmer (Zimmerpartner/in noch offen)"
    return "noch kein Zimmerwunsch – bitte teilen Sie uns Ihren Wunsch (EZ oder DZ) mit"


def _money_text(person: excursions.ParticipantRow, deadline: dt.date | None) -> str:
    if person.due == 0 and person.paid == 0:
        return "Für Sie fällt kein Beitrag an."
    if person.balance > 0:
        when = f" bis zum {short_date(deadline)}" if deadline and deadline >= dt.date.today() else " bald"
        if person.paid <= 0:
            return f"Ihr Beitrag beträgt {money(person.due)}. Bitte überweisen Sie ihn{when}."
        return (
            f"Ihr Beitrag beträgt {money(person.due)}, davon sind {money(person.paid)} eingegangen. Bitte "
            f"überweisen Sie den offenen Betrag von {money(person.balance)}{when}."
        )
    if person.balance < 0:
        return f"Sie haben {money(-person.balance)} zu viel gezahlt; wir erstatten den Betrag."
    return f"Ihr Beitrag von {money(person.due)} ist vollständig bezahlt – vielen Dank."


def _letter_body(pack: TravelPack, person: excursions.ParticipantRow) -> list:
    trip = pack.trip
    story = [
        para("vielen Dank für Ihre Anmeldung. Hier finden Sie die wichtigsten Angaben zur Reise."),
        Spacer(0, 3 * mm),
    ]
    story.append(
        _facts(
            [
                ("Reise", time_span(trip.starts_at, trip.ends_at)),
                ("Ziel", _destination(trip)),
                ("Hinreise", _travel_line(trip)),
                ("Rückkehr", _return_line(trip)),
                (
                    "Unterkunft",
                    ", ".join(p for p in (trip.accommodation_name, trip.accommodation_address) if p) or None,
                ),
                ("Ihr Zimmer", _room_text(person, pack.rooms)),
                ("Ihr Telefon unterwegs", person.phone_for_trip),
            ]
        )
    )
    story += [Spacer(0, 3 * mm), para(_money_text(person, trip.registration_deadline))]
    notes = []
    if trip.abroad:
        notes.append("Bitte denken Sie an Ihren gültigen Personalausweis oder Reisepass.")
        if excursions.needs_emergency_contact(trip, person):
            notes.append("Bitte nennen Sie uns noch eine Kontaktperson für Notfälle.")
    if not person.trip_phone and not person.phone:
        notes.append("Bitte teilen Sie uns eine Mobilnummer mit, unter der Sie unterwegs erreichbar sind.")
    for note in notes:
        story.append(para(note))
    if pack.days:
        story += [Spacer(0, 3 * mm), para("Das Programm im Überblick", "h2")]
        first = trip.starts_at.date()
        for day in pack.days:
            heading = f"Tag {(day.day_date - first).days + 1}, {long_date(day.day_date)}"
            items = "; ".join(
                (f"{time_of_day(i.start_time)} " if i.start_time else "") + i.description for i in day.items
            )
            story.append(para(f"{heading}{': ' + day.title if day.title else ''}", "cell_bold"))
            if items:
                story.append(para(items, "cell"))
    reach = f"erreichen Sie uns unter {pack.reach}" if pack.reach else "wenden Sie sich gern an die Geschäftsstelle"
    story += [Spacer(0, 3 * mm), para(f"Bei Fragen {reach}. Wir freuen uns auf die gemeinsame Reise!")]
    return story


def information_letters_pdf(db: Database, event_id: int) -> bytes:
    """A personal DIN 5008 letter to everyone with a seat on the trip, one after another: travel,
    room, the money still open, the programme. People without any postal address (own or
    their organisation's) are named in an "Adresse fehlt" message before anything is printed."""
    from model.reporting import postal

    from .letter import Letter, Sender, letter_date, letters_pdf

    pack = load_travel_pack(db, event_id)
    seated = sorted((p for p in pack.people if p.has_seat), key=_name_key)
    recipients = {
        r.person_id: r for r in postal.require_addresses(postal.recipients(db, [p.person_id for p in seated]))
    }
    sender = Sender.from_profile(load_profile(db))
    info = [("Datum", letter_date(pack.printed_on))]
    letters = []
    for person in seated:
        to = recipients[person.person_id]
        letters.append(
            Letter(
                to.address_lines(),
                f"Ihre Teilnahme: {pack.trip.title}",
                _letter_body(pack, person),
                salutation=to.greeting,
                info=info,
            )
        )
    return letters_pdf(
        letters,
        sender,
        f"Reiseinformation: {pack.trip.title}",
        f"Reiseinformation: {pack.trip.title}",
        empty_text="Noch niemand hat einen Platz auf dieser Reise.",
    )


__all__ = ["TravelPack", "information_letters_pdf", "load_travel_pack", "render_travel_pack", "travel_pack_pdf"]
