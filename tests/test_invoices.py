"""Member fees, the invoice register, XRechnung validity, payments, reminders, credit notes."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from model.core.entities import Invoice
from model.core.errors import UserError, ValidationError
from model.invoicing import einvoice_validation, fees, invoices
from model.members.billing import (
    OrganisationBillingData,
    normalise_iban,
    normalise_leitweg_id,
    save_organisation_billing,
)
from tests.invoice_data import LEITWEG_GELSENKIRCHEN, TRIP_EXEMPTION, add_members, add_office

ISSUED = dt.date(2027, 1, 15)


def assert_valid_xrechnung(issued: list[invoices.IssuedInvoice]) -> int:
    """Runs the official EN 16931 and XRechnung rules on every e-invoice given."""
    checked = 0
    for invoice in issued:
        if invoice.wants_xml:
            assert einvoice_validation.errors(invoice.xml()) == [], invoice.number
            checked += 1
    return checked


@pytest.fixture
def network(db):
    add_office(db)
    return db, add_members(db)


# --- fee schedule -------------------------------------------------------------------------


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
@pytest.mark.parametrize(
    "population, amount",
    [
        (0, 1000),
        (9_999, 1000),
        (10_000, 1500),
        (24_999, 1500),
        (25_000, 2000),
        (49_999, 2000),
        (50_000, 3000),
        (99_999, 3000),
        (100_000, 4000),
        (249_999, 4000),
        (250_000, 5000),
        (1_100_000, 5000),
    ],
)
def test_default_tiers_at_their_boundaries(db, population, amount):
    schedule = fees.schedule_for(db, 2027)
    assert schedule.valid_from_year == 2024
    assert schedule.amount_for_population(population) == Decimal(amount)


def test_no_schedule_before_2024_and_a_new_schedule_applies_from_its_year(db):
    assert fees.schedule_for(db, 2023) is None
    fees.save_schedule(db, 2028, [fees.Tier(20_000, Decimal(1200)), fees.Tier(None, Decimal(6000))], {"Kreis": None})
    assert fees.schedule_for(db, 2027).amount_for_population(15_000) == Decimal(1500)
    assert fees.schedule_for(db, 2029).amount_for_population(15_000) == Decimal(1200)
    assert fees.schedule_for(db, 2029).kind_amounts == {"Kreis": None}


@pytest.mark.parametrize(
    "tiers, message",
    [
        ([fees.Tier(10_000, Decimal(1))], "nach oben offen"),
        (
            [fees.Tier(10_000, Decimal(1)), fees.Tier(10_000, Decimal(2)), fees.Tier(None, Decimal(3))],
            "dieselbe Obergrenze",
        ),
        ([fees.Tier(10_000, Decimal(-1)), fees.Tier(None, Decimal(3))], "negativ"),
    ],
)
def test_a_broken_schedule_is_refused_and_the_old_one_stays(db, tiers, message):
    with pytest.raises(ValidationError, match=message):
        fees.save_schedule(db, 2024, tiers, {})
    assert len(fees.schedule_for(db, 2024).tiers) == 6


def test_fee_of_each_member_from_population_kind_and_override(network):
    db, ids = network
    by_name = {fee.organisation: fee for fee in fees.member_fees(db, 2027)}
    assert "Ministerium" not in by_name  # a guest pays nothing
    gelsenkirchen = by_name["Stadt Gelsenkirchen"]
    assert (gelsenkirchen.population, gelsenkirchen.amount) == (259_645, Decimal(5000))
    assert gelsenkirchen.population_note == f"amtlich ({fees.POPULATION_AS_OF})"
    assert by_name["Kreis Recklinghausen"].amount == Decimal(2000)
    assert by_name["Müller & Söhne <GmbH>"].amount == Decimal(750)
    assert "Mitgliederversammlung" in by_name["Müller & Söhne <GmbH>"].note
    save_organisation_billing(
        db,
        ids["Stadt Haltern am See"],
        OrganisationBillingData(population_override=9_000, override_reason="Zensus 2022"),
    )
    assert fees.fee_of(db, ids["Stadt Haltern am See"], 2027).amount == Decimal(1000)


def test_an_override_needs_a_reason(network):
    db, ids = network
    with pytest.raises(ValidationError, match="Begründung"):
        save_organisation_billing(db, ids["Stadt Haltern am See"], OrganisationBillingData(fee_override=Decimal(10)))


def test_pro_rata_bills_the_months_of_membership_when_set(network):
    db, _ids = network
    from model.members.billing import load_seller, save_seller

    seller = load_seller(db)
    seller.pro_rata = True
    save_seller(db, seller)
    by_name = {fee.organisation: fee for fee in fees.member_fees(db, 2027)}
    assert by_name["Kreis Recklinghausen"].amount == Decimal(1000)  # January–June
    assert by_name["Stadt Haltern am See"].amount == Decimal(1500)  # April–December: 9/12 of 2000
    assert by_name["Stadt Gelsenkirchen"].amount == Decimal(5000)


# --- identifiers ------------------------------------------------------------------------------


def test_leitweg_id_form_and_check_digit():
    assert normalise_leitweg_id(" 991-03730-19 ") == "991-03730-19"
    assert normalise_leitweg_id("05113000-abc12-43") == "05113000-ABC12-43"  # letters count A=10 … Z=35
    with pytest.raises(ValidationError, match="Prüfziffer"):
        normalise_leitweg_id("991-03730-18")
    with pytest.raises(ValidationError, match="Form einer Leitweg-ID"):
        normalise_leitweg_id("991 03730 19 x")
    assert normalise_leitweg_id("") is None


def test_iban_check_digit():
    assert normalise_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    with pytest.raises(ValidationError, match="Prüfziffer"):
        normalise_iban("DE88 3704 0044 0532 0130 00")


def test_xrechnung_channel_needs_a_leitweg_id(network):
    db, ids = network
    with pytest.raises(ValidationError, match="Leitweg-ID"):
        save_organisation_billing(db, ids["Stadt Haltern am See"], OrganisationBillingData(channel="XRechnung"))


# --- the yearly run ------------------------------------------------------------------------------


def test_fee_run_numbers_without_gaps_and_a_rerun_bills_nobody_twice(network):
    db, _ids = network
    first = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED)
    assert [i.number for i in first.issued] == [f"RE-2027-{n:04d}" for n in range(1, 6)]
    assert assert_valid_xrechnung(first.issued) == 1
    again = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED)
    assert again.issued == [] and len(again.already_billed) == 5
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 5


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_the_xrechnung_carries_leitweg_id_contact_and_iban(network):
    db, _ids = network
    issued = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED).issued
    xml = next(i for i in issued if i.wants_xml).xml().decode("utf-8")
    assert f"<cbc:BuyerReference>{LEITWEG_GELSENKIRCHEN}</cbc:BuyerReference>" in xml
    assert "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0" in xml
    assert "<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>" in xml
    assert "<cbc:ID>DE89370400440532013000</cbc:ID>" in xml
    assert "<cbc:Name>Łukasz Żółć</cbc:Name>" in xml
    assert "<cbc:ID>E</cbc:ID>" in xml and "TaxExemptionReason" in xml


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_the_validator_catches_a_broken_invoice(network):
    db, _ids = network
    issued = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED).issued
    xml = next(i for i in issued if i.wants_xml).xml()
    broken = xml.replace(f"<cbc:BuyerReference>{LEITWEG_GELSENKIRCHEN}</cbc:BuyerReference>".encode(), b"")
    broken = broken.replace(
        b'<cbc:PayableAmount currencyID="EUR">5000.00', b'<cbc:PayableAmount currencyID="EUR">4000.00'
    )
    rules = {v.rule_id for v in einvoice_validation.errors(broken)}
    assert "BR-DE-15" in rules  # XRechnung: buyer reference missing
    assert "BR-CO-16" in rules  # EN 16931: amount due does not add up
    with pytest.raises(einvoice_validation.InvalidEInvoice, match="BR-"):
        einvoice_validation.ensure_valid(broken)


def test_an_invalid_e_invoice_is_refused_and_nothing_is_billed(network):
    db, ids = network
    with db.writing() as s:
        from model.core.entities import Organisation

        s.get(Organisation, ids["Stadt Gelsenkirchen"]).city = None  # buyer city is mandatory
    with pytest.raises(UserError, match=r"Stadt Gelsenkirchen: .*Regel .*BR-"):
        invoices.run_fee_invoices(db, 2027, issued_on=ISSUED)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0


def test_the_run_refuses_without_seller_data(db):
    add_members(db)
    with pytest.raises(UserError, match="IBAN"):
        invoices.run_fee_invoices(db, 2027, issued_on=ISSUED)


# --- payments, reminders, credit notes -----------------------------------------------------


def _number(db, name):
    return next(row for row in invoices.invoices(db) if row.organisation == name)


def test_partial_payments_then_paid_and_no_overpayment(network):
    db, _ids = network
    invoices.run_fee_invoices(db, 2027, issued_on=dt.date(2026, 10, 1))  # billed in advance
    row = _number(db, "Gemeinde Recke")
    assert invoices.add_payment(db, row.id, dt.date(2026, 11, 2), "500,00") == "teilbezahlt"
    with pytest.raises(ValidationError, match="mehr als offen"):
        invoices.add_payment(db, row.id, dt.date(2026, 11, 3), 1001)
    with pytest.raises(ValidationError, match="Zukunft"):
        invoices.add_payment(db, row.id, dt.date.today() + dt.timedelta(days=30), 10)
    assert invoices.add_payment(db, row.id, dt.date(2026, 11, 4), 1000) == "bezahlt"
    row = _number(db, "Gemeinde Recke")
    assert (row.paid, row.state) == (Decimal("1500.00"), "bezahlt")
    figures = invoices.contribution_figures(db, 2027)
    assert (figures.billed, figures.paid, figures.open) == (Decimal(11250), Decimal(1500), Decimal(9750))


def test_reminders_first_then_second_with_their_own_texts(network):
    db, _ids = network
    invoices.run_fee_invoices(db, 2027, issued_on=ISSUED)
    row = _number(db, "Kreis Recklinghausen")
    with pytest.raises(UserError, match="erst nach dem"):
        invoices.issue_reminder(db, row.id, issued_on=dt.date(2027, 2, 1))
    first = invoices.issue_reminder(db, row.id, issued_on=dt.date(2027, 3, 1))
    assert (first["level"], first["title"], first["open"]) == (1, "Zahlungserinnerung", "2000.00")
    with pytest.raises(UserError, match=r"1\. Mahnung"):
        invoices.issue_reminder(db, row.id, issued_on=dt.date(2027, 3, 5))
    second = invoices.issue_reminder(db, row.id, issued_on=dt.date(2027, 4, 1))
    assert second["level"] == 2 and second["text"] != first["text"]
    assert _number(db, "Kreis Recklinghausen").reminder_level == 2


def test_credit_note_cancels_and_a_rerun_bills_the_member_again(network):
    db, _ids = network
    issued = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED).issued
    target = next(i for i in issued if i.wants_xml)
    credit = invoices.cancel_invoice(db, target.id, "Einwohnerzahl falsch", issued_on=dt.date(2027, 2, 1))
    assert credit.number == "RE-2027-0006" and credit.snapshot["cancels"]["number"] == target.number
    assert b"<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>" in credit.xml()
    assert assert_valid_xrechnung([credit]) == 1
    with pytest.raises(UserError, match="schon storniert"):
        invoices.cancel_invoice(db, target.id, "nochmal")
    states = {row.number: row.state for row in invoices.invoices(db)}
    assert states[target.number] == "storniert"
    again = invoices.run_fee_invoices(db, 2027, issued_on=dt.date(2027, 2, 2))
    assert [i.number for i in again.issued] == ["RE-2027-0007"]
    assert assert_valid_xrechnung(again.issued) == 1


def test_a_reprint_is_identical_after_the_data_changed(network):
    db, ids = network
    issued = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED).issued
    target = next(i for i in issued if i.wants_xml)
    save_organisation_billing(db, ids["Stadt Gelsenkirchen"], OrganisationBillingData(channel="Brief"))
    reprint = invoices.load_issued(db, target.id)
    assert reprint.xml() == target.xml() and reprint.snapshot == target.snapshot


# --- trips ---------------------------------------------------------------------------------


def test_trip_invoices_per_paying_organisation_and_per_person(db):
    from model.core.entities import Person
    from tests.trip_data import study_trip

    add_office(db)
    event_id, people = study_trip(db)
    with db.writing() as s:  # travels privately: pays himself
        s.get(Person, people["Thomas Becker"]).organisation_id = None
    result = invoices.run_trip_invoices(db, event_id, issued_on=ISSUED)
    by_buyer = {i.snapshot["buyer"]["name"]: i for i in result.issued}
    assert set(by_buyer) == {"Müller & Söhne <GmbH>", "Thomas Becker"}
    company = by_buyer["Müller & Söhne <GmbH>"].snapshot
    descriptions = [line["description"] for line in company["lines"]]
    assert "Einzelzimmerzuschlag Łukasz Żółć" in descriptions
    assert not any("Peter Klein" in d for d in descriptions)  # staff travel free
    assert not any("Miriam Hoffmann" in d for d in descriptions)  # waiting list
    assert company["total"] == "1350.00"  # Yılmaz, Schulte, Żółć 420 each + single room 90
    assert by_buyer["Thomas Becker"].snapshot["total"] == "420.00"
    assert company["tax"]["exemption_reason"] == TRIP_EXEMPTION  # not the contribution's text
    assert invoices.run_trip_invoices(db, event_id, issued_on=ISSUED).issued == []


def test_trip_fees_at_the_standard_rate_are_valid_xrechnung_with_vat(db):
    from model.core.entities import Organisation, Person
    from model.members.billing import load_seller, save_seller
    from tests.trip_data import study_trip

    add_office(db)
    seller = load_seller(db)
    seller.trip_tax_category, seller.trip_tax_rate, seller.vat_id = "S", Decimal(19), "DE136695976"
    save_seller(db, seller)
    event_id, people = study_trip(db)
    with db.writing() as s:
        company = s.get(Person, people["Ayşe Yılmaz"]).organisation_id
        org = s.get(Organisation, company)
        org.street, org.postcode, org.city = "Hafenstraße 1", "45127", "Essen"
    save_organisation_billing(
        db, company, OrganisationBillingData(leitweg_id=LEITWEG_GELSENKIRCHEN, channel="XRechnung")
    )
    issued = invoices.run_trip_invoices(db, event_id, issued_on=ISSUED).issued
    assert (issued[0].snapshot["net"], issued[0].snapshot["tax_amount"], issued[0].snapshot["total"]) == (
        "1770.00",
        "336.30",
        "2106.30",
    )
    assert assert_valid_xrechnung(issued) == 1
    credit = invoices.cancel_invoice(db, issued[0].id, "Reise abgesagt", issued_on=ISSUED)
    assert credit.snapshot["tax"]["rate"] == "19.00" and assert_valid_xrechnung([credit]) == 1


# --- two programs at once ----------------------------------------------------------------------

RUNNER = """
import datetime as dt, sys
from model.core.db import open_database
from model.invoicing.invoices import run_fee_invoices
db = open_database(sys.argv[1])
for year in [int(y) for y in sys.argv[2:]]:
    run_fee_invoices(db, year, issued_on=dt.date(2026, 11, 2))
