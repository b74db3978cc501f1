"""DIN 5008 letters: salutation rules, address inside the window field, invitations by CLI."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from model.core.errors import UserError
from model.reporting.postal import Recipient, letter_salutation, require_addresses
from reports.letter import (
    ADDRESS_FIELD_HEIGHT,
    ADDRESS_FIELD_LEFT,
    ADDRESS_FIELD_TOP,
    ADDRESS_FIELD_WIDTH,
    Letter,
    Sender,
    letters_pdf,
)
from reports.pdf import Letterhead, para
from tests.pdf_inspect import MM, fragments, text_width

LONG_OFFICE = (
    "Geschäftsstelle des Städtenetzes Soziale Stadt Nordrhein-Westfalen bei der Stadt Gelsenkirchen, "
    "Referat Stadterneuerung und Bodenmanagement"
)


def test_salutation_follows_the_persons_salutation_and_title():
    assert (
        letter_salutation("Frau", "Prof. Dr.", "Ayşe", "Öztürk-Schäfer")
        == "Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer,"
    )
    assert letter_salutation("Herr", None, "Łukasz", "Żółć") == "Sehr geehrter Herr Żółć,"
    assert letter_salutation("ohne", None, "Kim", "Park") == "Guten Tag Kim Park,"


def _recipient(**changes) -> Recipient:
    values = dict(
        person_id=1,
        salutation="Frau",
        title="Prof. Dr.",
        first_name="Ayşe",
        last_name="Öztürk-Schäfer",
        organisation="Müller & Söhne <GmbH> Stadtentwicklungsgesellschaft für das Ruhrgebiet mbH",
        department="Abteilung Quartiersentwicklung und Beteiligung",
        street="Rathausplatz 1",
        postcode="45127",
        city="Essen",
        from_organisation=True,
    )
    values.update(changes)
    return Recipient(**values)


def test_address_lines_from_organisation_and_missing_address_is_named():
    lines = _recipient().address_lines()
    assert lines[2] == "Frau Prof. Dr. Ayşe Öztürk-Schäfer" and lines[-1] == "45127 Essen"
    with pytest.raises(UserError, match="Adresse fehlt bei 1 Person: Ayşe Öztürk-Schäfer"):
        require_addresses([_recipient(street=None, title=None)])


def _sender() -> Sender:
    return Sender(
        Letterhead(LONG_OFFICE),
        f"{LONG_OFFICE} · Bochumer Straße 86 · 45886 Gelsenkirchen",
        "Dr. Miriam Hoffmann",
        "Leiterin der Geschäftsstelle",
    )


def test_address_block_lies_inside_the_din_5008_field_and_office_name_is_whole():
    recipient = _recipient()
    letter = Letter(
        recipient.address_lines(),
        "Einladung: Netzwerktreffen",
        [para("Text.")],
        salutation=recipient.greeting,
        info=[("Datum", "2. Dezember 2026")],
    )
    pdf = letters_pdf([letter, letter], _sender(), "Einladungen")
    found = fragments(pdf)
    left, right = ADDRESS_FIELD_LEFT, ADDRESS_FIELD_LEFT + ADDRESS_FIELD_WIDTH
    top, bottom = 842 - ADDRESS_FIELD_TOP, 842 - ADDRESS_FIELD_TOP - ADDRESS_FIELD_HEIGHT
    for expected in ("Frau Prof. Dr. Ayşe Öztürk-Schäfer", "Rathausplatz 1", "45127 Essen"):
        hits = [f for f in found if f.text == expected]
        assert len(hits) == 2, expected  # once in each letter
        for f in hits:
            assert left <= f.x and f.x + text_width(f) <= right, (expected, f.x / MM)
            assert bottom <= f.y <= top - 17.7 * MM, (expected, f.y / MM)
    returns = [f for f in found if "Bochumer Straße 86" in f.text]
    assert returns and all(top - 17.7 * MM <= f.y <= top and f.x + text_width(f) <= right for f in returns)
    text = " ".join(f.text for f in found if f.page == 0)
    assert "Nordrhein-Westfalen" in text and "…" not in text
    assert "Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer," in text
    assert all(f.x >= 10 * MM and f.y >= 10 * MM for f in found)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # one page each, no page numbers
    assert "Seite" not in reader.pages[0].extract_text()
    assert reader.metadata.author == LONG_OFFICE


def test_long_letter_numbers_its_own_pages_and_keeps_closing_with_text():
    body = [para(f"Absatz {n}: " + "Wort " * 60) for n in range(14)]
    pdf = letters_pdf(
        [Letter(["Herrn Łukasz Żółć", "Hauptstraße 1", "44135 Dortmund"], "Betreff", body)] * 2, _sender(), "Briefe"
    )
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 4
    assert "Seite 2 von 2" in pages[1].extract_text() and "Seite 1 von 2" in pages[2].extract_text()
    closing_page = pages[1].extract_text()
    assert "Mit freundlichen Grüßen" in closing_page and "Absatz 13" in closing_page


def test_letters_command_writes_one_pdf_for_a_mailing_list(demo_db_path, tmp_path):
    from tests.cli_support import call_cli

    target = tmp_path / "einladungen.pdf"
    result = call_cli(
        "--db", str(demo_db_path), "letters", "--event", "22", "--list", "Gebietsbeauftragte", "--out", str(target)
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    first = reader.pages[0].extract_text()
    assert "Einladung:" in first and ("Sehr geehrte" in first or "Guten Tag" in first)
    unknown = call_cli(
        "--db",
        str(demo_db_path),
        "letters",
        "--event",
        "22",
        "--list",
        "Gibt es nicht",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert unknown.returncode == 1 and "Verteiler" in unknown.stderr and not (tmp_path / "x.pdf").exists()
