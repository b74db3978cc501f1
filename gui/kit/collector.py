"""Python's cyclic garbage collection only in the GUI thread.

A collection runs in whichever thread happens to allocate when the threshold is reached.
In a background job that can be a worker thread, which then destroys Qt widgets and models
left over from the GUI thread and takes the process down. So automatic collection is off
and a timer in the GUI thread collects with the same thresholds, and only while no job runs:
a collection in the GUI thread also runs weak-reference callbacks of the database layer's
objects, which must not happen while a job's thread works with them.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_installed: list[QObject] = []


def collect_due() -> None:
    """Collect the oldest generation whose threshold is reached, as automatic collection would."""
    from ..worker import jobs_running

    if jobs_running():
        return  # the timer comes back
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for level in range(3):
        if counts[level] > thresholds[level]:
            generation = level
    if generation >= 0:
        gc.collect(generation)


class _GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(interval_ms)


def installed() -> bool:
    return bool(_installed)


def collect_in_gui_thread(app: QObject) -> None:
    """Install once per application (called where the QApplication is made)."""
    if _installed:
        return
    gc.disable()
    # Modules, classes and the start-up objects live as long as the process: moving them out
    # of the collector's sight keeps each later full collection short.
    gc.freeze()
    _installed.append(_GuiThreadCollector(app))
