"""Sitzungsunterlagen: invitation, agenda, participant list, sign-in sheet, badges, table tents.

One PDF with the sections the office chose, each starting on a new page. Text pages carry the
office letterhead, "Seite x von y" and the print date; badge sheets and table tents are plain
pages (nothing printed where it would be cut or folded). Every value goes through
``escape`` / plain ``drawString``: names print exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from model.core.errors import Cancelled, UserError
from model.core.formatting import MONTHS, long_date, short_date, time_of_day
from model.core.vocab import BADGE_STOCKS, DEFAULT_BADGE_STOCK, EXCURSION, HYBRID, PARTICIPANT
from model.reporting.meeting_data import SORT_BY_ORGANISATION, SORT_ORDERS, MeetingData, Participant

from .badges import Badge, BadgeContext, badge_pages, ellipsize, table_tent_pages
from .label_stock import BADGE_STOCK
from .pdf import (
    ACCENT,
    FONT,
    PAGE_A4,
    Bookmark,
    Letterhead,
    escape,
    numbered_by_part,
    numbered_canvas,
    para,
    register_fonts,
    styles,
)

INVITATION = "einladung"
AGENDA = "tagesordnung"
PARTICIPANTS = "teilnehmende"
SIGN_IN = "unterschriften"
BADGES = "namensschilder"
TABLE_TENTS = "tischaufsteller"
SECTIONS = (INVITATION, AGENDA, PARTICIPANTS, SIGN_IN, BADGES, TABLE_TENTS)
TRAVEL = "reiseunterlagen"
# An excursion has its travel pack instead of invitation, agenda and participant list.
EXCURSION_SECTIONS = (TRAVEL, SIGN_IN, BADGES, TABLE_TENTS)
SECTION_TITLES = {
    TRAVEL: "Reiseunterlagen",
    INVITATION: "Einladung",
    AGENDA: "Tagesordnung",
    PARTICIPANTS: "Teilnehmendenliste",
    SIGN_IN: "Unterschriftenliste",
    BADGES: "Namensschilder",
    TABLE_TENTS: "Tischaufsteller",
}
# What the command line and the dialog produce unless told otherwise: table tents are a page
# per person, so they are chosen on purpose.
DEFAULT_SECTIONS = (INVITATION, AGENDA, PARTICIPANTS, SIGN_IN, BADGES)
DEFAULT_BLANK_ROWS = 10
MAX_BLANK_ROWS = 200

SIGN_IN_ROW_HEIGHT = 10.5 * mm
ONLINE_HEADING = "Online teilgenommen – Nachweis über den Teilnahmebericht"


def privacy_note(office: str, retention_years: int) -> str:
    """The data-protection note of a sign-in sheet (Art. 13 DSGVO): purpose, legal basis, retention, rights."""
    return (
        f"Datenschutzhinweis: Verantwortlich ist {office}. Zweck: Nachweis der Teilnahme gegenüber "
        "Fördermittelgebern und – bei anerkannten Fortbildungen – der Kammer (Fortbildungspunkte). "
        "Rechtsgrundlage: Art. 6 Abs. 1 lit. c und f DSGVO. Die Liste wird vertraulich aufbewahrt, nicht an "
        f"Dritte außer den genannten Stellen weitergegeben und {retention_years} Jahre nach Ende des "
        "Veranstaltungsjahres vernichtet. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, "
        "Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO) sowie "
        "auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde."
    )


LEFT_MARGIN = RIGHT_MARGIN = 20 * mm
GRID = colors.HexColor("#9AA4B0")
LIGHT_GRID = colors.HexColor("#D5DBE3")
ZEBRA = colors.HexColor("#F3F6FA")

Progress = Callable[[int, int, str], None]


@dataclass
class PackOptions:
    sections: tuple[str, ...] | None = DEFAULT_SECTIONS  # None: the defaults of the event's kind
    sort: str = SORT_BY_ORGANISATION
    blank_rows: int = DEFAULT_BLANK_ROWS
    printed_on: dt.date | None = None
    badge_stock: str | None = None  # vocab.BADGE_STOCKS; None: the office's setting
    retention_years: int = 10  # in the sign-in sheet's data-protection note

    def validate(self, kind: str | None = None) -> None:
        """Known sections, and only those the event's kind has (an excursion: its travel pack…)."""
        allowed = sections_for(kind)
        unknown = [s for s in self.sections or () if s not in allowed]
        if unknown:
            what = f"Für eine {kind}" if kind == EXCURSION else "In den Sitzungsunterlagen"
            known = unknown[0] in SECTIONS or unknown[0] in EXCURSION_SECTIONS
            problem = f"gibt es den Teil »{unknown[0]}« nicht" if known else f"ist »{unknown[0]}« kein bekannter Teil"
            raise UserError(f"{what} {problem}; möglich sind " + ", ".join(allowed) + ".")
        if self.badge_stock is not None and self.badge_stock not in BADGE_STOCKS:
            raise UserError(
                f"Unbekanntes Etikettenprodukt »{self.badge_stock}«; möglich sind " + ", ".join(BADGE_STOCKS) + "."
            )
        if not self.sections:
            raise UserError("Bitte mindestens einen Teil der Sitzungsunterlagen wählen.")
        if self.sort not in SORT_ORDERS:
            raise UserError(f"Unbekannte Sortierung »{self.sort}«; möglich sind »organisation« und »name«.")
        if not 0 <= self.blank_rows <= MAX_BLANK_ROWS:
            raise UserError(f"Freie Zeilen: bitte 0 bis {MAX_BLANK_ROWS}.")


