"""Mail templates: the office's wording of each kind of mail, with placeholders.

Placeholders are written ``{name}``; only the names in ``PLACEHOLDERS`` are allowed, so a typo
is refused when the template is saved, not discovered in a sent mail. ``{{`` and ``}}`` give
literal braces. Kinds without a stored template use the German defaults below.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from sqlalchemy import select

from ..core import audit
from ..core.db import Database
from ..core.entities import MailTemplate
from ..core.errors import ValidationError

INVITATION = "Einladung"
CONFIRMATION = "Anmeldebestätigung"
WAITING_LIST = "Warteliste"
PROMOTION = "Nachrücken"
CANCELLATION = "Abmeldebestätigung"
REMINDER = "Erinnerung"
CERTIFICATE = "Bescheinigung"
STATEMENT = "Jahresnachweis"
EVENT_CANCELLED = "Veranstaltungsabsage"  # the event itself is cancelled (.ics with METHOD:CANCEL)
EVENT_CHANGED = "Terminänderung"  # time or place changed after the invitation (.ics updates the entry)
KINDS = (
    INVITATION,
    CONFIRMATION,
    WAITING_LIST,
    PROMOTION,
    CANCELLATION,
    REMINDER,
    CERTIFICATE,
    STATEMENT,
    EVENT_CHANGED,
    EVENT_CANCELLED,
)

# name -> what it stands for (shown in the editor)
PLACEHOLDERS = {
    "anrede": "persönliche Anrede, z. B. »Sehr geehrte Frau Dr. Yılmaz«",
    "vorname": "Vorname",
    "nachname": "Nachname",
    "titel": "Titel der Veranstaltung",
    "art": "Art der Veranstaltung",
    "datum": "Datum, z. B. »Donnerstag, 5. November 2026«",
    "uhrzeit": "Uhrzeit, z. B. »10:00–13:00 Uhr«",
    "ort": "Veranstaltungsort mit Adresse",
    "online_link": "Link zur Online-Teilnahme",
    "anmeldeschluss": "Anmeldeschluss",
    "geschaeftsstelle": "Name der Geschäftsstelle",
    "jahr": "Jahr (Jahresnachweis)",
}

_CLOSING = "\n\nMit freundlichen Grüßen\n{geschaeftsstelle}\n"
_FACTS = "\n\nDatum: {datum}\nUhrzeit: {uhrzeit}\nOrt: {ort}\nOnline: {online_link}"

DEFAULTS: dict[str, tuple[str, str]] = {
    INVITATION: (
        "Einladung: {titel} am {datum}",
        "{anrede},\n\nhiermit laden wir Sie herzlich ein zur Veranstaltung »{titel}«."
        + _FACTS
        + "\n\nBitte melden Sie sich bis zum {anmeldeschluss} an. Die Tagesordnung und einen "
        "Kalendereintrag finden Sie im Anhang." + _CLOSING,
    ),
    CONFIRMATION: (
        "Anmeldebestätigung: {titel} am {datum}",
        "{anrede},\n\nvielen Dank für Ihre Anmeldung. Hiermit bestätigen wir Ihre Teilnahme an "
        "»{titel}«." + _FACTS + _CLOSING,
    ),
    WAITING_LIST: (
        "Warteliste: {titel} am {datum}",
        "{anrede},\n\nvielen Dank für Ihre Anmeldung zu »{titel}«. Leider sind alle Plätze "
        "vergeben; wir haben Sie auf die Warteliste gesetzt und melden uns, sobald ein Platz "
        "frei wird." + _CLOSING,
    ),
    PROMOTION: (
        "Platz frei: {titel} am {datum}",
        "{anrede},\n\nes ist ein Platz frei geworden: Sie sind von der Warteliste nachgerückt "
        "und für »{titel}« angemeldet." + _FACTS + _CLOSING,
    ),
    CANCELLATION: (
        "Abmeldung: {titel} am {datum}",
        "{anrede},\n\nwir haben Ihre Abmeldung von »{titel}« am {datum} erhalten und "
        "bestätigen sie hiermit." + _CLOSING,
    ),
    REMINDER: (
        "Erinnerung: {titel} am {datum}",
        "{anrede},\n\nwir erinnern Sie an die Veranstaltung »{titel}«."
        + _FACTS
        + "\n\nWir freuen uns auf Sie."
        + _CLOSING,
    ),
    CERTIFICATE: (
        "Teilnahmebescheinigung: {titel}",
        "{anrede},\n\nim Anhang erhalten Sie Ihre Teilnahmebescheinigung für »{titel}« am {datum}." + _CLOSING,
    ),
    EVENT_CHANGED: (
        "Geändert: {titel} am {datum}",
        "{anrede},\n\nbei der Veranstaltung »{titel}«, zu der wir Sie eingeladen haben, hat sich etwas "
        "geändert. Es gilt nun:" + _FACTS + "\n\nDer Kalendereintrag im Anhang aktualisiert Ihren Termin." + _CLOSING,
    ),
    EVENT_CANCELLED: (
        "Abgesagt: {titel} am {datum}",
        "{anrede},\n\nleider müssen wir die Veranstaltung »{titel}« am {datum} absagen. Der "
        "Kalendereintrag im Anhang entfernt den Termin aus Ihrem Kalender." + _CLOSING,
    ),
    STATEMENT: (
        "Fortbildungsnachweis {jahr}",
        "{anrede},\n\nim Anhang erhalten Sie Ihren Fortbildungsnachweis für das Jahr {jahr}." + _CLOSING,
    ),
}


@dataclass(frozen=True)
class Template:
    kind: str
    subject: str
    body: str


def placeholders_in(text: str) -> list[str]:
    """The placeholder names a text uses; a ValidationError for a broken brace."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(
            "Eine geschweifte Klammer ist nicht geschlossen (für eine Klammer als Zeichen bitte {{ oder }} schreiben)."
        ) from exc
    return [name for _literal, name, _spec, _conversion in parsed if name is not None]


