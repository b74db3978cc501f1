"""Anonymising in the person form says plainly which backups still hold the person and
deletes them on request."""

from __future__ import annotations

import pytest
from gui_fixtures import fake_user  # noqa: F401 - fixture
from member_data import build_network
from PySide6.QtWidgets import QMessageBox

from model.core.backup import automatic_backup
from model.members.persons import load_person


@pytest.fixture
def page(qtbot, db):
    from gui.members.persons_page import PeoplePage

    if db.path is None:
        pytest.skip("backups exist for SQLite files only")
    widget = PeoplePage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _anonymise_in_form(page, person_id: int) -> None:
    page.open_person(person_id)
    form = page.dialog
    form.tabs.setCurrentIndex(1)
    form.anonymise_button.click()


def test_the_confirmation_names_the_backups_and_they_can_be_deleted(page, db, fake_user):
    network = build_network(db)
    backup = automatic_backup(db.path)
    assert backup is not None
    _anonymise_in_form(page, network.people["mueller"])
    assert "1 Sicherungskopie(n) enthalten die Person noch" in fake_user.seen[0]
    assert backup.name in fake_user.seen[0]
    assert "Sollen sie gelöscht werden?" in fake_user.last
    assert load_person(db, network.people["mueller"]).anonymised_at is not None
    assert not backup.exists()


def test_backups_can_be_kept(page, db, fake_user):
    network = build_network(db)
    backup = automatic_backup(db.path)
    fake_user.answer = QMessageBox.ButtonRole.AcceptRole
    original_exec = fake_user.exec

    def keep_backups(box):  # QMessageBox
        if "Sicherungskopie" in box.text():
            fake_user.answer = QMessageBox.ButtonRole.RejectRole
        return original_exec(box)

    fake_user.exec = keep_backups
    _anonymise_in_form(page, network.people["mueller"])
    assert load_person(db, network.people["mueller"]).anonymised_at is not None
    assert backup.exists()