def sections_for(kind: str | None) -> tuple[str, ...]:
    return EXCURSION_SECTIONS if kind == EXCURSION else SECTIONS


def default_sections_for(kind: str | None) -> tuple[str, ...]:
    return (TRAVEL,) if kind == EXCURSION else DEFAULT_SECTIONS


# --- small helpers -----------------------------------------------------------------------


def event_date_text(start: dt.datetime, end: dt.datetime) -> str:
    """ "Donnerstag, 18. Juni 2026" or "Mittwoch, 3. Juni 2026 bis Freitag, 5. Juni 2026"."""
    if start.date() == end.date():
        return long_date(start.date())
    return f"{long_date(start.date())} bis {long_date(end.date())}"


def event_time_text(start: dt.datetime, end: dt.datetime) -> str:
    if start.date() == end.date():
        return f"{time_of_day(start)}–{time_of_day(end)} Uhr"
    return f"Beginn {time_of_day(start)} Uhr, Ende {time_of_day(end)} Uhr"


def short_event_date(start: dt.datetime) -> str:
    """ "18. Juni 2026" (for badges)."""
    return f"{start.day}. {MONTHS[start.month - 1]} {start.year}"


def _place_text(pack: MeetingData) -> str:
    event = pack.event
    return "\n".join(part for part in (event.venue, event.venue_address) if part)


def _heading(title: str, pack: MeetingData, extra: str | None = None) -> list:
    event = pack.event
    line = f"{event_date_text(event.starts_at, event.ends_at)}, {event_time_text(event.starts_at, event.ends_at)}"
    where = ", ".join(p for p in (event.venue,) if p) if event.has_place else ""
    if event.is_online:
        where = "Online"
    elif event.format == HYBRID:
        where = f"{where} und online" if where else "Hybrid"
    story = [para(title, "h1"), para(event.title, "h2"), para(" · ".join(p for p in (line, where) if p), "small")]
    if extra:
        story.append(para(extra, "small"))
    story.append(Spacer(1, 4 * mm))
    return story


def _table_style(*extra) -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _cell(value: object, style: str = "cell") -> Paragraph:
    return Paragraph(escape(value), styles()[style])


# --- sections ----------------------------------------------------------------------------


