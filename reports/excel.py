"""Office-ready Excel lists: bold frozen header, autofilter, sensible widths, real dates.

Every text cell is written as text: a name like ``=SUMME(A1:A3)`` or ``@Stadt`` stays those
characters and never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
TIME_FORMAT = "HH:MM"
MONEY_FORMAT = '#,##0.00 "€"'
# "#,##0.##" would show whole numbers with a trailing comma ("107,"): whole and fractional apart.
INTEGER_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.0#"
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Characters XML 1.0 cannot carry; openpyxl refuses them, so they are dropped.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Column:
    header: str
    kind: str = "text"  # text | date | datetime | time | number | money | bool
    width: float | None = None


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    heading: str | None = None  # optional title line above the header
    extra: dict[str, Any] = field(default_factory=dict)


def sheet_title(text: str) -> str:
    """A title Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = _SHEET_TITLE_FORBIDDEN.sub(" ", text).strip("' ") or "Tabelle"
    return cleaned[:31]


def _cell_value(value: Any, kind: str) -> tuple[Any, str | None]:
    """The value to store and its number format."""
    if value is None or value == "":
        return None, None
    if kind == "bool":
        return ("ja" if value else "nein"), None
    if kind == "money":
        return float(value), MONEY_FORMAT
    if kind == "number":
        number = float(value) if isinstance(value, Decimal) else value
        if isinstance(number, (int, float)) and float(number).is_integer():
            return number, INTEGER_FORMAT
        return number, NUMBER_FORMAT
    if kind == "datetime" and isinstance(value, dt.datetime):
        return value, DATETIME_FORMAT
    if kind in ("date", "datetime") and isinstance(value, dt.date):
        return value, DATE_FORMAT
    if kind == "time" and isinstance(value, dt.time):
        return value, TIME_FORMAT
    return _ILLEGAL_XML.sub("", str(value)), None


def write_workbook(target: Path | str | BinaryIO, sheets: Sequence[Sheet]) -> None:
    """Write the sheets as one workbook to a path or a binary stream."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for spec in sheets:
        ws = workbook.create_sheet(sheet_title(spec.title))
        header_row = 1
        if spec.heading:
            ws.cell(row=1, column=1, value=_cell_value(spec.heading, "text")[0]).font = Font(bold=True, size=13)
            ws.cell(row=1, column=1).data_type = "s"
            header_row = 3
        widths = [len(col.header) for col in spec.columns]
        for index, col in enumerate(spec.columns, start=1):
            cell = ws.cell(row=header_row, column=index, value=_ILLEGAL_XML.sub("", col.header))
            cell.data_type = "s"
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center")
        row_number = header_row
        for row_number, values in enumerate(spec.rows, start=header_row + 1):
            for index, (value, col) in enumerate(zip(values, spec.columns, strict=False), start=1):
                stored, number_format = _cell_value(value, col.kind)
                if stored is None:
                    continue
                cell = ws.cell(row=row_number, column=index, value=stored)
                if isinstance(stored, str):
                    cell.data_type = "s"  # never a formula, whatever the first character
                    widths[index - 1] = max(widths[index - 1], min(len(stored), 60))
                else:
                    widths[index - 1] = max(widths[index - 1], 10 if col.kind != "datetime" else 16)
                if number_format:
                    cell.number_format = number_format
        last_column = get_column_letter(max(len(spec.columns), 1))
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
        ws.auto_filter.ref = f"A{header_row}:{last_column}{max(row_number, header_row)}"
        for index, col in enumerate(spec.columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = col.width or max(8, widths[index - 1] + 2)
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape" if len(spec.columns) > 6 else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToHeight = 0
    if not workbook.sheetnames:
        workbook.create_sheet("Tabelle")
    if isinstance(target, (str, Path)):
        from model.core.safe_files import atomic_output

        with atomic_output(target) as partial:  # a full disk leaves the earlier file intact
            workbook.save(partial)
    else:
        workbook.save(target)
