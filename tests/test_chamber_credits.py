"""Chambers and their yearly rules; certificates and statements a chamber would accept."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from cli_support import call_cli, run_cli
from pypdf import PdfReader
from sqlalchemy import func, select

from model.core.entities import (
    Accreditation,
    AgendaItem,
    Certificate,
    Event,
    ExternalTraining,
    OfficeProfile,
    Person,
    Registration,
)
from model.core.errors import UserError
from model.events.attendance import set_attendance
from model.settings.chambers import Rule, rule_for, save_rule
from model.training.certificates import asset_bytes, issue_credit_statement, issue_for_event, revoke
from model.training.check_codes import verify
from model.training.credits import credit_account
from reports.certificate_batch import produce_certificates
from reports.credit_statement import credit_statement_pdf

D = Decimal


def _event(s, title, start, hours=6, fmt="Präsenz", **accreditation):
    event = Event(
        kind="Fortbildung",
        title=title,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=hours),
        format=fmt,
        venue="Rathaus Essen",
        status="durchgeführt",
    )
    s.add(event)
    s.flush()
    if accreditation:
        s.add(Accreditation(event_id=event.id, **accreditation))
    return event


def _attend(s, event, person, **extra):
    s.add(
        Registration(
            event_id=event.id,
            person_id=person.id,
            status="teilgenommen",
            registered_at=event.starts_at - dt.timedelta(days=10),
            **extra,
        )
    )


def _aknw(number="AKNW-1", points=8, recognised=dt.date(2023, 1, 2), **more):
    return dict(
        chamber="AKNW",
        recognition_number=number,
        credit_points=D(points),
        field="Stadtplanung",
        recognised_on=recognised,
        **more,
    )


@pytest.mark.parametrize(
    "chamber, category, year, required, unit",
    [
        ("AKNW", None, 2023, 8, "Unterrichtsstunden"),
        ("AKNW", None, 2024, 16, "Fortbildungspunkte"),
        ("AKNW", None, 2027, 16, "Fortbildungspunkte"),
        ("IK-Bau NRW", "Pflichtmitglied", 2025, 8, "Unterrichtsstunden"),
        ("IK-Bau NRW", "freiwilliges Mitglied", 2025, 4, "Unterrichtsstunden"),
        ("IK-Bau NRW", "eingeschränkt bauvorlageberechtigt", 2024, 16, "Unterrichtsstunden"),
    ],
)
def test_rule_of_the_year_and_category(db, chamber, category, year, required, unit):
    with db.session() as s:
        rule = rule_for(s, chamber, category, year)
    assert (rule.required, rule.unit) == (required, unit)


def test_no_rule_without_chamber_and_a_new_chamber_needs_no_schema_change(db):
    from model.settings.chambers import ChamberData, save_chamber

    with db.session() as s:
        assert rule_for(s, None, None, 2025) is None
    save_chamber(db, ChamberData("AK Lummerland", "Architektenkammer Lummerland", "Lummerland"))
    save_rule(db, Rule("AK Lummerland", "", 2026, D(20), "Fortbildungspunkte", carry_over=True))
    with db.writing() as s:
        s.add(Person(first_name="Jim", last_name="Knopf", chamber="AK Lummerland"))
    with db.session() as s:
        assert rule_for(s, "AK Lummerland", None, 2026).required == 20


@pytest.fixture
def year_2023(db):
    """An IK-Bau member with AKNW-recognised events; an overlap; a person without chamber."""
    with db.writing() as s:
        s.get(OfficeProfile, 1).city = "Essen"
        ik = Person(
            salutation="Frau",
            first_name="Ayşe",
            last_name="Yılmaz",
            chamber="IK-Bau NRW",
            chamber_number="IK-1",
            chamber_category="Pflichtmitglied",
        )
        free = Person(salutation="Herr", first_name="Łukasz", last_name="Żółć")
        s.add_all([ik, free])
        s.flush()
        morning = _event(s, "Quartiersentwicklung kompakt", dt.datetime(2023, 5, 4, 9), hours=8, **_aknw("AKNW-A"))
        afternoon = _event(
            s, "Klimaanpassung am Nachmittag", dt.datetime(2023, 5, 4, 14), hours=3, **_aknw("AKNW-B", points=4)
        )
        later = _event(
            s, "Beteiligung digital", dt.datetime(2023, 9, 7, 10), hours=4, fmt="Online", **_aknw("AKNW-C", points=4)
        )
        for event in (morning, afternoon, later):
            _attend(s, event, ik)
            _attend(s, event, free)
        return {"ik": ik.id, "free": free.id, "events": [morning.id, afternoon.id, later.id]}


def test_other_chambers_recognition_counts_and_overlap_counts_once(db, year_2023):
    account = credit_account(db, year_2023["ik"], 2023)
    assert [e.chamber for e in account.entries] == ["AKNW"] * 3
    assert account.entries[0].recognition_note == "anerkannt von AKNW; Anrechnung durch Ihre Kammer"
    # 9–17 and 14–17 overlap by three hours = four 45-minute units: the afternoon adds nothing.
    assert [e.points for e in account.entries] == [8, 0, 4]
    assert account.entries[1].overlap_note.startswith("überschneidet sich mit »Quartiersentwicklung kompakt«")
    assert account.total == 12 and account.requirement == 8 and account.missing == 0


def test_statement_of_a_person_without_chamber_has_no_requirement(db, year_2023):
    statement = issue_credit_statement(db, year_2023["free"], 2023)
    text = " ".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(credit_statement_pdf(statement.snapshot, lambda d: asset_bytes(db, d)))).pages
    )
    assert "Jahresanforderung" not in " ".join(text.split()).replace(
        "Keine Kammermitgliedschaft erfasst; eine Jahresanforderung gilt daher nicht.", ""
    )
    assert "Seite 1 von 1" in text


def test_statement_names_the_rule_of_the_year_and_external_trainings(db, year_2023):
    with db.writing() as s:
        s.add(
            ExternalTraining(
                person_id=year_2023["ik"],
                provider="Akademie Ruhr",
                title="Brandschutz im Bestand",
                held_on=dt.date(2023, 11, 2),
                points=D(3),
                proof_seen=True,
            )
        )
    snapshot = issue_credit_statement(db, year_2023["ik"], 2023).snapshot
    text = " ".join(
        " ".join(
            p.extract_text()
            for p in PdfReader(io.BytesIO(credit_statement_pdf(snapshot, lambda d: asset_bytes(db, d)))).pages
        ).split()
    )
    assert (
        "Jahresanforderung 2023 der Ingenieurkammer-Bau Nordrhein-Westfalen (Pflichtmitglied): 8 Unterrichtsstunden"
        in text
    )
    assert "Brandschutz im Bestand" in text and "Nachweis gesehen" in text
    assert "anerkannt von AKNW; Anrechnung durch Ihre Kammer" in text
    assert "Angerechnet: 15 Unterrichtsstunden; die Anforderung ist erfüllt." in text


def test_carry_over_of_surplus_where_the_rule_allows(db):
    save_rule(db, Rule("AK RLP", "", 2026, D(16), "Fortbildungspunkte", carry_over=True))
    save_rule(db, Rule("AK RLP", "", 2025, D(16), "Fortbildungspunkte", carry_over=True))
    with db.writing() as s:
        person = Person(first_name="Rhein", last_name="Land", chamber="AK RLP")
        s.add(person)
        s.flush()
        event = _event(
            s,
            "Großes Forum",
            dt.datetime(2025, 6, 1, 9),
            hours=10,
            **dict(_aknw("AKRP-1", points=20, recognised=dt.date(2025, 1, 1)), chamber="AK RLP"),
        )
        _attend(s, event, person)
        person_id = person.id
    assert credit_account(db, person_id, 2025).carry_out == 4
    assert credit_account(db, person_id, 2026).carried_in == 4


def test_certificates_only_after_the_event_and_only_with_recognition(db, year_2023):
    with pytest.raises(UserError, match="Bescheinigungen gibt es erst nach dem Ende"):
        issue_for_event(db, year_2023["events"][0], now=dt.datetime(2023, 5, 4, 12))
    with db.writing() as s:
        accreditation = s.scalar(select(Accreditation).where(Accreditation.event_id == year_2023["events"][0]))
        accreditation.recognised_on = dt.date(2023, 5, 10)  # only after the event
    with pytest.raises(UserError, match="von keiner Kammer vor Beginn anerkannt"):
        issue_for_event(db, year_2023["events"][0])
    plain = issue_for_event(db, year_2023["events"][0], without_points=True)
    assert all(c.snapshot["credits"] == [] and "ohne Fortbildungspunkte" in c.snapshot["no_credit_note"] for c in plain)
    for certificate in plain:
        revoke(db, certificate.id, "Test")
    with db.writing() as s:
        s.scalar(select(Accreditation).where(Accreditation.event_id == year_2023["events"][0])).late_accepted = True
    credited = issue_for_event(db, year_2023["events"][0])
    assert credited[0].snapshot["credits"][0]["recognised_text"] == (
        "anerkannt von der Architektenkammer Nordrhein-Westfalen unter Nr. AKNW-A"
    )


def test_attendance_mode_per_person_at_a_hybrid_event(db):
    from events_fixtures import build_scene

    from model.events.participants import register_people, registration_rows

    scene = build_scene(db, capacity=None)
    with db.writing() as s:
        event = s.get(Event, scene.event_id)
        event.format = "Hybrid"
        start = event.starts_at
    register_people(db, scene.event_id, scene.people[:2], now=start - dt.timedelta(days=30))
    rows = registration_rows(db, scene.event_id)
    with pytest.raises(UserError, match="Anwesenheit kann erst ab Beginn"):
        set_attendance(db, rows[0].id, "teilgenommen", now=start - dt.timedelta(days=35))
    set_attendance(db, rows[0].id, "teilgenommen", now=start, mode="Online")
    set_attendance(db, rows[1].id, "teilgenommen", now=start)
    with db.session() as s:
        modes = dict(
            s.execute(
                select(Registration.person_id, Registration.attendance_mode).where(
                    Registration.event_id == scene.event_id
                )
            ).all()
        )
    assert sorted(modes.values()) == ["Online", "Präsenz"]


def test_speaker_gets_a_confirmation_of_the_contribution(db, year_2023):
    with db.writing() as s:
        speaker = Person(salutation="Frau", first_name="Petra", last_name="Vortrag")
        s.add(speaker)
        s.flush()
        event = s.get(Event, year_2023["events"][2])
        s.add(
            AgendaItem(
                event_id=event.id,
                position=1,
                title="Beteiligung mit Karten",
                kind="Vortrag",
                duration_minutes=45,
                speaker_person_id=speaker.id,
            )
        )
        _attend(s, event, speaker, role="Referent/in")
        speaker_id = speaker.id
    snapshot = issue_for_event(db, year_2023["events"][2], [speaker_id])[0].snapshot
    assert snapshot["title"] == "Bestätigung der Mitwirkung"
    assert snapshot["contributions"] == ["Beteiligung mit Karten (07.09.2023, 45 Minuten)"]
    assert snapshot["credits"] == []  # points for speakers only where the office allows


def test_unwritable_folder_uses_no_number(db, year_2023, tmp_path):
    blocker = tmp_path / "keinordner"
    blocker.write_text("eine Datei, kein Ordner")
    with pytest.raises(UserError, match="keine Bescheinigungsnummer vergeben"):
        produce_certificates(db, year_2023["events"][2], blocker / "sub")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 0


def test_check_codes_answer_valid_revoked_unknown(db, year_2023):
    first, second = issue_for_event(db, year_2023["events"][2])
    revoke(db, second.id, "Falsche Person")
    assert verify(db, first.snapshot["check_code"].lower().replace("-", "")).state == "gültig"
    assert verify(db, second.snapshot["check_code"]).line().startswith("widerrufen:")
    assert verify(db, "AAAA-BBBB-CCCC").state == "unbekannt"
    assert first.snapshot["check_code"] != second.snapshot["check_code"]


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_command_line_year_verify_and_json(db, year_2023, tmp_path):
    url = str(db.url)
    bad = call_cli(
        "--db",
        url,
        "credit-statement",
        "--person",
        str(year_2023["ik"]),
        "--year",
        "0",
        "--out",
        str(tmp_path / "n.pdf"),
    )
    assert bad.returncode == 1 and "Das Jahr 0 ist nicht möglich" in bad.stderr and "Traceback" not in bad.stderr
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 0
    code = issue_for_event(db, year_2023["events"][2])[0].snapshot["check_code"]
    checked = call_cli("--db", url, "verify", code)
    assert checked.returncode == 0 and checked.stdout.startswith("gültig: ")
    events = json.loads(call_cli("--db", url, "list", "events", "--json").stdout)
    assert events[0]["accreditations"] == [{"chamber": "AKNW", "state": "anerkannt", "number": "AKNW-A", "points": 8}]
    registrations = json.loads(call_cli("--db", url, "list", "registrations", "--json").stdout)
    assert {r["mode"] for r in registrations} == {None} and "attended_minutes" in registrations[0]


def test_json_contract_carries_mode_minutes_and_every_accreditation(db, year_2023):
    """``list registrations --json``: mode Präsenz/Online/null, attended_minutes null for whole
    attendance; ``list events --json``: every accreditation with chamber, state, number, points."""
    morning, _afternoon, later = year_2023["events"]
    with db.writing() as s:
        s.add(Accreditation(event_id=later, chamber="ByAK", credit_points=D("3.5"), state="beantragt"))
        ids = {(r.event_id, r.person_id): r.id for r in s.scalars(select(Registration))}
    now = dt.datetime(2024, 1, 1)
    set_attendance(db, ids[(later, year_2023["free"])], "teilgenommen", 90, now=now)  # an online event
    set_attendance(db, ids[(morning, year_2023["ik"])], "teilgenommen", None, now=now, mode="Präsenz")
    url = str(db.url)
    events = {e["id"]: e for e in json.loads(run_cli("--db", url, "list", "events", "--json").stdout)}
    assert events[later]["accreditations"] == [
        {"chamber": "AKNW", "state": "anerkannt", "number": "AKNW-C", "points": 4},
        {"chamber": "ByAK", "state": "beantragt", "number": None, "points": 3.5},
    ]
    rows = {
        (r["event_id"], r["person_id"]): r
        for r in json.loads(run_cli("--db", url, "list", "registrations", "--json").stdout)
    }
    assert (rows[(later, year_2023["free"])]["mode"], rows[(later, year_2023["free"])]["attended_minutes"]) == (
        "Online",
        90,
    )
    assert (rows[(morning, year_2023["ik"])]["mode"], rows[(morning, year_2023["ik"])]["attended_minutes"]) == (
        "Präsenz",
        None,
    )
    assert (rows[(later, year_2023["ik"])]["mode"], rows[(later, year_2023["ik"])]["attended_minutes"]) == (None, None)


@pytest.mark.parametrize("offset, allowed", [(None, False), (0, True), (1, True), (2, False)])
def test_statement_years_run_from_2000_to_next_year(db, year_2023, tmp_path, offset, allowed):
    """``--year`` outside 2000 … next year is refused before any number is taken."""
    this_year = dt.date.today().year
    years = [1999] if offset is None else [this_year + offset]
    if offset == 0:
        years.append(2000)
    for year in years:
        single = run_cli(
            "--db",
            str(db.url),
            "credit-statement",
            "--person",
            str(year_2023["ik"]),
            "--year",
            str(year),
            "--out",
            str(tmp_path / f"{year}.pdf"),
        )
        batch = run_cli("--db", str(db.url), "statements", "--year", str(year), "--out", str(tmp_path / str(year)))
        if allowed:
            assert single.returncode == 0, single.stderr
            assert batch.returncode == 0, batch.stderr
        else:
            for result in (single, batch):
                assert result.returncode == 1 and "Traceback" not in result.stderr
                assert (
                    f"Das Jahr {year} ist nicht möglich: Nachweise gibt es für 2000 bis {this_year + 1}."
                    in result.stderr
                )
    if not allowed:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Certificate)) == 0


def test_name_only_match_with_another_email_fails_the_import_until_accepted(db, tmp_path):
    from events_fixtures import build_scene
    from openpyxl import Workbook

    scene = build_scene(db, capacity=None)
    with db.writing() as s:  # a meeting that took place
        event = s.get(Event, scene.event_id)
        event.starts_at, event.ends_at = dt.datetime(2026, 3, 5, 10), dt.datetime(2026, 3, 5, 13)
    workbook = Workbook()
    workbook.active.append(["Name", "E-Mail", "Anwesend"])
    workbook.active.append(["Ayşe Yılmaz", "a.yilmaz@gelsenkirchen.example", "x"])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    args = ("--db", str(db.url), "import", "attendance", str(path), "--event", str(scene.event_id))
    refused = call_cli(*args)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    line = refused.stderr.strip()
    assert "Zeile 2" in line and "a.yilmaz@gelsenkirchen.example" in line and "ayse.yilmaz@bochum.example" in line
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Registration).where(Registration.status == "teilgenommen")) == 0
        )
    accepted = call_cli(*args, "--accept-name-matches")
    assert accepted.returncode == 0, accepted.stderr


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_year_end_statements_for_everyone_in_one_go(db, year_2023, tmp_path):
    out = tmp_path / "nachweise"
    done = call_cli("--db", str(db.url), "statements", "--year", "2023", "--out", str(out), "--merged")
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "Alle_Fortbildungsnachweise.pdf",
        "Yılmaz_Ayşe_Fortbildungsnachweis_2023.pdf",
        "Żółć_Łukasz_Fortbildungsnachweis_2023.pdf",
    ]
    again = call_cli("--db", str(db.url), "statements", "--year", "2023", "--out", str(tmp_path / "wieder"))
    assert "0 neu ausgestellt, 2 nachgedruckt" in again.stdout
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 2


def test_year_end_drafts_carry_the_statement_worded_by_the_template(db, year_2023, tmp_path):
    from email import policy
    from email.parser import BytesParser

    from model.mail.templates import STATEMENT, save_template

    with db.writing() as s:
        s.get(Person, year_2023["free"]).email = "l.zolc@example.org"
        s.get(OfficeProfile, 1).office_name = "Müller & Söhne <GmbH>"
    save_template(
        db,
        STATEMENT,
        "Ihr Fortbildungsnachweis {jahr} – {nachname}",
        "{anrede},\n\nanbei Ihr Nachweis für {jahr}.\n\n{geschaeftsstelle}\n",
    )
    out = tmp_path / "nachweise"
    done = run_cli("--db", str(db.url), "statements", "--year", "2023", "--out", str(out), "--drafts")
    assert done.returncode == 0, done.stderr
    assert "1 E-Mail-Entwürfe geschrieben." in done.stdout
    assert "Kein Entwurf für Ayşe Yılmaz: keine E-Mail-Adresse." in done.stdout
    assert sorted(p.name for p in out.iterdir()) == [
        "Yılmaz_Ayşe_Fortbildungsnachweis_2023.pdf",
        "Żółć_Łukasz_Fortbildungsnachweis_2023.eml",
        "Żółć_Łukasz_Fortbildungsnachweis_2023.pdf",
    ]
    draft = BytesParser(policy=policy.default).parsebytes(
        (out / "Żółć_Łukasz_Fortbildungsnachweis_2023.eml").read_bytes()
    )
    assert draft["X-Unsent"] == "1"
    assert draft["Subject"] == "Ihr Fortbildungsnachweis 2023 – Żółć"
    assert draft["To"].addresses[0].display_name == "Łukasz Żółć"
    assert draft["To"].addresses[0].addr_spec == "l.zolc@example.org"
    body = draft.get_body(("plain",)).get_content()
    assert body.startswith("Sehr geehrter Herr Żółć,") and "anbei Ihr Nachweis für 2023." in body
    assert "Müller & Söhne <GmbH>" in body
    attachment = next(draft.iter_attachments())
    assert attachment.get_filename() == "Żółć_Łukasz_Fortbildungsnachweis_2023.pdf"
    assert attachment.get_content() == (out / "Żółć_Łukasz_Fortbildungsnachweis_2023.pdf").read_bytes()


def test_points_proposed_from_the_agenda_and_pending_recognitions(db):
    from model.training.recognition import pending_recognitions, proposed_points

    agenda = [
        AgendaItem(title="Vortrag", kind="Vortrag", duration_minutes=90),
        AgendaItem(title="Pause", kind="Pause", duration_minutes=30),
        AgendaItem(title="Arbeitsphase", kind="Arbeitsphase", duration_minutes=89),
    ]
    assert proposed_points(agenda) == 3  # 179 creditable minutes ÷ 45, rounded down
    assert proposed_points([]) is None
    today = dt.date(2026, 12, 1)
    with db.writing() as s:
        soon = _event(
            s, "Bald", dt.datetime(2026, 12, 20, 9), **_aknw(None, state="beantragt", applied_on=dt.date(2026, 11, 1))
        )
        _event(s, "Später", dt.datetime(2027, 3, 1, 9), **_aknw(None, state="beantragt"))
        _event(s, "Anerkannt", dt.datetime(2026, 12, 10, 9), **_aknw("AKNW-OK"))
        soon_id = soon.id
    pending = pending_recognitions(db, today)
    assert [(p.event_id, p.state) for p in pending] == [(soon_id, "beantragt")]
    assert "die Anerkennung liegt noch nicht vor" in pending[0].line()


def test_external_training_recorded_on_the_command_line_counts_apart(db, year_2023):
    args = (
        "--db",
        str(db.url),
        "external-training",
        "--person",
        str(year_2023["free"]),
        "--provider",
        "Akademie <Ruhr>",
        "--title",
        "Brandschutz",
        "--date",
        "02.11.2023",
        "--points",
        "2,5",
    )
    assert call_cli(*args, "--proof-seen").returncode == 0
    bad = call_cli(*args[:-2], "--points", "0")
    assert bad.returncode == 1 and "Punkte" in bad.stderr and "Traceback" not in bad.stderr
    account = credit_account(db, year_2023["free"], 2023)
    assert [(e.provider, e.points, e.proof_seen) for e in account.external] == [("Akademie <Ruhr>", D("2.5"), True)]
    assert account.total == 12  # the office's own events stay their own sum


def test_certificate_issued_before_these_rules_reprints_its_old_lines():
    """The register's promise: a snapshot of the old form prints what it printed then."""
    from reports.certificates import certificates_pdf

    old = {
        "kind": "Teilnahmebescheinigung",
        "title": "Teilnahmebescheinigung",
        "text": "hat an der folgenden, von der Kammer als Fortbildung anerkannten Veranstaltung teilgenommen:",
        "office": {"name": "Geschäftsstelle", "place": "Essen", "signatory_name": "Dr. Petra Schulte"},
        "person": {
            "salutation": "Frau",
            "first_name": "Ayşe",
            "last_name": "Yılmaz",
            "chamber_name": "Architektenkammer Nordrhein-Westfalen",
            "chamber_number": "A-1",
        },
        "event": {
            "title": "Klimaanpassung",
            "when": "5. März 2026",
            "venue": "Rathaus",
            "format": "Präsenz",
            "format_label": "Präsenz / Telepräsenz",
            "provider": "Geschäftsstelle",
            "topics": ["Starkregen"],
            "start": "2026-03-05T09:30:00",
        },
        "credits": [
            {
                "chamber": "AKNW",
                "chamber_name": "Architektenkammer Nordrhein-Westfalen",
                "recognition_number": "AKNW-2026-0815",
                "field": "Stadtplanung",
                "points": 8.0,
                "points_text": "8",
                "unit": "Fortbildungspunkte",
                "minutes_per_unit": 45,
            }
        ],
        "number": "NWS-2026-0001",
        "issued_on": "2026-03-06",
        "issued_on_text": "6. März 2026",
    }
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(certificates_pdf([old], lambda d: None))).pages).split()
    )
    for line in (
        "Anerkannt von Architektenkammer Nordrhein-Westfalen",
        "Anerkennungsnummer AKNW-2026-0815",
        "Format Präsenz / Telepräsenz",
        "8 Fortbildungspunkte (je 45 Minuten)",
        "NWS-2026-0001",
    ):
        assert line in text
    assert "Prüfcode" not in text and "Teilnahme in" not in text