def invitation_facts(pack: MeetingData) -> list[tuple[str, str]]:
    """Date, time, place, access… of an event, as the invitation flyer and the letters list them."""
    event = pack.event
    rows: list[tuple[str, str]] = [
        ("Datum", event_date_text(event.starts_at, event.ends_at)),
        ("Uhrzeit", event_time_text(event.starts_at, event.ends_at)),
        ("Format", event.format),
    ]
    if event.has_place:
        rows.append(("Ort", _place_text(pack) or "wird noch bekannt gegeben"))
    if event.has_link:
        rows.append(("Online-Zugang", event.online_link or "Der Zugangslink wird vor der Veranstaltung verschickt."))
    if event.host:
        rows.append(("Gastgeber", event.host))
    if event.topic:
        rows.append(("Handlungsfeld", event.topic))
    if event.working_group:
        rows.append(("Arbeitsgruppe", event.working_group))
    if event.registration_deadline:
        rows.append(("Anmeldung bis", long_date(event.registration_deadline)))
    if event.responsible:
        rows.append(("Ansprechperson", event.responsible))
    return rows


def facts_table(rows: list[tuple[str, str]]) -> Table:
    table = Table([[_cell(label, "cell_bold"), _cell(value)] for label, value in rows], colWidths=[42 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, LIGHT_GRID),
            ]
        )
    )
    return table


def programme_overview(pack: MeetingData) -> Table:
    st = styles()
    overview = Table(
        [
            [
                Paragraph(f"<b>{escape(time_of_day(entry.starts) if entry.starts else '')}</b>", st["text"]),
                para(entry.title),
            ]
            for entry in pack.agenda
        ],
        colWidths=[16 * mm, None],
    )
    overview.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return overview


def invitation_section(pack: MeetingData) -> list:
    event = pack.event
    st = styles()
    story = [
        Paragraph(escape("Einladung").upper(), st["small"]),
        Spacer(1, 1 * mm),
        para(event.kind, "h2"),
        para(event.title, "title"),
    ]
    story += [Spacer(1, 2 * mm), facts_table(invitation_facts(pack)), Spacer(1, 6 * mm)]
    if event.description:
        story.append(para(event.description))
        story.append(Spacer(1, 4 * mm))
    closing = para("Wir freuen uns auf Ihre Teilnahme und den Austausch.")
    if pack.agenda:
        story.append(para("Programm im Überblick", "h2"))
        # The closing sentence never stands alone at the top of a page.
        story += [programme_overview(pack), Spacer(1, 4 * mm)]
        story[-2:] = [KeepTogether(story[-2:] + [closing])]
    else:
        story.append(closing)
    return story


def agenda_section(pack: MeetingData) -> list:
    story = _heading("Tagesordnung", pack)
    if not pack.agenda:
        story.append(para("Für diese Veranstaltung ist noch keine Tagesordnung erfasst."))
        return story
    st = styles()
    data = [
        [
            _cell("Zeit", "cell_bold"),
            _cell("TOP", "cell_bold"),
            _cell("Thema", "cell_bold"),
            _cell("Referent/in", "cell_bold"),
        ]
    ]
    breaks = []
    number = 0
    for entry in pack.agenda:
        when = ""
        if entry.starts:
            when = time_of_day(entry.starts) + (f"–{time_of_day(entry.ends)}" if entry.ends else "")
        topic = f"<b>{escape(entry.title)}</b>" if not entry.is_break else f"<i>{escape(entry.title)}</i>"
        if entry.notes:
            topic += f'<br/><font size="8" color="#5A6470">{escape(entry.notes)}</font>'
        if entry.is_break:
            breaks.append(len(data))
            top = ""
        else:
            number += 1
            top = str(number)
        data.append([_cell(when), _cell(top), Paragraph(topic, st["cell"]), _cell(entry.speaker)])
    table = Table(data, colWidths=[25 * mm, 11 * mm, 74 * mm, None], repeatRows=1)
    table.setStyle(
        _table_style(
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT_GRID),
            ("TOPPADDING", (0, 1), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            *[("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in breaks],
        )
    )
    story.append(table)
    return story


def _role_suffix(person: Participant) -> str:
    return "" if person.role == PARTICIPANT else person.role


def participants_section(pack: MeetingData, options: PackOptions) -> list:
    people = pack.sorted_participants(options.sort)
    order = "Organisation" if options.sort == SORT_BY_ORGANISATION else "Name"
    count = "1 Person" if len(people) == 1 else f"{len(people)} Personen"
    story = _heading("Teilnehmendenliste", pack, f"{count} · sortiert nach {order}")
    if not people:
        story.append(para("Für diese Veranstaltung ist noch niemand angemeldet."))
        return story
    st = styles()
    data = [
        [
            _cell("Nr.", "cell_bold"),
            _cell("Name", "cell_bold"),
            _cell("Funktion", "cell_bold"),
            _cell("Organisation", "cell_bold"),
        ]
    ]
    for number, person in enumerate(people, start=1):
        name = escape(person.list_name)
        role = _role_suffix(person)
        if role:
            name += f'<br/><font size="7.5" color="#5A6470">{escape(role)}</font>'
        data.append([_cell(number), Paragraph(name, st["cell"]), _cell(person.function), _cell(person.organisation)])
    table = Table(data, colWidths=[10 * mm, 50 * mm, 50 * mm, None], repeatRows=1)
    table.setStyle(_table_style(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA])))
    story.append(table)
    return story


