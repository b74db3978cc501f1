"""Importing a signed-in list: matching by e-mail then name, errors by row, all-or-nothing — with
the kinds of files offices really produce."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from events_fixtures import build_scene
from member_data import as_typed_text
from sqlalchemy import func, select

from model.core.entities import AuditEntry, Event, Person, Registration
from model.core.errors import UserError
from model.events.participants import register_people, registration_rows
from model.importing.attendance_import import import_attendance
from model.importing.outcome import ERROR, NEW, UNCHANGED, UPDATE, ImportFailed

NOW = dt.datetime(2027, 3, 4, 14)


def write_xlsx(path, rows, title_rows=()):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in [*title_rows, *rows]:
        sheet.append(list(row))
    as_typed_text(sheet)
    workbook.save(path)
    return path


def _statuses(db, event_id) -> dict[str, tuple[str, int | None]]:
    return {r.last_name: (r.status, r.attended_minutes) for r in registration_rows(db, event_id)}


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def scene(db):
    scene = build_scene(db, capacity=None)
    register_people(db, scene.event_id, scene.people[:4], now=dt.datetime(2027, 1, 10))
    return scene


def test_a_typical_sign_in_list(db, scene, tmp_path):
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        [
            ("Nr.", "Name", "Institution", "E-Mail", "Anwesend", "Minuten"),
            (1, "Yılmaz, Ayşe", "Stadt Bochum", " AYSE.Yilmaz@bochum.example ", "x", None),
            (2, "Lukasz Zolc", "Gelsenkirchen", None, "X", 90),  # no e-mail: matched by folded name
            (None, None, None, None, None, None),  # an empty line in between
            (3, "Schulte,\u00a0Jana", None, None, None, None),  # registered, not signed: absent
            (4, "Klein, Peter", "Stadt Bochum", None, "ja", None),  # known, not registered: now present
            (5, "Yılmaz, Ayşe", None, None, "x", None),  # signed twice
        ],
        title_rows=[("Anwesenheitsliste Netzwerktreffen März 2027",), ("Bochum, 04.03.2027",), ()],
    )
    report = import_attendance(db, path, event_id=scene.event_id, now=NOW)
    assert report.written and report.header_row == 4
    assert [(o.row, o.status) for o in report.rows] == [
        (5, UPDATE),
        (6, UPDATE),
        (8, UPDATE),
        (9, NEW),
        (10, "mögliches Duplikat"),
    ]
    assert _statuses(db, scene.event_id) == {
        "Yılmaz": ("teilgenommen", None),
        "Żółć": ("teilgenommen", 90),
        "Schulte": ("nicht erschienen", None),
        "Becker": ("angemeldet", None),
        "Klein": ("teilgenommen", None),
    }
    with db.session() as s:
        assert s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "Anwesenheit importiert")).startswith(
            "liste.xlsx"
        )
    # The same list again changes nothing.
    again = import_attendance(db, path, event_id=scene.event_id, now=NOW)
    assert {o.status for o in again.rows} <= {UNCHANGED, "mögliches Duplikat"}


def test_unknown_people_are_errors_with_row_numbers_and_nothing_is_written(db, scene, tmp_path):
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        [
            ("Vorname", "Nachname", "E-Mail", "Organisation"),
            ("Ayşe", "Yılmaz", None, None),
            ("Ruth", "Altmann", "ruth.altmann@hamm.example", "Stadt Bochum"),
            ('=HYPERLINK("http://x")', "Wagner", None, None),
        ],
    )
    with pytest.raises(ImportFailed) as info:
        import_attendance(db, path, event_id=scene.event_id, now=NOW)
    message = str(info.value)
    assert "nichts wurde geändert" in message and "Zeile 3" in message and "Altmann" in message
    assert "(und 1 weitere Fehler)" in message
    assert _statuses(db, scene.event_id)["Yılmaz"] == ("angemeldet", None)

    report = import_attendance(db, path, event_id=scene.event_id, raise_errors=False, now=NOW)
    assert not report.written and [e.row for e in report.errors] == [3, 4]

    people_before = _count(db, Person)
    report = import_attendance(db, path, event_id=scene.event_id, create_missing=True, now=NOW)
    assert report.written and report.count(NEW) == 2
    assert _count(db, Person) == people_before + 2
    with db.session() as s:
        altmann = s.scalar(select(Person).where(Person.last_name == "Altmann"))
        assert (
            altmann.email == "ruth.altmann@hamm.example"
            and altmann.organisation_id == scene.organisations["Stadt Bochum"]
        )
        formula = s.scalar(select(Person.first_name).where(Person.last_name == "Wagner"))
    assert formula == '=HYPERLINK("http://x")'  # text, exactly as typed, never evaluated
    assert _statuses(db, scene.event_id)["Altmann"] == ("teilgenommen", None)


def test_dry_run_reports_but_writes_nothing(db, scene, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [("E-Mail", "Name"), ("t.becker@dortmund.example", "Becker")])
    report = import_attendance(db, path, event_id=scene.event_id, dry_run=True, now=NOW)
    assert report.dry_run and not report.written and report.count(UPDATE) == 1
    assert "Probelauf" in report.summary()
    assert _statuses(db, scene.event_id)["Becker"] == ("angemeldet", None)


@pytest.mark.parametrize(
    ("rows", "fragment"),
    [
        ([("Name", "Anwesend"), ("Becker, Thomas", "?")], "Zeile 2, Feld »Anwesend«"),
        ([("Name", "Minuten"), ("Becker, Thomas", "anderthalb Stunden")], "Zeile 2, Feld »Minuten«"),
        ([("Name", "Minuten"), ("Becker, Thomas", -30)], "Zeile 2, Feld »Minuten«"),
        ([("Name", "E-Mail"), ("Becker, Thomas", "becker(at)dortmund")], "Zeile 2, Feld »E-Mail«"),
        ([("Name", "E-Mail"), (None, None), (None, "x")], "Zeile 3, Feld »E-Mail«"),
        ([("Name", "Organisation"), (None, "Stadt Bochum")], "Weder Name noch E-Mail"),
    ],
)
def test_bad_cells_name_row_and_field(db, scene, tmp_path, rows, fragment):
    path = write_xlsx(tmp_path / "liste.xlsx", rows)
    with pytest.raises(ImportFailed, match="Zeile") as info:
        import_attendance(db, path, event_id=scene.event_id, now=NOW)
    assert fragment in str(info.value)


def test_ambiguous_names_need_an_email_unless_one_is_registered(db, scene, tmp_path):
    with db.writing() as s:
        for first in ("Peter", "Peter"):
            s.add(Person(first_name=first, last_name="Klein", search_key="peter | klein"))
    path = write_xlsx(tmp_path / "liste.xlsx", [("Vorname", "Nachname"), ("Peter", "Klein")])
    with pytest.raises(ImportFailed, match="mehrdeutig"):
        import_attendance(db, path, event_id=scene.event_id, now=NOW)
    register_people(db, scene.event_id, [scene.people[5]], now=dt.datetime(2027, 1, 11))
    report = import_attendance(db, path, event_id=scene.event_id, now=NOW)
    assert report.written and _statuses(db, scene.event_id)["Klein"] == ("teilgenommen", None)


def test_partial_minutes_from_a_time_cell(db, scene, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [("Name", "Dauer"), ("Schulte, Jana", dt.time(1, 30))])
    import_attendance(db, path, event_id=scene.event_id, now=NOW)
    assert _statuses(db, scene.event_id)["Schulte"] == ("teilgenommen", 90)


def test_files_that_are_not_lists(db, scene, tmp_path):
    csv = tmp_path / "liste.xlsx"
    csv.write_text("Name;E-Mail\nBecker;t.becker@dortmund.example\n", encoding="utf-8")
    with pytest.raises(UserError, match="keine Excel-Arbeitsmappe"):
        import_attendance(db, csv, event_id=scene.event_id)

    broken = tmp_path / "kaputt.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hallo.txt", "kein Excel")
    with pytest.raises(UserError, match=r"kaputt\.xlsx"):
        import_attendance(db, broken, event_id=scene.event_id)

    with pytest.raises(UserError, match="gibt es nicht"):
        import_attendance(db, tmp_path / "fehlt.xlsx", event_id=scene.event_id)

    no_header = write_xlsx(tmp_path / "ohne.xlsx", [("Becker", "Thomas"), ("Schulte", "Jana")])
    with pytest.raises(UserError, match="Überschriftenzeile"):
        import_attendance(db, no_header, event_id=scene.event_id)

    empty = write_xlsx(tmp_path / "leer.xlsx", [])
    with pytest.raises(UserError, match=r"Tabellenblatt »Sheet« in leer\.xlsx ist leer"):
        import_attendance(db, empty, event_id=scene.event_id)

    header_only = write_xlsx(tmp_path / "kopf.xlsx", [("Vorname", "Nachname", "E-Mail")])
    with pytest.raises(ImportFailed, match="keine Zeilen"):
        import_attendance(db, header_only, event_id=scene.event_id)
    assert {s for s, _ in _statuses(db, scene.event_id).values()} == {"angemeldet"}


def test_event_must_exist_and_not_be_cancelled(db, scene, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [("Name", "E-Mail"), ("Becker", "t.becker@dortmund.example")])
    with pytest.raises(UserError, match="gibt es nicht"):
        import_attendance(db, path, event_id=9999)
    with pytest.raises(UserError, match="--event"):
        import_attendance(db, path, event_id=None)
    with db.writing() as s:
        s.get(Event, scene.event_id).status = "abgesagt"
    with pytest.raises(UserError, match="abgesagt"):
        import_attendance(db, path, event_id=scene.event_id)


def test_too_long_names_for_new_people_are_errors(db, scene, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [("Vorname", "Nachname"), ("A" * 150, "Lang")])
    report = import_attendance(db, path, event_id=scene.event_id, create_missing=True, raise_errors=False)
    assert [o.status for o in report.rows] == [ERROR] and "zu lang" in report.errors[0].message
    assert _count(db, Registration) == 4


def test_a_list_after_the_event_is_written_in_bulk_with_the_usual_audit_and_versions(db, scene, tmp_path):
    from model.events.attendance import set_attendance

    rows = registration_rows(db, scene.event_id)
    before = {r.id: r for r in rows}
    with db.session() as s:
        versions = {
            r.id: r.version for r in s.scalars(select(Registration).where(Registration.event_id == scene.event_id))
        }
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        [("Vorname", "Nachname", "Anwesend", "Minuten")]
        + [(r.first_name, r.last_name, "x", 60 if index == 0 else None) for index, r in enumerate(rows[:2])]
        + [(r.first_name, r.last_name, "nein", None) for r in rows[2:3]],
    )
    import_attendance(db, path, event_id=scene.event_id, now=NOW)
    with db.session() as s:
        stored = {r.id: r for r in s.scalars(select(Registration).where(Registration.event_id == scene.event_id))}
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "registration", AuditEntry.entity_id.in_(list(before)))
        ).all()
    first, second, third = rows[:3]
    assert (stored[first.id].status, stored[first.id].attended_minutes) == ("teilgenommen", 60)
    assert (stored[second.id].status, stored[second.id].attended_minutes) == ("teilgenommen", None)
    assert stored[third.id].status == "nicht erschienen"
    assert all(stored[r.id].version == versions[r.id] + 1 for r in rows[:3])
    summaries = {(e.entity_id, e.action, e.summary) for e in entries}
    assert (first.id, "status", f"Status {first.status} → teilgenommen") in summaries
    assert (first.id, "Anwesenheit", "Anwesend 60 Minuten") in summaries
    assert all(e.os_user and e.at for e in entries)
    set_attendance(db, first.id, "teilgenommen", 30, now=NOW)  # the ORM sees the new version
    assert _statuses(db, scene.event_id)[first.last_name] == ("teilgenommen", 30)
