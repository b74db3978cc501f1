"""Letters after DIN 5008 form B, for every letter the program writes (invitations, trip
information, invoices, credit notes and reminders).

Page geometry (form B, A4): letterhead zone 45 mm; address field 85 × 45 mm at 20 mm from the
left and 45 mm from the top, its first 17.7 mm for the return line and notes, then up to six
recipient lines; information block from 125 mm left and 50 mm top; the text starts at the
25 mm line. Fold marks at 105 and 210 mm, the punch mark at 148.5 mm.

API: describe each letter as a ``Letter`` (address lines, info block, subject, salutation,
body flowables, closing) and the issuer once as a ``Sender``; ``letters_pdf`` writes them all
into one PDF, each from a new page. A letter of several pages gets "Seite x von y"; a
one-page letter carries no page number. Business letters (invoices) add a ``Footer`` of
columns on every page (address, contact, bank, tax number) and a running head on later pages
(``Letter.running_head``); ``invariant`` makes a reprint byte-for-byte the same.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from model.core.formatting import MONTHS

from .pdf import (
    FONT,
    MUTED,
    Letterhead,
    draw_letterhead,
    fit_font_size,
    para,
    register_fonts,
    set_author_if_unset,
    split_parts,
)
from .text_fit import break_lines

PAGE_WIDTH, PAGE_HEIGHT = A4
# DIN 5008 form B, measured from the top left corner of the sheet.
ADDRESS_FIELD_LEFT = 20 * mm
ADDRESS_FIELD_TOP = 45 * mm
ADDRESS_FIELD_WIDTH = 85 * mm
ADDRESS_FIELD_HEIGHT = 45 * mm
NOTE_ZONE_HEIGHT = 17.7 * mm
ADDRESS_INSET = 5 * mm  # the text begins on the 25 mm line
ADDRESS_LINES_MAX = 6
INFO_BLOCK_LEFT = 125 * mm
INFO_BLOCK_TOP = 50 * mm
INFO_BLOCK_WIDTH = 75 * mm
TEXT_LEFT = 25 * mm
TEXT_RIGHT = 20 * mm
FIRST_TEXT_TOP = 98.5 * mm  # subject line of form B
LATER_TEXT_TOP = 25 * mm
TEXT_BOTTOM = 20 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
PUNCH_MARK = 148.5 * mm
ADDRESS_SIZE = 10
RETURN_SIZE = 6.5


def letter_date(day: dt.date) -> str:
    """ "2. Dezember 2026"."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Sender:
    """The issuer: letterhead, return line, and who signs."""

    letterhead: Letterhead
    return_line: str  # "Geschäftsstelle · Bochumer Straße 86 · 45886 Gelsenkirchen"
    signatory_name: str | None = None
    signatory_function: str | None = None
    signature_png: bytes | None = None

    @classmethod
    def from_profile(cls, profile) -> Sender:  # model.core.entities.OfficeProfile
        town = " ".join(p for p in (profile.postcode, profile.city) if p)
        return_line = " · ".join(p for p in (profile.office_name, profile.street, town) if p)
        return cls(
            Letterhead.from_profile(profile),
            return_line,
            profile.signatory_name,
            profile.signatory_function,
            profile.signature_png,
        )


@dataclass(frozen=True)
class Letter:
    """One letter. ``body`` holds reportlab flowables (paragraphs, tables) between salutation and closing."""

    address_lines: Sequence[str]
    subject: str
    body: Sequence[Flowable]
    salutation: str = "Sehr geehrte Damen und Herren,"
    info: Sequence[tuple[str, str]] = field(default_factory=tuple)  # ("Datum", "2. Dezember 2026"), …
    closing: str = "Mit freundlichen Grüßen"
    notes: Sequence[str] = field(default_factory=tuple)  # above the address, e.g. "Persönlich"
    running_head: str | None = None  # at the top of later pages, e.g. "Rechnungsnr. RE-2027-0001"


@dataclass(frozen=True)
class Footer:
    """Columns of small lines at the foot of every page of a business letter."""

    columns: Sequence[Sequence[str]]
    shares: Sequence[float] | None = None  # of the text width, per column; equal by default
    height: float = 24 * mm

    def draw(self, canvas: pdf_canvas.Canvas) -> None:
        full = PAGE_WIDTH - TEXT_LEFT - TEXT_RIGHT
        shares = self.shares or [1 / len(self.columns)] * len(self.columns)
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        canvas.line(TEXT_LEFT, self.height - 3 * mm, PAGE_WIDTH - TEXT_RIGHT, self.height - 3 * mm)
        x = TEXT_LEFT
        for share, lines in zip(shares, self.columns, strict=False):
            width = full * share - 2 * mm
            row = 0
            for text in lines:  # a long line wraps within its column instead of being cut
                for piece in break_lines(text, FONT, 7, width) if text else []:
                    canvas.drawString(x, self.height - 7 * mm - row * 3.4 * mm, piece)
                    row += 1
            x += full * share
        canvas.restoreState()