def check_template(subject: str, body: str) -> None:
    for field_name, text in (("Betreff", subject), ("Text", body)):
        names = placeholders_in(text)
        unknown = [name for name in names if name not in PLACEHOLDERS]
        if unknown:
            raise ValidationError(
                f"Unbekannter Platzhalter {{{unknown[0]}}}. Erlaubt sind: "
                + ", ".join("{" + name + "}" for name in PLACEHOLDERS)
                + ".",
                field_name,
            )
    if not subject.strip():
        raise ValidationError("Bitte einen Betreff angeben.", "Betreff")
    if "\n" in subject or "\r" in subject:
        raise ValidationError("Der Betreff muss eine Zeile sein.", "Betreff")
    if len(subject) > 300:
        raise ValidationError("Der Betreff ist zu lang (höchstens 300 Zeichen).", "Betreff")


def render(text: str, values: dict[str, str]) -> str:
    """Fill the placeholders; a value may contain braces, it is never parsed again."""
    return string.Formatter().vformat(text, (), {name: values.get(name, "") for name in PLACEHOLDERS})


def load_template(db: Database, kind: str) -> Template:
    if kind not in KINDS:
        raise ValidationError(f"Unbekannte Vorlage »{kind}«.")
    with db.session() as session:
        row = session.get(MailTemplate, kind)
        if row is None:
            return Template(kind, *DEFAULTS[kind])
        return Template(kind, row.subject, row.body)


def load_templates(db: Database) -> dict[str, Template]:
    with db.session() as session:
        stored = {row.kind: Template(row.kind, row.subject, row.body) for row in session.scalars(select(MailTemplate))}
    return {kind: stored.get(kind) or Template(kind, *DEFAULTS[kind]) for kind in KINDS}


def save_template(db: Database, kind: str, subject: str, body: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"Unbekannte Vorlage »{kind}«.")
    check_template(subject, body)
    with db.writing() as session:
        row = session.get(MailTemplate, kind)
        if row is None:
            session.add(MailTemplate(kind=kind, subject=subject, body=body))
        else:
            row.subject, row.body = subject, body
        audit.record(session, "mail_template", None, "geändert", f"E-Mail-Vorlage »{kind}« geändert")


def reset_template(db: Database, kind: str) -> None:
    with db.writing() as session:
        row = session.get(MailTemplate, kind)
        if row is not None:
            session.delete(row)
            audit.record(session, "mail_template", None, "zurückgesetzt", f"E-Mail-Vorlage »{kind}« zurückgesetzt")
