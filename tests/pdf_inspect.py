"""Reading printed PDFs as a person would check them: where each piece of text sits."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4


@dataclass(frozen=True)
class Fragment:
    page: int
    x: float  # points from the left edge
    y: float  # points from the bottom edge (baseline)
    text: str
    size: float
    page_width: float
    page_height: float
    font: str = "DejaVuSans"

    @property
    def width(self) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from reports.pdf import register_fonts

        register_fonts()
        return stringWidth(self.text, self.font, self.size)


def fragments(pdf: bytes) -> list[Fragment]:
    """Every text fragment with its baseline position on the page (text matrix × CTM)."""
    found: list[Fragment] = []
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font_dict, font_size, number=number, width=width, height=height):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1
            base = str((font_dict or {}).get("/BaseFont", ""))
            font = "DejaVuSans-Bold" if "Bold" in base else "DejaVuSans-Oblique" if "Oblique" in base else "DejaVuSans"
            found.append(Fragment(number, x, y, text.strip("\n"), font_size * scale, width, height, font))

        page.extract_text(visitor_text=visit)
    return found


def text_width(fragment: Fragment) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.pdf import FONT, register_fonts

    register_fonts()
    return stringWidth(fragment.text, FONT, fragment.size)
