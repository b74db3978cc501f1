"""Name badges (Namensschilder) and table tents (Tischaufsteller), drawn straight onto the canvas.

Many similar pages: no layout engine per badge, only ``drawString`` with the embedded font, so
300 badges of a Tagung cost a few milliseconds. Names are drawn as plain strings, never as
markup, so ``Müller & Söhne <GmbH>`` prints as typed.

Badges: A4 sheets of 2 × 5 cards of 90 × 55 mm (the size of common badge inserts and
business-card sheets), framed by thin cutting lines. Table tents: one A4 page per person,
folded across the middle; the upper half is printed upside down so that the name reads
from both sides of the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from model.errors import Cancelled

from .pdf import ACCENT, FONT, FONT_BOLD, MUTED, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4

BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 55 * mm
BADGE_COLUMNS = 2
BADGE_ROWS = 5
BADGES_PER_SHEET = BADGE_COLUMNS * BADGE_ROWS
BADGE_LEFT = (PAGE_WIDTH - BADGE_COLUMNS * BADGE_WIDTH) / 2
BADGE_BOTTOM = (PAGE_HEIGHT - BADGE_ROWS * BADGE_HEIGHT) / 2
BADGE_PADDING = 6 * mm
CUT_LINE = colors.HexColor("#B8C0CA")
ROLE_COLOURS = {
    "Referent/in": colors.HexColor("#B3541E"),
    "Moderation": colors.HexColor("#2E7D32"),
    "Organisation": colors.HexColor("#5A6470"),
}
ROLE_LABELS = {"Referent/in": "Referent/in", "Moderation": "Moderation", "Organisation": "Team"}


@dataclass(frozen=True)
class Badge:
    """What one badge or table tent says."""

    first_name: str
    full_name: str  # with title: "Dr. Łukasz Żółć"
    organisation: str
    role: str = "Teilnahme"


@dataclass(frozen=True)
class BadgeContext:
    event_title: str
    event_date: str  # "18. Juni 2026"


# --- text fitting ------------------------------------------------------------------------


def fit_size(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """The largest font size (down to ``smallest``) at which ``text`` fits ``width``."""
    if not text:
        return largest
    natural = stringWidth(text, font, largest)
    if natural <= width:
        return largest
    return max(smallest, largest * width / natural)


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Lines of at most ``width``; the last shown line ends with … when text is left over."""
    if not text:
        return []
    lines = simpleSplit(text, font, size, width)
    if len(lines) <= max_lines:
        return [ellipsize(line, font, size, width) for line in lines]
    kept = lines[:max_lines]
    kept[-1] = ellipsize(kept[-1] + " " + " ".join(lines[max_lines:]), font, size, width)
    return kept


def _draw_fitted(canvas: Canvas, text: str, font: str, largest: float, smallest: float,
                 x: float, y: float, width: float, centred: bool = False) -> float:
    size = fit_size(text, font, largest, smallest, width)
    line = ellipsize(text, font, size, width)
    canvas.setFont(font, size)
    if centred:
        canvas.drawCentredString(x + width / 2, y, line)
    else:
        canvas.drawString(x, y, line)
    return size


# --- badges ------------------------------------------------------------------------------


def badge_origin(index: int) -> tuple[float, float]:
    """Lower left corner of the ``index``-th badge on a sheet (row by row, from the top)."""
    row, column = divmod(index, BADGE_COLUMNS)
    return BADGE_LEFT + column * BADGE_WIDTH, BADGE_BOTTOM + (BADGE_ROWS - 1 - row) * BADGE_HEIGHT


def draw_badge(canvas: Canvas, badge: Badge, context: BadgeContext, x: float, y: float) -> None:
    inner = BADGE_WIDTH - 2 * BADGE_PADDING
    left = x + BADGE_PADDING
    # Band with the event at the top.
    band = 9 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + BADGE_HEIGHT - band, BADGE_WIDTH, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    _draw_fitted(canvas, context.event_title, FONT_BOLD, 7.5, 6, left, y + BADGE_HEIGHT - 5.8 * mm, inner)
    # Names: first name large, then the full name, then the organisation.
    canvas.setFillColor(colors.black)
    top = y + BADGE_HEIGHT - band
    _draw_fitted(canvas, badge.first_name, FONT_BOLD, 26, 13, left, top - 13 * mm, inner)
    canvas.setFillColor(colors.HexColor("#222222"))
    _draw_fitted(canvas, badge.full_name, FONT, 11, 7.5, left, top - 20 * mm, inner)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8.5)
    line_y = top - 26 * mm
    for line in wrap_lines(badge.organisation, FONT, 8.5, inner, 2):
        canvas.drawString(left, line_y, line)
        line_y -= 3.7 * mm
    # Role and date at the bottom.
    canvas.setFont(FONT, 6.5)
    canvas.drawString(left, y + 3.5 * mm, context.event_date)
    label = ROLE_LABELS.get(badge.role)
    if label:
        colour = ROLE_COLOURS.get(badge.role, ACCENT)
        width = stringWidth(label, FONT_BOLD, 7) + 4 * mm
        canvas.setFillColor(colour)
        canvas.roundRect(x + BADGE_WIDTH - BADGE_PADDING - width, y + 2.3 * mm, width, 4.6 * mm, 1.2 * mm,
                         stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 7)
        canvas.drawCentredString(x + BADGE_WIDTH - BADGE_PADDING - width / 2, y + 3.7 * mm, label)
    canvas.setFillColor(colors.black)


