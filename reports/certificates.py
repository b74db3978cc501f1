"""Teilnahmebescheinigungen and Fortbildungsnachweise as PDF, drawn from register snapshots.

A certificate flows through a frame on a shared canvas (``document_pages``): usually one
page, a second one when long titles or many topics need it; amount, recognition and
signature always stay together on the signature's page. The content comes
only from the snapshot, so a reprint is identical to the original.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from model.core.errors import Cancelled
from model.core.filenames import safe_stem, shortened
from model.core.safe_files import atomic_output, remove_leftovers
from model.core.vocab import IN_PERSON, MR, MS, ONLINE
from model.training.credits import unit_label

from .check_code_mark import draw_check_code
from .document_pages import (
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    TEXT_WIDTH,
    Drawn,
    KeptTogether,
    draw_document,
    draw_letterhead,
    draw_page_footer,
)
from .pdf import ACCENT, FONT, FONT_BOLD, MUTED, escape, register_fonts, set_author_if_unset, styles

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
    prefix = salutation if salutation in (MS, MR) else ""
    return " ".join(p for p in (prefix, full_name(person)) if p)


def _draw_image(
    canvas: Canvas, image: ImageReader | None, x: float, y: float, max_w: float, max_h: float, align_right: bool = False
) -> None:
    if image is None:
        return
    width, height = image.getSize()
    scale = min(max_w / max(width, 1), max_h / max(height, 1))
    draw_w, draw_h = width * scale, height * scale
    canvas.drawImage(image, x + (max_w - draw_w if align_right else 0), y, draw_w, draw_h, mask="auto")


def draw_certificate_header(canvas: Canvas, office: dict, images: ImageCache) -> float:
    """Letterhead: office name and lines on the left, clear of the logo; returns the rule's y."""
    return draw_letterhead(canvas, office, images.get(office.get("logo")))


@lru_cache(maxsize=1)
def _certificate_styles() -> dict[str, ParagraphStyle]:
    base = styles()["text"]
    return {
        "heading": ParagraphStyle(
            "CertificateHeading", parent=base, fontName=FONT_BOLD, fontSize=22, leading=26, textColor=ACCENT
        ),
        "number": ParagraphStyle("CertificateNumber", parent=base, fontSize=9, leading=11, alignment=TA_RIGHT),
        "name": ParagraphStyle("CertificateName", parent=base, fontName=FONT_BOLD, fontSize=14, leading=17.5),
        "event": ParagraphStyle("CertificateEvent", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16.5),
    }


def _paragraph(markup: str, style: str = "text", space_before: float = 0) -> Paragraph:
    """Already-escaped markup as a flowable."""
    paragraph = Paragraph(markup, _certificate_styles().get(style) or styles()[style])
    paragraph.spaceBefore = space_before  # per instance; the shared style stays untouched
    return paragraph


def _spaced(flowable, space_before: float):
    flowable.spaceBefore = space_before
    return flowable


def _table(rows: list[tuple[str, str]], line_below_last: bool = False) -> Table:
    """Label/value rows; splits between rows when a page is full."""
    data = [
        [Paragraph(escape(label), styles()["cell_bold"]), Paragraph(value, styles()["cell"])] for label, value in rows
    ]
    table = Table(data, colWidths=[46 * mm, TEXT_WIDTH - 46 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1 if line_below_last else -2), 0.25, colors.HexColor("#D5DBE3")),
            ]
        )
    )
    return table


SIGNATURE_HEIGHT = 38 * mm


def _draw_signature(canvas: Canvas, snapshot: dict, images: ImageCache, y: float) -> None:
    """Place and date at ``y`` (baseline), signature image, line, name and function below."""
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


def signature_block(snapshot: dict, images: ImageCache) -> Drawn:
    def draw(canvas: Canvas, _x: float, top: float) -> None:
        # Inside a flowable the origin is its bottom left; LEFT is added back by the frame.
        canvas.saveState()
        canvas.translate(-LEFT, 0)
        _draw_signature(canvas, snapshot, images, top - 3.5 * mm)
        canvas.restoreState()

    return Drawn(SIGNATURE_HEIGHT, draw)