def _membership_text(person: Participant) -> str:
    return " ".join(p for p in (person.chamber, person.chamber_number) if p)


def _signature_headers(pack: MeetingData) -> list[str]:
    days = pack.event.days
    if len(days) == 1:
        return ["Unterschrift"]
    weekdays = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
    return [f"{weekdays[day.weekday()]} {day:%d.%m.}" for day in days]  # "Unterschrift je Tag" in the heading


def sign_in_section(pack: MeetingData, options: PackOptions, office: str = "die Geschäftsstelle") -> list:
    """Who was in the room signs (one column per day); online participants are listed apart,
    without signature boxes; the organiser confirms the list at the end."""
    people = pack.sorted_participants(options.sort)
    present = [p for p in people if not p.online]
    online = [p for p in people if p.online]
    order = "Organisation" if options.sort == SORT_BY_ORGANISATION else "Name"
    per_day = " · Bitte an jedem Tag in dessen Spalte unterschreiben." if len(pack.event.days) > 1 else ""
    story = _heading(
        "Unterschriftenliste",
        pack,
        f"sortiert nach {order} · Nicht angemeldet? Bitte in eine freie Zeile am Ende eintragen.{per_day}",
    )
    story.insert(len(story) - 1, Paragraph(escape(privacy_note(office, options.retention_years)), styles()["small"]))
    st = styles()
    small = ParagraphStyle("SignInOrganisation", parent=st["cell"], fontSize=8, leading=9.8)
    accredited = bool(pack.event.accredited_chambers)
    signatures = _signature_headers(pack)
    # The empty signature cell holds a spacer: every row is at least tall enough to sign in.
    tall = SIGN_IN_ROW_HEIGHT - 5
    header = [_cell("Nr.", "cell_bold"), _cell("Name", "cell_bold"), _cell("Kommune / Institution", "cell_bold")]
    if accredited:
        header.append(_cell("Kammer, Mitgliedsnr.", "cell_bold"))
    header += [_cell(text, "cell_bold") for text in signatures]
    data = [header]
    for number, person in enumerate(present, start=1):
        row = [
            _cell(number),
            Paragraph(f"<b>{escape(person.list_name)}</b>", st["cell"]),
            Paragraph(escape(person.organisation), small),
        ]
        if accredited:
            row.append(Paragraph(escape(_membership_text(person)), small))
        data.append(row + [Spacer(1, tall) for _ in signatures])
    for number in range(len(present) + 1, len(present) + options.blank_rows + 1):
        data.append([_cell(number), "", ""] + ([""] if accredited else []) + [Spacer(1, tall) for _ in signatures])
    fixed = [9 * mm, 40 * mm if len(signatures) > 1 else 44 * mm, 40 * mm if len(signatures) > 1 else 52 * mm]
    if accredited:
        fixed.append(27 * mm)
    free = PAGE_A4[0] - LEFT_MARGIN - RIGHT_MARGIN - sum(fixed)
    widths = fixed + [free / len(signatures)] * len(signatures)
    style = _table_style(
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, GRID),
        ("LINEAFTER", (0, 0), (-2, -1), 0.25, LIGHT_GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("TOPPADDING", (0, 1), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
    )
    # The last rows go with the confirmation, so it never stands alone at the top of a page.
    tail_rows = min(3, len(data) - 1)
    table = Table(data[: len(data) - tail_rows], colWidths=widths, repeatRows=1)
    table.setStyle(style)
    story.append(table)
    closing: list = []
    if tail_rows:
        tail = Table(data[len(data) - tail_rows :], colWidths=widths)
        tail.setStyle(
            _table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID),
                ("LINEAFTER", (0, 0), (-2, -1), 0.25, LIGHT_GRID),
                ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            )
        )
        closing.append(tail)
    if online:
        story.append(KeepTogether(closing))
        closing = []
        story += online_section(online, accredited)
    closing += organiser_confirmation()
    story.append(KeepTogether(closing))
    return story


