"""Teams, Zoom and Webex attendance reports → minutes online per registration."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import make_event

import main
from model.core.entities import Person, Registration
from model.events.registrations import register
from model.importing.online_attendance import (
    TEAMS,
    TEAMS_LEGACY,
    WEBEX,
    ZOOM,
    attended_minutes,
    import_online_attendance,
    parse_report,
)

DAY = dt.date(2026, 11, 5)  # the event: 10:00–13:00


def _teams_report(path, date_format):
    def t(h, m, s=0):
        return dt.datetime.combine(DAY, dt.time(h, m, s)).strftime(date_format).replace(" 0", " ")

    lines = [
        "1. Summary",
        "Meeting title\tNetzwerktreffen November",
        "Attended participants\t3",
        f"Start time\t{t(9, 50)}",
        f"End time\t{t(13, 10)}",
        "Meeting duration\t3h 20m 0s",
        "",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
        f"Yılmaz, Ayşe\t{t(9, 55)}\t{t(13, 5)}\t2h 40m 0s\tayse.yilmaz@bochum.example\tayse.yilmaz@bochum.example\tAttendee",
        f"Łukasz Żółć\t{t(10, 30)}\t{t(11, 0)}\t30m 0s\t\t\tAttendee",
        f"Unbekannter Gast\t{t(10, 0)}\t{t(10, 10)}\t10m 0s\t\t\tAttendee",
        "",
        "3. In-Meeting Activities",
        "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
        # Ayşe: joined early, dropped out 11:00–11:30, rejoined on a second device overlapping the first
        f"Yılmaz, Ayşe\t{t(9, 55)}\t{t(11, 0)}\t1h 5m 0s\tayse.yilmaz@bochum.example\tAttendee",
        f"Yılmaz, Ayşe\t{t(11, 30)}\t{t(13, 5)}\t1h 35m 0s\tayse.yilmaz@bochum.example\tAttendee",
        f"Yılmaz, Ayşe\t{t(12, 0)}\t{t(12, 30)}\t30m 0s\tayse.yilmaz@bochum.example\tAttendee",
        f"Łukasz Żółć\t{t(10, 30)}\t{t(11, 0)}\t30m 0s\t\tAttendee",
        f"Unbekannter Gast\t{t(10, 0)}\t{t(10, 10)}\t10m 0s\t\tAttendee",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # Teams writes UTF-16 with a BOM
    return path


@pytest.fixture
def scene(db):
    with db.writing() as s:
        ayse = Person(
            salutation="Frau",
            first_name="Ayşe",
            last_name="Yılmaz",
            email="ayse.yilmaz@bochum.example",
            search_key="ayse yilmaz",
        )
        lukasz = Person(salutation="Herr", first_name="Łukasz", last_name="Żółć", search_key="lukasz zolc")
        s.add_all([ayse, lukasz])
        event = make_event(s, day=DAY, format="Hybrid")
        register(s, event.id, ayse.id, confirmed=True)
        return event.id, ayse.id, lukasz.id


def test_intervals_are_merged_and_cut_to_the_event():
    def at(h: int, m: int) -> dt.datetime:
        return dt.datetime.combine(DAY, dt.time(h, m))

    start, end = at(10, 0), at(13, 0)
    assert (
        attended_minutes([(at(9, 55), at(11, 0)), (at(11, 30), at(13, 5)), (at(12, 0), at(12, 30))], start, end) == 150
    )
    assert attended_minutes([(at(8, 0), at(9, 0))], start, end) == 0


@pytest.mark.parametrize("date_format", ["%m/%d/%y, %I:%M:%S %p", "%d.%m.%Y, %H:%M:%S"])
def test_teams_report_in_utf16_marks_online_attendance_with_minutes(db, scene, tmp_path, date_format):
    event_id, ayse, lukasz = scene
    path = _teams_report(tmp_path / "meetingAttendanceReport.csv", date_format)
    preview = import_online_attendance(db, path, event_id=event_id, dry_run=True)
    assert preview.source == TEAMS
    assert {o.values["Name"]: o.values["Minuten"] for o in preview.rows} == {"Yılmaz, Ayşe": 150, "Łukasz Żółć": 30}
    assert "bitte prüfen" in next(o.note for o in preview.rows if o.values["Name"] == "Łukasz Żółć")
    assert preview.unmatched == ["Unbekannter Gast"]
    with db.session() as s:
        assert s.query(Registration).filter_by(status="teilgenommen").count() == 0
    report = import_online_attendance(db, path, event_id=event_id)
    assert "2 als teilgenommen (Online) markiert" in report.summary() and "Unbekannter Gast" in report.summary()
    with db.session() as s:
        marks = {r.person_id: (r.status, r.attendance_mode, r.attended_minutes) for r in s.query(Registration)}
    assert marks == {ayse: ("teilgenommen", "Online", 150), lukasz: ("teilgenommen", "Online", 30)}


def test_older_teams_list_of_joins_and_leaves(db, scene, tmp_path):
    event_id, _, _ = scene
    path = tmp_path / "attendance.csv"
    rows = [
        "Full Name\tUser Action\tTimestamp",
        "Ayşe Yılmaz\tJoined\t11/5/2026, 9:58:00 AM",
        "Ayşe Yılmaz\tLeft\t11/5/2026, 11:00:00 AM",
        "Ayşe Yılmaz\tJoined\t11/5/2026, 11:15:00 AM",
        "Ayşe Yılmaz\tLeft\t11/5/2026, 12:30:00 PM",
    ]
    path.write_bytes("\n".join(rows).encode("utf-16"))
    parsed = parse_report(path, DAY)
    assert parsed.source == TEAMS_LEGACY
    report = import_online_attendance(db, path, event_id=event_id)
    assert [o.values["Minuten"] for o in report.rows] == [135]


def test_zoom_report_with_rejoins_and_meeting_line(db, scene, tmp_path):
    event_id, _, _ = scene
    path = tmp_path / "participants_81234567890.csv"
    path.write_text(
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
        "81234567890,Netzwerktreffen,11/05/2026 09:50:00 AM,11/05/2026 01:10:00 PM,gs@netzwerk.example,200,3\n\n"
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\n"
        "Ayşe Yılmaz,ayse.yilmaz@bochum.example,11/05/2026 10:05:00 AM,11/05/2026 10:45:00 AM,40,No,Y\n"
        "Ayşe Yılmaz,ayse.yilmaz@bochum.example,11/05/2026 10:40:00 AM,11/05/2026 11:20:00 AM,40,No,Y\n",
        encoding="utf-8-sig",
    )
    report = import_online_attendance(db, path, event_id=event_id)
    assert report.source == ZOOM and [o.values["Minuten"] for o in report.rows] == [75]


def test_webex_attendee_csv(db, scene, tmp_path):
    event_id, _, _ = scene
    path = tmp_path / "webex.csv"
    path.write_text(
        "Name,Email,Join Time,Leave Time,Attendance Duration\n"
        "Ayşe Yılmaz,AYSE.YILMAZ@bochum.example,2026-11-05 10:00:00,2026-11-05 12:00:00,120 mins\n",
        encoding="utf-8",
    )
    report = import_online_attendance(db, path, event_id=event_id, dry_run=True)
    assert report.source == WEBEX and [o.values["Minuten"] for o in report.rows] == [120]


def test_unreadable_time_names_the_row_and_writes_nothing(db_path, tmp_path, capsys):
    from model.core.db import open_database

    db = open_database(db_path)
    with db.writing() as s:
        event_id = make_event(s, day=DAY).id
    db.dispose()
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
        "A B,a@b.example,gestern,11/05/2026 11:00:00 AM,5\n",
        encoding="utf-8",
    )
    assert main.main(["--db", str(db_path), "import", "online-attendance", str(path), "--event", str(event_id)]) == 1
    assert "Zeile 2, Feld »Beitritt«" in capsys.readouterr().err


def test_online_minutes_become_chamber_units(db, scene, tmp_path):
    from decimal import Decimal

    from model.core.entities import Accreditation
    from model.training.credits import credit_account

    event_id, ayse, _ = scene
    with db.writing() as s:
        s.get(Person, ayse).chamber = "AKNW"
        # Recognised before the event: only then do its points count.
        s.add(
            Accreditation(
                event_id=event_id,
                chamber="AKNW",
                credit_points=Decimal(4),
                state="anerkannt",
                recognition_number="AKNW-FB-2026-0815",
                recognised_on=DAY - dt.timedelta(days=30),
            )
        )
    import_online_attendance(db, _teams_report(tmp_path / "t.csv", "%d.%m.%Y, %H:%M:%S"), event_id=event_id)
    account = credit_account(db, ayse, DAY.year)
    assert account.total == Decimal(3)  # 150 minutes online = 3 units of 45 minutes (of 4 accredited)
