"""Opening a database: location, connection pragmas, identity check and migrations.

SQLite is the default (a file in the user's data folder); any SQLAlchemy URL works too, so
that several PCs can share one PostgreSQL server. Alembic is imported only when the schema
is behind: checking the revision costs a single query.

SQLAlchemy itself is imported when the engine is first needed. A SQLite file whose schema is
current is checked with the standard library alone, so the first screen (``model.reporting.overview``)
can be shown before SQLAlchemy is loaded: its import costs more than a bare Qt window.
Every other page needs the ORM: ``load_data_layer`` loads it, and the window runs it in the
background while it shows that page's frame (``data_layer_loaded`` tells whether it is done).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported on first use (see above); the ORM only for the first ORM query
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

from . import paths, sqlite_file
from .backup import backup_before_migration
from .errors import CHANGED_ELSEWHERE, ChangedElsewhere, NotANetzwerkstattDatabase, UserError
from .sqlite_file import APPLICATION_ID, SQLITE_HEADER

# Must equal the newest revision in model/core/migrations/versions (a test checks this).
SCHEMA_HEAD = "0009"
BUSY_TIMEOUT_SECONDS = 15
WRITE_LOCK_KEY = APPLICATION_ID  # PostgreSQL advisory lock that serialises writers


class Database:
    """An open database: engine, session factory and, for SQLite, the file path.

    The engine is created on first use (``engine``), and with it SQLAlchemy is imported.
    """

    def __init__(self, url: str, engine: Engine | None = None, path: Path | None = None):
        self.url = url
        self.path = path
        self._engine = engine
        self._factory: sessionmaker | None = None
        self._lock = threading.Lock()  # a background job and the window may both ask first
        self._change_listeners: list = []  # called with the kinds of data each commit changed

    def __repr__(self) -> str:
        return f"Database(url={self.url!r}, path={self.path!r})"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = create_database_engine(self.url)
        return self._engine

    @property
    def has_engine(self) -> bool:
        """Whether the engine (and SQLAlchemy) is in use yet."""
        return self._engine is not None

    @property
    def session_factory(self) -> sessionmaker:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker

            from . import entities  # noqa: F401 - mappers must exist before the first ORM query
            from .changes import watch
            from .input_text import install

            factory = sessionmaker(self.engine, expire_on_commit=False)
            install(factory)  # invisible control/format characters never reach a column
            watch(factory, self._report_change)
            self._factory = factory
        return self._factory

    def on_change(self, listener) -> None:  # Callable[[frozenset[str]], None]
        """Call ``listener(kinds)`` after every commit that changed data (see ``model.core.changes``);
        from the thread that committed."""
        if listener not in self._change_listeners:
            self._change_listeners.append(listener)

    def _report_change(self, kinds: frozenset[str]) -> None:
        for listener in list(self._change_listeners):
            listener(kinds)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new session for reading, or for writes that need no lock up front."""
        return self.session_factory()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in one write transaction, committed at the end or rolled back.

        On SQLite the transaction starts with BEGIN IMMEDIATE: a deferred transaction that
        reads and then writes fails at once in WAL mode if another connection committed in
        between, whatever the busy timeout. On PostgreSQL a transaction-scoped advisory lock
        gives the same guarantee: one writer at a time, the others wait.

        A save over a record someone else saved meanwhile (SQLAlchemy's ``StaleDataError``
        from the version counter) comes out as the model's own ``ChangedElsewhere``, so
        callers never see a SQLAlchemy exception.
        """
        from sqlalchemy import text
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with self.session_factory() as session:
                with session.begin():
                    connection = session.connection(execution_options={"immediate": True})
                    if connection.dialect.name == "postgresql":
                        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
                    yield session
        except StaleDataError as exc:
            raise ChangedElsewhere(CHANGED_ELSEWHERE) from exc

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


_data_layer_ready = threading.Event()


def load_data_layer() -> None:
    """Import SQLAlchemy's ORM and the entities and configure the mappers: about 0.4 s on an
    office PC, the bulk of the first ORM page's cost. Safe to run in a background thread (it
    imports nothing but SQLAlchemy and model.core) and idempotent."""
    from sqlalchemy.orm import configure_mappers

    from . import entities  # noqa: F401 - imported for its mapped classes

    configure_mappers()
    _data_layer_ready.set()


def data_layer_loaded() -> bool:
    """Whether the ORM and the entities are loaded (by ``load_data_layer`` or any import)."""
    if _data_layer_ready.is_set():
        return True
    entities = sys.modules.get(__package__ + ".entities")
    # a module another thread is still importing is in sys.modules already, half built
    return entities is not None and not getattr(entities.__spec__, "_initializing", False)


def resolve_target(target: str | os.PathLike | None) -> tuple[str, Path | None]:
    """SQLAlchemy URL and (for SQLite) file path for a path, a URL or None (default)."""
    if target is None:
        db_path = paths.default_database_path()
    else:
        raw = os.fspath(target)
        if "://" in raw:
            if raw.startswith("sqlite:///") and len(raw) > len("sqlite:///"):
                db_path = Path(raw[len("sqlite:///") :])
            else:
                _refuse_unsupported_url(raw)
                return raw, None
        else:
            db_path = Path(raw)
    if is_network_path(db_path):
        raise UserError(
            f"Die Datenbank {db_path} liegt auf einem Netzlaufwerk. SQLite ist dort nicht "
            "sicher; für mehrere Arbeitsplätze bitte einen PostgreSQL-Server verwenden "
            "(--db postgresql+psycopg://…)."
        )
    db_path = db_path.expanduser().absolute()
    return f"sqlite:///{db_path}", db_path


SUPPORTED_SERVER_SCHEMES = ("postgresql", "postgresql+psycopg")


def _refuse_unsupported_url(raw: str) -> None:
    """Only a file path, ``sqlite:///…`` and PostgreSQL are supported: anything else is a UserError."""
    scheme = raw.split("://", 1)[0].lower()
    if scheme in SUPPORTED_SERVER_SCHEMES and len(raw) > len(scheme) + 3:
        return
    raise UserError(
        f"Die Datenbankadresse »{scheme}://…« wird nicht unterstützt. Möglich sind ein Dateipfad, "
        "sqlite:///PFAD oder postgresql+psycopg://BENUTZER@SERVER:PORT/DATENBANK."
    )


