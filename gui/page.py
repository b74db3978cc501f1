"""Base class of the pages in the main window: a header, the database, refresh on demand.

A page holds the open ``Database`` (engine and session factory), never a session: it asks
model services for plain data, each of which opens its own short session. When the window
swaps the database, it calls ``set_database``; a hidden page refreshes when it is shown next.
When data of a kind the page shows (``shows``) is written anywhere — a form, an import, a
background job, another area — the change notifier (``gui.kit.changes``) marks it stale.

A page whose data takes long to gather on a large database offers ``fetch()``: a function
without Qt that returns plain data, run in a background job, and ``apply(data)`` in the GUI
thread. The page is painted at once with »Daten werden geladen…« and filled when the data
arrives; a refresh asked for meanwhile runs once the current one is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from model.core.db import Database

from .kit.changes import EVERYTHING, notifier

PAGE_MARGINS = (32, 20, 32, 20)


SEARCH_PROPERTY = "searchField"  # a line edit with it set searches the list below it


def mark_search(edit: QLineEdit) -> QLineEdit:
    """Mark a page's search field: the focus goes there when its page or tab is shown."""
    edit.setProperty(SEARCH_PROPERTY, True)
    return edit


class Page(QWidget):
    shows: frozenset[str] = EVERYTHING  # the kinds of data (gui.kit.changes) the page shows
    _tabs_watched = False

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
        self.loading_label = QLabel(self.tr("Daten werden geladen…"))
        self.loading_label.setObjectName("emptyHint")
        self.loading_label.hide()
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.loading_label)
        header.addLayout(self.header_actions)
        self._fetch_jobs: list = []  # kept until Qt has deleted them (dropping one earlier frees it twice)
        self._fetching = False
        self._fetch_again = False

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
        work = self.fetch()
        if work is None:
            self.load()
        else:
            self._start_fetch(work)

    def load(self) -> None:
        """Reload at once, in the GUI thread (pages with ``fetch`` get it from there)."""
        work = self.fetch()
        if work is None:  # pragma: no cover - every page implements load or fetch
            raise NotImplementedError
        self.apply(work())

    def fetch(self) -> Callable[[], Any] | None:
        """A function gathering the page's data in a background job (no Qt, own sessions), or
        None when ``load`` does the work in the GUI thread."""
        return None

    def apply(self, data: Any) -> None:  # pragma: no cover - pages with ``fetch`` implement it
        """Show what ``fetch``'s function returned (GUI thread)."""
        raise NotImplementedError

    def is_loading(self) -> bool:
        return self._fetching

    def wait_for_loading(self) -> None:
        for job in self._fetch_jobs:
            if shiboken6.isValid(job):
                job.wait()

    def focus_search(self) -> None:
        """A list page: typing starts a search at once, in the search field in sight."""
        for edit in self.findChildren(QLineEdit):
            if edit.property(SEARCH_PROPERTY) and edit.isVisible() and edit.isEnabled():
                edit.setFocus()
                return

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self.focus_search()

    def closeEvent(self, event) -> None:  # Qt override
        self.wait_for_loading()  # a job's thread must not outlive its page (or the database)
        super().closeEvent(event)

    def _start_fetch(self, work: Callable[[], Any]) -> None:
        from .worker import Job

        if self._fetching:
            self._fetch_again = True
            return
        self._fetching = True
        self.loading_label.show()
        self._fetch_jobs = [job for job in self._fetch_jobs if shiboken6.isValid(job)]
        job = Job(
            self,
            self.tr("Daten werden geladen…"),
            lambda progress, cancelled: work(),
            self._fetched,
            self._fetch_failed,
            show_dialog=False,
        )
        job.finished.connect(job.deleteLater)
        self._fetch_jobs.append(job)

    def _fetched(self, data: Any) -> None:
        self._fetching = False
        self.loading_label.hide()
        if self._fetch_again:  # the data changed meanwhile: what arrived is already old
            self._fetch_again = False
            self.refresh()
            return
        self.apply(data)

    def _fetch_failed(self, exc: BaseException) -> None:
        self._fetching = False
        self._fetch_again = False
        self.loading_label.hide()
        raise exc  # the global exception hook shows it

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self.focus_search()
        if not self._tabs_watched:  # the search of a tab chosen later gets the focus too
            self._tabs_watched = True
            for tabs in self.findChildren(QTabWidget):
                tabs.currentChanged.connect(self._tab_changed)
        notifier().flush()  # a write just before showing (in the GUI thread) marks the page stale first
        if self._stale:
            self.refresh()


class PageInPreparation(Page):
    """What an area shows while the modules its page needs load in the background (only in
    the first second after the start): the area's title, a line saying so and the busy
    cursor, so the window is on screen and answers clicks at once (``gui.main_window``). No
    animation: painting one would take the interpreter from the loading thread."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None):
        super().__init__(db, title, "", parent)
        self.setObjectName("pageInPreparation")
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.hint = QLabel(self.tr("Bereich »{area}« wird vorbereitet…").format(area=title))
        self.hint.setObjectName("emptyHint")
        self.body.addWidget(self.hint)
        self.body.addStretch(1)

    def load(self) -> None:
        """Nothing to read: the real page replaces this one when it is ready."""