def footer_lines(snapshot: dict) -> list[str]:
    lines = [
        f"Bescheinigungsnummer {snapshot['number']} · ausgestellt am {snapshot['issued_on_text']}",
        "Die Nummer ist im Bescheinigungsregister der Geschäftsstelle verzeichnet.",
    ]
    if snapshot.get("check_code"):
        lines[1] = f"Prüfcode {snapshot['check_code']} · {lines[1]}"
    return lines


def draw_certificate_footer(
    canvas: Canvas, snapshot: dict, page: int = 1, total: int = 1, always_number: bool = False
) -> None:
    """Footer of a certificate page: office lines, page number and the check code."""
    draw_page_footer(canvas, footer_lines(snapshot), page, total, always_number)
    if snapshot.get("check_code"):
        draw_check_code(canvas, snapshot["check_code"], RIGHT, 11 * mm, 16 * mm)
    if snapshot.get("revoked"):
        _draw_revoked_mark(canvas)


def _draw_revoked_mark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 60)
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.25))
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "WIDERRUFEN")
    canvas.restoreState()


def mode_text(mode: str | None) -> str | None:
    """How the person attended, as the chambers ask for it (IK-Bau: Präsenz or Telepräsenz)."""
    if mode == IN_PERSON:
        return "Teilnahme in Präsenz"
    if mode == ONLINE:
        return "Teilnahme per Telepräsenz (online)"
    return None


