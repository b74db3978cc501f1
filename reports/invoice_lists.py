"""The treasurer's Excel list of invoices (open items with due dates, days overdue, reminders)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from model.invoicing.invoices import InvoiceRow

from .excel import Column, Sheet, write_workbook

COLUMNS = [
    Column("Rechnungsnr."),
    Column("Datum", "date"),
    Column("Rechnungsempfänger"),
    Column("Art"),
    Column("Zweck"),
    Column("Betrag", "money"),
    Column("Bezahlt", "money"),
    Column("Offen", "money"),
    Column("Fällig am", "date"),
    Column("Tage überfällig", "number"),
    Column("Mahnstufe", "number"),
    Column("Status"),
]


def export_invoice_list(
    rows: Sequence[InvoiceRow], path: Path | str, *, title: str, today: dt.date | None = None
) -> int:
    today = today or dt.date.today()
    table = [
        [
            r.number,
            r.issued_on,
            r.organisation,
            r.kind,
            r.purpose,
            r.amount,
            r.paid,
            r.open_amount,
            r.due_on,
            max((today - r.due_on).days, 0) if r.open_amount > 0 else None,
            r.reminder_level or None,
            r.state,
        ]
        for r in rows
    ]
    write_workbook(path, [Sheet("Rechnungen", COLUMNS, table, heading=f"{title} – Stand {today:%d.%m.%Y}")])
    return len(table)
