"""One change notifier for the whole program: every page shows current data, without F5.

The model reports the kinds of data each commit changed (``model.core.changes``; a write in a
background job too). ``ChangeNotifier`` turns that into one Qt signal in the GUI thread,
collected over one turn of the event loop, so a batch of writes refreshes a page once.
Pages declare which kinds they show (``Page.shows``); a page whose data changed refreshes at
once when visible, else when shown next. A page that reloaded after its own write has
already seen the change (``generation``) and does not load twice.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from model.core.changes import (  # re-exported: pages name the kinds from here
    CERTIFICATES,
    EVENTS,
    GROUPS,
    MAILING_LISTS,
    OFFICE,
    ORGANISATIONS,
    PERSONS,
    REGISTRATIONS,
    TRIPS,
)
from model.core.db import Database

EVERYTHING = frozenset(
    {PERSONS, ORGANISATIONS, EVENTS, REGISTRATIONS, GROUPS, TRIPS, CERTIFICATES, MAILING_LISTS, OFFICE}
)


class ChangeNotifier(QObject):
    """``changed(kinds, generation)``: data of these kinds changed; the generation counts commits."""

    changed = Signal(object, int)
    _reported = Signal(object)  # from any thread; delivered in the notifier's (GUI) thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0  # raised at every commit, in the committing thread
        self._pending: set[str] = set()
        self._watched: weakref.WeakSet[Database] = weakref.WeakSet()
        self._reported.connect(self._collect)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._emit)

    def watch(self, db: Database) -> None:
        if db not in self._watched:
            self._watched.add(db)
            db.on_change(self._on_commit)

    def _on_commit(self, kinds: frozenset[str]) -> None:
        self.generation += 1
        if QThread.currentThread() == self.thread():
            self._collect(kinds)  # at once: a page shown right after the write must know
        else:
            self._reported.emit(kinds)  # queued into the GUI thread

    def flush(self) -> None:
        """Deliver the collected changes now (a page about to be shown asks first)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    @Slot(object)
    def _collect(self, kinds: frozenset[str]) -> None:
        self._pending |= kinds
        self._timer.start()

    @Slot()
    def _emit(self) -> None:
        kinds, self._pending = frozenset(self._pending), set()
        if kinds:
            self.changed.emit(kinds, self.generation)


_notifier: ChangeNotifier | None = None


def notifier() -> ChangeNotifier:
    """The program's notifier (created in the GUI thread on first use)."""
    global _notifier
    if _notifier is None:
        _notifier = ChangeNotifier()
    return _notifier
