"""Pages of certificates and statements that never lose a line.

Content flows through a frame between the letterhead and the footer; what does not fit
goes onto a further page (tables split between rows, paragraphs between lines). Blocks that
must stay together (amount, recognition and signature) are single flowables that do not
split. Pages are drawn straight onto a shared canvas, so a merged batch stays one document.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.frames import Frame

from .pdf import ACCENT, FONT, FONT_BOLD, MUTED, draw_logo, fit_font_size, split_parts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = PAGE_WIDTH - 20 * mm
TEXT_WIDTH = RIGHT - LEFT
# Footer lines sit at 11.5 and 15 mm; the check code's QR square reaches up to 27 mm.
FRAME_BOTTOM = 29 * mm
FIRST_FRAME_TOP = PAGE_HEIGHT - 50 * mm

Header = Callable[[Canvas], float]  # draws the letterhead, returns the y of its rule
Footer = Callable[[Canvas, int, int], None]  # page number, page count


class LayoutError(Exception):
    """A block taller than a whole page (cannot happen with the documents' own blocks)."""


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) if text else []


def draw_letterhead(canvas: Canvas, office: dict, logo) -> float:
    """Office name (wrapped, never cut), network, address and contact; returns the rule's y."""
    top = PAGE_HEIGHT - 18 * mm
    text_right = RIGHT
    if logo is not None:
        text_right = RIGHT - draw_logo(canvas, logo, RIGHT, top + 4 * mm, 45 * mm, 16 * mm) - 5 * mm
    width = text_right - LEFT
    name = office.get("name") or ""
    size = fit_font_size(name, FONT_BOLD, 10.5, 8, width)
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(ACCENT)
    y = top
    for index, line in enumerate(_wrapped(name, FONT_BOLD, size, width)):
        if index:
            y -= size * 1.25
        canvas.drawString(LEFT, y, line)
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    lines: list[str] = []
    network = office.get("network")
    if network and network.casefold() not in name.casefold():
        lines += _wrapped(network, FONT, 8.5, width)
    if office.get("address_line"):
        lines += split_parts(office["address_line"], FONT, 8.5, width, ", ")
    if office.get("contact_line"):
        lines += split_parts(office["contact_line"], FONT, 8.5, width)
    for line in lines:
        y -= 4 * mm
        canvas.drawString(LEFT, y, line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    rule = min(top - 18 * mm, y - 3 * mm)
    canvas.line(LEFT, rule, RIGHT, rule)
    canvas.setFillColor(colors.black)
    return rule


def _fill_frame(canvas: Canvas, frame: Frame, items: list[Flowable]) -> None:
    """Add flowables until the frame is full, splitting the one that no longer fits."""
    while items:
        head = items[0]
        if frame.add(head, canvas, trySplit=0):
            del items[0]
            continue
        parts = frame.split(head, canvas)
        if len(parts) > 1 and frame.add(parts[0], canvas, trySplit=0):
            items[0:1] = parts[1:]
            continue
        if frame._atTop:  # nothing fits on an empty page: it never will
            raise LayoutError(f"{type(head).__name__} ist höher als eine Seite.")
        return


def _page(canvas: Canvas, items: list[Flowable], header: Header, first: bool) -> None:
    rule = header(canvas)
    top = min(FIRST_FRAME_TOP, rule - 8 * mm) if first else rule - 8 * mm
    frame = Frame(
        LEFT, FRAME_BOTTOM, TEXT_WIDTH, top - FRAME_BOTTOM, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    _fill_frame(canvas, frame, items)


def _count_pages(items: list[Flowable], header: Header) -> int:
    scratch = Canvas(io.BytesIO(), pagesize=A4)
    pages = 0
    while items:
        pages += 1
        _page(scratch, items, header, first=False)
        scratch.showPage()
    return pages


def draw_document(
    canvas: Canvas, story: list[Flowable], header: Header, footer: Footer, first_header: Header | None = None
) -> int:
    """Draw one document onto ``canvas`` (it may be shared by a batch); returns its page count.

    ``footer`` gets the page number and count. The usual one-page document is drawn once;
    only when the first page overflows is the rest laid out on scratch paper to count pages.
    """
    items = list(story)
    _page(canvas, items, first_header or header, first=True)
    total = 1 + (_count_pages(list(items), header) if items else 0)
    page = 1
    while True:
        footer(canvas, page, total)
        canvas.showPage()
        if not items:
            return page
        page += 1
        _page(canvas, items, header, first=False)


class KeptTogether(Flowable):
    """Flowables drawn as one block that never splits across a page."""

    def __init__(self, parts: list[Flowable], gap: float = 0):
        super().__init__()
        self._parts, self._gap = parts, gap
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, available_width, available_height):  # reportlab API
        self._sizes = [part.wrap(available_width, available_height) for part in self._parts]
        self.width = available_width
        self.height = sum(h for _w, h in self._sizes) + self._gap * max(0, len(self._parts) - 1)
        return self.width, self.height

    def split(self, available_width, available_height):  # reportlab API
        return []

    def draw(self):  # reportlab API
        y = self.height
        for part, (_w, height) in zip(self._parts, self._sizes, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= self._gap


class Drawn(Flowable):
    """A block of fixed height drawn by a function ``draw(canvas, x, y_top)``."""

    def __init__(self, height: float, draw: Callable[[Canvas, float, float], None]):
        super().__init__()
        self.height, self._draw = height, draw

    def wrap(self, available_width, available_height):  # reportlab API
        self.width = available_width
        return self.width, self.height

    def split(self, available_width, available_height):  # reportlab API
        return []

    def draw(self):  # reportlab API
        self._draw(self.canv, 0, self.height)


def draw_page_footer(canvas: Canvas, lines: list[str], page: int, total: int, always_number: bool) -> None:
    """Footer lines at the bottom left; "Seite x von y" joins the first line when numbered."""
    if lines and (total > 1 or always_number):
        lines = [f"{lines[0]} · Seite {page} von {total}", *lines[1:]]
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    y = 15 * mm
    for line in lines:
        canvas.drawString(LEFT, y, line)
        y -= 3.5 * mm
    canvas.setFillColor(colors.black)
