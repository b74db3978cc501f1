"""DSGVO: consent and withdrawal, Art. 15 information, anonymisation, the review list."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from member_data import attach_everything, build_network
from sqlalchemy import func, select

from model.core.entities import (
    AuditEntry,
    Certificate,
    MailingListMember,
    Payment,
    Person,
    Registration,
    TripParticipant,
    WorkingGroupMember,
)
from model.core.errors import UserError, ValidationError
from model.members.persons import load_person, person_history, save_person
from model.services.privacy import (
    anonymisation_preview,
    anonymise_person,
    information,
    record_consent,
    review_list,
    withdraw_consent,
)


def test_consent_and_withdrawal_are_recorded_with_history(db):
    net = build_network(db)
    pid = net.people["lukasz"]
    record_consent(db, pid, dt.date(2025, 1, 15), "Einladungen und Teilnehmendenlisten", "Formular Netzwerktreffen")
    person = load_person(db, pid)
    assert (person.consent_date, person.consent_source) == (dt.date(2025, 1, 15), "Formular Netzwerktreffen")
    withdraw_consent(db, pid, dt.date(2025, 6, 1))
    assert load_person(db, pid).consent_withdrawn_on == dt.date(2025, 6, 1)
    actions = [row.action for row in person_history(db, pid)]
    assert actions == ["Einwilligung widerrufen", "Einwilligung erteilt"]
    with pytest.raises(ValidationError):
        withdraw_consent(db, pid, dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="wofür"):
        record_consent(db, pid, dt.date(2025, 7, 1), " ")
    record_consent(db, pid, dt.date(2025, 7, 1), "Einladungen")  # a new consent replaces the withdrawal
    assert load_person(db, pid).consent_withdrawn_on is None


def test_information_contains_everything_stored_and_is_noted(db, tmp_path):
    from reports.privacy_report import write_information

    net = build_network(db)
    attach_everything(db, net, "mueller")
    pid = net.people["mueller"]
    data = information(db, pid)
    assert data["Stammdaten"]["Nachname"] == "Müller"
    assert data["Stammdaten"]["Organisation"] == "Stadt Gelsenkirchen"
    assert data["Einwilligung"]["Stand"] == "erteilt"
    assert {r["Veranstaltung"] for r in data["Anmeldungen und Teilnahmen"]} == {
        "Netzwerktreffen Gelsenkirchen",
        "Exkursion nach Delft",
    }
    trip = next(r for r in data["Anmeldungen und Teilnahmen"] if "Reiseangaben" in r)
    assert trip["Reiseangaben"]["Ernährung"] == "vegetarisch"
    assert trip["Reiseangaben"]["Zimmerpartner/in"] == "Ayşe Yılmaz"
    assert trip["Zahlungen"][0]["Betrag"] == 120.0
    assert data["Bescheinigungen"][0]["Nummer"].startswith("NWS-2024-")
    assert data["Verteiler"] == ["Netzwerktreffen"]
    assert data["Arbeitsgruppen"][0]["Rolle"] == "Mitglied"
    assert data["Leitung von Arbeitsgruppen"] and data["Beiträge in Tagesordnungen"]
    json.dumps(data, ensure_ascii=False)  # JSON-ready

    pdf, js = write_information(db, pid, tmp_path, "pdf")
    assert (
        pdf.read_bytes().startswith(b"%PDF")
        and json.loads(js.read_text(encoding="utf-8"))["Stammdaten"]["Vorname"] == "Hans"
    )
    xlsx, _ = write_information(db, pid, tmp_path, "xlsx")
    assert xlsx.suffix == ".xlsx"
    noted = [row for row in person_history(db, pid) if row.action == "Auskunft erteilt"]
    assert len(noted) == 2 and pdf.name in noted[-1].changes["Dateien"][1]


def test_information_pdf_prints_names_exactly(db, tmp_path):
    from pypdf import PdfReader

    from reports.privacy_report import write_information

    net = build_network(db)
    pdf, _ = write_information(db, net.people["ayse"], tmp_path)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Ayşe Yılmaz" in text


def test_anonymisation_clears_personal_data_and_keeps_participation(db):
    net = build_network(db)
    attach_everything(db, net, "mueller")
    pid = net.people["mueller"]
    save_person(db, load_person(db, pid).__class__(**{**load_person(db, pid).__dict__, "phone": "0209 555"}))
    preview = anonymisation_preview(db, pid)
    assert (preview.registrations, preview.certificates, preview.mailing_lists) == (2, 1, 1)
    text = preview.text()
    assert "Hans Müller wird anonymisiert" in text and "nicht rückgängig" in text and "Bescheinigung" in text
    anonymise_person(db, pid)
    with db.session() as s:
        person = s.get(Person, pid)
        assert person.anonymised_at is not None and not person.active
        for name in (
            "title",
            "email",
            "phone",
            "mobile",
            "street",
            "postcode",
            "city",
            "function",
            "department",
            "chamber_number",
            "consent_date",
            "consent_scope",
            "notes",
        ):
            assert getattr(person, name) is None, name
        assert (person.first_name, person.last_name, person.search_key) == ("", "anonymisiert", "")
        assert person.organisation_id == net.orgs["Stadt Gelsenkirchen"]  # statistics by organisation
        assert s.scalar(select(func.count()).where(Registration.person_id == pid)) == 2
        assert s.scalar(select(func.count()).where(WorkingGroupMember.person_id == pid)) == 1
        assert s.scalar(select(func.count()).where(Certificate.person_id == pid)) == 1
        assert s.scalar(select(func.count()).where(MailingListMember.person_id == pid)) == 0
        trip = s.scalars(select(TripParticipant).join(Registration).where(Registration.person_id == pid)).one()
        assert trip.dietary_needs is None and trip.emergency_contact is None and trip.room_wish == "DZ"
        assert s.scalars(select(Payment.notes)).one() is None
        texts = " ".join(
            f"{e.summary} {e.changes}" for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == pid))
        )
        assert "0209 555" not in texts and "Müller" not in texts
    with pytest.raises(UserError, match="bereits"):
        anonymise_person(db, pid)
    with pytest.raises(UserError, match="anonymisiert"):
        save_person(db, load_person(db, pid))


def test_review_list(db):
    net = build_network(db)
    attach_everything(db, net, "ayse", partner_key="lukasz")
    with db.writing() as s:
        s.get(Person, net.people["mueller"]).created_at = dt.datetime(2015, 1, 1)
    rows = {row.name: row for row in review_list(db, inactive_years=3)}
    assert "Ayşe Yılmaz" not in rows  # consent and recent participation
    assert rows["Łukasz Żółć"].reasons == ["keine Einwilligung"]  # (on the trip as Ayşe's room partner)
    assert rows["Hans Mueller"].reasons == ["Einwilligung widerrufen"]
    assert rows["Hans Müller"].reason == "seit über 3 Jahren erfasst, nie teilgenommen"
    only_inactive = {row.name for row in review_list(db, inactive_years=3, without_consent=False)}
    assert only_inactive == {"Hans Müller"}
