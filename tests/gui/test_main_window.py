"""The main window: figures, navigation, opening/creating databases, backup and restore,
errors that reach the dialog and the log, window layout kept across starts."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from gui_fixtures import fake_user, make_window, sample, sqlite_sample, window  # noqa: F401 - fixtures
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from gui.areas import AREAS
from gui.main_window import MainWindow
from gui.overview_page import OverviewPage
from gui.settings import Settings
from model.core.db import open_database
from model.core.entities import Organisation
from model.reporting.overview import overview


def tile_number(tile) -> str:
    return tile.value.text()


def german(number: int) -> str:
    return QLocale().toString(number)


def wait_for_database(qtbot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(lambda: window.db.path == path.absolute() and not window._jobs, timeout=10000)


def patch_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def patch_save(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


# --- what the window shows ------------------------------------------------------------


def test_window_shows_the_figures_of_the_database(make_window, db, sample):
    window = make_window(db)
    page = window.pages.currentWidget()
    assert isinstance(page, OverviewPage)
    assert page.title_label.text() == "Übersicht"
    assert tile_number(page.members_tile) == german(sample.members) == "3"
    assert tile_number(page.organisations_tile) == german(sample.organisations)
    assert tile_number(page.people_tile) == german(sample.active_people)
    assert tile_number(page.events_tile) == german(sample.events_done + sample.events_planned)
    assert page.events_tile.detail.text() == f"{sample.events_done} durchgeführt · {sample.events_planned} geplant"
    assert tile_number(page.participations_tile) == german(sample.participations)
    assert tile_number(page.waiting_tile) == german(sample.waiting)
    model = page.events_model
    assert [model.row_at(r).title for r in range(model.rowCount())] == sample.upcoming_titles
    assert db.display_name in window.database_label.text()
    if db.path is not None:
        assert db.path.name in window.windowTitle()
    else:  # a server: backups are the IT's job
        assert not window.backup_action.isEnabled() and not window.restore_action.isEnabled()


def test_navigation_lists_the_areas_and_switches_pages(window, qtbot):
    from gui.training.page import TrainingPage

    assert [window.navigation.item(r).text() for r in range(window.navigation.count())] == [a.label for a in AREAS]
    assert window.navigation.item(0).text() == "Übersicht"
    training_row = [a.key for a in AREAS].index("training")
    item = window.navigation.item(training_row)
    qtbot.mouseClick(
        window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=window.navigation.visualItemRect(item).center()
    )
    assert isinstance(window.pages.currentWidget(), TrainingPage)
    window.area_actions[0].trigger()  # Ansicht › Übersicht (Strg+1)
    assert isinstance(window.pages.currentWidget(), OverviewPage)
    assert window.area_actions[0].shortcut().toString() == "Ctrl+1"


def test_menus_are_german_with_shortcuts(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Ansicht", "&Hilfe"]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.new_action.text() == "&Neue Datenbank…"


def test_about_names_versions_and_licences(qtbot, window):
    from gui.about import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert "LGPLv3" in text and "DejaVu" in text
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0" in text
    assert "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys" in text
    assert "Qt 6." in dialog.versions.text()
    assert "Bitstream" in dialog.dejavu.toPlainText()


# --- databases ------------------------------------------------------------------------


def test_open_database_swaps_the_database_of_the_window(window, qtbot, monkeypatch, tmp_path, sqlite_sample):
    other_path = tmp_path / "andere.sqlite"
    other = open_database(other_path)
    with other.writing() as s:
        s.add(Organisation(name="Stadt Herne", kind="Kommune", ags="05916000"))
    other.dispose()
    old = window.db
    patch_open(monkeypatch, other_path)

    window.open_action.trigger()
    wait_for_database(qtbot, window, other_path)

    assert window.db is not old
    assert str(other_path) in window.database_label.text()
    page = window.page("overview")
    assert tile_number(page.organisations_tile) == "1"
    assert page.no_events.isVisible() and not page.events_view.isVisible()
    assert Settings().last_database() == str(other_path)


def test_new_database_is_created_and_opened(window, qtbot, monkeypatch, tmp_path):
    patch_save(monkeypatch, tmp_path / "Neues Netzwerk")  # no suffix: .sqlite is added

    window.new_action.trigger()
    created = tmp_path / "Neues Netzwerk.sqlite"
    wait_for_database(qtbot, window, created)

    assert created.exists()
    page = window.page("overview")
    assert tile_number(page.organisations_tile) == "0"
    assert str(created) in window.database_label.text()


def test_new_database_never_overwrites_a_file(window, fake_user, monkeypatch, sqlite_sample):
    patch_save(monkeypatch, window.db.path)  # the user picked an existing database
    before = window.db

    window.new_action.trigger()

    assert "gibt es schon" in fake_user.last
    assert window.db is before
    assert tile_number(window.page("overview").organisations_tile) == german(sqlite_sample.organisations)


def test_refused_file_shows_a_message_and_keeps_the_database(
    window, qtbot, fake_user, monkeypatch, tmp_path, sqlite_sample
):
    notes = tmp_path / "notizen.txt"
    notes.write_text("Einkaufsliste: Kaffee, Flipchart-Papier\n", encoding="utf-8")
    before = window.db
    patch_open(monkeypatch, notes)

    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(fake_user.seen) and not window._jobs, timeout=10000)

    assert "konnte nicht geöffnet werden" in fake_user.last
    assert "keine Netzwerkstatt-Datenbank" in fake_user.last
    assert window.db is before
    assert notes.read_text(encoding="utf-8") == "Einkaufsliste: Kaffee, Flipchart-Papier\n"
    window.refresh_action.trigger()  # the old database still works
    assert tile_number(window.page("overview").organisations_tile) == german(sqlite_sample.organisations)
    assert window.open_action.isEnabled()


def test_backup_writes_a_file_that_opens_as_a_netzwerkstatt_database(
    window, qtbot, fake_user, monkeypatch, tmp_path, sqlite_sample
):
    target = tmp_path / "Sicherungen extern" / "sicherung.sqlite"
    target.parent.mkdir()
    patch_save(monkeypatch, target)

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(fake_user.seen) and not window._jobs, timeout=10000)

    assert "Sicherung wurde gespeichert" in fake_user.last
    copy = open_database(target, create=False)
    try:
        assert overview(copy).organisations == sqlite_sample.organisations
    finally:
        copy.dispose()


def test_restore_brings_back_the_backed_up_state(window, qtbot, fake_user, monkeypatch, tmp_path, sqlite_sample):
    backup = tmp_path / "stand.sqlite"
    patch_save(monkeypatch, backup)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: backup.exists() and not window._jobs, timeout=10000)

    with window.db.writing() as s:
        s.add(Organisation(name="Später angelegt e. V.", kind="Träger"))
    window.refresh_action.trigger()
    page = window.page("overview")
    assert tile_number(page.organisations_tile) == german(sqlite_sample.organisations + 1)

    fake_user.seen.clear()
    patch_open(monkeypatch, backup)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(fake_user.seen) == 2 and not window._jobs, timeout=10000)

    question, report = fake_user.seen
    assert "durch die Sicherung ersetzen" in question and str(backup) in question
    assert "wiederhergestellt" in report
    assert tile_number(window.page("overview").organisations_tile) == german(sqlite_sample.organisations)
    safety = [
        Path(line.strip())
        for line in report.splitlines()
        if line.strip().endswith(".sqlite") and "vor-wiederherstellung" in line
    ]
    assert safety and safety[0].exists()
    kept = open_database(safety[0], create=False)
    try:
        assert overview(kept).organisations == sqlite_sample.organisations + 1  # the state before restoring
    finally:
        kept.dispose()


def test_restore_can_be_declined(window, fake_user, monkeypatch, tmp_path, sqlite_sample):
    backup = tmp_path / "stand.sqlite"
    from model.core.backup import copy_database

    copy_database(window.db.path, backup)
    with window.db.writing() as s:
        s.add(Organisation(name="Bleibt e. V.", kind="Träger"))
    fake_user.answer = QMessageBox.ButtonRole.RejectRole
    patch_open(monkeypatch, backup)

    window.restore_action.trigger()

    assert len(fake_user.seen) == 1
    assert overview(window.db).organisations == sqlite_sample.organisations + 1


def test_automatic_backup_runs_after_start(window, qtbot):
    window.start_automatic_backup()
    window.wait_for_automatic_backup()
    qtbot.waitUntil(lambda: window._backup_job is None, timeout=10000)
    backups = list((window.db.path.parent / "Sicherungen").glob("auto-*.sqlite"))
    assert len(backups) == 1


# --- errors ---------------------------------------------------------------------------


@pytest.fixture
def error_dialogs(monkeypatch):
    """Install the program's exception hook (restored afterwards); record dialogs instead of showing them."""
    from gui.errors import ExceptionHandler, setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ExceptionHandler, "show_dialog", lambda self, *args: shown.append(args))
    log = setup_logging()
    handler = ExceptionHandler()
    handler.install()
    yield shown, log
    handler.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_dialog_and_the_log(window, error_dialogs, monkeypatch):
    shown, log = error_dialogs
    page = window.page("overview")

    def broken_load():
        raise ZeroDivisionError("Testfehler in der Übersicht")

    monkeypatch.setattr(page, "load", broken_load)
    window.refresh_action.trigger()  # the slot raises; the program goes on

    assert len(shown) == 1
    title, message, details = shown[0]
    assert title == "Netzwerkstatt – Fehler"
    headline = message.split("\n\n")[0]
    assert headline == "Ein unerwarteter Fehler ist aufgetreten; die Arbeit kann meist fortgesetzt werden."
    assert str(log) in message and "ZeroDivisionError" not in message  # the technical part is in the details
    assert "Traceback" in details and "broken_load" in details
    assert "ZeroDivisionError: Testfehler in der Übersicht" in details
    assert "Testfehler in der Übersicht" in log.read_text(encoding="utf-8")
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_known_errors_show_only_their_message(qtbot, error_dialogs):
    from model.core.errors import UserError

    shown, _log = error_dialogs
    button = QPushButton()
    qtbot.addWidget(button)

    def fail():
        raise UserError("Die Veranstaltung ist ausgebucht.")

    button.clicked.connect(fail)
    button.click()

    assert shown == [("Netzwerkstatt", "Die Veranstaltung ist ausgebucht.", "")]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_dialog(qtbot, error_dialogs):
    shown, log = error_dialogs

    def work():
        raise RuntimeError("Fehler im Hintergrund")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)  # queued to the GUI thread
    assert "Fehler im Hintergrund" in shown[0][2]
    assert "Fehler im Hintergrund" in log.read_text(encoding="utf-8")