def test_attendance_import_sets_the_mode_per_row(db, tmp_path):
    from events_fixtures import build_scene
    from openpyxl import Workbook

    from model.importing.attendance_import import import_attendance

    scene = build_scene(db, capacity=None)
    with db.writing() as s:
        event = s.get(Event, scene.event_id)
        event.format = "Hybrid"
        start = event.starts_at
    workbook = Workbook()
    for row in (
        ["Name", "E-Mail", "Teilnahmeform"],
        ["Ayşe Yılmaz", "ayse.yilmaz@bochum.example", "Telepräsenz"],
        ["Łukasz Żółć", "lukasz.zolc@gelsenkirchen.example", "vor Ort"],
    ):
        workbook.active.append(row)
    workbook.save(tmp_path / "liste.xlsx")
    import_attendance(db, tmp_path / "liste.xlsx", event_id=scene.event_id, now=start + dt.timedelta(hours=1))
    with db.session() as s:
        modes = dict(
            s.execute(
                select(Person.last_name, Registration.attendance_mode).join(
                    Registration, Registration.person_id == Person.id
                )
            ).all()
        )
    assert modes == {"Yılmaz": "Online", "Żółć": "Präsenz"}


def test_person_import_names_chambers_of_every_land_and_refuses_unknown_ones(db, tmp_path):
    from member_data import workbook

    from model.core.errors import UserError as ImportError_
    from model.importing.person_import import import_persons

    good = workbook(
        tmp_path / "gut.xlsx",
        [
            ["Vorname", "Nachname", "Kammer"],
            ["Anna", "Huber", "Bayerische Architektenkammer"],
            ["Ben", "Krause", "AKNW"],
        ],
    )
    import_persons(db, good)
    with db.session() as s:
        assert dict(s.execute(select(Person.last_name, Person.chamber)).all()) == {"Huber": "ByAK", "Krause": "AKNW"}
    bad = workbook(
        tmp_path / "schlecht.xlsx", [["Vorname", "Nachname", "Kammer"], ["Cem", "Yıldız", "Kammer Atlantis"]]
    )
    with pytest.raises(ImportError_, match=r"Zeile 2.*Kammer »Kammer Atlantis« ist nicht bekannt"):
        import_persons(db, bad)
