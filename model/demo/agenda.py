"""Agendas (Tagesordnungen) per kind of event; the durations of each template fill the event exactly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.entities import AgendaItem
from .core import Tables


@dataclass(frozen=True)
class Item:
    minutes: int
    title: str
    kind: str
    speaker_id: int | None = None
    speaker_text: str | None = None
    notes: str | None = None


def network_meeting(
    city: str, subject: str, ministry: int | None, expert: int | None, host: int | None, staff: int
) -> list[Item]:
    return [
        Item(15, f"Begrüßung durch die gastgebende Stadt {city}", "Begrüßung", host),
        Item(30, "Aktuelles aus Ministerium und Bezirksregierungen", "Bericht", ministry),
        Item(45, subject, "Vortrag", expert),
        Item(15, "Kaffeepause", "Pause"),
        Item(60, "Austausch aus den Mitgliedskommunen", "Diskussion"),
        Item(15, "Verschiedenes und Termine", "Sonstiges", staff),
    ]


def conference(
    title: str, leader: int, ministry: int | None, keynote: int | None, reporter: int | None, moderator: int | None
) -> list[Item]:
    return [
        Item(15, "Begrüßung", "Begrüßung", leader),
        Item(15, "Grußwort des Ministeriums", "Begrüßung", ministry),
        Item(60, f"Keynote: {title}", "Vortrag", keynote),
        Item(30, "Kaffeepause und Marktplatz der Projekte", "Pause"),
        Item(
            120,
            "Fachforen (parallel)",
            "Arbeitsphase",
            notes="Forum A: Praxis, Forum B: Förderung, Forum C: Beteiligung",
        ),
        Item(60, "Mittagspause", "Pause"),
        Item(30, "Ergebnisse aus den Foren", "Vortrag", reporter),
        Item(75, "Podiumsdiskussion", "Diskussion", moderator),
        Item(15, "Schlusswort und Ausblick", "Sonstiges", leader),
    ]


def training(title: str, hours: int, trainers: list[int]) -> list[Item]:
    first = trainers[0] if trainers else None
    second = trainers[-1] if trainers else None
    if hours >= 6:
        return [
            Item(15, "Begrüßung und Einführung", "Begrüßung"),
            Item(90, f"Grundlagen: {title}", "Vortrag", first),
            Item(15, "Kaffeepause", "Pause"),
            Item(90, "Fallbeispiele aus den Kommunen", "Arbeitsphase", second),
            Item(60, "Mittagspause", "Pause"),
            Item(90, "Vertiefung und Praxisbeispiele", "Vortrag", second),
            Item(15, "Kaffeepause", "Pause"),
            Item(30, "Fragen und Abschluss", "Diskussion", first),
            Item(15, "Evaluation und Teilnahmebescheinigungen", "Sonstiges"),
        ]
    if hours >= 3:
        return [
            Item(10, "Begrüßung", "Begrüßung"),
            Item(75, title, "Vortrag", first),
            Item(15, "Pause", "Pause"),
            Item(75, "Übungen an Fallbeispielen", "Arbeitsphase", second),
            Item(20, "Fragen und Abschluss", "Diskussion", first),
        ]
    return [
        Item(5, "Begrüßung und technische Hinweise", "Begrüßung"),
        Item(60, title, "Vortrag", first),
        Item(40, "Fragen und Diskussion", "Diskussion", first),
    ]


def workshop(subject: str, expert: int | None, moderator: int | None) -> list[Item]:
    return [
        Item(15, "Begrüßung und Ziele der Werkstatt", "Begrüßung", moderator),
        Item(30, f"Impuls: {subject}", "Vortrag", expert),
        Item(75, "Arbeitsphase in Kleingruppen", "Arbeitsphase"),
        Item(15, "Pause", "Pause"),
        Item(60, "Ergebnisse und Empfehlungen", "Diskussion", moderator),
        Item(30, "Zusammenfassung und nächste Schritte", "Diskussion", moderator),
        Item(15, "Ausblick", "Sonstiges"),
    ]


def expert_talk(subject: str, expert: int | None, practitioner: int | None, city: str) -> list[Item]:
    return [
        Item(10, "Begrüßung", "Begrüßung"),
        Item(30, f"Impuls: {subject}", "Vortrag", expert),
        Item(30, f"Praxisbericht aus {city}", "Vortrag", practitioner),
        Item(80, "Diskussion", "Diskussion"),
    ]


def group_session(subject: str, lead: int | None) -> list[Item]:
    return [
        Item(10, "Begrüßung und Protokoll der letzten Sitzung", "Begrüßung", lead),
        Item(40, "Berichte aus den Kommunen", "Bericht"),
        Item(60, f"Schwerpunkt: {subject}", "Diskussion", lead),
        Item(10, "Verschiedenes, nächster Termin", "Sonstiges", lead),
    ]


def site_visit(city: str, area: str, officer: int | None) -> list[Item]:
    return [
        Item(15, f"Begrüßung durch die Stadt {city}", "Begrüßung", speaker_text="Vertretung der Stadtspitze"),
        Item(45, f"Das Programmgebiet {area}: Ziele und Projekte", "Vortrag", officer),
        Item(120, f"Rundgang durch {area}", "Besichtigung", officer),
        Item(45, "Mittagsimbiss im Stadtteilzentrum", "Pause"),
        Item(60, "Austausch mit Akteurinnen und Akteuren vor Ort", "Diskussion"),
        Item(15, "Abschluss", "Sonstiges"),
    ]


def add_agenda(tables: Tables, event_id: int, starts_at: dt.datetime, items: list[Item], planned: bool) -> None:
    """Write the items with start times; a planned event names no speakers yet ("N. N.")."""
    moment = starts_at
    for position, item in enumerate(items, start=1):
        speaker_id, speaker_text = item.speaker_id, item.speaker_text
        if planned and item.kind in ("Vortrag", "Bericht") and speaker_id is not None:
            speaker_id, speaker_text = None, "N. N."
        tables.add(
            AgendaItem,
            event_id=event_id,
            position=position,
            start_time=moment.time(),
            duration_minutes=item.minutes,
            title=item.title,
            kind=item.kind,
            speaker_person_id=speaker_id,
            speaker_text=speaker_text,
            notes=item.notes,
        )
        moment += dt.timedelta(minutes=item.minutes)


def speakers_of(items: list[Item]) -> list[int]:
    """Distinct address-book speakers of talks and reports, in order."""
    seen: list[int] = []
    for item in items:
        if item.speaker_id is not None and item.kind in ("Vortrag", "Bericht") and item.speaker_id not in seen:
            seen.append(item.speaker_id)
    return seen
