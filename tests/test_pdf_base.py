"""The shared PDF base prints every name exactly and numbers its pages."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import PageBreak, SimpleDocTemplate

from reports.pdf import Letterhead, numbered_canvas, para

NAMES = ["Müller & Söhne <GmbH>", "Łukasz Żółć", "Ayşe Yılmaz", "A<B", '<font size=40>x</font>', '<img src="/etc/passwd"/>']


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
