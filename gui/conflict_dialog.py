"""When someone else saved a record while it was open here: reload, or see both versions.

Every form that saves a versioned record (person, organisation, event, trip details) calls
``resolve_conflict`` when its save failed because the stored version is newer. The user
first gets a message box (reload and lose one's changes, see both versions, back to the
form); »Beide Fassungen anzeigen« opens ``VersionsDialog``: a table Feld | Ihre Fassung |
Gespeicherte Fassung with the differing rows highlighted, from which the user keeps their
own version (the form saves it over the stored one) or takes the stored one (the form
reloads). The comparison itself comes from ``model.services.conflicts``.

Tests answer the message box through ``QMessageBox.exec`` (the button roles: reload =
AcceptRole, both versions = ActionRole, back = RejectRole) and the versions dialog by
patching ``VersionsDialog.exec``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.services.conflicts import Conflict

from .kit.dialog import Dialog

DIFFERENT_BACKGROUND = QColor("#fdf0d5")


class Resolution(Enum):
    RELOAD = "reload"  # discard one's own changes, show the stored version
    KEEP_MINE = "keep_mine"  # save one's own values over the stored version
    BACK = "back"  # back to the form, nothing decided


class VersionsDialog(Dialog):
    """Both versions side by side; ``resolution`` says what the user chose."""

    def __init__(self, conflict: Conflict, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict = conflict
        self.resolution = Resolution.BACK
        self.setWindowTitle(title)
        self.resize(860, 560)
        differing = len(conflict.differences)
        if differing == 1:
            summary = self.tr("Ein Feld unterscheidet sich (hervorgehoben).")
        elif differing:
            summary = self.tr("%1 Felder unterscheiden sich (hervorgehoben).").replace("%1", str(differing))
        else:
            summary = self.tr("Die Felder stimmen überein; gespeichert wurden nur andere Angaben.")
        self.summary = QLabel(
            summary
            + " "
            + self.tr(
                "Sie können Ihre Fassung speichern (sie ersetzt die gespeicherte) oder die gespeicherte übernehmen "
                "(Ihre Änderungen gehen verloren)."
            )
        )
        self.summary.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Feld"), self.tr("Ihre Fassung"), self.tr("Gespeicherte Fassung")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.only_differences = QCheckBox(self.tr("Nur abweichende Felder zeigen"))
        self.only_differences.toggled.connect(self._fill)

        buttons = QDialogButtonBox()
        self.keep_mine_button = buttons.addButton(
            self.tr("Meine Fassung speichern"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_stored_button = buttons.addButton(
            self.tr("Gespeicherte Fassung übernehmen"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.back_button = buttons.addButton(self.tr("Zurück"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)
        # Bound slots, not lambdas: a lambda holding ``self`` makes a reference cycle, and a
        # cycle of Qt wrappers may be collected later in a worker thread.
        self.keep_mine_button.clicked.connect(self._keep_mine)
        self.take_stored_button.clicked.connect(self._take_stored)
        self.back_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.only_differences)
        layout.addWidget(buttons)
        self._fill()

    @Slot()
    def _fill(self) -> None:
        rows = self.conflict.differences if self.only_differences.isChecked() else self.conflict.fields
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, item in enumerate(rows):
            for column, text in enumerate((item.label, item.mine, item.theirs)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.differs:
                    cell.setBackground(QBrush(DIFFERENT_BACKGROUND))
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def rows(self) -> list[tuple[str, str, str, bool]]:
        """(Feld, Ihre Fassung, Gespeicherte Fassung, highlighted) as shown."""
        result = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) or QTableWidgetItem() for column in range(3)]
            highlighted = cells[0].background().color() == DIFFERENT_BACKGROUND
            result.append((cells[0].text(), cells[1].text(), cells[2].text(), highlighted))
        return result

    @Slot()
    def _keep_mine(self) -> None:
        self.resolution = Resolution.KEEP_MINE
        self.accept()

    @Slot()
    def _take_stored(self) -> None:
        self.resolution = Resolution.RELOAD
        self.accept()


class ConflictQuestion(QMessageBox):
    """The first question: reload, see both versions, or back to the form."""

    def __init__(self, parent: QWidget | None, title: str, text: str):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(text)
        self.setInformativeText(
            self.tr(
                "Ihre Änderungen wurden nicht gespeichert. Sie können neu laden (Ihre Änderungen gehen verloren) "
                "oder beide Fassungen vergleichen und dann entscheiden, welche gilt."
            )
        )
        self.reload_button = self.addButton(
            self.tr("Neu laden (eigene Änderungen verwerfen)"), QMessageBox.ButtonRole.AcceptRole
        )
        self.compare_button = self.addButton(self.tr("Beide Fassungen anzeigen"), QMessageBox.ButtonRole.ActionRole)
        self.back_button = self.addButton(self.tr("Zurück"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.compare_button)
        self.setEscapeButton(self.back_button)


def resolve_conflict(
    parent: QWidget, title: str, text: str, load: Callable[[], Conflict]
) -> tuple[Resolution, Conflict | None]:
    """Ask what to do after a save met a newer stored version.

    ``text`` names the record ("Jemand anderes hat diese Person gespeichert, …"); ``load``
    builds the comparison (only when the user wants to see both versions). Returns the
    choice and, for KEEP_MINE, the conflict whose ``version`` the form saves with.
    """
    question = ConflictQuestion(parent, title, text)
    question.exec()
    clicked = question.clickedButton()
    resolution = (
        Resolution.RELOAD
        if clicked is question.reload_button
        else None
        if clicked is question.compare_button
        else Resolution.BACK
    )
    question.deleteLater()  # not left as a child of the form until it closes
    if resolution is not None:
        return resolution, None
    conflict = load()
    dialog = VersionsDialog(conflict, title, parent)
    dialog.exec()
    resolution = dialog.resolution
    dialog.deleteLater()
    return resolution, conflict
