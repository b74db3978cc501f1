"""Errors never make the program vanish: a log file and a dialog for everything uncaught.

- Known errors (``model.core.errors.UserError``) show their German message, nothing more.
- Failures of the environment that ``model.core.errors.explain`` recognises (locked database,
  full disk, a file open in Excel) show its German sentence; the traceback goes to the log.
- Everything else is a bug: the traceback goes to a rotating log file in
  ``model.core.paths.log_dir()`` and a dialog shows it with a "Kopieren" button, so the office can
  send it to IT. The program keeps running.

The hook works for exceptions in the GUI thread (slots, event handlers) and in Python
threads; a dialog is always shown in the GUI thread.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from model.core.errors import UserError, explain
from model.core.paths import log_dir

from .kit.errors import ErrorDialog, describe_error, environment_summary  # noqa: F401 - ErrorDialog: also for callers

LOG_FILE = "netzwerkstatt.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5

log = logging.getLogger("netzwerkstatt")


class _LogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so that a second setup replaces it."""


def setup_logging() -> Path:
    """Log to ``log_dir()/netzwerkstatt.log`` (rotating, UTF-8); returns the file's path.

    The file is opened on the first message only (``delay``), so a start costs nothing.
    """
    path = log_dir() / LOG_FILE
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _LogHandler)]:
        root.removeHandler(handler)
        handler.close()
    handler = _LogHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def log_file() -> Path:
    return log_dir() / LOG_FILE


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context, message: str) -> None:  # QMessageLogContext
    logging.getLogger("netzwerkstatt.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file (a windowed program has no console)."""
    qInstallMessageHandler(_qt_message)


def _format(exc_type, exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


class ExceptionHandler(QObject):
    """``sys.excepthook`` and ``threading.excepthook`` of the program.

    In smoke mode nothing is shown: the one-line message goes to stderr and
    ``errors`` counts it, so that ``run_gui(..., smoke=True)`` can fail.
    """

    reported = Signal(str, str, str)  # title, message, details (empty for known errors)

    def __init__(self, smoke: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.smoke = smoke
        self.errors = 0
        self._dialog: ErrorDialog | None = None
        # Queued when the exception happened in another thread: dialogs live in the GUI thread.
        self.reported.connect(self._report, Qt.ConnectionType.AutoConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc is None:
            exc = exc_type()
        if isinstance(exc, KeyboardInterrupt):
            log.info("Abbruch mit Strg+C")
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        self.errors += 1
        self.reported.emit(*self.describe(exc_type, exc, tb))

    def fatal(self, exc_type, exc: BaseException, tb: TracebackType | None) -> None:
        """A failure before the event loop runs: log it and show the dialog until closed."""
        self.errors += 1
        title, message, details = self.describe(exc_type, exc, tb)
        if self.smoke:
            self._report(title, message, details)
            return
        ErrorDialog(title, message, details, None).exec()

    def describe(self, exc_type, exc: BaseException, tb: TracebackType | None) -> tuple[str, str, str]:
        """Log the exception; return the dialog's title, message and details."""
        if isinstance(exc, UserError):
            log.info("Meldung: %s", exc)
        elif explain(exc) is not None:
            log.warning("%s\n%s", explain(exc), _format(exc_type, exc, tb))
        else:
            log.error("Unerwarteter Fehler\n%s", _format(exc_type, exc, tb))
        return describe_error(exc, tb, str(log_file()))

    @Slot(str, str, str)
    def _report(self, title: str, message: str, details: str) -> None:
        if self.smoke or QApplication.instance() is None:
            first_line = message.splitlines()[0] if message else title
            print(f"Fehler: {first_line}", file=sys.stderr)
            return
        self.show_dialog(title, message, details)

    def show_dialog(self, title: str, message: str, details: str) -> None:
        """Show one dialog at a time; a burst of errors (a failing paint) is only logged."""
        if self._dialog is not None and self._dialog.isVisible():
            return
        self._dialog = ErrorDialog(title, message, details, QApplication.activeWindow())
        self._dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog.destroyed.connect(self._forget_dialog)
        self._dialog.open()

    @Slot()
    def _forget_dialog(self) -> None:
        self._dialog = None
