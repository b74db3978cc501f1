"""Reports: meeting pack, badges, member directory, annual report, statistics.

Every PDF is read back as text (pypdf) and checked for its sections and the people in it;
names with markup characters and non-Latin letters must come out exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_fixtures import fill_report_sample

PRINTED = dt.date(2026, 3, 2)
NAMES = ("Ayşe Yılmaz", "Łukasz Żółć", "Müller & Söhne <GmbH>")


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def sample(db):
    return fill_report_sample(db)


@pytest.fixture
def letterhead(db):
    from model.settings.office import load_profile
    from reports.pdf import Letterhead

    return Letterhead.from_profile(load_profile(db))


# --- meeting pack: data -------------------------------------------------------------------


def test_meeting_data_lists_registered_people_and_timed_agenda(db, sample):
    from model.reporting.meeting_data import meeting_data

    pack = meeting_data(db, sample.meeting)
    assert pack.event.title == "Quartiere & Zusammenhalt <2026>"
    assert pack.event.host == "Stadt Gelsenkirchen"
    # Waiting list and cancelled registrations are not in the pack.
    assert [p.last_name for p in pack.sorted_participants("name")] == [
        "Klein",
        "Ohneorganisation",
        "Schulte",
        "Yılmaz",
        "Żółć",
    ]
    assert [p.last_name for p in pack.sorted_participants("organisation")] == [
        "Klein",
        "Żółć",
        "Yılmaz",
        "Schulte",
        "Ohneorganisation",
    ]
    times = [(e.starts, e.ends) for e in pack.agenda]
    assert times == [
        (dt.time(10), dt.time(10, 15)),
        (dt.time(10, 15), dt.time(11)),
        (dt.time(11), dt.time(11, 30)),
        (dt.time(11, 45), dt.time(12, 45)),
    ]
    assert [e.speaker for e in pack.agenda] == [
        "Ayşe Yılmaz (Stadt Gelsenkirchen)",
        "Prof. Dr. Maria Gast (TU Dortmund)",
        "",
        "Dr. Łukasz Żółć (Stadt Bochum); Moderation",
    ]


def test_meeting_data_refuses_unknown_event_and_sort(db, sample):
    from model.core.errors import UserError
    from model.reporting.meeting_data import meeting_data, sort_participants

    with pytest.raises(UserError, match="gibt es nicht"):
        meeting_data(db, 99999)
    with pytest.raises(UserError, match="Sortierung"):
        sort_participants([], "alter")


# --- meeting pack: PDF --------------------------------------------------------------------


def _pack(db, event_id, letterhead, **options):
    from model.reporting.meeting_data import meeting_data
    from reports.meeting_pack import PackOptions, meeting_pack_pdf

    return meeting_pack_pdf(meeting_data(db, event_id), letterhead, PackOptions(printed_on=PRINTED, **options))


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_meeting_pack_has_every_section_with_the_people_as_typed(db, sample, letterhead):
    from model.reporting.meeting_data import meeting_data
    from reports.meeting_pack import SECTIONS, PackOptions, meeting_pack_pdf

    progress = []
    pdf = meeting_pack_pdf(
        meeting_data(db, sample.meeting),
        letterhead,
        PackOptions(sections=SECTIONS, printed_on=PRINTED, blank_rows=7),
        progress=lambda done, total, text: progress.append((done, total)),
    )
    pages = pages_text(pdf)
    total = len(pages)
    text = one_line(" ".join(pages))

    invitation = one_line(pages[0])
    assert "EINLADUNG" in invitation and "Quartiere & Zusammenhalt <2026>" in invitation
    assert "Donnerstag, 5. März 2026" in invitation and "10:00–16:30 Uhr" in invitation
    assert "Wissenschaftspark Gelsenkirchen" in invitation and "Munscheidstraße 14" in invitation
    assert "Gastgeber Stadt Gelsenkirchen" in invitation and "Anmeldung bis Freitag, 20. Februar 2026" in invitation
    assert "Geschäftsstelle Städtenetz · Soziale Stadt NRW" in invitation  # the letterhead
    # The invitation is a one-page flyer: no "Seite 1 von N" of the whole pack.
    assert "Seite" not in invitation and "Gedruckt am 02.03.2026" in invitation and total > 1

    agenda = one_line(next(p for p in pages if "Tagesordnung" in p))
    for fragment in (
        "10:00–10:15",
        "Beteiligung <wirklich> für alle?",
        "Prof. Dr. Maria Gast (TU Dortmund)",
        "Kaffeepause",
        "11:45–12:45",
        "Podium & Diskussion",
    ):
        assert fragment in agenda, fragment

    participants = one_line(next(p for p in pages if "Teilnehmendenliste" in p))
    assert "5 Personen" in participants
    for fragment in (
        "Yılmaz, Ayşe",
        "Żółć, Dr. Łukasz",
        "Müller & Söhne <GmbH>",
        "Planer & Berater <extern>",
        "Gebietsbeauftragte Rotthausen",
        "Referent/in",
        "Moderation",
    ):
        assert fragment in participants, fragment

    sign_in = one_line(next(p for p in pages if "Unterschriftenliste" in p))
    assert "Kommune / Institution" in sign_in and "Unterschrift" in sign_in
    assert "Datenschutz" in sign_in and "DSGVO" in sign_in
    assert "12" in sign_in.split()  # 5 people + 7 free rows, numbered on

    for absent in ("Wartend", "Abgemeldet"):
        assert absent not in text  # waiting list and cancellations are not printed
    badges = next(p for p in pages if "Łukasz" in p and "hier falten" not in p and "Gedruckt am" not in p)
    assert "Ayşe" in badges and "Łukasz" in badges and "Müller & Söhne <GmbH>" in badges
    assert "Seite" not in badges and "Städtenetz" not in badges  # plain sheets: no footer, no letterhead
    tents = [p for p in pages if "hier falten" in p]
    assert len(tents) == 5 and any("Dr. Łukasz Żółć" in t for t in tents)
    assert progress[-1][0] == progress[-1][1]


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_meeting_pack_prints_only_chosen_sections_in_chosen_order(db, sample, letterhead):
    from reports.meeting_pack import SIGN_IN

    by_name = one_line(" ".join(pages_text(_pack(db, sample.meeting, letterhead, sections=(SIGN_IN,), sort="name"))))
    assert "Unterschriftenliste" in by_name and "Tagesordnung" not in by_name and "EINLADUNG" not in by_name
    order = [by_name.index(name) for name in ("Klein, Peter", "Ohneorganisation, Kim", "Schulte, Jana", "Yılmaz, Ayşe")]
    assert order == sorted(order)
    by_org = one_line(" ".join(pages_text(_pack(db, sample.meeting, letterhead, sections=(SIGN_IN,)))))
    order = [
        by_org.index(name)
        for name in ("Klein, Peter", "Żółć, Dr. Łukasz", "Yılmaz, Ayşe", "Schulte, Jana", "Ohneorganisation, Kim")
    ]
    assert order == sorted(order)


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_sign_in_sheet_of_a_big_event_repeats_its_header(db, sample, letterhead):
    from reports.meeting_pack import SIGN_IN

    pages = pages_text(_pack(db, sample.meeting, letterhead, sections=(SIGN_IN,), blank_rows=60))
    assert len(pages) >= 3
    assert all("Kommune / Institution" in page and "Unterschrift" in page for page in pages)
    assert "65" in one_line(pages[-1]).split()


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_meeting_pack_of_an_online_event_and_an_empty_event(db, sample, letterhead):
    from reports.meeting_pack import SECTIONS

    online = one_line(" ".join(pages_text(_pack(db, sample.session, letterhead, sections=SECTIONS[:3]))))
    assert "https://meet.example/ag?x=1&y=<2>" in online and "Online" in online
    assert "Noch keine Tagesordnung" in online or "noch keine Tagesordnung" in online
    empty = one_line(" ".join(pages_text(_pack(db, sample.empty, letterhead, sections=SECTIONS))))
    assert "noch niemand angemeldet" in empty
    assert "Hybrid" in empty


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_pack_options_are_checked(db, sample, letterhead):
    from model.core.errors import UserError

    for options in ({"sections": ()}, {"sections": ("agenda",)}, {"sort": "alter"}, {"blank_rows": -1}):
        with pytest.raises(UserError):
            _pack(db, sample.meeting, letterhead, **options)


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_excursion_gets_its_travel_pack_and_sign_in_badges_but_no_invitation(db, sample):
    from model.core.errors import UserError
    from reports.meeting_pack import BADGES, INVITATION, SIGN_IN, TRAVEL, PackOptions, event_pack_pdf

    travel_only = pages_text(event_pack_pdf(db, sample.excursion))
    both = pages_text(event_pack_pdf(db, sample.excursion, PackOptions(sections=(TRAVEL, SIGN_IN, BADGES))))
    assert len(both) > len(travel_only)
    assert any("Unterschriftenliste" in page for page in both)
    with pytest.raises(UserError, match="Exkursion gibt es den Teil »einladung« nicht; möglich sind reiseunterlagen"):
        event_pack_pdf(db, sample.excursion, PackOptions(sections=(INVITATION, SIGN_IN)))
    with pytest.raises(UserError, match="reiseunterlagen"):
        event_pack_pdf(db, sample.meeting, PackOptions(sections=(TRAVEL,)))


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_meeting_pack_can_be_cancelled(db, sample, letterhead):
    from model.core.errors import Cancelled
    from model.reporting.meeting_data import meeting_data
    from reports.meeting_pack import SECTIONS, PackOptions, meeting_pack_pdf

    with pytest.raises(Cancelled):
        meeting_pack_pdf(
            meeting_data(db, sample.meeting), letterhead, PackOptions(sections=SECTIONS), cancelled=lambda: True
        )


# --- badges -------------------------------------------------------------------------------


# Badge geometry and name fitting: tests/test_badges.py


# --- annual report ------------------------------------------------------------------------


def _issue_certificates(db, sample):
    from model.training.certificates import issue_for_event, revoke

    issued = issue_for_event(db, sample.meeting, now=dt.datetime(2026, 3, 10, 9))
    jana = next(c for c in issued if c.person_id == sample.people["jana"])
    revoke(db, jana.id, "falsche Person", now=dt.datetime(2026, 3, 11, 9))


def test_annual_figures_count_in_sql_by_the_rules(db, sample):
    from model.reporting.statistics import annual_figures

    _issue_certificates(db, sample)
    f = annual_figures(db, 2026)
    assert f.events_by_kind_month == {
        "Netzwerktreffen": [0] * 8 + [1, 0, 0, 0],
        "Arbeitsgruppensitzung": [0] * 4 + [1] + [0] * 7,
        "Exkursion": [0] * 5 + [1] + [0] * 6,
        "Tagung": [0, 0, 1] + [0] * 9,
    }
    assert f.cancelled_events == 1 and f.event_count == 4
    assert (f.participations, f.people, f.organisations) == (6, 4, 4)
    assert [(e.title, e.attended, e.registered) for e in f.events] == [
        ("Quartiere & Zusammenhalt <2026>", 4, 1),
        ("3. Sitzung AG Beteiligung & Teilhabe", 2, 0),
        ("Exkursion nach Rotterdam", 0, 1),
        ("Netzwerktreffen ohne Anmeldungen", 0, 0),
    ]
    assert [(m.name, m.participations, m.people, m.events) for m in f.municipalities] == [
        ("Stadt Bochum", 1, 1, 1),
        ("Stadt Gelsenkirchen", 2, 1, 2),
        ("Stadt Hamm", 2, 1, 2),
        ("Stadt Herne", 0, 0, 0),
    ]
    credits = {c.chamber: c for c in f.credits}
    aknw = credits["AKNW"]
    assert (aknw.accredited_events, aknw.points_offered, aknw.participations) == (1, Decimal(6), 4)
    assert (aknw.certificates, aknw.points_certified, aknw.revoked) == (1, Decimal(6), 1)
    assert credits["ohne Kammer"].certificates == 2  # speaker and moderator: certificate without points
    assert [(c.organisation, c.on) for c in f.joined] == [("Stadt Bochum", dt.date(2026, 1, 1))]
    assert [(c.organisation, c.on) for c in f.left] == [("Stadt Hamm", dt.date(2026, 6, 30))]
    assert [(g.name, g.lead, g.members, g.sessions, g.participations) for g in f.groups] == [
        ("AG Beteiligung & Teilhabe", "Dr. Łukasz Żółć", 3, 1, 2)
    ]


def test_annual_figures_count_every_chamber_of_the_chamber_list(db, sample):
    """Not only AKNW and IK-Bau NRW: another Land's chamber and one added in Einstellungen."""
    from model.core.entities import Accreditation
    from model.reporting.statistics import annual_figures
    from model.settings.chambers import ChamberData, save_chamber
    from reports.annual_report import annual_report

    save_chamber(db, ChamberData("AK Lummerland", "Architektenkammer Lummerland", "Lummerland"))
    with db.writing() as s:
        s.add(
            Accreditation(
                event_id=sample.meeting,
                chamber="AK Lummerland",
                credit_points=Decimal("5"),
                recognition_number="L-1",
                recognised_on=dt.date(2026, 1, 5),
            )
        )
        s.add(
            Accreditation(
                event_id=sample.meeting,
                chamber="ByAK",
                credit_points=Decimal("4"),
                recognition_number="B-1",
                recognised_on=dt.date(2026, 1, 5),
            )
        )
    f = annual_figures(db, 2026)
    assert [c.chamber for c in f.credits] == ["AKNW", "AK Lummerland", "ByAK"]
    lummerland = f.credits[1]
    assert (lummerland.accredited_events, lummerland.points_offered, lummerland.participations) == (1, Decimal(5), 4)
    text = one_line(" ".join(pages_text(annual_report(db, 2026, printed_on=PRINTED))))
    assert "AK Lummerland: 5 Punkte" in text and "ByAK: 4 Punkte" in text


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_annual_report_pdf_has_all_sections_figures_and_names(db, sample):
    from reports.annual_report import annual_report

    _issue_certificates(db, sample)
    pdf = annual_report(db, 2026, printed_on=PRINTED)
    pages = pages_text(pdf)
    text = one_line(" ".join(pages))
    for heading in (
        "Jahresbericht 2026",
        "Das Jahr in Zahlen",
        "1. Veranstaltungen nach Art und Monat",
        "2. Teilnehmende je Veranstaltung",
        "3. Teilnahme der Mitgliedskommunen",
        "4. Fortbildung: Punkte und Bescheinigungen",
        "5. Neue und ausgeschiedene Mitglieder",
        "6. Arbeitsgruppen und Werkstattreihen",
    ):
        assert heading in text, heading
    for fragment in (
        "Quartiere & Zusammenhalt <2026>",
        "AG Beteiligung & Teilhabe",
        "Dr. Łukasz Żółć",
        "Stadt Herne",
        "Stand: Montag, 2. März 2026",
        "abgesagt",
        "AKNW",
    ):
        assert fragment in text, fragment
    assert "Fachgespräch Klimaanpassung" not in text  # cancelled: only counted as a number
    assert f"Seite 1 von {len(pages)}" in pages[0]
    # The charts are vector graphics: their labels are text in the PDF.
    assert "Jan" in text and "Dez" in text and "Tagung (1)" in text


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_annual_report_tables_break_with_repeated_headers(db):
    from model.reporting.statistics import AnnualFigures, EventFigures, MunicipalityFigures
    from reports.annual_report import annual_report_pdf

    events = [
        EventFigures(
            i,
            dt.datetime(2025, 1 + i % 12, 1 + i % 28, 10),
            "Werkstatt",
            f"Werkstatt Nr. {i}",
            "durchgeführt",
            i % 40,
            0,
        )
        for i in range(400)
    ]
    towns = [MunicipalityFigures(i, f"Gemeinde {i:03d}", i, 1, 1) for i in range(120)]
    figures = AnnualFigures(
        year=2025, events_by_kind_month={"Werkstatt": [34] * 12}, events=events, municipalities=towns
    )
    pages = pages_text(annual_report_pdf(figures, None, PRINTED))
    event_pages = [p for p in pages if "Werkstatt Nr. " in p]
    assert len(event_pages) >= 5
    assert all("Veranstaltung" in p and "Datum" in p for p in event_pages)
    town_pages = [next(p for p in pages if marker in p) for marker in ("Gemeinde 005", "Gemeinde 060", "Summe (120")]
    assert len({id(p) for p in town_pages}) >= 2  # the table goes over a page break
    assert all("Mitgliedskommune Teilnahmen" in one_line(p) for p in town_pages)
    assert "Werkstatt Nr. 399" in " ".join(pages)
    assert "Die 30 Mitgliedskommunen mit den meisten Teilnahmen" in " ".join(pages)


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_annual_report_of_an_empty_year(db):
    from reports.annual_report import annual_report

    text = one_line(" ".join(pages_text(annual_report(db, 2019, printed_on=PRINTED))))
    assert "keine Veranstaltungen" in text and "Keine Arbeitsgruppe" in text


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_annual_report_rejects_a_bad_year(db):
    from model.core.errors import UserError
    from model.reporting.statistics import annual_figures

    with pytest.raises(UserError, match="Jahr"):
        annual_figures(db, 20)