db.dispose()
"""


def test_two_concurrent_runs_number_without_gaps_or_duplicates(network):
    import subprocess
    import sys

    from tests.conftest import ROOT

    db, _ids = network
    years = [str(y) for y in range(2024, 2031)]
    processes = [
        subprocess.Popen([sys.executable, "-c", RUNNER, db.url, *order], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for order in (years, years[::-1])
    ]
    errors = [process.communicate(timeout=120)[1] for process in processes]
    assert [process.returncode for process in processes] == [0, 0], errors
    with db.session() as s:
        sequences = sorted(s.scalars(select(Invoice.sequence).where(Invoice.year == 2026)))
        keys = list(s.scalars(select(Invoice.billing_key)))
    assert sequences == list(range(1, len(sequences) + 1))
    assert (
        len(keys)
        == len(set(keys))
        == sum(1 for year in range(2024, 2031) for fee in fees.member_fees(db, year) if fee.amount)
    )


# --- documents ---------------------------------------------------------------------------------


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_invoice_and_reminder_letters_print_names_exactly_inside_the_page(network, tmp_path):
    from pypdf import PdfReader

    from reports.invoice_files import write_invoice_files, write_reminder_file

    db, _ids = network
    issued = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED).issued
    folder = tmp_path / "Rechnungen"
    files = write_invoice_files(folder, issued)
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted(path.name for path in files) and names[0].startswith("RE-2027-0001")
    assert not any(name.startswith(".~") for name in names)  # no temporary files left
    assert sum(name.endswith(".xml") for name in names) == 1
    from email import message_from_bytes, policy

    draft = message_from_bytes(
        next(p for p in files if p.suffix == ".eml" and "Gelsenkirchen" in p.name).read_bytes(), policy=policy.default
    )
    assert draft["X-Unsent"] == "1" and "post@example.org" in draft["To"]
    assert sorted(part.get_filename() for part in draft.iter_attachments()) == [
        "RE-2027-0004 Stadt Gelsenkirchen.pdf",
        "RE-2027-0004 Stadt Gelsenkirchen.xml",
    ]
    row = _number(db, "Müller & Söhne <GmbH>")
    reminder = write_reminder_file(folder, invoices.issue_reminder(db, row.id, issued_on=dt.date(2027, 3, 1)))
    for path in [next(p for p in files if "Müller" in p.name), reminder]:
        page = PdfReader(path).pages[0]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        pieces = []

        def visit(text, cm, tm, font, size, pieces=pieces, width=width, height=height):
            if text.strip():
                x, y = tm[4], tm[5]
                assert 0 <= x <= width and 0 <= y <= height, text
                pieces.append(text)

        page.extract_text(visitor_text=visit)
        text = "\n".join(pieces)
        assert "Müller & Söhne <GmbH>" in text and "Łukasz Żółć" in text and "RE-2027-0003" in text
    assert "Zahlungserinnerung" in PdfReader(reminder).pages[0].extract_text()


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_cli_fee_run_list_and_errors(network, tmp_path, capsys):
    import main
    from tests.cli_support import call_cli

    db, _ids = network
    out = tmp_path / "Rechnungen"

    def cli(*args):
        code = main.main(["--db", db.url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, text, _ = cli("invoices", "--year", "2027", "--dry-run")
    assert code == 0 and "Stadt Gelsenkirchen" in text and not out.exists()
    run = call_cli("--db", db.url, "invoices", "--year", "2027", "--out", str(out), "--date", "02.11.2026")
    assert run.returncode == 0, run.stderr
    code, text, _ = cli("list", "invoices", "--json")
    listed = json.loads(text)
    assert [row["number"] for row in listed] == [f"RE-2026-{n:04d}" for n in range(1, 6)]
    assert set(listed[0]) >= {"number", "date", "organisation", "amount", "paid", "state"}
    code, text, _ = cli("invoice", "pay", "RE-2026-0001", "--amount", "1500,00", "--date", "03.11.2026")
    assert code == 0 and "bezahlt" in text
    code, _, error = cli("invoice", "pay", "RE-2026-0099", "--amount", "1")
    assert code == 1 and error.count("\n") == 1 and "RE-2026-0099" in error
    code, _, error = cli("invoices", "--year", "2027")
    assert code == 1 and "--out" in error


def test_billing_columns_round_trip_through_export_and_import(network, tmp_path):
    from openpyxl import Workbook, load_workbook

    from model.importing.organisation_import import import_organisations
    from model.members.billing import load_organisation_billing
    from reports.member_lists import export_organisations

    db, ids = network
    path = tmp_path / "Organisationen.xlsx"
    export_organisations(db, path)
    sheet = load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header_row = next(i for i, row in enumerate(rows) if "Leitweg-ID" in row)
    columns = rows[header_row]
    gelsenkirchen = next(row for row in rows if row[0] == "Stadt Gelsenkirchen")
    assert gelsenkirchen[columns.index("Leitweg-ID")] == LEITWEG_GELSENKIRCHEN
    assert gelsenkirchen[columns.index("Rechnungsweg")] == "XRechnung"

    book = Workbook()
    book.active.append(["Name", "Art", "Leitweg-ID", "Rechnungsweg", "E-Mail für Rechnungen"])
    book.active.append(["Haltern am See", "Kommune", "991-03730-19", "xrechnung", "rechnung@herten.example"])
    book.save(tmp_path / "neu.xlsx")
    import_organisations(db, tmp_path / "neu.xlsx")
    billing = load_organisation_billing(db, ids["Stadt Haltern am See"])
    assert (billing.leitweg_id, billing.channel, billing.invoice_email) == (
        "991-03730-19",
        "XRechnung",
        "rechnung@herten.example",
    )

    book.active.append(["Stadt Bottrop", "Kommune", "991-03730-18", "", ""])
    book.save(tmp_path / "falsch.xlsx")
    from model.importing.outcome import ImportFailed

    with pytest.raises(ImportFailed, match=r"Zeile 3, Feld »Leitweg-ID«: .*Prüfziffer"):
        import_organisations(db, tmp_path / "falsch.xlsx")


def test_annual_report_and_statistics_show_contributions_billed_paid_and_open(network):
    import io

    from pypdf import PdfReader

    from model.reporting.statistics import contributions_by_year
    from reports.annual_report import annual_report

    db, _ids = network
    invoices.run_fee_invoices(db, 2026, issued_on=dt.date(2026, 1, 15))
    row = _number(db, "Stadt Gelsenkirchen")
    invoices.add_payment(db, row.id, dt.date(2026, 2, 1), 2000)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(annual_report(db, 2026))).pages)
    assert "7. Mitgliedsbeiträge" in text
    assert "9.250,00 €" in text and "2.000,00 €" in text and "7.250,00 €" in text
    by_year = {c.year: c for c in contributions_by_year(db, 2025, 2026)}
    assert by_year[2025].billed == 0
    assert (by_year[2026].billed, by_year[2026].paid, by_year[2026].open) == (
        Decimal(9250),
        Decimal(2000),
        Decimal(7250),
    )


@pytest.mark.sqlite_only  # its SQL is the model's, run on both servers by the model tests
def test_cli_trip_run_reprint_is_identical_and_credit_note_and_reminder(network, tmp_path, capsys):
    import main
    from tests.trip_data import study_trip

    db, _ids = network
    event_id, _people = study_trip(db)

    def cli(*args):
        code = main.main(["--db", db.url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    out = tmp_path / "Reise"
    code, text, error = cli("invoices", "--trip", str(event_id), "--out", str(out), "--date", "02.11.2026")
    assert code == 0, error
    first = next(out.glob("RE-2026-0001*.pdf")).read_bytes()
    code, _, _ = cli("invoice", "reprint", "RE-2026-0001", "--out", str(tmp_path / "Nachdruck"))
    assert code == 0 and next((tmp_path / "Nachdruck").glob("*.pdf")).read_bytes() == first
    code, _, error = cli("invoice", "remind", "RE-2026-0001", "--out", str(out), "--date", "01.11.2026")
    assert code == 1 and "fällig" in error  # not overdue yet
    code, text, _ = cli(
        "invoice", "cancel", "RE-2026-0001", "--reason", "Reise verschoben", "--out", str(out), "--date", "03.11.2026"
    )
    assert code == 0 and "RE-2026-0002" in text
    code, _, error = cli("invoices", "--trip", str(event_id), "--dry-run")
    assert code == 1 and "--dry-run" in error


def test_invoice_letters_use_the_din_5008_layout_with_footer_on_every_page(network):
    """The shared letter layout (reports.letter): address in the window field, information block,
    the footer with the bank details on every page, the number atop later pages; a reprint of
    the snapshot gives the same bytes."""
    import copy

    from reports.invoice_pdf import invoice_pdf
    from reports.letter import (
        ADDRESS_FIELD_HEIGHT,
        ADDRESS_FIELD_LEFT,
        ADDRESS_FIELD_TOP,
        ADDRESS_FIELD_WIDTH,
        INFO_BLOCK_LEFT,
    )
    from tests.pdf_inspect import MM, fragments, text_width

    db, _ids = network
    issued = invoices.run_fee_invoices(db, 2027, issued_on=ISSUED).issued
    invoice = next(i for i in issued if "Müller" in i.snapshot["buyer"]["name"])
    snapshot = copy.deepcopy(invoice.snapshot)
    assert invoice_pdf(snapshot) == invoice_pdf(copy.deepcopy(invoice.snapshot))  # byte for byte
    line = snapshot["lines"][0]
    snapshot["lines"] = [
        dict(line, position=n + 1, description=f"{line['description']} – Teil {n + 1}") for n in range(60)
    ]  # a long invoice: two pages or more
    found = fragments(invoice_pdf(snapshot))
    pages = max(f.page for f in found) + 1
    assert pages >= 2
    top, bottom = 842 - ADDRESS_FIELD_TOP * 1, 842 - (ADDRESS_FIELD_TOP + ADDRESS_FIELD_HEIGHT)
    [name] = [f for f in found if f.text == "Müller & Söhne <GmbH>" and f.page == 0]
    assert ADDRESS_FIELD_LEFT <= name.x and name.x + text_width(name) <= ADDRESS_FIELD_LEFT + ADDRESS_FIELD_WIDTH
    assert bottom <= name.y <= top - 17.7 * MM
    number = [f for f in found if f.page == 0 and f.text == invoice.number]
    assert number and number[0].x >= INFO_BLOCK_LEFT  # in the information block
    for page in range(pages):
        texts = [f for f in found if f.page == page]
        iban = [f for f in texts if f.text.startswith("IBAN DE")]
        assert iban and iban[0].y < 25 * MM, page  # the footer at the foot of every page
        assert any(f.text == f"Seite {page + 1} von {pages}" for f in texts)
        body = [f for f in texts if "Teil " in f.text]
        assert all(f.y > 29 * MM for f in body)  # the positions keep clear of the footer
        if page:
            assert any(f.text == f"Rechnungsnr. {invoice.number}" and f.y > 842 - 20 * MM for f in texts)
    assert all(f.x >= 10 * MM and f.y >= 10 * MM for f in found)