def test_error_dialog_copies_message_and_details(qtbot):
    from PySide6.QtGui import QGuiApplication

    from gui.errors import ErrorDialog

    dialog = ErrorDialog("Netzwerkstatt – Fehler", "Etwas ging schief.", "Traceback (most recent call last):\n  …")
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "Kopieren"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Etwas ging schief.") and "Traceback" in copied and "PySide6" in copied


# --- settings -------------------------------------------------------------------------


def test_window_geometry_and_area_persist_across_windows(make_window, sqlite_db, sqlite_sample, private_home):
    first = make_window(sqlite_db)
    first.resize(780, 560)  # the offscreen screen is 800×800: restoring clamps to it
    first.move(QPoint(12, 20))
    first.show_area("training")
    first.close()
    assert (private_home / "netzwerkstatt.ini").exists()

    second = make_window(open_database(sqlite_db.path))
    assert (second.width(), second.height()) == (780, 560)
    assert (second.pos() - first.pos()).manhattanLength() <= 8  # offscreen frame margins vary a little
    assert second.current_area().key == "training"


def test_settings_read_typed_values_from_a_new_process(private_home):
    import subprocess

    settings = Settings()
    settings.set_last_database("C:/Daten/netzwerkstatt.sqlite")
    settings.sync()
    probe = (
        "from gui.settings import Settings; s = Settings(); "
        "print(repr(s.last_database()), s.window_geometry().isEmpty())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.split() == ["'C:/Daten/netzwerkstatt.sqlite'", "True"]
