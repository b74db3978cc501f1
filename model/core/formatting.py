"""German formatting of dates, times and money for reports and the command line.

The GUI uses QLocale; reports must not import Qt, so the few names needed live here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .vocab import HYBRID, ONLINE

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def long_date(day: dt.date) -> str:
    """ "Donnerstag, 5. März 2026"."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def time_of_day(moment: dt.datetime | dt.time) -> str:
    return moment.strftime("%H:%M")


def time_span(start: dt.datetime, end: dt.datetime) -> str:
    """ "Donnerstag, 5. März 2026, 10:00–13:00 Uhr", or from–to dates for several days."""
    if start.date() == end.date():
        return f"{long_date(start.date())}, {time_of_day(start)}–{time_of_day(end)} Uhr"
    return f"{long_date(start.date())}, {time_of_day(start)} Uhr – {long_date(end.date())}, {time_of_day(end)} Uhr"


def money(amount: Decimal | float | int | None) -> str:
    """ "1.234,50 €"."""
    value = Decimal(str(amount or 0)).quantize(Decimal("0.01"))
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{groups},{cents} €"


def number(value: Decimal | float | int | None, decimals: int = 2) -> str:
    """German decimal comma without trailing zeros: 4 → "4", 2.5 → "2,5"."""
    if value is None:
        return ""
    text = f"{float(value):.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def place_line(event_format: str | None, venue: str | None, host: str | None) -> str:
    """Where an event happens, as a line for a list: "Online", "Rathaus Bochum (hybrid)"."""
    where = venue or host or ""
    if event_format == ONLINE:
        return "Online"
    if event_format == HYBRID:
        return f"{where} (hybrid)" if where else "Hybrid"
    return where
