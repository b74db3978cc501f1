"""Name badges (Namensschilder) and table tents (Tischaufsteller), drawn straight onto the canvas.

Many similar pages: no layout engine per badge, only ``drawString`` with the embedded font, so
300 badges of a Tagung cost a few milliseconds. Names are drawn as plain strings, never as
markup, so ``Müller & Söhne <GmbH>`` prints as typed.

Badges: A4 sheets of the office's label product (``label_stock.BADGE_STOCK``: Avery Zweckform
L4785, Sigel LP800, Avery C32011, or plain A4 with cut marks); every printed element stays
3 mm inside each label, and names shrink, then wrap, but are never cut. Table tents: one A4 page per person,
folded across the middle; the upper half is printed upside down so that the name reads
from both sides of the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from model.core.errors import Cancelled
from model.core.vocab import DEFAULT_BADGE_STOCK, MODERATOR, ORGANISER, PARTICIPANT, SPEAKER

from .label_stock import BADGE_STOCK, SAFE_INSET, LabelStock
from .pdf import ACCENT, FONT, FONT_BOLD, MUTED, register_fonts
from .text_fit import break_lines

PAGE_WIDTH, PAGE_HEIGHT = A4

CUT_LINE = colors.HexColor("#B8C0CA")
ROLE_COLOURS = {
    SPEAKER: colors.HexColor("#B3541E"),
    MODERATOR: colors.HexColor("#2E7D32"),
    ORGANISER: colors.HexColor("#5A6470"),
}
ROLE_LABELS = {SPEAKER: "Referent/in", MODERATOR: "Moderation", ORGANISER: "Team"}


@dataclass(frozen=True)
class Badge:
    """What one badge or table tent says."""

    first_name: str
    full_name: str  # with title: "Dr. Łukasz Żółć"
    organisation: str
    role: str = PARTICIPANT


@dataclass(frozen=True)
class BadgeContext:
    event_title: str
    event_date: str  # "18. Juni 2026"


# --- text fitting ------------------------------------------------------------------------


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """For running titles in footers only; names are never cut (see ``fit_lines``)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_lines(
    text: str, font: str, largest: float, smallest: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """(size, lines) that show all of ``text`` within ``width``: one line shrunk down to
    ``smallest`` first, then two lines from ``largest`` down, and so on; a single word wider
    than the line at ``smallest`` gets smaller still. Never cut, never "…"."""
    if not text:
        return largest, []
    for allowed in range(1, max_lines + 1):
        size = largest
        while size >= smallest:
            lines = break_lines(text, font, size, width)
            if len(lines) <= allowed and all(stringWidth(line, font, size) <= width for line in lines):
                return size, lines
            size -= 0.5
    lines = break_lines(text, font, smallest, width)
    widest = max(stringWidth(line, font, 1) for line in lines)
    return min(smallest, width / widest), lines


def _draw_lines(
    canvas: Canvas,
    lines: list[str],
    font: str,
    size: float,
    x: float,
    top: float,
    width: float,
    centred: bool = False,
    leading: float = 1.15,
) -> float:
    """Draw lines with the first baseline one size below ``top``; returns the y below the last line."""
    canvas.setFont(font, size)
    y = top - size
    for line in lines:
        if centred:
            canvas.drawCentredString(x + width / 2, y, line)
        else:
            canvas.drawString(x, y, line)
        y -= size * leading
    return y + size * leading - size * 0.3


# --- badges ------------------------------------------------------------------------------


def draw_badge(canvas: Canvas, badge: Badge, context: BadgeContext, x: float, y: float, stock: LabelStock) -> None:
    """One badge; everything stays ``SAFE_INSET`` inside the label, names wrap before they would be cut."""
    inset = SAFE_INSET
    pad = 2 * mm  # text inside the band and below it
    left = x + inset + pad
    inner = stock.width - 2 * (inset + pad)
    top = y + stock.height - inset
    bottom = y + inset
    # Band with the event at the top (inside the safe area).
    band_size, band_lines = fit_lines(context.event_title, FONT_BOLD, 7.5, 6, inner, 2)
    band = len(band_lines) * band_size * 1.15 + 2.4 * mm
    canvas.setFillColor(ACCENT)
    canvas.roundRect(x + inset, top - band, stock.width - 2 * inset, band, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    _draw_lines(canvas, band_lines, FONT_BOLD, band_size, left, top - 1.2 * mm, inner)
    # Role and date at the bottom.
    footer = 5 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 6.5)
    label = ROLE_LABELS.get(badge.role)
    label_width = stringWidth(label, FONT_BOLD, 7) + 4 * mm if label else 0
    canvas.drawString(left, bottom + 1.3 * mm, ellipsize(context.event_date, FONT, 6.5, inner - label_width - 2 * mm))
    if label:
        colour = ROLE_COLOURS.get(badge.role, ACCENT)
        right = x + stock.width - inset
        canvas.setFillColor(colour)
        canvas.roundRect(right - label_width, bottom, label_width, 4.4 * mm, 1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 7)
        canvas.drawCentredString(right - label_width / 2, bottom + 1.4 * mm, label)
    # Names: first name large, then the full name, then the organisation; they share the middle.
    room = (top - band - 1.5 * mm) - (bottom + footer)
    for first_max, full_max, org_lines in ((24, 11, 2), (20, 10, 2), (16, 9, 3), (14, 8, 3)):
        first_size, first_lines = fit_lines(badge.first_name, FONT_BOLD, first_max, 13, inner, 2)
        full_size, full_lines = fit_lines(badge.full_name, FONT, full_max, 7.5, inner, 2)
        org_size, org = fit_lines(badge.organisation, FONT, 8.5, 6.5, inner, org_lines)
        needed = (
            len(first_lines) * first_size * 1.1
            + len(full_lines) * full_size * 1.15
            + len(org) * org_size * 1.15
            + 2 * mm
        )
        if needed <= room:
            break
    canvas.setFillColor(colors.black)
    cursor = top - band - 1.5 * mm
    cursor = _draw_lines(canvas, first_lines, FONT_BOLD, first_size, left, cursor, inner, leading=1.1)
    canvas.setFillColor(colors.HexColor("#222222"))
    cursor = _draw_lines(canvas, full_lines, FONT, full_size, left, cursor - 1 * mm, inner)
    canvas.setFillColor(MUTED)
    _draw_lines(canvas, org, FONT, org_size, left, cursor - 1 * mm, inner)
    canvas.setFillColor(colors.black)


def draw_cut_marks(canvas: Canvas, stock: LabelStock, count: int) -> None:
    """Short marks outside each card's corners, for cutting plain paper."""
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.3)
    length = 2.5 * mm
    for index in range(count):
        x, y = stock.origin(index)
        for cx, dx in ((x, -1), (x + stock.width, 1)):
            for cy, dy in ((y, -1), (y + stock.height, 1)):
                canvas.line(cx + dx * 0.8 * mm, cy, cx + dx * (0.8 * mm + length), cy)
                canvas.line(cx, cy + dy * 0.8 * mm, cx, cy + dy * (0.8 * mm + length))


