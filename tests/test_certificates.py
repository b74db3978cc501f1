"""Credit rules, the certificate register and the certificate PDFs."""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from model.core.entities import (
    Accreditation,
    AgendaItem,
    Certificate,
    Event,
    OfficeProfile,
    Organisation,
    Person,
    Registration,
)
from model.core.errors import UserError
from model.training.certificates import (
    asset_bytes,
    get_certificate,
    issue_credit_statement,
    issue_for_event,
    register_rows,
    reissue,
    revoke,
)
from model.training.credits import credit_account, earned_points
from reports.certificates import certificates_pdf, write_certificate_files
from reports.credit_statement import credit_statement_pdf

D = Decimal


@pytest.mark.parametrize(
    "status, role, minutes, speakers, expected",
    [
        ("teilgenommen", "Teilnahme", None, False, D(4)),
        ("angemeldet", "Teilnahme", None, False, D(0)),
        ("nicht erschienen", "Teilnahme", None, False, D(0)),
        ("entschuldigt", "Teilnahme", None, False, D(0)),
        ("teilgenommen", "Teilnahme", 135, False, D(3)),  # three full 45-minute units
        ("teilgenommen", "Teilnahme", 134, False, D(2)),
        ("teilgenommen", "Teilnahme", 600, False, D(4)),  # never more than recognised
        ("teilgenommen", "Referent/in", None, False, D(0)),
        ("teilgenommen", "Referent/in", None, True, D(4)),
        ("teilgenommen", "Organisation", None, True, D(0)),
    ],
)
def test_credit_rules(status, role, minutes, speakers, expected):
    assert earned_points(status, role, D(4), minutes, 45, speakers) == expected


@pytest.fixture
def training(db):
    """An accredited Fortbildung with attendees, a no-show and a partial attendee."""
    with db.writing() as s:
        profile = s.get(OfficeProfile, 1)
        profile.office_name = "Geschäftsstelle Städtenetz Soziale Stadt NRW"
        profile.city, profile.certificate_place = "Dortmund", "Dortmund"
        profile.signatory_name, profile.signatory_function = "Dr. Petra Schulte", "Leitung der Geschäftsstelle"
        profile.signature_png = _png()
        org = Organisation(name="Müller & Söhne <GmbH>", kind="Sonstige")
        s.add(org)
        s.flush()
        event = Event(
            kind="Fortbildung",
            title="Klimaanpassung im Quartier <Praxis & Recht>",
            starts_at=dt.datetime(2026, 3, 5, 9, 30),
            ends_at=dt.datetime(2026, 3, 5, 16, 0),
            format="Präsenz",
            venue="Rathaus Gelsenkirchen",
            status="durchgeführt",
        )
        s.add(event)
        s.flush()
        s.add(
            Accreditation(
                event_id=event.id,
                chamber="AKNW",
                recognition_number="AKNW-2026-0815",
                credit_points=D(8),
                field="Stadtplanung",
                recognised_on=dt.date(2026, 2, 1),
            )
        )
        s.add_all(
            [
                AgendaItem(event_id=event.id, position=1, title="Begrüßung", kind="Begrüßung"),
                AgendaItem(
                    event_id=event.id, position=2, title="Starkregenvorsorge in Bestandsquartieren", kind="Vortrag"
                ),
                AgendaItem(event_id=event.id, position=3, title="Mittagspause", kind="Pause"),
            ]
        )
        people = [
            Person(
                salutation="Frau",
                first_name="Ayşe",
                last_name="Yılmaz",
                chamber="AKNW",
                chamber_number="A-12345",
                organisation_id=org.id,
            ),
            Person(salutation="Herr", title="Dr.", first_name="Łukasz", last_name="Żółć"),
            Person(salutation="Herr", first_name="Nicht", last_name="Erschienen"),
            Person(salutation="ohne", first_name="Teil", last_name="Weise", chamber="AKNW"),
        ]
        s.add_all(people)
        s.flush()
        statuses = [("teilgenommen", None), ("teilgenommen", None), ("nicht erschienen", None), ("teilgenommen", 100)]
        for person, (status, minutes) in zip(people, statuses, strict=True):
            s.add(
                Registration(
                    event_id=event.id,
                    person_id=person.id,
                    status=status,
                    attended_minutes=minutes,
                    registered_at=dt.datetime(2026, 2, 10),
                )
            )
        return {"event": event.id, "people": [p.id for p in people]}


