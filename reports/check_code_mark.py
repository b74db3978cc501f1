"""The check code of a certificate as a QR square (reportlab's own QR encoder, no extra package).

The modules are drawn as one path straight onto the canvas: the graphics widget would build
and render a shape object per module, which cost more than the rest of the page.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 2  # modules of white border inside the square


@lru_cache(maxsize=256)
def _runs(code: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """Module count and the dark runs (row, first column, length) of the code's QR matrix."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(code)
    qr.make()
    runs = []
    for row, modules in enumerate(qr.modules):
        column = 0
        for dark, group in itertools.groupby(bool(m) for m in modules):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return qr.getModuleCount(), tuple(runs)


def draw_check_code(canvas: Canvas, code: str, right: float, bottom: float, size: float) -> None:
    """A QR code carrying ``code`` with its right edge at ``right`` and its bottom at ``bottom``."""
    count, runs = _runs(code)
    box = size / (count + 2 * QUIET_ZONE)
    left, top = right - size, bottom + size
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(left + (column + QUIET_ZONE) * box, top - (row + QUIET_ZONE + 1) * box, length * box, box)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
