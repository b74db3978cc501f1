"""Invoices, credit notes and reminders as DIN 5008 letters (Form B), from their snapshots.

Self-contained for now: a general DIN 5008 letter module is being written elsewhere; this one
can switch to it later. Form B geometry (mm from the top left of A4):
- address field 85 × 45 at 20 / 45: return line in its first 17.7 mm, then up to six lines;
- info block at 125 / 50 (number, date, customer number, Leitweg-ID, contact);
- fold marks at 105 and 210, punch mark at 148.5; text from 25 mm on the left, 20 on the right.
Every value is escaped: names print exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from model.formatting import money

from .pdf import FONT, FONT_BOLD, MUTED, ellipsize_text, escape, para, register_fonts, styles

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
ADDRESS_LEFT, ADDRESS_TOP, ADDRESS_WIDTH, ADDRESS_HEIGHT = 20 * mm, 45 * mm, 85 * mm, 45 * mm
RETURN_ZONE = 17.7 * mm
INFO_LEFT, INFO_TOP, INFO_WIDTH = 125 * mm, 50 * mm, 77 * mm
BODY_TOP = 98.5 * mm
FOOTER_HEIGHT = 24 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
PUNCH_MARK = 148.5 * mm


def _date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")


def grouped(iban: str | None) -> str:
    """An IBAN as printed: in groups of four."""
    compact = (iban or "").replace(" ", "")
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def _y(from_top: float) -> float:
    return PAGE_HEIGHT - from_top


class _Letter:
    """Draws the fixed parts of page 1 (and the footer of every page) for one document."""

    def __init__(self, seller: dict, buyer: dict, info: list[tuple[str, str]]):
        self.seller, self.buyer, self.info = seller, buyer, info

    def first_page(self, canvas, doc) -> None:
        canvas.saveState()
        self._letterhead(canvas)
        self._address(canvas)
        self._info(canvas)
        self._marks(canvas)
        self._footer(canvas, doc)
        canvas.restoreState()

    def later_page(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        first = self.info[0]
        canvas.drawString(LEFT, _y(15 * mm), f"{first[0]} {first[1]}")
        self._marks(canvas)
        self._footer(canvas, doc)
        canvas.restoreState()

    def _letterhead(self, canvas) -> None:
        seller = self.seller
        canvas.setFont(FONT_BOLD, 13)
        width = PAGE_WIDTH - LEFT - RIGHT
        canvas.drawString(LEFT, _y(18 * mm), ellipsize_text(seller.get("office_name") or seller["name"], FONT_BOLD, 13, width))
        if seller.get("network"):
            canvas.setFont(FONT, 10)
            canvas.drawString(LEFT, _y(24 * mm), ellipsize_text(seller["network"], FONT, 10, width))

    def _address(self, canvas) -> None:
        seller = self.seller
        line = " · ".join(p for p in (seller["name"], seller.get("street"),
                                        " ".join(p for p in (seller.get("postcode"), seller.get("city")) if p)) if p)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        inner = ADDRESS_WIDTH - 5 * mm
        canvas.drawString(ADDRESS_LEFT + 5 * mm, _y(ADDRESS_TOP + RETURN_ZONE - 3 * mm), ellipsize_text(line, FONT, 7, inner))
        canvas.setFillColor(colors.black)
        buyer = self.buyer
        lines = [buyer["name"], buyer.get("recipient"), buyer.get("street"),
                 " ".join(p for p in (buyer.get("postcode"), buyer.get("city")) if p)]
        lines = [line for line in lines if line][:6]
        canvas.setFont(FONT, 10)
        y = ADDRESS_TOP + RETURN_ZONE + 4.5 * mm
        for text in lines:
            canvas.drawString(ADDRESS_LEFT + 5 * mm, _y(y), ellipsize_text(text, FONT, 10, inner))
            y += 4.6 * mm

    def _info(self, canvas) -> None:
        label_width = 26 * mm
        y = INFO_TOP + 3 * mm
        for label, value in self.info:
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(INFO_LEFT, _y(y), label)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, 8.5)
            canvas.drawString(INFO_LEFT + label_width, _y(y),
                              ellipsize_text(value, FONT, 8.5, INFO_WIDTH - label_width))
            y += 4.4 * mm

    def _marks(self, canvas) -> None:
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        for mark in FOLD_MARKS:
            canvas.line(3 * mm, _y(mark), 8 * mm, _y(mark))
        canvas.line(3 * mm, _y(PUNCH_MARK), 10 * mm, _y(PUNCH_MARK))

    def _footer(self, canvas, doc) -> None:
        seller = self.seller
        columns = [
            [seller["name"], seller.get("street") or "",
             " ".join(p for p in (seller.get("postcode"), seller.get("city")) if p)],
            [f"Tel. {seller.get('contact_phone') or seller.get('phone') or ''}", seller.get("contact_email") or "",
             seller.get("website") or ""],
            [f"IBAN {grouped(seller.get('iban'))}", f"BIC {seller.get('bic') or ''}", seller.get("bank_name") or ""],
            [f"USt-IdNr. {seller['vat_id']}" if seller.get("vat_id") else f"Steuernr. {seller.get('tax_number') or ''}",
             f"Seite {doc.page}", ""],
        ]
        full = PAGE_WIDTH - LEFT - RIGHT
        shares = (0.21, 0.27, 0.29, 0.23)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(MUTED)
        canvas.line(LEFT, FOOTER_HEIGHT - 3 * mm, PAGE_WIDTH - RIGHT, FOOTER_HEIGHT - 3 * mm)
        x = LEFT
        for share, lines in zip(shares, columns, strict=False):
            width = full * share
            for row, text in enumerate(lines):
                canvas.drawString(x, FOOTER_HEIGHT - 7 * mm - row * 3.4 * mm, ellipsize_text(text, FONT, 7, width - 2 * mm))
            x += width


def _build(letter: _Letter, story: list, title: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    # invariant: no creation time or random file ID, so a reprint is byte-for-byte the same
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, author=letter.seller["name"], invariant=1,
                          leftMargin=LEFT, rightMargin=RIGHT, topMargin=25 * mm, bottomMargin=FOOTER_HEIGHT)
    width = PAGE_WIDTH - LEFT - RIGHT
    first = Frame(LEFT, FOOTER_HEIGHT, width, PAGE_HEIGHT - BODY_TOP - FOOTER_HEIGHT, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT, FOOTER_HEIGHT, width, PAGE_HEIGHT - 25 * mm - FOOTER_HEIGHT, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=letter.first_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [later], onPage=letter.later_page)])
    doc.build(story)
    return buffer.getvalue()


def _info_lines(snapshot: dict, first: tuple[str, str], date_label: str, date: str) -> list[tuple[str, str]]:
    seller, buyer = snapshot["seller"], snapshot["buyer"]
    info = [first, (date_label, _date(date)), ("Kundennummer", buyer["customer_number"])]
    if buyer.get("leitweg_id"):
        info.append(("Leitweg-ID", buyer["leitweg_id"]))
    info += [("Ansprechpartner", seller.get("contact_name") or ""), ("Telefon", seller.get("contact_phone") or ""),
             ("E-Mail", seller.get("contact_email") or "")]
    return info


def _table(rows: list[list], bold_from: int) -> Table:
    width = PAGE_WIDTH - LEFT - RIGHT
    table = Table(rows, colWidths=[12 * mm, width - 12 * mm - 32 * mm, 32 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("FONT", (0, bold_from), (-1, -1), FONT_BOLD, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, bold_from), (-1, bold_from), 0.6, colors.black),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _closing(seller: dict) -> list:
    story = [Spacer(1, 5 * mm), para("Mit freundlichen Grüßen"), Spacer(1, 10 * mm)]
    if seller.get("signatory_name"):
        story.append(para(seller["signatory_name"]))
    if seller.get("signatory_function"):
        story.append(para(seller["signatory_function"], "small"))
    return [KeepTogether(story)]


def invoice_pdf(snapshot: dict) -> bytes:
    """The invoice or credit note letter; identical for every reprint of the snapshot."""
    credit = snapshot["kind"] == "Gutschrift"
    title = "Gutschrift" if credit else "Rechnung"
    letter = _Letter(snapshot["seller"], snapshot["buyer"],
                     _info_lines(snapshot, (f"{title}snr.", snapshot["number"]), f"{title}sdatum", snapshot["issued_on"]))
    s = styles()
    story: list = [Paragraph(f"<b>{escape(title)} {escape(snapshot['number'])} – {escape(snapshot['subject'])}</b>", s["text"]),
                   Spacer(1, 6 * mm), para("Sehr geehrte Damen und Herren,"), Spacer(1, 3 * mm),
                   para(snapshot["intro"]), Spacer(1, 4 * mm)]
    rows: list[list] = [["Pos.", "Bezeichnung", "Betrag"]]
    for line in snapshot["lines"]:
        text = escape(line["description"]) + (f"<br/><font size=8 color='#5A6470'>{escape(line['detail'])}</font>"
                                                if line.get("detail") else "")
        rows.append([str(line["position"]), Paragraph(text, s["cell"]), money(Decimal(line["amount"]))])
    tax = snapshot["tax"]
    bold_from = len(rows)
    if tax["category"] == "S":
        rows.append(["", "Summe netto", money(Decimal(snapshot["net"]))])
        rows.append(["", f"Umsatzsteuer {tax['rate'].replace('.', ',')} %", money(Decimal(snapshot["tax_amount"]))])
    rows.append(["", "Gutschriftsbetrag" if credit else "Rechnungsbetrag", money(Decimal(snapshot["total"]))])
    story.append(_table(rows, bold_from))
    if tax["category"] != "S" and tax.get("exemption_reason"):
        story += [Spacer(1, 2 * mm), para(tax["exemption_reason"], "small")]
    if snapshot.get("period"):
        period = snapshot["period"]
        story += [Spacer(1, 1 * mm), para(f"Leistungszeitraum: {_date(period['start'])} – {_date(period['end'])}", "small")]
    story += [Spacer(1, 5 * mm), para(snapshot["payment_terms"])]
    story += _closing(snapshot["seller"])
    return _build(letter, story, f"{title} {snapshot['number']}")


def reminder_pdf(reminder: dict) -> bytes:
    """A reminder (1st: Zahlungserinnerung, 2nd: Mahnung) with its own text and deadline."""
    invoice = reminder["invoice"]
    info = _info_lines(invoice, ("Rechnungsnr.", invoice["number"]), "Datum", reminder["issued_on"])
    info.insert(2, ("Rechnung vom", _date(invoice["issued_on"])))
    letter = _Letter(invoice["seller"], invoice["buyer"], info)
    s = styles()
    story: list = [Paragraph(f"<b>{escape(reminder['title'])} – Rechnung {escape(invoice['number'])}</b>", s["text"]),
                   Spacer(1, 6 * mm), para("Sehr geehrte Damen und Herren,"), Spacer(1, 3 * mm),
                   para(reminder["text"]), Spacer(1, 4 * mm)]
    rows = [["", "Rechnung", "Betrag"],
            ["", Paragraph(escape(f"{invoice['number']} vom {_date(invoice['issued_on'])}, fällig am "
                                  f"{_date(invoice['due_on'])}: {invoice['subject']}"), s["cell"]),
             money(Decimal(invoice["total"]))],
            ["", "bereits bezahlt", money(Decimal(reminder["paid"]))],
            ["", "offener Betrag", money(Decimal(reminder["open"]))]]
    story.append(_table(rows, 3))
    seller = invoice["seller"]
    story += [Spacer(1, 5 * mm),
              para(f"Bitte überweisen Sie den offenen Betrag bis zum {_date(reminder['due_on'])} auf das Konto "
                   f"IBAN {grouped(seller.get('iban'))} unter Angabe der Rechnungsnummer {invoice['number']}. "
                   "Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.")]
    story += _closing(seller)
    return _build(letter, story, f"{reminder['title']} {invoice['number']}")
