"""The office's mail server (Einstellungen › E-Mail) and its password.

Host, port, security, user and sender address are stored in the office profile; the password
never is: it lives in the operating system's credential store (Windows Credential Manager,
macOS Keychain, Secret Service) through ``keyring``. ``NETZWERKSTATT_SMTP_PASSWORD`` overrides
it for scripts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..core import audit
from ..core.db import Database
from ..core.entities import OfficeProfile
from ..core.errors import UserError, ValidationError
from ..core.validation import is_valid_email

SECURITY_NONE, SECURITY_STARTTLS, SECURITY_SSL = "none", "starttls", "ssl"
SECURITIES = (SECURITY_NONE, SECURITY_STARTTLS, SECURITY_SSL)
DEFAULT_PORTS = {SECURITY_NONE: 25, SECURITY_STARTTLS: 587, SECURITY_SSL: 465}
PASSWORD_VARIABLE = "NETZWERKSTATT_SMTP_PASSWORD"
KEYRING_SERVICE = "Netzwerkstatt E-Mail"
DEFAULT_PAUSE_SECONDS = 2


@dataclass
class MailSettings:
    host: str | None = None
    port: int | None = None
    security: str = SECURITY_STARTTLS
    user: str | None = None
    sender: str | None = None
    pause_seconds: int = DEFAULT_PAUSE_SECONDS

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]


def load_mail_settings(db: Database) -> MailSettings:
    with db.session() as session:
        profile = session.get_one(OfficeProfile, 1)
        return MailSettings(
            host=profile.smtp_host,
            port=profile.smtp_port,
            security=profile.smtp_security or SECURITY_STARTTLS,
            user=profile.smtp_user,
            sender=profile.mail_from,
            pause_seconds=DEFAULT_PAUSE_SECONDS if profile.mail_pause_seconds is None else profile.mail_pause_seconds,
        )


def validate_mail_settings(settings: MailSettings) -> MailSettings:
    host = (settings.host or "").strip()
    if not host or any(ch.isspace() for ch in host) or len(host) > 200:
        raise ValidationError("Bitte den Namen des Mailservers angeben (z. B. smtp.essen.de).", "Server")
    if settings.port is not None and not 1 <= int(settings.port) <= 65535:
        raise ValidationError("Der Port muss zwischen 1 und 65535 liegen.", "Port")
    if settings.security not in SECURITIES:
        raise ValidationError("Verschlüsselung: none, starttls oder ssl.", "Verschlüsselung")
    sender = (settings.sender or "").strip()
    if not is_valid_email(sender):
        raise ValidationError("Bitte eine gültige Absenderadresse angeben.", "Absender")
    if not 0 <= int(settings.pause_seconds) <= 600:
        raise ValidationError("Die Pause zwischen zwei Nachrichten: 0 bis 600 Sekunden.", "Pause")
    user = (settings.user or "").strip() or None
    return MailSettings(host, settings.port, settings.security, user, sender, int(settings.pause_seconds))


def save_mail_settings(db: Database, settings: MailSettings) -> None:
    settings = validate_mail_settings(settings)
    with db.writing() as session:
        profile = session.get_one(OfficeProfile, 1)
        profile.smtp_host, profile.smtp_port, profile.smtp_security = settings.host, settings.port, settings.security
        profile.smtp_user, profile.mail_from = settings.user, settings.sender
        profile.mail_pause_seconds = settings.pause_seconds
        audit.record(
            session,
            "office_profile",
            1,
            "geändert",
            f"E-Mail-Versand: {settings.host}:{settings.effective_port()} ({settings.security})",
        )


def _account(settings: MailSettings) -> str:
    return f"{settings.user or settings.sender}@{settings.host}"


def store_password(settings: MailSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _account(settings), password)
    except KeyringError as exc:
        raise UserError(f"Das Passwort ließ sich nicht im Anmeldeinformationsspeicher ablegen ({exc}).") from exc


def load_password(settings: MailSettings) -> str | None:
    """From the environment variable, else from the OS credential store; None if there is none."""
    if os.environ.get(PASSWORD_VARIABLE):
        return os.environ[PASSWORD_VARIABLE]
    if not settings.user:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _account(settings))
    except KeyringError:
        return None
