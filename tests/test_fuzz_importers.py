"""Random workbooks into the importers: each ends in a clean import or a clean error.

Header rows mix the importers' own column names (German and English) with junk; cells hold
any type openpyxl can write (numbers, dates, times, durations, booleans, any Unicode, 40,000
characters, formulas, leading + - @ =); there are title rows, empty rows and merged cells,
and some files are damaged (control characters in the sheet's XML, cut off) or no workbook at
all. The property: ``import_*`` returns a report or raises a ``UserError`` (never another
exception); when nothing was written the database is exactly as before; what was written
keeps formula texts as the characters typed.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from member_data import build_network
from openpyxl import Workbook
from sqlalchemy import func, select

from model.core.entities import Base, Organisation, Person
from model.core.errors import UserError
from model.importing.attendance_import import ALIASES as ATTENDANCE_ALIASES
from model.importing.attendance_import import import_attendance
from model.importing.import_rows import alias_table
from model.importing.organisation_import import FIELDS as ORGANISATION_FIELDS
from model.importing.organisation_import import import_organisations
from model.importing.outcome import DUPLICATE, NEW, UPDATE, ImportReport
from model.importing.person_import import FIELDS as PERSON_FIELDS
from model.importing.person_import import import_persons
from model.importing.spreadsheet import clean_text, normalise_header, read_first_sheet

FUZZ = settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

# --- workbooks ---------------------------------------------------------------------------------

# Characters XML 1.0 cannot hold; openpyxl refuses them in cells (IllegalCharacterError).
XML_ILLEGAL = "".join(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32)])
PLACEHOLDER = "\ue000KONTROLLZEICHEN\ue001"

FORMULAS = [
    "=SUMME(A1:A3)",
    "=SUM(A1:A3)",
    '=HYPERLINK("https://example.org/böse";"Klick")',
    '=HYPERLINK("http://x.example","y")',
    "=1+1",
    "=A1",
    '=WENN(A1>0;"ja";"nein")',
    "=cmd|' /C calc'!A0",
    "=-2+3",
    "=+A1",
    "=@A1",
]


def _headers(fields) -> list[str]:
    return [name for item in fields for name in (item.label, item.name, *item.aliases)]


PERSON_HEADERS = _headers(PERSON_FIELDS)
ORGANISATION_HEADERS = _headers(ORGANISATION_FIELDS)
ATTENDANCE_HEADERS = [
    *ATTENDANCE_ALIASES,
    "Vorname",
    "Nachname",
    "E-Mail",
    "Anwesend",
    "Minuten",
    "Unterschrift",
    "Name, Vorname",
    "Organisation",
]
PERSON_ALIASES = alias_table(PERSON_FIELDS)
ORGANISATION_ALIASES = alias_table(ORGANISATION_FIELDS)
PERSON_KEYS = ["Nachname", "Name", "Last name", "Teilnehmer/in", "Familienname"]
ORGANISATION_KEYS = ["Name", "Organisation", "Kommune", "Bezeichnung"]
ATTENDANCE_KEYS = ["Name", "E-Mail", "Nachname", "Teilnehmende", "Mail"]
NOTES_COLUMNS = ["Notizen", "Bemerkung", "Notes", "Anmerkungen"]

any_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=XML_ILLEGAL), max_size=50)
odd_text = st.text(
    st.sampled_from("\t\n\r \u00a0\u200b\u200e\u202e\ufeff\x7f\x85\u2028äß€<>&\"';,.-_=+@|"), max_size=12
)
huge_text = st.builds(
    lambda char, size: char * size, st.sampled_from(["x", "ä", " ", "=", "😀", "a b"]), st.integers(30_000, 40_000)
)
prefixed = st.builds(lambda prefix, text: prefix + text, st.sampled_from(["+", "-", "@", "=", "'", " "]), any_text)
plausible = st.sampled_from(
    [
        "Stadt Herne",
        "Herne",
        "Gelsenkirchen",
        "Stadt Gelsenkirchen",
        "Müller & Söhne <GmbH>",
        "Kommune",
        "Träger",
        "Sonstige",
        "Mitglied",
        "Gast",
        "ja",
        "x",
        "nein",
        "-",
        "2024",
        "01.01.2024",
        "2024-13-45",
        "31.02.2024",
        "12,50 €",
        "1.234,56",
        "EUR 5",
        "05513000",
        "05916000",
        "0591600",
        "abc@",
        "a.yilmaz@gelsenkirchen.de",
        "hans.mueller@gelsenkirchen.de",
        "p.klein@example.org",
        "Yılmaz, Ayşe",
        "Ayşe Yılmaz",
        "Dr. Łukasz Żółć",
        "Frau",
        "Herr",
        "Hr.",
        "divers",
        "AKNW",
        "Architektenkammer",
        "44787",
        "4462",
        "Hans",
        "Müller",
        "Mueller",
        "Klein",
        "Peter",
        "anwesend",
        "entschuldigt",
        "✓",
        "90",
        "-5",
        "1e9",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "1e400",
        "0000",
        "0001",
        "99999999999",
        "Leitung",
        "Zeile 3",
    ]
)
# Just over the column limits (100, 200, 300 characters), where SQLite stores anything and
# PostgreSQL refuses.
long_text = st.builds(
    lambda text, size: (text * size)[:size], st.sampled_from(["x", "ä", "Verein ", "😀"]), st.integers(95, 320)
)
long_email = st.builds(lambda size: "a" * size + "@example.de", st.integers(180, 260))
cells = st.one_of(
    st.none(),
    st.none(),
    st.integers(),
    st.integers(-10, 3000),
    st.floats(),
    st.floats(-1e6, 1e6),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**9), max_value=10**9),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1)),
    st.times(),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3)),
    st.booleans(),
    any_text,
    odd_text,
    plausible,
    plausible,
    plausible,
    prefixed,
    st.sampled_from(FORMULAS),
    huge_text,
)


@dataclass
class Sheet:
    rows: list[list]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    damage: str | None = None  # "control": raw control characters in the XML; "cut": file cut off
    cut_at: float = 0.5


# Values a column of the given field typically holds (in the file's own words, valid or just
# not), mixed with the edge cases of ``cells`` in a messy sheet.
letters = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüßçğışłńóśźżÁÄÖÜ -'"), min_size=1, max_size=14)
emails = st.builds(
    lambda a, b: f"{a}@{b}.de",
    st.from_regex(r"[a-z][a-z0-9._-]{0,10}", fullmatch=True),
    st.from_regex(r"[a-z]{1,10}", fullmatch=True),
)
known_emails = st.sampled_from(
    [
        "a.yilmaz@gelsenkirchen.de",
        "l.zolc@bochum.de",
        "hans.mueller@gelsenkirchen.de",
        "p.klein@example.org",
        "A.YILMAZ@gelsenkirchen.de",
    ]
)
free_text = st.one_of(letters, any_text, st.sampled_from(FORMULAS), prefixed, huge_text, odd_text, long_text)
names = st.one_of(letters, letters, letters, long_text)
years = st.one_of(
    st.integers(1990, 2030),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)),
    st.sampled_from(["2024", "01.03.2021", "2021-03-01", "03/2021", "1.1.21", "0000", "31.02.2021"]),
)
FIELD_VALUES = {
    "salutation": st.sampled_from(["Frau", "Herr", "ohne", "Hr.", "Mrs", "divers", "", None]),
    "title": st.sampled_from(["Dr.", "Prof. Dr.", "Dipl.-Ing.", None]),
    "first_name": names,
    "last_name": names,
    "full_name": st.one_of(
        st.builds(lambda a, b: f"{a} {b}", letters, letters),
        st.builds(lambda a, b: f"{a}, {b}", letters, letters),
        st.sampled_from(["Ayşe Yılmaz", "Żółć, Łukasz", "Dr. Hans Müller", "Frau Jana van der Berg"]),
    ),
    "name": st.one_of(
        names,
        st.sampled_from(
            [
                "Ayşe Yılmaz",
                "Żółć, Łukasz",
                "Hans Müller",
                "Peter Klein",
                "Herne",
                "Stadt Gelsenkirchen",
                "Gelsenkirchen",
            ]
        ),
    ),
    "organisation": st.one_of(
        names, st.sampled_from(["Stadt Gelsenkirchen", "Gelsenkirchen", "Herne", "Müller & Söhne <GmbH>", "Stadt Köln"])
    ),
    "email": st.one_of(emails, emails, known_emails, long_email),
    "phone": st.one_of(st.integers(0, 10**12), st.from_regex(r"0[0-9 /-]{3,15}", fullmatch=True)),
    "mobile": st.from_regex(r"\+?[0-9 ]{3,15}", fullmatch=True),
    "postcode": st.one_of(st.integers(1000, 99999), st.from_regex(r"[0-9]{5}", fullmatch=True)),
    "role": st.sampled_from(["Leitung", "Quartiersmanagement", "Gebietsbeauftragte/r", None]),
    "chamber": st.sampled_from(["AKNW", "Architektenkammer NRW", "IK-Bau NRW", None]),
    "kind": st.sampled_from(["Kommune", "Träger", "Sonstige", "Wissenschaft/Beratung", "Stadt", "Verein", None]),
    "ags": st.sampled_from(["05916000", "05513000", "05 916 000", "05111000", "0591600", None]),
    "membership": st.sampled_from(["Mitglied", "Gast", "ja", "x", "nein", "Kooperationspartner", None]),
    "member_since": years,
    "annual_fee": st.one_of(
        st.integers(0, 5000),
        st.decimals(0, 5000, places=2),
        st.integers(),
        st.sampled_from(["1.800,00 €", "250", "EUR 12,50", "-5", "nan", "1e12", "Infinity"]),
    ),
    "website": st.sampled_from(["https://www.herne.de", "www.example.org", None]),
    "notes": st.one_of(st.sampled_from(FORMULAS), prefixed, free_text),
    "present": st.sampled_from(["x", "X", "ja", "nein", "", None, "✓", "Unterschrift", True, 1, 0]),
    "minutes": st.one_of(
        st.integers(-5, 2000),
        st.floats(0, 500),
        st.times(),
        st.sampled_from(["90", "1,5", "nan", "inf", "1e400", "-0"]),
    ),
}


# Only values the importers accept: a "clean" file of these passes and is written, so that
# writing (and storing formulas as typed) is fuzzed as well as refusing.
word = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüßçğışłńóśźżÁÄÖÜ"), min_size=1, max_size=14)
safe_text = st.one_of(word, st.sampled_from(FORMULAS), prefixed.map(lambda text: text[:90]), st.none())
# Names the database does not hold yet (the examples share one database): new rows, not duplicates.
# ``write_sheet`` puts a running number where the mark is.
FRESH_MARK = "\ue002"
fresh = word.map(lambda text: text + FRESH_MARK)
_numbers = itertools.count(1)
VALID_VALUES = {
    "salutation": st.sampled_from(["Frau", "Herr", "ohne", None]),
    "title": st.sampled_from(["Dr.", "Prof. Dr.", None]),
    "first_name": word,
    "last_name": fresh,
    "full_name": st.builds(lambda a, b: f"{a} {b}", word, fresh),
    "organisation": st.one_of(word, st.sampled_from(["Stadt Gelsenkirchen", "Herne", "Müller & Söhne <GmbH>"])),
    "email": emails,
    "phone": st.from_regex(r"0[0-9]{3,12}", fullmatch=True),
    "mobile": st.from_regex(r"01[0-9]{8,10}", fullmatch=True),
    "postcode": st.one_of(st.integers(10000, 99999), st.from_regex(r"[0-9]{5}", fullmatch=True)),
    "role": st.sampled_from(["Leitung", "Quartiersmanagement", None]),
    "chamber": st.sampled_from(["AKNW", None]),
    "chamber_number": st.none(),
    "notes": st.one_of(st.sampled_from(FORMULAS), prefixed, huge_text, word),
    "name": st.builds(lambda a: f"{a} e. V.", fresh),
    "kind": st.sampled_from(["Träger", "Sonstige", "Wissenschaft/Beratung", None]),
    "ags": st.none(),
    "membership": st.sampled_from([None, "nein"]),
    "member_since": st.one_of(st.integers(1990, 2030), st.sampled_from(["01.03.2021", "2021-03-01", None])),
    "annual_fee": st.one_of(st.integers(0, 5000), st.sampled_from(["1.800,00 €", "250", None])),
    "website": st.sampled_from(["https://www.herne.de", None]),
    "present": st.sampled_from(["x", "ja", "nein", None]),
    "minutes": st.one_of(st.integers(0, 100), st.none()),
}
ATTENDANCE_VALID = {
    **VALID_VALUES,
    "name": st.sampled_from(["Ayşe Yılmaz", "Żółć, Łukasz", "Peter Klein", "Neu Person"]),
    "first_name": st.sampled_from(["Ayşe", "Łukasz", "Peter"]),
    "last_name": st.sampled_from(["Yılmaz", "Żółć", "Klein"]),
    "email": st.sampled_from(["a.yilmaz@gelsenkirchen.de", "l.zolc@bochum.de", None]),
}


@st.composite
def sheets(
    draw, header_names: list[str], aliases: dict[str, str], key_columns: list[str], valid: dict | None = None
) -> Sheet:
    """A messy sheet (anything in any cell, junk headers, merged cells, damage) or, half the
    time, a clean one (known headers, valid values, maybe a title row)."""
    valid = valid or VALID_VALUES
    clean = draw(st.booleans())
    known = draw(st.lists(st.sampled_from(header_names), min_size=draw(st.sampled_from([0, 1, 2, 2, 3])), max_size=8))
    if clean or draw(st.booleans()):
        known.append(draw(st.sampled_from(key_columns)))  # the column the import cannot do without
    if clean and "notes" in aliases.values() and draw(st.integers(0, 3)):
        known.append(draw(st.sampled_from(NOTES_COLUMNS)))  # where formulas are written most often
    junk = [] if clean else draw(st.lists(st.one_of(any_text, st.none(), prefixed, cells), max_size=3))
    header = draw(st.permutations(known + junk)) or [None]
    fields = [aliases.get(normalise_header(cell)) if isinstance(cell, str) else None for cell in header]
    if clean:
        columns = [valid.get(name, safe_text) if name else st.none() for name in fields]
        row = st.tuples(*columns).map(list)
        titles = draw(
            st.lists(
                st.lists(st.sampled_from(["Teilnehmendenliste", "Stand: 01.03.2025", None]), max_size=2), max_size=2
            )
        )
        body = draw(st.lists(st.one_of(row, row, row, st.just([])), min_size=1, max_size=8))
        return Sheet([*titles, list(header), *body])

    def body_cell(name: str | None):
        return st.one_of(FIELD_VALUES.get(name, free_text), cells) if name else cells

    typed_row = st.tuples(*[body_cell(name) for name in fields]).map(list)
    titles = draw(st.lists(st.lists(cells, max_size=4), max_size=4))
    if draw(st.integers(0, 20)) == 0:
        titles += [[None]] * 8  # the header below the first ten rows
    rows_of = st.one_of(st.just([]), typed_row, typed_row, typed_row, st.lists(cells, max_size=len(header) + 2))
    body = draw(st.lists(rows_of, max_size=12))
    rows = [*titles, list(header), *body]
    width = max(len(row) for row in rows) + 1
    merges = draw(
        st.lists(
            st.tuples(st.integers(1, len(rows)), st.integers(1, width), st.integers(0, 2), st.integers(0, 2)),
            max_size=3,
        )
    )
    damage = draw(st.sampled_from([None] * 8 + ["control", "cut"]))
    if damage == "control":
        draw(st.sampled_from(rows)).append(PLACEHOLDER)
    return Sheet(rows, [m for m in merges if m[2] or m[3]], damage, draw(st.floats(0.05, 0.95)))


def write_sheet(sheet: Sheet, path: Path) -> Path:
    workbook = Workbook()
    ws = workbook.active
    for r, row in enumerate(sheet.rows, start=1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and FRESH_MARK in value:
                value = value.replace(FRESH_MARK, str(next(_numbers)))
            if value is not None:
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # typed as text (a formula would have no stored value)
    taken: set[tuple[int, int]] = set()
    for row, column, down, right in sheet.merges:
        area = {(r, c) for r in range(row, row + down + 1) for c in range(column, column + right + 1)}
        if not area & taken:
            taken |= area
            ws.merge_cells(start_row=row, start_column=column, end_row=row + down, end_column=column + right)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if any(value == PLACEHOLDER for row in sheet.rows for value in row):
        data = _replace_in_zip(data, PLACEHOLDER.encode(), b"a\x01b\x1bc")
    if sheet.damage == "cut":
        data = data[: int(len(data) * sheet.cut_at)]
    path.write_bytes(data)
    return path


def _replace_in_zip(data: bytes, old: bytes, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, source.read(name).replace(old, new))
    return out.getvalue()


not_a_workbook = st.one_of(
    st.binary(max_size=3000),
    st.just(b""),
    st.builds(lambda text: text.encode("utf-8"), any_text),  # a CSV or text file named .xlsx
    st.builds(
        lambda members: _zip(members),
        st.dictionaries(
            st.sampled_from(
                [
                    "[Content_Types].xml",
                    "xl/workbook.xml",
                    "xl/worksheets/sheet1.xml",
                    "xl/_rels/workbook.xml.rels",
                    "_rels/.rels",
                    "docProps/app.xml",
                    "word/document.xml",
                ]
            ),
            st.binary(max_size=300),
            max_size=5,
        ),
    ),
)


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


# --- the property ------------------------------------------------------------------------------


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        return {table.name: s.scalar(select(func.count()).select_from(table)) for table in Base.metadata.sorted_tables}


def _run(db, call) -> ImportReport | None:
    """The importer's report, or None after a UserError; nothing else may come out of it."""
    before = _counts(db)
    try:
        report = call()
    except UserError as exc:
        event(f"UserError: {str(exc)[:40]}")
        assert _counts(db) == before, "an error, yet something was written"
        _assert_one_line(str(exc))
        return None
    assert isinstance(report, ImportReport)
    event(f"report: {'written' if report.written else 'not written'}, {len(report.rows)} rows")
    for issue in report.errors:
        _assert_one_line(str(issue))
    if not report.written:
        assert _counts(db) == before, "not written, yet something changed"
    return report


