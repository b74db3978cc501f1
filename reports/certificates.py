"""Teilnahmebescheinigungen and Fortbildungsnachweise as PDF, drawn from register snapshots.

A certificate is drawn straight onto the canvas (one page, no layout engine per page): a
merged batch of 300 costs little more than drawing the page 300 times. The content comes
only from the snapshot, so a reprint is identical to the original.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable, Iterable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from model.credits import unit_label
from model.errors import Cancelled
from model.filenames import safe_stem, shortened, unique_path

from .pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    draw_logo,
    ellipsize_text,
    escape,
    fit_font_size,
    register_fonts,
    set_author_if_unset,
    split_parts,
    styles,
)
from .text_fit import break_lines

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = PAGE_WIDTH - 20 * mm
TEXT_WIDTH = RIGHT - LEFT

AssetLoader = Callable[[str | None], bytes | None]


class ImageCache:
    """ImageReaders by content hash, so a batch decodes logo and signature once."""

    def __init__(self, load: AssetLoader):
        self._load = load
        self._readers: dict[str, ImageReader | None] = {}

    def get(self, digest: str | None) -> ImageReader | None:
        if not digest:
            return None
        if digest not in self._readers:
            content = self._load(digest)
            try:
                self._readers[digest] = ImageReader(io.BytesIO(content)) if content else None
            except Exception:  # noqa: BLE001 - a broken image must not stop the batch
                self._readers[digest] = None
        return self._readers[digest]


def full_name(person: dict) -> str:
    parts = [person.get("title"), person.get("first_name"), person.get("last_name")]
    return " ".join(p for p in parts if p)


def addressed_name(person: dict) -> str:
    salutation = person.get("salutation")
    prefix = salutation if salutation in ("Frau", "Herr") else ""
    return " ".join(p for p in (prefix, full_name(person)) if p)


def _draw_image(canvas: Canvas, image: ImageReader | None, x: float, y: float, max_w: float, max_h: float,
                align_right: bool = False) -> None:
    if image is None:
        return
    width, height = image.getSize()
    scale = min(max_w / max(width, 1), max_h / max(height, 1))
    draw_w, draw_h = width * scale, height * scale
    canvas.drawImage(image, x + (max_w - draw_w if align_right else 0), y, draw_w, draw_h, mask="auto")


def _draw_header(canvas: Canvas, office: dict, images: ImageCache) -> None:
    """Letterhead of a certificate: office name and lines on the left, clear of the logo on the right."""
    top = PAGE_HEIGHT - 18 * mm
    text_right = RIGHT
    logo = images.get(office.get("logo"))
    if logo is not None:
        text_right = RIGHT - draw_logo(canvas, logo, RIGHT, top + 4 * mm, 45 * mm, 16 * mm) - 5 * mm
    width = text_right - LEFT
    name = office.get("name") or ""
    size = fit_font_size(name, FONT_BOLD, 10.5, 8, width)
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(ACCENT)
    name_lines = break_lines(name, FONT_BOLD, size, width)[:2]  # the issuer's name is never cut
    for index, line in enumerate(name_lines):
        canvas.drawString(LEFT, top - index * size * 1.15, line)
    top -= (len(name_lines) - 1) * size * 1.15
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    lines = []
    network = office.get("network")
    if network and network.casefold() not in name.casefold():
        lines.append(ellipsize_text(network, FONT, 8.5, width))
    if office.get("address_line"):
        lines += split_parts(office["address_line"], FONT, 8.5, width, ", ")
    if office.get("contact_line"):
        lines += split_parts(office["contact_line"], FONT, 8.5, width)
    y = top
    for line in lines[:5]:
        y -= 4 * mm
        canvas.drawString(LEFT, y, line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    rule = min(top - 18 * mm, y - 3 * mm)
    canvas.line(LEFT, rule, RIGHT, rule)
    canvas.setFillColor(colors.black)


def _paragraph(canvas: Canvas, text_markup: str, style: str, x: float, y_top: float, width: float) -> float:
    """Draw already-escaped markup; returns the y below it."""
    paragraph = Paragraph(text_markup, styles()[style])
    _w, height = paragraph.wrapOn(canvas, width, PAGE_HEIGHT)
    paragraph.drawOn(canvas, x, y_top - height)
    return y_top - height


def _details_table(canvas: Canvas, rows: list[tuple[str, str]], y_top: float) -> float:
    data = [[Paragraph(escape(label), styles()["cell_bold"]), Paragraph(value, styles()["cell"])] for label, value in rows]
    table = Table(data, colWidths=[46 * mm, TEXT_WIDTH - 46 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#D5DBE3")),
    ]))
    _w, height = table.wrapOn(canvas, TEXT_WIDTH, PAGE_HEIGHT)
    table.drawOn(canvas, LEFT, y_top - height)
    return y_top - height


def _draw_signature(canvas: Canvas, snapshot: dict, images: ImageCache, y: float) -> None:
    office = snapshot["office"]
    place_date = ", ".join(p for p in (office.get("place"), snapshot.get("issued_on_text")) if p)
    canvas.setFont(FONT, 10)
    canvas.drawString(LEFT, y, place_date)
    _draw_image(canvas, images.get(office.get("signature")), LEFT, y - 24 * mm, 55 * mm, 18 * mm)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y - 25 * mm, LEFT + 75 * mm, y - 25 * mm)
    canvas.setFont(FONT, 9.5)
    canvas.drawString(LEFT, y - 29.5 * mm, office.get("signatory_name") or "")
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(LEFT, y - 33.5 * mm, office.get("signatory_function") or "")
    canvas.setFillColor(colors.black)


def _draw_footer(canvas: Canvas, snapshot: dict) -> None:
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(LEFT, 15 * mm, f"Bescheinigungsnummer {snapshot['number']} · ausgestellt am {snapshot['issued_on_text']}")
    canvas.drawString(LEFT, 11.5 * mm, "Die Nummer ist im Bescheinigungsregister der Geschäftsstelle verzeichnet.")
    canvas.setFillColor(colors.black)


def _draw_revoked_mark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 60)
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.25))
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "WIDERRUFEN")
    canvas.restoreState()


def draw_attendance_certificate(canvas: Canvas, snapshot: dict, images: ImageCache) -> None:
    """One A4 page for one attendance certificate."""
    register_fonts()
    person, event = snapshot["person"], snapshot["event"]
    _draw_header(canvas, snapshot["office"], images)
    y = PAGE_HEIGHT - 58 * mm
    canvas.setFont(FONT_BOLD, 22)
    canvas.setFillColor(ACCENT)
    canvas.drawString(LEFT, y, snapshot.get("title") or "Teilnahmebescheinigung")
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, 9)
    canvas.drawRightString(RIGHT, y, f"Nr. {snapshot['number']}")

    y -= 14 * mm
    y = _paragraph(canvas, f'<font size="14"><b>{escape(addressed_name(person))}</b></font>', "text", LEFT, y, TEXT_WIDTH)
    lines = []
    if person.get("organisation"):
        lines.append(escape(person["organisation"]))
    if person.get("chamber_name") and person.get("chamber_number"):
        lines.append(f"{escape(person['chamber_name'])}, Mitgliedsnummer {escape(person['chamber_number'])}")
    elif person.get("chamber_name"):
        lines.append(escape(person["chamber_name"]))
    if lines:
        y = _paragraph(canvas, "<br/>".join(lines), "text", LEFT, y - 1.5 * mm, TEXT_WIDTH)
    y = _paragraph(canvas, escape(snapshot.get("text") or ""), "text", LEFT, y - 6 * mm, TEXT_WIDTH)
    y = _paragraph(canvas, f'<font size="13"><b>{escape(event["title"])}</b></font>', "text", LEFT, y - 5 * mm, TEXT_WIDTH)

    rows = [("Datum und Zeit", escape(event["when"]))]
    venue = event.get("venue") or ""
    if event.get("venue_address"):
        venue = f"{venue}, {event['venue_address']}" if venue else event["venue_address"]
    rows.append(("Ort", escape(venue or "–")))
    rows.append(("Format", escape(event.get("format_label") or event.get("format") or "")))
    rows.append(("Veranstalter", escape(event.get("provider") or "")))
    if event.get("topics"):
        rows.append(("Inhalte", "<br/>".join(f"• {escape(topic)}" for topic in event["topics"])))
    if snapshot.get("attended_minutes") is not None:
        rows.append(("Anwesenheit", f"{snapshot['attended_minutes']} Minuten (teilweise Teilnahme)"))
    for credit in snapshot.get("credits") or []:
        rows.append(("Umfang", escape(f"{credit['points_text']} {unit_label(credit['points_text'], credit['unit'])} "
                                         f"(je {credit['minutes_per_unit']} Minuten)")))
        rows.append(("Anerkannt von", escape(credit["chamber_name"])))
        if credit.get("recognition_number"):
            rows.append(("Anerkennungsnummer", escape(credit["recognition_number"])))
        if credit.get("field"):
            rows.append(("Fachrichtung", escape(credit["field"])))
    y = _details_table(canvas, rows, y - 5 * mm)

    _draw_signature(canvas, snapshot, images, min(y - 14 * mm, 75 * mm))
    _draw_footer(canvas, snapshot)
    if snapshot.get("revoked"):
        _draw_revoked_mark(canvas)


def certificates_pdf(snapshots: Iterable[dict], load_asset: AssetLoader,
                     progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, total: int = 0) -> bytes:
    """All certificates in one PDF (for printing), built directly — not merged from files."""
    register_fonts()  # before the canvas: it also sets the document language
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle("Teilnahmebescheinigungen")
    canvas.setSubject("Teilnahmebescheinigungen")
    images = ImageCache(load_asset)
    for done, snapshot in enumerate(snapshots):
        if cancelled and cancelled():
            raise Cancelled()
        set_author_if_unset(canvas, (snapshot.get("office") or {}).get("name"))  # the issuer, not "anonymous"
        draw_attendance_certificate(canvas, snapshot, images)
        canvas.showPage()
        if progress:
            progress(done + 1, total, "PDF wird erstellt…")
    canvas.save()
    return buffer.getvalue()


def certificate_file_stem(snapshot: dict) -> str:
    """``Nachname_Vorname_Veranstaltung_JJJJ-MM-TT`` (made valid for Windows later)."""
    person, event = snapshot["person"], snapshot["event"]
    title = "-".join(shortened(safe_stem(event["title"]), 50).split())
    return f"{person['last_name']}_{person['first_name']}_{title}_{event['start'][:10]}"


def write_certificate_files(snapshots: list[dict], folder: Path, load_asset: AssetLoader,
                            progress: Callable[[int, int, str], None] | None = None,
                            cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """One PDF per certificate in ``folder``; names are unique and valid on Windows."""
    folder.mkdir(parents=True, exist_ok=True)
    images = ImageCache(load_asset)
    taken: set[str] = set()
    written: list[Path] = []
    try:
        for done, snapshot in enumerate(snapshots):
            if cancelled and cancelled():
                raise Cancelled()
            target = unique_path(folder, certificate_file_stem(snapshot), ".pdf", taken)
            register_fonts()
            canvas = Canvas(str(target), pagesize=A4, pageCompression=1)
            canvas.setTitle(f"Teilnahmebescheinigung {snapshot['number']}")
            set_author_if_unset(canvas, (snapshot.get("office") or {}).get("name"))
            draw_attendance_certificate(canvas, snapshot, images)
            canvas.showPage()
            canvas.save()
            written.append(target)
            if progress:
                progress(done + 1, len(snapshots), target.name)
    except Cancelled:
        for path in written:  # a cancelled batch leaves no half set behind
            path.unlink(missing_ok=True)
        raise
    return written