def server_unreachable(url: str, exc: BaseException) -> UserError:
    """The one German line for a database server that cannot be reached, naming host and port."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or "localhost"
    port = parsed.port or 5432
    text = str(getattr(exc, "orig", None) or exc).lower()
    reasons = (
        ("refused", "Verbindung abgelehnt"),
        ("timeout", "keine Antwort"),
        ("timed out", "keine Antwort"),
        ("password", "Anmeldung abgelehnt"),
        ("authentication", "Anmeldung abgelehnt"),
        ("does not exist", "die Datenbank gibt es dort nicht"),
        ("could not translate host name", "Servername unbekannt"),
        ("name or service", "Servername unbekannt"),
    )
    reason = next((german for marker, german in reasons if marker in text), "")
    return UserError(
        f"Der Datenbankserver {host}:{port} ist nicht erreichbar{f' ({reason})' if reason else ''}. Bitte prüfen, "
        "ob er läuft und Benutzer, Kennwort und Datenbankname stimmen."
    )


def is_network_path(path: Path) -> bool:
    raw = str(path)
    if raw.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = Path(raw).absolute().drive
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    return False


def looks_like_sqlite(path: Path) -> bool:
    """True for a missing or empty file (a new database) or a file with SQLite's header."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _install_sqlite_pragmas(engine: Engine, read_only: bool = False) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # DBAPI types
        # Let SQLAlchemy's "begin" event decide how transactions start (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        if not read_only:  # a read-only file keeps its journal mode
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_database_engine(url: str) -> Engine:
    from sqlalchemy import create_engine

    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False})
        _install_sqlite_pragmas(engine, read_only="mode=ro" in url)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(
    target: str | os.PathLike | None = None,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    read_only_ok: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) a Netzwerkstatt database.

    A file that is not a Netzwerkstatt database raises ``NotANetzwerkstattDatabase`` and is
    left untouched. Before an upgrade of an existing database a backup copy is written.
    With ``read_only_ok`` a SQLite file that cannot be written (a read-only medium, no
    rights) is opened read-only, so that reading commands (list, export, backup) still work.
    """
    url, db_path = resolve_target(target)
    if db_path is not None:
        if db_path.is_dir():
            raise UserError(f"{db_path} ist ein Ordner, keine Datenbankdatei.")
        if not db_path.exists() and not create:
            raise UserError(f"Die Datenbank {db_path} gibt es nicht.")
        if not looks_like_sqlite(db_path):
            raise NotANetzwerkstattDatabase(f"{db_path} ist keine Netzwerkstatt-Datenbank (keine SQLite-Datei).")
        revision = _refuse_foreign_sqlite(db_path)
        if db_path.exists() and not sqlite_file.is_writable(db_path):
            if not read_only_ok:
                raise UserError(
                    f"Die Datenbank {db_path} ist schreibgeschützt (Datenträger oder Rechte). Bitte "
                    "Schreibrechte für Datei und Ordner prüfen; lesen (list, export, backup) geht auch so."
                )
            if revision != SCHEMA_HEAD:
                raise UserError(
                    f"Die Datenbank {db_path} ist schreibgeschützt und muss erst auf den Stand dieses "
                    "Programms gebracht werden; bitte Schreibrechte für Datei und Ordner prüfen."
                )
            return Database(url=read_only_url(db_path), path=db_path)
        if revision == SCHEMA_HEAD:
            return Database(url=url, path=db_path)  # current: the engine comes when first needed
        db_path.parent.mkdir(parents=True, exist_ok=True)

    try:
        engine = create_database_engine(url)
    except ModuleNotFoundError as exc:  # a server driver the bundle does not carry
        raise UserError(f"Für diese Datenbankadresse fehlt ein Treiber ({exc.name}).") from exc
    try:
        revision = _revision_or_unreachable(engine, url, db_path)
        if revision != SCHEMA_HEAD:
            if revision is not None and revision > SCHEMA_HEAD:
                raise UserError(
                    f"Die Datenbank hat den Stand {revision} einer neueren Programmversion; "
                    "bitte das Programm aktualisieren."
                )
            if revision is not None and db_path is not None:
                backup_before_migration(db_path, revision, backup_dir)
            _upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, path=db_path)


def read_only_url(db_path: Path) -> str:
    """A URL that reads the file without ever writing (no -wal/-shm on a read-only medium)."""
    from urllib.parse import quote

    return f"sqlite:///file:{quote(str(db_path))}?mode=ro&immutable=1&uri=true"


def _revision_or_unreachable(engine: Engine, url: str, db_path: Path | None) -> str | None:
    from sqlalchemy.exc import OperationalError

    try:
        return current_revision(engine)
    except OperationalError as exc:
        if db_path is None:
            raise server_unreachable(url, exc) from exc
        raise


def refuse_foreign_file(db_path: Path) -> None:
    """Raise unless ``db_path`` is a SQLite file of ours (or empty) — also when it is damaged
    or from a newer version: restoring a backup over it is then exactly what is needed."""
    if not looks_like_sqlite(db_path):
        raise NotANetzwerkstattDatabase(f"{db_path} ist keine Netzwerkstatt-Datenbank (keine SQLite-Datei).")
    if _header_application_id(db_path) == APPLICATION_ID:
        return
    try:
        _refuse_foreign_sqlite(db_path)
    except NotANetzwerkstattDatabase as exc:
        if "anderen Programms" in str(exc):
            raise


def _header_application_id(db_path: Path) -> int | None:
    """PRAGMA application_id read from the file header itself (bytes 68–71), touching nothing."""
    try:
        with db_path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 72 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[68:72], "big")


def _has_foreign_tables(db_path: Path) -> bool | None:
    """Whether a SQLite file that is not ours holds tables, probed without changing it.

    ``immutable=1`` reads the main file only and creates no ``-wal``/``-shm`` beside it (a
    read-only connection to a WAL database would); a non-empty write-ahead log counts as data.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # the log may hold our application id: the full probe below decides
    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    finally:
        conn.close()