def _assert_one_line(message: str) -> None:
    """A message the user reads: one line of reasonable length, whatever the cell held."""
    assert "\n" not in message and len(message) <= 600, message[:300]


def _written_formulas(path: Path, report: ImportReport, field_name: str, statuses: set[str]) -> list[str]:
    """The cell texts starting with "=" in ``field_name`` of the rows written (with ``statuses``)."""
    data = read_first_sheet(path)
    columns = [index for index, name in report.mapping.items() if name == field_name]
    found = []
    for outcome in report.rows:
        if outcome.status not in statuses:
            continue
        row = data.rows[outcome.row - data.first_row]
        for index in columns:
            value = row[index] if index < len(row) else None
            if isinstance(value, str) and value.startswith("="):
                found.append(clean_text(value))
    return found


@pytest.fixture
def network(db):
    return build_network(db)


def wizard_choices(fields) -> st.SearchStrategy:
    """What the import wizard may pass: another header row, another column mapping (or neither)."""
    mapping = st.lists(st.sampled_from([item.name for item in fields]), unique=True, max_size=6).flatmap(
        lambda names: st.lists(st.integers(0, 12), min_size=len(names), max_size=len(names), unique=True).map(
            lambda columns: dict(zip(columns, names, strict=True))
        )
    )
    return st.tuples(st.one_of(*[st.none()] * 5, st.integers(0, 16)), st.one_of(*[st.none()] * 5, mapping))


