"""Printed lists: whole words and numbers, widths from the real font, orientation, empty lists."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from model.reporting import listing
from reports.list_table import EMPTY_TEXT, choose_layout, list_pdf
from reports.listing_pdf import listing_pdf
from reports.pdf import Letterhead
from reports.text_fit import break_lines
from tests.pdf_inspect import MM, fragments

STRESS_OFFICE = Letterhead(
    "Geschäftsstelle des Städtenetzes Soziale Stadt Nordrhein-Westfalen bei der Stadt "
    "Gelsenkirchen, Referat Stadterneuerung und Bodenmanagement"
)


def _lines(pdf: bytes) -> list[str]:
    return [f.text for f in fragments(pdf)]


def _unbreakable_pieces(value: str) -> list[str]:
    """What must appear whole on one printed line: words; e-mail parts between @ and dots."""
    pieces = []
    for token in value.split():
        pieces += [p for p in re.split(r"(?<=[@.])", token) if p] if "@" in token else [token]
    return pieces


def _assert_nothing_split(pdf: bytes, rows: list[list[str]]) -> None:
    lines = _lines(pdf)
    joined = "\n".join(lines)
    for row in rows:
        for value in row:
            for piece in _unbreakable_pieces(value):
                assert piece in joined, f"»{piece}« split across lines"


def test_demo_person_list_splits_no_word_number_or_address(demo_db):
    rows = listing.persons(demo_db)
    pdf = listing_pdf("persons", rows, STRESS_OFFICE)
    printed = [
        [str(r[k] or "") for k in ("last_name", "first_name", "organisation", "email", "chamber_number")] for r in rows
    ]
    _assert_nothing_split(pdf, printed)
    for fragment in fragments(pdf):
        assert 10 * MM <= fragment.x and fragment.y >= 10 * MM * 0.9, fragment
    # The long office name is printed whole (on two lines if need be), never with "…".
    assert "…" not in "".join(_lines(pdf))


def test_registration_list_has_at_least_18_rows_per_landscape_page_and_four_digit_years(demo_db):
    rows = listing.registrations(demo_db)[:400]
    pdf = listing_pdf("registrations", rows)
    reader = PdfReader(io.BytesIO(pdf))
    assert (
        float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
        or len(rows) / len(reader.pages) >= 18
    )
    assert len(rows) / len(reader.pages) >= 18
    assert "Seite 1 von" in reader.pages[0].extract_text()
    events = listing_pdf("events", listing.events(demo_db)[:30])
    assert re.search(r"\b\d{2}\.\d{2}\.20\d{2} \d{2}:\d{2}\b", "\n".join(_lines(events)))
    assert not re.search(r"\b\d{2}\.\d{2}\.\d{2}\b(?!\d)", "\n".join(_lines(events)).replace("Gedruckt", ""))


def test_header_repeats_on_every_page():
    rows = [[str(n), f"Person {n}", "Stadt Essen"] for n in range(120)]
    pdf = list_pdf("Liste", ["Nr.", "Name", "Kammer"], rows)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 1
    assert all("Kammer" in page.extract_text() for page in pages)


def test_narrow_list_is_portrait_wide_list_landscape():
    narrow = choose_layout(["Name", "Ort"], [["Ayşe Yılmaz", "Essen"]])
    wide = choose_layout([f"Spalte {n}" for n in range(9)], [["anastasia.papageorgiou@example.org"] * 9])
    assert not narrow.landscape
    assert wide.landscape


def test_long_email_breaks_only_after_at_or_dot():
    address = "anastasia.papageorgiou-vlachopoulou@stadtverwaltung-gelsenkirchen-buer.example"
    lines = break_lines(address, "DejaVuSans", 8.5, 40 * MM)
    assert len(lines) > 1 and "".join(lines) == address
    assert all(line.endswith(("@", ".")) for line in lines[:-1])


def test_certificate_numbers_and_amounts_stay_whole():
    rows = [["NWS-2026-004 / 3", "1.234,50 €", "Łukasz Żółć"]] * 3
    pdf = list_pdf("Bescheinigungen", ["Nummer", "Betrag", "Name"], rows)
    lines = _lines(pdf)
    assert any("NWS-2026-004 / 3" in line for line in lines)
    assert any("1.234,50 €" in line for line in lines)


def test_empty_list_and_list_without_columns_print_a_clear_page():
    for headers in (["Name", "Ort"], []):
        pdf = list_pdf("Personen", headers, [])
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        assert EMPTY_TEXT[:30] in reader.pages[0].extract_text().replace("\n", " ")


def test_names_print_exactly_and_metadata_is_set():
    rows = [["Müller & Söhne <GmbH>", "Ayşe Yılmaz"]]
    pdf = list_pdf("Organisationen", ["Name", "Kontakt"], rows, Letterhead("Geschäftsstelle"))
    reader = PdfReader(io.BytesIO(pdf))
    assert "Müller & Söhne <GmbH>" in reader.pages[0].extract_text()
    assert reader.metadata.title == "Organisationen"
    assert reader.metadata.author == "Geschäftsstelle"
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"


def test_cli_writes_pdf_with_search_filter(demo_db_path, tmp_path):
    from tests.cli_support import call_cli

    target = tmp_path / "personen.pdf"
    result = call_cli("--db", str(demo_db_path), "list", "persons", "--search", "köln", "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Stadt Köln" in text and "Stadt Essen" not in text


def test_printed_list_from_a_list_page_has_four_digit_years():
    from gui.list_output import _printed_text

    assert _printed_text("Do 23.06.26 10:00") == "Do 23.06.2026 10:00"
    assert _printed_text("23.06.2026") == "23.06.2026"


def test_member_directory_keeps_every_email_whole(demo_db, tmp_path):
    from model.reporting.member_directory import member_directory
    from reports.member_directory import member_directory_pdf

    directory = member_directory(demo_db)
    pdf = member_directory_pdf(directory, STRESS_OFFICE)
    rows = [[c.email or "", c.phone or "", c.name] for m in directory.members for c in m.contacts]
    assert len(rows) > 50
    _assert_nothing_split(pdf, rows)
    assert PdfReader(io.BytesIO(pdf)).metadata.author == STRESS_OFFICE.office_name


def test_member_directory_command_rejects_a_bad_date(demo_db_path, tmp_path):
    from tests.cli_support import call_cli

    result = call_cli(
        "--db", str(demo_db_path), "member-directory", "--out", str(tmp_path / "v.pdf"), "--date", "31.12.2026"
    )
    assert result.returncode == 1 and "JJJJ-MM-TT" in result.stderr
    assert not (tmp_path / "v.pdf").exists()
    ok = call_cli("--db", str(demo_db_path), "member-directory", "--out", str(tmp_path / "v.pdf"))
    assert ok.returncode == 0 and (tmp_path / "v.pdf").exists()


def test_merged_certificates_name_the_office_as_author_and_german_as_language():
    from reports.certificates import certificates_pdf
    from tests.test_fuzz_pdf import _snapshot

    pdf = certificates_pdf([_snapshot("Geschäftsstelle Städtenetz", "Werkstatt", "Text")], lambda digest: None)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.author == "Geschäftsstelle Städtenetz"
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"


@pytest.mark.parametrize("what", ["organisations", "events", "registrations"])
def test_every_demo_list_splits_no_word(demo_db, what):
    from reports.listing_pdf import COLUMNS, _display

    rows = getattr(listing, what)(demo_db)[:300]
    pdf = listing_pdf(what, rows)
    _assert_nothing_split(pdf, [[_display(row.get(field)) for field in COLUMNS[what]] for row in rows])
