"""Start of the program: smoke mode, the first database, refused files, the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from gui_fixtures import fake_user, sqlite_sample  # noqa: F401 - fixtures
from PySide6.QtWidgets import QApplication, QFileDialog

from gui import app as gui_app
from gui.main_window import MainWindow
from gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def keep_exception_hooks(monkeypatch):
    """run_gui installs the program's hooks; put pytest's back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def sample_file(sqlite_db, sqlite_sample):
    sqlite_db.dispose()
    return sqlite_db.path


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def run_python(*arguments: str, **environment: str) -> subprocess.CompletedProcess:
    """A fresh Python process in the project folder (``-c CODE`` or a script), as a user starts one."""
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=dict(os.environ, **environment),
        timeout=120,
    )


def test_smoke_run_shows_the_window_and_leaves_no_traces(qtbot, sample_file, private_home):
    assert gui_app.run_gui(str(sample_file), smoke=True) == 0
    assert not _main_windows()
    assert not (private_home / "netzwerkstatt.ini").exists()  # settings untouched
    assert not (sample_file.parent / "Sicherungen").exists()  # no automatic backup
    log = (private_home / "Protokolle" / "netzwerkstatt.log").read_text(encoding="utf-8")
    assert "Start in" in log


def test_smoke_run_on_a_refused_file_prints_one_line(qtbot, tmp_path, capsys):
    notes = tmp_path / "notizen.txt"
    notes.write_text("keine Datenbank\n", encoding="utf-8")
    assert gui_app.run_gui(str(notes), smoke=True) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Fehler: ") and "keine Netzwerkstatt-Datenbank" in err
    assert notes.read_text(encoding="utf-8") == "keine Datenbank\n"


def test_a_failing_database_offers_another_file(qtbot, monkeypatch, tmp_path, sample_file, fake_user):
    notes = tmp_path / "notizen.txt"
    notes.write_text("keine Datenbank\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(sample_file), ""))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)  # the event loop "ends" at once

    assert gui_app.run_gui(str(notes)) == 0  # "Andere Datenbank wählen…" is the accepted answer

    assert "konnte nicht geöffnet werden" in fake_user.seen[0]
    (window,) = _main_windows()
    assert window.db.path == sample_file
    assert Settings().last_database() == str(sample_file)
    backups = sample_file.parent / "Sicherungen"
    # The automatic backup starts once the window is shown, in the background.
    qtbot.waitUntil(lambda: backups.is_dir() and any(backups.glob("auto-*.sqlite")), timeout=10000)
    qtbot.waitUntil(lambda: window._backup_job is None, timeout=10000)
    window.close()


def test_quitting_instead_of_choosing_another_file(qtbot, tmp_path, fake_user):
    from PySide6.QtWidgets import QMessageBox

    notes = tmp_path / "notizen.txt"
    notes.write_text("keine Datenbank\n", encoding="utf-8")
    fake_user.answer = QMessageBox.ButtonRole.RejectRole  # "Beenden"
    assert gui_app.run_gui(str(notes)) == 1
    assert not _main_windows()


def test_the_last_database_is_opened_when_none_is_given(sample_file, tmp_path):
    settings = Settings()
    assert gui_app._first_target(None, settings) is None  # nothing remembered: the default
    settings.set_last_database(str(sample_file))
    assert gui_app._first_target(None, settings) == str(sample_file)
    assert gui_app._first_target("other.sqlite", settings) == "other.sqlite"
    settings.set_last_database(str(tmp_path / "verschoben.sqlite"))  # moved away meanwhile
    assert gui_app._first_target(None, settings) is None


def test_first_start_without_any_database_runs_the_wizard(qtbot, monkeypatch, private_home):
    from gui.first_start import FirstStartWizard

    shown = []
    monkeypatch.setattr(FirstStartWizard, "exec", lambda self: shown.append(self) or 0)  # cancelled
    assert gui_app.run_gui(None) == 0
    assert shown and not _main_windows()


def test_main_py_smoke_in_a_fresh_process(sample_file):

    result = run_python(str(ROOT / "main.py"), "--db", str(sample_file), "--smoke")
    assert result.returncode == 0, result.stderr
    assert "Fehler" not in result.stderr


def test_the_start_imports_only_what_the_first_screen_needs(sample_file):
    """No reportlab, openpyxl or Alembic before the first window (start-up time), and not even
    SQLAlchemy for a current SQLite file (``model.reporting.overview`` reads it with ``sqlite3``)."""

    probe = (
        "import sys\n"
        "from gui.app import run_gui\n"
        f"assert run_gui({str(sample_file)!r}, smoke=True) == 0\n"
        "print('\\n'.join(sys.modules))\n"
    )
    result = run_python("-c", probe)
    assert result.returncode == 0, result.stderr
    loaded = {name.split(".")[0] for name in result.stdout.split()}
    assert "gui" in loaded and "model" in loaded
    for heavy in ("sqlalchemy", "reportlab", "openpyxl", "alembic", "pypdf", "PIL"):
        assert heavy not in loaded, heavy
    assert "gui.training" not in result.stdout.split()  # other areas load when first opened


def test_after_the_start_only_the_gui_thread_collects_garbage(sample_file):
    """Automatic collection stays off once the program runs (gui.kit.collector collects in the
    GUI thread): a collection in a background job's thread destroys Qt objects there."""

    probe = (
        "import gc\n"
        "from gui.app import run_gui\n"
        f"assert run_gui({str(sample_file)!r}, smoke=True) == 0\n"
        "print('automatic' if gc.isenabled() else 'gui thread only')\n"
    )
    result = run_python("-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["gui", "thread", "only"]


def test_the_application_speaks_german(qtbot):
    from PySide6.QtCore import QCoreApplication, QLocale

    gui_app._application()
    assert QLocale().name() == "de_DE"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own dialogs
    assert QCoreApplication.organizationName() == QCoreApplication.applicationName() == "Netzwerkstatt"


def test_fresh_start_in_a_remembered_area_paints_before_the_orm_is_loaded(sample_file, tmp_path):
    """In a fresh process the window is painted with the area's frame before SQLAlchemy is
    imported; the smoke run then waits for the real page and ends without errors."""

    home = tmp_path / "home"
    home.mkdir()
    (home / "netzwerkstatt.ini").write_text("[mainwindow]\narea=groups\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from gui.page import PageInPreparation\n"
        "seen = []\n"
        "shown = PageInPreparation.showEvent\n"
        "def record(self, event):\n"
        "    seen.append('sqlalchemy' in sys.modules)\n"
        "    shown(self, event)\n"
        "PageInPreparation.showEvent = record\n"
        "import gui.main_window as mw\n"
        "ready = mw.MainWindow._data_layer_ready\n"
        "def after(self, result):\n"
        "    ready(self, result)\n"
        "    seen.append(type(self.pages.currentWidget()).__name__)\n"
        "mw.MainWindow._data_layer_ready = after\n"
        "from gui.app import run_gui\n"
        f"code = run_gui({str(sample_file)!r}, smoke=True)\n"
        "print('seen', seen)\n"
        "sys.exit(code)\n"
    )
    result = run_python("-c", probe, NETZWERKSTATT_HOME=str(home))
    assert result.returncode == 0, result.stderr
    assert "seen [False, 'WorkingGroupsPage']" in result.stdout
    assert "smoke: painted=" in result.stdout