def _refuse_foreign_sqlite(db_path: Path) -> str | None:
    """Raise unless the file is empty, new, or carries our application id; return the schema
    revision of one of ours (None if it has none yet).

    Uses a plain read-only connection so that a foreign file is not even touched by
    WAL or pragma changes.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if _header_application_id(db_path) != APPLICATION_ID:
        try:
            if _has_foreign_tables(db_path):
                raise NotANetzwerkstattDatabase(
                    f"{db_path} ist eine SQLite-Datenbank eines anderen Programms; sie bleibt unverändert."
                )
        except sqlite3.DatabaseError as exc:
            raise NotANetzwerkstattDatabase(f"{db_path} ist keine lesbare Netzwerkstatt-Datenbank ({exc}).") from exc
    revision = None
    try:
        conn = sqlite3.connect(sqlite_file.probe_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            table_count = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if (
                app_id == APPLICATION_ID
                and conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).fetchone()
            ):
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotANetzwerkstattDatabase(f"{db_path} ist keine lesbare Netzwerkstatt-Datenbank ({exc}).") from exc
    if app_id != APPLICATION_ID and table_count > 0:
        raise NotANetzwerkstattDatabase(
            f"{db_path} ist eine SQLite-Datenbank eines anderen Programms; sie bleibt unverändert."
        )
    return revision


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database.

    Raises ``NotANetzwerkstattDatabase`` for a non-empty database without our tables.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            has_version = (
                conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).first()
                is not None
            )
            table_count = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar_one()
        else:
            from sqlalchemy import inspect

            names = inspect(conn).get_table_names()
            has_version = "alembic_version" in names
            table_count = len(names)
        if not has_version:
            if table_count:
                raise NotANetzwerkstattDatabase(
                    "Die Datenbank enthält fremde Tabellen und ist keine Netzwerkstatt-Datenbank."
                )
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    from .migrations.runner import alembic_config

    with engine.begin() as conn:
        config = alembic_config(conn)
        command.upgrade(config, "head")
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
