"""Start of the GUI: application, German locale and the chosen language, error hook, the first
database, the main window.

``run_gui(db_target, smoke=False) -> int`` is what ``main.py`` calls. Start-up time is
measured (``tests/benchmarks/bench_startup.py``), hence:

- only what the first screen needs is imported, and the data layer before PySide6 (imports
  after PySide6 are slower: it wraps ``__import__``);
- the cyclic garbage collector is paused during start-up, and what start-up built is moved
  to the permanent generation afterwards (``gc.freeze``): collecting thousands of
  long-lived module and class objects over and over is wasted work, at start and at exit;
- the automatic backup runs in the background after the window is shown.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger("netzwerkstatt")

EXIT_OK = 0
EXIT_FAILED = 1


class _StartClock:
    """Phases of the start, logged in one line (start-up time is a requirement)."""

    def __init__(self):
        self.begin = self.last = time.perf_counter()
        self.phases: list[str] = []

    def mark(self, name: str) -> None:
        now = time.perf_counter()
        self.phases.append(f"{name} {1000 * (now - self.last):.0f}")
        self.last = now

    def summary(self) -> str:
        return f"{1000 * (self.last - self.begin):.0f} ms ({', '.join(self.phases)})"


@contextmanager
def _startup_gc() -> Iterator[None]:
    """Pause the cyclic GC while starting; freeze what was built if this is a fresh process."""
    fresh_process = "PySide6.QtWidgets" not in sys.modules
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if fresh_process:
            gc.freeze()
        if was_enabled and not _collector_installed():
            gc.enable()


def _collector_installed() -> bool:
    """Whether collection now belongs to the GUI thread's collector (gui.kit.collector), which
    must stay the only one: an automatic collection may run in a background job's thread."""
    collector = sys.modules.get("gui.kit.collector")
    return collector is not None and collector.installed()


def run_gui(db_target: str | None = None, smoke: bool = False) -> int:
    """Start the program on ``db_target`` (path or URL; None: the last or the default database).

    With ``smoke`` the main window is shown with its data, events are processed, the window
    closes again and the function returns 0 (1 if the database could not be opened or an
    error occurred; the one-line message goes to stderr). A smoke run changes nothing in the
    user's settings and takes no automatic backup. Otherwise runs until the user quits.
    """
    clock = _StartClock()
    with _startup_gc():
        # The data layer and the first page's query first (see the module docstring).
        import model.core.db
        import model.reporting.overview  # noqa: F401 - imported for its load time, used later

        clock.mark("Datenschicht")
        owns_app = _no_application_yet()
        app = _application()
        from gui.errors import ExceptionHandler, route_qt_messages, setup_logging

        setup_logging()
        if owns_app:  # not inside a test run, whose tools watch Qt's messages themselves
            route_qt_messages()
        handler = ExceptionHandler(smoke=smoke, parent=app)
        handler.install()
        log.info("Netzwerkstatt startet%s", " (Smoke-Test)" if smoke else "")

        from gui.settings import Settings

        settings = Settings(read_only=smoke)
        clock.mark("Qt")
        if not smoke and _needs_first_start(db_target, settings):
            db = _first_start()
            if db is None:
                return EXIT_OK  # the user cancelled the setup
        else:
            db = _open_first_database(db_target, settings, smoke)
            if db is None:
                return EXIT_FAILED
        clock.mark("Datenbank")
        try:
            from gui.main_window import MainWindow, remembered_target

            window = MainWindow(db, settings)
            target = remembered_target(db)
            if target:
                settings.set_last_database(target)
            window.show()
            clock.mark("Fenster")
        except Exception:  # noqa: BLE001 - a bug before the event loop: show it, then stop
            db.dispose()
            handler.fatal(*sys.exc_info())
            return EXIT_FAILED

    if smoke:
        from PySide6.QtCore import QEventLoop

        # A test run leaves no traces in the data folder: no settings written (read-only
        # above) and no automatic backup next to the database.
        app.processEvents()
        clock.mark("gezeichnet")
        painted = time.time()
        if not window.is_ready():  # the area's real page, with its data
            waiting = QEventLoop()
            window.prepared.connect(waiting.quit)
            waiting.exec()
        app.processEvents()
        clock.mark("Bereich bereit")
        # For benchmarks (tests/benchmarks/bench_startup.py): when the window was painted and
        # when the area's page was ready, as seconds since the epoch (comparable across processes).
        print(f"smoke: painted={painted:.4f} ready={time.time():.4f}", flush=True)
        log.info("Start in %s", clock.summary())
        window.close()
        app.processEvents()
        return EXIT_OK if handler.errors == 0 else EXIT_FAILED

    from PySide6.QtCore import QTimer

    log.info("Start in %s", clock.summary())
    app.aboutToQuit.connect(window.wait_for_jobs)
    QTimer.singleShot(0, window.start_automatic_backup)  # once the window is on screen
    QTimer.singleShot(0, window.prepare_data_layer)  # the other areas' pages need the ORM
    QTimer.singleShot(0, window.start_trip_data_purge)  # sensitive trip details past their retention time
    code = app.exec()
    log.info("Netzwerkstatt beendet")
    return code


