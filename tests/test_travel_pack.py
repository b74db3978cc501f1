"""The travel pack PDF: cover, Reiseprogramm, Teilnehmende, Zimmerliste, Kosten."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from trip_data import make_people, study_trip

from model.core.entities import Event
from model.core.errors import UserError
from model.excursions import excursions as ex
from reports.travel_pack import travel_pack_pdf

# What the pack prints; its data come from model services that run on both servers in their own tests.
pytestmark = pytest.mark.sqlite_only


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_travel_pack_sections_names_and_payment_status(db):
    event_id, _ = study_trip(db)
    text = pages(travel_pack_pdf(db, event_id))
    assert len(text) == 5
    cover, programme, people, rooms, costs = text
    assert "Studienfahrt Delft & Rotterdam: Stadterneuerung <NL>" in cover
    assert "Delft/Rotterdam, Niederlande" in cover and "Hotel De Plataan, Bagijnhof 16, 2611 AN Delft" in cover
    assert "Seite 1 von 5" in cover
    assert "Reiseprogramm Tag 1 – " in programme
    assert "Tag 2 –" in programme and "Quartiersentwicklung mit Bewohnerinnen & Bewohnern <Rundgang>" in programme
    assert "Teilnehmende" in people and "Żółć, Łukasz" in people and "+48 600 123 456" in people
    assert "Müller & Söhne <GmbH>" in people and "Warteliste" in people and "Hoffmann, Miriam" in people
    assert "vegetarisch" not in " ".join(text) and "Mehmet" not in " ".join(text)  # sensitive details stay out
    assert "Zimmerliste" in rooms and "Yılmaz, Ayşe" in rooms and "2 Doppelzimmer, 1 Einzelzimmer" in rooms
    assert "Noch zu klären" in rooms and "Peter Klein hat niemanden angegeben" in rooms
    assert "Kosten" in costs and "1.770,00 €" in costs and "570,00 €" in costs
    assert "Żółć, Łukasz EZ 510,00 € 150,00 € 360,00 € offen" in costs
    assert "Yılmaz, Ayşe DZ 420,00 € 420,00 € 0,00 € bezahlt" in costs
    assert "beitragsfrei" in costs  # office staff


def test_day_trip_pack_has_no_rooms_page(db):
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=10), dt.time(9))
    event_id = ex.create_excursion(
        db, "Exkursion: Phoenix-See und Hörde", start, start + dt.timedelta(hours=8), "Dortmund"
    )
    people = make_people(db, "Ayşe Yılmaz")
    ex.register_participant(db, event_id, people["Ayşe Yılmaz"])
    text = pages(travel_pack_pdf(db, event_id))
    assert len(text) == 4
    assert "Das Programm steht noch nicht fest." in text[1]
    assert "Ohne Übernachtung: keine Zimmerliste." in text[2]


def test_only_excursions_have_a_travel_pack(db):
    with db.writing() as s:
        event = Event(
            kind="Werkstatt",
            title="Werkstatt",
            starts_at=dt.datetime(2026, 3, 1, 10),
            ends_at=dt.datetime(2026, 3, 1, 16),
        )
        s.add(event)
        s.flush()
        event_id = event.id
    with pytest.raises(UserError, match="keine Exkursion"):
        travel_pack_pdf(db, event_id)


def test_travel_pack_of_every_demo_trip(demo_db):
    for row in ex.trip_overview(demo_db):
        pdf = travel_pack_pdf(demo_db, row.event_id)
        assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) >= 4


def test_personal_information_letters(db):
    from reports.travel_pack import information_letters_pdf

    event_id, people = study_trip(db)
    from model.core.entities import Organisation, Person

    with pytest.raises(UserError, match=r"Adresse fehlt bei 5 Personen: .*Ayşe Yılmaz"):
        information_letters_pdf(db, event_id)
    with db.writing() as s:
        person = s.get(Person, people["Łukasz Żółć"])
        person.salutation, person.street, person.postcode, person.city = "Herr", "Ulica Długa 5", "80-831", "Gdańsk"
        for organisation in s.query(Organisation):
            organisation.street, organisation.postcode, organisation.city = "Rathausplatz 1", "45127", "Essen"
    text = pages(information_letters_pdf(db, event_id))
    assert len(text) == 5  # one letter per seat; the waiting list gets none
    letter = next(page for page in text if "Żółć" in page)
    assert "Herrn Łukasz Żółć Ulica Długa 5 80-831 Gdańsk" in letter  # the person's own address
    ayse_letter = next(page for page in text if "Ayşe Yılmaz" in page)
    assert "Rathausplatz 1 45127 Essen" in ayse_letter  # else the organisation's
    assert "Sehr geehrter Herr Żółć," in letter and "Einzelzimmer" in letter
    assert "davon sind 150,00 € eingegangen" in letter and "offenen Betrag von 360,00 €" in letter
    assert "Personalausweis oder Reisepass" in letter
    ayse = next(page for page in text if "Guten Tag Ayşe Yılmaz," in page)
    assert "Doppelzimmer mit Jana Schulte" in ayse and "vollständig bezahlt" in ayse
    assert "Seite" not in " ".join(text)  # letters to different people carry no running page numbers
    assert not any("Hoffmann" in page for page in text)