def _heading(snapshot: dict) -> Table:
    styles_ = _certificate_styles()
    table = Table(
        [
            [
                Paragraph(escape(snapshot.get("title") or "Teilnahmebescheinigung"), styles_["heading"]),
                Paragraph(escape(f"Nr. {snapshot['number']}"), styles_["number"]),
            ]
        ],
        colWidths=[TEXT_WIDTH - 45 * mm, 45 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _person_lines(person: dict) -> list[str]:
    lines = []
    if person.get("organisation"):
        lines.append(escape(person["organisation"]))
    if person.get("chamber_name") and person.get("chamber_number"):
        lines.append(f"{escape(person['chamber_name'])}, Mitgliedsnummer {escape(person['chamber_number'])}")
    elif person.get("chamber_name"):
        lines.append(escape(person["chamber_name"]))
    return lines


def _credit_rows(snapshot: dict) -> list[tuple[str, str]]:
    rows = []
    for credit in snapshot.get("credits") or []:
        rows.append(
            (
                "Umfang",
                escape(
                    f"{credit['points_text']} {unit_label(credit['points_text'], credit['unit'])} "
                    f"(je {credit['minutes_per_unit']} Minuten)"
                ),
            )
        )
        if credit.get("recognised_text"):  # names chamber and number in one sentence
            rows.append(("Anerkennung", escape(credit["recognised_text"])))
        else:  # snapshots issued before: printed as they were
            rows.append(("Anerkannt von", escape(credit["chamber_name"])))
            if credit.get("recognition_number"):
                rows.append(("Anerkennungsnummer", escape(credit["recognition_number"])))
        if credit.get("field"):
            rows.append(("Fachrichtung", escape(credit["field"])))
        if credit.get("own_chamber_note"):
            rows.append(("Anrechnung", escape(credit["own_chamber_note"])))
    return rows


def attendance_story(snapshot: dict, images: ImageCache) -> list:
    """The flowables of one attendance certificate (or confirmation of a contribution)."""
    person, event = snapshot["person"], snapshot["event"]
    story = [_heading(snapshot), _paragraph(escape(addressed_name(person)), "name", space_before=9 * mm)]
    lines = _person_lines(person)
    if lines:
        story.append(_paragraph("<br/>".join(lines), space_before=1.5 * mm))
    story.append(_paragraph(escape(snapshot.get("text") or ""), space_before=6 * mm))
    story.append(_paragraph(escape(event["title"]), "event", space_before=5 * mm))

    rows = [("Datum und Zeit", escape(event["when"]))]
    venue = event.get("venue") or ""
    if event.get("venue_address"):
        venue = f"{venue}, {event['venue_address']}" if venue else event["venue_address"]
    rows.append(("Ort", escape(venue or "–")))
    rows.append(("Format", escape(event.get("format_label") or event.get("format") or "")))
    rows.append(("Veranstalter", escape(event.get("provider") or "")))
    for contribution in snapshot.get("contributions") or []:
        rows.append(("Beitrag", escape(contribution)))
    for index, topic in enumerate(event.get("topics") or []):  # one row each: the table splits between them
        rows.append(("Inhalte" if index == 0 else "", f"• {escape(topic)}"))
    if snapshot.get("attended_minutes") is not None:
        rows.append(("Anwesenheit", f"{snapshot['attended_minutes']} Minuten (teilweise Teilnahme)"))
    closing_rows = []
    if mode_text(snapshot.get("mode")):
        closing_rows.append(("Teilnahmeform", escape(mode_text(snapshot["mode"]))))
    closing_rows += _credit_rows(snapshot)
    if snapshot.get("no_credit_note"):
        closing_rows.append(("Hinweis", escape(snapshot["no_credit_note"])))
    story.append(_spaced(_table(rows, line_below_last=bool(closing_rows)), 5 * mm))
    closing = [_table(closing_rows)] if closing_rows else []
    closing.append(signature_block(snapshot, images))
    story.append(_spaced(KeptTogether(closing, gap=9 * mm), 0))
    return story


def draw_attendance_certificate(canvas: Canvas, snapshot: dict, images: ImageCache) -> int:
    """One attendance certificate, on as many A4 pages as it needs (usually one); returns the count."""
    register_fonts()
    return draw_document(
        canvas,
        attendance_story(snapshot, images),
        header=lambda c: draw_certificate_header(c, snapshot["office"], images),
        footer=lambda c, page, total: draw_certificate_footer(c, snapshot, page, total),
    )


def certificates_pdf(
    snapshots: Iterable[dict],
    load_asset: AssetLoader,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int = 0,
) -> bytes:
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
        if progress:
            progress(done + 1, total, "PDF wird erstellt…")
    canvas.save()
    return buffer.getvalue()


def certificate_file_stem(snapshot: dict) -> str:
    """``Nachname_Vorname_Veranstaltung_JJJJ-MM-TT`` (made valid for Windows later)."""
    person, event = snapshot["person"], snapshot["event"]
    title = "-".join(shortened(safe_stem(event["title"]), 50).split())
    return f"{person['last_name']}_{person['first_name']}_{title}_{event['start'][:10]}"


def _certificate_path(folder: Path, stem: str, title: str, taken: set[str]) -> Path:
    """The file for one certificate: its own earlier file (same register number) is replaced,
    so a rerun does not add ``(2)`` copies; any other file of that name is kept."""
    base = safe_stem(stem)
    number = 1
    while True:
        name = f"{base}.pdf" if number == 1 else f"{base} ({number}).pdf"
        candidate = folder / name
        if name.upper() not in taken and (not candidate.exists() or _holds_certificate(candidate, title)):
            taken.add(name.upper())
            return candidate.resolve()
        number += 1


def _holds_certificate(path: Path, title: str) -> bool:
    """Whether the PDF at ``path`` is the certificate whose document title is ``title``."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return f"({title})".encode("latin-1", "replace") in data


def write_certificate_files(
    snapshots: list[dict],
    folder: Path,
    load_asset: AssetLoader,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One PDF per certificate in ``folder``; names are unique and valid on Windows."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    images = ImageCache(load_asset)
    taken: set[str] = set()
    written: list[Path] = []
    try:
        for done, snapshot in enumerate(snapshots):
            if cancelled and cancelled():
                raise Cancelled()
            title = f"Teilnahmebescheinigung {snapshot['number']}"
            target = _certificate_path(folder, certificate_file_stem(snapshot), title, taken)
            register_fonts()  # before the canvas: it also sets the document language
            with atomic_output(target) as partial:  # a killed batch leaves no truncated PDF
                canvas = Canvas(str(partial), pagesize=A4, pageCompression=1)
                canvas.setTitle(title)
                set_author_if_unset(canvas, (snapshot.get("office") or {}).get("name"))
                draw_attendance_certificate(canvas, snapshot, images)
                canvas.save()
            written.append(target)
            if progress:
                progress(done + 1, len(snapshots), target.name)
    except BaseException:
        for path in written:  # a failed or cancelled batch leaves no half set behind
            path.unlink(missing_ok=True)
        if "partial" in locals():
            partial.unlink(missing_ok=True)
        raise
    return written
