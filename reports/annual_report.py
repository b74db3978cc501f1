"""Jahresbericht: the network's year in figures, tables and vector charts.

Sections: the year in figures; events by kind and month (chart and table); participants per
event; participation of the member municipalities (bar chart and table); further training
(credit points, certificates); new and leaving members; working groups. Long tables break
across pages with their header row repeated; a heading never stays alone at a page foot.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from model.core.errors import Cancelled
from model.core.formatting import MONTHS, long_date, money, number, short_date
from model.core.vocab import WORKING_GROUP
from model.reporting.statistics import AnnualFigures

from .charts import MONTH_ABBREVIATIONS, horizontal_bars, stacked_months
from .pdf import ACCENT, PAGE_A4, Bookmark, Letterhead, escape, numbered_canvas, styles

MARGIN = 20 * mm
TEXT_WIDTH = PAGE_A4[0] - 2 * MARGIN
CHART_LIMIT = 30  # municipalities in the bar chart; the table lists all
ZEBRA = colors.HexColor("#F3F6FA")

Progress = Callable[[int, int, str], None]


def count(value: int) -> str:
    """ "18.614"."""
    return f"{value:,}".replace(",", ".")


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    return {
        **base,
        "h1": ParagraphStyle("ReportH1", parent=base["h1"], keepWithNext=1),
        "h2": ParagraphStyle("ReportH2", parent=base["h2"], keepWithNext=1),
        "num": ParagraphStyle("Number", parent=base["cell"], alignment=TA_RIGHT),
        "num_bold": ParagraphStyle("NumberBold", parent=base["cell_bold"], alignment=TA_RIGHT),
        "tiny": ParagraphStyle("Tiny", parent=base["cell"], fontSize=7.5, leading=9.5),
        "tiny_num": ParagraphStyle("TinyNumber", parent=base["cell"], fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
        "tiny_bold": ParagraphStyle("TinyBold", parent=base["cell_bold"], fontSize=7.5, leading=9.5),
        "tiny_num_bold": ParagraphStyle(
            "TinyNumberBold", parent=base["cell_bold"], fontSize=7.5, leading=9.5, alignment=TA_RIGHT
        ),
    }


def _p(value: object, style: str = "cell") -> Paragraph:
    return Paragraph(escape(value), _styles()[style])


def _table(
    data: list[list],
    widths: list[float | None],
    numeric_from: int | None = None,
    total_row: bool = False,
    zebra: bool = True,
) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -2 if total_row else -1), [colors.white, ZEBRA]))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT))
        # The total row never stands alone at the top of a page: it keeps two rows above it.
        commands.append(("NOSPLIT", (0, max(1, len(data) - 3)), (-1, -1)))
    table.setStyle(TableStyle(commands))
    return table


def _empty(text: str) -> Paragraph:
    return _p(text, "text")


# --- sections ------------------------------------------------------------------------------


def key_figures(f: AnnualFigures) -> list:
    planned = f.event_count - f.events_done
    events = count(f.event_count)
    details = [f"davon {count(f.events_done)} durchgeführt"]
    if planned:
        details.append(f"{count(planned)} geplant")
    if f.cancelled_events:
        details.append(f"{count(f.cancelled_events)} abgesagt (nicht mitgezählt)")
    certificates = sum(c.certificates for c in f.credits)
    statements = sum(c.statements for c in f.credits)
    rows = [
        ("Veranstaltungen", events, ", ".join(details)),
        (
            "Teilnahmen",
            count(f.participations),
            f"von {count(f.people)} Personen aus {count(f.organisations)} Organisationen",
        ),
        ("Mitgliedskommunen", count(len(f.municipalities)), f"{count(f.active_municipalities)} davon mit Teilnahmen"),
        ("Neue Mitgliedschaften", count(len(f.joined)), ""),
        ("Beendete Mitgliedschaften", count(len(f.left)), ""),
        (
            "Anerkannte Fortbildungen",
            count(sum(c.accredited_events for c in f.credits)),
            " · ".join(f"{c.chamber}: {number(c.points_offered)} Punkte" for c in f.credits if c.accredited_events),
        ),
        (
            "Bescheinigungen",
            count(certificates + statements),
            f"{count(certificates)} Teilnahmebescheinigungen, {count(statements)} Fortbildungsnachweise",
        ),
        ("Arbeitsgruppen", count(len(f.groups)), f"{count(sum(g.sessions for g in f.groups))} Sitzungen"),
    ]
    data = [[_p(label, "cell_bold"), _p(value, "num_bold"), _p(detail, "cell")] for label, value, detail in rows]
    table = Table(data, colWidths=[52 * mm, 22 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#D5DBE3")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [Paragraph("Das Jahr in Zahlen", _styles()["h1"]), table]


def events_section(f: AnnualFigures) -> list:
    st = _styles()
    heading = Paragraph("1. Veranstaltungen nach Art und Monat", st["h1"])
    if not f.events_by_kind_month:
        return [heading, _empty(f"Im Jahr {f.year} fanden keine Veranstaltungen statt.")]
    story = [KeepTogether([heading, stacked_months(f.events_by_kind_month, TEXT_WIDTH), Spacer(1, 4 * mm)])]
    header = [
        _p("Art", "tiny_bold"),
        *[_p(m, "tiny_num_bold") for m in MONTH_ABBREVIATIONS],
        _p("Summe", "tiny_num_bold"),
    ]
    data = [header]
    for kind, months in f.events_by_kind_month.items():
        data.append([_p(kind, "tiny"), *[_p(v or "–", "tiny_num") for v in months], _p(sum(months), "tiny_num_bold")])
    data.append(
        [
            _p("Summe", "tiny_bold"),
            *[_p(v or "–", "tiny_num_bold") for v in f.events_by_month],
            _p(f.event_count, "tiny_num_bold"),
        ]
    )
    story.append(_table(data, [34 * mm] + [9.5 * mm] * 12 + [None], total_row=True))
    if f.cancelled_events:
        story.append(Spacer(1, 2 * mm))
        story.append(_p(f"Nicht mitgezählt: {count(f.cancelled_events)} abgesagte Veranstaltung(en).", "small"))
    return story


def participants_section(f: AnnualFigures) -> list:
    st = _styles()
    story = [Paragraph("2. Teilnehmende je Veranstaltung", st["h1"])]
    if not f.events:
        return story + [_empty("Keine Veranstaltungen.")]
    open_registrations = any(e.registered for e in f.events)
    if open_registrations:
        story.append(
            _p(
                "Teilgenommen: bestätigte Teilnahmen. Angemeldet: Anmeldungen zu Veranstaltungen, "
                "die noch nicht abgeschlossen sind.",
                "small",
            )
        )
        story.append(Spacer(1, 2 * mm))
    header = [
        _p("Datum", "tiny_bold"),
        _p("Art", "tiny_bold"),
        _p("Veranstaltung", "tiny_bold"),
        _p("Teilgen." if open_registrations else "Teilnehmende", "tiny_num_bold"),
    ]
    widths = [18 * mm, 33 * mm, None, 24 * mm]
    if open_registrations:
        header.append(_p("Angem.", "tiny_num_bold"))
        widths = [18 * mm, 33 * mm, None, 15 * mm, 15 * mm]
    data = [header]
    for event in f.events:
        row = [
            _p(short_date(event.starts_at.date()), "tiny"),
            _p(event.kind, "tiny"),
            _p(event.title, "tiny"),
            _p(count(event.attended), "tiny_num"),
        ]
        if open_registrations:
            row.append(_p(count(event.registered) if event.registered else "–", "tiny_num"))
        data.append(row)
    total = [
        _p("Summe", "tiny_bold"),
        _p(f"{count(len(f.events))} Veranstaltungen", "tiny_bold"),
        _p("", "tiny"),
        _p(count(sum(e.attended for e in f.events)), "tiny_num_bold"),
    ]
    if open_registrations:
        total.append(_p(count(sum(e.registered for e in f.events)), "tiny_num_bold"))
    data.append(total)
    story.append(_table(data, widths, total_row=True))
    return story


def municipalities_section(f: AnnualFigures) -> list:
    st = _styles()
    heading = Paragraph("3. Teilnahme der Mitgliedskommunen", st["h1"])
    if not f.municipalities:
        return [heading, _empty(f"Im Jahr {f.year} gab es keine Mitgliedskommunen.")]
    ranked = sorted(f.municipalities, key=lambda m: (-m.participations, m.name))
    shown = ranked[:CHART_LIMIT]
    note = (
        f"Die {len(shown)} Mitgliedskommunen mit den meisten Teilnahmen; die Tabelle nennt alle."
        if len(ranked) > len(shown)
        else "Teilnahmen je Mitgliedskommune."
    )
    story = [
        KeepTogether(
            [
                heading,
                _p(note, "small"),
                Spacer(1, 1 * mm),
                horizontal_bars([m.name for m in shown], [m.participations for m in shown], TEXT_WIDTH),
            ]
        )
    ]
    story.append(Spacer(1, 4 * mm))
    data = [
        [
            _p("Mitgliedskommune", "tiny_bold"),
            _p("Teilnahmen", "tiny_num_bold"),
            _p("Personen", "tiny_num_bold"),
            _p("Veranstaltungen", "tiny_num_bold"),
        ]
    ]
    for m in f.municipalities:
        data.append(
            [
                _p(m.name, "tiny"),
                _p(count(m.participations), "tiny_num"),
                _p(count(m.people), "tiny_num"),
                _p(count(m.events), "tiny_num"),
            ]
        )
    data.append(
        [
            _p(f"Summe ({len(f.municipalities)} Kommunen)", "tiny_bold"),
            _p(count(sum(m.participations for m in f.municipalities)), "tiny_num_bold"),
            _p(count(sum(m.people for m in f.municipalities)), "tiny_num_bold"),
            _p("", "tiny"),
        ]
    )
    story.append(_table(data, [None, 25 * mm, 25 * mm, 28 * mm], total_row=True))
    return story


def credits_section(f: AnnualFigures) -> list:
    st = _styles()
    story = [Paragraph("4. Fortbildung: Punkte und Bescheinigungen", st["h1"])]
    if not f.credits:
        return story + [_empty("Keine anerkannten Fortbildungen und keine Bescheinigungen in diesem Jahr.")]
    head = _styles()["tiny_num_bold"]
    data = [
        [_p("Kammer", "tiny_bold")]
        + [
            Paragraph(markup, head)
            for markup in (
                "Anerkannte<br/>Veranstalt.",
                "Punkte<br/>angeboten",
                "Teil-<br/>nahmen",
                "Teilnahme-<br/>bescheinig.",
                "Punkte<br/>bescheinigt",
                "Fortbild.-<br/>nachweise",
                "Wider-<br/>rufen",
            )
        ]
    ]
    for c in f.credits:
        data.append(
            [
                _p(c.chamber, "tiny"),
                _p(count(c.accredited_events), "tiny_num"),
                _p(number(c.points_offered), "tiny_num"),
                _p(count(c.participations), "tiny_num"),
                _p(count(c.certificates), "tiny_num"),
                _p(number(c.points_certified) or "0", "tiny_num"),
                _p(count(c.statements), "tiny_num"),
                _p(count(c.revoked), "tiny_num"),
            ]
        )
    story.append(_table(data, [None, 20 * mm, 19 * mm, 17 * mm, 21 * mm, 20 * mm, 20 * mm, 15 * mm]))
    story.append(Spacer(1, 2 * mm))
    story.append(
        _p(
            "Bescheinigungen zählen im Jahr ihrer Ausstellung; widerrufene sind nur in der letzten Spalte gezählt.",
            "small",
        )
    )
    return story


def members_section(f: AnnualFigures) -> list:
    st = _styles()
    story = [Paragraph("5. Neue und ausgeschiedene Mitglieder", st["h1"])]
    for heading, changes, empty in (
        ("Neu im Netzwerk", f.joined, "Keine neuen Mitgliedschaften."),
        ("Ausgeschieden", f.left, "Keine Mitgliedschaft endete."),
    ):
        story.append(Paragraph(heading, st["h2"]))
        if not changes:
            story.append(_empty(empty))
            continue
        data = [
            [
                _p("Organisation", "tiny_bold"),
                _p("Art", "tiny_bold"),
                _p("Mitgliedschaft", "tiny_bold"),
                _p("seit" if changes is f.joined else "bis", "tiny_bold"),
            ]
        ]
        for change in changes:
            data.append(
                [
                    _p(change.organisation, "tiny"),
                    _p(change.kind, "tiny"),
                    _p(change.type, "tiny"),
                    _p(short_date(change.on), "tiny"),
                ]
            )
        story.append(_table(data, [None, 34 * mm, 32 * mm, 22 * mm]))
    return story


def groups_section(f: AnnualFigures) -> list:
    st = _styles()
    story = [Paragraph("6. Arbeitsgruppen und Werkstattreihen", st["h1"])]
    if not f.groups:
        return story + [_empty("Keine Arbeitsgruppe war in diesem Jahr aktiv.")]
    data = [
        [
            _p("Arbeitsgruppe", "tiny_bold"),
            _p("Leitung", "tiny_bold"),
            _p("Mitglieder", "tiny_num_bold"),
            _p("Sitzungen", "tiny_num_bold"),
            _p("Teilnahmen", "tiny_num_bold"),
        ]
    ]
    for g in f.groups:
        name = g.name if g.kind == WORKING_GROUP else f"{g.name} ({g.kind})"
        data.append(
            [
                _p(name, "tiny"),
                _p(g.lead or "–", "tiny"),
                _p(count(g.members), "tiny_num"),
                _p(count(g.sessions), "tiny_num"),
                _p(count(g.participations), "tiny_num"),
            ]
        )
    data.append(
        [
            _p("Summe", "tiny_bold"),
            _p("", "tiny"),
            _p("", "tiny"),
            _p(count(sum(g.sessions for g in f.groups)), "tiny_num_bold"),
            _p(count(sum(g.participations for g in f.groups)), "tiny_num_bold"),
        ]
    )
    story.append(_table(data, [None, 45 * mm, 20 * mm, 20 * mm, 20 * mm], total_row=True))
    return story


def contributions_section(f: AnnualFigures) -> list:
    st = _styles()
    story = [Paragraph("7. Mitgliedsbeiträge", st["h1"])]
    c = f.contributions
    if c is None or not c.billed:
        return story + [_empty("Für dieses Jahr wurden keine Mitgliedsbeiträge berechnet.")]
    data = [
        [_p("Beiträge", "tiny_bold"), _p("Betrag", "tiny_num_bold")],
        [_p("berechnet", "tiny"), _p(money(c.billed), "tiny_num")],
        [_p("storniert (Gutschriften)", "tiny"), _p(money(c.cancelled), "tiny_num")],
        [_p("bezahlt", "tiny"), _p(money(c.paid), "tiny_num")],
        [_p("offen", "tiny_bold"), _p(money(c.open), "tiny_num_bold")],
    ]
    story.append(_table(data, [None, 35 * mm], total_row=True))
    return story


SECTIONS = (
    key_figures,
    events_section,
    participants_section,
    municipalities_section,
    credits_section,
    members_section,
    groups_section,
    contributions_section,
)


def annual_report_pdf(
    figures: AnnualFigures,
    letterhead: Letterhead | None = None,
    printed_on: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    printed_on = printed_on or dt.date.today()
    st = _styles()
    title = f"Jahresbericht {figures.year}"
    story: list = [Paragraph(escape(title), st["title"])]
    story.append(
        _p(f"Berichtszeitraum 1. Januar bis 31. Dezember {figures.year} · Stand: {long_date(printed_on)}", "small")
    )
    if figures.year >= printed_on.year:
        story.append(
            _p(
                f"Das Jahr ist noch nicht abgeschlossen: Veranstaltungen, die nach dem "
                f"{printed_on.day}. {MONTHS[printed_on.month - 1]} {printed_on.year} stattfinden, "
                "sind als geplant mitgezählt.",
                "small",
            )
        )
    story.append(Spacer(1, 4 * mm))
    steps = len(SECTIONS) + 1
    for step, section in enumerate(SECTIONS):
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(step, steps, "Jahresbericht wird gesetzt…")
        part = section(figures)
        heading = next((f for f in part if isinstance(f, Paragraph)), None)
        if heading is None and part and isinstance(part[0], KeepTogether):
            heading = next((f for f in part[0]._content if isinstance(f, Paragraph)), None)
        if heading is not None:
            story.append(Bookmark(section.__name__, heading.getPlainText(), 0))
        story += part
        story.append(Spacer(1, 6 * mm))
    if progress:
        progress(len(SECTIONS), steps, "PDF wird erstellt…")
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
        subject=title,
    )
    doc.build(story, canvasmaker=numbered_canvas(title, letterhead, printed_on))
    if progress:
        progress(steps, steps, "Fertig")
    return buffer.getvalue()


def annual_report(
    db,
    year: int,
    progress: Progress | None = None,  # model.core.db.Database
    cancelled: Callable[[], bool] | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """Gather the figures and set the report: what the command line and the GUI call."""
    from model.reporting.statistics import annual_figures
    from model.settings.office import load_profile

    if progress:
        progress(0, 1, "Zahlen werden ermittelt…")
    figures = annual_figures(db, year)
    if cancelled and cancelled():
        raise Cancelled()
    letterhead = Letterhead.from_profile(load_profile(db))
    return annual_report_pdf(figures, letterhead, printed_on, progress, cancelled)