def _no_application_yet() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is None


def _application(language: str | None = None):
    """The QApplication (created here unless one exists, as in tests) in the chosen language.

    ``language`` "de" or "en"; None: the user's choice from the settings (German by default).
    Dates and numbers keep the German format in either language.
    """
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("Netzwerkstatt")
    QCoreApplication.setApplicationName("Netzwerkstatt")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from .kit.collector import collect_in_gui_thread

    collect_in_gui_thread(app)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    if language is None:
        from gui.settings import Settings

        language = Settings(read_only=True).language()
    from gui.translations import install

    install(app, language)

    from gui.icons import icon
    from gui.style import apply_style

    apply_style(app)
    app.setWindowIcon(icon("netzwerkstatt"))
    return app


def _describe_open_error(exc: BaseException) -> str:
    from model.core.errors import UserError, explain

    if isinstance(exc, UserError):
        return str(exc)
    known = explain(exc)
    if known is not None:
        return known
    log.error("Datenbank konnte nicht geöffnet werden", exc_info=exc)
    return f"{type(exc).__name__}: {exc}"


def _first_target(db_target: str | None, settings) -> str | None:  # gui.settings.Settings
    """The database to open: the given one, else the last one (if still there), else the default."""
    if db_target is not None:
        return db_target
    last = settings.last_database()
    if last and ("://" in last or Path(last).is_file()):
        return last
    if last:
        log.info("Zuletzt geöffnete Datenbank gibt es nicht mehr: %s", last)
    return None


def _needs_first_start(db_target: str | None, settings) -> bool:
    from gui.first_start import needs_first_start

    return needs_first_start(db_target, settings.last_database() or None)


def _first_start():
    """The setup wizard on the very first start; the opened Database, or None if cancelled."""
    from gui.first_start import FirstStartWizard

    wizard = FirstStartWizard()  # »Fertig« sets up the database in the background (wizard.db)
    return wizard.db if wizard.exec() else None


def _open_first_database(db_target: str | None, settings, smoke: bool):
    """Open the first database; on failure offer another file or quitting (smoke: stderr)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from gui import dialogs
    from model.core.db import open_database

    translate = QCoreApplication.translate
    target = _first_target(db_target, settings)
    while True:
        try:
            return open_database(target)
        except Exception as exc:  # noqa: BLE001 - every failure gets a message, none a crash
            message = _describe_open_error(exc)
        if smoke:
            print(f"Fehler: {message}", file=sys.stderr)
            return None
        log.warning("Datenbank nicht geöffnet (%s): %s", target or "Standard", message)
        choice = dialogs.choose(
            None,
            translate("Start", "Netzwerkstatt"),
            translate("Start", "Die Datenbank konnte nicht geöffnet werden."),
            [translate("Start", "Andere Datenbank wählen…"), translate("Start", "Beenden")],
            details=message,
        )
        if choice != 0:
            return None
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            translate("Start", "Datenbank öffnen"),
            settings.last_folder(),
            translate("Start", "Netzwerkstatt-Datenbanken (*.sqlite *.db);;Alle Dateien (*)"),
        )
        if chosen:
            target = chosen
