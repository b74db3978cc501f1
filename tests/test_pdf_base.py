"""The shared PDF base prints every name exactly and numbers its pages."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import PageBreak, SimpleDocTemplate

from reports.pdf import Letterhead, numbered_canvas, para

NAMES = [
    "Müller & Söhne <GmbH>",
    "Łukasz Żółć",
    "Ayşe Yılmaz",
    "A<B",
    "<font size=40>x</font>",
    '<img src="/etc/passwd"/>',
]


def test_names_print_exactly_and_pages_are_numbered():
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    story = [para(name) for name in NAMES] + [PageBreak(), para("Zweite Seite")]
    letterhead = Letterhead("Geschäftsstelle Städtenetz", "Musterstraße 1, 44135 Dortmund")
    doc.build(story, canvasmaker=numbered_canvas("Test", letterhead))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in NAMES:
        assert name in text
    assert "Seite 1 von 2" in text and "Seite 2 von 2" in text
    assert "Geschäftsstelle Städtenetz" in text


class _RecordingCanvas:
    """Wraps a real canvas and notes where text and images land."""

    def __init__(self, canvas):
        from reports.pdf import register_fonts

        register_fonts()
        self._canvas, self.strings, self.images = canvas, [], []

    def __getattr__(self, name):
        return getattr(self._canvas, name)

    def drawString(self, x, y, text, *args, **kwargs):  # reportlab API
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.strings.append(
            (x, y, x + stringWidth(text, self._canvas._fontname, self._canvas._fontsize), self._canvas._fontsize, text)
        )
        return self._canvas.drawString(x, y, text, *args, **kwargs)

    def drawImage(self, image, x, y, width, height, **kwargs):  # reportlab API
        self.images.append((x, y, x + width, y + height))
        return self._canvas.drawImage(image, x, y, width, height, **kwargs)


def wide_logo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 140), (31, 78, 121)).save(out, "PNG")
    return out.getvalue()


def assert_text_clear_of_images(canvas: _RecordingCanvas, right_edge: float) -> None:
    assert canvas.images, "the logo was drawn"
    for x0, y, x1, size, text in canvas.strings:
        assert x1 <= right_edge + 0.01, f"{text!r} runs past the margin"
        for ix0, iy0, ix1, iy1 in canvas.images:
            overlaps_vertically = y - 0.25 * size < iy1 and y + size > iy0
            assert not (overlaps_vertically and x1 > ix0 and x0 < ix1), f"{text!r} runs under the logo"


def test_letterhead_text_keeps_clear_of_a_wide_logo():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from reports.pdf import draw_letterhead

    letterhead = Letterhead.from_profile(
        type(
            "Profile",
            (),
            dict(
                office_name="Geschäftsstelle Städtenetz Soziale Stadt NRW",
                network_name="Städtenetz Soziale Stadt NRW",
                street="Bochumer Straße 86",
                postcode="45886",
                city="Gelsenkirchen",
                phone="0209 95 66 70-0",
                email="info@staedtenetz-soziale-stadt.nrw",
                website="https://www.staedtenetz-soziale-stadt.nrw",
                logo_png=wide_logo(),
            ),
        )
    )
    assert letterhead.office_name == "Geschäftsstelle Städtenetz Soziale Stadt NRW"  # the network only once
    canvas = _RecordingCanvas(Canvas(io.BytesIO(), pagesize=A4))
    draw_letterhead(canvas, letterhead, *A4)
    assert_text_clear_of_images(canvas, A4[0] - 20 * mm)
    printed = " ".join(s[-1] for s in canvas.strings)
    for part in (
        "Bochumer Straße 86",
        "0209 95 66 70-0",
        "info@staedtenetz-soziale-stadt.nrw",
        "https://www.staedtenetz-soziale-stadt.nrw",
    ):
        assert part in printed  # wrapped, not cut off
    lowest = min(s[1] for s in canvas.strings)
    assert lowest > A4[1] - 36 * mm + 3 * mm  # above the frame of the page's content
