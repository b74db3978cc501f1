"""Hilfe → Benutzerhandbuch (F1): the German user guide ``resources/help/handbuch.html``.

The guide is plain HTML with PNG pictures in ``resources/help/bilder/`` (made from the
program itself by ``python -m gui.help_screenshots``), shown in a ``QTextBrowser``: found
through ``model.core.paths.resource()`` in the source tree and in the bundle alike.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from model.core.paths import resource

from .kit.dialog import Dialog
from .kit.keys import enter_stays_in
from .kit.screen import fit_to_screen

HANDBOOK = "handbuch.html"


def handbook_path() -> Path:
    return resource("help", HANDBOOK)


class HelpWindow(Dialog):
    """The user guide in a window of its own, beside the program (not modal)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Benutzerhandbuch – Netzwerkstatt"))
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.WindowMinMaxButtonsHint)
        fit_to_screen(self, 1060, 820)

        self.browser = QTextBrowser()
        self.browser.setObjectName("handbook")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)

        self.back_button = QPushButton(self.tr("Zurück"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.contents_button = QPushButton(self.tr("Inhalt"))
        self.contents_button.setToolTip(self.tr("Zum Inhaltsverzeichnis am Anfang des Handbuchs"))
        self.contents_button.clicked.connect(self.browser.home)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Im Handbuch suchen"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        enter_stays_in(self.search)
        self.search.setMaximumWidth(320)
        self.search_button = QPushButton(self.tr("Weitersuchen"))
        self.search_button.clicked.connect(self.find_next)
        self.not_found = QLabel()
        self.not_found.setObjectName("pageSubtitle")
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.contents_button)
        bar.addSpacing(16)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.not_found)
        bar.addStretch()
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)

        path = handbook_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("Das Benutzerhandbuch wurde nicht gefunden:\n{path}").format(path=path))

    def show_chapter(self, anchor: str) -> None:
        """Jump to a chapter (its ``id`` in the HTML)."""
        self.browser.scrollToAnchor(anchor)

    @Slot()
    def find_next(self) -> None:
        """Find the search text after the cursor; at the end, start again at the top."""
        text = self.search.text().strip()
        self.not_found.setText("")
        if not text:
            return
        if self.browser.find(text):
            return
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if not self.browser.find(text, QTextDocument.FindFlag(0)):
            self.not_found.setText(self.tr("nicht gefunden"))
