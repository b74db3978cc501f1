"""Answers for the dialogs a click opens, so tests click the real button and nothing else.

Test modules import these helpers; each patches a Qt static or exec so that the dialog
returns at once with the answer a user would give.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog


def answer_file_dialogs(monkeypatch, path: Path | str) -> list[str]:
    """Every file or folder dialog answers ``path``; returns the titles of the dialogs asked."""
    asked: list[str] = []

    def file_answer(parent=None, caption="", *args, **kwargs):  # Qt's signature
        asked.append(caption)
        return str(path), ""

    def folder_answer(parent=None, caption="", *args, **kwargs):
        asked.append(caption)
        return str(path)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_answer)
    return asked


def answer_print_dialog(monkeypatch, pdf: Path | str) -> None:
    """The print dialog chooses "print to ``pdf``" and presses Drucken."""

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