# --- statistics view data -------------------------------------------------------------------


def test_participation_and_events_per_year(db, sample):
    from model.reporting.statistics import event_years, events_by_kind_and_year, participation_by_municipality

    assert event_years(db) == (2025, 2026)
    rows = {row.label: row for row in participation_by_municipality(db, 2025, 2026)}
    assert rows["Stadt Gelsenkirchen"].per_year == {2025: 2, 2026: 2}
    assert rows["Stadt Herne"].per_year == {2025: 0, 2026: 0} and rows["Stadt Herne"].is_member
    assert "Müller & Söhne <GmbH>" not in rows  # not a municipality, not a member
    kinds = {row.label: row.per_year for row in events_by_kind_and_year(db, 2025, 2026)}
    assert kinds == {
        "Netzwerktreffen": {2025: 0, 2026: 1},
        "Werkstatt": {2025: 1, 2026: 0},
        "Arbeitsgruppensitzung": {2025: 0, 2026: 1},
        "Exkursion": {2025: 0, 2026: 1},
        "Tagung": {2025: 0, 2026: 1},
    }


# --- member directory -----------------------------------------------------------------------


def test_member_directory_lists_members_areas_and_contacts(db, sample):
    from model.reporting.member_directory import member_directory

    directory = member_directory(db, dt.date(2026, 3, 1))
    assert [m.name for m in directory.members] == ["Stadt Bochum", "Stadt Gelsenkirchen", "Stadt Hamm", "Stadt Herne"]
    gelsenkirchen = directory.members[1]
    assert gelsenkirchen.since == dt.date(2004, 1, 1) and gelsenkirchen.ags == "05513000"
    assert [a.name for a in gelsenkirchen.areas] == ["Bismarck/Schalke-Nord", "Rotthausen"]
    # Inactive people and people who withdrew their consent are not listed.
    assert [c.name for c in gelsenkirchen.contacts] == ["Max Formel", "Ayşe Yılmaz"]
    later = member_directory(db, dt.date(2026, 7, 1), ("Mitglied", "Kooperationspartner"))
    assert [m.name for m in later.members] == [
        "Müller & Söhne <GmbH>",
        "Stadt Bochum",
        "Stadt Gelsenkirchen",
        "Stadt Herne",
    ]
    assert later.members[0].membership == "Kooperationspartner"


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_member_directory_pdf_and_excel(db, sample, letterhead, tmp_path):
    from openpyxl import load_workbook

    from model.reporting.member_directory import member_directory
    from reports.member_directory import member_directory_excel, member_directory_pdf

    directory = member_directory(db, dt.date(2026, 7, 1), ("Mitglied", "Kooperationspartner"))
    pages = pages_text(member_directory_pdf(directory, letterhead, PRINTED))
    text = one_line(" ".join(pages))
    for fragment in (
        "Verzeichnis: Mitglieder, Kooperationspartner",
        "Stand: Mittwoch, 1. Juli 2026",
        "Müller & Söhne <GmbH>",
        "Planer & Berater <extern>",
        "Ayşe Yılmaz",
        "Dr. Łukasz Żółć",
        "Bismarck/Schalke-Nord",
        "verstetigt",
        "AGS 05513000",
        "Mitglied seit 01.01.2004",
        "=SUMME(A1:A3)",
    ):
        assert fragment in text, fragment
    assert "Ruhestand" not in text and "Ohnezustimmung" not in text
    assert f"Seite 1 von {len(pages)}" in pages[0]

    target = tmp_path / "verzeichnis.xlsx"
    member_directory_excel(directory, target)
    book = load_workbook(target)
    assert book.sheetnames == ["Mitglieder", "Programmgebiete", "Ansprechpersonen"]
    members = [[c.value for c in row] for row in book["Mitglieder"].iter_rows(min_row=4)]
    assert members[0][0] == "Müller & Söhne <GmbH>" and members[2][2] == "05513000"
    contacts = book["Ansprechpersonen"]
    cells = [cell for row in contacts.iter_rows(min_row=4) for cell in row if cell.value == "=SUMME(A1:A3)"]
    assert cells and cells[0].data_type == "s"  # text, never a formula
    assert any(
        cell.value == "Łukasz" or cell.value == "Dr. Łukasz Żółć" for row in contacts.iter_rows() for cell in row
    )


