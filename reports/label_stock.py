"""Label products on office shelves (sizes from the gLabels template library / the makers).

All lengths in points; ``origin(index)`` is the lower left corner of a label on the A4
sheet, row by row from the top.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

SAFE_INSET = 3 * mm  # nothing printed closer to a label's edge


@dataclass(frozen=True)
class LabelStock:
    code: str
    name: str
    width: float
    height: float
    columns: int
    rows: int
    left: float  # first label from the sheet's left edge
    top: float  # first label from the sheet's top edge
    pitch_x: float
    pitch_y: float
    cut_marks: bool = False  # plain paper: the office cuts along marks

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.left + column * self.pitch_x
        y = A4[1] - self.top - row * self.pitch_y - self.height
        return x, y


BADGE_STOCK = {
    "L4785": LabelStock(
        "L4785", "Avery Zweckform L4785 (80 × 50 mm)", 80 * mm, 50 * mm, 2, 5, 18 * mm, 13 * mm, 95 * mm, 55 * mm
    ),
    "LP800": LabelStock(
        "LP800", "Sigel LP800 (85 × 55 mm)", 85 * mm, 55 * mm, 2, 5, 15 * mm, 10 * mm, 95 * mm, 55 * mm
    ),
    "C32011": LabelStock(
        "C32011", "Avery Zweckform C32011 (85 × 54 mm)", 85 * mm, 54 * mm, 2, 5, 15 * mm, 13.5 * mm, 95 * mm, 54 * mm
    ),
    "A4": LabelStock(
        "A4",
        "Normalpapier A4 mit Schnittmarken (85 × 55 mm)",
        85 * mm,
        55 * mm,
        2,
        5,
        15 * mm,
        11 * mm,
        95 * mm,
        55 * mm,
        cut_marks=True,
    ),
}
ADDRESS_STOCK = {
    "3475": LabelStock(
        "3475", "Avery Zweckform 3475 (70 × 36 mm)", 70 * mm, 36 * mm, 3, 8, 0, 4.5 * mm, 70 * mm, 36 * mm
    ),
    "3422": LabelStock(
        "3422", "Avery Zweckform 3422 (70 × 35 mm)", 70 * mm, 35 * mm, 3, 8, 0, 8.5 * mm, 70 * mm, 35 * mm
    ),
}
