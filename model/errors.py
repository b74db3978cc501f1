"""Errors a user can act on. Their message is German, one line, and shown as it is."""


class UserError(Exception):
    """A known failure with a message for the user (no traceback)."""


class NotANetzwerkstattDatabase(UserError):
    """The file exists but is not (or not yet) a Netzwerkstatt database."""


class ValidationError(UserError):
    """Input that breaks a rule; names the field (and row, for imports)."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None):
        super().__init__(message)
        self.field = field
        self.row = row


CHANGED_ELSEWHERE = (
    "Der Datensatz wurde inzwischen an einem anderen Arbeitsplatz geändert. "
    "Bitte neu laden; Ihre Änderungen wurden nicht gespeichert."
)


class ChangedElsewhere(UserError):
    """The record was saved by someone else since it was loaded; nothing was overwritten.

    The form can reload, or show both versions (``model.conflicts``) and save its own again.
    """


def explain(exc: BaseException) -> str | None:
    """A German sentence for failures of the environment (not bugs), else None.

    Locked or read-only databases, full disks and files held open by another program are
    things a user can fix; everything else is a bug and goes to the log with its traceback.
    """
    import errno

    text = str(exc).lower()
    if "database is locked" in text or "database table is locked" in text:
        return (
            "Die Datenbank wird gerade von einem anderen Programm oder Arbeitsplatz benutzt. "
            "Bitte kurz warten und erneut versuchen."
        )
    if "readonly database" in text or "read-only" in text:
        return "Die Datenbank ist schreibgeschützt. Bitte Schreibrechte für Datei und Ordner prüfen."
    if "database or disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return "Der Datenträger ist voll. Bitte Platz schaffen und erneut versuchen."
    if "disk i/o error" in text:
        return "Lesen oder Schreiben der Datenbank ist fehlgeschlagen (Datenträgerfehler)."
    if isinstance(exc, PermissionError):
        return (
            f"Kein Zugriff auf {exc.filename or 'die Datei'}. Ist sie in einem anderen Programm "
            "(z. B. Excel) geöffnet, oder fehlen Schreibrechte?"
        )
    if isinstance(exc, FileNotFoundError):
        return f"Die Datei oder der Ordner {exc.filename} wurde nicht gefunden."
    return None


class Cancelled(Exception):
    """Raised by long jobs when the user pressed Abbrechen; nothing was written."""
