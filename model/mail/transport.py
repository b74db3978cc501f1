"""Sending over SMTP (plain for a local relay, STARTTLS or SSL), one connection per run."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from ..core.errors import UserError
from .settings import SECURITY_SSL, SECURITY_STARTTLS, MailSettings


class SmtpTransport:
    def __init__(
        self, settings: MailSettings, password: str | None, timeout: float = 30, context: ssl.SSLContext | None = None
    ):
        """``context``: the TLS context; by default the system's trust store with host-name checking."""
        self.settings, self.password, self.timeout = settings, password, timeout
        self.context = context
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        """Connect and log in; a UserError in German if the server cannot be reached or refuses."""
        settings = self.settings
        host, port = settings.host, settings.effective_port()
        if not host:
            raise UserError(
                "Es ist noch kein Mailserver eingerichtet. Bitte unter Einstellungen › E-Mail "
                "den Server eintragen oder Entwürfe für Outlook erstellen."
            )
        context = self.context or ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if settings.security == SECURITY_SSL:
                smtp = smtplib.SMTP_SSL(host or "", port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(host or "", port, timeout=self.timeout)
                if settings.security == SECURITY_STARTTLS:
                    smtp.starttls(context=context)
            if settings.user:
                if not self.password:
                    smtp.quit()
                    raise UserError("Für den Mailserver ist kein Passwort hinterlegt (Einstellungen › E-Mail).")
                smtp.login(settings.user, self.password)
        except ssl.SSLCertVerificationError as exc:
            raise UserError(
                f"Das Zertifikat des Mailservers {host} ist nicht vertrauenswürdig ({exc.verify_message}); "
                "bitte die IT fragen."
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise UserError("Der Mailserver hat Benutzername oder Passwort abgelehnt.") from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise UserError(f"Der Mailserver {host} unterstützt die gewählte Verschlüsselung nicht ({exc}).") from exc
        except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            raise UserError(f"Der Mailserver {host}:{port} ist nicht erreichbar ({exc}).") from exc
        self._smtp = smtp

    def send(self, message: EmailMessage) -> None:
        """Raises smtplib/OS errors; the caller journals them per message."""
        if self._smtp is None:
            self.open()
        smtp = self._smtp
        assert smtp is not None  # open() connected or raised
        try:
            smtp.send_message(message)
        except (TimeoutError, smtplib.SMTPServerDisconnected):
            self._smtp = None
            raise

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._smtp = None

    def __enter__(self) -> SmtpTransport:
        self.open()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
