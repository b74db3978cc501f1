"""Base class of the pages in the main window: a header, the database, refresh on demand.

A page holds the open ``Database`` (engine and session factory), never a session: it asks
model services for plain data, each of which opens its own short session. When the window
swaps the database, it calls ``set_database``; a hidden page refreshes when it is shown next.
When data of a kind the page shows (``shows``) is written anywhere — a form, an import, a
background job, another area — the change notifier (``gui.kit.changes``) marks it stale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from model.db import Database

from .kit.changes import EVERYTHING, notifier

PAGE_MARGINS = (32, 20, 32, 20)


class Page(QWidget):
    shows: frozenset[str] = EVERYTHING  # the kinds of data (gui.kit.changes) the page shows

    def __init__(self, db: Database, title: str = "", subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self._stale = True
        self._seen_generation = -1  # the notifier's generation when the page last loaded
        changes = notifier()
        changes.watch(db)
        changes.changed.connect(self._data_changed)
        self.setProperty("page", True)  # the style sheet gives pages their background
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setVisible(bool(subtitle))
        self.subtitle_label.setWordWrap(True)  # a narrow window wraps it instead of cutting it off
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        self.header_actions = QHBoxLayout()  # buttons at the right of the header
        self.header_actions.setSpacing(8)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addLayout(self.header_actions)

        self.body = QVBoxLayout()  # subclasses put their content here
        self.body.setSpacing(16)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(18)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))

    def set_database(self, db: Database) -> None:
        self.db = db
        notifier().watch(db)
        self.mark_stale()

    @Slot(object, int)
    def _data_changed(self, kinds: frozenset[str], generation: int) -> None:
        if generation > self._seen_generation and kinds & self.shows:
            self.mark_stale()

    def mark_stale(self) -> None:
        """The data changed: refresh now if visible, else when shown next."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def confirm_leave(self) -> bool:
        """May the user leave this page? Pages with a record form ask about unsaved changes
        (``gui.kit.editor.RecordEditor``); the rest have nothing to lose."""
        return True

    def refresh(self) -> None:
        """Reload the page's data from the database (short sessions only)."""
        self._stale = False
        self._seen_generation = notifier().generation
        self.load()

    def load(self) -> None:  # pragma: no cover - every page implements it
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().showEvent(event)
        notifier().flush()  # a write just before showing (in the GUI thread) marks the page stale first
        if self._stale:
            self.refresh()
