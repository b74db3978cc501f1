"""Certificates and statements keep every line on paper: positions of all text fragments."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from test_pdf_base import wide_logo

from reports.certificates import certificates_pdf
from reports.credit_statement import credit_statement_pdf
from reports.pdf import register_fonts

MARGIN = 10 * mm
LONG_OFFICE = (
    "Geschäftsstelle der Arbeitsgemeinschaft Soziale Stadt im Netzwerk Stadtentwicklung "
    "Nordrhein-Westfalen bei der Stadt Essen, Amt für Stadterneuerung und Bodenmanagement"
)
LONG_ORGANISATION = (
    "Müller & Söhne <GmbH> Gesellschaft für Stadtentwicklung, Quartiersmanagement "
    "und Beteiligung im Ruhrgebiet mbH"
)  # 115 characters


def _office(logo: bool) -> dict:
    return {
        "name": LONG_OFFICE,
        "network": "AG Soziale Stadt NRW",
        "address_line": "Porscheplatz 1, 45127 Essen",
        "contact_line": "0201 88-0 · info@soziale-stadt.nrw · https://www.soziale-stadt.nrw",
        "logo": "logo" if logo else None,
        "signature": None,
        "signatory_name": "Dr. Petra Schulte",
        "signatory_function": "Leitung der Geschäftsstelle",
        "place": "Essen",
    }


TWO_LINE_TOPIC = (
    "Thema {i}: Starkregenvorsorge, Hitzeschutz und Entsiegelung in Bestandsquartieren der "
    "Großwohnsiedlungen – Erfahrungen aus Gelsenkirchen-Ückendorf"
)


def _certificate(
    title_length=60, topics=3, organisation="Stadt Essen", logo=False, two_line_topics=0, contributions=0
) -> dict:
    title = ("Klimaanpassung im Quartier " * 20)[:title_length]
    return {
        "kind": "Teilnahmebescheinigung",
        "title": "Teilnahmebescheinigung",
        "text": "hat an der folgenden Veranstaltung teilgenommen:",
        "office": _office(logo),
        "person": {
            "salutation": "Frau",
            "first_name": "Ayşe",
            "last_name": "Yılmaz",
            "organisation": organisation,
            "chamber_name": "Architektenkammer Nordrhein-Westfalen",
            "chamber_number": "A-12345",
        },
        "event": {
            "title": title,
            "when": "Donnerstag, 5. März 2026, 9:30–16:00 Uhr",
            "venue": "Rathaus Essen",
            "venue_address": "Porscheplatz 1, 45127 Essen",
            "format": "Präsenz",
            "provider": LONG_OFFICE,
            "topics": [f"Thema {i}: Starkregenvorsorge und Hitzeschutz in Bestandsquartieren" for i in range(topics)],
            "start": "2026-03-05T09:30:00",
        },
        "mode": "Präsenz",
        "credits": [
            {
                "chamber_name": "Architektenkammer Nordrhein-Westfalen",
                "recognition_number": "AKNW-2026-0815",
                "points_text": "8",
                "unit": "Fortbildungspunkte",
                "minutes_per_unit": 45,
                "field": "Stadtplanung",
                "recognised_text": "anerkannt von der Architektenkammer Nordrhein-Westfalen unter Nr. AKNW-2026-0815",
            }
        ],
        "number": "NWS-2026-0001",
        "issued_on_text": "6. März 2026",
        "check_code": "K7QX-3M9P-2HDA",
    } | _variants(two_line_topics, contributions)


def _variants(two_line_topics: int, contributions: int) -> dict:
    """Topics of two lines each; a Bestätigung der Mitwirkung with long contribution lines."""
    extra: dict = {}
    if two_line_topics:
        extra["event_topics"] = [TWO_LINE_TOPIC.format(i=i) for i in range(two_line_topics)]
    if contributions:
        extra |= {
            "title": "Bestätigung der Mitwirkung",
            "text": "hat an der folgenden Veranstaltung mitgewirkt:",
            "contributions": [
                f"Vortrag {i}: »Beteiligung <wirklich> für alle? Quartiersfonds, Bürgerbudgets und "
                f"aufsuchende Beteiligung im Ruhrgebiet« am 5. März 2026, 10:00–11:30 Uhr (90 Minuten)"
                for i in range(contributions)
            ],
        }
    return extra


def _logo(digest):
    return wide_logo() if digest == "logo" else None


def fragments(pdf: bytes) -> list[tuple[int, str, float, float, float, float, float]]:
    """(page, text, x, y, width, page width, page height) of every drawn text fragment."""
    register_fonts()
    found = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, width=width, height=height):
            if not text.strip():
                return
            a, b, c, d, e, f = cm
            x = tm[4] * a + tm[5] * c + e
            y = tm[4] * b + tm[5] * d + f
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (a**2 + b**2) ** 0.5
            name = "DejaVuSans-Bold" if "Bold" in str(font.get("/BaseFont", "")) else "DejaVuSans"
            found.append(
                (number, text, x, y, pdfmetrics.stringWidth(text.rstrip("\n"), name, size * scale), width, height)
            )

        page.extract_text(visitor_text=visit)
    return found


def assert_all_on_paper(pdf: bytes) -> None:
    found = fragments(pdf)
    assert found
    for page, text, x, y, w, width, height in found:
        where = f"Seite {page}: {text!r} bei ({x / mm:.1f} mm, {y / mm:.1f} mm)"
        assert MARGIN <= x and x + w <= width - MARGIN + 0.5, where
        assert MARGIN <= y <= height - MARGIN, where


def _page_of(found, needle: str) -> int:
    return next(page for page, text, *_ in found if needle in text)


@pytest.mark.parametrize(
    "case",
    [
        dict(title_length=300),
        dict(topics=40),
        dict(topics=16),
        dict(organisation=LONG_ORGANISATION),
        dict(logo=True),
        dict(title_length=300, topics=40, organisation=LONG_ORGANISATION, logo=True),
        dict(two_line_topics=9),
        dict(two_line_topics=30, title_length=300, logo=True),
        dict(contributions=6, title_length=300, two_line_topics=12, organisation=LONG_ORGANISATION, logo=True),
    ],
)
def test_every_certificate_line_stays_on_the_page(case):
    certificate = _certificate(**case)
    if "event_topics" in certificate:
        certificate["event"]["topics"] = certificate.pop("event_topics")
    pdf = certificates_pdf([certificate], _logo)
    assert_all_on_paper(pdf)
    found = fragments(pdf)
    text = " ".join(t for _p, t, *_ in found)
    for needed in (
        "Umfang",
        "Anerkennung",
        "Fachrichtung",
        "Dr. Petra Schulte",
        "Teilnahme in Präsenz",
        "Bodenmanagement",
    ):
        assert needed in text
    assert "…" not in text  # the office name wraps instead
    signature_page = _page_of(found, "Dr. Petra Schulte")
    assert _page_of(found, "Umfang") == signature_page == _page_of(found, "Fachrichtung")


def test_forty_topics_flow_onto_a_second_page_with_page_numbers():
    pdf = certificates_pdf([_certificate(topics=40)], _logo)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert "Seite 2 von 2" in reader.pages[1].extract_text()
    text = " ".join(page.extract_text() for page in reader.pages)
    assert all(f"Thema {i}:" in text for i in range(40))


def test_short_certificate_stays_one_page_without_page_number():
    reader = PdfReader(io.BytesIO(certificates_pdf([_certificate()], _logo)))
    assert len(reader.pages) == 1 and "Seite" not in reader.pages[0].extract_text()


def _statement(entries: int) -> dict:
    base = _certificate(organisation=LONG_ORGANISATION, logo=True)
    return {
        "kind": "Fortbildungsnachweis",
        "title": "Fortbildungsnachweis 2026",
        "office": base["office"],
        "person": base["person"],
        "year": 2026,
        "entries": [
            {
                "date_text": f"{i % 28 + 1:02d}.03.2026",
                "title": ("Klimaanpassung im Quartier " * 5)[:120],
                "chamber": "AKNW",
                "recognition_number": f"AKNW-2026-{i:04d}",
                "points": 4,
                "points_text": "4",
                "mode": "Online",
                "recognition_note": "anerkannt von AKNW; Anrechnung durch Ihre Kammer",
            }
            for i in range(entries)
        ],
        "total": 4.0 * entries,
        "total_text": str(4 * entries),
        "has_requirement": True,
        "requirement_text": "16",
        "missing_text": "0",
        "unit": "Fortbildungspunkte",
        "chamber_name": "Architektenkammer Nordrhein-Westfalen",
        "number": "NWS-2026-0002",
        "issued_on_text": "6. Januar 2027",
        "check_code": "K7QX-3M9P-2HDB",
    }


def _external(count: int) -> dict:
    """Trainings of other providers the person reported, with 300-character titles."""
    return (
        {
            "external": [
                {
                    "date_text": "12.05.2026",
                    "title": ("Energetische Quartierssanierung " * 12)[:300],
                    "provider": LONG_ORGANISATION,
                    "proof_seen": i % 2 == 0,
                    "points_text": "2",
                }
                for i in range(count)
            ],
            "external_total_text": str(2 * count),
        }
        if count
        else {}
    )


@pytest.mark.parametrize(
    "entries, title_length, external", [(0, 120, 0), (3, 120, 0), (45, 120, 0), (12, 300, 0), (5, 300, 20)]
)
def test_every_statement_line_stays_on_the_page_and_pages_are_numbered(entries, title_length, external):
    statement = _statement(entries) | _external(external)
    for entry in statement["entries"]:
        entry["title"] = ("Klimaanpassung im Quartier " * 20)[:title_length]
    pdf = credit_statement_pdf(statement, _logo)
    assert_all_on_paper(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total == (1 if entries + external < 10 and title_length < 300 else total)
    assert entries + external < 10 or total >= 2
    for index, page in enumerate(reader.pages, start=1):
        assert f"Seite {index} von {total}" in page.extract_text()
    found = fragments(pdf)
    assert _page_of(found, "Jahresanforderung") == _page_of(found, "Dr. Petra Schulte") == total


def test_qr_code_carries_the_check_code_as_reportlabs_encoder_builds_it():
    from reportlab.graphics.barcode.qr import QrCodeWidget

    from reports.check_code_mark import _runs

    widget = QrCodeWidget("K7QX-3M9P-2HDA", barLevel="M")
    widget.qr.make()
    count, runs = _runs("K7QX-3M9P-2HDA")
    drawn = [[False] * count for _ in range(count)]
    for row, column, length in runs:
        for c in range(column, column + length):
            drawn[row][c] = True
    assert drawn == [[bool(m) for m in row] for row in widget.qr.modules]
