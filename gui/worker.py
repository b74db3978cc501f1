"""Long work off the GUI thread, with a progress dialog and Abbrechen.

Jobs are plain functions of model/ or reports/ with the keyword arguments
``progress(done, total, text)`` and ``cancelled() -> bool``; they raise
``model.core.errors.Cancelled`` when asked to stop. The result (or the exception) comes back to
the GUI thread through signals of a separate QObject.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class JobSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _JobThread(QThread):
    def __init__(self, job: Callable[..., Any], signals: JobSignals, stop: threading.Event):
        super().__init__()
        self._job, self._signals, self._stop = job, signals, stop

    def run(self) -> None:
        try:
            result = self._job(progress=self._report, cancelled=self._stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)

    def _report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


# Every started thread stays referenced here until it has finished: a page (and with it its
# Job) may be deleted while its job still runs, and a QThread destroyed while running takes
# the process down. Finished threads are let go when the next job starts.
_RUNNING: set[_JobThread] = set()


def _keep_until_finished(thread: _JobThread) -> None:
    _RUNNING.difference_update([t for t in _RUNNING if t.isFinished()])
    _RUNNING.add(thread)


def jobs_running() -> bool:
    return any(thread.isRunning() for thread in _RUNNING)


def wait_for_running_jobs(milliseconds: int = 30000) -> None:
    """Let every job thread finish: none may still use the database when it is closed."""
    for thread in list(_RUNNING):
        thread.wait(milliseconds)
    _RUNNING.difference_update([t for t in _RUNNING if t.isFinished()])


class Job(QObject):
    """One background job with its progress dialog; keep a reference until it is done."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Callable[..., Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        show_dialog: bool = True,
    ):
        super().__init__(parent)
        self._on_success, self._on_failure = on_success, on_failure
        self._stop = threading.Event()
        self.signals = JobSignals()
        self.signals.progress.connect(self._on_progress)
        self.signals.succeeded.connect(self._on_succeeded)
        self.signals.failed.connect(self._on_failed)
        self._dialog: QProgressDialog | None = None
        if show_dialog:
            self._dialog = QProgressDialog(title, self.tr("Abbrechen"), 0, 0, parent)
            self._dialog.setWindowTitle(title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self.cancel)
        self._thread = _JobThread(job, self.signals, self._stop)
        _keep_until_finished(self._thread)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        self._stop.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Wird abgebrochen…"))

    def wait(self, milliseconds: int = 30000) -> bool:
        return self._thread.wait(milliseconds)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._close()
        self._on_success(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        from model.core.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.finished.emit()
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            raise exc  # reaches the global exception hook and its dialog
        self.finished.emit()

    def _close(self) -> None:
        self._thread.wait()
        if self._dialog is not None:
            self._dialog.close()