@FUZZ
@given(
    sheet=sheets(PERSON_HEADERS, PERSON_ALIASES, PERSON_KEYS),
    dry_run=st.booleans(),
    duplicates=st.booleans(),
    wizard=wizard_choices(PERSON_FIELDS),
)
def test_person_import_ends_cleanly(db, network, tmp_path, sheet, dry_run, duplicates, wizard):
    path = write_sheet(sheet, tmp_path / "Personen.xlsx")
    header_row, mapping = wizard
    report = _run(
        db,
        lambda: import_persons(
            db, path, dry_run=dry_run, import_duplicates=duplicates, header_row=header_row, mapping=mapping
        ),
    )
    if report is not None and report.written:
        statuses = {NEW, UPDATE, DUPLICATE} if duplicates else {NEW, UPDATE}
        for text in _written_formulas(path, report, "notes", statuses):
            with db.session() as s:
                assert s.scalar(select(func.count()).where(Person.notes == text)), text
            event("a formula was stored as typed")


@FUZZ
@given(
    sheet=sheets(ORGANISATION_HEADERS, ORGANISATION_ALIASES, ORGANISATION_KEYS),
    dry_run=st.booleans(),
    wizard=wizard_choices(ORGANISATION_FIELDS),
)
def test_organisation_import_ends_cleanly(db, network, tmp_path, sheet, dry_run, wizard):
    path = write_sheet(sheet, tmp_path / "Organisationen.xlsx")
    header_row, mapping = wizard
    report = _run(db, lambda: import_organisations(db, path, dry_run=dry_run, header_row=header_row, mapping=mapping))
    if report is not None and report.written:
        for text in _written_formulas(path, report, "notes", {NEW, UPDATE}):
            with db.session() as s:
                assert s.scalar(select(func.count()).where(Organisation.notes == text)), text
            event("a formula was stored as typed")


