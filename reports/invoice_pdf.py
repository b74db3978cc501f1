"""Invoices, credit notes and reminders as DIN 5008 letters (form B), from their snapshots.

The letter itself (address field, information block, fold marks, letterhead, page numbers)
is the program's one letter layout, ``reports.letter``; this module adds what a business
letter carries: the footer with address, contact, bank and tax number on every page, the
invoice number at the head of later pages, and the positions table. Everything comes from
the snapshot, so a reprint is the same document, byte for byte. Every value is escaped:
names print exactly as typed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from model.core.formatting import money
from model.core.vocab import CREDIT_NOTE, INVOICE, STANDARD_RATE

from .letter import TEXT_LEFT, TEXT_RIGHT, Footer, Letter, Sender, letters_pdf
from .pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    escape,
    office_and_network,
    para,
    styles,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT = TEXT_LEFT, TEXT_RIGHT


def _date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")


def grouped(iban: str | None) -> str:
    """An IBAN as printed: in groups of four."""
    compact = (iban or "").replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _town(party: dict) -> str:
    return " ".join(p for p in (party.get("postcode"), party.get("city")) if p)


def _sender(seller: dict) -> Sender:
    """The issuer as the snapshot recorded it (no logo: the snapshot keeps none)."""
    letterhead = Letterhead(
        office_name=office_and_network(seller.get("office_name") or seller["name"], seller.get("network")),
        address_line=", ".join(p for p in (seller.get("street"), _town(seller)) if p),
        contact_line=" · ".join(p for p in (seller.get("phone"), seller.get("email"), seller.get("website")) if p),
    )
    return_line = " · ".join(p for p in (seller["name"], seller.get("street"), _town(seller)) if p)
    return Sender(letterhead, return_line, seller.get("signatory_name"), seller.get("signatory_function"))


def _footer(seller: dict) -> Footer:
    tax = f"USt-IdNr. {seller['vat_id']}" if seller.get("vat_id") else f"Steuernr. {seller.get('tax_number') or ''}"
    return Footer(
        [
            [seller["name"], seller.get("street") or "", _town(seller)],
            [
                f"Tel. {seller.get('contact_phone') or seller.get('phone') or ''}",
                seller.get("contact_email") or "",
                seller.get("website") or "",
            ],
            [f"IBAN {grouped(seller.get('iban'))}", f"BIC {seller.get('bic') or ''}", seller.get("bank_name") or ""],
            [tax],
        ],
        shares=(0.21, 0.27, 0.29, 0.23),
    )


def _address(buyer: dict) -> list[str]:
    lines = [buyer["name"], buyer.get("recipient"), buyer.get("street"), _town(buyer)]
    return [line for line in lines if line]


def _pdf(seller: dict, buyer: dict, info: list[tuple[str, str]], subject: str, body: list, title: str) -> bytes:
    letter = Letter(_address(buyer), subject, body, info=info, running_head=f"{info[0][0]} {info[0][1]}")
    return letters_pdf([letter], _sender(seller), title, footer=_footer(seller), invariant=True)


def _info_lines(snapshot: dict, first: tuple[str, str], date_label: str, date: str) -> list[tuple[str, str]]:
    seller, buyer = snapshot["seller"], snapshot["buyer"]
    info = [first, (date_label, _date(date)), ("Kundennummer", buyer["customer_number"])]
    if buyer.get("leitweg_id"):
        info.append(("Leitweg-ID", buyer["leitweg_id"]))
    info += [
        ("Ansprechpartner", seller.get("contact_name") or ""),
        ("Telefon", seller.get("contact_phone") or ""),
        ("E-Mail", seller.get("contact_email") or ""),
    ]
    return info


def _table(rows: list[list], bold_from: int) -> Table:
    width = PAGE_WIDTH - LEFT - RIGHT
    table = Table(rows, colWidths=[12 * mm, width - 12 * mm - 32 * mm, 32 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
                ("FONT", (0, bold_from), (-1, -1), FONT_BOLD, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEABOVE", (0, bold_from), (-1, bold_from), 0.6, colors.black),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def invoice_pdf(snapshot: dict) -> bytes:
    """The invoice or credit note letter; identical for every reprint of the snapshot."""
    credit = snapshot["kind"] == CREDIT_NOTE
    title = CREDIT_NOTE if credit else INVOICE
    info = _info_lines(snapshot, (f"{title}snr.", snapshot["number"]), f"{title}sdatum", snapshot["issued_on"])
    s = styles()
    body: list = [para(snapshot["intro"]), Spacer(1, 4 * mm)]
    rows: list[list] = [["Pos.", "Bezeichnung", "Betrag"]]
    for line in snapshot["lines"]:
        text = escape(line["description"]) + (
            f"<br/><font size=8 color='#5A6470'>{escape(line['detail'])}</font>" if line.get("detail") else ""
        )
        rows.append([str(line["position"]), Paragraph(text, s["cell"]), money(Decimal(line["amount"]))])
    tax = snapshot["tax"]
    bold_from = len(rows)
    if tax["category"] == STANDARD_RATE:
        rows.append(["", "Summe netto", money(Decimal(snapshot["net"]))])
        rows.append(["", f"Umsatzsteuer {tax['rate'].replace('.', ',')} %", money(Decimal(snapshot["tax_amount"]))])
    rows.append(["", "Gutschriftsbetrag" if credit else "Rechnungsbetrag", money(Decimal(snapshot["total"]))])
    body.append(_table(rows, bold_from))
    if tax["category"] != STANDARD_RATE and tax.get("exemption_reason"):
        body += [Spacer(1, 2 * mm), para(tax["exemption_reason"], "small")]
    if snapshot.get("period"):
        period = snapshot["period"]
        body += [
            Spacer(1, 1 * mm),
            para(f"Leistungszeitraum: {_date(period['start'])} – {_date(period['end'])}", "small"),
        ]
    body += [Spacer(1, 5 * mm), para(snapshot["payment_terms"])]
    return _pdf(
        snapshot["seller"],
        snapshot["buyer"],
        info,
        f"{title} {snapshot['number']} – {snapshot['subject']}",
        body,
        f"{title} {snapshot['number']}",
    )


def reminder_pdf(reminder: dict) -> bytes:
    """A reminder (1st: Zahlungserinnerung, 2nd: Mahnung) with its own text and deadline."""
    invoice = reminder["invoice"]
    info = _info_lines(invoice, ("Rechnungsnr.", invoice["number"]), "Datum", reminder["issued_on"])
    info.insert(2, ("Rechnung vom", _date(invoice["issued_on"])))
    s = styles()
    body: list = [para(reminder["text"]), Spacer(1, 4 * mm)]
    rows = [
        ["", "Rechnung", "Betrag"],
        [
            "",
            Paragraph(
                escape(
                    f"{invoice['number']} vom {_date(invoice['issued_on'])}, fällig am "
                    f"{_date(invoice['due_on'])}: {invoice['subject']}"
                ),
                s["cell"],
            ),
            money(Decimal(invoice["total"])),
        ],
        ["", "bereits bezahlt", money(Decimal(reminder["paid"]))],
        ["", "offener Betrag", money(Decimal(reminder["open"]))],
    ]
    body.append(_table(rows, 3))
    seller = invoice["seller"]
    body += [
        Spacer(1, 5 * mm),
        para(
            f"Bitte überweisen Sie den offenen Betrag bis zum {_date(reminder['due_on'])} auf das Konto "
            f"IBAN {grouped(seller.get('iban'))} unter Angabe der Rechnungsnummer {invoice['number']}. "
            "Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos."
        ),
    ]
    return _pdf(
        seller,
        invoice["buyer"],
        info,
        f"{reminder['title']} – Rechnung {invoice['number']}",
        body,
        f"{reminder['title']} {invoice['number']}",
    )
