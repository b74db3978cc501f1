"""Produce a PDF in the background (progress, Abbrechen) and show it in the preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ..kit.errors import known_message, show_error
from ..pdf_preview import PdfPreviewDialog
from ..worker import Job


class PdfJobRunner(QObject):
    """One PDF job at a time for a page or dialog; keeps the job and the preview alive."""

    shown = Signal(object)  # the PdfPreviewDialog, once open
    failed = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._widget = parent
        self.job: Job | None = None
        self.preview: PdfPreviewDialog | None = None
        self._title = ""
        self._suggested = ""
        self._then: Callable[[], None] | None = None

    def busy(self) -> bool:
        return self.job is not None

    def run(
        self,
        progress_title: str,
        work: Callable[..., bytes],
        preview_title: str,
        suggested_name: str,
        then: Callable[[], None] | None = None,
    ) -> None:
        """``work(progress=, cancelled=)`` returns PDF bytes; ``then`` runs once the preview is open."""
        if self.job is not None:
            return
        self._title, self._suggested, self._then = preview_title, suggested_name, then
        self.job = Job(self._widget, progress_title, work, self._done, self._failed)
        self.job.finished.connect(self._forget_job)

    def wait(self, milliseconds: int = 30000) -> bool:
        return self.job.wait(milliseconds) if self.job is not None else True

    @Slot()
    def _forget_job(self) -> None:
        self.job = None

    def _done(self, pdf: bytes) -> None:
        self.preview = PdfPreviewDialog(pdf, self._title, self._suggested, self._widget.window())
        self.preview.open()
        self.shown.emit(self.preview)
        if self._then is not None:
            self._then()

    def _failed(self, exc: BaseException) -> None:
        message = known_message(exc)
        if message is not None:
            self.failed.emit(message)
        show_error(self._widget, exc, title=self._title)  # a bug goes on to the global exception hook


def run_in_background(
    parent: QWidget,
    work: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> Job:
    """Quiet background loading (no progress dialog) for data of a view."""
    return Job(parent, "", work, on_success, on_failure, show_dialog=False)
