"""One way to tell the user that something failed: ``show_error`` and the error dialog.

Every page and dialog passes a failed action's exception to ``show_error``: a known error
becomes a German sentence, a bug goes to the program's exception hook, which logs it and shows
``ErrorDialog``. The dialog's headline is one German sentence a user can act on. A bug's
technical detail (exception type, text, traceback, versions) is folded away behind *Details*
and goes to the clipboard with *Kopieren*, for IT; PySide's signature dumps and tracebacks
never reach the headline.
"""

from __future__ import annotations

import platform
import traceback
from collections.abc import Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.errors import UserError, ValidationError, explain

from .dialog import Dialog

translate = QCoreApplication.translate


def environment_summary() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}, {platform.platform()}"


def describe_error(exc: BaseException, tb: TracebackType | None = None, log_file: str = "") -> tuple[str, str, str]:
    """Title, message (headline, then what to do) and details (empty for known errors)."""
    if isinstance(exc, UserError):
        return translate("ShowError", "Netzwerkstatt"), str(exc), ""
    known = explain(exc)
    if known is not None:
        return translate("ShowError", "Netzwerkstatt"), known, ""
    headline = translate(
        "ShowError", "Ein unerwarteter Fehler ist aufgetreten; die Arbeit kann meist fortgesetzt werden."
    )
    hint = translate("ShowError", "Bitte die Details mit »Kopieren« an die IT weitergeben.")
    if log_file:
        hint += " " + translate("ShowError", "Sie stehen auch im Protokoll: %1").replace("%1", log_file)
    details = "".join(traceback.format_exception(type(exc), exc, tb if tb is not None else exc.__traceback__))
    return translate("ShowError", "Netzwerkstatt – Fehler"), f"{headline}\n\n{hint}", details


def known_message(exc: BaseException) -> str | None:
    """The German sentence for a known error (the model's own, a locked database, a file open
    in Excel, a full disk); None for a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    return explain(exc)


def show_error(
    parent: QWidget | None,
    exc: BaseException,
    *,
    title: str | None = None,
    summary: str = "",
    fields: Mapping[str, QWidget] | None = None,
) -> None:
    """Tell the user why their action failed: the one way for every page and dialog.

    A known error shows its German sentence in a message box titled ``title`` (what the user
    was doing), below ``summary`` (what did not happen) if given; a ``ValidationError`` naming
    one of ``fields`` then puts the cursor in that field, switching tabs to show it. A bug is raised again: the program's
    exception hook (``gui.errors``) logs it and shows the error dialog with the details
    folded away; in tests it fails the test.
    """
    message = known_message(exc)
    if message is None:
        raise exc
    from .. import dialogs

    heading = title or translate("ShowError", "Netzwerkstatt")
    if summary:
        dialogs.warn(parent, heading, summary, message)
    else:
        dialogs.warn(parent, heading, message)
    if isinstance(exc, ValidationError) and fields and exc.field is not None and exc.field in fields:
        widget = fields[exc.field]
        _reveal(widget)
        widget.setFocus()


def _reveal(widget: QWidget) -> None:
    """Switch tab pages so that ``widget`` is visible."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is child or (page is not None and page.isAncestorOf(widget)):
                    tabs.setCurrentIndex(index)
                    break
        child, parent = parent, parent.parentWidget()


class ErrorDialog(Dialog):
    """The headline in bold, what to do below it; details (a traceback) behind *Details*."""

    def __init__(self, title: str, message: str, details: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._message, self._details = message, details
        headline_text, _, rest = message.partition("\n\n")

        icon = QLabel()
        kind = QStyle.StandardPixmap.SP_MessageBoxCritical if details else QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(kind).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(headline_text)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: 600;")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setMinimumWidth(420)
        self.hint = QLabel(rest)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(rest))

        texts = QVBoxLayout()
        texts.setSpacing(8)
        texts.addWidget(self.headline)
        texts.addWidget(self.hint)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(texts, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)

        buttons = QHBoxLayout()
        if details:
            self.details_view = QPlainTextEdit(f"{details}\n{environment_summary()}")
            self.details_view.setReadOnly(True)
            self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.details_view.setMinimumSize(640, 220)
            self.details_view.hide()
            layout.addWidget(self.details_view, 1)
            self.details_button = QPushButton(self.tr("Details"))
            self.details_button.setCheckable(True)
            self.details_button.setToolTip(self.tr("Die technischen Angaben für die IT zeigen"))
            self.details_button.toggled.connect(self.show_details)
            buttons.addWidget(self.details_button)
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

    @Slot(bool)
    def show_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.adjustSize()  # grow (and shrink back) instead of squeezing the details over the buttons

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
