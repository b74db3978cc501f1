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
from reportlab.platypus import Flowable, Paragraph

from model.core.formatting import short_date
from model.core.paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6470")
DOCUMENT_LANGUAGE = "de-DE"
UNSET_AUTHORS = (None, "", "anonymous", "(anonymous)", "(unspecified)", "unspecified")


def set_author_if_unset(canvas: pdf_canvas.Canvas, author: str | None) -> None:
    """The office as the author of a document whose builder named none (never "anonymous")."""
    info = canvas._doc.info
    if author and info.author in UNSET_AUTHORS:
        canvas.setAuthor(author)
    if info.creator in UNSET_AUTHORS:
        canvas.setCreator("Netzwerkstatt")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping

    # Every document the program writes is German: the catalog's /Lang (screen readers,
    # hyphenation in viewers). Every report registers the fonts first, so this is the one place.
    rl_config.documentLang = DOCUMENT_LANGUAGE

    for name, file_name in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
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
        "title": ParagraphStyle(
            "Title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=6 * mm, textColor=ACCENT
        ),
        "h1": ParagraphStyle(
            "H1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=4 * mm,
            spaceAfter=3 * mm,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "H2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=3 * mm, spaceAfter=1.5 * mm
        ),
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
    def from_profile(cls, profile) -> Letterhead:  # model.core.entities.OfficeProfile
        address = ", ".join(
            p for p in (profile.street, " ".join(x for x in (profile.postcode, profile.city) if x)) if p
        )
        contact = " · ".join(p for p in (profile.phone, profile.email, profile.website) if p)
        return cls(
            office_name=office_and_network(profile.office_name, profile.network_name),
            address_line=address,
            contact_line=contact,
            logo_png=profile.logo_png,
        )


def office_and_network(office_name: str, network_name: str | None) -> str:
    """ "Geschäftsstelle · Netzwerk", but the network only once when the office name already says it."""
    if not network_name or network_name.casefold() in (office_name or "").casefold():
        return office_name
    return f"{office_name} · {network_name}"


def fit_font_size(text: str, font: str, size: float, min_size: float, width: float) -> float:
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits ``width``."""
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > width:
        size = max(min_size, size - 0.25)
    return size


def ellipsize_text(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def split_parts(text: str, font: str, size: float, width: float, separator: str = " · ") -> list[str]:
    """Lines of at most ``width``, broken between the ``separator``-joined parts (phone · e-mail · web)."""
    lines: list[str] = []
    for part in (text or "").split(separator):
        candidate = f"{lines[-1]}{separator}{part}" if lines else part
        if lines and pdfmetrics.stringWidth(candidate, font, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(part)
    return [ellipsize_text(line, font, size, width) for line in lines if line]


def draw_logo(canvas: pdf_canvas.Canvas, image, right: float, top: float, max_width: float, max_height: float) -> float:
    """Draw ``image`` (an ImageReader) right-aligned with its top at ``top``; returns the width drawn."""
    width, height = image.getSize()
    scale = min(max_width / max(width, 1), max_height / max(height, 1))
    draw_width, draw_height = width * scale, height * scale
    canvas.drawImage(image, right - draw_width, top - draw_height, draw_width, draw_height, mask="auto")
    return draw_width


def draw_letterhead(canvas: pdf_canvas.Canvas, letterhead: Letterhead, page_width: float, page_height: float) -> None:
    """Office name, address and logo across the top of a page; the text keeps clear of the logo."""
    register_fonts()
    top = page_height - 15 * mm
    left, right = 20 * mm, page_width - 20 * mm
    text_right = right
    if letterhead.logo_png:
        from reportlab.lib.utils import ImageReader

        try:
            image = ImageReader(io.BytesIO(letterhead.logo_png))
            logo_width = draw_logo(canvas, image, right, top + 4 * mm, 50 * mm, 14 * mm)
            text_right = right - logo_width - 5 * mm
        except Exception:  # noqa: BLE001 - a broken logo must not stop a report
            pass
    width = text_right - left
    # The issuer's name is never cut: smaller first, then on two lines.
    from .text_fit import break_lines

    size = fit_font_size(letterhead.office_name, FONT_BOLD, 10, 7.5, width)
    name_lines = break_lines(letterhead.office_name, FONT_BOLD, size, width)
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(ACCENT)
    y = top
    for index, line in enumerate(name_lines[:2]):
        if index:
            y -= size * 1.15
        canvas.drawString(left, y, line)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    lines = split_parts(letterhead.address_line, FONT, 8, width, ", ") if letterhead.address_line else []
    if letterhead.contact_line:
        lines += split_parts(letterhead.contact_line, FONT, 8, width)
    y -= 0.5 * mm
    for line in lines[: 4 - min(len(name_lines), 2)]:  # room above the page's frame for four lines in all
        y -= 3.5 * mm
        canvas.drawString(left, y, line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    rule = min(top - 10 * mm, y - 2.5 * mm)
    canvas.line(left, rule, right, rule)
    canvas.setFillColor(colors.black)


def numbered_canvas(footer_left: str, letterhead: Letterhead | None = None, printed_on: dt.date | None = None):
    """A canvas class whose pages get "Seite x von y", the print date and the letterhead."""
    printed = f"Gedruckt am {short_date(printed_on or dt.date.today())}"

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # reportlab API
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            set_author_if_unset(self, letterhead.office_name if letterhead else None)
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
            label = self.page_label(total)
            if label:
                self.drawRightString(width - 20 * mm, 10 * mm, label)
            self.setFillColor(colors.black)

        def page_label(self, total: int) -> str | None:
            return f"Seite {self._pageNumber} von {total}"

    return NumberedCanvas


class Bookmark(Flowable):
    """Zero-height marker: a bookmark (PDF outline entry) for the part that starts here.

    It also tells the canvas which part the page belongs to (``canvas.part``), so a canvas
    from ``numbered_by_part`` can number the pages of each part on their own.
    """

    def __init__(self, key: str, title: str, level: int = 0):
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, available_width, available_height):  # reportlab API
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # reportlab API
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        canvas.showOutline()
        if self.level == 0:
            canvas.part = self.key
            canvas.part_page = 1


def numbered_by_part(base, unnumbered_parts: tuple[str, ...] = ()):
    """A subclass of a ``numbered_canvas`` class that counts "Seite x von y" within each part
    (set by ``Bookmark``) and leaves the page number off a one-page part and off ``unnumbered_parts``."""

    class PartCanvas(base):
        part = ""
        part_page = 1

        def showPage(self):  # reportlab API
            super().showPage()
            self.part_page += 1

        def save(self):
            self._part_totals: dict[str, int] = {}
            for state in self._saved_pages:
                key = state.get("part", "")
                self._part_totals[key] = max(self._part_totals.get(key, 0), state.get("part_page", 1))
            super().save()

        def page_label(self, total: int) -> str | None:
            part_total = self._part_totals.get(self.part, 1)
            if self.part in unnumbered_parts or part_total <= 1:
                return None
            return f"Seite {self.part_page} von {part_total}"

    return PartCanvas


PAGE_A4 = A4
