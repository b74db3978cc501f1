"""Reading the Excel lists offices really have, safely.

- The file must be a real .xlsx (a zip) whose uncompressed size stays under a cap (no zip
  bombs); entity declarations are refused (openpyxl uses defusedxml when it is installed).
- Title rows above the header are skipped: the header row is the first row (of the first
  few) in which enough cells name known columns, German or English, in any order.
- Rows keep the numbers Excel shows, so that messages can name them.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError
from .text import fold

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
HEADER_SCAN_ROWS = 10


@dataclass
class SheetData:
    """Cell values of the first worksheet; ``rows[i]`` is Excel row ``first_row + i``."""

    rows: list[list[Any]]
    first_row: int = 1


@dataclass
class HeaderMatch:
    excel_row: int  # the header's row number as Excel shows it
    mapping: dict[int, str]  # column index (0-based) -> field name
    unknown: list[str] = field(default_factory=list)  # header cells that match no field


def normalise_header(text: Any) -> str:
    folded = fold(str(text or ""))
    return re.sub(r"[^a-z0-9]+", "", folded)


def read_first_sheet(path: Path | str) -> SheetData:
    """All cell values of the first worksheet, or a UserError that says what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Die Datei {path} gibt es nicht.")
    if not zipfile.is_zipfile(path):
        raise UserError(
            f"{path.name} ist keine Excel-Arbeitsmappe (.xlsx). Bitte in Excel als "
            "»Excel-Arbeitsmappe (*.xlsx)« speichern."
        )
    _refuse_zip_bomb(path)
    try:
        from openpyxl import load_workbook

        # data_only=False: a formula is read as the characters typed, never evaluated.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - any parser failure means: not a usable workbook
        raise UserError(f"{path.name} lässt sich nicht als Excel-Arbeitsmappe lesen ({exc}).") from exc
    try:
        if not workbook.worksheets:
            raise UserError(f"{path.name} enthält kein Tabellenblatt.")
        sheet = workbook.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise UserError(f"{path.name} ist beschädigt und lässt sich nicht lesen ({exc}).") from exc
    finally:
        workbook.close()
    return SheetData(rows=rows)


def _refuse_zip_bomb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UserError(f"{path.name} ist keine gültige Excel-Datei ({exc}).") from exc
    total = sum(info.file_size for info in infos)
    compressed = max(1, sum(info.compress_size for info in infos))
    if total > MAX_UNCOMPRESSED_BYTES or total / compressed > MAX_COMPRESSION_RATIO:
        raise UserError(f"{path.name} ist entpackt zu groß ({total // (1024 * 1024)} MB) und wird nicht gelesen.")


def find_header(data: SheetData, aliases: dict[str, str], required_hits: int = 2) -> HeaderMatch:
    """Locate the header row by known column names (``aliases``: normalised name -> field).

    Raises a UserError naming the expected headers when none of the first rows fits.
    """
    best: HeaderMatch | None = None
    for offset, row in enumerate(data.rows[:HEADER_SCAN_ROWS]):
        mapping: dict[int, str] = {}
        unknown: list[str] = []
        for index, cell in enumerate(row):
            key = normalise_header(cell)
            if not key:
                continue
            field_name = aliases.get(key)
            if field_name and field_name not in mapping.values():
                mapping[index] = field_name
            else:
                unknown.append(str(cell).strip())
        if len(mapping) >= required_hits and (best is None or len(mapping) > len(best.mapping)):
            best = HeaderMatch(excel_row=data.first_row + offset, mapping=mapping, unknown=unknown)
    if best is None:
        raise UserError(
            "Keine Überschriftenzeile gefunden. Erwartet werden Spalten wie "
            "»Vorname«, »Nachname«, »E-Mail«, »Organisation« in einer der ersten Zeilen."
        )
    return best


def clean_text(value: Any) -> str | None:
    """Cell value as trimmed single-spaced text (None for empty); numbers lose a trailing .0."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d.%m.%Y")
    text = " ".join(str(value).replace("\u00a0", " ").split())
    if not text.isprintable():  # checking the whole string first is much faster than char by char
        text = "".join(ch for ch in text if ch.isprintable())
    return text or None