def _png() -> bytes:
    import struct
    import zlib

    width, height = 4, 2
    raw = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _text(pdf: bytes) -> str:
    """The PDF's text with line breaks as spaces (table cells and wrapped lines read on)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_only_attendees_get_numbered_certificates(db, training):
    issued = issue_for_event(db, training["event"], now=dt.datetime(2026, 3, 6, 12))
    assert [c.number for c in issued] == ["NWS-2026-0001", "NWS-2026-0002", "NWS-2026-0003"]
    names = {c.snapshot["person"]["last_name"] for c in issued}
    assert names == {"Yılmaz", "Żółć", "Weise"}
    with pytest.raises(UserError, match="nicht als »teilgenommen«"):
        issue_for_event(db, training["event"], [training["people"][2]])


def test_partial_attendance_earns_points_for_full_units(db, training):
    issued = {c.snapshot["person"]["last_name"]: c for c in issue_for_event(db, training["event"])}
    assert issued["Weise"].snapshot["credits"][0]["points"] == 2  # 100 minutes = 2 × 45
    assert issued["Yılmaz"].snapshot["credits"][0]["points"] == 8


def test_reprint_is_identical_even_after_data_changed(db, training):
    first = sorted(issue_for_event(db, training["event"]), key=lambda c: c.number)
    pdf_before = certificates_pdf([c.snapshot for c in first], lambda d: asset_bytes(db, d))
    with db.writing() as s:
        s.get(Person, training["people"][0]).last_name = "Geändert"
        s.get(Event, training["event"]).title = "Neuer Titel"
        s.get(OfficeProfile, 1).signature_png = b"not an image any more"
    again = sorted(issue_for_event(db, training["event"]), key=lambda c: c.number)
    assert [c.number for c in again] == [c.number for c in first] and all(c.reprint for c in again)
    assert [c.snapshot for c in again] == [c.snapshot for c in first]
    pdf_after = certificates_pdf([c.snapshot for c in again], lambda d: asset_bytes(db, d))
    assert _text(pdf_after) == _text(pdf_before)
    assert "Geändert" not in _text(pdf_after)


def test_revoke_and_reissue_give_a_new_number(db, training):
    first = issue_for_event(db, training["event"])[0]
    with pytest.raises(UserError, match="Grund"):
        revoke(db, first.id, "  ")
    revoke(db, first.id, "Name falsch geschrieben")
    assert get_certificate(db, first.id).revoked
    with pytest.raises(UserError, match="bereits widerrufen"):
        revoke(db, first.id, "nochmal")
    fresh = reissue(db, first.id)
    assert fresh.number != first.number and not fresh.reprint
    with db.session() as s:
        assert s.get(Certificate, fresh.id).replaces_id == first.id
    rows = register_rows(db)
    assert {r["number"] for r in rows} >= {first.number, fresh.number}


def _issue_in_process(path: str, event_id: int, person_ids: list[int], queue) -> None:
    from model.core.db import open_database
    from model.training.certificates import issue_for_event as issue

    database = open_database(path)
    queue.put([c.number for c in issue(database, event_id, person_ids)])
    database.dispose()


def test_numbers_stay_unique_when_two_processes_issue_at_once(db, training):
    with db.writing() as s:
        extra = [Person(first_name=f"Vorname{i}", last_name=f"Nachname{i}") for i in range(20)]
        s.add_all(extra)
        s.flush()
        for person in extra:
            s.add(
                Registration(
                    event_id=training["event"],
                    person_id=person.id,
                    status="teilgenommen",
                    registered_at=dt.datetime(2026, 2, 10),
                )
            )
        ids = [p.id for p in extra]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [
        context.Process(target=_issue_in_process, args=(db.url, training["event"], part, queue))
        for part in (ids[:10], ids[10:])
    ]
    for worker in workers:
        worker.start()
    numbers = queue.get(timeout=60) + queue.get(timeout=60)
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert len(numbers) == 20 and len(set(numbers)) == 20


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_certificate_pdf_shows_every_field(db, training):
    snapshot = next(
        c
        for c in issue_for_event(db, training["event"], now=dt.datetime(2026, 3, 6, 9))
        if c.snapshot["person"]["last_name"] == "Yılmaz"
    ).snapshot
    text = _text(certificates_pdf([snapshot], lambda d: asset_bytes(db, d)))
    for expected in [
        "Teilnahmebescheinigung",
        "Frau Ayşe Yılmaz",
        "Müller & Söhne <GmbH>",
        "Architektenkammer Nordrhein-Westfalen, Mitgliedsnummer A-12345",
        "Klimaanpassung im Quartier <Praxis & Recht>",
        "Donnerstag, 5. März 2026, 09:30–16:00 Uhr",
        "Rathaus Gelsenkirchen",
        "Präsenz",
        "Geschäftsstelle Städtenetz Soziale Stadt NRW",
        "Starkregenvorsorge in Bestandsquartieren",
        "8 Fortbildungspunkte (je 45 Minuten)",
        "anerkannt von der Architektenkammer Nordrhein-Westfalen unter Nr. AKNW-2026-0815",
        "Fachrichtung Stadtplanung",
        "Teilnahme in Präsenz",
        "Dortmund, 6. März 2026",
        "Dr. Petra Schulte",
        "Leitung der Geschäftsstelle",
        snapshot["number"],
    ]:
        assert expected in text, expected
    assert "Mittagspause" not in text


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_certificate_files_have_valid_unique_names(db, training, tmp_path):
    snapshots = [c.snapshot for c in issue_for_event(db, training["event"])]
    files = write_certificate_files(snapshots + snapshots[:1], tmp_path, lambda d: asset_bytes(db, d))
    names = sorted(p.name for p in files)
    assert "Yılmaz_Ayşe_Klimaanpassung-im-Quartier-_Praxis-&-Recht__2026-03-05.pdf" in names
    assert len(set(n.upper() for n in names)) == len(names) == 4
    assert all(not set(n) & set('<>:"/\\|?*') for n in names)


def test_yearly_statement_sums_credits_against_the_requirement(db, training):
    person = training["people"][0]
    account = credit_account(db, person, 2026)
    assert account.total == 8 and account.requirement == 16 and account.missing == 8
    statement = issue_credit_statement(db, person, 2026)
    assert issue_credit_statement(db, person, 2026).number == statement.number  # reprint
    text = _text(credit_statement_pdf(statement.snapshot, lambda d: asset_bytes(db, d)))
    for expected in [
        "Fortbildungsnachweis 2026",
        "Frau Ayşe Yılmaz",
        "05.03.2026",
        "Klimaanpassung im Quartier <Praxis & Recht>",
        "AKNW-2026-0815",
        "es fehlen noch 8",
    ]:
        assert expected in text, expected
    with db.session() as s:
        stored = s.scalar(select(Certificate.snapshot).where(Certificate.id == statement.id))
    assert json.loads(stored)["total"] == 8


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_batch_writes_files_merged_pdf_and_drafts(db, training, tmp_path):
    from reports.certificate_batch import produce_certificates

    with db.writing() as s:
        s.get(Person, training["people"][0]).email = "a.yilmaz@example.org"
    result = produce_certificates(db, training["event"], tmp_path, merged=True, drafts=True)
    assert len(result.files) == 3 and result.merged.exists()
    assert len(PdfReader(result.merged).pages) == 3
    assert len(result.drafts) == 1 and result.drafts[0].suffix == ".eml"
    assert result.drafts[0].stem == result.files[[f.stem for f in result.files].index(result.drafts[0].stem)].stem
    assert [name for name, _reason in result.without_email] == ["Teil Weise", "Dr. Łukasz Żółć"]  # by last name


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_command_line_certificates_and_statement(db, training, tmp_path):
    from cli_support import call_cli

    db_path = db.url
    db.dispose()
    out = tmp_path / "bescheinigungen"
    result = call_cli(
        "--db", str(db_path), "certificates", "--event", str(training["event"]), "--out", str(out), "--merged"
    )
    assert result.returncode == 0, result.stderr
    assert "3 Bescheinigungen" in result.stdout and "3 neu" in result.stdout
    assert len(list(out.glob("*.pdf"))) == 4  # three people + the merged file
    again = call_cli("--db", str(db_path), "certificates", "--event", str(training["event"]), "--out", str(out))
    assert "3 nachgedruckt" in again.stdout
    statement = tmp_path / "nachweis.pdf"
    result = call_cli(
        "--db",
        str(db_path),
        "credit-statement",
        "--person",
        str(training["people"][0]),
        "--year",
        "2026",
        "--out",
        str(statement),
    )
    assert result.returncode == 0 and "Fortbildungsnachweis 2026" in _text(statement.read_bytes())
    missing = call_cli("--db", str(db_path), "certificates", "--event", "999", "--out", str(out))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_training_overview_and_accreditation_editing(db, training):
    from model.training.training import (
        AccreditationData,
        accredited_events,
        event_accreditations,
        save_accreditations,
        yearly_credits,
    )

    events = accredited_events(db, 2026)
    assert [(e.title, e.chambers, e.attendees, e.certificates) for e in events] == [
        ("Klimaanpassung im Quartier <Praxis & Recht>", "AKNW", 3, 0)
    ]
    items = event_accreditations(db, training["event"])
    items.append(AccreditationData("IK-Bau NRW", "IK-77", D(6), "Bauingenieurwesen", dt.date(2026, 3, 10)))
    save_accreditations(db, training["event"], items)
    assert accredited_events(db, 2026)[0].chambers == "AKNW, IK-Bau NRW"
    with pytest.raises(UserError):
        save_accreditations(db, training["event"], items + [items[0]])
    credits = {c.name: c for c in yearly_credits(db, 2026)}
    assert credits["Ayşe Yılmaz"].points == 8 and credits["Ayşe Yılmaz"].missing == 8
    assert credits["Teil Weise"].points == 2
    assert credits["Dr. Łukasz Żółć"].points == 8  # no chamber: counted once, not per chamber


def test_warning_when_recognised_after_the_event():
    from model.training.credits import accreditation_warnings
    from model.training.training import AccreditationData

    late = AccreditationData("AKNW", None, D(4), "Stadtplanung", dt.date(2026, 3, 10))
    warnings = accreditation_warnings(dt.date(2026, 3, 5), [late])
    assert any("erst nach der Veranstaltung" in w for w in warnings)
    assert any("beantragt, noch nicht anerkannt" in w for w in warnings)
    assert (
        accreditation_warnings(dt.date(2026, 3, 5), [AccreditationData("AKNW", "A-1", D(4), None, dt.date(2026, 3, 1))])
        == []
    )
    accepted = AccreditationData("AKNW", "A-2", D(4), None, dt.date(2026, 3, 10), late_accepted=True)
    assert accreditation_warnings(dt.date(2026, 3, 5), [accepted]) == []


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_certificate_letterhead_keeps_clear_of_the_logo_and_names_the_network_once(db, training):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from test_pdf_base import _RecordingCanvas, assert_text_clear_of_images, wide_logo

    from reports.certificates import RIGHT, ImageCache, draw_certificate_header

    with db.writing() as s:
        profile = s.get(OfficeProfile, 1)
        profile.network_name = "Städtenetz Soziale Stadt NRW"  # already part of the office name
        profile.street, profile.postcode, profile.phone = "Bochumer Straße 86", "45886", "0209 95 66 70-0"
        profile.email, profile.website = (
            "info@staedtenetz-soziale-stadt.nrw",
            "https://www.staedtenetz-soziale-stadt.nrw",
        )
        profile.logo_png = wide_logo()
    snapshot = issue_for_event(db, training["event"])[0].snapshot
    assert snapshot["event"]["provider"] == "Geschäftsstelle Städtenetz Soziale Stadt NRW"
    canvas = _RecordingCanvas(Canvas(io.BytesIO(), pagesize=A4))
    draw_certificate_header(canvas, snapshot["office"], ImageCache(lambda d: asset_bytes(db, d)))
    assert_text_clear_of_images(canvas, RIGHT)
    printed = [s[-1] for s in canvas.strings]
    assert sum("Städtenetz Soziale Stadt NRW" in line for line in printed) == 1
    assert any("https://www.staedtenetz-soziale-stadt.nrw" in line for line in printed)


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_one_point_reads_in_the_singular(db, training):
    from model.training.credits import unit_label

    assert unit_label("1", "Fortbildungspunkte") == "Fortbildungspunkt"
    assert unit_label("1,5", "Fortbildungspunkte") == "Fortbildungspunkte"
    assert unit_label("1", "Unterrichtsstunden") == "Unterrichtsstunde"
    with db.writing() as s:
        s.scalar(select(Registration).where(Registration.person_id == training["people"][3])).attended_minutes = 50
    weise = next(c for c in issue_for_event(db, training["event"]) if c.snapshot["person"]["last_name"] == "Weise")
    text = _text(certificates_pdf([weise.snapshot], lambda d: asset_bytes(db, d)))
    assert "1 Fortbildungspunkt (je 45 Minuten)" in text
    statement = issue_credit_statement(db, training["people"][3], 2026)
    assert "es fehlen noch 15 Fortbildungspunkte" in _text(
        credit_statement_pdf(statement.snapshot, lambda d: asset_bytes(db, d))
    )
