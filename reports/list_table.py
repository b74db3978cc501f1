"""Any list view printed as a PDF table: the current filter and sort order, landscape when wide."""

from __future__ import annotations

import io
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from .pdf import ACCENT, Letterhead, escape, numbered_canvas, para, styles

WIDE_COLUMNS = 6


def list_pdf(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
             letterhead: Letterhead | None = None, subtitle: str | None = None) -> bytes:
    """A table with repeated header rows; column widths follow the content."""
    wide = len(headers) > WIDE_COLUMNS
    page = landscape(A4) if wide else A4
    buffer = io.BytesIO()
    top = 36 * mm if letterhead else 18 * mm
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=top, bottomMargin=18 * mm, title=title)
    cell = styles()["cell"]
    head = styles()["cell_bold"]
    data = [[Paragraph(escape(h), head) for h in headers]]
    data += [[Paragraph(escape(value), cell) for value in row] for row in rows]
    width = page[0] - 30 * mm
    table = Table(data, colWidths=_column_widths(headers, rows, width), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6FA")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story = [para(title, "h1")]
    if subtitle:
        story.append(para(subtitle, "small"))
    story.append(table)
    doc.build(story, canvasmaker=numbered_canvas(title, letterhead))
    return buffer.getvalue()


def _column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], total: float) -> list[float]:
    """Share the width by typical text length (capped), so no column starves."""
    sample = rows[:500]
    weights = []
    for index, header in enumerate(headers):
        lengths = sorted(len(str(row[index] or "")) for row in sample) or [0]
        typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
        weights.append(min(max(typical, len(header), 4), 40))
    scale = total / sum(weights)
    return [w * scale for w in weights]