def online_section(online: list[Participant], accredited: bool) -> list:
    """Online participants: listed, no signature boxes (their attendance report is the proof)."""
    header = [_cell("Nr.", "cell_bold"), _cell("Name", "cell_bold"), _cell("Kommune / Institution", "cell_bold")]
    if accredited:
        header.append(_cell("Kammer, Mitgliedsnr.", "cell_bold"))
    data = [header]
    for number, person in enumerate(online, start=1):
        row = [_cell(number), _cell(person.list_name), _cell(person.organisation)]
        if accredited:
            row.append(_cell(_membership_text(person)))
        data.append(row)
    widths = [9 * mm, 55 * mm, None] + ([32 * mm] if accredited else [])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA])))
    return [Spacer(1, 6 * mm), KeepTogether([para(ONLINE_HEADING, "h2"), table])]


def organiser_confirmation() -> list:
    """Name, date and signature of the organiser who confirms the list."""
    line = "_" * 28
    table = Table(
        [
            [_cell(line), _cell("_" * 14), _cell(line)],
            [_cell("Name der/des Verantwortlichen", "small"), _cell("Datum", "small"), _cell("Unterschrift", "small")],
        ],
        colWidths=[65 * mm, 35 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [
        Spacer(1, 6 * mm),
        para("Die Richtigkeit und Vollständigkeit der Liste bestätigt die Veranstalterin / der Veranstalter:"),
        Spacer(1, 9 * mm),
        table,
    ]


def badges_for(pack: MeetingData, options: PackOptions) -> list[Badge]:
    return [
        Badge(first_name=p.badge_name, full_name=p.full_name, organisation=p.organisation or "", role=p.role)
        for p in pack.sorted_participants(options.sort)
    ]


# --- the document --------------------------------------------------------------------------


def _pack_canvas(footer_left: str, letterhead: Letterhead | None, printed_on: dt.date | None):
    """The numbering canvas, which leaves letterhead and footer off plain pages (badges, tents)."""
    # Each part numbers its own pages; the invitation is a one-page flyer without a page number.
    base = numbered_by_part(numbered_canvas(footer_left, letterhead, printed_on), unnumbered_parts=(INVITATION,))

    class PackCanvas(base):  # type: ignore[misc, valid-type]  # a canvas class made at run time
        plain_page = False

        def showPage(self):  # reportlab API
            super().showPage()
            self.plain_page = False

        def _decorate(self, total: int) -> None:
            if not self.plain_page:
                super()._decorate(total)

    return PackCanvas


def meeting_pack_pdf(
    pack: MeetingData,
    letterhead: Letterhead | None = None,
    options: PackOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    travel_story: list | None = None,
) -> bytes:
    """The chosen sections of the meeting pack as one PDF (for an excursion, ``travel_story``
    holds the travel pack's parts)."""
    register_fonts()
    options = options or PackOptions()
    options.validate(pack.event.kind)
    chosen = [s for s in sections_for(pack.event.kind) if s in (options.sections or ())]
    stock = BADGE_STOCK[options.badge_stock or DEFAULT_BADGE_STOCK]
    office = letterhead.office_name if letterhead else "die Geschäftsstelle"
    steps = len(chosen) + 1

    def report(step: int, text: str) -> None:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(step, steps, text)

    badge_context = BadgeContext(event_title=pack.event.title, event_date=short_event_date(pack.event.starts_at))
    story: list = []
    for step, section in enumerate(chosen):
        report(step, f"{SECTION_TITLES[section]}…")
        if story:
            story.append(PageBreak())
        if section == TRAVEL:
            story += travel_story or []  # brings its own bookmarks
            continue
        story.append(Bookmark(section, SECTION_TITLES[section]))
        if section == INVITATION:
            story += invitation_section(pack)
        elif section == AGENDA:
            story += agenda_section(pack)
        elif section == PARTICIPANTS:
            story += participants_section(pack, options)
        elif section == SIGN_IN:
            story += sign_in_section(pack, options, office)
        elif section == BADGES:
            badges = badges_for(pack, options)
            if badges:
                story += badge_pages(badges, badge_context, cancelled=cancelled, stock=stock)
            else:
                story += [para("Namensschilder", "h1"), para("Für diese Veranstaltung ist noch niemand angemeldet.")]
        elif section == TABLE_TENTS:
            badges = badges_for(pack, options)
            if badges:
                story += table_tent_pages(badges, badge_context, cancelled=cancelled)
            else:
                story += [para("Tischaufsteller", "h1"), para("Für diese Veranstaltung ist noch niemand angemeldet.")]
    report(len(chosen), "PDF wird erstellt…")

    buffer = io.BytesIO()
    title = f"Sitzungsunterlagen – {pack.event.title}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=36 * mm if letterhead else 18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=letterhead.office_name if letterhead else None,
        subject=pack.event.title,
    )
    footer = f"{ellipsize(pack.event.title, FONT, 7.5, 80 * mm)} · {short_date(pack.event.starts_at.date())}"
    doc.build(story, canvasmaker=_pack_canvas(footer, letterhead, options.printed_on))
    if progress:
        progress(steps, steps, "Fertig")
    return buffer.getvalue()


# --- entry point for the command line and the GUI ------------------------------------------


def travel_pack_function() -> Callable | None:
    """``reports.travel_pack.travel_pack_pdf(db, event_id)`` if that part is in the program."""
    try:
        from reports.travel_pack import travel_pack_pdf
    except ModuleNotFoundError as exc:
        if exc.name != "reports.travel_pack":
            raise
        return None
    return travel_pack_pdf


def event_pack_pdf(
    db,
    event_id: int,
    options: PackOptions | None = None,  # model.core.db.Database
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The meeting pack of any event; an excursion's starts with its travel pack (Reiseunterlagen)."""
    from model.reporting.meeting_data import meeting_data
    from model.settings.office import load_profile

    if progress:
        progress(0, 1, "Daten werden gelesen…")
    pack = meeting_data(db, event_id)
    profile = load_profile(db)
    options = options or PackOptions(sections=None)
    options = replace(
        options,
        sections=default_sections_for(pack.event.kind) if options.sections is None else options.sections,
        badge_stock=options.badge_stock or profile.badge_stock,
        retention_years=profile.sign_in_retention_years,
    )
    options.validate(pack.event.kind)
    letterhead = Letterhead.from_profile(profile)
    travel_story = None
    if pack.event.kind == EXCURSION and TRAVEL in (options.sections or ()):
        from reports.travel_pack import load_travel_pack, render_travel_pack
        from reports.travel_pack import travel_story as story_of

        trip = load_travel_pack(db, event_id)
        if options.sections == (TRAVEL,):
            return render_travel_pack(trip)
        travel_story = story_of(trip)
    return meeting_pack_pdf(pack, letterhead, options, progress, cancelled, travel_story)