def draw_badge_sheet(canvas: Canvas, badges: Sequence[Badge], context: BadgeContext, sheet: int, sheets: int) -> None:
    """One A4 sheet of up to ten badges, with cutting lines and a small note at the top."""
    register_fonts()
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(BADGE_LEFT, PAGE_HEIGHT - BADGE_BOTTOM + 3 * mm,
                      ellipsize(f"Namensschilder · {context.event_title}", FONT, 7, 140 * mm))
    canvas.drawRightString(PAGE_WIDTH - BADGE_LEFT, PAGE_HEIGHT - BADGE_BOTTOM + 3 * mm, f"Bogen {sheet} von {sheets}")
    for index, badge in enumerate(badges[:BADGES_PER_SHEET]):
        x, y = badge_origin(index)
        draw_badge(canvas, badge, context, x, y)
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.3)
    for index in range(len(badges[:BADGES_PER_SHEET])):
        x, y = badge_origin(index)
        canvas.rect(x, y, BADGE_WIDTH, BADGE_HEIGHT, stroke=1, fill=0)
    canvas.restoreState()


# --- table tents -------------------------------------------------------------------------


def _draw_tent_half(canvas: Canvas, badge: Badge, context: BadgeContext) -> None:
    """One printed side of a tent, in the lower half of the page (0 … PAGE_HEIGHT/2)."""
    left, width = 20 * mm, PAGE_WIDTH - 40 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(left, PAGE_HEIGHT / 2 - 18 * mm, width, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    _draw_fitted(canvas, badge.full_name, FONT_BOLD, 40, 18, left, 78 * mm, width, centred=True)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 16)
    line_y = 62 * mm
    for line in wrap_lines(badge.organisation, FONT, 16, width, 2):
        canvas.drawCentredString(PAGE_WIDTH / 2, line_y, line)
        line_y -= 7 * mm
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(PAGE_WIDTH / 2, 25 * mm, ellipsize(context.event_title, FONT, 9, width))
    canvas.setFillColor(colors.black)


def draw_table_tent(canvas: Canvas, badge: Badge, context: BadgeContext) -> None:
    """A4 portrait, folded across the middle: both halves carry the name, the top one upside down."""
    register_fonts()
    canvas.saveState()
    _draw_tent_half(canvas, badge, context)
    canvas.translate(PAGE_WIDTH, PAGE_HEIGHT)
    canvas.rotate(180)
    _draw_tent_half(canvas, badge, context)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    canvas.line(10 * mm, PAGE_HEIGHT / 2, PAGE_WIDTH - 10 * mm, PAGE_HEIGHT / 2)
    canvas.setFont(FONT, 6.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(10 * mm, PAGE_HEIGHT / 2 + 1.2 * mm, "hier falten")
    canvas.restoreState()


# --- as platypus flowables (full pages inside a larger document) --------------------------


class FullPage(Flowable):
    """A flowable that fills its page and draws at absolute page positions.

    It marks the page as plain (``canvas.plain_page``), so a numbering canvas can leave out
    letterhead and footer where they would be cut off or printed onto a badge.
    """

    def __init__(self, draw: Callable[[Canvas], None]):
        super().__init__()
        self._draw = draw

    def wrap(self, available_width, available_height):  # noqa: ANN001 - reportlab API
        return available_width, available_height

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, ANN001 - reportlab API
        canvas.plain_page = True
        canvas.saveState()
        self._draw(canvas)
        canvas.restoreState()


def badge_pages(badges: Sequence[Badge], context: BadgeContext, progress: Callable[[str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Flowable]:
    sheets = max(1, -(-len(badges) // BADGES_PER_SHEET))
    pages: list[Flowable] = []
    for sheet in range(sheets):
        chunk = list(badges[sheet * BADGES_PER_SHEET:(sheet + 1) * BADGES_PER_SHEET])

        def draw(canvas: Canvas, chunk=chunk, sheet=sheet) -> None:
            if cancelled and cancelled():
                raise Cancelled()
            draw_badge_sheet(canvas, chunk, context, sheet + 1, sheets)
            if progress:
                progress(f"Namensschilder: Bogen {sheet + 1} von {sheets}")

        pages.append(FullPage(draw))
    return pages


def table_tent_pages(badges: Sequence[Badge], context: BadgeContext, progress: Callable[[str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[Flowable]:
    pages: list[Flowable] = []
    for index, badge in enumerate(badges):
        def draw(canvas: Canvas, badge=badge, index=index) -> None:
            if cancelled and cancelled():
                raise Cancelled()
            draw_table_tent(canvas, badge, context)
            if progress and index % 20 == 0:
                progress(f"Tischaufsteller {index + 1} von {len(badges)}")

        pages.append(FullPage(draw))
    return pages