# --- command line ---------------------------------------------------------------------------


def test_cli_meeting_pack_and_annual_report(demo_db_path, tmp_path):
    import json

    from cli_support import call_cli, run_cli

    events = json.loads(call_cli("--db", str(demo_db_path), "list", "events", "--json").stdout)
    tagung = max((e for e in events if e["kind"] == "Tagung" and e["start"] < "2026-11"), key=lambda e: e["start"])
    target = tmp_path / "pack.pdf"
    result = call_cli("--db", str(demo_db_path), "meeting-pack", "--event", str(tagung["id"]), "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert "Sitzungsunterlagen geschrieben" in result.stdout
    text = one_line(" ".join(pages_text(target.read_bytes())))
    for heading in ("EINLADUNG", "Tagesordnung", "Teilnehmendenliste", "Unterschriftenliste"):
        assert heading in text
    outline = [item.title for item in PdfReader(target).outline]
    assert outline == ["Einladung", "Tagesordnung", "Teilnehmendenliste", "Unterschriftenliste", "Namensschilder"]
    assert tagung["title"] in text

    # Badges and table tents alone, in a fresh process (nothing else has loaded the fonts).
    badges = tmp_path / "badges.pdf"
    result = run_cli(
        "--db",
        str(demo_db_path),
        "meeting-pack",
        "--event",
        str(tagung["id"]),
        "--sections",
        "namensschilder,tischaufsteller",
        "--sort",
        "name",
        "--out",
        str(badges),
    )
    assert result.returncode == 0, result.stderr
    pages = pages_text(badges.read_bytes())
    assert "Tuğba Akgül" in pages[0] and "hier falten" in pages[-1] and "Tagesordnung" not in " ".join(pages)

    report = tmp_path / "jahresbericht.pdf"
    result = call_cli("--db", str(demo_db_path), "annual-report", "--year", "2025", "--out", str(report))
    assert result.returncode == 0, result.stderr
    text = one_line(" ".join(pages_text(report.read_bytes())))
    assert "Jahresbericht 2025" in text and "3. Teilnahme der Mitgliedskommunen" in text


def test_cli_reports_fail_with_one_line(demo_db_path, tmp_path):
    from cli_support import call_cli
    from test_cli import assert_user_error

    assert_user_error(
        call_cli("--db", str(demo_db_path), "meeting-pack", "--event", "999999", "--out", str(tmp_path / "x.pdf")),
        "999999",
    )
    assert_user_error(
        call_cli(
            "--db",
            str(demo_db_path),
            "meeting-pack",
            "--event",
            "1",
            "--sections",
            "agenda",
            "--out",
            str(tmp_path / "x.pdf"),
        ),
        "agenda",
    )
    assert_user_error(
        call_cli("--db", str(demo_db_path), "annual-report", "--year", "99", "--out", str(tmp_path / "x.pdf")), "99"
    )
    assert not (tmp_path / "x.pdf").exists()


# --- any text prints --------------------------------------------------------------------------

_any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
_markup = st.sampled_from(["<b>", "</para>", "&amp;", "&", "<img src='x'/>", "<font size=80>", "<br/>", "\\"])
_nasty = st.lists(st.one_of(_any_text, _markup), min_size=1, max_size=3).map("".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.tuples(_nasty, _nasty, _nasty), min_size=0, max_size=12), title=_nasty, text=_nasty)
def test_meeting_pack_and_annual_report_open_whatever_the_names(names, title, text):
    from model.reporting.meeting_data import AgendaEntry, MeetingData, MeetingEvent, Participant
    from model.reporting.statistics import (
        AnnualFigures,
        EventFigures,
        GroupFigures,
        MembershipChange,
        MunicipalityFigures,
    )
    from reports.annual_report import annual_report_pdf
    from reports.meeting_pack import SECTIONS, PackOptions, meeting_pack_pdf
    from reports.pdf import Letterhead

    start = dt.datetime(2026, 3, 5, 10)
    event = MeetingEvent(
        1,
        "Tagung",
        title,
        text,
        start,
        start + dt.timedelta(hours=6),
        "Hybrid",
        text,
        text,
        text,
        text,
        "durchgeführt",
        text,
        text,
        dt.date(2026, 2, 1),
        text,
    )
    agenda = [
        AgendaEntry(1, dt.time(10), dt.time(11), title, "Vortrag", text, text),
        AgendaEntry(2, None, None, text, "Pause", "", None),
    ]
    people = [
        Participant(i, "Frau", t or None, first, last, t, first + last, "Referent/in", "angemeldet")
        for i, (first, last, t) in enumerate(names)
    ]
    pdf = meeting_pack_pdf(MeetingData(event, agenda, people), Letterhead(text), PackOptions(sections=SECTIONS))
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= len(SECTIONS)

    figures = AnnualFigures(
        year=2026,
        events_by_kind_month={title or "Tagung": [1] * 12},
        events=[EventFigures(1, start, text, title, "durchgeführt", 3, 0)],
        municipalities=[MunicipalityFigures(i, first + last, i, 1, 1) for i, (first, last, _t) in enumerate(names)],
        joined=[MembershipChange(text, text, "Mitglied", dt.date(2026, 1, 1))],
        groups=[GroupFigures(1, title, "Werkstattreihe", text, 1, 1, 1)],
    )
    assert PdfReader(io.BytesIO(annual_report_pdf(figures, Letterhead(title)))).pages
