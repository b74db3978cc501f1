"""Registrations from Microsoft Forms (.xlsx) and LimeSurvey (.csv) exports."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import make_event
from openpyxl import Workbook

import main
from model.core.entities import Person, Registration
from model.core.errors import UserError
from model.importing.form_registrations import (
    detect_header,
    import_registrations,
    remember_mapping,
)
from model.importing.report_files import read_table

# Microsoft Forms' Excel export: its own columns first, then one column per question.
FORMS_HEADER = [
    "ID",
    "Startzeit",
    "Fertigstellungszeit",
    "E-Mail",
    "Name",
    "Zeitpunkt der letzten Änderung",
    "Vorname",
    "Nachname",
    "Ihre E-Mail-Adresse",
    "Organisation",
    "Ich willige ein, Einladungen per E-Mail zu erhalten.",
]


def _forms_export(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(FORMS_HEADER)
    for number, (completed, first, last, email, organisation, consent) in enumerate(rows, start=1):
        sheet.append(
            [
                number,
                completed - dt.timedelta(minutes=3),
                completed,
                "anonymous",
                "",
                None,
                first,
                last,
                email,
                organisation,
                consent,
            ]
        )
    book.save(path)
    return path


@pytest.fixture
def event(db):
    with db.writing() as s:
        s.add(
            Person(
                salutation="Frau",
                first_name="Ayşe",
                last_name="Yılmaz",
                email="ayse.yilmaz@bochum.example",
                search_key="ayse yilmaz",
            )
        )
        s.add(Person(salutation="Herr", first_name="Łukasz", last_name="Żółć", email=None, search_key="lukasz zolc"))
        return make_event(s, capacity=2).id


def test_forms_export_registers_in_completion_order_with_waiting_list(db, event, tmp_path):
    path = _forms_export(
        tmp_path / "Anmeldung.xlsx",
        [
            (
                dt.datetime(2027, 2, 3, 9, 30),
                "Jana",
                "Schulte",
                "jana.schulte@dortmund.example",
                "Stadt Dortmund",
                "Ja",
            ),
            (dt.datetime(2027, 2, 1, 8, 0), "Ayşe", "Yılmaz", "AYSE.YILMAZ@bochum.example", "Stadt Bochum", "Ja"),
            (
                dt.datetime(2027, 2, 2, 12, 0),
                "Łukasz",
                "Żółć",
                "l.zolc@gelsenkirchen.example",
                "Stadt Gelsenkirchen",
                "",
            ),
            (dt.datetime(2027, 2, 4, 7, 0), "Ayşe", "Yılmaz", "ayse.yilmaz@bochum.example", "Stadt Bochum", "Ja"),
        ],
    )
    preview = import_registrations(db, path, event_id=event, dry_run=True)
    notes = {outcome.values["Name"]: outcome.note for outcome in preview.rows}
    assert "bitte prüfen" in notes["Łukasz Żółć"]
    assert "doppelt in Zeile 5 – zusammengeführt" in notes["Ayşe Yılmaz"]
    assert notes["Jana Schulte"] == "neue Person mit Einwilligung"
    with db.session() as s:
        assert s.query(Registration).count() == 0
    report = import_registrations(db, path, event_id=event)
    assert "3 neu angemeldet" in report.summary() and "1 doppelte Zeilen zusammengeführt" in report.summary()
    with db.session() as s:
        rows = {r.person.last_name: (r.status, r.registered_at) for r in s.query(Registration)}
        jana = s.query(Person).filter_by(last_name="Schulte").one()
    assert rows["Yılmaz"] == ("angemeldet", dt.datetime(2027, 2, 1, 8, 0))
    assert rows["Żółć"][0] == "angemeldet"
    assert rows["Schulte"] == ("Warteliste", dt.datetime(2027, 2, 3, 9, 30))
    assert jana.consent_date == dt.date(2027, 2, 3) and "Einladungen" in jana.consent_scope


def test_limesurvey_csv_and_remembered_mapping(db, event, tmp_path):
    path = tmp_path / "results-survey123.csv"
    path.write_text(
        '"id","submitdate","lastpage","startlanguage","Anrede","Vorname","Familienname","Kontakt (dienstlich)","Dienststelle"\n'
        '"1","2027-02-01 10:00:00","2","de","Frau","Miriam","Hoffmann","m.hoffmann@example.org","Müller & Söhne <GmbH>"\n',
        encoding="utf-8",
    )
    header = detect_header(db, read_table(path).rows)
    assert header.mapping[1] == "completed_at" and header.mapping[4] == "salutation"
    assert 7 not in header.mapping  # a question the program cannot guess: the office maps it once
    remember_mapping(db, header.cells, {**header.mapping, 7: "email"})
    assert detect_header(db, read_table(path).rows).remembered
    import_registrations(db, path, event_id=event)
    with db.session() as s:
        miriam = s.query(Person).filter_by(last_name="Hoffmann").one()
        assert (miriam.salutation, miriam.email, miriam.department) == (
            "Frau",
            "m.hoffmann@example.org",
            "Müller & Söhne <GmbH>",
        )
        assert miriam.consent_date is None


def test_bad_row_is_named_and_nothing_is_written(db_path, tmp_path, capsys):
    from model.core.db import open_database

    db = open_database(db_path)
    with db.writing() as s:
        event_id = make_event(s).id
    db.dispose()
    path = _forms_export(
        tmp_path / "f.xlsx",
        [
            (dt.datetime(2027, 2, 1, 8, 0), "Jana", "Schulte", "jana.schulte@dortmund.example", "", "Ja"),
            (dt.datetime(2027, 2, 1, 9, 0), "Tom", "Becker", "tom.becker(at)dortmund", "", "Ja"),
        ],
    )
    assert main.main(["--db", str(db_path), "import", "registrations", str(path), "--event", str(event_id)]) == 1
    err = capsys.readouterr().err
    assert "Zeile 3, Feld »E-Mail«" in err and "nichts wurde geändert" in err
    db = open_database(db_path)
    with db.session() as s:
        assert s.query(Person).count() == 0
    db.dispose()
    with pytest.raises(UserError):
        import_registrations(open_database(db_path), tmp_path / "fehlt.csv", event_id=event_id)
