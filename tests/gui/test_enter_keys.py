"""The program's dialogs (gui.kit.dialog): Enter in a search or completer field acts on that field and the
dialog around it stays open; a dialog opens wide enough for its tab titles."""

from __future__ import annotations

import datetime as dt

from events_fixtures import build_scene, in_progress
from gui_fixtures import fake_user  # noqa: F401 - fixture
from member_data import build_network
from PySide6.QtCore import Qt
from sqlalchemy import select

from gui.events.event_dialog import TAB_ATTENDANCE, EventDialog
from model.core.entities import Person
from model.events.participants import register_people, registration_rows


def test_enter_in_the_attendance_search_marks_present_and_keeps_the_event_open(qtbot, sqlite_db):
    scene = build_scene(sqlite_db, capacity=None)
    register_people(sqlite_db, scene.event_id, scene.people[:3], now=dt.datetime(2027, 1, 10, 9))
    in_progress(sqlite_db, scene.event_id)
    dialog = EventDialog(sqlite_db, scene.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab(TAB_ATTENDANCE)
    tab = dialog.attendance
    qtbot.keyClicks(tab.search, "yilmaz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    statuses = {r.last_name: r.status for r in registration_rows(sqlite_db, scene.event_id)}
    assert statuses["Yılmaz"] == "teilgenommen"
    assert dialog.isVisible() and dialog.result() == 0


def test_enter_takes_the_organisation_and_does_not_save_the_new_person(qtbot, db, fake_user):
    from gui.members.persons_page import PeoplePage

    build_network(db)
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.new_person()
    form = page.dialog
    qtbot.keyClicks(form.last_name, "Neumann")
    field = form.organisation.lineEdit()
    qtbot.keyClicks(field, "Stadt K")
    popup = form.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # takes the suggestion
    assert form.organisation.currentText() == "Stadt Köln"
    qtbot.keyClick(field, Qt.Key.Key_Return)  # and once more, as people do
    assert form.isVisible()
    with db.session() as s:
        assert s.scalars(select(Person).where(Person.last_name == "Neumann")).first() is None


def test_enter_in_a_completed_field_or_a_text_field_keeps_a_new_event_open(qtbot, sqlite_db, fake_user):
    """Handlungsfeld »Kli…« + Enter took the suggestion and saved the half-filled event."""
    from model.core.entities import Event

    build_scene(sqlite_db)
    dialog = EventDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.title_edit, "Werkstatt Quartiersfonds")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    topic = form.topic.lineEdit()
    topic.setFocus()
    qtbot.keyClicks(topic, "Kli")
    qtbot.keyClick(topic, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    with sqlite_db.session() as s:
        assert s.scalars(select(Event).where(Event.title == "Werkstatt Quartiersfonds")).first() is None


def test_every_dialog_of_the_program_is_the_kit_dialog():
    """A plain QDialog would press its default button on Enter in a field (gui.kit.dialog)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    plain = []
    for path in sorted((root / "gui").rglob("*.py")):
        if path.relative_to(root).as_posix() == "gui/kit/dialog.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                (isinstance(base, ast.Name) and base.id == "QDialog")
                or (isinstance(base, ast.Attribute) and base.attr == "QDialog")
                for base in node.bases
            ):
                plain.append(f"{path.relative_to(root)}:{node.lineno} {node.name}")
    assert plain == []


def test_a_dialog_opens_wide_enough_for_all_its_tab_titles(qtbot):
    """Six tabs did not fit the organisation dialog: »Rechn…« and scroll arrows."""
    from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

    from gui.kit.dialog import Dialog

    dialog = Dialog()
    qtbot.addWidget(dialog)
    tabs = QTabWidget()
    for title in ("Stammdaten", "Mitgliedschaften", "Programmgebiete", "Rechnungen"):  # within the test screen
        tabs.addTab(QWidget(), title)
    QVBoxLayout(dialog).addWidget(tabs)
    dialog.resize(300, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert tabs.width() >= tabs.tabBar().sizeHint().width()  # every title whole, no scroll arrows
