"""Invitations through a real SMTP server on loopback; .ics and .eml read back by their parsers."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from mail_fixtures import configure, mail_scene, start_server

from model.core.entities import Event
from model.mail import invitations
from model.mail import journal as mail_journal
from model.mail.invitations import (
    CHANNEL_DRAFT,
    CHANNEL_SMTP,
    FAILED,
    SENT,
    Attachment,
    run_mailing,
    select_recipients,
)
from model.mail.settings import load_mail_settings
from model.mail.transport import SmtpTransport
from tests.conftest import ROOT

CONSENTING = {
    "elif.oeztuerk@essen.example",
    "lukasz.zolc@gelsenkirchen.example",
    "ayse.yilmaz@bochum.example",
    "t.becker@dortmund.example",
}


@pytest.fixture
def smtp():
    controller, mailbox = start_server()
    yield controller, mailbox
    controller.stop()


def _send(db, event_id, port, **kwargs):
    configure(db, port)
    plan = select_recipients(db, list_name="Netzwerk")
    with SmtpTransport(load_mail_settings(db), None) as transport:
        return run_mailing(db, event_id, plan, channel=CHANNEL_SMTP, transport=transport, **kwargs)


def test_left_out_people_are_named_with_their_reason(db):
    mail_scene(db)
    plan = select_recipients(db, list_name="Netzwerk")
    assert {r.email for r in plan.recipients} == CONSENTING
    assert dict(plan.left_out) == {
        "Jana Schulte": "Einwilligung gilt nicht für Einladungen",
        "Peter Klein": "keine Einwilligung",
        "Maria Wagner": "inaktiv",
    }


def test_each_person_gets_one_personal_mail_with_agenda_and_calendar_entry(sqlite_db, smtp):
    controller, mailbox = smtp
    event_id, _ = mail_scene(sqlite_db)
    result = _send(sqlite_db, event_id, controller.port, attachments=(Attachment("Tagesordnung.pdf", b"%PDF-1.4 x"),))
    assert len(result.sent) == 4 and not result.failed
    messages = {m["To"].addresses[0].addr_spec: m for m in mailbox.messages()}
    assert set(messages) == CONSENTING
    elif_mail = messages["elif.oeztuerk@essen.example"]
    assert elif_mail["Subject"] == "Einladung: Netzwerktreffen März 2027 am Donnerstag, 4. März 2027"
    body = elif_mail.get_body(("plain",)).get_content()
    assert body.startswith("Sehr geehrte Frau Prof. Dr. Öztürk-Schäfer,")
    assert "10:00–13:00 Uhr" in body and "Rathaus Essen, Porscheplatz 1, 45127 Essen" in body
    assert "Guten Tag Ayşe Yılmaz," in messages["ayse.yilmaz@bochum.example"].get_body(("plain",)).get_content()
    files = {part.get_filename(): part for part in elif_mail.iter_attachments()}
    assert files["Tagesordnung.pdf"].get_content() == b"%PDF-1.4 x"
    assert files["einladung.ics"].get_content_type() == "text/calendar"
    assert files["einladung.ics"].get_param("method") == "REQUEST"
    calendar = Calendar.from_ical(files["einladung.ics"].get_content())
    assert str(calendar["METHOD"]) == "REQUEST"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    entry = calendar.walk("VEVENT")[0]
    assert entry.decoded("DTSTART") == dt.datetime(2027, 3, 4, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    assert entry.decoded("DTEND").utcoffset() == dt.timedelta(hours=1)
    assert str(entry["ATTENDEE"]) == "mailto:elif.oeztuerk@essen.example"
    assert entry["ATTENDEE"].params["CN"] == "Prof. Dr. Elif Öztürk-Schäfer"
    uids = {
        str(
            Calendar.from_ical(
                next(p for p in m.iter_attachments() if p.get_filename() == "einladung.ics").get_content()
            ).walk("VEVENT")[0]["UID"]
        )
        for m in messages.values()
    }
    assert uids == {str(entry["UID"])}
    journal = mail_journal.journal(sqlite_db, event_id)
    assert {row.status for row in journal} == {SENT}
    assert {row.message_id for row in journal} == {m["Message-ID"] for m in messages.values()}


def test_rerun_skips_what_was_sent_and_resends_what_failed(db, smtp):
    controller, mailbox = smtp
    event_id, _ = mail_scene(db)

    class RefuseBecker:
        def __init__(self, inner):
            self.inner = inner

        def send(self, message):
            if "becker" in str(message["To"]):
                raise OSError("550 Postfach voll")
            self.inner.send(message)

    configure(db, controller.port)
    plan = select_recipients(db, list_name="Netzwerk")
    with SmtpTransport(load_mail_settings(db), None) as transport:
        first = run_mailing(db, event_id, plan, channel=CHANNEL_SMTP, transport=RefuseBecker(transport))
    assert len(first.sent) == 3 and [name for name, _ in first.failed] == ["Dr. Thomas Becker"]
    assert [r.status for r in mail_journal.journal(db, event_id) if "Becker" in r.name] == [FAILED]
    second = _send(db, event_id, controller.port)
    assert second.sent == ["Dr. Thomas Becker"] and len(second.skipped) == 3
    assert len(mailbox.raw) == 4


def test_cancelled_event_sends_method_cancel_with_the_same_uid_and_higher_sequence(sqlite_db, smtp):
    controller, mailbox = smtp
    event_id, _ = mail_scene(sqlite_db)
    _send(sqlite_db, event_id, controller.port)
    with sqlite_db.writing() as s:
        s.get(Event, event_id).status = "abgesagt"
    result = _send(sqlite_db, event_id, controller.port)
    assert len(result.sent) == 4
    first, cancel = (
        Calendar.from_ical(next(p for p in m.iter_attachments() if p.get_filename().endswith(".ics")).get_content())
        for m in (mailbox.messages()[0], mailbox.messages()[-1])
    )
    assert str(cancel["METHOD"]) == "CANCEL" and str(cancel.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert cancel.walk("VEVENT")[0]["UID"] == first.walk("VEVENT")[0]["UID"]
    assert cancel.walk("VEVENT")[0]["SEQUENCE"] > first.walk("VEVENT")[0]["SEQUENCE"]
    assert mailbox.messages()[-1]["Subject"].startswith("Abgesagt: ")


def test_outlook_drafts_are_unsent_eml_files(sqlite_db, tmp_path):
    event_id, _ = mail_scene(sqlite_db)
    plan = select_recipients(sqlite_db, list_name="Netzwerk")
    result = run_mailing(sqlite_db, event_id, plan, channel=CHANNEL_DRAFT, out_dir=tmp_path / "Entwürfe")
    assert len(result.drafts) == 4
    draft = next(path for path in result.drafts if "Żółć" in path.name)
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["X-Unsent"] == "1" and "Sehr geehrter Herr Żółć," in message.get_body(("plain",)).get_content()
    calendar = Calendar.from_ical(next(message.iter_attachments()).get_content())
    assert str(calendar.walk("VEVENT")[0]["ATTENDEE"]) == "mailto:lukasz.zolc@gelsenkirchen.example"
    assert not list((tmp_path / "Entwürfe").glob("*.tmp"))


def _cli(db_path, *args, **popen):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def _sent_in_journal(db_path) -> int:
    import sqlite3

    connection = sqlite3.connect(db_path, timeout=5)
    try:
        return connection.execute("SELECT count(*) FROM mail_journal WHERE status = 'gesendet'").fetchone()[0]
    finally:
        connection.close()


def test_killed_send_run_is_completed_by_the_rerun_without_duplicates(sqlite_db, db_path, smtp):
    controller, mailbox = smtp
    event_id, _ = mail_scene(sqlite_db, extra_people=6)  # 10 recipients
    configure(sqlite_db, controller.port)
    sqlite_db.dispose()
    run = _cli(db_path, "invite", "--event", str(event_id), "--list", "Netzwerk", "--send", "--pause", "0.4")
    deadline = time.monotonic() + 30
    while _sent_in_journal(db_path) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    run.send_signal(signal.SIGKILL)  # in the pause after the third message
    run.wait()
    received_before = len(mailbox.raw)
    assert 3 <= received_before < 10
    rerun = _cli(db_path, "invite", "--event", str(event_id), "--list", "Netzwerk", "--send", "--pause", "0")
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert f"{10 - received_before} gesendet, {received_before} übersprungen (bereits gesendet), 3 ausgelassen" in out
    addresses = [m["To"].addresses[0].addr_spec for m in mailbox.messages()]
    assert len(addresses) == 10 and len(set(addresses)) == 10


def test_registration_changes_offer_the_matching_mail_and_send_it(db, smtp):
    from model.events import registrations
    from model.mail.registration_mail import mail_offers, registration_statuses, send_offers
    from model.mail.templates import CANCELLATION, CONFIRMATION, PROMOTION, WAITING_LIST

    controller, mailbox = smtp
    event_id, people = mail_scene(db)
    with db.writing() as s:
        s.get(Event, event_id).capacity = 1
    before = registration_statuses(db, event_id)
    with db.writing() as s:
        first = registrations.register(s, event_id, people[4], confirmed=True).id  # Jana: no invitation consent
        registrations.register(s, event_id, people[1], confirmed=True)
    after = registration_statuses(db, event_id)
    assert mail_offers(before, after) == {CONFIRMATION: [people[4]], WAITING_LIST: [people[1]]}
    with db.writing() as s:
        registrations.cancel(s, first)
    assert mail_offers(after, registration_statuses(db, event_id)) == {
        PROMOTION: [people[1]],
        CANCELLATION: [people[4]],
    }
    configure(db, controller.port)
    with SmtpTransport(load_mail_settings(db), None) as transport:
        result = send_offers(db, event_id, {PROMOTION: [people[1]], CANCELLATION: [people[4]]}, transport=transport)
    assert len(result.sent) == 2
    by_subject = {m["Subject"].split(":")[0]: m for m in mailbox.messages()}
    assert set(by_subject) == {"Platz frei", "Abmeldung"}
    cancel_ics = next(p for p in by_subject["Abmeldung"].iter_attachments() if p.get_filename() == "absage.ics")
    assert str(Calendar.from_ical(cancel_ics.get_content())["METHOD"]) == "CANCEL"


def test_a_message_cut_off_while_sending_is_not_resent_until_released(sqlite_db, smtp):
    from model.core.entities import MailJournalEntry

    controller, mailbox = smtp
    event_id, people = mail_scene(sqlite_db)
    with sqlite_db.writing() as s:  # what a crash between handing over and noting it leaves behind
        s.add(
            MailJournalEntry(
                event_id=event_id,
                person_id=people[0],
                kind="Einladung",
                channel=CHANNEL_SMTP,
                message_id="<x@netzwerk.example>",
                status=mail_journal.SENDING,
                at=dt.datetime(2027, 1, 1),
            )
        )
    result = _send(sqlite_db, event_id, controller.port)
    assert result.unclear == ["Prof. Dr. Elif Öztürk-Schäfer"] and len(result.sent) == 3
    assert "1 unklar" in result.summary()
    assert invitations.release_unclear(sqlite_db, event_id) == 1
    again = _send(sqlite_db, event_id, controller.port)
    assert again.sent == ["Prof. Dr. Elif Öztürk-Schäfer"] and len(mailbox.raw) == 4


def test_a_person_written_to_can_still_be_deleted(db, tmp_path):
    from model.members.persons import delete_person

    event_id, people = mail_scene(db)
    plan = select_recipients(db, person_ids=[people[1]])
    run_mailing(db, event_id, plan, channel=CHANNEL_DRAFT, out_dir=tmp_path)
    assert len(mail_journal.journal(db, event_id)) == 1
    delete_person(db, people[1])
    assert mail_journal.journal(db, event_id) == []


def test_member_contacts_and_working_group_as_recipients(db):
    from model.core.entities import (
        Membership,
        Organisation,
        Person,
        WorkingGroup,
        WorkingGroupMember,
    )

    _, people = mail_scene(db)  # all of them work for Stadt Essen
    with db.writing() as s:
        essen = s.query(Organisation).filter_by(name="Stadt Essen").one()
        s.add(Membership(organisation_id=essen.id, type="Mitglied", since=dt.date(2020, 1, 1)))
        guest = Organisation(name="Institut", kind="Wissenschaft/Beratung", search_key="institut")
        s.add(guest)
        s.flush()
        s.add(Membership(organisation_id=guest.id, type="Gast", since=dt.date(2020, 1, 1)))
        s.add(
            Person(
                first_name="Gerd",
                last_name="Gast",
                email="g@institut.example",
                organisation_id=guest.id,
                consent_date=dt.date(2026, 1, 1),
                consent_scope="Einladungen",
                search_key="gerd gast",
            )
        )
        group = WorkingGroup(name="AG Wohnen")
        s.add(group)
        s.flush()
        s.add(WorkingGroupMember(working_group_id=group.id, person_id=people[0]))
        s.add(WorkingGroupMember(working_group_id=group.id, person_id=people[3], left_on=dt.date(2020, 1, 1)))
        group_id = group.id
    members = select_recipients(db, members=True)
    assert len(members.recipients) == 4 and "g@institut.example" not in {r.email for r in members.recipients}
    group = select_recipients(db, group_id=group_id)
    assert [r.email for r in group.recipients] == ["elif.oeztuerk@essen.example"]  # Becker has left the group


def test_a_changed_time_sends_an_update_of_the_same_calendar_entry_once(sqlite_db, smtp):
    controller, mailbox = smtp
    event_id, _ = mail_scene(sqlite_db)
    _send(sqlite_db, event_id, controller.port)
    with sqlite_db.writing() as s:
        s.get(Event, event_id).notes = "Kaffee bestellen"  # nothing the invitation promised
    assert len(_send(sqlite_db, event_id, controller.port).skipped) == 4
    with sqlite_db.writing() as s:
        event = s.get(Event, event_id)
        event.starts_at, event.ends_at = event.starts_at.replace(hour=14), event.ends_at.replace(hour=17)
    update = _send(sqlite_db, event_id, controller.port)
    assert len(update.sent) == 4 and len(update.updated) == 4 and "davon 4 Terminänderungen" in update.summary()
    first, changed = mailbox.messages()[0], mailbox.messages()[-1]
    assert changed["Subject"] == "Geändert: Netzwerktreffen März 2027 am Donnerstag, 4. März 2027"
    assert "14:00–17:00 Uhr" in changed.get_body(("plain",)).get_content()
    old, new = (
        Calendar.from_ical(next(m.iter_attachments()).get_content()).walk("VEVENT")[0] for m in (first, changed)
    )
    assert new["UID"] == old["UID"] and new["SEQUENCE"] > old["SEQUENCE"]
    assert new.decoded("DTSTART").hour == 14
    assert len(_send(sqlite_db, event_id, controller.port).skipped) == 4
    assert len(mailbox.raw) == 8


def test_merging_a_duplicate_keeps_what_was_sent_to_it(db, tmp_path):
    from model.members.duplicates import merge_persons

    event_id, people = mail_scene(db)
    run_mailing(db, event_id, select_recipients(db, person_ids=[people[1]]), channel=CHANNEL_DRAFT, out_dir=tmp_path)
    merge_persons(db, people[3], people[1])
    assert [row.person_id for row in mail_journal.journal(db, event_id)] == [people[3]]
