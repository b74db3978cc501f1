"""The office profile (letterhead, signatory, certificate wording, numbering, backups) and
the yearly credit requirement per chamber."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import PurePosixPath, PureWindowsPath

from ..core import audit
from ..core.db import Database
from ..core.entities import ChamberRule, OfficeProfile
from ..core.errors import ValidationError
from ..core.vocab import BADGE_STOCKS
from .chambers import Rule, list_rules, validate_rule

PREFIX_PATTERN = re.compile(r"^[A-Za-z0-9]{1,12}$")
MAX_IMAGE_BYTES = 2 * 1024 * 1024


@dataclass
class ProfileData:
    office_name: str = "Geschäftsstelle"
    network_name: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    logo_png: bytes | None = None
    signature_png: bytes | None = None
    signatory_name: str | None = None
    signatory_function: str | None = None
    certificate_place: str | None = None
    certificate_title: str = "Teilnahmebescheinigung"
    certificate_text: str | None = None
    certificate_prefix: str = "NWS"
    credit_speakers: bool = False
    backups_to_keep: int = 10
    backup_folder: str | None = None  # None: "Sicherungen" beside the database file
    certificate_retention_years: int = 6  # then certificate snapshots keep number, date and event only
    badge_stock: str = "L4785"  # vocab.BADGE_STOCKS
    sign_in_retention_years: int = 10


Requirement = Rule  # the yearly requirement of a chamber and member category, from a year on


def load_profile(db: Database) -> ProfileData:
    with db.session() as session:
        profile = session.get_one(OfficeProfile, 1)
        return ProfileData(**{f.name: getattr(profile, f.name) for f in fields(ProfileData)})


def load_requirements(db: Database) -> list[Requirement]:
    """The rules in force now: the newest start year per chamber and member category."""
    newest: dict[tuple[str, str], Rule] = {}
    for rule in list_rules(db):
        if rule.valid_from <= dt.date.today().year + 1:
            newest[(rule.chamber, rule.category)] = rule
    return list(newest.values())


def requirement_label(rule: Requirement) -> str:
    return ", ".join(p for p in (rule.chamber, rule.category, f"ab {rule.valid_from}") if p)


def validate_profile(data: ProfileData) -> None:
    if not (data.office_name or "").strip():
        raise ValidationError("Bitte den Namen der Geschäftsstelle angeben.", field="office_name")
    if not PREFIX_PATTERN.match(data.certificate_prefix or ""):
        raise ValidationError(
            "Das Kürzel für Bescheinigungsnummern darf nur Buchstaben und Ziffern enthalten (höchstens 12).",
            field="certificate_prefix",
        )
    if data.postcode and not re.fullmatch(r"\d{5}", data.postcode):
        raise ValidationError("Die Postleitzahl muss fünf Ziffern haben.", field="postcode")
    if not 1 <= int(data.backups_to_keep) <= 100:
        raise ValidationError("Es können 1 bis 100 Sicherungen aufbewahrt werden.", field="backups_to_keep")
    if not 1 <= int(data.certificate_retention_years) <= 30:
        raise ValidationError(
            "Bescheinigungen können 1 bis 30 Jahre vollständig aufbewahrt werden.", field="certificate_retention_years"
        )
    if data.badge_stock not in BADGE_STOCKS:
        raise ValidationError(
            f"Unbekanntes Etikettenprodukt »{data.badge_stock}«; möglich: " + ", ".join(BADGE_STOCKS) + ".",
            field="badge_stock",
        )
    if not 1 <= int(data.sign_in_retention_years) <= 30:
        raise ValidationError("Aufbewahrung der Unterschriftenlisten: 1 bis 30 Jahre.", field="sign_in_retention_years")
    folder = (data.backup_folder or "").strip()
    if folder and not (PureWindowsPath(folder).is_absolute() or PurePosixPath(folder).is_absolute()):
        raise ValidationError(
            "Der Sicherungsordner muss ein vollständiger Pfad sein (z. B. D:\\Sicherungen).", field="backup_folder"
        )
    if len(folder) > 1000:
        raise ValidationError("Der Pfad des Sicherungsordners ist zu lang.", field="backup_folder")
    for name in ("logo_png", "signature_png"):
        content = getattr(data, name)
        if content and len(content) > MAX_IMAGE_BYTES:
            raise ValidationError("Das Bild ist größer als 2 MB; bitte verkleinern.", field=name)


def save_profile(db: Database, data: ProfileData, requirements: list[Requirement] | None = None) -> None:
    """Validate and save in one transaction; changes are noted in the audit log."""
    validate_profile(data)
    next_year = dt.date.today().year + 1
    checked = []
    for requirement in requirements or []:
        try:
            checked.append(validate_rule(requirement, next_year))
        except ValidationError as exc:
            raise ValidationError(
                f"Jahresanforderung {requirement_label(requirement)}: {exc}", field=requirement.chamber
            ) from exc
    with db.writing() as session:
        profile = session.get_one(OfficeProfile, 1)
        changes = {}
        for f in fields(ProfileData):
            new = getattr(data, f.name)
            if isinstance(new, str):
                new = new.strip() or (
                    None if f.name not in ("office_name", "certificate_title", "certificate_prefix") else new
                )
            old = getattr(profile, f.name)
            if old != new:
                changes[f.name] = ["…" if isinstance(old, bytes) else old, "…" if isinstance(new, bytes) else new]
                setattr(profile, f.name, new)
        for requirement in checked:
            row = session.get(ChamberRule, requirement.id) if requirement.id else None
            if row is None:
                continue
            if Decimal(row.required) != requirement.required:
                changes[f"Anforderung {requirement_label(requirement)}"] = [row.required, requirement.required]
            row.required, row.unit, row.carry_over = requirement.required, requirement.unit, requirement.carry_over
        if changes:
            audit.record(session, "office_profile", 1, "geändert", "Einstellungen geändert", changes)
