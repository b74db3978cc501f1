"""The command line for excursions: the travel pack via meeting-pack, the participant export."""

from __future__ import annotations

import io

from cli_support import call_cli
from openpyxl import load_workbook
from pypdf import PdfReader
from trip_data import study_trip


def test_meeting_pack_of_an_excursion_is_the_travel_pack_and_export_has_room_and_payment(sqlite_db, tmp_path):
    event_id, _ = study_trip(sqlite_db)
    sqlite_db.dispose()
    pdf_path = tmp_path / "reise.pdf"
    result = call_cli("--db", str(sqlite_db.path), "meeting-pack", "--event", str(event_id), "--out", str(pdf_path))
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    for section in ("Reiseprogramm", "Teilnehmende", "Zimmerliste", "Kosten"):
        assert section in text
    assert "Müller & Söhne <GmbH>" in text and "Żółć, Łukasz" in text

    xlsx = tmp_path / "teilnehmende.xlsx"
    result = call_cli("--db", str(sqlite_db.path), "export", "participants", "--event", str(event_id), str(xlsx))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(xlsx).active
    headers = [c.value for c in sheet[3]]
    for header in (
        "Zimmer",
        "Zimmerpartner/in",
        "Telefon (Reise)",
        "Betrag fällig",
        "Gezahlt",
        "Offen",
        "Zahlungsstatus",
    ):
        assert header in headers
    rows = {
        r[headers.index("Nachname")]: dict(zip(headers, r, strict=True))
        for r in sheet.iter_rows(min_row=4, values_only=True)
    }
    assert rows["Yılmaz"]["Zimmerpartner/in"] == "Jana Schulte" and rows["Yılmaz"]["Zahlungsstatus"] == "bezahlt"
    assert rows["Żółć"]["Betrag fällig"] == 510 and rows["Żółć"]["Offen"] == 360
    assert rows["Hoffmann"]["Status"] == "Warteliste"