class _LetterStart(Flowable):
    """Zero-height marker at the start of a letter: draws address field and info block at their
    fixed places and tells the canvas that a new letter (page numbering) begins."""

    def __init__(self, index: int, letter: Letter, sender: Sender):
        super().__init__()
        self.index, self.letter, self.sender = index, letter, sender

    def wrap(self, available_width, available_height):  # reportlab API
        return available_width, 0

    def drawOn(self, canvas, x, y, _sW=0):  # reportlab API
        canvas.letter_index = self.index
        canvas.letter_page = 1
        canvas.saveState()
        draw_address_field(canvas, self.sender.return_line, self.letter.notes, self.letter.address_lines)
        draw_info_block(canvas, self.letter.info)
        canvas.restoreState()


def _top(distance: float) -> float:
    """A y coordinate ``distance`` below the top edge."""
    return PAGE_HEIGHT - distance


def draw_address_field(
    canvas: pdf_canvas.Canvas, return_line: str, notes: Sequence[str], address_lines: Sequence[str]
) -> None:
    """Return line at the foot of the note zone, then the recipient lines; nothing leaves the field."""
    register_fonts()
    left = ADDRESS_FIELD_LEFT + ADDRESS_INSET
    width = ADDRESS_FIELD_WIDTH - ADDRESS_INSET - 2 * mm
    zone_bottom = _top(ADDRESS_FIELD_TOP + NOTE_ZONE_HEIGHT)
    canvas.setFillColor(MUTED)
    size = fit_font_size(return_line, FONT, RETURN_SIZE, 5.5, width)
    canvas.setFont(FONT, size)
    lines = (
        split_parts(return_line, FONT, size, width) if stringWidth(return_line, FONT, size) > width else [return_line]
    )
    if any(line.endswith("…") for line in lines):  # a part wider than the field: wrap it, never cut the name
        lines = break_lines(return_line, FONT, size, width)
    lines = lines[:3]
    y = zone_bottom + 1.5 * mm + (len(lines) - 1) * size * 1.2
    for line in lines:
        canvas.drawString(left, y, line)
        y -= size * 1.2
    canvas.setLineWidth(0.3)
    canvas.setStrokeColor(MUTED)
    canvas.line(left, zone_bottom + 0.8 * mm, left + width, zone_bottom + 0.8 * mm)
    y = zone_bottom + 1.5 * mm + len(lines) * size * 1.2 + 1 * mm
    for note in list(notes)[:2]:
        canvas.drawString(left, y, note)
        y += RETURN_SIZE * 1.3
    canvas.setFillColor(colors.black)
    fitted = fit_address(address_lines, width)
    size, leading = fitted[0], fitted[1]
    canvas.setFont(FONT, size)
    y = zone_bottom - 1 * mm - size
    for line in fitted[2]:
        canvas.drawString(left, y, line)
        y -= leading


def fit_address(address_lines: Sequence[str], width: float) -> tuple[float, float, list[str]]:
    """(size, leading, lines): long lines wrap, and the size shrinks until six lines hold it all."""
    zone = ADDRESS_FIELD_HEIGHT - NOTE_ZONE_HEIGHT - 2 * mm
    for size in (ADDRESS_SIZE, 9.5, 9, 8.5, 8):
        lines = [piece for line in address_lines for piece in break_lines(line, FONT, size, width)]
        leading = size * 1.2
        if len(lines) <= ADDRESS_LINES_MAX and len(lines) * leading <= zone:
            return size, leading, lines
    return 8, zone / max(len(lines), 1), lines[:ADDRESS_LINES_MAX]


def draw_info_block(canvas: pdf_canvas.Canvas, info: Sequence[tuple[str, str]]) -> None:
    """Key/value lines right of the address field ("Ihr Zeichen", "Datum"…)."""
    if not info:
        return
    key_width = max(22 * mm, max(canvas.stringWidth(f"{key}:", FONT, 8) for key, _ in info) + 2 * mm)
    value_width = INFO_BLOCK_WIDTH - key_width
    y = _top(INFO_BLOCK_TOP) - 8
    for key, value in info:
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        canvas.drawString(INFO_BLOCK_LEFT, y, f"{key}:")
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 9)
        for line in break_lines(value, FONT, 9, value_width):
            canvas.drawString(INFO_BLOCK_LEFT + key_width, y, line)
            y -= 11
        y -= 1.5


