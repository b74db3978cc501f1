"""Public holidays in North Rhine-Westphalia (gesetzliche Feiertage NRW), computed.

The fixed ones by date, the movable ones from Easter Sunday (Gregorian computus, valid for
every year the program will see). Sundays that are church feasts (Ostersonntag,
Pfingstsonntag) are listed too: nobody plans a network meeting on them either.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

FIXED = (
    (1, 1, "Neujahr"),
    (5, 1, "Tag der Arbeit"),
    (10, 3, "Tag der Deutschen Einheit"),
    (11, 1, "Allerheiligen"),
    (12, 25, "1. Weihnachtstag"),
    (12, 26, "2. Weihnachtstag"),
)
# Days after Easter Sunday.
MOVABLE = (
    (-2, "Karfreitag"),
    (0, "Ostersonntag"),
    (1, "Ostermontag"),
    (39, "Christi Himmelfahrt"),
    (49, "Pfingstsonntag"),
    (50, "Pfingstmontag"),
    (60, "Fronleichnam"),
)
# Holidays of a single year (the 500th anniversary of the Reformation, nationwide).
ONE_OFF = {dt.date(2017, 10, 31): "Reformationstag"}


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def _holidays(year: int) -> tuple[tuple[dt.date, str], ...]:
    days = {dt.date(year, month, day): name for month, day, name in FIXED}
    easter = easter_sunday(year)
    for offset, name in MOVABLE:
        days[easter + dt.timedelta(days=offset)] = name
    days.update({day: name for day, name in ONE_OFF.items() if day.year == year})
    return tuple(sorted(days.items()))


def holidays(year: int) -> dict[dt.date, str]:
    """All NRW holidays of a year, by date, in calendar order."""
    return dict(_holidays(year))


def holiday_name(day: dt.date) -> str | None:
    """The holiday's name, or None for an ordinary day."""
    return holidays(day.year).get(day)


def holidays_between(first: dt.date, last: dt.date) -> dict[dt.date, str]:
    result: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        result.update({day: name for day, name in _holidays(year) if first <= day <= last})
    return result
