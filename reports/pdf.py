"""Shared PDF building blocks: embedded Unicode font, escaped paragraphs, letterhead, page numbers.

- Standard PDF fonts print Ł, ğ, ı as boxes, so DejaVu Sans (shipped in resources/fonts
  with its licence) is embedded.
- reportlab's Paragraph parses markup: every value goes through ``escape`` so a name such
  as ``Müller & Söhne <GmbH>`` prints exactly and cannot change the layout or read files.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Paragraph

from model.formatting import short_date
from model.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6470")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping

    for name, file_name in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                            (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)


def escape(value: object) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept."""
    if value is None:
        return ""
    return _xml_escape(str(value)).replace("\n", "<br/>")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("Text", fontName=FONT, fontSize=10, leading=13.5, alignment=TA_LEFT)
    return {
        "text": base,
        "small": ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("Cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("CellBold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5),
        "title": ParagraphStyle("Title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25,
                                spaceAfter=6 * mm, textColor=ACCENT),
        "h1": ParagraphStyle("H1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             spaceBefore=4 * mm, spaceAfter=3 * mm, textColor=ACCENT),
        "h2": ParagraphStyle("H2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=3 * mm, spaceAfter=1.5 * mm),
    }


def para(value: object, style: str = "text") -> Paragraph:
    """A Paragraph of plain text (never markup)."""
    return Paragraph(escape(value), styles()[style])


@dataclass(frozen=True)
class Letterhead:
    """What the office profile contributes to every page."""

    office_name: str
    address_line: str = ""
    contact_line: str = ""
    logo_png: bytes | None = None

    @classmethod
    def from_profile(cls, profile) -> "Letterhead":  # noqa: ANN001 - model.entities.OfficeProfile
        address = ", ".join(p for p in (profile.street, " ".join(x for x in (profile.postcode, profile.city) if x)) if p)
        contact = " · ".join(p for p in (profile.phone, profile.email, profile.website) if p)
        name = profile.network_name and f"{profile.office_name} · {profile.network_name}" or profile.office_name
        return cls(office_name=name, address_line=address, contact_line=contact, logo_png=profile.logo_png)


def draw_letterhead(canvas: pdf_canvas.Canvas, letterhead: Letterhead, page_width: float, page_height: float) -> None:
    """Office name, address and logo across the top of a page."""
    register_fonts()
    top = page_height - 15 * mm
    left = 20 * mm
    if letterhead.logo_png:
        from reportlab.lib.utils import ImageReader

        try:
            image = ImageReader(io.BytesIO(letterhead.logo_png))
            width, height = image.getSize()
            draw_height = 14 * mm
            draw_width = draw_height * width / max(height, 1)
            canvas.drawImage(image, page_width - 20 * mm - draw_width, top - draw_height + 4 * mm,
                             draw_width, draw_height, mask="auto")
        except Exception:  # noqa: BLE001 - a broken logo must not stop a report
            pass
    canvas.setFont(FONT_BOLD, 10)
    canvas.setFillColor(ACCENT)
    canvas.drawString(left, top, letterhead.office_name)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    if letterhead.address_line:
        canvas.drawString(left, top - 4 * mm, letterhead.address_line)
    if letterhead.contact_line:
        canvas.drawString(left, top - 7.5 * mm, letterhead.contact_line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    canvas.line(left, top - 10 * mm, page_width - 20 * mm, top - 10 * mm)
    canvas.setFillColor(colors.black)


def numbered_canvas(footer_left: str, letterhead: Letterhead | None = None, printed_on: dt.date | None = None):
    """A canvas class whose pages get "Seite x von y", the print date and the letterhead."""
    printed = f"Gedruckt am {short_date(printed_on or dt.date.today())}"

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            register_fonts()
            width, height = self._pagesize
            if letterhead is not None:
                draw_letterhead(self, letterhead, width, height)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(20 * mm, 10 * mm, f"{footer_left} · {printed}")
            self.drawRightString(width - 20 * mm, 10 * mm, f"Seite {self._pageNumber} von {total}")
            self.setFillColor(colors.black)

    return NumberedCanvas


PAGE_A4 = A4