def draw_fold_and_punch_marks(canvas: pdf_canvas.Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    for distance in FOLD_MARKS:
        canvas.line(3 * mm, _top(distance), 8 * mm, _top(distance))
    canvas.line(3 * mm, _top(PUNCH_MARK), 10 * mm, _top(PUNCH_MARK))
    canvas.restoreState()


def _closing(letter: Letter, sender: Sender) -> list[Flowable]:
    block: list[Flowable] = [Spacer(1, 3 * mm), para(letter.closing)]
    if sender.signature_png:
        try:
            reader = ImageReader(io.BytesIO(sender.signature_png))
            width, height = reader.getSize()
            scale = min(55 * mm / max(width, 1), 16 * mm / max(height, 1))
            image = Image(io.BytesIO(sender.signature_png), width * scale, height * scale)
            image.hAlign = "LEFT"
            block.append(image)
        except Exception:  # noqa: BLE001 - a broken signature image must not stop the letters
            block.append(Spacer(1, 10 * mm))
    else:
        block.append(Spacer(1, 10 * mm))
    if sender.signatory_name:
        block.append(para(sender.signatory_name))
    if sender.signatory_function:
        block.append(para(sender.signatory_function, "small"))
    return block


def letter_story(index: int, letter: Letter, sender: Sender) -> list[Flowable]:
    """The flowables of one letter; its last body paragraph stays with the closing and signature."""
    story: list[Flowable] = [
        _LetterStart(index, letter, sender),
        para(letter.subject, "h2"),
        Spacer(1, 4 * mm),
        para(letter.salutation),
        Spacer(1, 3 * mm),
    ]
    body = copy.deepcopy(list(letter.body))  # flowables are consumed by layout; letters may share one body
    tail = body[-1:] if body else []
    story += body[:-1]
    story.append(KeepTogether(tail + _closing(letter, sender)))
    return story


def letters_pdf(
    letters: Sequence[Letter],
    sender: Sender,
    title: str,
    subject: str | None = None,
    empty_text: str = "Keine Briefe.",
    footer: Footer | None = None,
    invariant: bool = False,
) -> bytes:
    """All letters in one PDF for printing, each starting on a first page of form B.

    ``footer``: drawn on every page, the text keeps clear of it. ``invariant``: no creation
    time or random file id, so the same letters give the same bytes (reprints of invoices)."""
    register_fonts()
    buffer = io.BytesIO()
    width = PAGE_WIDTH - TEXT_LEFT - TEXT_RIGHT
    bottom = footer.height + 5 * mm if footer else TEXT_BOTTOM
    first = Frame(
        TEXT_LEFT,
        bottom,
        width,
        PAGE_HEIGHT - FIRST_TEXT_TOP - bottom,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        TEXT_LEFT,
        bottom,
        width,
        PAGE_HEIGHT - LATER_TEXT_TOP - bottom,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    letterhead = sender.letterhead

    def first_page(canvas, _doc) -> None:  # reportlab callback
        draw_letterhead(canvas, letterhead, PAGE_WIDTH, PAGE_HEIGHT)
        draw_fold_and_punch_marks(canvas)
        if footer:
            footer.draw(canvas)

    def later_page(canvas, _doc) -> None:  # reportlab callback
        draw_fold_and_punch_marks(canvas)
        if footer:
            footer.draw(canvas)
        index = getattr(canvas, "letter_index", -1)
        head = letters[index].running_head if 0 <= index < len(letters) else None
        if head:
            canvas.saveState()
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(TEXT_LEFT, _top(15 * mm), head)
            canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=letterhead.office_name,
        subject=subject or title,
        creator="Netzwerkstatt",
        invariant=1 if invariant else None,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=later_page),
        ]
    )
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if story:
            story += [NextPageTemplate("first"), PageBreak()]
        story += letter_story(index, letter, sender)
    if not story:
        story = [para(empty_text)]
    doc.build(story, canvasmaker=_letter_canvas(letterhead.office_name, footer.height + 1 * mm if footer else 12 * mm))
    return buffer.getvalue()


def _letter_canvas(author: str, number_y: float = 12 * mm):
    """A canvas that numbers the pages of each letter ("Seite 2 von 2"), not of the whole print run."""

    class LetterCanvas(pdf_canvas.Canvas):
        letter_index = -1
        letter_page = 1

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # reportlab API
            self._saved_pages.append(dict(self.__dict__, letter_index=self.letter_index, letter_page=self.letter_page))
            self._startPage()
            self.letter_page += 1

        def save(self):
            set_author_if_unset(self, author)
            totals: dict[int, int] = {}
            for state in self._saved_pages:
                totals[state["letter_index"]] = max(totals.get(state["letter_index"], 0), state["letter_page"])
            for state in self._saved_pages:
                self.__dict__.update(state)
                total = totals[state["letter_index"]]
                if total > 1:
                    self.setFont(FONT, 7.5)
                    self.setFillColor(MUTED)
                    self.drawRightString(PAGE_WIDTH - TEXT_RIGHT, number_y, f"Seite {state['letter_page']} von {total}")
                super().showPage()
            super().save()

    return LetterCanvas


__all__ = [
    "Footer",
    "Letter",
    "Sender",
    "draw_address_field",
    "fit_address",
    "letter_date",
    "letter_story",
    "letters_pdf",
]
