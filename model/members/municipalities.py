"""The official list of the 396 NRW municipalities (``resources/data/nrw_gemeinden.csv``).

A new member municipality is picked from this list instead of typed: the name gives the
Amtlicher Gemeindeschlüssel, Kreis, Regierungsbezirk and main postcode. The list is read once
per process (about 2 ms) and cached.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from ..core.paths import resource
from ..core.text import fold, search_fold

# The digit after "05" in an AGS names the Regierungsbezirk.
REGIERUNGSBEZIRKE = {"1": "Düsseldorf", "3": "Köln", "5": "Münster", "7": "Detmold", "9": "Arnsberg"}
# Town epithets in the official list that still denote a Gemeinde, not a Stadt.
_GEMEINDE_EPITHETS = ("NRW-Klimakommune", "Tor zur Eifel")


@dataclass(frozen=True)
class Municipality:
    ags: str
    name: str  # "Gelsenkirchen"
    epithet: str  # "Stadt", "Hansestadt", "" (a Gemeinde) …
    kreis: str
    regierungsbezirk: str
    population: int
    postcode: str

    @property
    def is_town(self) -> bool:
        epithet = self.epithet
        return bool(epithet) and "gemeinde" not in epithet.lower() and epithet not in _GEMEINDE_EPITHETS

    @property
    def official_name(self) -> str:
        """How the office writes it: "Stadt Gelsenkirchen", "Gemeinde Saerbeck"."""
        return f"{'Stadt' if self.is_town else 'Gemeinde'} {self.name}"

    @property
    def is_kreisfrei(self) -> bool:
        return self.ags.endswith("000")

    @property
    def label(self) -> str:
        """For pickers: "Gelsenkirchen (Stadt, kreisfrei)", "Saerbeck (Kreis Steinfurt)"."""
        where = (
            "kreisfrei"
            if self.is_kreisfrei
            else f"Kreis {self.kreis}"
            if "kreis" not in self.kreis.lower()
            else self.kreis
        )
        return f"{self.name} ({where})"


@lru_cache(maxsize=1)
def municipalities() -> tuple[Municipality, ...]:
    with resource("data", "nrw_gemeinden.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Municipality(
                ags=row["ags"],
                name=row["name"],
                epithet=row["bezeichnung"] or "",
                kreis=row["kreis"],
                regierungsbezirk=row["regierungsbezirk"],
                population=int(row["einwohner"] or 0),
                postcode=row["plz"],
            )
            for row in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def _by_ags() -> dict[str, Municipality]:
    return {m.ags: m for m in municipalities()}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, list[Municipality]]:
    index: dict[str, list[Municipality]] = {}
    for m in municipalities():
        index.setdefault(fold(m.name), []).append(m)
    return index


def by_ags(ags: str | None) -> Municipality | None:
    return _by_ags().get(ags or "")


def by_name(name: str | None) -> Municipality | None:
    """The municipality called ``name`` ("Gelsenkirchen", "Stadt Gelsenkirchen"), if unique."""
    if not name:
        return None
    key = fold(name)
    for prefix in _NAME_PREFIXES:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1 :]
            break
    found = _by_name().get(key, [])
    return found[0] if len(found) == 1 else None


def regierungsbezirk(ags: str | None = None, city: str | None = None) -> str | None:
    """Regierungsbezirk from an AGS, else from the name of the city, else None."""
    if ags and len(ags) == 8 and ags.startswith("05"):
        return REGIERUNGSBEZIRKE.get(ags[2])
    found = by_name(city)
    return found.regierungsbezirk if found else None


def search(text: str, limit: int = 20) -> list[Municipality]:
    """Municipalities whose name starts with (then contains) the typed text."""
    needle = search_fold(text)
    if not needle:
        return []
    starts = [m for m in municipalities() if search_fold(m.name).startswith(needle)]
    contains = [m for m in municipalities() if needle in search_fold(m.name) and m not in starts]
    return (starts + contains)[:limit]


_NAME_PREFIXES = ("stadt", "gemeinde", "hansestadt", "landeshauptstadt", "kreisstadt", "universitatsstadt")
