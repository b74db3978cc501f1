"""The check code of a certificate as a QR square (reportlab's own QR widget, no extra package)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas


def draw_check_code(canvas: Canvas, code: str, right: float, bottom: float, size: float) -> None:
    """A QR code carrying ``code`` with its right edge at ``right`` and its bottom at ``bottom``."""
    widget = QrCodeWidget(code, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    width, height = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, right - size, bottom)
