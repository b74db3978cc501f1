"""Sign-in sheets that hold up in an audit, and address labels on 3475/3422 stock."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from model.reporting.meeting_data import MeetingData, MeetingEvent, Participant, attends_online
from reports.address_labels import INSET_X, address_labels_pdf
from reports.label_stock import ADDRESS_STOCK
from reports.meeting_pack import ONLINE_HEADING, SIGN_IN, PackOptions, meeting_pack_pdf
from reports.pdf import Letterhead
from tests.pdf_inspect import MM, fragments


def _event(**changes) -> MeetingEvent:
    values = dict(
        id=1,
        kind="Fortbildung",
        title="Klimaanpassung im Quartier",
        topic=None,
        starts_at=dt.datetime(2027, 3, 17, 9),
        ends_at=dt.datetime(2027, 3, 17, 16),
        format="Präsenz",
        venue="Rathaus Essen",
        venue_address=None,
        online_link=None,
        host=None,
        status="geplant",
        responsible=None,
        description=None,
        registration_deadline=None,
        working_group=None,
        accredited_chambers=(),
    )
    values.update(changes)
    return MeetingEvent(**values)


def _person(n: int, last: str, online: bool = False, chamber: str | None = None, number: str | None = None):
    return Participant(
        person_id=n,
        salutation="Frau",
        title=None,
        first_name="Ayşe",
        last_name=last,
        function=None,
        organisation="Stadt Essen",
        role="Teilnahme",
        status="angemeldet",
        chamber=chamber,
        chamber_number=number,
        online=online,
    )


def _text(event: MeetingEvent, people: list[Participant], **options) -> str:
    pdf = meeting_pack_pdf(
        MeetingData(event, [], people),
        Letterhead("Geschäftsstelle Städtenetz"),
        PackOptions(sections=(SIGN_IN,), blank_rows=2, **options),
    )
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_accredited_event_has_prefilled_membership_numbers():
    text = _text(_event(accredited_chambers=("AKNW",)), [_person(1, "Yılmaz", chamber="AKNW", number="142657")])
    assert "Kammer, Mitgliedsnr." in text and "AKNW 142657" in text
    assert "Kammer, Mitgliedsnr." not in _text(_event(), [_person(1, "Yılmaz")])


def test_multi_day_event_has_a_signature_column_per_day():
    event = _event(starts_at=dt.datetime(2027, 3, 17, 9), ends_at=dt.datetime(2027, 3, 19, 13))
    text = _text(event, [_person(1, "Yılmaz")])
    for day in ("Mi 17.03.", "Do 18.03.", "Fr 19.03."):
        assert day in text
    assert "an jedem Tag" in text


def test_online_participants_are_listed_apart_without_signature_boxes():
    event = _event(format="Hybrid")
    text = _text(event, [_person(1, "Im Raum"), _person(2, "Zugeschaltet", online=True)])
    assert ONLINE_HEADING in text
    assert text.index("Zugeschaltet") > text.index(ONLINE_HEADING) > text.index("Im Raum")
    assert attends_online("Hybrid", "Online") and not attends_online("Hybrid", None)
    assert not attends_online("Hybrid", "Präsenz")
    assert attends_online("Online", None) and not attends_online("Präsenz", "Online")


def test_confirmation_line_and_privacy_note_with_retention_and_rights():
    text = _text(_event(), [_person(n, f"Person{n}") for n in range(1, 40)], retention_years=7)
    assert "Name der/des Verantwortlichen" in text and "Datum" in text
    assert "7 Jahre" in text and "Art. 15–21 DSGVO" in text and "Art. 6 Abs. 1" in text
    assert "Zweck" in text


@pytest.mark.parametrize("code", sorted(ADDRESS_STOCK))
def test_address_labels_lie_inside_their_labels(code):
    stock = ADDRESS_STOCK[code]
    addresses = [
        [
            "Müller & Söhne <GmbH> Stadtentwicklungsgesellschaft für das Ruhrgebiet mbH",
            "Frau Prof. Dr. Ayşe Öztürk-Schäfer",
            "Rathausplatz 1",
            "45127 Essen",
        ]
    ] * 30
    pdf = address_labels_pdf(addresses, code, "Geschäftsstelle")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    rectangles = [(*stock.origin(i), stock.width, stock.height) for i in range(stock.per_sheet)]
    found = fragments(pdf)
    assert sum("Öztürk-Schäfer" in f.text for f in found) == 30
    for f in found:
        assert any(
            r[0] + INSET_X - 0.5 <= f.x
            and f.x + f.width <= r[0] + r[2] - INSET_X + 0.5
            and r[1] <= f.y - 0.25 * f.size
            and f.y + f.size <= r[1] + r[3]
            for r in rectangles
        ), f
    assert abs(stock.width / MM - 70) < 0.5 and stock.columns * stock.rows == 24


def test_labels_command_for_all_member_contacts(demo_db_path, tmp_path):
    from tests.cli_support import call_cli

    target = tmp_path / "etiketten.pdf"
    result = call_cli("--db", str(demo_db_path), "labels", "--members", "--stock", "3422", "--out", str(target))
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[0])
    assert count > 24 and len(PdfReader(target).pages) == -(-count // 24)
