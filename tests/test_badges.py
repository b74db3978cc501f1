"""Badges on real label stock: geometry of each product, every text inside its label, names whole."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.badges import Badge, BadgeContext, draw_badge_sheet, draw_table_tent, fit_lines
from reports.label_stock import BADGE_STOCK, SAFE_INSET
from reports.pdf import FONT, FONT_BOLD, register_fonts
from tests.pdf_inspect import MM, fragments

# Product data sheets: (label w × h, columns × rows, first label left/top, pitch x/y) in mm.
PRODUCTS = {
    "L4785": ((80, 50), (2, 5), (18, 13), (95, 55)),
    "LP800": ((85, 55), (2, 5), (15, 10), (95, 55)),
    "C32011": ((85, 54), (2, 5), (15, 13.5), (95, 54)),
}
STRESS = [
    Badge(
        "Maximiliane-Friederike-Alexandrine",
        "Prof. Dr. Maximiliane-Friederike-Alexandrine Öztürk-Schäfer",
        "Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen, "
        "Referat Städtebauförderung",
        "Referent/in",
    ),
    Badge("Anastasia", "Anastasia Papageorgiou-Vlachopoulou", "Müller & Söhne <GmbH>", "Moderation"),
    Badge("Łukasz", "Dr. Łukasz Żółć", "Stadt Gelsenkirchen"),
    Badge("Nguyễn", "Nguyễn Thị Minh Khai", ""),
] * 3
CONTEXT = BadgeContext(
    "Quartiere im Wandel – Fachkongress Sozialer Zusammenhalt NRW 2026 mit Werkstattgesprächen und Exkursion",
    "18. Juni 2026",
)


def _sheet(stock_code: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_badge_sheet(canvas, STRESS[:10], CONTEXT, BADGE_STOCK[stock_code])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("code", sorted(PRODUCTS))
def test_label_geometry_matches_the_product_within_half_a_millimetre(code):
    (width, height), (columns, rows), (left, top), (pitch_x, pitch_y) = PRODUCTS[code]
    stock = BADGE_STOCK[code]
    for index in range(columns * rows):
        row, column = divmod(index, columns)
        x, y = stock.origin(index)
        assert abs(x / MM - (left + column * pitch_x)) < 0.5
        assert abs((297 - (y + stock.height) / MM) - (top + row * pitch_y)) < 0.5
    assert abs(stock.width / MM - width) < 0.5 and abs(stock.height / MM - height) < 0.5


@pytest.mark.parametrize("code", sorted(BADGE_STOCK))
def test_every_badge_text_lies_3_mm_inside_its_label(code):
    stock = BADGE_STOCK[code]
    rectangles = [(*stock.origin(i), stock.width, stock.height) for i in range(stock.per_sheet)]
    found = fragments(_sheet(code))
    assert found
    for fragment in found:
        width = fragment.width
        inside = [
            r
            for r in rectangles
            if r[0] + SAFE_INSET - 0.5 <= fragment.x
            and fragment.x + width <= r[0] + r[2] - SAFE_INSET + 0.5
            and r[1] + SAFE_INSET - 0.5 <= fragment.y - 0.25 * fragment.size
            and fragment.y + 0.8 * fragment.size <= r[1] + r[3] - SAFE_INSET + 0.5
        ]
        assert inside, (code, fragment.text, fragment.x / MM, fragment.y / MM)
    text = " ".join(f.text for f in found)
    assert "…" not in text
    for word in (
        "Maximiliane-Friederike-Alexandrine",
        "Papageorgiou-Vlachopoulou",
        "Müller & Söhne <GmbH>",
        "Nordrhein-Westfalen,",
        "Städtebauförderung",
        "Nguyễn",
    ):
        assert word in text, word


def test_names_shrink_then_wrap_but_are_never_cut():
    register_fonts()
    size, lines = fit_lines("Maximiliane-Friederike-Alexandrine", FONT_BOLD, 24, 13, 60 * MM, 2)
    assert "".join(lines) == "Maximiliane-Friederike-Alexandrine" and len(lines) == 1 and size < 24
    size, lines = fit_lines("Ministerium für Heimat, Kommunales, Bau und Digitalisierung", FONT, 8.5, 6.5, 60 * MM, 2)
    assert len(lines) == 2 and " ".join(lines) == "Ministerium für Heimat, Kommunales, Bau und Digitalisierung"
    assert all(stringWidth(line, FONT, size) <= 60 * MM for line in lines)


def test_table_tent_prints_the_whole_long_name():
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_table_tent(canvas, Badge("Anastasia", "Prof. Dr. Anastasia Papageorgiou-Vlachopoulou", "Stadt Essen"), CONTEXT)
    canvas.showPage()
    canvas.save()
    text = " ".join(PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().split())
    assert text.count("Papageorgiou-Vlachopoulou") == 2 and "…" not in text
    for fragment in [f for f in fragments(buffer.getvalue()) if f.y < f.page_height / 2]:  # the upright half
        width = fragment.width
        assert 10 * MM <= fragment.x and fragment.x + width <= 200 * MM, fragment.text
