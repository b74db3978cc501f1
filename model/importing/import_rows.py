"""What the person and organisation imports share: known columns, the header, the data rows.

A column is known by any of its names, German or English, after folding case, accents,
spaces and punctuation ("E-Mail-Adresse" = "email adresse" = "EmailAdresse"). The wizard may
move the header to another row and change the column mapping; ``header_at`` rebuilds it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..core.errors import Cancelled, UserError
from .spreadsheet import (
    HEADER_SCAN_ROWS,
    HeaderMatch,
    SheetData,
    clean_text,
    find_header,
    normalise_header,
    resolve_merged_header,
)


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str  # German, as the wizard and messages show it
    aliases: tuple[str, ...]


def alias_table(fields: tuple[ImportField, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for item in fields:
        for alias in (item.label, item.name, *item.aliases):
            table.setdefault(normalise_header(alias), item.name)
    return table


def labels(fields: tuple[ImportField, ...]) -> dict[str, str]:
    return {item.name: item.label for item in fields}


def detect_header(data: SheetData, fields: tuple[ImportField, ...]) -> HeaderMatch:
    return find_header(data, alias_table(fields))


def header_at(data: SheetData, excel_row: int, fields: tuple[ImportField, ...]) -> HeaderMatch:
    """The mapping the header in ``excel_row`` gives (the user moved the header row)."""
    aliases = alias_table(fields)
    offset = excel_row - data.first_row
    if not 0 <= offset < len(data.rows):
        raise UserError(f"Zeile {excel_row} gibt es in dieser Tabelle nicht.")
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for index, cell in enumerate(data.rows[offset]):
        key = normalise_header(cell)
        if not key:
            continue
        name = aliases.get(key)
        if name and name not in mapping.values():
            mapping[index] = name
        else:
            unknown.append(str(cell).strip())
    return resolve_merged_header(data, HeaderMatch(excel_row=excel_row, mapping=mapping, unknown=unknown))


def header_candidates(data: SheetData) -> list[int]:
    """Excel row numbers the header may be in (for the wizard's choice)."""
    return [data.first_row + i for i in range(min(HEADER_SCAN_ROWS, len(data.rows)))]


def column_titles(data: SheetData, header: HeaderMatch) -> list[str]:
    """The header cells as typed ("Spalte C" for an empty one)."""
    from openpyxl.utils import get_column_letter

    row = data.rows[header.excel_row - data.first_row] if data.rows else []
    width = max((len(r) for r in data.rows), default=0)
    titles = []
    for index in range(width):
        cell = row[index] if index < len(row) else None
        text = clean_text(cell)
        titles.append(text or f"Spalte {get_column_letter(index + 1)}")
    return titles


def data_rows(data: SheetData, header: HeaderMatch) -> Iterator[tuple[int, dict[str, Any]]]:
    """(Excel row number, {field: cleaned text}) for every non-empty row below the header."""
    start = header.excel_row - data.first_row + 1
    mapping = header.mapping
    for offset, row in enumerate(data.rows[start:], start=start):
        values = {}
        for index, name in mapping.items():
            if index < len(row):
                raw = row[index]
                values[name] = raw if hasattr(raw, "year") else clean_text(raw)
        if any(value not in (None, "") for value in values.values()):
            yield data.first_row + offset, values


class Progress:
    """Progress and cancellation of a long import, as ``gui.worker.Job`` passes them."""

    def __init__(self, progress: Callable[[int, int, str], None] | None, cancelled: Callable[[], bool] | None):
        self._progress, self._cancelled = progress, cancelled

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        if self._progress is not None:
            self._progress(done, total, text)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk import (also usable as a decorator).

    Reading, checking and writing thousands of rows allocates hundreds of thousands of
    objects, almost none of them in reference cycles; the collector would run hundreds of
    times for nothing (≈ 15 % of a 5,000-row import). Reference counting still frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
