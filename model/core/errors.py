"""Errors a user can act on. Their message is German, one line, and shown as it is."""

from collections.abc import Iterator


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

    The form can reload, or show both versions (``model.services.conflicts``) and save its own again.
    """


# --- failures of the environment, recognised by kind -----------------------------------------
# Messages say what happened and what to do. They are chosen by SQLite result code, PostgreSQL
# SQLSTATE, driver exception class or errno - never by an exception's text, which changes with
# driver versions and languages (a column named "read-only" is no write-protected database).

LOCKED = (
    "Die Datenbank wird gerade von einem anderen Programm oder Arbeitsplatz benutzt. "
    "Bitte kurz warten und erneut versuchen."
)
READ_ONLY = "Die Datenbank ist schreibgeschützt. Bitte Schreibrechte für Datei und Ordner prüfen."
DISK_FULL = "Der Datenträger ist voll. Bitte Platz schaffen und erneut versuchen."
CORRUPT = (
    "Die Datenbankdatei ist beschädigt. Bitte nicht weiterarbeiten und die Datenbank über "
    "»Wiederherstellen…« aus der letzten Sicherung zurückholen."
)
CANNOT_OPEN = (
    "Die Datenbankdatei kann nicht geöffnet werden. Bitte prüfen, ob der Ordner noch da ist "
    "und Lese- und Schreibrechte bestehen."
)
DISK_ERROR = (
    "Lesen oder Schreiben der Datenbank ist fehlgeschlagen (Datenträgerfehler). "
    "Bitte den Datenträger prüfen und erneut versuchen."
)
SERVER_UNREACHABLE = (
    "Der Datenbankserver ist nicht erreichbar. Bitte prüfen, ob er läuft und das Netzwerk "
    "verbunden ist, dann erneut versuchen."
)
CONNECTION_LOST = (
    "Die Verbindung zum Datenbankserver ist abgebrochen; die letzte Änderung wurde nicht "
    "gespeichert. Bitte erneut versuchen, sobald der Server wieder erreichbar ist."
)
CONCURRENT_CHANGE = (
    "Die Änderung traf auf eine gleichzeitige Änderung an einem anderen Arbeitsplatz und "
    "wurde nicht gespeichert. Bitte erneut versuchen."
)
SERVER_READ_ONLY = (
    "Der Datenbankserver nimmt gerade keine Änderungen an (nur Lesen). "
    "Bitte die IT fragen oder später erneut versuchen."
)

# Primary SQLite result codes (the low byte of an extended code, e.g. SQLITE_READONLY_DBMOVED).
_SQLITE_MESSAGES = {
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY (and READONLY_DIRECTORY, _CANTLOCK, ...)
    10: DISK_ERROR,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: CORRUPT,  # SQLITE_NOTADB: the file's header is damaged (foreign files are refused earlier)
}
# PostgreSQL SQLSTATE codes (exact, then by class).
_SQLSTATE_MESSAGES = {
    "40001": CONCURRENT_CHANGE,  # serialization_failure
    "40P01": CONCURRENT_CHANGE,  # deadlock_detected
    "55P03": LOCKED,  # lock_not_available
    "57P01": CONNECTION_LOST,  # admin_shutdown (pg_terminate_backend, server stopped)
    "57P02": CONNECTION_LOST,  # crash_shutdown
    "57P03": SERVER_UNREACHABLE,  # cannot_connect_now (starting up)
    "08001": SERVER_UNREACHABLE,  # sqlclient_unable_to_establish_sqlconnection
    "08004": SERVER_UNREACHABLE,  # sqlserver_rejected_establishment_of_sqlconnection
    "53100": DISK_FULL,  # disk_full
    "53300": LOCKED,  # too_many_connections
    "25006": SERVER_READ_ONLY,  # read_only_sql_transaction (a standby server)
}
_SQLSTATE_CLASSES = {"08": CONNECTION_LOST}  # connection_exception: 08000, 08003, 08006, ...


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, the driver's exception SQLAlchemy wrapped (``orig``) and explicit causes."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend([getattr(current, "orig", None), current.__cause__])


def _explain_sqlite(exc: BaseException) -> str | None:
    import sqlite3

    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    return _SQLITE_MESSAGES.get(code & 0xFF)


def _explain_postgresql(exc: BaseException, invalidated: bool) -> str | None:
    import sys

    psycopg = sys.modules.get("psycopg")  # loaded if the exception came from it
    if psycopg is None or not isinstance(exc, psycopg.Error):
        return None
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate:
        return _SQLSTATE_MESSAGES.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2])
    if isinstance(exc, psycopg.OperationalError):
        # No SQLSTATE: the client library failed. Either no connection came up (refused, no
        # answer, unknown host) or an open one broke: SQLAlchemy then marks its connection
        # invalidated, and psycopg's connection still knows the server process it talked to.
        backend_pid = getattr(getattr(exc, "pgconn", None), "backend_pid", 0)
        if invalidated or backend_pid:
            return CONNECTION_LOST
        return SERVER_UNREACHABLE
    return None


def _explain_os(exc: BaseException) -> str | None:
    import errno

    if not isinstance(exc, OSError):
        return None
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DISK_FULL
    if exc.errno == errno.EROFS:
        return "Der Datenträger ist schreibgeschützt. Bitte einen anderen Ort wählen."
    if isinstance(exc, PermissionError):
        return (
            f"Kein Zugriff auf {exc.filename or 'die Datei'}. Ist sie in einem anderen Programm "
            "(z. B. Excel) geöffnet, oder fehlen Schreibrechte?"
        )
    if isinstance(exc, FileNotFoundError):
        return f"Die Datei oder der Ordner {exc.filename} wurde nicht gefunden."
    return None


def explain(exc: BaseException) -> str | None:
    """A German sentence for failures of the environment (not bugs), else None.

    Locked, read-only, full, damaged or unreachable databases, dropped server connections,
    concurrent changes the server refused, and files held open by another program are things
    a user can act on; everything else is a bug and goes to the error dialog with its traceback.
    """
    causes = list(_causes(exc))
    invalidated = any(getattr(cause, "connection_invalidated", False) for cause in causes)
    for cause in causes:
        known = _explain_sqlite(cause) or _explain_postgresql(cause, invalidated) or _explain_os(cause)
        if known is not None:
            return known
    return None


class Cancelled(Exception):
    """Raised by long jobs when the user pressed Abbrechen; nothing was written."""