def draw_badge_sheet(canvas: Canvas, badges: Sequence[Badge], context: BadgeContext, stock: LabelStock) -> None:
    """One A4 sheet of the label product; on plain paper with cut marks."""
    register_fonts()
    canvas.saveState()
    chunk = badges[: stock.per_sheet]
    for index, badge in enumerate(chunk):
        x, y = stock.origin(index)
        draw_badge(canvas, badge, context, x, y, stock)
    if stock.cut_marks:
        draw_cut_marks(canvas, stock, len(chunk))
    canvas.restoreState()


# --- table tents -------------------------------------------------------------------------


def _draw_tent_half(canvas: Canvas, badge: Badge, context: BadgeContext) -> None:
    """One printed side of a tent, in the lower half of the page (0 … PAGE_HEIGHT/2).

    The name is the point of a tent: it wraps to two lines, then shrinks, and is never cut."""
    left, width = 20 * mm, PAGE_WIDTH - 40 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(left, PAGE_HEIGHT / 2 - 18 * mm, width, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    size, lines = fit_lines(badge.full_name, FONT_BOLD, 40, 28, width, 1)
    if size < 34:  # a long name reads better large on two lines than small on one
        size, lines = fit_lines(badge.full_name, FONT_BOLD, 40, 18, width, 2)
    name_top = PAGE_HEIGHT / 2 - 24 * mm
    below = _draw_lines(canvas, lines, FONT_BOLD, size, left, name_top, width, centred=True, leading=1.1)
    canvas.setFillColor(MUTED)
    org_size, org = fit_lines(badge.organisation, FONT, 16, 11, width, 2)
    _draw_lines(canvas, org, FONT, org_size, left, min(below - 4 * mm, 70 * mm), width, centred=True)
    canvas.setFont(FONT, 9)
    title_size, title = fit_lines(context.event_title, FONT, 9, 7, width, 2)
    _draw_lines(canvas, title, FONT, title_size, left, 30 * mm, width, centred=True)
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

    def wrap(self, available_width, available_height):  # reportlab API
        return available_width, available_height

    def drawOn(self, canvas, x, y, _sW=0):  # reportlab API
        canvas.plain_page = True
        canvas.saveState()
        self._draw(canvas)
        canvas.restoreState()


def badge_pages(
    badges: Sequence[Badge],
    context: BadgeContext,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    stock: LabelStock | None = None,
) -> list[Flowable]:
    stock = stock or BADGE_STOCK[DEFAULT_BADGE_STOCK]
    per_sheet = stock.per_sheet
    sheets = max(1, -(-len(badges) // per_sheet))
    pages: list[Flowable] = []
    for sheet in range(sheets):
        chunk = list(badges[sheet * per_sheet : (sheet + 1) * per_sheet])

        def draw(canvas: Canvas, chunk=chunk, sheet=sheet) -> None:
            if cancelled and cancelled():
                raise Cancelled()
            draw_badge_sheet(canvas, chunk, context, stock)
            if progress:
                progress(f"Namensschilder: Bogen {sheet + 1} von {sheets}")

        pages.append(FullPage(draw))
    return pages


def table_tent_pages(
    badges: Sequence[Badge],
    context: BadgeContext,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Flowable]:
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
