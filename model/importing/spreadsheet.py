"""Reading the Excel lists offices really have, as Excel shows them, safely.

- The file must be a real .xlsx (a zip) whose uncompressed size stays under a cap (no zip
  bombs); entity declarations are refused (openpyxl uses defusedxml when it is installed).
  A password-protected workbook (an OLE container) and a file held open by Excel are named
  as such. At most ``MAX_ROWS`` rows are read.
- The sheet read is the one Excel opens with (the active sheet), never a hidden one; rows
  hidden by hand or by a filter are left out (and counted); formula cells give the value
  Excel last calculated, error values (``#REF!``) and formulas without a stored value become
  ``CellProblem``s that the importers report per row and field.
- Title rows above the header are skipped: the header row is the first row (of the first
  few) in which enough cells name known columns, German or English, in any order. A header
  cell merged over columns is understood for "Name" over two columns (first and last name)
  and refused otherwise, naming the cells.
- Rows keep the numbers Excel shows, so that messages can name them.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import UserError
from ..core.text import fold, strip_invisible

MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ROWS = 50_000
HEADER_SCAN_ROWS = 10
# The first bytes of an OLE compound file: password-protected .xlsx files and old .xls files.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Header fields that hold a whole name; merged over two columns they are first and last name.
FULL_NAME_FIELDS = ("full_name", "name")


@dataclass(frozen=True)
class CellProblem:
    """A cell whose shown value cannot be used (an error value, a formula without a value)."""

    message: str

    def __str__(self) -> str:
        return ""


@dataclass
class SheetData:
    """Cell values of the sheet read; ``rows[i]`` is Excel row ``first_row + i``.

    Hidden rows are kept as empty rows, so that numbering stays as Excel shows it.
    """

    rows: list[list[Any]]
    first_row: int = 1
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)  # the visible sheets, for the wizard's choice
    hidden_rows: int = 0  # rows with content left out because Excel hides them
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_col, min_row, max_col, max_row


@dataclass
class HeaderMatch:
    excel_row: int  # the header's row number as Excel shows it
    mapping: dict[int, str]  # column index (0-based) -> field name
    unknown: list[str] = field(default_factory=list)  # header cells that match no field


def normalise_header(text: Any) -> str:
    folded = fold(str(text or ""))
    return re.sub(r"[^a-z0-9]+", "", folded)


def read_first_sheet(
    path: Path | str, sheet: str | None = None, progress: Callable[[int], None] | None = None
) -> SheetData:
    """The cell values of the sheet Excel shows first (or of ``sheet``), or a UserError that
    says what is wrong. ``progress`` gets the number of rows read now and then."""
    path = Path(path)
    _check_workbook_file(path)
    try:
        from openpyxl import load_workbook

        # data_only=True: the values Excel calculated and stored; a formula is never evaluated.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except PermissionError as exc:
        raise _locked(path) from exc
    except Exception as exc:  # any parser failure means: not a usable workbook
        raise UserError(f"{path.name} lässt sich nicht als Excel-Arbeitsmappe lesen ({_reason(exc)}).") from exc
    try:
        worksheet = _choose_sheet(path, workbook, sheet)
        data = _read_sheet(path, workbook, worksheet, progress)
        data.sheet_names = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"{path.name} ist beschädigt und lässt sich nicht lesen ({_reason(exc)}).") from exc
    finally:
        workbook.close()
    if sheet is None and not any(data.rows):
        others = [name for name in data.sheet_names if name != data.sheet_name]
        hint = f" Weitere Tabellenblätter: {_names(others)}." if others else ""
        raise UserError(
            f"Das Tabellenblatt »{data.sheet_name}« in {path.name} ist leer.{hint} Bitte das Blatt "
            "mit der Liste in Excel auswählen und speichern (oder im Import-Assistenten wählen)."
        )
    return data


def sheet_names(path: Path | str) -> list[str]:
    """The visible sheets of a workbook, in order (for the wizard's choice)."""
    path = Path(path)
    _check_workbook_file(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
    except Exception as exc:
        raise UserError(f"{path.name} lässt sich nicht als Excel-Arbeitsmappe lesen ({_reason(exc)}).") from exc
    try:
        return [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
    finally:
        workbook.close()


def _reason(exc: BaseException) -> str:
    """A parser's complaint, in German where it is a known attack (entity declarations)."""
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps the parser's error in its own
        if type(cause).__name__ in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"):
            return "die Datei enthält XML-Entity-Deklarationen, die aus Sicherheitsgründen nicht gelesen werden"
        cause = cause.__cause__ or cause.__context__
    text = " ".join(str(exc).split())
    return text[:200] if text else type(exc).__name__


def _locked(path: Path) -> UserError:
    return UserError(
        f"{path.name} ist gesperrt – vermutlich in Excel geöffnet. Bitte die Datei in Excel "
        "schließen und erneut versuchen."
    )


def _check_workbook_file(path: Path) -> None:
    if not path.is_file():
        raise UserError(f"Die Datei {path} gibt es nicht.")
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except PermissionError as exc:
        raise _locked(path) from exc
    except OSError as exc:
        raise UserError(f"{path.name} lässt sich nicht lesen ({exc.strerror or exc}).") from exc
    if start == OLE_SIGNATURE:
        if _is_encrypted_ooxml(path):
            raise UserError(
                f"{path.name} ist mit einem Kennwort geschützt. Bitte in Excel öffnen, unter Datei → "
                "Informationen → Arbeitsmappe schützen das Kennwort entfernen, speichern und erneut "
                "einlesen."
            )
        raise UserError(
            f"{path.name} ist eine ältere Excel-Datei (.xls). Bitte in Excel als »Excel-Arbeitsmappe "
            "(*.xlsx)« speichern."
        )
    if not zipfile.is_zipfile(path):
        raise UserError(
            f"{path.name} ist keine Excel-Arbeitsmappe (.xlsx). Bitte in Excel als "
            "»Excel-Arbeitsmappe (*.xlsx)« speichern."
        )
    _refuse_zip_bomb(path)


def _is_encrypted_ooxml(path: Path) -> bool:
    """An encrypted .xlsx is an OLE container with an "EncryptionInfo" stream (named in UTF-16)."""
    marker = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as handle:
        return marker in handle.read(64 * 1024)


def _choose_sheet(path: Path, workbook, sheet: str | None):  # openpyxl types
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    if sheet is not None:
        for ws in workbook.worksheets:
            if ws.title == sheet:
                return ws
        raise UserError(
            f"Ein Tabellenblatt »{sheet}« gibt es in {path.name} nicht. Vorhanden: "
            f"{_names([ws.title for ws in visible])}."
        )
    if not visible:
        raise UserError(f"{path.name} enthält kein sichtbares Tabellenblatt.")
    active = workbook.active
    if active is None or active.sheet_state != "visible" or not hasattr(active, "iter_rows"):
        raise UserError(
            f"Das aktive Tabellenblatt in {path.name} ist ausgeblendet. Sichtbare Tabellenblätter: "
            f"{_names([ws.title for ws in visible])}. Bitte das gewünschte Blatt in Excel auswählen "
            "und speichern (oder im Import-Assistenten wählen)."
        )
    return active


def _names(names: list[str]) -> str:
    return ", ".join(f"»{name}«" for name in names) or "keine"


def _read_sheet(path: Path, workbook, worksheet, progress) -> SheetData:
    """One pass over the sheet's XML: values, hidden rows and merged cells (read-only mode
    keeps neither row dimensions nor merged cells, so the parser is driven here)."""
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element):
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["data_type"] = "f"  # a formula Excel never calculated and stored
            return cell

    rows: list[list[Any]] = []
    hidden = 0
    with worksheet._get_source() as source:  # the read-only sheet's XML stream
        parser = Parser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number > MAX_ROWS:
                raise UserError(
                    f"{path.name} hat mehr als {MAX_ROWS:,} Zeilen; so viele werden nicht auf einmal "
                    "eingelesen. Bitte die Liste aufteilen.".replace(",", ".")
                )
            while len(rows) < number - 1:
                rows.append([])
            values = _row_values(cells)
            attributes = parser.row_dimensions.get(str(number))
            if attributes and attributes.get("hidden") in ("1", "true"):
                if any(value not in (None, "") for value in values):
                    hidden += 1
                values = []
            rows.append(values)
            if progress is not None and number % 5000 == 0:
                progress(number)
        merged = []
        if parser.merged_cells is not None:
            from openpyxl.utils.cell import range_boundaries

            merged = [range_boundaries(item.ref) for item in parser.merged_cells.mergeCell]
    return SheetData(rows=rows, sheet_name=worksheet.title, hidden_rows=hidden, merged=merged)


def _row_values(cells: list[dict]) -> list[Any]:
    if not cells:
        return []
    values: list[Any] = [None] * max(cell["column"] for cell in cells)
    for cell in cells:
        value, kind = cell["value"], cell["data_type"]
        if kind == "e":
            value = CellProblem(f"Die Zelle enthält den Fehlerwert {value}; bitte in Excel korrigieren.")
        elif kind == "f":
            value = CellProblem("Formel ohne gespeicherten Wert – Datei in Excel öffnen und speichern")
        values[cell["column"] - 1] = value
    return values


def _refuse_zip_bomb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UserError(f"{path.name} ist keine gültige Excel-Datei ({exc}).") from exc
    total = sum(info.file_size for info in infos)
    compressed = max(1, sum(info.compress_size for info in infos))
    if total > MAX_UNCOMPRESSED_BYTES or total / compressed > MAX_COMPRESSION_RATIO:
        raise UserError(
            f"{path.name} ist entpackt zu groß ({total // (1024 * 1024)} MB, höchstens "
            f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB) und wird nicht gelesen. Bitte die Liste "
            "aufteilen."
        )


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


def resolve_merged_header(data: SheetData, header: HeaderMatch) -> HeaderMatch:
    """Understand header cells merged over several columns, or refuse naming the cells.

    "Name" over two columns holds first and last name in its columns; any other merged
    header cell over columns with data is ambiguous.
    """
    from openpyxl.utils import get_column_letter

    mapping = dict(header.mapping)
    for min_col, min_row, max_col, max_row in data.merged:
        if not min_row <= header.excel_row <= max_row or max_col == min_col:
            continue
        cells = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
        field_name = mapping.get(min_col - 1)
        if field_name is None:
            continue
        taken = set(mapping.values())
        if (
            field_name in FULL_NAME_FIELDS
            and max_col - min_col == 1
            and not {"first_name", "last_name"} & taken
            and (max_col - 1) not in mapping
        ):
            del mapping[min_col - 1]
            mapping[min_col - 1], mapping[max_col - 1] = "first_name", "last_name"
            continue
        raise UserError(
            f"Die Überschrift in den verbundenen Zellen {cells} gilt für mehrere Spalten; so ist "
            "nicht eindeutig, was in welcher Spalte steht. Bitte die Zellen in Excel trennen und jeder "
            "Spalte eine eigene Überschrift geben."
        )
    return HeaderMatch(excel_row=header.excel_row, mapping=mapping, unknown=header.unknown)


def cell_issues(
    data: SheetData, header: HeaderMatch, labels: dict[str, str], allow_bool: frozenset[str] = frozenset()
) -> list:
    """Row issues for the cells below the header that hold no usable value: error values,
    formulas without a stored value, and TRUE/FALSE in a field that expects text."""
    from .outcome import RowIssue

    issues = []
    start = header.excel_row - data.first_row + 1
    for offset, row in enumerate(data.rows[start:], start=start):
        for index, name in header.mapping.items():
            if index >= len(row):
                continue
            value = row[index]
            if isinstance(value, CellProblem):
                issues.append(RowIssue(data.first_row + offset, labels.get(name, name), value.message))
            elif isinstance(value, bool) and name not in allow_bool:
                shown = "WAHR" if value else "FALSCH"
                issues.append(
                    RowIssue(
                        data.first_row + offset,
                        labels.get(name, name),
                        f"»{shown}« ist ein Wahrheitswert, kein Text; bitte den Inhalt prüfen.",
                    )
                )
    return issues


def clean_text(value: Any) -> str | None:
    """Cell value as trimmed single-spaced text (None for empty); numbers lose a trailing .0."""
    if value is None or isinstance(value, CellProblem):
        return None  # reported by ``cell_issues``
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d.%m.%Y")
    text = strip_invisible(" ".join(str(value).replace("\u00a0", " ").split()))
    return text or None
