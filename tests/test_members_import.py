"""Excel import of people and organisations: real office lists, nasty files, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from member_data import build_network, workbook
from sqlalchemy import func, select

from model.core.entities import AuditEntry, Membership, Organisation, Person
from model.core.errors import Cancelled, UserError
from model.importing.import_rows import column_titles, header_at
from model.importing.organisation_import import import_organisations, read_organisation_file
from model.importing.outcome import DUPLICATE, ERROR, NEW, UNCHANGED, UPDATE, ImportFailed
from model.importing.person_import import FIELDS, import_persons, preview_persons, read_person_file, split_full_name


def _count(db, model=Person) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


OFFICE_LIST = [
    ["Teilnehmendenliste Netzwerktreffen März"],
    ["Stand: 01.03.2025", None, None],
    [],
    ["  E-Mail ", "Nachname", "Vorname", "Anrede", "Titel", "Kommune", "Funktion", "Telefon", "PLZ", "Bemerkung"],
    [
        "anna.schmidt@herne.de",
        " Schmidt ",
        "Anna",
        "Frau",
        None,
        "Stadt Herne",
        "Quartiersmanagerin",
        2323160,
        4462,
        "=SUMME(A1:A3)",
    ],
    [
        "A.YILMAZ@gelsenkirchen.de",
        "Yılmaz",
        "Ayşe",
        "Frau",
        None,
        "Gelsenkirchen",
        "Gebietsbeauftragte Bismarck",
        None,
        None,
        None,
    ],
    [None, "Mueller", "Hans", "Herr", None, "Stadt Gelsenkirchen", None, None, None, None],
    ["n.nguyen@example.org", "Nguyễn", "Thị Lan", None, "Dr.", "Müller & Söhne <GmbH>", None, None, None, "+49 201 1"],
    [None, None, None, None, None, None, None, None, None, None],
]


def test_preview_detects_header_statuses_and_writes_nothing(db, tmp_path):
    build_network(db)
    path = workbook(tmp_path / "Teilnehmende.xlsx", OFFICE_LIST)
    data, header = read_person_file(path)
    assert header.excel_row == 4
    assert header.mapping == {
        0: "email",
        1: "last_name",
        2: "first_name",
        3: "salutation",
        4: "title",
        5: "organisation",
        6: "function",
        7: "phone",
        8: "postcode",
        9: "notes",
    }
    assert column_titles(data, header)[0] == "E-Mail"
    before = _count(db)
    report = preview_persons(db, data, header)
    assert [(o.row, o.status) for o in report.rows] == [(5, NEW), (6, UPDATE), (7, DUPLICATE), (8, NEW)]
    assert "Organisation »Stadt Herne« wird angelegt" in report.rows[0].note
    assert "Funktion" in report.rows[1].note
    assert "Hans Müller" in report.rows[2].note and "nicht übernommen" in report.rows[2].note
    assert report.created == ["Stadt Herne"]
    assert not report.errors and not report.written
    assert _count(db) == before


def test_import_writes_everything_in_one_go(db, tmp_path):
    net = build_network(db)
    path = workbook(tmp_path / "Teilnehmende.xlsx", OFFICE_LIST)
    report = import_persons(db, path)
    assert report.written and report.count(NEW) == 2 and report.count(UPDATE) == 1
    assert report.summary() == (
        "Personen: 2 neu übernommen; 1 aktualisiert; 1 mögliches Duplikat nicht übernommen: "
        "Zeile 7 Hans Mueller ähnelt Hans Müller (Stadt Gelsenkirchen)."
    )
    with db.session() as s:
        anna = s.scalars(select(Person).where(Person.last_name == "Schmidt")).one()
        assert (anna.first_name, anna.salutation, anna.postcode, anna.phone) == ("Anna", "Frau", "04462", "2323160")
        assert anna.notes == "=SUMME(A1:A3)"  # text stays text
        herne = s.get(Organisation, anna.organisation_id)
        assert (herne.name, herne.kind, herne.ags) == ("Stadt Herne", "Kommune", "05916000")
        assert "anna | schmidt | stadt herne" in anna.search_key
        ayse = s.get(Person, net.people["ayse"])
        assert ayse.function == "Gebietsbeauftragte Bismarck"
        assert ayse.email == "A.YILMAZ@gelsenkirchen.de"  # exactly as typed
        assert ayse.chamber_number == "A-123"  # empty cells never clear stored data
        assert ayse.version == 2
        nguyen = s.scalars(select(Person).where(Person.first_name == "Thị Lan")).one()
        assert nguyen.organisation_id == net.orgs["Müller & Söhne <GmbH>"] and nguyen.title == "Dr."
        assert s.scalar(select(func.count()).where(Person.last_name == "Mueller")) == 1  # the duplicate was left out
        actions = set(s.scalars(select(AuditEntry.action)))
        assert {"importiert", "per Import aktualisiert", "Personenimport"} <= actions
        change = s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity_id == ayse.id, AuditEntry.action == "per Import aktualisiert"
            )
        ).one()
        assert json.loads(change)["Funktion"] == [None, "Gebietsbeauftragte Bismarck"]


def test_duplicates_can_be_imported_on_request(db, tmp_path):
    build_network(db)
    path = workbook(tmp_path / "Liste.xlsx", OFFICE_LIST)
    before = _count(db)
    report = import_persons(db, path, import_duplicates=True)
    assert _count(db) == before + 3
    assert "1 mögliches Duplikat als neu übernommen: Zeile 7 Hans Mueller ähnelt" in report.summary()


def test_summary_says_that_suspected_duplicates_were_left_out(db, tmp_path):
    """The CLI prints the summary: it must not claim the left-out duplicates were imported."""
    build_network(db)
    path = workbook(tmp_path / "Liste.xlsx", OFFICE_LIST)
    summary = import_persons(db, path).summary()
    assert "1 mögliches Duplikat nicht übernommen: Zeile 7 Hans Mueller ähnelt Hans Müller" in summary
    assert summary.startswith("Personen: 2 neu übernommen;")
    dry = import_persons(db, path, dry_run=True).summary()
    assert (
        dry.startswith("Personen (Probelauf, nichts geschrieben):")
        and "1 mögliches Duplikat würde nicht übernommen" in dry
    )


def test_dry_run_writes_nothing(db, tmp_path):
    build_network(db)
    path = workbook(tmp_path / "Liste.xlsx", OFFICE_LIST)
    before = (_count(db), _count(db, Organisation), _count(db, AuditEntry))
    report = import_persons(db, path, dry_run=True)
    assert report.count(NEW) == 2 and not report.written
    assert (_count(db), _count(db, Organisation), _count(db, AuditEntry)) == before


def test_one_bad_row_stops_the_whole_import_naming_row_and_field(db, tmp_path):
    build_network(db)
    rows = [row[:] for row in OFFICE_LIST]
    rows[7][0] = "nguyen(at)example.org"
    path = workbook(tmp_path / "Liste.xlsx", rows)
    before = (_count(db), _count(db, Organisation))
    with pytest.raises(ImportFailed) as info:
        import_persons(db, path)
    message = str(info.value)
    assert "Zeile 8" in message and "»E-Mail«" in message and "nichts wurde geändert" in message
    assert "\n" not in message
    assert (_count(db), _count(db, Organisation)) == before
    assert info.value.report.rows[-1].status == ERROR


def test_two_rows_with_one_email_are_an_error(db, tmp_path):
    path = workbook(
        tmp_path / "Liste.xlsx",
        [
            ["Vorname", "Nachname", "E-Mail"],
            ["Anna", "Schmidt", "anna@herne.de"],
            ["Anne", "Schmidt", " ANNA@herne.de "],
        ],
    )
    with pytest.raises(ImportFailed, match=r"Zeile 3.*schon in Zeile 2"):
        import_persons(db, path)


def test_english_headers_any_order_and_full_names(db, tmp_path):
    path = workbook(
        tmp_path / "contacts.xlsx",
        [
            ["Organization", "Full name", "Email address", "Job title", "Phone number"],
            ["City of Rotterdam", "Dr. Jonas van der Berg", "j.vdberg@rotterdam.nl", "Urban planner", "+31 10 1"],
            ["ILS", "Schulte, Jana", "j.schulte@ils.de", None, None],
            ["  ", "Frau Łucja   Żak", None, None, None],
        ],
    )
    report = import_persons(db, path)
    assert report.count(NEW) == 3
    with db.session() as s:
        people = {p.last_name: p for p in s.scalars(select(Person))}
        assert (people["van der Berg"].first_name, people["van der Berg"].title) == ("Jonas", "Dr.")
        assert people["Schulte"].first_name == "Jana"
        assert (people["Żak"].first_name, people["Żak"].salutation, people["Żak"].organisation_id) == (
            "Łucja",
            "Frau",
            None,
        )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ayşe Yılmaz", ("Ayşe", "Yılmaz", None)),
        ("Yılmaz, Ayşe", ("Ayşe", "Yılmaz", None)),
        ("Prof. Dr. Anna Maria Schulz", ("Anna Maria", "Schulz", "Prof. Dr.")),
        ("Schulz", (None, "Schulz", None)),
        ("Herr Dr.-Ing. Łukasz Żółć", ("Łukasz", "Żółć", "Dr.-Ing.")),
    ],
)
def test_full_names_are_split(text, expected):
    parts = split_full_name(text)
    assert (parts["first_name"], parts["last_name"], parts["title"]) == expected


def test_changed_header_row_and_mapping(db, tmp_path):
    path = workbook(
        tmp_path / "Liste.xlsx",
        [
            ["Kontakt", "Dienststelle", "Elektronische Post"],
            ["Ayşe Yılmaz", "Gelsenkirchen", "a@b.de"],
        ],
    )
    data, header = read_person_file(path)
    assert header.mapping == {0: "full_name", 1: "organisation"}
    with pytest.raises(ImportFailed, match="Zeile 1"):
        import_persons(db, path, mapping={1: "organisation"})  # no name column
    report = import_persons(db, path, mapping={0: "full_name", 1: "organisation", 2: "email"})
    assert report.count(NEW) == 1
    with db.session() as s:
        assert s.scalar(select(Person.email)) == "a@b.de"
    assert header_at(data, 2, FIELDS).mapping == {}  # a data row as header maps nothing


def test_unchanged_rows_when_importing_an_export(db, tmp_path):
    from reports.member_lists import export_persons

    build_network(db)
    export_persons(db, tmp_path / "export.xlsx")
    report = import_persons(db, tmp_path / "export.xlsx", dry_run=True)
    assert report.count(UNCHANGED) == 4  # everyone with an email
    assert report.count(DUPLICATE) == 1  # Hans Mueller has none: only his name is known
    assert not report.errors


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"Vorname;Nachname\nAnna;Schmidt\n", "keine Excel-Arbeitsmappe"),
        (b"", "keine Excel-Arbeitsmappe"),
        (b"PK\x03\x04kaputt", "Excel"),
        ("Vorname\tNachname\n".encode("utf-16"), "keine Excel-Arbeitsmappe"),
    ],
)
def test_files_that_are_no_workbook_get_a_clear_message(db, tmp_path, content, fragment):
    path = tmp_path / "Liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=fragment):
        import_persons(db, path)


def test_entity_declarations_are_refused(db, tmp_path):
    """A workbook with an XML entity (billion laughs / external entity) is not parsed."""
    path = workbook(tmp_path / "boese.xlsx", [["Vorname", "Nachname"], ["Anna", "Schmidt"]])
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(evil, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY lol "lollollol">]>' + content
                assert b"<!ENTITY" in content
            target.writestr(item, content)
    with pytest.raises(UserError):
        import_persons(db, evil)
    assert _count(db) == 0


def test_a_list_without_known_headers_or_rows(db, tmp_path):
    with pytest.raises(UserError, match="Überschriftenzeile"):
        import_persons(db, workbook(tmp_path / "a.xlsx", [["Spalte 1", "Spalte 2"], ["x", "y"]]))
    report = import_persons(db, workbook(tmp_path / "b.xlsx", [["Vorname", "Nachname"]]))
    assert report.rows == [] and report.written


def test_cancel_stops_before_writing(db, tmp_path):
    path = workbook(tmp_path / "Liste.xlsx", [["Vorname", "Nachname"], *([f"Anna{i}", "Schmidt"] for i in range(600))])
    with pytest.raises(Cancelled):
        import_persons(db, path, cancelled=lambda: True)
    assert _count(db) == 0


def test_organisation_import_matches_by_ags_and_name_and_adds_memberships(db, tmp_path):
    net = build_network(db)
    path = workbook(
        tmp_path / "Mitglieder.xlsx",
        [
            ["Mitgliederliste 2025"],
            ["Kommune", "AGS", "Mitglied seit", "Mitgliedschaft", "Internet"],
            ["Gelsenkirchen", None, 2004, "Mitglied", "https://www.gelsenkirchen.de"],
            ["Köln", "05315000", dt.datetime(2025, 1, 1), "Mitglied", None],
            ["Stadt Herne", None, "01.01.2024", "ja", None],
            ["Müller & Söhne <GmbH>", None, None, None, '=HYPERLINK("x")'],
        ],
    )
    _data, header = read_organisation_file(path)
    assert header.excel_row == 2
    report = import_organisations(db, path)
    assert [(o.row, o.status) for o in report.rows] == [(3, UPDATE), (4, UPDATE), (5, NEW), (6, UPDATE)]
    with db.session() as s:
        gelsenkirchen = s.get(Organisation, net.orgs["Stadt Gelsenkirchen"])
        assert gelsenkirchen.name == "Stadt Gelsenkirchen"  # not renamed to the list's short form
        assert gelsenkirchen.website == "https://www.gelsenkirchen.de"
        assert s.scalar(select(func.count()).where(Membership.organisation_id == gelsenkirchen.id)) == 1
        cologne = s.scalars(
            select(Membership).where(
                Membership.organisation_id == net.orgs["Stadt Köln"], Membership.type == "Mitglied"
            )
        ).one()
        assert cologne.since == dt.date(2025, 1, 1)
        herne = s.scalars(select(Organisation).where(Organisation.name == "Stadt Herne")).one()
        assert herne.ags == "05916000" and herne.kind == "Kommune" and herne.postcode
        assert s.get(Organisation, net.orgs["Müller & Söhne <GmbH>"]).website == '=HYPERLINK("x")'


def test_organisation_import_errors_name_row_and_field(db, tmp_path):
    path = workbook(
        tmp_path / "Mitglieder.xlsx",
        [
            ["Name", "Art", "AGS", "PLZ"],
            ["Stadt Herne", "Kommune", "05916000", "44623"],
            ["Kreis Unna", "Landkreis?", None, None],
        ],
    )
    with pytest.raises(ImportFailed, match="Zeile 3, Feld »Art«"):
        import_organisations(db, path)
    assert _count(db, Organisation) == 0
    path = workbook(tmp_path / "m2.xlsx", [["Name", "AGS"], ["Stadt Herne", "0591600"]])
    with pytest.raises(ImportFailed, match="Zeile 2, Feld »AGS«"):
        import_organisations(db, path)
