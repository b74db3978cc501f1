"""The dialog that shows both versions of a record someone else saved meanwhile."""

from __future__ import annotations

from gui_fixtures import fake_user  # noqa: F401 - fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.conflict_dialog import Resolution, VersionsDialog, resolve_conflict
from model.services.conflicts import Conflict, compare

LABELS = {"phone": "Telefon", "function": "Funktion", "notes": "Notizen"}


def _conflict() -> Conflict:
    mine = {"phone": "0234 2", "function": "Amtsleiter", "notes": "Zeile 1\nZeile 2"}
    theirs = {"phone": "0234 1", "function": "Amtsleiter", "notes": None}
    return Conflict(stored=theirs, version=7, fields=compare(mine, theirs, LABELS))


def test_both_versions_side_by_side_with_the_differences_highlighted(qtbot):
    dialog = VersionsDialog(_conflict(), "Person speichern")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = [dialog.table.horizontalHeaderItem(column).text() for column in range(3)]
    assert header == ["Feld", "Ihre Fassung", "Gespeicherte Fassung"]
    assert dialog.rows() == [
        ("Telefon", "0234 2", "0234 1", True),
        ("Funktion", "Amtsleiter", "Amtsleiter", False),
        ("Notizen", "Zeile 1\nZeile 2", "", True),
    ]
    assert dialog.table.item(0, 1).font().bold() and not dialog.table.item(1, 1).font().bold()
    assert "2 Felder unterscheiden sich" in dialog.summary.text()
    dialog.only_differences.setChecked(True)
    assert [row[0] for row in dialog.rows()] == ["Telefon", "Notizen"]
    qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    assert dialog.resolution is Resolution.KEEP_MINE and not dialog.isVisible()


def test_the_first_question_offers_reload_compare_and_back(qtbot, fake_user, monkeypatch):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    loaded = []

    def load() -> Conflict:
        loaded.append(True)
        return _conflict()

    assert resolve_conflict(parent, "Speichern", "Jemand anderes …", load) == (Resolution.RELOAD, None)
    assert "Jemand anderes" in fake_user.last and not loaded  # nothing compared for a reload
    fake_user.answer = QMessageBox.ButtonRole.RejectRole
    assert resolve_conflict(parent, "Speichern", "Jemand anderes …", load) == (Resolution.BACK, None)
    fake_user.answer = QMessageBox.ButtonRole.ActionRole
    monkeypatch.setattr(VersionsDialog, "exec", lambda dialog: dialog.take_stored_button.click() or 1)
    resolution, conflict = resolve_conflict(parent, "Speichern", "Jemand anderes …", load)
    assert resolution is Resolution.RELOAD and conflict.version == 7 and loaded
