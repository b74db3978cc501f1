"""Agendas (Tagesordnungen) per kind of event; the durations of each template fill the event exactly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.entities import AgendaItem
from ..core.vocab import BREAK, DISCUSSION, OTHER_ITEM, REPORT, TALK, VISIT, WELCOME, WORKING_PHASE
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
        Item(15, f"Begrüßung durch die gastgebende Stadt {city}", WELCOME, host),
        Item(30, "Aktuelles aus Ministerium und Bezirksregierungen", REPORT, ministry),
        Item(45, subject, TALK, expert),
        Item(15, "Kaffeepause", BREAK),
        Item(60, "Austausch aus den Mitgliedskommunen", DISCUSSION),
        Item(15, "Verschiedenes und Termine", OTHER_ITEM, staff),
    ]


def conference(
    title: str, leader: int, ministry: int | None, keynote: int | None, reporter: int | None, moderator: int | None
) -> list[Item]:
    return [
        Item(15, WELCOME, WELCOME, leader),
        Item(15, "Grußwort des Ministeriums", WELCOME, ministry),
        Item(60, f"Keynote: {title}", TALK, keynote),
        Item(30, "Kaffeepause und Marktplatz der Projekte", BREAK),
        Item(
            120,
            "Fachforen (parallel)",
            WORKING_PHASE,
            notes="Forum A: Praxis, Forum B: Förderung, Forum C: Beteiligung",
        ),
        Item(60, "Mittagspause", BREAK),
        Item(30, "Ergebnisse aus den Foren", TALK, reporter),
        Item(75, "Podiumsdiskussion", DISCUSSION, moderator),
        Item(15, "Schlusswort und Ausblick", OTHER_ITEM, leader),
    ]


def training(title: str, hours: int, trainers: list[int]) -> list[Item]:
    first = trainers[0] if trainers else None
    second = trainers[-1] if trainers else None
    if hours >= 6:
        return [
            Item(15, "Begrüßung und Einführung", WELCOME),
            Item(90, f"Grundlagen: {title}", TALK, first),
            Item(15, "Kaffeepause", BREAK),
            Item(90, "Fallbeispiele aus den Kommunen", WORKING_PHASE, second),
            Item(60, "Mittagspause", BREAK),
            Item(90, "Vertiefung und Praxisbeispiele", TALK, second),
            Item(15, "Kaffeepause", BREAK),
            Item(30, "Fragen und Abschluss", DISCUSSION, first),
            Item(15, "Evaluation und Teilnahmebescheinigungen", OTHER_ITEM),
        ]
    if hours >= 3:
        return [
            Item(10, WELCOME, WELCOME),
            Item(75, title, TALK, first),
            Item(15, BREAK, BREAK),
            Item(75, "Übungen an Fallbeispielen", WORKING_PHASE, second),
            Item(20, "Fragen und Abschluss", DISCUSSION, first),
        ]
    return [
        Item(5, "Begrüßung und technische Hinweise", WELCOME),
        Item(60, title, TALK, first),
        Item(40, "Fragen und Diskussion", DISCUSSION, first),
    ]


def workshop(subject: str, expert: int | None, moderator: int | None) -> list[Item]:
    return [
        Item(15, "Begrüßung und Ziele der Werkstatt", WELCOME, moderator),
        Item(30, f"Impuls: {subject}", TALK, expert),
        Item(75, "Arbeitsphase in Kleingruppen", WORKING_PHASE),
        Item(15, BREAK, BREAK),
        Item(60, "Ergebnisse und Empfehlungen", DISCUSSION, moderator),
        Item(30, "Zusammenfassung und nächste Schritte", DISCUSSION, moderator),
        Item(15, "Ausblick", OTHER_ITEM),
    ]


def expert_talk(subject: str, expert: int | None, practitioner: int | None, city: str) -> list[Item]:
    return [
        Item(10, WELCOME, WELCOME),
        Item(30, f"Impuls: {subject}", TALK, expert),
        Item(30, f"Praxisbericht aus {city}", TALK, practitioner),
        Item(80, DISCUSSION, DISCUSSION),
    ]


def group_session(subject: str, lead: int | None) -> list[Item]:
    return [
        Item(10, "Begrüßung und Protokoll der letzten Sitzung", WELCOME, lead),
        Item(40, "Berichte aus den Kommunen", REPORT),
        Item(60, f"Schwerpunkt: {subject}", DISCUSSION, lead),
        Item(10, "Verschiedenes, nächster Termin", OTHER_ITEM, lead),
    ]


def site_visit(city: str, area: str, officer: int | None) -> list[Item]:
    return [
        Item(15, f"Begrüßung durch die Stadt {city}", WELCOME, speaker_text="Vertretung der Stadtspitze"),
        Item(45, f"Das Programmgebiet {area}: Ziele und Projekte", TALK, officer),
        Item(120, f"Rundgang durch {area}", VISIT, officer),
        Item(45, "Mittagsimbiss im Stadtteilzentrum", BREAK),
        Item(60, "Austausch mit Akteurinnen und Akteuren vor Ort", DISCUSSION),
        Item(15, "Abschluss", OTHER_ITEM),
    ]


def add_agenda(tables: Tables, event_id: int, starts_at: dt.datetime, items: list[Item], planned: bool) -> None:
    """Write the items with start times; a planned event names no speakers yet ("N. N.")."""
    moment = starts_at
    for position, item in enumerate(items, start=1):
        speaker_id, speaker_text = item.speaker_id, item.speaker_text
        if planned and item.kind in (TALK, REPORT) and speaker_id is not None:
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
        if item.speaker_id is not None and item.kind in (TALK, REPORT) and item.speaker_id not in seen:
            seen.append(item.speaker_id)
    return seen
