"""Address labels (Avery Zweckform 3475 / 3422, 3 × 8 per A4 sheet) for mailing printed matter.

The recipients and their address lines come from ``model.reporting.postal`` (same rules as letters).
Lines shrink, then wrap, and are never cut.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .badges import fit_lines
from .label_stock import ADDRESS_STOCK, LabelStock
from .pdf import FONT, register_fonts, set_author_if_unset

INSET_X = 6 * mm  # the first column starts at the sheet's edge: keep clear of the printer's margin
INSET_Y = 4 * mm


def draw_address_label(canvas: Canvas, lines: Sequence[str], x: float, y: float, stock: LabelStock) -> None:
    width = stock.width - 2 * INSET_X
    height = stock.height - 2 * INSET_Y
    for size in (10, 9.5, 9, 8.5, 8, 7.5, 7):
        fitted = [fit_lines(line, FONT, size, size, width, 2) for line in lines]
        count = sum(len(f[1]) for f in fitted)
        if count * size * 1.2 <= height:
            break
    leading = size * 1.2
    top = y + stock.height - INSET_Y - (height - count * leading) / 2  # centred vertically
    cursor = top - size
    for line_size, pieces in fitted:
        canvas.setFont(FONT, line_size)
        for piece in pieces:
            canvas.drawString(x + INSET_X, cursor, piece)
            cursor -= leading


def address_labels_pdf(
    addresses: Sequence[Sequence[str]], stock_code: str, author: str | None = None, title: str = "Adressetiketten"
) -> bytes:
    """One label per address, row by row; an empty selection gives one page saying so."""
    register_fonts()
    stock = ADDRESS_STOCK[stock_code]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setTitle(title)
    canvas.setSubject(f"{title} – {stock.name}")
    set_author_if_unset(canvas, author)
    if not addresses:
        canvas.setFont(FONT, 11)
        canvas.drawString(25 * mm, 270 * mm, "Keine Adressen für diese Auswahl.")
        canvas.showPage()
    for index, lines in enumerate(addresses):
        if index and index % stock.per_sheet == 0:
            canvas.showPage()
        draw_address_label(canvas, lines, *stock.origin(index), stock)
    if addresses:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