@FUZZ
@given(
    sheet=sheets(ATTENDANCE_HEADERS, ATTENDANCE_ALIASES, ATTENDANCE_KEYS, ATTENDANCE_VALID),
    dry_run=st.booleans(),
    create_missing=st.booleans(),
    raise_errors=st.booleans(),
    event=st.sampled_from(["past", "next", "trip"]),
)
def test_attendance_import_ends_cleanly(db, network, tmp_path, sheet, dry_run, create_missing, raise_errors, event):
    path = write_sheet(sheet, tmp_path / "Anwesenheit.xlsx")
    _run(
        db,
        lambda: import_attendance(
            db,
            path,
            event_id=network.events[event],
            dry_run=dry_run,
            create_missing=create_missing,
            raise_errors=raise_errors,
        ),
    )


@pytest.mark.sqlite_only  # refused before any SQL runs
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(content=not_a_workbook)
def test_files_that_are_no_workbook_give_a_clean_error(db, network, tmp_path, content):
    path = tmp_path / "Liste.xlsx"
    path.write_bytes(content)
    for call in (
        lambda: import_persons(db, path),
        lambda: import_organisations(db, path),
        lambda: import_attendance(db, path, event_id=network.events["past"]),
    ):
        assert _run(db, call) is None  # always a UserError
