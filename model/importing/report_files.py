"""Reading the files online services export: CSV in whatever encoding and separator they
chose (Teams: UTF-16 with tabs; LimeSurvey: UTF-8 with commas; Excel-saved: cp1252 with
semicolons), and the time stamps as the exporting locale writes them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from ..core.errors import UserError
from .spreadsheet import SheetData, read_first_sheet

MAX_CSV_BYTES = 50 * 1024 * 1024


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if len(raw) > 3 and raw[1:2] == b"\x00" and raw[3:4] == b"\x00":  # UTF-16 LE without BOM
        return raw.decode("utf-16-le")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(f"{name}: die Zeichenkodierung ist unbekannt.")


def sniff_delimiter(lines: list[str]) -> str:
    sample = [line for line in lines if line.strip()][:30]
    best, best_score = ",", -1
    for delimiter in ("\t", ";", ","):
        score = sum(1 for line in sample if delimiter in line)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_rows(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise UserError(f"Die Datei {path} gibt es nicht.")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise UserError(f"{path.name} ist zu groß (mehr als 50 MB).")
    text = decode_text(path.read_bytes(), path.name).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    delimiter = sniff_delimiter(lines)
    try:
        return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise UserError(f"{path.name} ist keine lesbare CSV-Datei ({exc}).") from exc


def read_table(path: Path | str) -> SheetData:
    """Rows of a .xlsx (first sheet) or .csv file."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return read_first_sheet(path)
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return SheetData(rows=read_csv_rows(path))
    raise UserError(f"{path.name}: bitte eine Excel-Datei (.xlsx) oder eine CSV-Datei wählen.")


_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%d.%m.%Y, %H:%M:%S",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y, %H:%M",
    "%d.%m.%y, %H:%M:%S",
    "%d.%m.%y %H:%M:%S",
    "%m/%d/%y, %I:%M:%S %p",
    "%m/%d/%Y, %I:%M:%S %p",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y %H:%M",
    "%m/%d/%Y, %H:%M:%S",
    "%m/%d/%y, %H:%M:%S",
    "%m/%d/%Y, %H:%M",
    "%m/%d/%Y, %I:%M %p",
)


_DAY_FIRST = tuple(pattern.replace("%m/%d", "%d/%m") for pattern in _FORMATS if "%m/%d" in pattern)


def parse_timestamp(value, near: dt.date | None = None) -> dt.datetime | None:
    """A time stamp as Teams, Zoom, Webex, Forms or LimeSurvey write it; None if it is none.

    Slashed dates are month-first (en-US) or day-first (en-GB); with ``near`` (the event's
    day) the reading closer to it wins."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if value is None:
        return None
    text = " ".join(str(value).replace("\u202f", " ").replace("\u00a0", " ").split())
    if not text:
        return None
    text = re.sub(r"\s*(GMT|UTC)?[+-]\d{2}:?\d{2}$", "", text)  # time zone suffix (Webex)
    text = re.sub(r"(?i)\b(a\.?m\.?|p\.?m\.?)$", lambda m: "AM" if m.group(1)[0] in "aA" else "PM", text)
    readings = []
    for patterns in (_FORMATS, _DAY_FIRST):
        for pattern in patterns:
            try:
                readings.append(dt.datetime.strptime(text, pattern).replace(microsecond=0))
                break
            except ValueError:
                continue
    if not readings:
        return None
    if near is not None:
        return min(readings, key=lambda moment: abs((moment.date() - near).days))
    return readings[0]


_DURATION = re.compile(r"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min))?\s*(?:(\d+)\s*s)?$", re.IGNORECASE)


def parse_duration_minutes(value) -> float | None:
    """ "1h 2m 3s", "45 min", "01:02:03" or a plain number of minutes."""
    text = str(value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    clock = re.fullmatch(r"(\d+):(\d{2})(?::(\d{2}))?", text)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2)) + int(clock.group(3) or 0) / 60
    match = _DURATION.match(text)
    if match and any(match.groups()):
        hours, minutes, seconds = (int(group or 0) for group in match.groups())
        return hours * 60 + minutes + seconds / 60
    return None
