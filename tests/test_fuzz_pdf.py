"""Any Unicode and any markup characters in names and texts give a PDF that opens."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from reports.certificates import certificates_pdf
from reports.list_table import list_pdf
from reports.pdf import Letterhead

# Surrogates cannot be encoded at all; everything else (controls, RTL marks, emoji, markup) may come.
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)
MARKUP = st.sampled_from(["<b>", "</para>", "&amp;", "&", "<img src='x'/>", "<font size=80>", "]]>", "<br/>", "\\"])
nasty = st.lists(st.one_of(any_text, MARKUP), min_size=1, max_size=4).map("".join)


def _snapshot(name: str, title: str, text: str) -> dict:
    return {
        "number": "NWS-2026-0001",
        "issued_on_text": "5. März 2026",
        "title": text or "Teilnahmebescheinigung",
        "text": text,
        "office": {"name": name, "address_line": text, "place": name, "signatory_name": name},
        "person": {
            "salutation": "Frau",
            "title": text,
            "first_name": name,
            "last_name": name,
            "organisation": text,
            "chamber_name": "Architektenkammer Nordrhein-Westfalen",
            "chamber_number": name,
        },
        "event": {
            "title": title,
            "when": "Donnerstag, 5. März 2026",
            "venue": text,
            "format": "Präsenz",
            "provider": name,
            "topics": [title, text],
            "start": "2026-03-05T10:00:00",
        },
        "credits": [
            {
                "points_text": "4",
                "unit": "Fortbildungspunkte",
                "minutes_per_unit": 45,
                "chamber_name": "AKNW",
                "recognition_number": text,
                "field": name,
            }
        ],
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=nasty, title=nasty, text=nasty)
def test_certificate_pdf_always_opens(name, title, text):
    pdf = certificates_pdf([_snapshot(name, title, text)], lambda digest: None)
    pages = PdfReader(io.BytesIO(pdf)).pages
    # Long texts flow onto a second page; amount and signature always share the last one.
    assert 1 <= len(pages) <= 3
    assert "Fortbildungspunkte" in " ".join(pages[-1].extract_text().split())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(nasty, min_size=3, max_size=3), max_size=30), title=nasty)
def test_list_pdf_always_opens(rows, title):
    pdf = list_pdf(title or "Liste", ["Name", "Organisation", "Bemerkung"], rows, Letterhead(title))
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
