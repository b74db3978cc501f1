"""Invisible control and bidi-override characters never reach the database: a right-to-left
override in a name would make Excel show the name reversed."""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import select

from model.core.entities import Organisation, Person
from model.core.text import strip_invisible
from model.importing.person_import import import_persons
from model.members.persons import PersonData, save_person

RLO = "\u202e"


def test_strip_invisible_keeps_joiners_and_line_breaks_only_where_they_belong():
    assert strip_invisible(f"Ayşe{RLO} Yılmaz\u200b\x00\x1b") == "Ayşe Yılmaz"
    assert strip_invisible("👩\u200d💻 Łukasz\u200cŻółć") == "👩\u200d💻 Łukasz\u200cŻółć"
    assert strip_invisible("Zeile 1\n\tZeile 2\x07", multiline=True) == "Zeile 1\n\tZeile 2"
    assert strip_invisible("Zeile 1\n\tZeile 2") == "Zeile 1Zeile 2"
    assert strip_invisible("Müller & Söhne <GmbH>") == "Müller & Söhne <GmbH>"


def test_a_form_save_stores_the_name_without_the_override(db):
    saved = save_person(
        db,
        PersonData(
            first_name=f"{RLO}Ayşe",
            last_name=f"Yılmaz{RLO}\u2066",
            title="Dr.\u200b",
            notes=f"Erste Zeile\nZweite{RLO} Zeile",
        ),
    )
    with db.session() as s:
        person = s.get(Person, saved.id)
        assert (person.first_name, person.last_name, person.title) == ("Ayşe", "Yılmaz", "Dr.")
        assert person.notes == "Erste Zeile\nZweite Zeile"


def test_every_text_column_is_cleaned_on_its_way_in(db):
    with db.writing() as s:
        s.add(Organisation(name=f"Stadt{RLO} Herne\x00", kind="Kommune", notes="a\nb\x1b"))
    with db.session() as s:
        org = s.scalars(select(Organisation)).one()
        assert (org.name, org.notes) == ("Stadt Herne", "a\nb")


def test_an_import_stores_names_without_the_override(db, tmp_path):
    workbook = Workbook()
    workbook.active.append(("Vorname", "Nachname", "E-Mail"))
    workbook.active.append((f"Ayşe{RLO}", f"{RLO}Yılmaz", "ayse@herne.de"))
    workbook.save(tmp_path / "liste.xlsx")
    import_persons(db, tmp_path / "liste.xlsx")
    with db.session() as s:
        assert s.execute(select(Person.first_name, Person.last_name)).one() == ("Ayşe", "Yılmaz")
