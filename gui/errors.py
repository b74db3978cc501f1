"""Errors never make the program vanish: a log file and a dialog for everything uncaught.

- Known errors (``model.errors.UserError``) show their German message, nothing more.
- Failures of the environment that ``model.errors.explain`` recognises (locked database,
  full disk, a file open in Excel) show its German sentence; the traceback goes to the log.
- Everything else is a bug: the traceback goes to a rotating log file in
  ``model.paths.log_dir()`` and a dialog shows it with a "Kopieren" button, so the office can
  send it to IT. The program keeps running.

The hook works for exceptions in the GUI thread (slots, event handlers) and in Python
threads; a dialog is always shown in the GUI thread.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from model.errors import UserError, explain
from model.paths import log_dir

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


def _qt_message(kind: QtMsgType, context, message: str) -> None:  # noqa: ANN001 - QMessageLogContext
    logging.getLogger("netzwerkstatt.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file (a windowed program has no console)."""
    qInstallMessageHandler(_qt_message)


def _format(exc_type, exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def environment_summary() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return (
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}, "
        f"{platform.platform()}"
    )


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
            return self.tr("Netzwerkstatt"), str(exc), ""
        known = explain(exc)
        if known is not None:
            log.warning("%s\n%s", known, _format(exc_type, exc, tb))
            return self.tr("Netzwerkstatt"), known, ""
        details = _format(exc_type, exc, tb)
        log.error("Unerwarteter Fehler\n%s", details)
        message = self.tr(
            "Ein unerwarteter Fehler ist aufgetreten: {error}\n\n"
            "Die Arbeit kann meist fortgesetzt werden. Bitte die Details mit »Kopieren« an "
            "die IT weitergeben. Sie stehen auch im Protokoll:\n{log}"
        ).format(error=f"{type(exc).__name__}: {exc}", log=log_file())
        return self.tr("Netzwerkstatt – Fehler"), message, details

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


class ErrorDialog(QDialog):
    """A message, optionally with details (a traceback) and a button to copy them."""

    def __init__(self, title: str, message: str, details: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._message, self._details = message, details

        icon = QLabel()
        kind = QStyle.StandardPixmap.SP_MessageBoxCritical if details else QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(kind).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(420)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addWidget(text, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)

        buttons = QHBoxLayout()
        if details:
            self.details_view = QPlainTextEdit(details)
            self.details_view.setReadOnly(True)
            self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.details_view.setMinimumSize(640, 220)
            layout.addWidget(self.details_view, 1)
            self.copy_button = QPushButton(self.tr("Kopieren"))
            self.copy_button.setToolTip(self.tr("Meldung und Details in die Zwischenablage kopieren"))
            self.copy_button.clicked.connect(self.copy_to_clipboard)
            buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Schließen"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def clipboard_text(self) -> str:
        parts = [self._message]
        if self._details:
            parts += ["", environment_summary(), "", self._details]
        return "\n".join(parts)

    @Slot()
    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
        if hasattr(self, "copy_button"):
            self.copy_button.setText(self.tr("Kopiert"))
