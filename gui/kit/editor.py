"""One mechanism for every form that edits a record: unsaved changes are never lost.

A ``RecordEditor`` knows whether its form differs from what was loaded (``is_dirty``: by
default a snapshot of the values of ``editor_widgets()`` taken with ``mark_clean()``) and
offers ``confirm_leave()``: when something is unsaved it asks *Speichern / Verwerfen /
Zurück* and says whether the user may go on (saved or discarded) or stays with their edits.
Pages that hold an editor call it before they show another record; the main window calls
``Page.confirm_leave`` before it switches area or closes; ``EditorDialog`` calls it when the
dialog is closed by its buttons, by Escape or by the window's close button.

``save_versioned`` is the concurrent-edit half: a save that meets a newer stored version
(``model.core.errors.ChangedElsewhere``) asks whether to reload or compare both versions and keep
one's own (``gui.conflict_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from model.core.errors import ChangedElsewhere
from model.services.conflicts import Conflict

from .dates import refused_date
from .dialog import Dialog


class LeaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    BACK = "back"  # stay where one was, with one's edits


class UnsavedQuestion(QMessageBox):
    """Speichern / Verwerfen / Zurück; Escape and the close button mean Zurück."""

    def __init__(self, parent: QWidget | None, text: str):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(QCoreApplication.translate("RecordEditor", "Ungespeicherte Änderungen"))
        self.setText(text)
        self.setInformativeText(
            QCoreApplication.translate(
                "RecordEditor", "Speichern, verwerfen oder zurück zum Formular und weiter bearbeiten?"
            )
        )
        self.save_button = self.addButton(
            QCoreApplication.translate("RecordEditor", "Speichern"), QMessageBox.ButtonRole.AcceptRole
        )
        self.discard_button = self.addButton(
            QCoreApplication.translate("RecordEditor", "Verwerfen"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.back_button = self.addButton(
            QCoreApplication.translate("RecordEditor", "Zurück"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.save_button)
        self.setEscapeButton(self.back_button)

    def choice(self) -> LeaveChoice:
        clicked = self.clickedButton()
        if clicked is self.save_button:
            return LeaveChoice.SAVE
        if clicked is self.discard_button:
            return LeaveChoice.DISCARD
        return LeaveChoice.BACK


def ask_unsaved(parent: QWidget | None, text: str) -> LeaveChoice:
    question = UnsavedQuestion(parent, text)
    question.exec()
    choice = question.choice()
    question.deleteLater()
    return choice


def widget_value(widget: QWidget) -> object:
    """What a form widget currently holds, comparable with ``==``."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QComboBox):
        return (
            (widget.currentText().strip(), widget.currentData())
            if widget.isEditable()
            else widget.currentData()
            if widget.currentData() is not None
            else widget.currentText()
        )
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText().strip()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString("yyyy-MM-ddTHH:mm")
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    value = getattr(widget, "value", None)
    return value() if callable(value) else None


class RecordEditor:
    """Mixin for a QWidget (form, page or dialog) that edits one record."""

    _clean_state: object = None

    # --- what a form declares ---------------------------------------------------------------

    def editor_widgets(self) -> list[QWidget]:
        """The widgets whose values make up the record (for the default ``editor_state``)."""
        return []

    def editor_state(self) -> object:
        """The form's values, comparable with ``==``; override for values kept outside widgets."""
        return tuple(widget_value(widget) for widget in self.editor_widgets())

    def unsaved_text(self) -> str:
        return QCoreApplication.translate("RecordEditor", "Die Änderungen sind noch nicht gespeichert.")

    def save_edits(self) -> bool:  # pragma: no cover - every editor implements it
        """Save the form; True when saved (False: the user was told why and stays)."""
        raise NotImplementedError

    def discard_edits(self) -> None:
        """Forget the edits (pages refill the form with the stored record; dialogs just close)."""
        self.mark_clean()

    def dates_accepted(self) -> bool:
        """Whether every date of the form is a real one; a save starts with this check and stores
        nothing while a date is refused (its message shows below it, the focus is on it)."""
        return not isinstance(self, QWidget) or refused_date(self) is None

    # --- the mechanism -------------------------------------------------------------------------

    def mark_clean(self) -> None:
        """The form now shows what is stored (after loading or saving)."""
        self._clean_state = self.editor_state()

    def is_dirty(self) -> bool:
        return self._clean_state is not None and self.editor_state() != self._clean_state

    def confirm_leave(self) -> bool:
        """True when the user may leave the record: nothing unsaved, saved, or discarded."""
        if not self.is_dirty():
            return True
        choice = ask_unsaved(self if isinstance(self, QWidget) else None, self.unsaved_text())
        if choice is LeaveChoice.SAVE:
            return self.save_edits()
        if choice is LeaveChoice.DISCARD:
            self.discard_edits()
            return True
        return False


class EditorDialog(RecordEditor, Dialog):
    """A dialog editing one record: closing it (buttons, Escape, close button) asks first.

    ``save_edits`` may accept (close) the dialog itself; ``discard_edits`` needs nothing more.
    """

    def discard_edits(self) -> None:
        self._clean_state = None  # closes without asking again

    def first_field(self) -> QWidget | None:
        """The field a new record's form opens in; None for Qt's default (an existing record)."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_opened", False):
            self._opened = True  # a new record: typing starts in the first field, not on a tab or button
            field = self.first_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if not self.confirm_leave():
            return
        if self.isVisible() and self.result() != QDialog.DialogCode.Accepted:
            QDialog.reject(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.result() == QDialog.DialogCode.Accepted or not self.isVisible():
            event.accept()
            return
        event.ignore()
        self.reject()


def save_versioned[T](
    parent: QWidget,
    title: str,
    text: str,
    store: Callable[[int | None], T],
    compare: Callable[[], Conflict],
    reload: Callable[[], None],
) -> T | None:
    """``store(None)``; when someone else saved meanwhile, ask and maybe ``store(their_version)``.

    ``text`` names the record ("Jemand anderes hat diese Person gespeichert, …"); ``compare``
    builds both versions side by side; ``reload`` shows the stored one. Returns what ``store``
    returned, or None when nothing was saved. Other errors reach the caller.
    """
    from gui.conflict_dialog import Resolution, resolve_conflict

    version: int | None = None
    while True:
        try:
            return store(version)
        except ChangedElsewhere:
            pass
        choice, conflict = resolve_conflict(parent, title, text, compare)
        if choice is Resolution.RELOAD:
            reload()
            return None
        if choice is not Resolution.KEEP_MINE or conflict is None:
            return None
        version = conflict.version
