"""Mitgliederverzeichnis as PDF (one block per member) and as an Excel workbook (three sheets)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from model.core.errors import Cancelled
from model.core.formatting import long_date, short_date
from model.core.vocab import GUEST, MEMBER, PARTNER
from model.reporting.member_directory import MemberDirectory, MemberEntry

from .excel import Column, Sheet, write_workbook
from .list_table import PADDING, broken_cells, fit_columns
from .pdf import ACCENT, FONT, FONT_BOLD, PAGE_A4, Letterhead, escape, numbered_canvas, para, styles

MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_A4[0] - 2 * MARGIN
CONTACT_SIZE = 8
LIGHT_GRID = colors.HexColor("#D5DBE3")

Progress = Callable[[int, int, str], None]


def _types_text(directory: MemberDirectory) -> str:
    names = {MEMBER: "Mitglieder", GUEST: "Gäste", PARTNER: "Kooperationspartner"}
    return ", ".join(names.get(t, t) for t in directory.types)


def directory_title(directory: MemberDirectory) -> str:
    return "Mitgliederverzeichnis" if directory.types == (MEMBER,) else f"Verzeichnis: {_types_text(directory)}"


@lru_cache(maxsize=1)
def _cell_styles() -> dict[str, ParagraphStyle]:
    base = styles()["cell"]
    return {
        "cell": ParagraphStyle("DirectoryCell", parent=base, fontSize=8, leading=10),
        "bold": ParagraphStyle("DirectoryBold", parent=styles()["cell_bold"], fontSize=8, leading=10),
    }


def _p(value: object, style: str = "cell") -> Paragraph:
    return Paragraph(escape(value), _cell_styles()[style])


def _small_table(data: list[list], widths: list) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, LIGHT_GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def member_block(member: MemberEntry) -> list:
    st = styles()
    facts = [member.kind]
    if member.ags:
        facts.append(f"AGS {member.ags}")
    facts.append(f"{member.membership} seit {short_date(member.since)}")
    lines = [" · ".join(facts)]
    if member.address:
        lines.append(member.address)
    contact = " · ".join(p for p in (member.phone, member.email, member.website) if p)
    if contact:
        lines.append(contact)
    block: list = [
        para(member.name, "h2"),
        Paragraph("<br/>".join(escape(line) for line in lines), st["small"]),
        Spacer(1, 2 * mm),
    ]
    if member.areas:
        data = [[_p("Programmgebiet", "bold"), _p("Programm", "bold"), _p("Status", "bold"), _p("Aufnahme", "bold")]]
        for area in member.areas:
            years = str(area.admitted_year or "")
            if area.ended_year:
                years = f"{years}–{area.ended_year}"
            data.append([_p(area.name), _p(area.programme), _p(area.status), _p(years)])
        block.append(_small_table(data, [62 * mm, 50 * mm, 32 * mm, None]))
        block.append(Spacer(1, 2 * mm))
    if member.contacts:
        # Widths from the real text widths: an e-mail address breaks only after @ or a dot.
        headers = ["Ansprechperson", "Funktion", "E-Mail", "Telefon"]
        rows = [[p.name, p.function or p.role or "", p.email or "", p.phone or ""] for p in member.contacts]
        widths = fit_columns(headers, rows, CONTENT_WIDTH, CONTACT_SIZE)
        table = _small_table(broken_cells(headers, rows, widths, CONTACT_SIZE), widths)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), FONT_BOLD, CONTACT_SIZE, CONTACT_SIZE + 2),
                    ("FONT", (0, 1), (-1, -1), FONT, CONTACT_SIZE, CONTACT_SIZE + 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ]
            )
        )
        block.append(table)
    elif not member.areas:
        block.append(para("Keine Ansprechpersonen erfasst.", "small"))
    block.append(Spacer(1, 5 * mm))
    # A short block stays on one page; a long one may break (its tables repeat their headers).
    return [KeepTogether(block)] if len(member.contacts) + len(member.areas) < 25 else block


def member_directory_pdf(
    directory: MemberDirectory,
    letterhead: Letterhead | None = None,
    printed_on: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    title = directory_title(directory)
    count = len(directory.members)
    story: list = [
        para(title, "title"),
        para(
            f"Stand: {long_date(directory.on)} · {count} {'Eintrag' if count == 1 else 'Einträge'} · "
            f"{directory.area_count} Programmgebiete · {directory.contact_count} Ansprechpersonen",
            "small",
        ),
        Spacer(1, 4 * mm),
    ]
    if not directory.members:
        story.append(para(f"Am {short_date(directory.on)} gab es keine {_types_text(directory)}."))
    for index, member in enumerate(directory.members):
        if cancelled and cancelled():
            raise Cancelled()
        if progress and index % 20 == 0:
            progress(index, count + 1, "Mitgliederverzeichnis wird gesetzt…")
        story += member_block(member)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=36 * mm if letterhead else 18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=letterhead.office_name if letterhead else None,
        subject=f"{title}, Stand {short_date(directory.on)}",
    )
    doc.build(story, canvasmaker=numbered_canvas(f"{title} · Stand {short_date(directory.on)}", letterhead, printed_on))
    if progress:
        progress(count + 1, count + 1, "Fertig")
    return buffer.getvalue()


def member_directory_sheets(directory: MemberDirectory) -> list[Sheet]:
    stand = f"Stand {short_date(directory.on)}"
    members = Sheet(
        "Mitglieder",
        [
            Column("Organisation"),
            Column("Art"),
            Column("AGS"),
            Column("Mitgliedschaft"),
            Column("seit", "date"),
            Column("Straße"),
            Column("PLZ"),
            Column("Ort"),
            Column("Telefon"),
            Column("E-Mail"),
            Column("Internet"),
            Column("Programmgebiete", "number"),
            Column("Ansprechpersonen", "number"),
        ],
        [
            [
                m.name,
                m.kind,
                m.ags,
                m.membership,
                m.since,
                m.street,
                m.postcode,
                m.city,
                m.phone,
                m.email,
                m.website,
                len(m.areas),
                len(m.contacts),
            ]
            for m in directory.members
        ],
        heading=f"{directory_title(directory)} · {stand}",
    )
    areas = Sheet(
        "Programmgebiete",
        [
            Column("Organisation"),
            Column("Programmgebiet"),
            Column("Programm"),
            Column("Status"),
            Column("Aufnahme", "number"),
            Column("Ende", "number"),
        ],
        [
            [m.name, a.name, a.programme, a.status, a.admitted_year, a.ended_year]
            for m in directory.members
            for a in m.areas
        ],
        heading=f"Programmgebiete · {stand}",
    )
    contacts = Sheet(
        "Ansprechpersonen",
        [
            Column("Organisation"),
            Column("Name"),
            Column("Funktion"),
            Column("Abteilung"),
            Column("Rolle"),
            Column("E-Mail"),
            Column("Telefon"),
        ],
        [
            [m.name, c.name, c.function, c.department, c.role, c.email, c.phone]
            for m in directory.members
            for c in m.contacts
        ],
        heading=f"Ansprechpersonen · {stand}",
    )
    return [members, areas, contacts]


def member_directory_excel(directory: MemberDirectory, target: Path | str | BinaryIO) -> None:
    write_workbook(target, member_directory_sheets(directory))
