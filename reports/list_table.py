"""Any list view printed as a PDF table: the current filter and sort order, as shown.

Column widths come from the real text widths in the embedded font: each column gets at
least its longest unbreakable piece (word, number, date, certificate number, e-mail part),
then room towards its widest line. Portrait when the natural widths fit, else landscape;
the font gets smaller only when even landscape cannot hold the unbreakable pieces.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from .pdf import ACCENT, FONT, FONT_BOLD, Letterhead, numbered_canvas, para, register_fonts
from .text_fit import break_lines, min_width, natural_width

SIDE_MARGIN = 15 * mm
PADDING = 3  # points left and right in each cell
SIZES = (8.5, 8, 7.5, 7)  # the smallest is still readable on paper
NATURAL_CAP = 90 * mm  # a long note column must not push everything else to landscape
EMPTY_TEXT = "Die Liste enthält keine Einträge (Filter prüfen)."


@dataclass(frozen=True)
class ListLayout:
    page: tuple[float, float]
    size: float
    widths: list[float]

    @property
    def landscape(self) -> bool:
        return self.page[0] > self.page[1]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def choose_layout(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> ListLayout:
    """Page orientation, font size and column widths for a list."""
    portrait_width = A4[0] - 2 * SIDE_MARGIN
    landscape_width = A4[1] - 2 * SIDE_MARGIN
    if not headers:
        return ListLayout(A4, SIZES[0], [])
    for size in SIZES:
        minimum, natural = _column_needs(headers, rows, size)
        if sum(natural) <= portrait_width:
            return ListLayout(A4, size, _share(minimum, natural, portrait_width))
        if sum(minimum) <= landscape_width:
            return ListLayout(landscape(A4), size, _share(minimum, natural, landscape_width))
    # Pathological data (a 200-character word): the smallest size, pieces may overflow their column.
    minimum, natural = _column_needs(headers, rows, SIZES[-1])
    scale = landscape_width / sum(minimum)
    return ListLayout(landscape(A4), SIZES[-1], [w * scale for w in minimum])


def _column_needs(headers, rows, size: float) -> tuple[list[float], list[float]]:
    minimum, natural = [], []
    for index, header in enumerate(headers):
        low = min_width(_text(header), FONT_BOLD, size)
        high = natural_width(_text(header), FONT_BOLD, size)
        for row in rows:
            text = _text(row[index]) if index < len(row) else ""
            low = max(low, min_width(text, FONT, size))
            high = max(high, natural_width(text, FONT, size))
        minimum.append(low + 2 * PADDING + 0.5)
        natural.append(max(low, min(high, NATURAL_CAP)) + 2 * PADDING + 0.5)
    return minimum, natural


def fit_columns(headers: Sequence[str], rows: Sequence[Sequence[object]], total: float, size: float) -> list[float]:
    """Column widths for a table of fixed total width (e.g. inside a directory entry)."""
    minimum, natural = _column_needs(headers, rows, size)
    if sum(minimum) > total:
        return [w * total / sum(minimum) for w in minimum]
    return _share(minimum, natural, total)


def broken_cells(
    headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], size: float
) -> list[list[str]]:
    """Header and body cells as finished lines for plain-string table cells."""
    inner = [w - 2 * PADDING for w in widths]
    data = [["\n".join(break_lines(_text(h), FONT_BOLD, size, inner[i])) for i, h in enumerate(headers)]]
    for row in rows:
        data.append(
            [
                "\n".join(break_lines(_text(row[i]) if i < len(row) else "", FONT, size, inner[i]))
                for i in range(len(headers))
            ]
        )
    return data


def _share(minimum: list[float], natural: list[float], total: float) -> list[float]:
    """Every column its minimum; the rest towards the natural widths, then evenly by natural width."""
    extra = total - sum(minimum)
    wants = [n - m for m, n in zip(minimum, natural, strict=True)]
    wanted = sum(wants)
    if wanted >= extra:
        # Water-filling: columns that want little (an e-mail, a date) get all of it; the long
        # texts share the rest equally and wrap at spaces.
        given = [0.0] * len(wants)
        open_columns = sorted(range(len(wants)), key=lambda i: wants[i])
        left = extra
        while open_columns:
            share = left / len(open_columns)
            index = open_columns[0]
            if wants[index] <= share:
                given[index] = wants[index]
                left -= wants[index]
                open_columns.pop(0)
            else:
                for index in open_columns:
                    given[index] = share
                break
        return [m + g for m, g in zip(minimum, given, strict=True)]
    rest = total - sum(natural)
    return [n + rest * n / sum(natural) for n in natural]


def list_pdf(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    letterhead: Letterhead | None = None,
    subtitle: str | None = None,
) -> bytes:
    """A table with repeated header rows, "Seite x von y", and a clear page for an empty list."""
    register_fonts()
    layout = choose_layout(headers, rows)
    buffer = io.BytesIO()
    top = 36 * mm if letterhead else 18 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=layout.page,
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=top,
        bottomMargin=18 * mm,
        title=title,
        author=letterhead.office_name if letterhead else None,
        subject=subtitle or title,
    )
    story = [para(title, "h1")]
    if subtitle:
        story.append(para(subtitle, "small"))
    if not headers or not rows:
        story.append(para(EMPTY_TEXT))
    else:
        story.append(_table(headers, rows, layout))
    doc.build(story, canvasmaker=numbered_canvas(title, letterhead))
    return buffer.getvalue()


def _table(headers, rows, layout: ListLayout) -> Table:
    size = layout.size
    data = broken_cells(headers, rows, layout.widths, size)
    table = Table(data, colWidths=layout.widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, size + 2),
                ("FONT", (0, 1), (-1, -1), FONT, size, size + 2),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6FA")]),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table
